// SPDX-License-Identifier: MIT
// One kind of card per step, with one key and one accent (StepGroup, StepStyle): the canvas
// model, the template gallery's small flows and the picture export colour a step alike.
#include "canvasmodel.h"
#include "stepstyle.h"
#include "steptype.h"
#include "templategallery.h"
#include "theme.h"

#include <QGuiApplication>
#include <QStandardPaths>
#include <QTest>

using namespace sd;

class TestDesignerStepStyle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keysRoundTrip()
    {
        const QMetaEnum kinds = QMetaEnum::fromType<StepGroup::Kind>();
        QCOMPARE(kinds.keyCount(), 6);
        for (int i = 0; i < kinds.keyCount(); ++i) {
            const auto kind = StepGroup::Kind(kinds.value(i));
            QCOMPARE(StepGroup::ofKey(StepGroup::key(kind)), kind);
            for (const bool dark : {false, true}) {
                QVERIFY(StepGroup::color(kind, dark).isValid());
                QCOMPARE(StepGroup::colors(dark).at(i).value<QColor>(),
                         StepGroup::color(kind, dark));
                QCOMPARE(StepStyle::color(StepGroup::key(kind), dark),
                         StepGroup::color(kind, dark));
            }
        }
        QCOMPARE(StepGroup::ofKey(u"no such kind"), StepGroup::Kind::Unknown);
        QCOMPARE(StepGroup::ofType("no such type"), StepGroup::Kind::Unknown);
    }

    void everyTypeHasItsGroupsAccent()
    {
        for (const StepType &t : StepCatalogue::all()) {
            const StepGroup::Kind kind = StepGroup::ofType(t.id);
            QCOMPARE(kind, StepGroup::of(t.group));
            QVERIFY(kind != StepGroup::Kind::Start && kind != StepGroup::Kind::Unknown);
            QVERIFY2(!StepStyle::glyph(t.icon).isEmpty(), qPrintable(t.id));
        }
        QCOMPARE(StepStyle::glyph("ab-test"), "A/B");
        QCOMPARE(StepStyle::glyph("linkedin-connect"), "in");
    }

    // The gallery's small flows used kinds of their own ("wait" in grey, the start in the
    // palette's mid tone): now the canvas's.
    void galleryUsesTheCanvasKinds()
    {
        TemplateGallery gallery;
        gallery.reload();
        QVERIFY(gallery.count() > 0);
        int waits = 0;
        for (int row = 0; row < gallery.count(); ++row) {
            const QVariantList nodes =
                gallery.data(gallery.index(row), TemplateGallery::NodesRole).toList();
            QCOMPARE(nodes.first().toMap().value("kind").toString(), "start");
            for (const QVariant &n : nodes) {
                const QString kind = n.toMap().value("kind").toString();
                QCOMPARE(StepGroup::key(StepGroup::ofKey(kind)), kind);
                QVERIFY(kind != u"unknown");
                waits += kind == u"wait";
            }
        }
        QCOMPARE(waits, 0);
    }
};

QTEST_MAIN(TestDesignerStepStyle)
#include "tst_designerstepstyle.moc"
