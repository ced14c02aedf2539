// SPDX-License-Identifier: MIT
// The one-line summary on a card: durations, email events, call results, field names and choice
// labels from the shipped profile.
#include "stepsummary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace sd;

namespace {

// English plural forms for the context "StepSummary" only ("%n day(s)" → "1 day", "2 days"), as
// the English translation file gives them: a text looked up under another context (which lupdate
// would not file under "StepSummary") keeps its "(s)" and fails the comparison.
class EnglishPlurals : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "StepSummary") != 0 || n < 0)
            return {};
        QString text = QString::fromUtf8(source);
        return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestStepSummary : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(QCoreApplication::installTranslator(&m_plurals));
    }

    void summary_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("params");
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<QString>("expected");

        QTest::newRow("wait days") << "wait"
                                   << R"({"days": 2})"
                                   << "lead"
                                   << "Wait 2 days";
        QTest::newRow("wait one day") << "wait"
                                      << R"({"days": 1})"
                                      << "lead"
                                      << "Wait 1 day";
        QTest::newRow("wait days and hours") << "wait"
                                             << R"({"days": 1, "hours": 3})"
                                             << "lead"
                                             << "Wait 1 day 3 hours";
        QTest::newRow("wait hours") << "wait"
                                    << R"({"hours": 5})"
                                    << "lead"
                                    << "Wait 5 hours";
        QTest::newRow("email one event") << "emailCondition"
                                         << R"({"events": ["replied"], "within": {"days": 2}})"
                                         << "lead"
                                         << "Replied within 2 days";
        QTest::newRow("email any of two")
            << "emailCondition"
            << R"({"events": ["opened", "replied"], "match": "any", "within": {"days": 1}})"
            << "lead"
            << "Opened or replied within 1 day";
        QTest::newRow("email all of three")
            << "emailCondition"
            << R"({"events": ["opened", "linkClicked", "attachmentDownloaded"], "match": "all",
                   "within": {"hours": 4}})"
            << "lead"
            << "Opened, clicked a link and downloaded the attachment within 4 hours";
        QTest::newRow("call results from profile") << "callCondition"
                                                   << R"({"outcomes": ["made", "received"]})"
                                                   << "lead"
                                                   << "Call made or received";
        QTest::newRow("update choice field") << "updateField"
                                             << R"({"field": "leadqualitycode", "value": 1})"
                                             << "lead"
                                             << "Update Rating = Hot";
        QTest::newRow("update yes/no field") << "updateField"
                                             << R"({"field": "donotemail", "value": true})"
                                             << "lead"
                                             << "Update Do not allow Emails = Yes";
        QTest::newRow("update unknown field keeps the name")
            << "updateField"
            << R"({"field": "new_custom", "value": "x"})"
            << "lead"
            << "Update new_custom = x";
        QTest::newRow("update without field") << "updateField"
                                              << R"({})"
                                              << "lead"
                                              << "No field chosen";
        QTest::newRow("field condition one rule")
            << "fieldCondition"
            << R"({"match": "all", "rules": [{"field": "leadqualitycode", "operator": "notEquals",
                   "value": 3}]})"
            << "lead"
            << "Rating does not equal Cold";
        QTest::newRow("field condition empty check")
            << "fieldCondition"
            << R"({"match": "all", "rules": [{"field": "telephone1", "operator": "isEmpty"}]})"
            << "lead"
            << "Business Phone is empty";
        QTest::newRow("field condition several rules")
            << "fieldCondition"
            << R"({"match": "any", "rules": [{"field": "a", "operator": "isEmpty"},
                   {"field": "b", "operator": "isEmpty"}]})"
            << "lead"
            << "Any of 2 rules";
        QTest::newRow("stage condition")
            << "stageCondition"
            << R"({"process": "Opportunity Sales Process", "stages": ["Qualify", "Develop"]})"
            << "opportunity"
            << "Opportunity Sales Process: Qualify or Develop";
        QTest::newRow("ab test") << "abTest"
                                 << R"({"splitA": 30})"
                                 << "lead"
                                 << "A 30% / B 70%";
        QTest::newRow("advance without target") << "advanceToSequence"
                                                << R"({})"
                                                << "lead"
                                                << "No sequence chosen";
        QTest::newRow("advance, target not named here")
            << "advanceToSequence"
            << R"({"sequence": "0b7d3a56-9c1e-4f61-a0c4-2f9f1d6b7c11"})"
            << "lead"
            << "To another sequence";
        QTest::newRow("email template") << "email"
                                        << R"({"template": "Welcome"})"
                                        << "lead"
                                        << "Welcome";
        QTest::newRow("nothing to say") << "phoneCall"
                                        << R"({})"
                                        << "lead"
                                        << "";
    }

    void summary()
    {
        QFETCH(QString, type);
        QFETCH(QString, params);
        QFETCH(QString, recordType);
        QFETCH(QString, expected);
        Step step;
        step.id = QStringLiteral("s1");
        step.type = type;
        QJsonParseError error;
        step.params = QJsonDocument::fromJson(params.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(stepSummary(step, recordType), expected);
    }

    // The one-argument form (used by the flow renderer) finds the field in any record type.
    void withoutRecordType()
    {
        Step step;
        step.type = QStringLiteral("updateField");
        step.params = QJsonObject{{"field", "leadqualitycode"}, {"value", 2}};
        QCOMPARE(stepSummary(step), QStringLiteral("Update Rating = Warm"));
    }

    // The designer knows the names of the other sequences and passes the target's.
    void advanceWithName()
    {
        QCOMPARE(advanceSummary(QStringLiteral("id-1"), QStringLiteral("Nurture")),
                 QStringLiteral("To \u201cNurture\u201d"));
        QCOMPARE(advanceSummary(QStringLiteral("id-1"), {}), QStringLiteral("To another sequence"));
        QCOMPARE(advanceSummary({}, QStringLiteral("Nurture")),
                 QStringLiteral("No sequence chosen"));
    }
};

QTEST_GUILESS_MAIN(TestStepSummary)
#include "tst_stepsummary.moc"
