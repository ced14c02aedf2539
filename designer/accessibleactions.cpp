// SPDX-License-Identifier: MIT
#include "accessibleactions.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMetaMethod>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>

namespace sd {
namespace {

// QObject::isSignalConnected is protected; a using-declaration makes it reachable as a pointer to
// member of QObject.
struct SignalPeek : QObject
{
    using QObject::isSignalConnected;
};

bool hasReceivers(const QObject *sender, const QMetaMethod &signal)
{
    return (sender->*(&SignalPeek::isSignalConnected))(signal);
}

// Answers the accessible actions of one button (a child of its Accessible attached object) with
// a click by the keyboard: Space pressed and released on the button, which Qt Quick Controls take
// as a click whatever the focus (the check state moves, `toggled`, `clicked`, the button's action,
// a menu closes).
class ClickOnAction : public QObject
{
    Q_OBJECT

public:
    ClickOnAction(QQuickItem *button, QObject *attached) : QObject(attached), m_button(button) {}

public slots:
    void click()
    {
        if (!m_button || !m_button->isEnabled() || !m_button->isVisible())
            return;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(m_button, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(m_button, &release);
    }

private:
    QPointer<QQuickItem> m_button;
};

// Answers the actions of one Accessible attached object of the button (Qt Quick Controls make it,
// a child of the control, when accessibility is on; Qt asks it first for every action), unless
// already done or the QML answers them itself.
void answerActions(QQuickItem *button, QObject *attached)
{
    if (attached->findChild<ClickOnAction *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *clicker = new ClickOnAction(button, attached);
    const QMetaMethod click =
        clicker->metaObject()->method(clicker->metaObject()->indexOfSlot("click()"));
    // (Toggle only where there is a state to toggle.)
    const bool checkable = button->property("checkable").toBool();
    for (const char *name : {"pressAction()", "toggleAction()"}) {
        if (!checkable && qstrcmp(name, "toggleAction()") == 0)
            continue;
        const int index = attached->metaObject()->indexOfSignal(name);
        const QMetaMethod signal = attached->metaObject()->method(index);
        if (index >= 0 && !hasReceivers(attached, signal))
            QObject::connect(attached, signal, clicker, click);
    }
}

// Asked for each object that gets an accessible interface; makes none itself (Qt Quick's factory
// does), it only answers the actions of buttons. Often asked while the button is being made
// (before its QML's own Accessible handlers are connected, sometimes before its attached
// object): answered when the event loop is back, before any client can act on it.
QAccessibleInterface *buttonActions(const QString &, QObject *object)
{
    if (!object || !object->inherits("QQuickAbstractButton"))
        return nullptr;
    auto *button = static_cast<QQuickItem *>(object);
    QTimer::singleShot(0, button, [button] {
        for (QObject *child : button->children()) {
            if (child->inherits("QQuickAccessibleAttached"))
                answerActions(button, child);
        }
    });
    return nullptr;
}

} // namespace

void installAccessibleActions()
{
    QAccessible::installFactory(buttonActions);
}

} // namespace sd

#include "accessibleactions.moc"
