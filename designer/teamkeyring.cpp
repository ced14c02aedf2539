// SPDX-License-Identifier: MIT
#include "teamkeyring.h"

#include <qt6keychain/keychain.h>

namespace sd {

namespace {

const QString service = QStringLiteral("Sequence Designer team library");

// Errors that say there is no keyring to ask (as opposed to no entry in it).
bool noKeyring(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied ||
           error == QKeychain::OtherError;
}

} // namespace

TeamKeyring::TeamKeyring(QObject *parent) : QObject(parent) {}

void TeamKeyring::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    emit availableChanged();
}

void TeamKeyring::read(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job, account] {
        if (job->error() == QKeychain::NoError) {
            emit found(account, job->textData());
            return;
        }
        if (noKeyring(job->error()))
            setAvailable(false);
        emit notFound(account);
    });
    job->start();
}

void TeamKeyring::remember(const QString &account, const QString &password)
{
    if (!m_available)
        return;
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(account);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (noKeyring(job->error()))
            setAvailable(false);
    });
    job->start();
}

void TeamKeyring::forget(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(account);
    job->setInsecureFallback(false);
    job->start();
}

} // namespace sd
