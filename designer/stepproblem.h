// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// One problem of a step as the side pane lists it (ProblemModel::stepProblems): "error" or
// "warning", the validator's code and its message.
class StepProblem
{
    Q_GADGET
    QML_VALUE_TYPE(stepProblem)
    Q_PROPERTY(QString severity MEMBER severity CONSTANT)
    Q_PROPERTY(QString code MEMBER code CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)

public:
    QString severity;
    QString code;
    QString message;
};

} // namespace sd
