// SPDX-License-Identifier: MIT
// The canvas's card and "+" models after a change of the sequence, its problems or marks: no
// reset; a card or "+" still in view keeps its row, with dataChanged for the roles that changed;
// rows come and go only for the cards and "+" that came and went; and the rows then show what a
// model made afresh shows.
#include "canvasmodel.h"
#include "generate.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace sd;

namespace {

// What each shown row shows (spares left out): every role's value by role name.
QMap<QString, QVariantMap> rowsById(const QAbstractItemModel &model, int idRole)
{
    QMap<QString, QVariantMap> out;
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex at = model.index(row, 0);
        if (!at.data(ViewportModel::ShownRole).toBool())
            continue;
        QVariantMap values;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            values.insert(QString::fromUtf8(it.value()), at.data(it.key()));
        out.insert(at.data(idRole).toString(), values);
    }
    return out;
}

QString plusKey(const QModelIndex &at)
{
    return at.data(PlusModel::ParentIdRole).toString() + u'/' +
           at.data(PlusModel::BranchRole).toString();
}

// Records the row signals of a model.
struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    [[nodiscard]] static int rows(const QSignalSpy &spy)
    {
        int n = 0;
        for (const QList<QVariant> &args : spy)
            n += args.at(2).toInt() - args.at(1).toInt() + 1;
        return n;
    }
    // The roles of the dataChanged signals by row.
    [[nodiscard]] QMap<int, QList<int>> changedRoles() const
    {
        QMap<int, QList<int>> out;
        for (const QList<QVariant> &args : changed) {
            const int row = args.at(0).toModelIndex().row();
            QList<int> roles = args.at(2).value<QList<int>>();
            std::sort(roles.begin(), roles.end());
            out.insert(row, roles);
        }
        return out;
    }
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy changed;
};

// Says the branch labels in Norwegian.
class BranchTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "CanvasModel") != 0)
            return {};
        return qstrcmp(source, "Yes") == 0  ? QStringLiteral("Ja")
               : qstrcmp(source, "No") == 0 ? QStringLiteral("Nei")
                                            : QString();
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

} // namespace

class TestDesignerCanvasRows : public QObject
{
    Q_OBJECT

