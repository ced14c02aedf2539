// SPDX-License-Identifier: MIT
#pragma once

#include "steptype.h"

#include <QColor>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sd {

// The kinds of card the designer draws: the start, the four groups of the step catalogue and a
// type it does not know. Each has one key (the canvas model's group role, the template gallery's
// kind and the role of its accent colour in Theme's table), so the canvas, its minimap, the
// gallery and the picture export colour a step alike.
namespace StepGroup {
Q_NAMESPACE
QML_ELEMENT
enum class Kind { Start, Steps, Conditions, Commands, LinkedIn, Unknown };
Q_ENUM_NS(Kind)

[[nodiscard]] Kind of(Group group);
// Unknown for a type the catalogue does not know.
[[nodiscard]] Kind ofType(const QString &typeId);
// Unknown for a key that names no kind.
[[nodiscard]] Kind ofKey(QStringView key);
[[nodiscard]] QString key(Kind kind);
// The kind's accent from Theme's table on a light or dark palette.
[[nodiscard]] QColor color(Kind kind, bool dark);
// Every kind's accent, in the order of Kind (CanvasLinks::groupColors).
[[nodiscard]] QVariantList colors(bool dark);
} // namespace StepGroup

// The table for QML: the accents of the kinds of card and the glyph drawn where a step type's
// icon has no SVG.
class StepStyle : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    // Every kind's accent in the order of StepGroup.Kind.
    Q_INVOKABLE static QVariantList colors(bool dark) { return StepGroup::colors(dark); }
    // The accent of a kind by its key ("steps", "conditions"...); the unknown's for another.
    Q_INVOKABLE static QColor color(const QString &key, bool dark)
    {
        return StepGroup::color(StepGroup::ofKey(key), dark);
    }
    // The text drawn for a step type's icon name (StepType::icon) when it has no SVG.
    Q_INVOKABLE static QString glyph(const QString &icon);
};

} // namespace sd
