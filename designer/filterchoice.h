// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// One entry of a home page column's filter menu (SequenceTableModel::filterChoices): the value
// filtered on ("active", a record type's name, a tag's path) and the text shown for it.
class FilterChoice
{
    Q_GADGET
    QML_VALUE_TYPE(filterChoice)
    Q_PROPERTY(QString value MEMBER value CONSTANT)
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    QString value;
    QString text;
};

} // namespace sd