    // Every row shows what a canvas made afresh on the same sequence and viewport shows.
    static void compareWithFresh(CanvasModel &canvas, const Sequence &sequence,
                                 const Diagnostics &problems = {})
    {
        CanvasModel fresh;
        fresh.setSequence(sequence);
        fresh.setDiagnostics(problems);
        fresh.setViewport(canvas.viewport());
        QCOMPARE(rowsById(*canvas.cards(), CardModel::IdRole),
                 rowsById(*fresh.cards(), CardModel::IdRole));
        QCOMPARE(canvas.pluses()->shownCount(), fresh.pluses()->shownCount());
        QStringList shown, wanted;
        for (int row = 0; row < canvas.pluses()->rowCount(); ++row) {
            if (canvas.pluses()->itemAt(row) >= 0)
                shown.append(plusKey(canvas.pluses()->index(row)));
        }
        for (int row = 0; row < fresh.pluses()->rowCount(); ++row)
            wanted.append(plusKey(fresh.pluses()->index(row)));
        shown.sort();
        wanted.sort();
        QCOMPARE(shown, wanted);
    }

private slots:
    void editChangesOnlyItsRows_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("cardsIn");
        QTest::addColumn<int>("cardsOut");
        QTest::addColumn<int>("plusesIn");
        QTest::addColumn<int>("plusesOut");
        QTest::newRow("insert") << "insert" << 1 << 0 << 1 << 0;
        QTest::newRow("parameter") << "param" << 0 << 0 << 0 << 0;
        QTest::newRow("rename") << "rename" << 0 << 0 << 0 << 0;
        QTest::newRow("delete") << "delete" << 0 << 1 << 0 << 1;
    }

    // With the whole tree in view: the rows of cards that stay keep their card.
    void editChangesOnlyItsRows()
    {
        QFETCH(QString, edit);
        QFETCH(int, cardsIn);
        QFETCH(int, cardsOut);
        QFETCH(int, plusesIn);
        QFETCH(int, plusesOut);
        Sequence sequence = generateSequence(14);
        CanvasModel canvas;
        QAbstractItemModelTester cardTester(canvas.cards());
        QAbstractItemModelTester plusTester(canvas.pluses());
        canvas.setSequence(sequence);
        canvas.setViewport(canvas.bounds().adjusted(-500, -500, 500, 1000));
        QCOMPARE(canvas.cards()->rowCount(), 15);
        QList<QPersistentModelIndex> rows;
        for (int row = 0; row < canvas.cards()->rowCount(); ++row)
            rows.append(canvas.cards()->index(row));
        QStringList ids;
        for (const QPersistentModelIndex &row : std::as_const(rows))
            ids.append(row.data(CardModel::IdRole).toString());

        if (edit == u"insert") {
            Step task;
            task.id = "added";
            task.type = "task";
            QVERIFY(sequence.insertStep({"email0", Branch::Next}, task));
        } else if (edit == u"param") {
            QVERIFY(sequence.setParams("wait0", {{"days", 3}, {"hours", 0}}));
        } else if (edit == u"rename") {
            QVERIFY(sequence.rename("email0", "Say hello"));
        } else {
            QVERIFY(sequence.deleteStep("research0"));
        }
        Signals cards(canvas.cards());
        Signals pluses(canvas.pluses());
        canvas.setSequence(sequence);

        QCOMPARE(cards.resets.size(), 0);
        QCOMPARE(pluses.resets.size(), 0);
        QCOMPARE(Signals::rows(cards.inserted), cardsIn);
        QCOMPARE(Signals::rows(cards.removed), cardsOut);
        QCOMPARE(Signals::rows(pluses.inserted), plusesIn);
        QCOMPARE(Signals::rows(pluses.removed), plusesOut);
        // A card that stays is in the row it was in.
        for (qsizetype k = 0; k < rows.size(); ++k) {
            if (sequence.contains(ids[k]) || ids[k].isEmpty())
                QCOMPARE(rows[k].data(CardModel::IdRole).toString(), ids[k]);
            else
                QVERIFY(!rows[k].isValid());
        }
        // Only the roles that changed: a parameter changes the summary, not the place.
        const QMap<int, QList<int>> changed = cards.changedRoles();
        if (edit == u"param") {
            QCOMPARE(changed.size(), 1);
            QCOMPARE(canvas.cards()->index(changed.firstKey()).data(CardModel::IdRole).toString(),
                     QString("wait0"));
            QCOMPARE(changed.first(),
                     (QList<int>{CardModel::SummaryRole, CardModel::AccessibleDescriptionRole}));
        }
        if (edit == u"rename") {
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first(),
                     (QList<int>{CardModel::NameRole, CardModel::AccessibleNameRole}));
        }
        compareWithFresh(canvas, sequence);
    }

    // Part of the tree in view: an insert near the top pushes cards out below; the rows follow.
    void cardsLeaveAndArrive()
    {
        Sequence sequence = generateSequence(70);
        CanvasModel canvas;
        QAbstractItemModelTester cardTester(canvas.cards());
        QAbstractItemModelTester plusTester(canvas.pluses());
        canvas.setSequence(sequence);
        const QRectF start = canvas.nodeRect("");
        canvas.setViewport(QRectF(start.center() - QPointF(600, 100), QSizeF(1200, 700)));
        const int before = canvas.cards()->rowCount();
        QVERIFY(before > 3);
        Signals cards(canvas.cards());
        for (int k = 0; k < 3; ++k) {
            Step task;
            task.id = QStringLiteral("added%1").arg(k);
            task.type = "task";
            QVERIFY(sequence.insertStep({"", Branch::Next}, task));
            canvas.setSequence(sequence);
            compareWithFresh(canvas, sequence);
        }
        QCOMPARE(cards.resets.size(), 0);
        QVERIFY(canvas.cards()->rowCount() > 0);
        for (int k = 0; k < 3; ++k)
            QVERIFY(sequence.deleteStep(QStringLiteral("added%1").arg(k)));
        canvas.setSequence(sequence);
        compareWithFresh(canvas, sequence);
        QCOMPARE(canvas.cards()->rowCount(), before);
        QCOMPARE(cards.resets.size(), 0);
    }

    // Spare rows (kept after a pan showed fewer cards) are given to the cards an edit brings into
    // view, and the spares left over go: the shown rows are what a fresh canvas shows.
    void editAfterSpares()
    {
        Sequence sequence = generateSequence(200);
        CanvasModel canvas;
        QAbstractItemModelTester cardTester(canvas.cards());
        QAbstractItemModelTester plusTester(canvas.pluses());
        canvas.setSequence(sequence);
        const QRectF start = canvas.nodeRect("");
        canvas.setViewport(QRectF(start.center() - QPointF(1200, 100), QSizeF(2400, 1400)));
        canvas.setViewport(QRectF(start.center() - QPointF(600, 100), QSizeF(1200, 700)));
        QVERIFY(canvas.cards()->rowCount() > canvas.cards()->shownCount());
        QVERIFY(canvas.pluses()->rowCount() > canvas.pluses()->shownCount());
        Signals cards(canvas.cards());
        Step task;
        task.id = QStringLiteral("added");
        task.type = "task";
        QVERIFY(sequence.insertStep({"", Branch::Next}, task));
        canvas.setSequence(sequence);
        compareWithFresh(canvas, sequence);
        QCOMPARE(cards.inserted.size(), 0); // the new card took a spare's row
        QCOMPARE(canvas.cards()->rowCount(), canvas.cards()->shownCount());
        QCOMPARE(canvas.pluses()->rowCount(), canvas.pluses()->shownCount());
    }

    // The canvas answers "the card above" from a table made once per layout: as the sequence
    // does, after every edit.
    void cardAboveFollowsEdits()
    {
        Sequence sequence = generateSequence(21);
        CanvasModel canvas;
        const auto check = [&] {
            canvas.setSequence(sequence);
            for (const Step &s : sequence.steps()) {
                const std::optional<LinkRef> in = sequence.incomingLink(s.id);
                QCOMPARE(canvas.neighbour(s.id, "up"), in ? in->parentId : s.id);
            }
        };
        check();
        QVERIFY(sequence.deleteStep("research7"));
        check();
        QVERIFY(sequence.moveStep("task0", {"opened7", Branch::No}));
        check();
    }

    // New problems change the badge roles of their cards only.
    void problemsChangeOnlyTheirCards()
    {
        const Sequence sequence = generateSequence(14);
        CanvasModel canvas;
        QAbstractItemModelTester tester(canvas.cards());
        canvas.setSequence(sequence);
        canvas.setViewport(canvas.bounds());
        Diagnostic problem;
        problem.code = "test";
        problem.stepId = "wait0";
        problem.message = "A problem.";
        Signals cards(canvas.cards());
        canvas.setDiagnostics({problem});
        const QMap<int, QList<int>> changed = cards.changedRoles();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(canvas.cards()->index(changed.firstKey()).data(CardModel::IdRole).toString(),
                 QString("wait0"));
        QCOMPARE(changed.first(), (QList<int>{CardModel::SeverityRole, CardModel::ProblemCountRole,
                                              CardModel::AccessibleDescriptionRole}));
        compareWithFresh(canvas, sequence, {problem});
        canvas.setDiagnostics({problem}); // the same problems: no signal
        QCOMPARE(cards.changed.size(), 1);
    }

    // A change of language while the canvas shows (Settings): the kept rows say their texts
    // anew, so their delegates show the new language (the Yes of a kept "+" stayed English).
    void languageChangeRefreshesTheRows()
    {
        const Sequence sequence = generateSequence(14);
        CanvasModel canvas;
        canvas.setSequence(sequence);
        canvas.setViewport(canvas.bounds().adjusted(-500, -500, 500, 1000));
        QStringList labels;
        for (int row = 0; row < canvas.pluses()->rowCount(); ++row)
            labels.append(canvas.pluses()->index(row).data(PlusModel::LabelRole).toString());
        QVERIFY(labels.contains("Yes"));
        Signals cards(canvas.cards());
        Signals pluses(canvas.pluses());
        BranchTranslator norwegian;
        QVERIFY(QCoreApplication::installTranslator(&norwegian));
        // Every row, with every role.
        const auto changedRows = [](const QSignalSpy &spy) {
            int n = 0;
            for (const QList<QVariant> &args : spy) {
                n += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
                if (!args.at(2).value<QList<int>>().isEmpty())
                    return -1;
            }
            return n;
        };
        QCOMPARE(changedRows(pluses.changed), canvas.pluses()->rowCount());
        QCOMPARE(changedRows(cards.changed), canvas.cards()->rowCount());
        QCOMPARE(pluses.resets.count() + pluses.inserted.count() + pluses.removed.count(), 0);
        QCoreApplication::removeTranslator(&norwegian);
    }
};

QTEST_MAIN(TestDesignerCanvasRows)
#include "tst_designercanvasrows.moc"
