// SPDX-License-Identifier: MIT
#pragma once

// What the designer's UI tests share: a library with one sequence, opening it in the designer,
// and choosing in a ComboBox as a user would.
#include "library/library.h"
#include "library/sequencestore.h"
#include "sequencedocument.h"
#include "uitest.h"

namespace sd::uitest {

// Creates `initial` in the library file at `path` and returns its id.
inline QString createIn(const QString &path, const Sequence &initial)
{
    OpenResult opened = Library::open(path);
    if (!opened.library)
        return {};
    const auto made = SequenceStore(*opened.library).create(initial);
    return made.ok() ? made.value.sequence.id : QString();
}

inline Sequence storedIn(const QString &path, const QString &id)
{
    OpenResult opened = Library::open(path);
    return SequenceStore(*opened.library).get(id).value.sequence;
}

inline Sequence emailThenTask()
{
    Sequence s;
    s.name = "UI test sequence";
    Step mail;
    mail.id = "mail";
    mail.type = "email";
    mail.next = "todo";
    Step todo;
    todo.id = "todo";
    todo.type = "task";
    s.appendStep(mail);
    s.appendStep(todo);
    s.start = "mail";
    return s;
}

// Picks the entry with `value` (or, for a list of plain texts, that text) in a ComboBox, as
// choosing it in the open list does: the box's `activated` signal with its index.
inline bool choose(QQuickItem *combo, const QVariant &value)
{
    if (!combo)
        return false;
    int index = -1;
    QMetaObject::invokeMethod(combo, "indexOfValue", Q_RETURN_ARG(int, index),
                              Q_ARG(QVariant, value));
    if (index < 0)
        QMetaObject::invokeMethod(combo, "find", Q_RETURN_ARG(int, index),
                                  Q_ARG(QString, value.toString()));
    if (index < 0)
        return false;
    combo->setProperty("currentIndex", index);
    QMetaObject::invokeMethod(combo, "activated", Q_ARG(int, index));
    return true;
}

// The side pane scrolls: brings `item` into its view before a click.
inline void scrollIntoView(const Window &w, QQuickItem *item)
{
    QQuickItem *pane = w.item("sidePaneFlick");
    if (!pane || !item)
        return;
    const QPointF top = item->mapToItem(pane, QPointF(0, 0));
    if (top.y() < 0 || top.y() + item->height() > pane->height()) {
        const double y = pane->property("contentY").toDouble() + top.y() - 40;
        pane->setProperty("contentY", std::max(0.0, y));
    }
}

// The document of the designer page on show.
inline SequenceDocument *designerDocument(const Window &w)
{
    QQuickItem *page = w.waitFor("designerPage");
    return page ? page->property("document").value<SequenceDocument *>() : nullptr;
}

// Starts the window and opens sequence `id` in the designer (showSequence).
inline bool openDesigner(Window &w, const QString &id)
{
    return w.start() && showSequence(w, id);
}

} // namespace sd::uitest
