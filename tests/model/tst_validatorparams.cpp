// SPDX-License-Identifier: MIT
// The parameter rules of the validator (param.required, param.range, param.unknownValue,
// param.unknownTemplate) against a small profile made in C++: one or more failing rows per form
// of each rule, with passing counterparts.
#include "validatortestutil.h"

using namespace sd;
using namespace vt;

namespace {

// The step `s` as the only step after an email, so path rules stay quiet.
Sequence one(const Step &s)
{
    Step first = step("first", "email", s.id);
    return seq("first", {first, s});
}

Sequence withAssignment(Assignment::To to, const QString &field = {},
                        const QJsonObject &condition = {})
{
    Sequence s = one(step("t", "task"));
    s.assignment.to = to;
    s.assignment.field = field;
    s.assignment.condition = condition;
    return s;
}

Step ab(const QJsonObject &changes)
{
    return with(step("ab", "abTest"), changes);
}

QJsonObject version(const QString &name, const QString &templ)
{
    return {{"name", name}, {"template", templ}};
}

} // namespace

class TestValidatorParams : public QObject
{
    Q_OBJECT

private slots:
    void required_data()
    {
        addColumns();
        const QString code = "param.required";
        const Expect e = Expect::Error;
        row("automated email without template",
            one(without(step("s", "automatedEmail"), "template")), code, e, "s");
        row("automated email with an empty template",
            one(with(step("s", "automatedEmail"), {{"template", " "}})), code, e, "s");
        row("automated text without template",
            one(without(step("s", "automatedTextMessage"), "template")), code, e, "s");
        row("wait without hours", one(with(without(step("s", "wait"), "hours"), {{"days", 2}})),
            code, e, "s");
        row("email condition with no events",
            one(with(cond("s", "emailCondition", {}), {{"events", QJsonArray{}}})), code, e, "s");
        row("email condition without a time limit",
            one(without(cond("s", "emailCondition", {}), "within")), code, e, "s");
        row("email condition time limit without days",
            one(with(cond("s", "emailCondition", {}), {{"within", QJsonObject{{"hours", 3}}}})),
            code, e, "s");
        row("email condition without match", one(without(cond("s", "emailCondition", {}), "match")),
            code, e, "s");
        row("call condition without outcomes",
            one(without(cond("s", "callCondition", {}), "outcomes")), code, e, "s");
        row("field condition with no rules", one(rule("s", QJsonArray{})), code, e, "s");
        row("field rule without operator",
            one(rule("s", {QJsonObject{{"field", "companyname"}, {"value", "X"}}})), code, e, "s");
        row("field rule without field",
            one(rule("s", {QJsonObject{{"operator", "equals"}, {"value", "X"}}})), code, e, "s");
        row("field rule without value", one(rule("s", {fieldRule("companyname", "equals", {})})),
            code, e, "s");
        row("nested group with no rules",
            one(rule("s", {QJsonObject{{"match", "any"}, {"rules", QJsonArray{}}}})), code, e, "s");
        row("stage condition with no stages",
            one(with(cond("s", "stageCondition", {}), {{"stages", QJsonArray{}}})), code, e, "s");
        row("stage condition without process",
            one(without(cond("s", "stageCondition", {}), "process")), code, e, "s");
        row("advance without target", one(with(step("s", "advanceToSequence"), {{"sequence", ""}})),
            code, e, "s");
        row("update field without value", one(without(step("s", "updateField"), "value")), code, e,
            "s");
        row("update field without field", one(without(step("s", "updateField"), "field")), code, e,
            "s");
        row("update field with an empty text",
            one(with(step("s", "updateField"), {{"field", "companyname"}, {"value", ""}})), code, e,
            "s");
        row("A/B version without template", one(ab({{"versionA", version("A", "")}})), code, e,
            "ab");
        row("A/B version without name",
            one(ab({{"versionB", QJsonObject{{"template", "Introduction"}}}})), code, e, "ab");
        row("A/B without metric", one(without(step("ab", "abTest"), "metric")), code, e, "ab");
        row("A/B end at without a date", one(ab({{"end", QJsonObject{{"mode", "at"}}}})), code, e,
            "ab");
        row("record-field assignment without field", withAssignment(Assignment::To::RecordField),
            code, e, "");
        row("team condition rule without value",
            withAssignment(
                Assignment::To::OwningTeam, {},
                {{"match", "all"}, {"rules", QJsonArray{fieldRule("title", "equals", {})}}}),
            code, e, "");
        const Expect pass = Expect::Absent;
        row("an email needs no template", one(step("s", "email")), code, pass);
        row("a text message needs no template", one(step("s", "textMessage")), code, pass);
        row("A/B split is optional", one(without(step("ab", "abTest"), "splitA")), code, pass);
        row("advance immediately is optional",
            one(without(cond("s", "emailCondition", {}), "advanceImmediately")), code, pass);
        row("template language is optional", one(step("s", "automatedEmail")), code, pass);
        row("every type with its params",
            seq("a", {step("a", "email", "b"), step("b", "automatedEmail", "c"),
                      step("c", "textMessage", "d"), step("d", "automatedTextMessage", "e"),
                      step("e", "phoneCall", "f"), step("f", "task", "g"), step("g", "wait", "h"),
                      step("h", "abTest", "i"), cond("i", "emailCondition", "j"),
                      step("j", "phoneCall", "k"), cond("k", "callCondition", "l"),
                      cond("l", "fieldCondition", "m"), cond("m", "stageCondition", "n"),
                      step("n", "updateField", "o"), step("o", "linkedinResearch", "p"),
                      step("p", "linkedinGetIntroduced", "q"), step("q", "linkedinConnect", "r"),
                      step("r", "linkedinInMail", "z"), step("z", "advanceToSequence")}),
            code, pass);
        row("record-field assignment with a user field",
            withAssignment(Assignment::To::RecordField, "ownerid"), code, pass);
        row("team assignment without condition", withAssignment(Assignment::To::AccessTeam), code,
            pass);
    }
    void required() { checkRow(testProfile()); }

