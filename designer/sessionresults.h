// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sd {

// What an action of LibrarySession did, typed for QML: `ok`, else `message` says why not and
// what to do. `id` is the sequence made (create, copy), `path` the file written or opened.
class SessionOutcome
{
    Q_GADGET
    QML_VALUE_TYPE(sessionOutcome)
    Q_PROPERTY(bool ok MEMBER ok CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString path MEMBER path CONSTANT)

public:
    bool ok = false;
    QString message;
    QString id;
    QString path;
};

// An outcome that is done, saying `message` (often nothing).
[[nodiscard]] inline SessionOutcome succeeded(const QString &message = {})
{
    SessionOutcome out;
    out.ok = true;
    out.message = message;
    return out;
}

// An outcome that was refused, saying why.
[[nodiscard]] inline SessionOutcome refused(const QString &message)
{
    SessionOutcome out;
    out.message = message;
    return out;
}

// One sequence of the library as the home page's dialogs need it (LibrarySession::sequenceInfo)
// and its grid's selected row (SequenceTableModel::rowData, which also says `personal`: a
// seller's own sequence in a team library).
class SequenceInfo
{
    Q_GADGET
    QML_VALUE_TYPE(sequenceInfo)
    Q_PROPERTY(bool ok MEMBER ok CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(QString id MEMBER id CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)
    Q_PROPERTY(QString recordType MEMBER recordType CONSTANT)
    Q_PROPERTY(bool active MEMBER active CONSTANT)
    Q_PROPERTY(int steps MEMBER steps CONSTANT)
    Q_PROPERTY(bool personal MEMBER personal CONSTANT)

public:
    bool ok = false;
    QString message;
    QString id;
    QString name;
    QString description;
    QString recordType;
    bool active = false;
    int steps = 0;
    bool personal = false;
};

// Activating or deactivating: `problems` are [{code, severity, stepId, stepName, message}],
// which the activation dialog lists; `limitReached` when the library has its most active.
class ActivationOutcome
{
    Q_GADGET
    QML_VALUE_TYPE(activationOutcome)
    Q_PROPERTY(bool ok MEMBER ok CONSTANT)
    Q_PROPERTY(QString message MEMBER message CONSTANT)
    Q_PROPERTY(int activeCount MEMBER activeCount CONSTANT)
    Q_PROPERTY(bool limitReached MEMBER limitReached CONSTANT)
    Q_PROPERTY(QVariantList problems MEMBER problems CONSTANT)

public:
    bool ok = false;
    QString message;
    int activeCount = 0;
    bool limitReached = false;
    QVariantList problems;
};

// Where the open team library is, to fill File ▸ Open team library… (empty for a file).
class TeamLibraryAddress
{
    Q_GADGET
    QML_VALUE_TYPE(teamLibraryAddress)
    Q_PROPERTY(QString host MEMBER host CONSTANT)
    Q_PROPERTY(int port MEMBER port CONSTANT)
    Q_PROPERTY(QString database MEMBER database CONSTANT)
    Q_PROPERTY(QString user MEMBER user CONSTANT)

public:
    QString host;
    int port = 0;
    QString database;
    QString user;
};

} // namespace sd
