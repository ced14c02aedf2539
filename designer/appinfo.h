// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// Facts about the program and its step icons for QML.
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    using QObject::QObject;
    [[nodiscard]] QString version() const;
    // The qrc: url of a step type's SVG icon (stepicons.h), "" when its glyph stays.
    Q_INVOKABLE static QString iconSource(const QString &icon);
};

} // namespace sd
