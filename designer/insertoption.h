// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// One step type as the add dialog and the palette offer it at a "+"
// (SequenceDocument::insertOptions): its group by key ("conditions", StepGroup::key) and by name
// ("Conditions"), its texts and icon, and whether it may go there, else `reason` says why not.
class InsertOption
{
    Q_GADGET
    QML_VALUE_TYPE(insertOption)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString group MEMBER group CONSTANT)
    Q_PROPERTY(QString groupName MEMBER groupName CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString explanation MEMBER explanation CONSTANT)
    Q_PROPERTY(QString icon MEMBER icon CONSTANT)
    Q_PROPERTY(bool enabled MEMBER enabled CONSTANT)
    Q_PROPERTY(QString reason MEMBER reason CONSTANT)

public:
    QString id;
    QString group;
    QString groupName;
    QString name;
    QString explanation;
    QString icon;
    bool enabled = false;
    QString reason;
};

} // namespace sd
