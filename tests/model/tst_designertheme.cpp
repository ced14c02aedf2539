// SPDX-License-Identifier: MIT
// The colours of the window keep WCAG 2.x AA contrast on the light and the dark palette
// (issue 12, item 23): body text on the window and on fields, each step group's colour under
// its icon and beside the card, the problem badges under their counts, error and warning text,
// a comparison's badges under their words and the frames they draw around cards (issue 17).
// Text needs 4.5:1; icons and shapes (WCAG 1.4.11) 3:1.
#include "theme.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace sd;

namespace {

constexpr double textRatio = 4.5;
constexpr double shapeRatio = 3.0;

const char *const groups[] = {"start", "steps", "conditions", "commands", "linkedin", "unknown"};
// A comparison's kinds; all but Property also frame a card on the canvas.
const char *const diffKinds[] = {"Added", "Changed", "Moved", "Removed", "Property"};
const char *const framedDiffKinds[] = {"Added", "Changed", "Moved", "Removed"};

QString ratioText(const char *what, const QColor &a, const QColor &b, double ratio)
{
    return QStringLiteral("%1: %2 on %3 is %4:1")
        .arg(QLatin1String(what), a.name(), b.name())
        .arg(ratio, 0, 'f', 2);
}

} // namespace

class TestDesignerTheme : public QObject
{
    Q_OBJECT

    // Checks `fg` on `bg` reaches `minimum`, naming the pair when it does not.
    static void expect(const char *what, const QColor &fg, const QColor &bg, double minimum)
    {
        const double ratio = Theme::contrast(fg, bg);
        QVERIFY2(ratio >= minimum, qPrintable(ratioText(what, fg, bg, ratio)));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("SequenceDesignerTest");
        QCoreApplication::setApplicationName("tst_designertheme");
        QSettings().clear();
    }

    void contrastFormula()
    {
        QCOMPARE(Theme::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(Theme::contrast(Qt::white, Qt::white), 1.0);
        // #767676 is the lightest grey that passes 4.5:1 on white.
        QVERIFY(Theme::contrast(QColor("#767676"), Qt::white) >= 4.5);
        QVERIFY(Theme::contrast(QColor("#777777"), Qt::white) < 4.5);
    }

    void contrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void contrast()
    {
        QFETCH(bool, dark);
        const QPalette p = Theme::palette(dark);
        const QColor window = p.color(QPalette::Window);
        const QColor base = p.color(QPalette::Base);
        const QColor alternate = p.color(QPalette::AlternateBase);
        QCOMPARE(window.lightnessF() < 0.5, dark);

        expect("window text", p.color(QPalette::WindowText), window, textRatio);
        expect("field text", p.color(QPalette::Text), base, textRatio);
        expect("alternate row text", p.color(QPalette::Text), alternate, textRatio);
        expect("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button), textRatio);
        expect("selected text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight),
               textRatio);
        expect("a card's summary", p.color(QPalette::PlaceholderText), base, textRatio);
        expect("tooltip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase),
               textRatio);
        expect("link", p.color(QPalette::Link), window, textRatio);

        const auto c = [dark](const char *role) { return Theme::color(QLatin1String(role), dark); };
        // A group's icon square holds the icon or a glyph (SMS, A/B: small text) and sits on
        // the card (the palette's base), as does the card's coloured edge.
        for (const char *group : groups) {
            QVERIFY2(c(group).isValid(), group);
            expect(group, c("onAccent"), c(group), textRatio);
            expect(group, c(group), base, shapeRatio);
        }
        expect("error badge", c("onError"), c("error"), textRatio);
        expect("warning badge", c("onWarning"), c("warning"), textRatio);
        expect("error border", c("error"), base, shapeRatio);
        expect("active badge", c("onOk"), c("ok"), textRatio);
        expect("automated flash", c("onAutomated"), c("automated"), textRatio);
        // The frame is drawn just outside the card: beside it, on the canvas (QML's
        // Qt.darker(base, 1.03)); a removed step's ghost is framed as well as the others.
        const QColor canvas = base.darker(103);
        for (const char *kind : diffKinds) {
            const QByteArray role = QByteArray("diff") + kind;
            const QByteArray onRole = QByteArray("onDiff") + kind;
            expect(role.constData(), c(onRole.constData()), c(role.constData()), textRatio);
        }
        for (const char *kind : framedDiffKinds) {
            const QByteArray frame = QByteArray("diff") + kind + "Frame";
            expect(frame.constData(), c(frame.constData()), base, shapeRatio);
            expect(frame.constData(), c(frame.constData()), canvas, shapeRatio);
        }
        for (const QColor &bg : {window, base, alternate}) {
            expect("error text", c("errorText"), bg, textRatio);
            expect("warning text", c("warningText"), bg, textRatio);
            expect("ok text", c("ok"), bg, textRatio);
        }
    }

    // Every role has both values, and the map QML reads follows the application palette.
    // QML's Theme.colors names every role of the table, and nothing else, each filled.
    void colorsNameEveryRole()
    {
        const QMetaObject &meta = ThemeColors::staticMetaObject;
        QStringList properties;
        for (int i = meta.propertyOffset(); i < meta.propertyCount(); ++i)
            properties << QString::fromLatin1(meta.property(i).name());
        QCOMPARE(properties, Theme::roles());
        const ThemeColors colors = Theme::colors();
        for (const QString &role : Theme::roles()) {
            const QVariant value =
                meta.property(meta.indexOfProperty(qPrintable(role))).readOnGadget(&colors);
            QCOMPARE(value.value<QColor>(), Theme::color(role, Theme::dark()));
        }
    }

    void schemeFollowsThePalette()
    {
        for (const QString &role : Theme::roles()) {
            QVERIFY2(Theme::color(role, false).isValid(), qPrintable(role));
            QVERIFY2(Theme::color(role, true).isValid(), qPrintable(role));
        }
        Theme theme;
        QSignalSpy changed(&theme, &Theme::changed);
        Theme::setScheme(QStringLiteral("dark"));
        QTRY_VERIFY(changed.count() > 0);
        QVERIFY(Theme::dark());
        QCOMPARE(Theme::scheme(), QStringLiteral("dark"));
        QCOMPARE(Theme::colors().steps, Theme::color("steps", true));
        Theme::setScheme(QStringLiteral("light"));
        QVERIFY(!Theme::dark());
        QCOMPARE(Theme::colors().steps, Theme::color("steps", false));
        Theme::setScheme(QStringLiteral("purple"));
        QCOMPARE(Theme::scheme(), QStringLiteral("light"));
        QSettings().clear();
    }
};

QTEST_MAIN(TestDesignerTheme)
#include "tst_designertheme.moc"
