// SPDX-License-Identifier: MIT
// The hostile corpus of tests/data/hostile (listed with the expected diagnostic in expected.txt)
// plus huge files made at test time (64 MiB and more, 2 MiB strings, 100,001 steps): each is
// refused with a clear message and the library's rows stay exactly as they were, or, for the
// drafts the spec allows, imports as inactive drafts with the problem reported. The preview
// (Transfer::preview, what the import dialog shows) agrees with the import.
#include "../library/fixtures.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "sequencefile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace sd;

namespace {

const QString corpusDir = QStringLiteral(SD_TEST_DATA "/hostile/");

// Every row of every table of a library file, through a plain read-only connection.
QByteArray dumpRows(const QString &path)
{
    sqlite3 *db = nullptr;
    QByteArray dump;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return "cannot open";
    }
    QStringList tables;
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1,
                       &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
    sqlite3_finalize(st);
    for (const QString &table : std::as_const(tables)) {
        dump += "table " + table.toUtf8() + '\n';
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1";
        sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const void *blob = sqlite3_column_blob(st, c);
                dump += QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(st, c));
                dump += '\x1f';
            }
            dump += '\n';
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return QCryptographicHash::hash(dump, QCryptographicHash::Sha256).toHex() + " " +
           QByteArray::number(dump.size());
}

QStringList codes(const Diagnostics &list)
{
    QStringList c;
    for (const Diagnostic &d : list)
        c.append(d.code);
    return c;
}