    void range_data()
    {
        addColumns();
        const QString code = "param.range";
        const Expect e = Expect::Error;
        auto wait = [](int days, int hours) {
            return one(with(step("w", "wait", "t"), {{"days", days}, {"hours", hours}}));
        };
        auto waitThenTask = [&](int days, int hours) {
            Sequence s = wait(days, hours);
            QList<Step> steps = s.steps();
            steps.append(step("t", "task"));
            s.setSteps(steps);
            return s;
        };
        row("wait of 31 days", waitThenTask(31, 0), code, e, "w");
        row("wait of 24 hours", waitThenTask(0, 24), code, e, "w");
        row("wait of negative days", waitThenTask(-1, 5), code, e, "w");
        row("wait of nothing", waitThenTask(0, 0), code, e, "w");
        row("wait of 30 days and 1 hour", waitThenTask(30, 1), code, e, "w");
        auto within = [](int days, int hours) {
            return one(with(cond("c", "emailCondition", {}),
                            {{"within", QJsonObject{{"days", days}, {"hours", hours}}}}));
        };
        row("time limit of nothing", within(0, 0), code, e, "c");
        row("time limit of 31 days", within(31, 0), code, e, "c");
        row("time limit of 30 days and 5 hours", within(30, 5), code, e, "c");
        row("A/B split of 5 %", one(ab({{"splitA", 5}})), code, e, "ab");
        row("A/B split of 95 %", one(ab({{"splitA", 95}})), code, e, "ab");
        const Expect pass = Expect::Absent;
        row("wait of 30 days", waitThenTask(30, 0), code, pass);
        row("wait of 1 hour", waitThenTask(0, 1), code, pass);
        row("wait of 23 hours", waitThenTask(0, 23), code, pass);
        row("time limit of 1 hour", within(0, 1), code, pass);
        row("time limit of 30 days", within(30, 0), code, pass);
        row("A/B split of 10 %", one(ab({{"splitA", 10}})), code, pass);
        row("A/B split of 90 %", one(ab({{"splitA", 90}})), code, pass);
    }
    void range() { checkRow(testProfile()); }

