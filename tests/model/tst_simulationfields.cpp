// SPDX-License-Identifier: MIT
// Field conditions of the simulation (spec section 4 and the draft rules of section 7): every
// operator on every field type, empty fields, the Dataverse-like text comparison, nested groups.
#include "simulationtestutil.h"

using namespace sd;

class TestSimulationFields : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void groups_data();
    void groups();
    void collation_data();
    void collation();
};

void TestSimulationFields::rule_data()
{
    QTest::addColumn<QByteArray>("fields"); // the record's fields, a JSON object
    QTest::addColumn<QByteArray>("rule");   // one rule, a JSON object
    QTest::addColumn<bool>("holds");

    const auto row = [](const char *name, const char *fields, const char *rule, bool holds) {
        QTest::newRow(name) << QByteArray(fields) << QByteArray(rule) << holds;
    };
    // Text: case and accents do not matter, white space does.
    row("text equals, accents and case", R"({"companyname": "Café Crème"})",
        R"({"field": "companyname", "operator": "equals", "value": "CAFE creme"})", true);
    row("text equals, no trimming", R"({"companyname": "Contoso "})",
        R"({"field": "companyname", "operator": "equals", "value": "Contoso"})", false);
    row("text notEquals, different", R"({"companyname": "Contoso"})",
        R"({"field": "companyname", "operator": "notEquals", "value": "Fabrikam"})", true);
    row("text notEquals, same but for case", R"({"companyname": "Contoso"})",
        R"({"field": "companyname", "operator": "notEquals", "value": "CONTOSO"})", false);
    row("text contains", R"({"companyname": "Müller AG"})",
        R"({"field": "companyname", "operator": "contains", "value": "MULL"})", true);
    row("text contains, absent part", R"({"companyname": "Müller AG"})",
        R"({"field": "companyname", "operator": "contains", "value": "GmbH"})", false);
    row("text notContains", R"({"companyname": "Müller AG"})",
        R"({"field": "companyname", "operator": "notContains", "value": "GmbH"})", true);
    row("text notContains, present", R"({"companyname": "Müller AG"})",
        R"({"field": "companyname", "operator": "notContains", "value": "ller"})", false);
    row("text beginsWith", R"({"companyname": "Contoso"})",
        R"({"field": "companyname", "operator": "beginsWith", "value": "con"})", true);
    row("text beginsWith, not at the start", R"({"companyname": "Contoso"})",
        R"({"field": "companyname", "operator": "beginsWith", "value": "oso"})", false);
    row("text greaterThan does not apply", R"({"companyname": "b"})",
        R"({"field": "companyname", "operator": "greaterThan", "value": "a"})", false);
    row("greek final sigma folds", R"({"city": "Σίσυφος"})",
        R"({"field": "city", "operator": "equals", "value": "ΣΙΣΥΦΟΣ"})", true);
    row("simple case folding keeps ß", R"({"city": "Straße"})",
        R"({"field": "city", "operator": "equals", "value": "STRASSE"})", false);

    // Empty fields: absent, or "" in a text or user field.
    row("absent isEmpty", "{}", R"({"field": "companyname", "operator": "isEmpty"})", true);
    row("\"\" isEmpty", R"({"companyname": ""})",
        R"({"field": "companyname", "operator": "isEmpty"})", true);
    row("\"\" isNotEmpty", R"({"companyname": ""})",
        R"({"field": "companyname", "operator": "isNotEmpty"})", false);
    row("text isNotEmpty", R"({"companyname": "x"})",
        R"({"field": "companyname", "operator": "isNotEmpty"})", true);
    row("empty notEquals is false", "{}",
        R"({"field": "companyname", "operator": "notEquals", "value": "x"})", false);
    row("empty notContains is false", R"({"companyname": ""})",
        R"({"field": "companyname", "operator": "notContains", "value": "x"})", false);
    row("empty equals \"\" is false", R"({"companyname": ""})",
        R"({"field": "companyname", "operator": "equals", "value": ""})", false);
    row("number 0 is not empty", R"({"revenue": 0})",
        R"({"field": "revenue", "operator": "isEmpty"})", false);
    row("yes/no false is not empty", R"({"donotcall": false})",
        R"({"field": "donotcall", "operator": "isNotEmpty"})", true);
    row("empty number lessThan is false", "{}",
        R"({"field": "revenue", "operator": "lessThan", "value": 10})", false);

    // Numbers.
    row("number greaterThan", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "greaterThan", "value": 3})", true);
    row("number greaterThan, equal", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "greaterThan", "value": 5})", false);
    row("number lessThan", R"({"revenue": 2.5})",
        R"({"field": "revenue", "operator": "lessThan", "value": 3})", true);
    row("number equals 5.0", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "equals", "value": 5.0})", true);
    row("number notEquals", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "notEquals", "value": 4})", true);
    row("number contains does not apply", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "contains", "value": 5})", false);
    row("number against a string value", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "equals", "value": "5"})", false);

    // Dates.
    row("date greaterThan", R"({"visit": "2026-12-07"})",
        R"({"field": "visit", "operator": "greaterThan", "value": "2026-12-01"})", true);
    row("date lessThan", R"({"visit": "2026-12-07"})",
        R"({"field": "visit", "operator": "lessThan", "value": "2026-12-01"})", false);
    row("date equals", R"({"visit": "2026-12-07"})",
        R"({"field": "visit", "operator": "equals", "value": "2026-12-07"})", true);
    row("date beginsWith does not apply", R"({"visit": "2026-12-07"})",
        R"({"field": "visit", "operator": "beginsWith", "value": "2026"})", false);

    // Yes/no, choices, users.
    row("yes/no equals", R"({"donotcall": true})",
        R"({"field": "donotcall", "operator": "equals", "value": true})", true);
    row("yes/no notEquals", R"({"donotcall": false})",
        R"({"field": "donotcall", "operator": "notEquals", "value": true})", true);
    row("yes/no greaterThan does not apply", R"({"donotcall": true})",
        R"({"field": "donotcall", "operator": "greaterThan", "value": false})", false);
    row("choice equals", R"({"rating": 2})",
        R"({"field": "rating", "operator": "equals", "value": 2})", true);
    row("choice notEquals", R"({"rating": 2})",
        R"({"field": "rating", "operator": "notEquals", "value": 1})", true);
    row("choice greaterThan does not apply", R"({"rating": 2})",
        R"({"field": "rating", "operator": "greaterThan", "value": 1})", false);
    row("user compares as text", R"({"ownerid": "Åse Berg"})",
        R"({"field": "ownerid", "operator": "beginsWith", "value": "ase b"})", true);

    // Drafts.
    row("unknown operator", R"({"revenue": 5})",
        R"({"field": "revenue", "operator": "between", "value": 5})", false);
    row("field the profile lacks, by JSON type: text", R"({"x_region": "Nordvest"})",
        R"({"field": "x_region", "operator": "equals", "value": "NORDVEST"})", true);
    row("field the profile lacks, by JSON type: number", R"({"x_score": 7})",
        R"({"field": "x_score", "operator": "greaterThan", "value": 6})", true);
    row("field the profile lacks, absent", "{}", R"({"field": "x_score", "operator": "isEmpty"})",
        true);
}

