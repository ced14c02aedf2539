// SPDX-License-Identifier: MIT
// StepInspector: the selected step's parameters as rows, following the document row by row.
#include "activeprofile.h"
#include "designertestutil.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "problemmodel.h"
#include "profile.h"
#include "sequencedocument.h"
#include "stepinspector.h"
#include "stepproblem.h"
#include "steptype.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sd;
using dt::step;

namespace {

// The rows a dataChanged spy saw, each with its roles.
QList<QPair<int, QList<int>>> changedRows(const QSignalSpy &spy)
{
    QList<QPair<int, QList<int>>> out;
    for (const QList<QVariant> &args : spy) {
        const auto top = args.at(0).value<QModelIndex>();
        const auto bottom = args.at(1).value<QModelIndex>();
        for (int row = top.row(); row <= bottom.row(); ++row)
            out.append({row, args.at(2).value<QList<int>>()});
    }
    return out;
}

} // namespace

class TestDesignerInspector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;

    std::unique_ptr<SequenceDocument> open(const Sequence &initial)
    {
        const auto made = SequenceStore(*m_library).create(initial);
        auto doc = std::make_unique<SequenceDocument>();
        doc->setLibrary(m_library.get());
        doc->setSequenceId(made.ok() ? made.value.sequence.id : QString());
        return doc;
    }

    // An email, a wait, an update of a field and a stage condition.
    std::unique_ptr<SequenceDocument> openFour()
    {
        Sequence s;
        s.name = "Four steps";
        s.recordType = "lead";
        s.appendStep(step("mail", "email", "wait"));
        Step wait = step("wait", "wait", "upd");
        wait.params = QJsonObject{{"days", 1}, {"hours", 0}};
        s.appendStep(wait);
        s.appendStep(step("upd", "updateField", "stage"));
        s.appendStep(step("stage", "stageCondition"));
        s.start = "mail";
        return open(s);
    }

    static int rowOf(const StepInspector &inspector, const QString &key)
    {
        for (int row = 0; row < inspector.rowCount(); ++row) {
            if (inspector.index(row).data(StepInspector::KeyRole).toString() == key)
                return row;
        }
        return -1;
    }

    static QVariant roleOf(const StepInspector &inspector, const QString &key, int role)
    {
        return inspector.index(rowOf(inspector, key)).data(role);
    }

