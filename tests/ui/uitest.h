// SPDX-License-Identifier: MIT
#pragma once
// Drives the real main window offscreen: a temporary library, the window of Main.qml, and
// helpers to find items by objectName, click, type and grab a picture.

#include "librarysession.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(SequenceDesignerPlugin)

namespace sd::uitest {

// A warning from QML (a binding loop, an undefined property, a failed type check) is a defect of
// the window even when the test's checks pass: it fails the test function it happens in.
[[nodiscard]] inline bool isQmlWarning(QtMsgType type, const QMessageLogContext &context,
                                       const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return false;
    const QLatin1StringView category(context.category ? context.category : "");
    return category.startsWith(QLatin1StringView("qml")) ||
           category.startsWith(QLatin1StringView("js")) || message.contains(u"qrc:/") ||
           message.contains(QLatin1StringView("QML "));
}

inline QtMessageHandler &previousMessageHandler()
{
    static QtMessageHandler previous = nullptr;
    return previous;
}

inline void failOnQmlWarnings(QtMsgType type, const QMessageLogContext &context,
                              const QString &message)
{
    if (QtMessageHandler previous = previousMessageHandler())
        previous(type, context, message);
    if (isQmlWarning(type, context, message) && QTest::currentTestFunction())
        QTest::qFail(qPrintable(QStringLiteral("QML warning: ") + message), __FILE__, __LINE__);
}

// Settings and the templates folder go to a test location, never the user's, and one of their own
// per test program: ctest runs them in parallel, and one's language or columns must not leak into
// another's. QML warnings fail the test.
inline void isolate()
{
    if (!previousMessageHandler())
        previousMessageHandler() = qInstallMessageHandler(failOnQmlWarnings);
    QStandardPaths::setTestModeEnabled(true);
    const QString program = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    QGuiApplication::setApplicationName("Sequence Designer");
    QGuiApplication::setOrganizationName("SequenceDesignerTests-" + program);
    QQuickStyle::setStyle("Fusion");
}

inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// One main window on a library file of its own.
class Window
{
public:
    // `libraryPath` empty: a new library in a temporary folder.
    explicit Window(const QString &libraryPath = {})
        : m_libraryPath(libraryPath.isEmpty() ? m_dir.filePath("library.sqlite") : libraryPath)
    {
    }

