// SPDX-License-Identifier: MIT
// The sequence's properties pane driven like a user: each "Assign to" option, the team-member
// condition built over user fields, exit criteria, working days and the tag manager; then the
// assignment and options saved in the library and in an exported file, and read back.
#include "activationtest.h"
#include "assignmentchoices.h"
#include "library/transfer.h"
#include "sequencefile.h"
#include "stepsummary.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace sd;
using namespace sd::uitest;

namespace {

void choose(QQuickItem *combo, int index)
{
    combo->setProperty("currentIndex", index);
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
}

int indexOf(const QVariantList &list, const QString &value)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).toMap().value("value").toString() == value)
            return i;
    }
    return -1;
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { isolateInEnglish(); }

    void choicesComeFromTheProfile()
    {
        AssignmentChoices choices;
        choices.setRecordType("account");
        const QVariantList fields = choices.recordFields();
        QVERIFY(indexOf(fields, "new_accountmanagerid") >= 0);
        QVERIFY(indexOf(fields, "ownerid") >= 0);
        QCOMPARE(indexOf(fields, "name"), -1); // not a user lookup
        QVERIFY(indexOf(AssignmentChoices::userFields(), "title") >= 0);
        const QVariantList users = AssignmentChoices::userFields();
        QCOMPARE(users.at(indexOf(users, "isdisabled")).toMap().value("type").toString(),
                 QString("yesno"));

        const QVariantMap field = choices.switchTo({{"to", "recordOwner"}}, "recordField");
        QCOMPARE(field.value("field").toString(), fields.first().toMap().value("value").toString());
        const QVariantMap condition{
            {"match", "all"},
            {"rules", QVariantList{QVariantMap{
                          {"field", "title"}, {"operator", "equals"}, {"value", "Seller"}}}}};
        const QVariantMap owning =
            AssignmentChoices::withCondition({{"to", "owningTeam"}}, condition);
        // Between teams the condition stays; to the record owner it goes.
        QCOMPARE(choices.switchTo(owning, "accessTeam").value("condition").toMap(), condition);
        QVERIFY(!choices.switchTo(owning, "recordOwner").contains("condition"));
        QVERIFY(!AssignmentChoices::withCondition(owning, {{"match", "all"}, {"rules", {}}})
                     .contains("condition"));

        QCOMPARE(AssignmentChoices::conditionSummary({}), QString("Condition is empty"));
        QCOMPARE(AssignmentChoices::conditionSummary(condition),
                 QString("Members whose Title equals “Seller”"));
        const QVariantMap nested{
            {"match", "any"},
            {"rules",
             QVariantList{
                 QVariantMap{{"field", "isdisabled"}, {"operator", "equals"}, {"value", false}},
                 QVariantMap{{"match", "all"},
                             {"rules", QVariantList{QVariantMap{{"field", "address1_city"},
                                                                {"operator", "isNotEmpty"}},
                                                    QVariantMap{{"field", "title"},
                                                                {"operator", "contains"},
                                                                {"value", "Sales"}}}}}}}};
        QCOMPARE(AssignmentChoices::conditionSummary(nested),
                 QString("Members whose Disabled equals No or (City is not empty and Title "
                         "contains “Sales”)"));
        QCOMPARE(choices.summary({{"to", "recordField"}, {"field", "new_accountmanagerid"}}),
                 QString("The user in “Account manager”"));
    }

    // A rule reads the same on a condition step's card as in a team condition: one renderer.
    void ruleReadsTheSameOnCardAndTeam_data()
    {
        QTest::addColumn<QVariantMap>("rule");
        QTest::addColumn<QString>("expected");
        const auto rule = [](const QString &field, const QString &op, const QVariant &value) {
            QVariantMap r{{"field", field}, {"operator", op}};
            if (value.isValid())
                r.insert("value", value);
            return r;
        };
        QTest::newRow("equals text")
            << rule("address1_city", "equals", "Oslo") << "City equals “Oslo”";
        QTest::newRow("not equals")
            << rule("address1_city", "notEquals", "Oslo") << "City does not equal “Oslo”";
        QTest::newRow("is empty") << rule("address1_city", "isEmpty", {}) << "City is empty";
        QTest::newRow("unknown field, number")
            << rule("new_score", "greaterThan", 5) << "new_score is greater than 5";
    }
    void ruleReadsTheSameOnCardAndTeam()
    {
        QFETCH(QVariantMap, rule);
        QFETCH(QString, expected);
        Step step;
        step.type = "fieldCondition";
        step.params = {{"match", "all"}, {"rules", QJsonArray{QJsonObject::fromVariantMap(rule)}}};
        QCOMPARE(stepSummary(step, "lead"), expected);
        QCOMPARE(
            AssignmentChoices::conditionSummary({{"match", "all"}, {"rules", QVariantList{rule}}}),
            QString("Members whose %1").arg(expected));
    }

    void eachAssignmentOptionInThePane()
    {
        const QString path = m_dir.filePath("pane.sqlite");
        Sequence s = validSequence("Account renewal");
        s.recordType = "account";
        const QString id = createIn(path, s);
        QVERIFY(!id.isEmpty());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = currentDocument(w);
        QVERIFY(doc);

        QVERIFY(openProperties(w));
        QQuickItem *owner = w.waitFor("assignRecordOwner");
        QVERIFY(owner);
        QVERIFY(owner->property("checked").toBool());
        QVERIFY(!w.waitFor("assignLockedText", 200));
        w.shot("properties-record-owner");

        // Team member named in a record field: the user-lookup fields of an account.
        QVERIFY(w.clickOn("assignRecordField"));
        QTRY_COMPARE(doc->assignment().value("to").toString(), QString("recordField"));
        QQuickItem *picker = w.waitFor("assignFieldPicker");
        QVERIFY(picker);
        AssignmentChoices choices;
        choices.setRecordType("account");
        const int manager = indexOf(choices.recordFields(), "new_accountmanagerid");
        choose(picker, manager);
        QTRY_COMPARE(doc->assignment().value("field").toString(), QString("new_accountmanagerid"));
        QCOMPARE(picker->property("displayText").toString(),
                 choices.recordFields().at(manager).toMap().value("label").toString());
        w.shot("properties-record-field");

        // Owning team: the condition is empty until one is defined.
        QVERIFY(w.clickOn("assignOwningTeam"));
        QTRY_COMPARE(doc->assignment().value("to").toString(), QString("owningTeam"));
        QQuickItem *summary = w.waitFor("conditionSummary_owningTeam");
        QVERIFY(summary);
        QCOMPARE(summary->property("text").toString(), QString("Condition is empty"));
        w.shot("properties-owning-team");
        QVERIFY(w.clickOn("defineCondition_owningTeam"));
        QQuickItem *field = w.waitFor("teamRuleField_0");
        QVERIFY(field);
        choose(field, indexOf(AssignmentChoices::userFields(), "title"));
        QQuickItem *value = nullptr;
        QTRY_VERIFY((value = w.waitFor("teamRuleText_0", 200)));
        w.click(value);
        w.type("Seller");
        w.key(Qt::Key_Return);
        QTRY_COMPARE(summary->property("text").toString(),
                     QString("Members whose Title equals “Seller”"));
        w.shot("properties-owning-team-condition");

        // Access team keeps the condition.
        QVERIFY(w.clickOn("defineCondition_owningTeam")); // "Done"
        QVERIFY(w.clickOn("assignAccessTeam"));
        QTRY_COMPARE(doc->assignment().value("to").toString(), QString("accessTeam"));
        QQuickItem *accessSummary = w.waitFor("conditionSummary_accessTeam");
        QVERIFY(accessSummary);
        QCOMPARE(accessSummary->property("text").toString(),
                 QString("Members whose Title equals “Seller”"));
        w.shot("properties-access-team");

        // Exit criteria and working days.
        QVERIFY(w.clickOn("propExitOnReply"));
        QTRY_VERIFY(doc->exitOnEmailReply());
        QVERIFY(w.clickOn("propSkipNonWorkingDays"));
        QTRY_VERIFY(doc->skipNonWorkingDays());

        // Every change is one undoable edit; undo the last and redo it.
        doc->undo();
        QVERIFY(!doc->skipNonWorkingDays());
        doc->redo();
        QVERIFY(doc->skipNonWorkingDays());

        // The tag manager: "/" refused, a tag created, nested and given to the sequence.
        QVERIFY(w.clickOn("manageTagsButton"));
        QQuickItem *name = w.waitFor("newTagName");
        QVERIFY(name);
        w.click(name);
        w.type("Renewals/2024");
        QVERIFY(w.clickOn("addTagButton"));
        QQuickItem *error = w.waitFor("tagError");
        QVERIFY(error);
        QVERIFY(error->property("text").toString().contains("“/”"));
        w.click(name);
        w.retype("Renewals");
        QVERIFY(w.clickOn("addTagButton"));
        QVERIFY(w.clickOn("tagRow_Renewals"));
        w.click(name);
        w.type("Enterprize");
        QVERIFY(w.clickOn("addTagButton"));
        // Renamed in place: the pencil opens the name selected, Return renames.
        QVERIFY(w.clickOn("renameTag_Renewals/Enterprize"));
        QTRY_VERIFY(w.window()->activeFocusItem() &&
                    w.window()->activeFocusItem()->objectName() == "renameTagField");
        w.type("Enterprise");
        w.key(Qt::Key_Return);
        QVERIFY(w.waitFor("tagRow_Renewals/Enterprise"));
        QVERIFY(w.clickOn("tagCheck_Renewals/Enterprise"));
        QTRY_COMPARE(doc->tags(), QStringList{"Renewals/Enterprise"});
        w.shot("properties-tag-manager");
        QVERIFY(w.clickOn("closeTagManager"));
        QTRY_VERIFY(w.waitFor("tagChip_0", 500));

        // Saved in the library and read back.
        QVERIFY(doc->save());
        const QVariantMap expected = doc->assignment();
        w.stop();
        OpenResult opened = Library::open(path);
        const Sequence stored = SequenceStore(*opened.library).get(id).value.sequence;
        QCOMPARE(stored.assignment.to, Assignment::To::AccessTeam);
        QCOMPARE(stored.assignment.condition.toVariantMap(), expected.value("condition").toMap());
        QVERIFY(stored.options.exitOnEmailReply);
        QVERIFY(stored.options.skipNonWorkingDays);
        QCOMPARE(stored.tags, QStringList{"Renewals/Enterprise"});

        // Exported and read back.
        const QString file = m_dir.filePath("renewal.sequence.json");
        QVERIFY(Transfer(*opened.library).exportFile({id}, file));
        const ReadResult read = readSequenceFile(file);
        QVERIFY(read.ok());
        QCOMPARE(read.sequences.size(), 1);
        QCOMPARE(read.sequences.first().assignment, stored.assignment);
        QCOMPARE(read.sequences.first().options, stored.options);
        QCOMPARE(read.sequences.first().tags, stored.tags);
    }

    void recordFieldSurvivesTheFile()
    {
        Sequence s = validSequence("Field assignment");
        s.recordType = "account";
        s.assignment.to = Assignment::To::RecordField;
        s.assignment.field = "new_accountmanagerid";
        const ReadResult read = readSequenceFile(writeSequenceFile({s}));
        QVERIFY(read.ok());
        QCOMPARE(read.sequences.first().assignment, s.assignment);

        const QString path = m_dir.filePath("field.sqlite");
        const QString id = createIn(path, s);
        OpenResult opened = Library::open(path);
        QCOMPARE(SequenceStore(*opened.library).get(id).value.sequence.assignment, s.assignment);
    }
};

QTEST_MAIN(TestProperties)
#include "tst_properties.moc"
