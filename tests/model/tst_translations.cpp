// SPDX-License-Identifier: MIT
// The translations are complete: lupdate runs over the sources (as the update_translations target
// does) into temporary copies of the checked-in .ts files; every message of the Norwegian copy must
// be finished (a string new in the sources comes out unfinished), keep the source's placeholders,
// and the English plurals must have both forms.

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifndef SD_LUPDATE
#define SD_LUPDATE ""
#endif

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool vanished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value("numerus") == u"yes";
        } else if (name == u"source") {
            m.source = xml.readElementText();
        } else if (name == u"comment") {
            m.comment = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value("type");
            m.unfinished = type == u"unfinished";
            m.vanished = type == u"vanished" || type == u"obsolete";
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms.append(xml.readElementText());
            } else {
                m.forms = {xml.readElementText()};
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &m)
{
    QString text = QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
    if (!m.comment.isEmpty())
        text += QStringLiteral(" (%1)").arg(m.comment);
    return text;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

QString lupdatePath()
{
    const QString configured = QStringLiteral(SD_LUPDATE);
    if (!configured.isEmpty() && QFile::exists(configured))
        return configured;
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void norwegianIsComplete();
    void placeholdersAreKept();
    void englishPluralsHaveBothForms();
    void seedTermsAreUsed();

private:
    QTemporaryDir m_dir;
    QList<Message> m_nb;
    QList<Message> m_en;
};

void TstTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir source(QStringLiteral(SD_SOURCE_DIR));
    QStringList tsFiles;
    for (const char *lang : {"en", "nb"}) {
        const QString name = QStringLiteral("sequence-designer_%1.ts").arg(QLatin1String(lang));
        const QString copy = m_dir.filePath(name);
        QVERIFY2(QFile::copy(source.filePath("translations/" + name), copy), qPrintable(name));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        tsFiles.append(copy);
    }
    // The same arguments as the update_translations target (translations/CMakeLists.txt).
    QProcess lupdate;
    lupdate.setWorkingDirectory(source.path());
    lupdate.start(lupdatePath(),
                  QStringList{"-no-obsolete", "-locations", "none", "-silent", "model", "app",
                              "designer", "qml", QStringLiteral(SD_TEMPLATE_TEXTS), "-ts"} +
                      tsFiles);
    QVERIFY2(lupdate.waitForFinished(60000),
             qPrintable("lupdate did not run: " + lupdatePath() + ": " + lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    m_en = readTs(tsFiles[0], &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_nb = readTs(tsFiles[1], &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_nb.size() > 300, "lupdate found almost no strings: is the source folder right?");
}

void TstTranslations::norwegianIsComplete()
{
    QStringList missing;
    for (const Message &m : std::as_const(m_nb)) {
        const bool empty = std::any_of(m.forms.cbegin(), m.forms.cend(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!m.vanished && (m.unfinished || empty || m.forms.isEmpty()))
            missing.append(describe(m));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) are new or unfinished in "
                                       "translations/sequence-designer_nb.ts. Run `cmake --build "
                                       "BUILD --target update_translations`, translate them (see "
                                       "docs/translation.md) and remove type=\"unfinished\":\n%2")
                            .arg(missing.size())
                            .arg(missing.join(u'\n'))));
}

void TstTranslations::placeholdersAreKept()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_nb)) {
        if (m.unfinished || m.vanished)
            continue;
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &form : m.forms) {
            // %n may be left out of the singular ("én sekvens"), never the numbered ones.
            QSet<QString> got = placeholders(form);
            QSet<QString> want = expected;
            if (m.numerus && !got.contains("%n"))
                want.remove("%n");
            if (got != want)
                wrong.append(describe(m) + QStringLiteral(" -> \"%1\"").arg(form));
        }
        if (m.numerus && m.forms.size() != 2)
            wrong.append(describe(m) +
                         QStringLiteral(": needs 2 plural forms, has %1").arg(m.forms.size()));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable("Placeholders differ between source and translation:\n" +
                                         wrong.join(u'\n')));
}

void TstTranslations::englishPluralsHaveBothForms()
{
    QStringList wrong;
    for (const Message &m : std::as_const(m_en)) {
        if (!m.numerus || m.vanished)
            continue;
        if (m.forms.size() != 2 || m.forms[0].isEmpty() || m.forms[1].isEmpty() ||
            m.forms[0].contains(u"(s)") || m.forms[1].contains(u"(s)"))
            wrong.append(describe(m));
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable("English plurals without their singular and plural forms in "
                        "translations/sequence-designer_en.ts:\n" +
                        wrong.join(u'\n')));
}

// The Norwegian uses the terms of the page the project was made from.
void TstTranslations::seedTermsAreUsed()
{
    const QList<std::pair<QString, QString>> terms{
        {"Steps", "Trinn"},
        {"Conditions", "Betingelser"},
        {"Commands", "Kommandoer"},
        {"LinkedIn", "LinkedIn"},
        {"Set wait time", "Angi ventetid"},
        {"Send an email", "Send en e-post"},
        {"Make a phone call", "Foreta en telefonsamtale"},
    };
    for (const auto &[english, norwegian] : terms) {
        const auto it = std::find_if(m_nb.cbegin(), m_nb.cend(), [&](const Message &m) {
            return m.context == u"StepCatalogue" && m.source == english;
        });
        QVERIFY2(it != m_nb.cend(), qPrintable("StepCatalogue lost \"" + english + "\""));
        QCOMPARE(it->forms.value(0), norwegian);
    }
    // "e-post", never "epost" or "email" left in Norwegian text.
    QStringList wrong;
    static const QRegularExpression bad(QStringLiteral("\\bepost|\\bE-Post\\b"));
    for (const Message &m : std::as_const(m_nb)) {
        for (const QString &form : m.forms) {
            if (bad.match(form).hasMatch())
                wrong.append(describe(m) + " -> " + form);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable("Write \"e-post\":\n" + wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