void TestSimulationFields::rule()
{
    QFETCH(QByteArray, fields);
    QFETCH(QByteArray, rule);
    QFETCH(bool, holds);
    const QJsonObject group{{"match", "all"},
                            {"rules", QJsonArray{QJsonDocument::fromJson(rule).object()}}};
    const RecordType *lead = simtest::osloProfile().recordType("lead");
    QCOMPARE(evaluateGroup(group, QJsonDocument::fromJson(fields).object(), lead), holds);
}

void TestSimulationFields::groups_data()
{
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<bool>("holds");
    // Record: revenue 5, rating 2.
    const char *yes = R"({"field": "revenue", "operator": "equals", "value": 5})";
    const char *no = R"({"field": "rating", "operator": "equals", "value": 1})";
    const auto group = [](const char *match, QList<const char *> rules) {
        QByteArray out = QByteArray(R"({"match": ")") + match + R"(", "rules": [)";
        for (qsizetype i = 0; i < rules.size(); ++i)
            out += (i ? "," : "") + QByteArray(rules[i]);
        return out + "]}";
    };
    QTest::newRow("all, both hold") << group("all", {yes, yes}) << true;
    QTest::newRow("all, one fails") << group("all", {yes, no}) << false;
    QTest::newRow("any, one holds") << group("any", {no, yes}) << true;
    QTest::newRow("any, none holds") << group("any", {no, no}) << false;
    QTest::newRow("empty all is true") << group("all", {}) << true;
    QTest::newRow("empty any is false") << group("any", {}) << false;
    QTest::newRow("match other than any is all") << group("most", {yes, no}) << false;
    const QByteArray inner = group("any", {no, yes});
    QTest::newRow("nested any inside all") << group("all", {yes, inner.constData()}) << true;
    const QByteArray innerNo = group("all", {no, yes});
    QTest::newRow("nested all inside any fails")
        << group("any", {no, innerNo.constData()}) << false;
    const QByteArray emptyInner = group("any", {});
    QTest::newRow("nested empty any") << group("all", {yes, emptyInner.constData()}) << false;
}

void TestSimulationFields::groups()
{
    QFETCH(QByteArray, group);
    QFETCH(bool, holds);
    const QJsonObject fields{{"revenue", 5}, {"rating", 2}};
    const RecordType *lead = simtest::osloProfile().recordType("lead");
    QCOMPARE(evaluateGroup(QJsonDocument::fromJson(group).object(), fields, lead), holds);
}

void TestSimulationFields::collation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("ascii") << "Contoso AS"
                           << "contoso as";
    QTest::newRow("acute") << "Café"
                           << "cafe";
    QTest::newRow("decomposed input") << QString::fromUtf8("Cafe\u0301") << "cafe";
    QTest::newRow("ring and umlaut") << "ÅSE Müller"
                                     << "ase muller";
    QTest::newRow("ø has no decomposition") << "Øst"
                                            << "øst";
    QTest::newRow("no trimming") << " A "
                                 << " a ";
    QTest::newRow("sharp s stays") << "Straße"
                                   << "straße";
}

void TestSimulationFields::collation()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(collationKey(text), key);
}

QTEST_GUILESS_MAIN(TestSimulationFields)
#include "tst_simulationfields.moc"