private slots:
    void init() { dt::openLibrary(m_dir, m_library); }

    void rowPerParameter_data()
    {
        QTest::addColumn<QString>("type");
        for (const StepType &type : StepCatalogue::all())
            QTest::newRow(qPrintable(type.id)) << type.id;
    }

    void rowPerParameter()
    {
        QFETCH(QString, type);
        Sequence s;
        s.name = "One step";
        s.appendStep(step("only", type));
        s.start = "only";
        auto doc = open(s);
        QVERIFY(doc->loaded());
        StepInspector inspector;
        inspector.setDocument(doc.get());
        QCOMPARE(inspector.rowCount(), 0); // nothing selected
        doc->setSelectedId("only");

        const StepType *stepType = StepCatalogue::find(type);
        QCOMPARE(inspector.stepId(), QString("only"));
        QCOMPARE(inspector.stepType(), type);
        QCOMPARE(inspector.typeName(), stepType->translatedName());
        QCOMPARE(inspector.rowCount(), stepType->params.size());
        for (int row = 0; row < inspector.rowCount(); ++row) {
            const ParamSpec &spec = stepType->params.at(row);
            const QModelIndex at = inspector.index(row);
            QCOMPARE(at.data(StepInspector::KeyRole).toString(), spec.key);
            QCOMPARE(at.data(StepInspector::OptionalRole).toBool(), !spec.required);
            QVERIFY(!at.data(StepInspector::LabelRole).toString().isEmpty());
            // Every row names an editor that exists.
            const QString editor = at.data(StepInspector::EditorRole).toString();
            QVERIFY2(QFileInfo::exists(QStringLiteral(SD_SOURCE_DIR "/qml/%1.qml").arg(editor)),
                     qPrintable(spec.key + ": " + editor));
        }
    }

    void rowsShowTheStep()
    {
        auto doc = openFour();
        StepInspector inspector;
        inspector.setDocument(doc.get());
        doc->setSelectedId("wait");
        QCOMPARE(inspector.rowCount(), 2);
        QCOMPARE(roleOf(inspector, "days", StepInspector::ValueRole).toInt(), 1);
        QCOMPARE(roleOf(inspector, "days", StepInspector::EditorRole).toString(),
                 QString("ParamNumber"));
        QCOMPARE(roleOf(inspector, "days", StepInspector::LabelRole).toString(), QString("Days"));
        QCOMPARE(roleOf(inspector, "days", StepInspector::MaxRole).toInt(), 30);
        QCOMPARE(roleOf(inspector, "hours", StepInspector::KindRole).toString(), QString("Hours"));
        QCOMPARE(inspector.icon(), StepCatalogue::find(QStringLiteral("wait"))->icon);
        QVERIFY(!inspector.icon().isEmpty());

        doc->setSelectedId("upd");
        const QVariantList fields = roleOf(inspector, "field", StepInspector::ChoicesRole).toList();
        QVERIFY(!fields.isEmpty());
        QCOMPARE(roleOf(inspector, "value", StepInspector::EditorRole).toString(),
                 QString("ParamFieldValue"));
        QVERIFY(roleOf(inspector, "value", StepInspector::FieldRole).toMap().isEmpty());
    }

    // A change of language while a step is selected (Settings): the labels and the step's
    // header say it in the new language (they stayed in the old one).
    void languageChangeRelabels()
    {
        struct Norwegian : QTranslator
        {
            QString translate(const char *context, const char *source, const char *,
                              int) const override
            {
                return qstrcmp(context, "StepCatalogue") == 0 && qstrcmp(source, "Days") == 0
                           ? QStringLiteral("Dager")
                           : QString();
            }
            [[nodiscard]] bool isEmpty() const override { return false; }
        };
        auto doc = openFour();
        StepInspector inspector;
        inspector.setDocument(doc.get());
        doc->setSelectedId("wait");
        QSignalSpy reset(&inspector, &QAbstractItemModel::modelReset);
        Norwegian norwegian;
        QVERIFY(QCoreApplication::installTranslator(&norwegian));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(roleOf(inspector, "days", StepInspector::LabelRole).toString(), QString("Dager"));
        QCoreApplication::removeTranslator(&norwegian);
    }

    void editChangesItsRowOnly()
    {
        auto doc = openFour();
        StepInspector inspector;
        inspector.setDocument(doc.get());
        doc->setSelectedId("wait");
        QSignalSpy changed(&inspector, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&inspector, &QAbstractItemModel::modelReset);
        const int hours = rowOf(inspector, "hours");

        QVERIFY(inspector.setValue("hours", 5));
        QCOMPARE(changedRows(changed),
                 (QList<QPair<int, QList<int>>>{{hours, {StepInspector::ValueRole}}}));
        QCOMPARE(roleOf(inspector, "hours", StepInspector::ValueRole).toInt(), 5);

        changed.clear();
        doc->undo();
        QCOMPARE(changedRows(changed),
                 (QList<QPair<int, QList<int>>>{{hours, {StepInspector::ValueRole}}}));
        QCOMPARE(roleOf(inspector, "hours", StepInspector::ValueRole).toInt(), 0);

        changed.clear();
        doc->redo();
        QCOMPARE(changedRows(changed),
                 (QList<QPair<int, QList<int>>>{{hours, {StepInspector::ValueRole}}}));
        QCOMPARE(roleOf(inspector, "hours", StepInspector::ValueRole).toInt(), 5);

        // A rename changes the step's texts, no row.
        changed.clear();
        QSignalSpy stepChanged(&inspector, &StepInspector::stepChanged);
        QVERIFY(doc->renameStep("wait", "Pause"));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stepChanged.count(), 1);
        QCOMPARE(inspector.name(), QString("Pause"));
        QCOMPARE(reset.count(), 0);
    }

    void problemsFollowValidation()
    {
        auto doc = openFour();
        StepInspector inspector;
        inspector.setDocument(doc.get());
        doc->setSelectedId("wait");
        doc->flush();
        QVERIFY(roleOf(inspector, "days", StepInspector::ProblemsRole).toList().isEmpty());
        QSignalSpy changed(&inspector, &QAbstractItemModel::dataChanged);

        QVERIFY(inspector.setValue("days", 0)); // a wait of no time at all
        QCOMPARE(changed.count(), 1);
        changed.clear();
        doc->flush();
        const int days = rowOf(inspector, "days");
        QCOMPARE(changedRows(changed),
                 (QList<QPair<int, QList<int>>>{{days, {StepInspector::ProblemsRole}}}));
        const QVariantList problems =
            roleOf(inspector, "days", StepInspector::ProblemsRole).toList();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toMap().value("severity").toString(), QString("error"));

        changed.clear();
        doc->undo();
        doc->flush();
        QVERIFY(roleOf(inspector, "days", StepInspector::ProblemsRole).toList().isEmpty());
        QCOMPARE(changedRows(changed),
                 (QList<QPair<int, QList<int>>>{{days, {StepInspector::ValueRole}},
                                                {days, {StepInspector::ProblemsRole}}}));
    }

    // The side pane lists under the step, as typed values, only the problems that no parameter
    // shows.
    void stepProblemsAreTheOnesOfNoParameter()
    {
        ProblemModel problems;
        problems.setDiagnostics({{"rule.a", Severity::Error, "wait", "Too short", {}, "days"},
                                 {"rule.b", Severity::Warning, "wait", "Never reached", {}, {}},
                                 {"rule.c", Severity::Error, "mail", "No template", {}, {}}},
                                [](const QString &id) { return id; });
        const QVariantList listed = problems.stepProblems("wait");
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().metaType(), QMetaType::fromType<StepProblem>());
        const auto problem = listed.first().value<StepProblem>();
        QCOMPARE(problem.severity, QString("warning"));
        QCOMPARE(problem.code, QString("rule.b"));
        QCOMPARE(problem.message, QString("Never reached"));
        QVERIFY(problems.stepProblems("upd").isEmpty());
    }

    void dependentRowsFollowTheirParameter()
    {
        auto doc = openFour();
        StepInspector inspector;
        inspector.setDocument(doc.get());
        const RecordType *lead = activeProfile().recordType("lead");
        QVERIFY(lead && !lead->processes.isEmpty() && !lead->fields.isEmpty());

        // The stages offered follow the chosen process.
        doc->setSelectedId("stage");
        QVERIFY(roleOf(inspector, "stages", StepInspector::ChoicesRole).toList().isEmpty());
        QSignalSpy changed(&inspector, &QAbstractItemModel::dataChanged);
        QVERIFY(inspector.setValue("process", lead->processes.first().name));
        QCOMPARE(changedRows(changed),
                 (QList<QPair<int, QList<int>>>{
                     {rowOf(inspector, "process"), {StepInspector::ValueRole}},
                     {rowOf(inspector, "stages"), {StepInspector::ChoicesRole}}}));
        QCOMPARE(roleOf(inspector, "stages", StepInspector::ChoicesRole).toList().size(),
                 lead->processes.first().stages.size());

        // The value of "Update field" is typed by the chosen field.
        doc->setSelectedId("upd");
        const Field &field = lead->fields.first();
        QVERIFY(inspector.setValue("field", field.name));
        QCOMPARE(
            roleOf(inspector, "value", StepInspector::FieldRole).toMap().value("value").toString(),
            field.name);
    }

    void selectionResets()
    {
        auto doc = openFour();
        StepInspector inspector;
        inspector.setDocument(doc.get());
        QSignalSpy reset(&inspector, &QAbstractItemModel::modelReset);
        QSignalSpy stepChanged(&inspector, &StepInspector::stepChanged);
        doc->setSelectedId("wait");
        QCOMPARE(reset.count(), 1);
        QCOMPARE(stepChanged.count(), 1);
        doc->setSelectedId("upd");
        QCOMPARE(reset.count(), 2);
        QCOMPARE(inspector.rowCount(), 2);
        QCOMPARE(inspector.stepType(), QString("updateField"));
        // Deleting the selected step selects the one before; undo brings it back.
        doc->setSelectedId("stage");
        QCOMPARE(inspector.stepType(), QString("stageCondition"));
        QVERIFY(doc->deleteStep("stage"));
        QCOMPARE(inspector.stepId(), QString("upd"));
        QCOMPARE(inspector.stepType(), QString("updateField"));
        doc->undo();
        QCOMPARE(inspector.stepId(), QString("stage"));
        QCOMPARE(inspector.rowCount(), 2);
        QCOMPARE(inspector.index(1).data(StepInspector::KeyRole).toString(), QString("stages"));
        doc->setSelectedId({});
        QCOMPARE(inspector.rowCount(), 0);
        QCOMPARE(inspector.stepId(), QString());
    }
};

QTEST_MAIN(TestDesignerInspector)
#include "tst_designerinspector.moc"
