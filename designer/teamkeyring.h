// SPDX-License-Identifier: MIT
#pragma once

// The system keyring for team libraries' passwords (QtKeychain: the Secret Service of GNOME
// Keyring or KWallet on Linux, over D-Bus). Where there is none (no desktop session, a server),
// `available` turns false and the password is asked each time; it is never written anywhere
// else (no plain-text fallback). The account is "user@host:port/database".

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sd {

class TeamKeyring : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // False once the keyring failed to answer; the dialog then says passwords are not kept.
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)

public:
    explicit TeamKeyring(QObject *parent = nullptr);

    [[nodiscard]] bool available() const { return m_available; }
    // Asks the keyring for the account's password: `found` with it, or `notFound`.
    Q_INVOKABLE void read(const QString &account);
    // Keeps the password in the keyring (after the library opened with it).
    Q_INVOKABLE void remember(const QString &account, const QString &password);
    // Removes a kept password (it was refused by the server).
    Q_INVOKABLE void forget(const QString &account);

signals:
    void availableChanged();
    void found(const QString &account, const QString &password);
    void notFound(const QString &account);

private:
    void setAvailable(bool available);

    bool m_available = true;
};

} // namespace sd
