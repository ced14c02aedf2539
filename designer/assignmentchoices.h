// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sd {

// What the "Assign to" section offers, from the organisation profile: the user-lookup fields of
// the record type (for "Team member named in a record field"), the fields of users and the
// operators (for the team-member condition), and the words that describe an assignment.
class AssignmentChoices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString recordType READ recordType WRITE setRecordType NOTIFY recordTypeChanged)
    Q_PROPERTY(QVariantList recordFields READ recordFields NOTIFY recordTypeChanged)
    Q_PROPERTY(QVariantList userFields READ userFields CONSTANT)
    Q_PROPERTY(QVariantList operators READ operators CONSTANT)

public:
    explicit AssignmentChoices(QObject *parent = nullptr);

    [[nodiscard]] QString recordType() const { return m_recordType; }
    void setRecordType(const QString &type);

    // The user-lookup fields of the record type: [{value, label}].
    [[nodiscard]] QVariantList recordFields() const;
    // The fields of users: [{value, label, type, options: [{value, label}]}].
    [[nodiscard]] static QVariantList userFields();
    // [{value, label}] of the field-condition operators.
    [[nodiscard]] static QVariantList operators();

    // The assignment after choosing the option `to`: a record field keeps or gets a field (the
    // first user-lookup field), a team keeps the condition it had when switching between teams.
    Q_INVOKABLE QVariantMap switchTo(const QVariantMap &assignment, const QString &to) const;
    // The assignment with `condition` ({match, rules}); an empty rule list removes it.
    Q_INVOKABLE static QVariantMap withCondition(const QVariantMap &assignment,
                                                 const QVariantMap &condition);
    // "Condition is empty", or the condition in words ("Title equals Seller and City is not
    // empty").
    Q_INVOKABLE static QString conditionSummary(const QVariantMap &condition);
    // The assignment in one line, for the pane's header ("Record owner", "Account manager", ...).
    Q_INVOKABLE QString summary(const QVariantMap &assignment) const;
    // The name of an option: "Record owner", "Team member named in a record field", ...
    Q_INVOKABLE static QString optionName(const QString &to);

signals:
    void recordTypeChanged();

private:
    QString m_recordType;
};

} // namespace sd
