// SPDX-License-Identifier: MIT
// The bundled templates' texts go through the translation system (designer/templatetexts.h): the
// table holds every text of every template file and nothing else, the Norwegian translation is
// applied to a whole template, and the translated names still fit the format's limits.

#include "language.h"
#include "sequence.h"
#include "sequencefile.h"
#include "templatetexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace sd;

namespace {

QStringList bundledTemplates()
{
    return QDir(QStringLiteral(":/templates")).entryList({"*.sequence.json"}, QDir::Files);
}

// Every text of a template a user reads: title, category, name, description, step texts.
QStringList textsOf(const Sequence &s)
{
    QStringList texts;
    if (s.templateInfo)
        texts << s.templateInfo->title << s.templateInfo->category;
    texts << s.name << s.description;
    for (const Step &step : s.steps())
        texts << step.name << step.description;
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TstDesignerTemplateTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableHoldsTheTemplatesTexts();
    void norwegianTemplates_data();
    void norwegianTemplates();
    void englishLeavesTemplatesAlone();
    void helpers();
    void cleanupTestCase();

private:
    QTranslator m_nb;
};

void TstDesignerTemplateTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!bundledTemplates().isEmpty());
    QVERIFY(m_nb.load(QStringLiteral(":/i18n/sequence-designer_nb.qm")));
}

void TstDesignerTemplateTexts::tableHoldsTheTemplatesTexts()
{
    // The table is written from the template files at build time (designer/templatetexts.cmake):
    // each file's texts in the order textsOf() reads them, each once.
    QList<std::pair<QString, QString>> expected;
    for (const QString &file : bundledTemplates()) {
        const ReadResult read = readSequenceFile(":/templates/" + file);
        QVERIFY2(read.ok(), qPrintable(file));
        for (const Sequence &s : read.sequences) {
            for (const QString &text : textsOf(s)) {
                if (!expected.contains(std::pair{file, text}))
                    expected.append({file, text});
            }
        }
    }
    QList<std::pair<QString, QString>> table;
    for (const TemplateText &t : templateTexts())
        table.append({t.fileName, t.english});
    for (qsizetype i = 0; i < std::min(table.size(), expected.size()); ++i) {
        QVERIFY2(table[i] == expected[i],
                 qPrintable(QStringLiteral("Entry %1: the table has \"%2\" (%3), the template "
                                           "\"%4\" (%5). Build again to write the table.")
                                .arg(i)
                                .arg(table[i].second, table[i].first, expected[i].second,
                                     expected[i].first)));
    }
    QCOMPARE(table.size(), expected.size());
}

void TstDesignerTemplateTexts::norwegianTemplates_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : bundledTemplates())
        QTest::newRow(qPrintable(file)) << file;
}

void TstDesignerTemplateTexts::norwegianTemplates()
{
    QFETCH(QString, file);
    const ReadResult read = readSequenceFile(":/templates/" + file);
    QVERIFY(read.ok());
    Sequence s = read.sequences.value(0);
    const Sequence english = s;
    Language language;
    language.setCurrent(QStringLiteral("nb"));
    translateTemplate(s, ":/templates/" + file);
    language.setCurrent(QStringLiteral("en"));

    // Every text changed (none of them reads the same in both languages), the structure did not.
    const QStringList before = textsOf(english);
    const QStringList after = textsOf(s);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] == after[i] && before[i] != u"LinkedIn")
            QFAIL(qPrintable(QStringLiteral("Not translated in %1: \"%2\"").arg(file, before[i])));
    }
    QCOMPARE(s.stepCount(), english.stepCount());
    QCOMPARE(s.start, english.start);
    for (qsizetype i = 0; i < s.stepCount(); ++i) {
        const Step &a = s.steps()[i];
        const Step &b = english.steps()[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.params, b.params); // email template names are the organisation's: unchanged
        QVERIFY2(a.name.size() <= 100, qPrintable(a.name));
        QVERIFY2(a.description.size() <= 2000, qPrintable(a.id));
    }
    QVERIFY2(s.name.size() <= 160, qPrintable(s.name));
    QVERIFY(s.templateInfo.has_value());
    QCOMPARE(s.templateInfo->language, QStringLiteral("nb"));

    // Seed terms where the templates name them.
    const QString all = after.join(u'\n');
    QVERIFY2(!all.contains(u"epost") && !all.contains(u"email", Qt::CaseInsensitive),
             qPrintable(file + ": write \"e-post\""));
}

void TstDesignerTemplateTexts::englishLeavesTemplatesAlone()
{
    Language language;
    language.setCurrent(QStringLiteral("en"));
    const QString file = bundledTemplates().value(0);
    const ReadResult read = readSequenceFile(":/templates/" + file);
    Sequence s = read.sequences.value(0);
    translateTemplate(s, file);
    QCOMPARE(s, read.sequences.value(0));
}

void TstDesignerTemplateTexts::helpers()
{
    QVERIFY(isBundledTemplate(":/templates/webinar-follow-up.sequence.json"));
    QVERIFY(isBundledTemplate("qrc:/templates/webinar-follow-up.sequence.json"));
    QVERIFY(!isBundledTemplate("/home/me/templates/webinar-follow-up.sequence.json"));
    QCOMPARE(translatedTemplateText("webinar-follow-up.sequence.json", "Not in the table"),
             QStringLiteral("Not in the table"));
    QVERIFY(QCoreApplication::installTranslator(&m_nb));
    const QString title = translatedTemplateText("qrc:/templates/webinar-follow-up.sequence.json",
                                                 "Webinar follow up");
    QCoreApplication::removeTranslator(&m_nb);
    QVERIFY2(title != u"Webinar follow up" && !title.isEmpty(), qPrintable(title));
}

void TstDesignerTemplateTexts::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_nb);
}

QTEST_GUILESS_MAIN(TstDesignerTemplateTexts)
#include "tst_designertemplatetexts.moc"