QString sequenceJson(const QByteArray &name, const QByteArray &stepsJson)
{
    return QString::fromUtf8(
        R"({"format": "sequence-designer", "formatVersion": 1, "sequences": [{"name": ")" + name +
        R"(", "recordType": "lead", "start": "s0", "steps": )" + stepsJson + "}]}");
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_libraryPath;
    std::unique_ptr<Library> m_lib;
    QByteArray m_before;
    QHash<QString, QString> m_expected; // file name -> code

    // Imports `path` into the shared library and checks it is refused and changes no row.
    void expectRefused(const QString &path, const QString &code)
    {
        ImportOptions keepBoth;
        keepBoth.onConflict = IdConflict::KeepBoth;
        const ImportResult r = Transfer(*m_lib).importFile(path, keepBoth);
        QVERIFY2(!r.ok(), qPrintable(path + " was imported"));
        QVERIFY(r.imported.isEmpty());
        QVERIFY2(r.status.message.size() > 20, qPrintable(r.status.message));
        QVERIFY2(codes(r.diagnostics).contains(code),
                 qPrintable(path + ": " + codes(r.diagnostics).join(u',')));
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(d.message.size() > 20, qPrintable(d.code + ": " + d.message));
        QCOMPARE(dumpRows(m_libraryPath), m_before);

        const FilePreview p = Transfer::preview(path);
        QVERIFY(p.refused);
        QVERIFY(!p.message.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QFile list(corpusDir + "expected.txt");
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList parts = line.split(u' ');
            QCOMPARE(parts.size(), 2);
            m_expected.insert(parts[0] + ".sequence.json", parts[1]);
        }
        // Every file of the folder is listed, and the corpus is large enough.
        const QStringList files =
            QDir(corpusDir).entryList({QStringLiteral("*.sequence.json")}, QDir::Files);
        QCOMPARE(QStringList(m_expected.keys()).size(), files.size());
        QVERIFY(files.size() >= 40);

        m_libraryPath = m_dir.filePath("library.sqlite");
        m_lib = lt::openLibrary(m_libraryPath);
        QVERIFY(m_lib);
        QVERIFY(Transfer(*m_lib).importFile(SD_TEST_DATA "/library/bundle.sequence.json"));
        QVERIFY(SequenceStore(*m_lib).create(lt::rich()));
        m_before = dumpRows(m_libraryPath);
        QVERIFY(!m_before.startsWith("cannot"));
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QStringList names = m_expected.keys();
        names.sort();
        for (const QString &name : std::as_const(names))
            QTest::newRow(qPrintable(name)) << name << m_expected.value(name);
    }
    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const QString path = corpusDir + file;
        if (file.startsWith(u"draft-") || file.startsWith(u"imports-")) {
            // Imports, inactive, with its problems reported; into a library of its own.
            std::unique_ptr<Library> lib = lt::openLibrary(m_dir.filePath(file + ".sqlite"));
            const ImportResult r = Transfer(*lib).importFile(path);
            QVERIFY2(r, qPrintable(r.status.message));
            QVERIFY(!r.imported.isEmpty());
            for (const QString &id : r.imported)
                QCOMPARE(SequenceStore(*lib).get(id).value.sequence.status, Status::Inactive);
            if (file.startsWith(u"draft-")) {
                QVERIFY2(codes(r.diagnostics).contains(code),
                         qPrintable(codes(r.diagnostics).join(u',')));
            } else {
                QVERIFY(!hasErrors(r.diagnostics));
            }
            const FilePreview p = Transfer::preview(path);
            QVERIFY(!p.refused);
            QCOMPARE(p.sequences.size(), r.imported.size());
            return;
        }
        expectRefused(path, code);
    }

    void over64MiB()
    {
        // The size is checked before reading: a sparse file of 64 MiB + 1 byte.
        const QString path = m_dir.filePath("huge.sequence.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write("{\"format\": \"sequence-designer\", ") > 0);
        QVERIFY(f.resize(limits::maxFileBytes + 1));
        f.close();
        QVERIFY(QFileInfo(path).size() > 64 * 1024 * 1024);
        expectRefused(path, QStringLiteral("file.limit"));
        QFile::remove(path);
    }

    void generatedHugeFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const QByteArray twoMiB(2 * 1024 * 1024, 'A');
        const QByteArray oneStep = R"([{"id": "s0", "type": "task"}])";
        QTest::newRow("name of 2 MiB")
            << sequenceJson(twoMiB, oneStep).toUtf8() << QStringLiteral("file.limit");
        QTest::newRow("key of 2 MiB")
            << sequenceJson("Key", R"([{"id": "s0", ")" + twoMiB + R"(": 1, "type": "task"}])")
                   .toUtf8()
            << QStringLiteral("file.limit");
        QTest::newRow("unterminated string of 3 MiB")
            << QByteArray("{\"format\": \"") + QByteArray(3 * 1024 * 1024, 'x')
            << QStringLiteral("file.syntax"); // the syntax is checked first (spec section 7)
        QByteArray steps = "[";
        for (int i = 0; i <= limits::maxSteps; ++i) {
            steps += "{\"id\":\"s" + QByteArray::number(i) + "\",\"type\":\"task\"";
            if (i < limits::maxSteps)
                steps += ",\"next\":\"s" + QByteArray::number(i + 1) + "\"},";
            else
                steps += "}]";
        }
        QTest::newRow("100,001 steps")
            << sequenceJson("Many", steps).toUtf8() << QStringLiteral("file.limit");
        QByteArray many = R"({"format": "sequence-designer", "formatVersion": 1, "sequences": [)";
        for (qsizetype i = 0; i <= limits::maxSequences; ++i)
            many +=
                QByteArray(i ? "," : "") + R"({"name": "S", "recordType": "lead", "steps": []})";
        many += "]}";
        QTest::newRow("10,001 empty sequences") << many << QStringLiteral("file.limit");
        QTest::newRow("nesting of 100,000 objects")
            << QByteArray("{\"a\":").repeated(100000) + '1' + QByteArray("}").repeated(100000)
            << QStringLiteral("file.limit");
    }
    void generatedHugeFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const QString path = m_dir.filePath("generated.sequence.json");
        QVERIFY(lt::writeBytes(path, bytes));
        expectRefused(path, code);
        QFile::remove(path);
    }

    void missingFileAndFolder()
    {
        expectRefused(m_dir.filePath("no-such-file.sequence.json"), QStringLiteral("file.io"));
        const ImportResult r = Transfer(*m_lib).importFile(m_dir.filePath("no-such-file.json"));
        QVERIFY(r.unreadable);
        QVERIFY(QDir(m_dir.path()).mkpath("folder.sequence.json"));
        expectRefused(m_dir.filePath("folder.sequence.json"), QStringLiteral("file.io"));
    }

    void libraryStillSound()
    {
        QCOMPARE(m_lib->integrityCheck(), QStringLiteral("ok"));
        QCOMPARE(dumpRows(m_libraryPath), m_before);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
