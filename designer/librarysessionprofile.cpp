// SPDX-License-Identifier: MIT
// The organisation profile of the window: opened from the menu, remembered per library.
#include "activeprofile.h"
#include "librarysession.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace sd {

namespace {

// Library path -> profile file, one map so paths need no escaping as settings keys.
const QString profilesKey = QStringLiteral("library/profiles");

} // namespace

QString LibrarySession::profileName()
{
    const Profile &profile = activeProfile();
    return profile.name.isEmpty() ? tr("Unnamed profile") : profile.name;
}

void LibrarySession::adoptRememberedProfile()
{
    // Read again even when the path is the same: the active profile is process-wide, and
    // another session (a test's earlier window) may have left another one active.
    const QString path = QSettings().value(profilesKey).toMap().value(m_path).toString();
    std::optional<Profile> loaded;
    QString why;
    if (!path.isEmpty()) {
        loaded = Profile::load(path, &why);
        if (!loaded) {
            emit failed(tr("The organisation profile %1 used with this library cannot be read, so "
                           "the default profile is used: %2 Open the profile again from the "
                           "menu once it is fixed.")
                            .arg(QDir::toNativeSeparators(path), why));
        }
    }
    m_profilePath = loaded ? path : QString();
    setActiveProfile(std::move(loaded));
    emit profileChanged();
}

void LibrarySession::rememberProfile(const QString &path)
{
    QSettings settings;
    QVariantMap profiles = settings.value(profilesKey).toMap();
    if (path.isEmpty())
        profiles.remove(m_path);
    else
        profiles.insert(m_path, path);
    settings.setValue(profilesKey, profiles);
}

SessionOutcome LibrarySession::openProfile(const QVariant &file)
{
    const QString path = localPath(file);
    if (path.isEmpty())
        return fail(tr("Choose an organisation profile file to open."));
    QString why;
    std::optional<Profile> loaded = Profile::load(path, &why);
    if (!loaded)
        return fail(
            tr("The profile %1 cannot be used: %2").arg(QDir::toNativeSeparators(path), why));
    m_profilePath = QFileInfo(path).absoluteFilePath();
    setActiveProfile(std::move(loaded));
    rememberProfile(m_profilePath);
    emit profileChanged();
    return succeeded();
}

SessionOutcome LibrarySession::useDefaultProfile()
{
    m_profilePath.clear();
    setActiveProfile(std::nullopt);
    rememberProfile({});
    emit profileChanged();
    return succeeded();
}

} // namespace sd
