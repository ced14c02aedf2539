// SPDX-License-Identifier: MIT
// The side pane's richer editors driven like a user: the field-condition builder (rules, nested
// groups), the value of "Update field" typed by its field, and the A/B test's settings. Each
// checks the document and the saved sequence.
#include "language.h"
#include "tst_designerhelpers.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace sd;
using namespace sd::uitest;

class TestDesignerParams : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    SequenceDocument *document(const Window &w) { return designerDocument(w); }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    // The field-condition builder: add a rule, choose its field, operator and value; add a
    // nested group with a rule of its own; the document and the saved sequence hold them.
    void fieldConditionBuilder()
    {
        const QString path = m_dir.filePath("fields.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        const QString cond = doc->insertStep("mail", "next", "fieldCondition");
        QVERIFY(!cond.isEmpty());
        const auto rules = [&] {
            return doc->sequence().step(cond)->params.value("rules").toArray();
        };
        QVERIFY(w.clickOn("addFieldRuleButton"));
        QTRY_COMPARE(rules().size(), 1);
        QVERIFY(choose(w.waitFor("fieldRuleField_0"), "leadqualitycode"));
        QTRY_COMPARE(rules()[0].toObject().value("field").toString(), QString("leadqualitycode"));
        QVERIFY(choose(w.waitFor("fieldRuleOperator_0"), "notEquals"));
        QTRY_COMPARE(rules()[0].toObject().value("operator").toString(), QString("notEquals"));
        // A choice field offers its options by label and stores the option's number.
        QQuickItem *value = w.waitFor("fieldRuleValue_0");
        QVERIFY(value);
        QVERIFY(value->inherits("QQuickComboBox"));
        QVERIFY(choose(value, 3)); // Cold
        QTRY_COMPARE(rules()[0].toObject().value("value").toInt(), 3);
        QCOMPARE(value->property("currentText").toString(), QString("Cold"));

        // A nested group ("any of"), with a text rule typed in.
        QVERIFY(w.clickOn("addFieldGroupButton"));
        QTRY_COMPARE(rules().size(), 2);
        QCOMPARE(rules()[1].toObject().value("match").toString(), QString("any"));
        QQuickItem *addInner = w.waitFor("addFieldRuleButton_1.");
        QVERIFY(addInner);
        scrollIntoView(w, addInner);
        w.click(addInner);
        QTRY_COMPARE(rules()[1].toObject().value("rules").toArray().size(), 1);
        QVERIFY(choose(w.waitFor("fieldRuleField_1.0"), "companyname"));
        QVERIFY(choose(w.waitFor("fieldRuleOperator_1.0"), "contains"));
        QQuickItem *text = w.waitFor("fieldRuleText_1.0");
        QVERIFY(text);
        QVERIFY(text->inherits("QQuickTextField"));
        scrollIntoView(w, text);
        w.click(text);
        w.type("Contoso");
        w.key(Qt::Key_Return);
        const QJsonObject expectedInner{
            {"field", "companyname"}, {"operator", "contains"}, {"value", "Contoso"}};
        QTRY_COMPARE(rules()[1].toObject().value("rules").toArray().at(0).toObject(),
                     expectedInner);
        QVERIFY(choose(w.waitFor("fieldGroupMatch_1"), "All of"));
        QTRY_COMPARE(rules()[1].toObject().value("match").toString(), QString("all"));
        QTRY_VERIFY(w.item("card_" + cond));
        w.shot("designer-side-pane-field-condition");

        // Saved as built; no problem left on the step.
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        const QJsonArray stored = storedIn(path, id).step(cond)->params.value("rules").toArray();
        const QJsonArray expected{
            QJsonObject{{"field", "leadqualitycode"}, {"operator", "notEquals"}, {"value", 3}},
            QJsonObject{{"match", "all"}, {"rules", QJsonArray{expectedInner}}}};
        QCOMPARE(stored, expected);
        doc->flush();
        QCOMPARE(doc->canvas()->errorCount(cond), 0);

        // Removing the nested group.
        QVERIFY(w.clickOn("fieldGroupRemove_1"));
        QTRY_COMPARE(rules().size(), 1);

        // "Update field": the value editor follows the chosen field's type.
        const QString upd = doc->insertStep(cond, "yes", "updateField");
        QVERIFY(choose(w.waitFor("paramChoice_field"), "leadqualitycode"));
        QQuickItem *choice = w.waitFor("paramValueChoice");
        QVERIFY(choice);
        QVERIFY(choose(choice, 1));
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value").toInt(), 1);
        QVERIFY(choose(w.waitFor("paramChoice_field"), "donotemail"));
        QQuickItem *check = w.waitFor("paramValueCheck");
        QVERIFY(check);
        w.click(check);
        QTRY_COMPARE(doc->sequence().step(upd)->params.value("value"), QJsonValue(true));
        w.stop();
    }

    // The A/B test editor: versions, split, metric, end and default version.
    void abTestEditor()
    {
        const QString path = m_dir.filePath("ab.sqlite");
        const QString id = createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = document(w);
        const QString ab = doc->insertStep("mail", "next", "abTest");
        QVERIFY(!ab.isEmpty());
        const auto param = [&](const char *key) {
            return doc->sequence().step(ab)->params.value(QLatin1String(key));
        };
        QQuickItem *nameA = w.waitFor("paramAbName_versionA");
        QVERIFY(nameA);
        QVERIFY(w.settled(nameA)); // the pane lays out the new step's editors
        w.click(nameA);
        w.retype("Short subject");
        QTRY_COMPARE(param("versionA").toObject().value("name").toString(),
                     QString("Short subject"));
        QVERIFY(choose(w.waitFor("paramAbTemplate_versionA"), "Introduction"));
        QVERIFY(choose(w.waitFor("paramAbTemplate_versionB"), "Follow-up"));
        QTRY_COMPARE(param("versionB").toObject().value("template").toString(),
                     QString("Follow-up"));
        QCOMPARE(param("versionA").toObject(),
                 QJsonObject({{"name", "Short subject"}, {"template", "Introduction"}}));
        QQuickItem *split = w.waitFor("paramSpin_splitA");
        QVERIFY(split);
        split->setProperty("value", 30);
        QMetaObject::invokeMethod(split, "valueModified");
        QTRY_COMPARE(param("splitA").toInt(), 30);
        QVERIFY(choose(w.waitFor("paramChoice_metric"), "clicks"));
        QTRY_COMPARE(param("metric").toString(), QString("clicks"));
        QVERIFY(choose(w.waitFor("paramChoice_defaultVersion"), "B"));
        QTRY_COMPARE(param("defaultVersion").toString(), QString("B"));
        QQuickItem *at = w.waitFor("paramAbEndAt");
        QVERIFY(at);
        scrollIntoView(w, at);
        w.click(at);
        QTRY_COMPARE(param("end").toObject().value("mode").toString(), QString("at"));
        QQuickItem *when = w.waitFor("paramAbEndText");
        QVERIFY(when);
        scrollIntoView(w, when);
        w.click(when);
        w.retype("2027-03-01T09:00:00Z");
        w.key(Qt::Key_Return);
        QTRY_COMPARE(param("end").toObject(),
                     QJsonObject({{"mode", "at"}, {"at", "2027-03-01T09:00:00Z"}}));
        // The card sums it up.
        QTRY_COMPARE(doc->canvas()->cards()->rowCount() > 0, true);
        doc->flush(); // the problems follow the last edit
        QTRY_COMPARE(doc->problems()->errorCount(), 0);
        w.shot("designer-side-pane-ab-test");
        w.key(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!doc->dirty());
        const Step *stored = storedIn(path, id).step(ab);
        QVERIFY(stored);
        QCOMPARE(stored->params.value("splitA").toInt(), 30);
        QCOMPARE(stored->params.value("metric").toString(), QString("clicks"));
        QCOMPARE(stored->params.value("versionB").toObject().value("template").toString(),
                 QString("Follow-up"));
        w.stop();
    }
};

QTEST_MAIN(TestDesignerParams)
#include "tst_designerparams.moc"
