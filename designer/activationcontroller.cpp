// SPDX-License-Identifier: MIT
#include "activationcontroller.h"

#include <QHash>

namespace sd {

namespace {

QHash<QString, QString> &pending()
{
    static QHash<QString, QString> texts;
    return texts;
}

QHash<QString, QString> &pendingSteps()
{
    static QHash<QString, QString> steps;
    return steps;
}

} // namespace

ActivationController::ActivationController(QObject *parent) : QObject(parent) {}

void ActivationController::setSequenceId(const QString &id)
{
    if (id == m_sequenceId)
        return;
    m_sequenceId = id;
    emit sequenceIdChanged();
    takeRemembered();
}

void ActivationController::takeRemembered()
{
    const QString text = pending().take(m_sequenceId);
    if (!text.isEmpty() && text != m_notice) {
        m_notice = text;
        emit noticeChanged();
    }
}

QString ActivationController::statusText(const QString &name, bool active, int activeCount,
                                         int maxActive)
{
    if (active)
        return tr("“%1” is active: sellers can connect records to it and get its steps. %2 of at "
                  "most %3 sequences are active. To change it, deactivate it or create a copy.")
            .arg(name)
            .arg(activeCount)
            .arg(maxActive);
    return tr("“%1” is inactive: no new records can be connected to it, and it can be edited "
              "again. Activate it when the changes are done.")
        .arg(name);
}

void ActivationController::remember(const QString &id, const QString &text)
{
    if (!id.isEmpty())
        pending().insert(id, text);
}

void ActivationController::clearNotice()
{
    if (m_notice.isEmpty())
        return;
    m_notice.clear();
    emit noticeChanged();
}

QString ActivationController::statusName(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

void ActivationController::rememberStep(const QString &sequenceId, const QString &stepId)
{
    if (sequenceId.isEmpty() || stepId.isEmpty())
        pendingSteps().remove(sequenceId);
    else
        pendingSteps().insert(sequenceId, stepId);
}

QString ActivationController::takeStep(const QString &sequenceId)
{
    return pendingSteps().take(sequenceId);
}

} // namespace sd
