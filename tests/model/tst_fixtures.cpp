// SPDX-License-Identifier: MIT
// Every diagnostic code of the file format spec (section 5, library.* aside) has a folder in
// tests/data/diagnostics named after it, with at least one failing and one passing fixture:
// a fail*.sequence.json must report the code, a pass*.sequence.json must not. Each fixture that
// reads also survives a write and a second read unchanged.
#include "profile.h"
#include "sequencefile.h"
#include "validator.h"

#include <QDir>
#include <QTest>

using namespace sd;

namespace {

const QString diagnosticsDir = QStringLiteral(SD_TEST_DATA "/diagnostics");

// The codes of spec section 5 that a file can show, with their severity.
const QList<std::pair<QString, Severity>> &specCodes()
{
    static const QList<std::pair<QString, Severity>> codes{
        {"file.syntax", Severity::Error},
        {"file.format", Severity::Error},
        {"file.version", Severity::Error},
        {"file.schema", Severity::Error},
        {"file.limit", Severity::Error},
        {"step.duplicateId", Severity::Error},
        {"step.unknownType", Severity::Error},
        {"step.badLink", Severity::Error},
        {"graph.cycle", Severity::Error},
        {"graph.sharedStep", Severity::Error},
        {"graph.unreachable", Severity::Warning},
        {"graph.empty", Severity::Error},
        {"rule.waitLast", Severity::Error},
        {"rule.advanceFirst", Severity::Error},
        {"rule.advanceNotLast", Severity::Error},
        {"rule.conditionWithoutActivity", Severity::Error},
        {"rule.exitNeedsEmail", Severity::Error},
        {"param.required", Severity::Error},
        {"param.range", Severity::Error},
        {"param.unknownValue", Severity::Error},
        {"param.unknownTemplate", Severity::Warning},
        {"lint.automatedWithoutWait", Severity::Warning},
    };
    return codes;
}

std::optional<Severity> specSeverity(const QString &code)
{
    for (const auto &[c, severity] : specCodes()) {
        if (c == code)
            return severity;
    }
    return std::nullopt;
}

QStringList fixtures(const QString &code, const QString &prefix)
{
    return QDir(diagnosticsDir + u'/' + code)
        .entryList({prefix + QStringLiteral("*.sequence.json")}, QDir::Files, QDir::Name);
}

QString describe(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out.append(QStringLiteral("%1 [%2] %3").arg(d.code, d.stepId, d.message));
    return out.join(QStringLiteral("\n  "));
}

// What reading and then validating every sequence of the file reports. Only activation reports
// graph.empty, so its folder is validated as at activation.
Diagnostics diagnose(const QString &path, const QString &code)
{
    const ReadResult read = readSequenceFile(path);
    Diagnostics all = read.diagnostics;
    const ValidationMode mode =
        code == u"graph.empty" ? ValidationMode::Activation : ValidationMode::Edit;
    // After file.schema errors the remaining checks still run (spec section 7).
    for (const Sequence &sequence : read.toValidate())
        all += validate(sequence, Profile::defaultProfile(), mode);
    return all;
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasFixtures_data()
    {
        QTest::addColumn<QString>("code");
        for (const auto &[code, severity] : specCodes())
            QTest::newRow(qPrintable(code)) << code;
    }
    void everyCodeHasFixtures()
    {
        QFETCH(QString, code);
        QVERIFY2(QDir(diagnosticsDir).exists(code),
                 qPrintable(QStringLiteral("no folder tests/data/diagnostics/%1").arg(code)));
        QVERIFY2(!fixtures(code, "fail").isEmpty(), qPrintable(code + " has no fail fixture"));
        QVERIFY2(!fixtures(code, "pass").isEmpty(), qPrintable(code + " has no pass fixture"));
    }

    // A misspelt folder would otherwise be silently skipped.
    void everyFolderIsACode()
    {
        const QStringList folders =
            QDir(diagnosticsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(!folders.isEmpty());
        for (const QString &folder : folders)
            QVERIFY2(specSeverity(folder), qPrintable(folder + " is not a code of the spec"));
    }

    void fixture_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("fails");
        for (const auto &[code, severity] : specCodes()) {
            for (const QString &prefix : {QStringLiteral("fail"), QStringLiteral("pass")}) {
                for (const QString &name : fixtures(code, prefix)) {
                    QTest::newRow(qPrintable(code + u'/' + name))
                        << code << diagnosticsDir + u'/' + code + u'/' + name
                        << (prefix == u"fail");
                }
            }
        }
    }
    void fixture()
    {
        QFETCH(QString, code);
        QFETCH(QString, path);
        QFETCH(bool, fails);
        const Diagnostics found = diagnose(path, code);
        if (!code.startsWith(u"file.")) {
            // A fixture for a later stage must get past the reader, or it tests nothing; one
            // named "*-schema-error*" has a file.schema error on purpose, and the check of its
            // code must run despite it.
            const bool schemaError = path.contains(u"-schema-error");
            for (const Diagnostic &d : found) {
                QVERIFY2(!d.code.startsWith(u"file.") || (schemaError && d.code == u"file.schema"),
                         qPrintable(describe(found)));
            }
            if (schemaError)
                QVERIFY2(std::any_of(found.cbegin(), found.cend(),
                                     [](const Diagnostic &d) { return d.code == u"file.schema"; }),
                         qPrintable(path + QStringLiteral(" has no file.schema error")));
        }
        const auto it = std::find_if(found.cbegin(), found.cend(),
                                     [&](const Diagnostic &d) { return d.code == code; });
        if (fails) {
            QVERIFY2(it != found.cend(),
                     qPrintable(
                         QStringLiteral("%1 not reported; got:\n  %2").arg(code, describe(found))));
            QCOMPARE(it->severity, *specSeverity(code));
            QVERIFY(!it->message.isEmpty());
        } else {
            QVERIFY2(it == found.cend(),
                     qPrintable(QStringLiteral("unexpected:\n  %1").arg(describe(found))));
        }
    }

    // Every fixture the reader takes (those it refuses have nothing to write back).
    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        for (const auto &[code, severity] : specCodes()) {
            for (const QString &name : fixtures(code, QString())) {
                const QString path = diagnosticsDir + u'/' + code + u'/' + name;
                if (readSequenceFile(path).ok())
                    QTest::newRow(qPrintable(code + u'/' + name)) << path;
            }
        }
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        const ReadResult first = readSequenceFile(path);
        QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics)));
        const QByteArray written = writeSequenceFile(first.sequences, first.profileName);
        const ReadResult second = readSequenceFile(written);
        QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics)));
        QCOMPARE(second.sequences.size(), first.sequences.size());
        for (qsizetype i = 0; i < first.sequences.size(); ++i)
            QVERIFY2(second.sequences[i] == first.sequences[i],
                     qPrintable(first.sequences[i].name + u'\n' + QString::fromUtf8(written)));
        QCOMPARE(second.profileName, first.profileName);
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
