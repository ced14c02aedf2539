// SPDX-License-Identifier: MIT
#pragma once

#include "sequencelimits.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// The text limits of sequencelimits.h for QML, in code points. A TextField's maximumLength counts
// UTF-16 units (an emoji is two), so a field counts and cuts with codePoints() and left() instead.
class TextLimits : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int name READ name CONSTANT)
    Q_PROPERTY(int description READ description CONSTANT)
    Q_PROPERTY(int stepName READ stepName CONSTANT)
    Q_PROPERTY(int tagLevel READ tagLevel CONSTANT)
    Q_PROPERTY(int templateTitle READ templateTitle CONSTANT)
    Q_PROPERTY(int templateCategory READ templateCategory CONSTANT)

public:
    using QObject::QObject;
    [[nodiscard]] static int name() { return int(limits::maxNameLength); }
    [[nodiscard]] static int description() { return int(limits::maxDescriptionLength); }
    [[nodiscard]] static int stepName() { return int(limits::maxStepNameLength); }
    [[nodiscard]] static int tagLevel() { return int(limits::maxTagLevelLength); }
    [[nodiscard]] static int templateTitle() { return int(limits::maxTemplateTitleLength); }
    [[nodiscard]] static int templateCategory() { return int(limits::maxTemplateCategoryLength); }

    Q_INVOKABLE static int codePoints(const QString &text) { return int(sd::codePoints(text)); }
    // The first `count` code points of `text`, never half an emoji.
    Q_INVOKABLE static QString left(const QString &text, int count)
    {
        return leftCodePoints(text, count);
    }
};

} // namespace sd
