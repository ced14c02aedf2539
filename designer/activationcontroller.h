// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace sd {

// What the designer says around activation: the confirmation after the status changed, kept
// for the sequence while its page is opened again on the new status (the document is loaded
// once per page), and what an active sequence offers.
class ActivationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString sequenceId READ sequenceId WRITE setSequenceId NOTIFY sequenceIdChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    explicit ActivationController(QObject *parent = nullptr);

    [[nodiscard]] QString sequenceId() const { return m_sequenceId; }
    // Setting the id takes the confirmation waiting for that sequence, if any.
    void setSequenceId(const QString &id);
    [[nodiscard]] QString notice() const { return m_notice; }

    // The confirmation after activating or deactivating `name`; `activeCount` after the change.
    Q_INVOKABLE static QString statusText(const QString &name, bool active, int activeCount,
                                          int maxActive);
    // Keeps `text` for the page that opens `id` next.
    Q_INVOKABLE static void remember(const QString &id, const QString &text);
    Q_INVOKABLE void clearNotice();
    // Shows the text remember()ed for this sequence, if any: for a page that stays open and
    // reloads its document (SequenceDocument::reload()) instead of being opened again.
    Q_INVOKABLE void takeRemembered();
    // The words of the status chip: "Active" or "Inactive".
    Q_INVOKABLE static QString statusName(bool active);
    // A step chosen in an activation refusal outside the designer: the designer opening
    // `sequenceId` next selects it (SequenceDocument takes it when it loads).
    Q_INVOKABLE static void rememberStep(const QString &sequenceId, const QString &stepId);
    [[nodiscard]] static QString takeStep(const QString &sequenceId);

signals:
    void sequenceIdChanged();
    void noticeChanged();

private:
    QString m_sequenceId;
    QString m_notice;
};

} // namespace sd
