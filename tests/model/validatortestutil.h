// SPDX-License-Identifier: MIT
#pragma once
// Builders shared by tst_validator.cpp and tst_validatorparams.cpp: a small profile made in C++
// (so the rule tests do not depend on the default profile's JSON), steps with valid parameters
// by default, and the data-driven row format "sequence, mode, code, expectation, step id".

#include "profile.h"
#include "sequence.h"
#include "validator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(sd::Sequence)

namespace vt {

using namespace sd;

enum class Expect { Error, Warning, Absent };

inline const QString sequenceId = QStringLiteral("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");

inline Field field(const QString &name, FieldType type, bool readOnly = false)
{
    Field f;
    f.name = name;
    f.displayName.byLanguage.insert(QString(), name);
    f.type = type;
    f.readOnly = readOnly;
    return f;
}

inline Profile testProfile()
{
    Profile p;
    p.name = QStringLiteral("Test organisation");
    RecordType lead;
    lead.name = QStringLiteral("lead");
    Field quality = field("leadqualitycode", FieldType::Choice);
    const QStringList labels{"Hot", "Warm", "Cold"};
    for (int i = 1; i <= 3; ++i) {
        ChoiceOption option{i, {}};
        option.label.byLanguage.insert(QString(), labels[i - 1]);
        quality.options.append(option);
    }
    lead.fields = {
        field("companyname", FieldType::Text),    field("fullname", FieldType::Text, true),
        field("budgetamount", FieldType::Number), field("estimatedclosedate", FieldType::Date),
        field("donotemail", FieldType::YesNo),    quality,
        field("ownerid", FieldType::User),        field("createdby", FieldType::User, true)};
    ProcessFlow process;
    process.name = QStringLiteral("Lead process");
    process.stages = {"Qualify", "Develop", "Propose", "Close"};
    lead.processes = {process};
    RecordType contact;
    contact.name = QStringLiteral("contact");
    p.recordTypes = {lead, contact};
    p.callResults = {CallResult{"made", {}}, CallResult{"received", {}}};
    p.emailTemplates = {"Introduction", "Follow-up"};
    p.smsTemplates = {"Meeting reminder"};
    p.userFields = {field("title", FieldType::Text), field("isdisabled", FieldType::YesNo)};
    return p;
}

// Parameters that pass every check for `type`, so a row changes only what it tests.
inline QJsonObject validParams(const QString &type)
{
    const QJsonObject day{{"days", 1}, {"hours", 0}};
    if (type == u"automatedEmail")
        return {{"template", "Introduction"}};
    if (type == u"automatedTextMessage")
        return {{"template", "Meeting reminder"}};
    if (type == u"wait")
        return day;
    if (type == u"abTest")
        return {{"versionA", QJsonObject{{"name", "A"}, {"template", "Introduction"}}},
                {"versionB", QJsonObject{{"name", "B"}, {"template", "Follow-up"}}},
                {"splitA", 50},
                {"metric", "opens"},
                {"end", QJsonObject{{"mode", "auto"}}},
                {"defaultVersion", "A"}};
    if (type == u"emailCondition")
        return {{"events", QJsonArray{"opened"}}, {"match", "any"}, {"within", day}};
    if (type == u"callCondition")
        return {{"outcomes", QJsonArray{"made"}}};
    if (type == u"fieldCondition")
        return {{"match", "all"},
                {"rules", QJsonArray{QJsonObject{
                              {"field", "companyname"}, {"operator", "equals"}, {"value", "X"}}}}};
    if (type == u"stageCondition")
        return {{"process", "Lead process"}, {"stages", QJsonArray{"Qualify"}}};
    if (type == u"advanceToSequence")
        return {{"sequence", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}};
    if (type == u"updateField")
        return {{"field", "leadqualitycode"}, {"value", 1}};
    return {};
}

inline Step step(const QString &id, const QString &type, const QString &next = {})
{
    return Step{id, type, {}, {}, validParams(type), next, {}, {}};
}

inline Step cond(const QString &id, const QString &type, const QString &yes, const QString &no = {})
{
    return Step{id, type, {}, {}, validParams(type), {}, yes, no};
}

// The step with some params replaced (or added).
inline Step with(Step s, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        s.params.insert(it.key(), it.value());
    return s;
}

inline Step without(Step s, const QString &key)
{
    s.params.remove(key);
    return s;
}

inline Step rule(const QString &id, const QJsonArray &rules, const QString &yes = {})
{
    return with(cond(id, "fieldCondition", yes), {{"rules", rules}});
}

inline QJsonObject fieldRule(const QString &field, const QString &op, const QJsonValue &value)
{
    QJsonObject r{{"field", field}, {"operator", op}};
    if (!value.isUndefined() && !value.isNull()) // absent, as for isEmpty
        r.insert("value", value);
    return r;
}

inline Sequence seq(const QString &start, const QList<Step> &steps)
{
    Sequence s;
    s.id = sequenceId;
    s.name = QStringLiteral("Test sequence");
    s.recordType = QStringLiteral("lead");
    s.start = start;
    s.setSteps(steps);
    return s;
}

// Adds the columns of a rule table.
inline void addColumns()
{
    QTest::addColumn<Sequence>("sequence");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("expect");
    QTest::addColumn<QString>("stepId");
}

inline void row(const char *name, const Sequence &s, const QString &code, Expect expect,
                const QString &stepId = {}, ValidationMode mode = ValidationMode::Edit)
{
    QTest::newRow(name) << s << int(mode) << code << int(expect) << stepId;
}

inline QString describe(const Diagnostics &list)
{
    QStringList out;
    for (const Diagnostic &d : list)
        out.append(QStringLiteral("%1 %2 [%3]").arg(d.code, d.severityKey(), d.stepId));
    return out.join(QStringLiteral("; "));
}

// The body of every rule table: the code appears with exactly this severity and step, or does
// not appear at all; every diagnostic carries the sequence id and a message.
inline void checkRow(const Profile &profile)
{
    QFETCH(Sequence, sequence);
    QFETCH(int, mode);
    QFETCH(QString, code);
    QFETCH(int, expect);
    QFETCH(QString, stepId);
    const Diagnostics found = validate(sequence, profile, ValidationMode(mode));
    for (const Diagnostic &d : found) {
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
        QCOMPARE(d.sequenceId, sequenceId);
    }
    bool match = false;
    bool any = false;
    for (const Diagnostic &d : found) {
        if (d.code != code)
            continue;
        any = true;
        const Severity wanted =
            expect == int(Expect::Warning) ? Severity::Warning : Severity::Error;
        match = match || (d.severity == wanted && d.stepId == stepId);
    }
    const QString got = describe(found);
    if (expect == int(Expect::Absent))
        QVERIFY2(!any, qPrintable(QStringLiteral("unexpected %1 in: %2").arg(code, got)));
    else
        QVERIFY2(match, qPrintable(QStringLiteral("no %1 [%2] in: %3").arg(code, stepId, got)));
}

} // namespace vt
