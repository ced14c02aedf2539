// SPDX-License-Identifier: MIT
// Fine-grained canvas updates (issue 14, item 5): an edit changes only the rows of the cards and
// "+" it touches, so the card items of the steps that stay in view are kept, not made again.
// Counts the delegates the canvas's Repeaters make per edit, in the real window.
#include "generate.h"
#include "language.h"
#include "tst_designerhelpers.h"

using namespace sd;
using namespace sd::uitest;

namespace {

// The Repeater below the canvas's world whose model is `model`.
QObject *repeaterOf(QQuickItem *world, QObject *model)
{
    for (QObject *child : world->children()) {
        if (child->inherits("QQuickRepeater") &&
            child->property("model").value<QObject *>() == model)
            return child;
    }
    return nullptr;
}

// The card items on show by step id ("" is the start card).
QHash<QString, QPointer<QQuickItem>> cardsOnShow(QQuickItem *world)
{
    QHash<QString, QPointer<QQuickItem>> out;
    for (QQuickItem *item : world->childItems()) {
        if (item->objectName().startsWith(u"card_") && item->isVisible())
            out.insert(item->property("stepId").toString(), item);
    }
    return out;
}

} // namespace

class TestCanvasRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
    }

    void editKeepsTheOtherCards_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("newCards"); // cards that were not on show before
        QTest::newRow("insert a step") << "insert" << 1;
        QTest::newRow("change a parameter") << "param" << 0;
        QTest::newRow("rename") << "rename" << 0;
        QTest::newRow("delete a step") << "delete" << 0;
        QTest::newRow("undo a delete") << "undo" << 1;
    }

    // Every card on show before and after an edit is the same item: its delegate was kept.
    void editKeepsTheOtherCards()
    {
        QFETCH(QString, edit);
        QFETCH(int, newCards);
        const QString path = m_dir.filePath(edit + ".sqlite");
        const QString id = createIn(path, generateSequence(14));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = designerDocument(w);
        QQuickItem *world = w.item("canvasWorld");
        QVERIFY(doc && world);
        QObject *cardRepeater = repeaterOf(world, doc->canvas()->cards());
        QObject *plusRepeater = repeaterOf(world, doc->canvas()->pluses());
        QVERIFY(cardRepeater && plusRepeater);
        if (edit == u"undo")
            QVERIFY(doc->deleteStep("research0"));
        doc->flush();
        QVERIFY(w.drawn());

        const QHash<QString, QPointer<QQuickItem>> before = cardsOnShow(world);
        QVERIFY(before.contains("email0") && before.contains("wait0"));
        QSignalSpy cardsMade(cardRepeater, SIGNAL(itemAdded(int, QQuickItem *)));
        QSignalSpy plusesMade(plusRepeater, SIGNAL(itemAdded(int, QQuickItem *)));
        if (edit == u"insert")
            QVERIFY(!doc->insertStep("email0", "next", "task").isEmpty());
        else if (edit == u"param")
            QVERIFY(doc->setParam("wait0", "days", 3));
        else if (edit == u"rename")
            QVERIFY(doc->renameStep("email0", "Say hello"));
        else if (edit == u"delete")
            QVERIFY(doc->deleteStep("research0"));
        else
            doc->undo();
        doc->flush(); // the problems are found now, not after the pause
        QVERIFY(w.drawn());
        QVERIFY(w.drawn()); // a step just added is revealed one event later

        const QHash<QString, QPointer<QQuickItem>> after = cardsOnShow(world);
        QStringList remade;
        int kept = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key()))
                continue;
            if (before.value(it.key()) == it.value())
                ++kept;
            else
                remade.append(it.key());
        }
        qInfo("%s: %lld card and %lld \"+\" items made; %d of %lld cards on show kept",
              qPrintable(edit), qlonglong(cardsMade.size()), qlonglong(plusesMade.size()), kept,
              qlonglong(after.size()));
        QVERIFY2(remade.isEmpty(), qPrintable("cards made again: " + remade.join(", ")));
        QVERIFY2(cardsMade.size() <= newCards, qPrintable(QString::number(cardsMade.size())));
        QVERIFY(plusesMade.size() <= 2 * newCards);
        // The kept cards show the edit.
        if (edit == u"rename")
            QCOMPARE(w.item("cardTitle_email0")->property("text").toString(), QString("Say hello"));
        if (edit == u"delete")
            QVERIFY(!after.contains("research0"));
        if (edit == u"undo" || edit == u"insert")
            QTRY_VERIFY(w.item(edit == u"undo" ? "card_research0" : "card_" + doc->selectedId()));
        w.shot("canvas-rows-" + edit);
        w.stop();
    }
};

QTEST_MAIN(TestCanvasRows)
#include "tst_canvasrows.moc"
