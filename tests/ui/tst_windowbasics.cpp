// SPDX-License-Identifier: MIT
// What a new user meets first (issue 12): the focus where typing goes, dialogs that answer
// Return and Escape, the template gallery on every record type, column titles in the language
// just chosen, and a window that shows every label whole down to 1024×640 in both languages.
#include "language.h"
#include "tst_designerhelpers.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QSettings>

using namespace sd;
using namespace sd::uitest;

namespace {

// An email, then a call: passes activation.
Sequence activatable(const QString &name = QStringLiteral("Valid sequence"))
{
    Sequence s = emailThenTask();
    s.name = name;
    QList<Step> steps = s.steps();
    steps[1].type = "phoneCall";
    s.setSteps(steps);
    return s;
}

// Opens the properties pane; true once it has slid fully into the window.
bool showProperties(const Window &w)
{
    if (!w.clickOn("propertiesButton"))
        return false;
    return QTest::qWaitFor([&] {
        QQuickItem *close = w.item("closePropertiesButton");
        if (!close || !close->isVisible())
            return false;
        const double right = close->mapToScene(QPointF(close->width(), 0)).x();
        return right <= w.window()->width() - 4 && right > w.window()->width() - 40;
    });
}

[[nodiscard]] bool isInside(QQuickItem *item, const QStringList &names)
{
    for (QQuickItem *p = item; p; p = p->parentItem()) {
        if (names.contains(p->objectName()))
            return true;
    }
    return false;
}

// The texts of controls that do not show whole: elided, or a word broken over two lines.
// User data (names in the grid, on the canvas, paths) may elide; the program's own labels not.
QStringList cutTexts(QQuickItem *root, const QRectF &window)
{
    QStringList cut;
    if (!root || !root->isVisible() || root->opacity() == 0)
        return cut;
    const QRectF onScreen = root->mapRectToScene(QRectF(0, 0, root->width(), root->height()));
    const bool shown = onScreen.intersects(window) && root->width() > 0;
    if (shown && root->inherits("QQuickText") &&
        !isInside(root, {"sequenceTable", "canvasWorld", "libraryName", "libraryPath",
                         "designerTitle", "templateGrid", "stepProblems"})) {
        const QString text = root->property("text").toString();
        const QFont font = root->property("font").value<QFont>();
        const QFontMetricsF metrics(font);
        const bool wraps = root->property("wrapMode").toInt() != 0;
        if (root->property("truncated").toBool()) {
            cut.append(text + QStringLiteral(" (cut)"));
        } else if (wraps) {
            for (const QString &word : text.split(QRegularExpression("\\s+"), Qt::SkipEmptyParts)) {
                if (metrics.horizontalAdvance(word) > root->width() + 1)
                    cut.append(word + QStringLiteral(" (word broken)"));
            }
        } else if (metrics.horizontalAdvance(text) > root->width() + 2 && root->clip()) {
            cut.append(text + QStringLiteral(" (clipped)"));
        }
    }
    if (shown && root->inherits("QQuickAbstractButton") &&
        root->width() + 1 < root->implicitWidth() &&
        !isInside(root, {"canvasWorld", "problemsList"})) // (the problems' messages wrap)
        cut.append(root->property("text").toString() + u' ' + root->objectName() + u' ' +
                   QString::fromLatin1(root->metaObject()->className()) +
                   QStringLiteral(" (button squeezed)"));
    for (QQuickItem *child : root->childItems())
        cut.append(cutTexts(child, window));
    return cut;
}

// Every text shown in `root` and below it, one string.
QString textsIn(QQuickItem *root)
{
    if (!root)
        return {};
    QString all = root->inherits("QQuickText") ? root->property("text").toString() : QString();
    for (QQuickItem *child : root->childItems())
        all += u' ' + textsIn(child);
    return all;
}

QStringList cutTexts(const Window &w)
{
    const QRectF window(0, 0, w.window()->width(), w.window()->height());
    QStringList cut = cutTexts(w.window()->contentItem(), window);
    cut.removeDuplicates();
    return cut;
}

} // namespace