    void unknownValue_data()
    {
        addColumns();
        const QString code = "param.unknownValue";
        const Expect e = Expect::Error;
        const Step email = cond("c", "emailCondition", {});
        row("unknown email event", one(with(email, {{"events", QJsonArray{"opened", "bounced"}}})),
            code, e, "c");
        row("unknown match", one(with(email, {{"match", "some"}})), code, e, "c");
        row("advance immediately not a bool", one(with(email, {{"advanceImmediately", "yes"}})),
            code, e, "c");
        row("wait days of the wrong type", one(with(step("w", "wait"), {{"days", "two"}})), code, e,
            "w");
        row("wait days not whole", one(with(step("w", "wait"), {{"days", 1.5}})), code, e, "w");
        row("unknown call result",
            one(with(cond("c", "callCondition", {}), {{"outcomes", QJsonArray{"voicemail"}}})),
            code, e, "c");
        row("unknown process", one(with(cond("c", "stageCondition", {}), {{"process", "Hiring"}})),
            code, e, "c");
        row("unknown stage",
            one(with(cond("c", "stageCondition", {}), {{"stages", QJsonArray{"Qualify", "Won"}}})),
            code, e, "c");
        row("unknown metric", one(ab({{"metric", "likes"}})), code, e, "ab");
        row("unknown default version", one(ab({{"defaultVersion", "C"}})), code, e, "ab");
        row("unknown end mode", one(ab({{"end", QJsonObject{{"mode", "later"}}}})), code, e, "ab");
        row("end at not a date-time",
            one(ab({{"end", QJsonObject{{"mode", "at"}, {"at", "next week"}}}})), code, e, "ab");
        row("end at only a date",
            one(ab({{"end", QJsonObject{{"mode", "at"}, {"at", "2025-06-30"}}}})), code, e, "ab");
        row("rule: unknown field", one(rule("c", {fieldRule("favouritecolour", "equals", "blue")})),
            code, e, "c");
        row("rule: unknown operator", one(rule("c", {fieldRule("companyname", "like", "X")})), code,
            e, "c");
        row("rule: greaterThan on text",
            one(rule("c", {fieldRule("companyname", "greaterThan", "X")})), code, e, "c");
        row("rule: contains on a number",
            one(rule("c", {fieldRule("budgetamount", "contains", 5)})), code, e, "c");
        row("rule: beginsWith on a choice",
            one(rule("c", {fieldRule("leadqualitycode", "beginsWith", 1)})), code, e, "c");
        row("rule: isEmpty with a value",
            one(rule("c", {fieldRule("companyname", "isEmpty", "X")})), code, e, "c");
        row("rule: text compared with a number",
            one(rule("c", {fieldRule("companyname", "equals", 5)})), code, e, "c");
        row("rule: number compared with text",
            one(rule("c", {fieldRule("budgetamount", "equals", "lots")})), code, e, "c");
        row("rule: date not YYYY-MM-DD",
            one(rule("c", {fieldRule("estimatedclosedate", "lessThan", "31/03/2025")})), code, e,
            "c");
        row("rule: date that does not exist",
            one(rule("c", {fieldRule("estimatedclosedate", "lessThan", "2025-02-30")})), code, e,
            "c");
        row("rule: yes/no compared with text",
            one(rule("c", {fieldRule("donotemail", "equals", "yes")})), code, e, "c");
        row("rule: choice option it lacks",
            one(rule("c", {fieldRule("leadqualitycode", "equals", 7)})), code, e, "c");
        row("rule: nested group with unknown match",
            one(rule("c", {QJsonObject{
                              {"match", "most"},
                              {"rules", QJsonArray{fieldRule("companyname", "equals", "X")}}}})),
            code, e, "c");
        row("rule: deep in a nested group",
            one(rule("c",
                     {QJsonObject{
                         {"match", "any"},
                         {"rules",
                          QJsonArray{QJsonObject{
                              {"match", "all"},
                              {"rules", QJsonArray{fieldRule("nosuchfield", "equals", "X")}}}}}}})),
            code, e, "c");
        row("rule: not an object", one(rule("c", {5})), code, e, "c");
        row("update: read-only field",
            one(with(step("u", "updateField"), {{"field", "fullname"}, {"value", "Ann"}})), code, e,
            "u");
        row("update: user field",
            one(with(step("u", "updateField"), {{"field", "ownerid"}, {"value", "someone"}})), code,
            e, "u");
        row("update: unknown field",
            one(with(step("u", "updateField"), {{"field", "nosuchfield"}, {"value", "X"}})), code,
            e, "u");
        row("update: choice option it lacks",
            one(with(step("u", "updateField"), {{"field", "leadqualitycode"}, {"value", 9}})), code,
            e, "u");
        row("update: choice given as its label",
            one(with(step("u", "updateField"), {{"field", "leadqualitycode"}, {"value", "Hot"}})),
            code, e, "u");
        row("update: date not YYYY-MM-DD",
            one(with(step("u", "updateField"),
                     {{"field", "estimatedclosedate"}, {"value", "2025-3-1"}})),
            code, e, "u");
        row("update: yes/no given as text",
            one(with(step("u", "updateField"), {{"field", "donotemail"}, {"value", "true"}})), code,
            e, "u");
        row("update: number given as text",
            one(with(step("u", "updateField"), {{"field", "budgetamount"}, {"value", "5"}})), code,
            e, "u");
        row("update: text given as a number",
            one(with(step("u", "updateField"), {{"field", "companyname"}, {"value", 5}})), code, e,
            "u");
        Sequence invoice = one(step("t", "task"));
        invoice.recordType = "invoice";
        row("record type the profile lacks", invoice, code, e, "");
        row("record-field assignment with a text field",
            withAssignment(Assignment::To::RecordField, "companyname"), code, e, "");
        row("record-field assignment with an unknown field",
            withAssignment(Assignment::To::RecordField, "manager"), code, e, "");
        row("team condition on an unknown user field",
            withAssignment(
                Assignment::To::OwningTeam, {},
                {{"match", "all"}, {"rules", QJsonArray{fieldRule("manager", "equals", "X")}}}),
            code, e, "");
        row("team condition on a record field",
            withAssignment(
                Assignment::To::AccessTeam, {},
                {{"match", "all"}, {"rules", QJsonArray{fieldRule("companyname", "equals", "X")}}}),
            code, e, "");
        row("team condition of the wrong type",
            withAssignment(
                Assignment::To::OwningTeam, {},
                {{"match", "all"}, {"rules", QJsonArray{fieldRule("isdisabled", "equals", "no")}}}),
            code, e, "");
        row("team condition with unknown match",
            withAssignment(
                Assignment::To::OwningTeam, {},
                {{"match", "either"}, {"rules", QJsonArray{fieldRule("title", "equals", "X")}}}),
            code, e, "");
        const Expect pass = Expect::Absent;
        row("update: choice option by number",
            one(with(step("u", "updateField"), {{"field", "leadqualitycode"}, {"value", 2}})), code,
            pass);
        row("update: date",
            one(with(step("u", "updateField"),
                     {{"field", "estimatedclosedate"}, {"value", "2025-12-31"}})),
            code, pass);
        row("update: number",
            one(with(step("u", "updateField"), {{"field", "budgetamount"}, {"value", 1500.5}})),
            code, pass);
        row("update: yes/no",
            one(with(step("u", "updateField"), {{"field", "donotemail"}, {"value", false}})), code,
            pass);
        row("update: text",
            one(with(step("u", "updateField"), {{"field", "companyname"}, {"value", "Contoso"}})),
            code, pass);
        row("rule: isEmpty without a value",
            one(rule("c", {fieldRule("companyname", "isNotEmpty", {})})), code, pass);
        row("rule: greaterThan on a date",
            one(rule("c", {fieldRule("estimatedclosedate", "greaterThan", "2025-01-01")})), code,
            pass);
        row("rule: lessThan on a number",
            one(rule("c", {fieldRule("budgetamount", "lessThan", 1000)})), code, pass);
        row("rule: beginsWith on text",
            one(rule("c", {fieldRule("companyname", "beginsWith", "Con")})), code, pass);
        row("rule: user field equals an id",
            one(rule("c", {fieldRule("ownerid", "equals", "user-1")})), code, pass);
        row("rule: choice option", one(rule("c", {fieldRule("leadqualitycode", "notEquals", 3)})),
            code, pass);
        row("rule: nested groups",
            one(rule("c", {fieldRule("companyname", "contains", "o"),
                           QJsonObject{{"match", "any"},
                                       {"rules", QJsonArray{fieldRule("donotemail", "equals", true),
                                                            fieldRule("budgetamount", "greaterThan",
                                                                      10)}}}})),
            code, pass);
        row("stage of the process",
            one(with(cond("c", "stageCondition", {}),
                     {{"stages", QJsonArray{"Develop", "Close"}}})),
            code, pass);
        row("every email event",
            one(with(email, {{"events", QJsonArray{"opened", "replied", "linkClicked",
                                                   "attachmentDownloaded"}},
                             {"match", "all"}})),
            code, pass);
        row("A/B ends at a date-time",
            one(ab({{"end", QJsonObject{{"mode", "at"}, {"at", "2025-06-30T09:00:00Z"}}},
                    {"metric", "goal"},
                    {"defaultVersion", "B"}})),
            code, pass);
        row("team condition on user fields",
            withAssignment(Assignment::To::OwningTeam, {},
                           {{"match", "any"},
                            {"rules", QJsonArray{fieldRule("title", "beginsWith", "Sales"),
                                                 fieldRule("isdisabled", "equals", false)}}}),
            code, pass);
        row("record-field assignment with a user field",
            withAssignment(Assignment::To::RecordField, "ownerid"), code, pass);
        Sequence contact = one(step("t", "task"));
        contact.recordType = "contact";
        row("another record type of the profile", contact, code, pass);
    }
    void unknownValue() { checkRow(testProfile()); }