    bool start()
    {
        if (!load())
            return false;
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window);
    }
    // Makes the window as the program does, without waiting for it to show (nothing drawn yet).
    bool load()
    {
        LibrarySession::setStartupPath(m_libraryPath);
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->load(QUrl(QStringLiteral("qrc:/SequenceDesigner/Main.qml")));
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().value(0));
        return m_window != nullptr;
    }
    // Closes the window and its engine, as quitting would (settings are written).
    void stop()
    {
        if (m_window)
            m_window->close();
        m_engine.reset();
        m_window = nullptr;
    }

    [[nodiscard]] QString libraryPath() const { return m_libraryPath; }
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] QQmlApplicationEngine *engine() const { return m_engine.get(); }

    // The item called `name`, in the window or in an open popup (popups live in the overlay).
    [[nodiscard]] QQuickItem *item(const QString &name) const
    {
        return m_window ? findItem(m_window->contentItem(), name) : nullptr;
    }
    // Waits until the item exists and is visible (popups open with a transition).
    [[nodiscard]] QQuickItem *waitFor(const QString &name, int timeoutMs = 3000) const
    {
        QQuickItem *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                found = item(name);
                return found && found->isVisible();
            },
            timeoutMs);
        return found && found->isVisible() ? found : nullptr;
    }

    // True when the popup (Popup, Dialog, Menu, Drawer) called `name` is open and its opening
    // transition has ended: a click during the transition can miss, a picture shows it half drawn.
    [[nodiscard]] bool isOpen(const QString &name) const
    {
        QObject *popup = object(name);
        return popup && popup->property("opened").toBool();
    }
    // Waits until the window has drawn a frame after now: layouts and text sizes are settled then
    // (the polish before each frame does them), which a check of what shows on screen needs.
    [[nodiscard]] bool drawn(int timeoutMs = 3000) const
    {
        QSignalSpy frames(m_window, &QQuickWindow::frameSwapped);
        m_window->update();
        return QTest::qWaitFor([&] { return !frames.isEmpty(); }, timeoutMs);
    }

    void click(QQuickItem *target, Qt::MouseButton button = Qt::LeftButton) const
    {
        QTest::mouseClick(m_window, button, {}, centre(target));
    }
    void doubleClick(QQuickItem *target) const
    {
        QTest::mouseDClick(m_window, Qt::LeftButton, {}, centre(target));
    }
    void drag(QPoint from, QPoint to) const
    {
        QTest::mousePress(m_window, Qt::LeftButton, {}, from);
        const int steps = 12;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(m_window, from + (to - from) * i / steps, 10);
        QTest::mouseRelease(m_window, Qt::LeftButton, {}, to);
    }
    void type(const QString &text) const
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, m_window, Qt::Key_unknown, QString(c), {});
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) const
    {
        QTest::keyClick(m_window, key, modifiers);
    }

    // Clicks the item called `name` once it shows and stays where it is (an item just shown may
    // still move while its layouts settle); false when it never does.
    bool clickOn(const QString &name) const
    {
        QQuickItem *target = steady([&] { return item(name); }, 5000);
        if (!target)
            return false;
        click(target);
        return true;
    } // A QObject (not necessarily an item, e.g. a model) called `name` below the window.
    [[nodiscard]] QObject *object(const QString &name) const
    {
        return m_window ? findObject(m_window->contentItem(), name) : nullptr;
    }
    [[nodiscard]] static QObject *findObject(QQuickItem *root, const QString &name)
    {
        if (QObject *own = root->findChild<QObject *>(name, Qt::FindDirectChildrenOnly))
            return own;
        for (QQuickItem *child : root->childItems()) {
            if (QObject *found = findObject(child, name))
                return found;
        }
        return nullptr;
    }
    // Replaces the text of the focused field as a user would: select all, then type.
    void retype(const QString &text) const
    {
        key(Qt::Key_A, Qt::ControlModifier);
        key(Qt::Key_Delete);
        type(text);
    }

    [[nodiscard]] static QPoint centre(QQuickItem *item)
    {
        return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    }

    // Waits until `item` is visible and keeps its place and size across a drawn frame: a pane
    // that slides in, a canvas that narrows beside a panel, a list that lays out its rows, a
    // view that scrolls to a card have finished then.
    [[nodiscard]] bool settled(QQuickItem *item, int timeoutMs = 3000) const
    {
        const QPointer<QQuickItem> guard(item);
        return steady([&] { return guard.data(); }, timeoutMs) != nullptr;
    }
    // The item `find` gives once it is visible and keeps its place and size across a drawn
    // frame; `find` is asked anew each time, as a popup may make its items again meanwhile.
    template <typename Find> [[nodiscard]] QQuickItem *steady(Find find, int timeoutMs) const
    {
        QQuickItem *found = nullptr;
        QRectF last;
        const bool still = QTest::qWaitFor(
            [&] {
                if (!drawn())
                    return false;
                found = find();
                const QRectF now = found && found->isVisible()
                                       ? found->mapRectToScene(found->boundingRect())
                                       : QRectF();
                const bool same = !now.isNull() && now == last;
                last = now;
                return same;
            },
            timeoutMs);
        return still ? found : nullptr;
    }

    // Saves a picture of the window, once a frame has been drawn after now, for people to look
    // at: in SD_SCREENSHOT_DIR when set. A picture is not a check: this asserts nothing.
    void shot(const QString &name) const { (void)grab(name); }

    // Renders the window once a frame has been drawn after now; with SD_SCREENSHOT_DIR set
    // also saves it there as `<name>.png`.
    QImage grab(const QString &name) const
    {
        (void)drawn();
        const QImage image = m_window->grabWindow();
        const QString dir = qEnvironmentVariable("SD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            image.save(QDir(dir).filePath(name + ".png"));
        }
        return image;
    }

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

// Opens sequence `id` in the designer of the started window and waits until the canvas shows
// it: the page's push transition has ended and the start card is there.
inline bool showSequence(Window &w, const QString &id)
{
    QMetaObject::invokeMethod(w.window(), "openSequence", Q_ARG(QString, id));
    QQuickItem *pages = w.item("pages");
    return pages && QTest::qWaitFor([&] { return !pages->property("busy").toBool(); }) &&
           w.waitFor("card_start") != nullptr;
}

// True when the picture is not one flat colour (something was drawn).
inline bool hasContent(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace sd::uitest
