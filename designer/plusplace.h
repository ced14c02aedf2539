// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// Where a "+" stands in the tree: the link below step `parentId` ("" is the start) on `branch`
// ("next", "yes", "no"). Answers of CanvasModel::plusAt and moveTarget; `valid` is false when
// there is no such "+".
class PlusPlace
{
    Q_GADGET
    QML_VALUE_TYPE(plusPlace)
    Q_PROPERTY(QString parentId MEMBER parentId CONSTANT)
    Q_PROPERTY(QString branch MEMBER branch CONSTANT)
    Q_PROPERTY(bool valid MEMBER valid CONSTANT)

public:
    QString parentId;
    QString branch;
    bool valid = false;
};

} // namespace sd