    void unknownTemplate_data()
    {
        addColumns();
        const QString code = "param.unknownTemplate";
        const Expect w = Expect::Warning;
        row("email template", one(with(step("s", "email"), {{"template", "Does not exist"}})), code,
            w, "s");
        row("automated email template",
            one(with(step("s", "automatedEmail"), {{"template", "Does not exist"}})), code, w, "s");
        row("text message template",
            one(with(step("s", "textMessage"), {{"template", "Introduction"}})), code, w, "s");
        row("automated text template",
            one(with(step("s", "automatedTextMessage"), {{"template", "Does not exist"}})), code, w,
            "s");
        row("A/B version template", one(ab({{"versionB", version("B", "Does not exist")}})), code,
            w, "ab");
        row("SMS template on an email",
            one(with(step("s", "email"), {{"template", "Meeting reminder"}})), code, w, "s");
        const Expect pass = Expect::Absent;
        row("no template given", one(step("s", "email")), code, pass);
        row("known email template", one(with(step("s", "email"), {{"template", "Follow-up"}})),
            code, pass);
        row("known SMS template",
            one(with(step("s", "textMessage"), {{"template", "Meeting reminder"}})), code, pass);
        row("known A/B templates", one(step("ab", "abTest")), code, pass);
    }
    void unknownTemplate() { checkRow(testProfile()); }