class TestWindowBasics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool chooseLanguage(Window &w, const QString &code)
    {
        if (!w.clickOn("mainMenuButton") || !w.clickOn("menuSettings") ||
            !w.clickOn("languageChoice") || !w.clickOn("languageOption_" + code))
            return false;
        if (!QTest::qWaitFor([&] { return Language::activeCode() == code; }, 2000))
            return false;
        if (!w.clickOn("settingsClose"))
            return false;
        return QTest::qWaitFor([&] {
            QQuickItem *choice = w.item("languageChoice");
            return !choice || !choice->isVisible();
        });
    }

private slots:
    void initTestCase()
    {
        isolate();
        QSettings().remove("language");
        Language::setStartupOverride("en");
    }

    // Item 7: typing goes to the search field as soon as the window opens.
    void searchHasTheFocusAtStart()
    {
        const QString path = m_dir.filePath("focus.sqlite");
        createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(w.start());
        QTRY_VERIFY(w.window()->activeFocusItem());
        QTRY_COMPARE(w.window()->activeFocusItem()->objectName(), QString("searchField"));
        w.type("UI");
        QTRY_COMPARE(w.item("searchField")->property("text").toString(), QString("UI"));
        w.stop();
    }

    // Item 6: the default button of a dialog has the focus: Return confirms, Escape cancels.
    void dialogsAnswerReturnAndEscape_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("key");
        QTest::newRow("about, Return") << "about"
                                       << "aboutClose" << int(Qt::Key_Return);
        QTest::newRow("about, Escape") << "about"
                                       << "aboutClose" << int(Qt::Key_Escape);
        QTest::newRow("settings, Return") << "settings"
                                          << "settingsClose" << int(Qt::Key_Return);
        QTest::newRow("delete, Return") << "delete"
                                        << "cancelDelete" << int(Qt::Key_Return);
    }
    void dialogsAnswerReturnAndEscape()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, button);
        QFETCH(int, key);
        const QString path = m_dir.filePath("dialogs-" + QString::number(key) + dialog + ".sqlite");
        createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(w.start());
        if (dialog == u"about") {
            QMetaObject::invokeMethod(w.window(), "showDialog", Q_ARG(QString, "about"));
        } else if (dialog == u"settings") {
            QVERIFY(w.clickOn("mainMenuButton"));
            QVERIFY(w.clickOn("menuSettings"));
        } else {
            QQuickItem *cell = w.waitFor("cell_0_name");
            QVERIFY(cell);
            w.click(cell);
            QVERIFY(w.clickOn("deleteButton"));
        }
        QQuickItem *focus = w.waitFor(button);
        QVERIFY(focus);
        QTRY_VERIFY(focus->hasActiveFocus());
        w.key(Qt::Key(key));
        QTRY_VERIFY(!w.item(button) || !w.item(button)->isVisible());
        if (dialog == u"delete") // Return is Cancel there: deleting for good is not the default
            QCOMPARE(w.object("sequenceTableModel")->property("count").toInt(), 1);
        w.stop();
    }

    // Item 6: Return in the activation's confirmation activates.
    void returnActivates()
    {
        const QString path = m_dir.filePath("activate.sqlite");
        const QString id = createIn(path, activatable());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *activate = findItem(w.item("designerPage"), "activateButton");
        QVERIFY(activate);
        w.click(activate);
        QQuickItem *confirm = w.waitFor("confirmActivate");
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->hasActiveFocus());
        w.key(Qt::Key_Return);
        QTRY_VERIFY(designerDocument(w)->active());
        w.stop();
    }

    // Item 16: the gallery opens on every record type, with the filter beside it.
    void galleryOpensOnAllRecordTypes()
    {
        Window w(m_dir.filePath("gallery.sqlite"));
        QVERIFY(w.start());
        QMetaObject::invokeMethod(w.window(), "showDialog", Q_ARG(QString, "gallery"));
        QQuickItem *filter = w.waitFor("galleryRecordType");
        QVERIFY(filter);
        QTRY_COMPARE(filter->property("currentText").toString(), QString("All record types"));
        QObject *model = w.object("templateGalleryModel");
        QVERIFY(model);
        const int all = model->property("count").toInt();
        QVERIFY(choose(filter, "lead"));
        QTRY_VERIFY(model->property("count").toInt() < all);
        QVERIFY(choose(filter, ""));
        QTRY_COMPARE(model->property("count").toInt(), all);
        w.stop();
    }

    // Item 18: the grid's column titles follow a change of language at once.
    void columnTitlesFollowTheLanguage()
    {
        const QString path = m_dir.filePath("titles.sqlite");
        createIn(path, emailThenTask());
        Window w(path);
        QVERIFY(w.start());
        QVERIFY(w.waitFor("header_name"));
        QVERIFY(textsIn(w.item("header_name")).contains("Name"));
        QVERIFY(chooseLanguage(w, "nb"));
        QTRY_VERIFY(textsIn(w.item("header_name")).contains("Navn"));
        QTRY_VERIFY(textsIn(w.item("cell_0_status")).contains("Inaktiv"));
        QVERIFY(chooseLanguage(w, "en"));
        QTRY_VERIFY(textsIn(w.item("header_name")).contains("Name"));
        w.stop();
        QSettings().remove("language");
    }

    // Item 17: at the smallest size, in both languages, no label of the program is cut.
    void nothingCutAtTheSmallestSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << "en";
        QTest::newRow("Norwegian") << "nb";
    }
    void nothingCutAtTheSmallestSize()
    {
        QFETCH(QString, language);
        const QString path = m_dir.filePath("small-" + language + ".sqlite");
        const QString id = createIn(path, activatable("Lead qualification"));
        Window w(path);
        QVERIFY(w.start());
        if (language != u"en")
            QVERIFY(chooseLanguage(w, language));
        w.window()->resize(1024, 640);
        QTRY_COMPARE(w.window()->contentItem()->width(), 1024.0);
        QVERIFY(w.waitFor("sequenceTable"));
        QVERIFY(w.waitFor("cell_0_name")); // the table has laid out its row
        QVERIFY(w.drawn());
        QStringList cut = cutTexts(w);
        w.shot("small-home-" + language);

        QVERIFY(showSequence(w, id));
        // A card named by its type, a long word in Norwegian: set smaller, not broken.
        const QString stage = designerDocument(w)->insertStep("mail", "next", "stageCondition");
        // The edit is validated a moment later, and "Problems (n)" grows then: have it now, so
        // the toolbar checked below is the one after it.
        designerDocument(w)->flush();
        QQuickItem *stageTitle = w.waitFor("cardTitle_" + stage);
        QVERIFY(stageTitle);
        QTRY_VERIFY(stageTitle->width() > 0); // the card is laid out: its title's size is known
        QVERIFY(w.drawn());
        const QFontMetricsF titleMetrics(stageTitle->property("font").value<QFont>());
        for (const QString &word : stageTitle->property("text").toString().split(u' ')) {
            if (titleMetrics.horizontalAdvance(word) > stageTitle->width() + 1)
                cut.append(word + QStringLiteral(" (word broken on a card)"));
        }
        QMetaObject::invokeMethod(w.item("designerPage"), "centreOn", Q_ARG(QString, stage));
        w.shot("small-card-" + language);
        designerDocument(w)->setSelectedId("mail");
        QVERIFY(w.clickOn("paletteButton"));
        QVERIFY(w.waitFor("stepPalette"));
        QVERIFY(w.drawn()); // the split view has made room for the palette
        cut.append(cutTexts(w));
        w.shot("small-designer-" + language);

        QVERIFY(w.clickOn("editMenuButton"));
        QVERIFY(w.waitFor("deleteMenuItem"));
        QTRY_VERIFY(w.isOpen("editMenu"));
        cut.append(cutTexts(w));
        w.shot("small-edit-menu-" + language);
        w.key(Qt::Key_Escape);

        QVERIFY(showProperties(w));
        QTRY_VERIFY(w.isOpen("propertiesPane"));
        cut.append(cutTexts(w));
        w.shot("small-properties-" + language);
        cut.removeDuplicates();
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"\n")));
        QCOMPARE(w.window()->minimumSize(), QSize(1024, 640)); // and no smaller
        w.stop();
        QSettings().remove("language");
    }
};

QTEST_MAIN(TestWindowBasics)
#include "tst_windowbasics.moc"