    // A profile without the sequence's record type reports that once, not every field.
    void unknownRecordTypeIsReportedOnce()
    {
        Sequence s =
            one(with(step("u", "updateField"), {{"field", "companyname"}, {"value", "X"}}));
        s.recordType = "invoice";
        const Diagnostics found = validate(s, testProfile());
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].code, QStringLiteral("param.unknownValue"));
        QVERIFY(found[0].stepId.isEmpty());
        QVERIFY2(found[0].message.contains("invoice"), qPrintable(found[0].message));
    }

    void messagesSayWhatToDo()
    {
        const Diagnostics found = validate(
            one(with(step("u", "updateField"), {{"field", "leadqualitycode"}, {"value", 9}})),
            testProfile());
        QCOMPARE(found.size(), 1);
        QVERIFY2(found[0].message.contains("leadqualitycode") && found[0].message.contains("9"),
                 qPrintable(found[0].message));
        QVERIFY2(found[0].message.contains("1 (") && found[0].message.contains("3 ("),
                 qPrintable(found[0].message));
    }

    // Messages name operators as the condition builder shows them ("is empty"), never by their
    // file format id ("isEmpty"), and steps by their name or kind, never by their id.
    void messagesNameOperatorsByLabel_data()
    {
        QTest::addColumn<QJsonObject>("ruleObject");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("no value") << fieldRule("companyname", "equals", {}) << "is empty"
                                  << QStringList{"isEmpty"};
        QTest::newRow("operator of another kind of field")
            << fieldRule("companyname", "greaterThan", "X") << "is greater than"
            << QStringList{"greaterThan", "lessThan", "notContains", "beginsWith"};
        QTest::newRow("no operator")
            << QJsonObject{{"field", "companyname"}, {"value", "X"}} << "equals" << QStringList{};
        QTest::newRow("unknown operator")
            << fieldRule("companyname", "like", "X") << "does not equal"
            << QStringList{"notEquals", "isNotEmpty"};
    }
    void messagesNameOperatorsByLabel()
    {
        QFETCH(QJsonObject, ruleObject);
        QFETCH(QString, label);
        QFETCH(QStringList, ids);
        Step condition = rule("fieldCondition7", QJsonArray{ruleObject});
        const Diagnostics found = validate(one(condition), testProfile());
        QVERIFY(!found.isEmpty());
        const QString message = found.first().message;
        QVERIFY2(message.contains(u'"' + label + u'"'), qPrintable(message));
        for (const QString &id : ids)
            QVERIFY2(!message.contains(id), qPrintable(message));
        QVERIFY2(!message.contains("fieldCondition7"), qPrintable(message));
        QVERIFY2(message.contains("Field value"), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestValidatorParams)
#include "tst_validatorparams.moc"
