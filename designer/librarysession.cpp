// SPDX-License-Identifier: MIT
#include "librarysession.h"
#include "interfacelanguage.h"

#include "library/activation.h"
#include "library/library.h"
#include "library/sequencelist.h"
#include "library/teamaddress.h"
#include "profile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <utility>

namespace sd {

namespace {

QString &startupPath()
{
    static QString path;
    return path;
}

const QString lastLibraryKey = QStringLiteral("library/last");

} // namespace

void LibrarySession::setStartupPath(const QString &path)
{
    startupPath() = path;
}

LibrarySession::LibrarySession(QObject *parent) : QObject(parent)
{
    QString path = startupPath();
    if (path.isEmpty()) {
        // The library opened last, unless it has gone since.
        path = QSettings().value(lastLibraryKey).toString();
        if (path.isEmpty() || !QFileInfo::exists(path))
            path = Library::defaultPath();
    }
    QString why;
    if (!adopt(path, true, &why)) {
        m_path = path;
        m_message = why;
    }
}

LibrarySession::~LibrarySession() = default;

QString LibrarySession::name() const
{
    if (Library::isTeamLibrary(m_path))
        return teamAddress(m_path).database;
    QString base = QFileInfo(m_path).fileName();
    if (base.endsWith(u".sqlite"))
        base.chop(7);
    return base;
}

QString LibrarySession::location() const
{
    return Library::isTeamLibrary(m_path) ? teamLocation(m_path) : QDir::toNativeSeparators(m_path);
}

int LibrarySession::maxActive()
{
    return maxActiveSequences;
}

QVariantList LibrarySession::recordTypes()
{
    const QString language = interfaceLanguage();
    QVariantList out;
    for (const RecordType &t : Profile::defaultProfile().recordTypes) {
        const QVariantMap entry{{"name", t.name}, {"title", t.displayName.text(language)}};
        if (t.name == u"lead")
            out.prepend(entry);
        else
            out.append(entry);
    }
    return out;
}

bool LibrarySession::adopt(const QString &path, bool create, QString *why)
{
    const bool team = Library::isTeamLibrary(path); // a postgresql:// URL, not a file
    if (!team)
        QDir().mkpath(QFileInfo(path).absolutePath());
    OpenOptions options;
    options.create = create;
    OpenResult opened = Library::open(path, options);
    if (!opened.library) {
        if (opened.status == OpenStatus::Damaged && opened.canRecover && !m_library) {
            m_damagedPath = QFileInfo(path).absoluteFilePath();
            emit libraryChanged();
        }
        *why = opened.message.isEmpty()
                   ? tr("The library %1 cannot be opened. Open another library or create a new "
                        "one from the menu.")
                         .arg(QDir::toNativeSeparators(path))
                   : opened.message;
        return false;
    }
    if (m_library)
        emit libraryAboutToChange();
    m_path = team ? opened.library->path() : QFileInfo(path).absoluteFilePath();
    m_library = std::move(opened.library);
    m_readOnly = opened.readOnly;
    m_message = opened.message;
    m_teamRole = teamRoleOf(*m_library);
    refreshCounts();
    adoptRememberedProfile();
    watchTeamChanges();
    return true;
}

void LibrarySession::refreshCounts()
{
    m_sequenceCount = 0;
    m_activeCount = 0;
    if (!m_library)
        return;
    const SequenceList list(*m_library);
    m_sequenceCount = list.count().value;
    m_activeCount = list.activeCount().value;
}

SessionOutcome LibrarySession::openLibrary(const QVariant &file)
{
    const QString path = localPath(file);
    if (path.isEmpty())
        return fail(tr("Choose a library file to open."));
    if (!QFileInfo::exists(path))
        return fail(tr("There is no library at %1. Choose another file, or create a new library.")
                        .arg(QDir::toNativeSeparators(path)));
    QString why;
    if (!adopt(path, false, &why))
        return fail(why);
    QSettings().setValue(lastLibraryKey, m_path);
    emit libraryChanged();
    emit changed();
    return succeeded(m_message);
}

SessionOutcome LibrarySession::openRecoveredCopy()
{
    if (m_damagedPath.isEmpty())
        return fail(tr("No damaged library is waiting to be recovered."));
    const StoreResult<RecoverReport> report = Library::recoverCopy(m_damagedPath);
    if (!report)
        return fail(report.message());
    QString why;
    if (!adopt(report.value.copyPath, false, &why))
        return fail(why);
    const QString damaged = std::exchange(m_damagedPath, QString());
    m_message =
        tr("%1 is damaged and was left as it was. This is a recovered copy, %2. "
           "Sequences recovered: %3; rows that could not be read: %4.")
            .arg(QDir::toNativeSeparators(damaged), QDir::toNativeSeparators(report.value.copyPath))
            .arg(report.value.sequencesRecovered)
            .arg(report.value.sequencesLost);
    QSettings().setValue(lastLibraryKey, m_path);
    emit libraryChanged();
    emit changed();
    SessionOutcome out = succeeded(m_message);
    out.path = m_path;
    return out;
}

SessionOutcome LibrarySession::newLibrary(const QVariant &file)
{
    QString path = localPath(file);
    if (path.isEmpty())
        return fail(tr("Choose where to create the new library."));
    if (!path.endsWith(u".sqlite"))
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists. Open it with Open library…, or choose another name.")
                        .arg(QDir::toNativeSeparators(path)));
    QString why;
    if (!adopt(path, true, &why))
        return fail(why);
    QSettings().setValue(lastLibraryKey, m_path);
    emit libraryChanged();
    emit changed();
    return succeeded(m_message);
}

void LibrarySession::notifyChanged()
{
    refreshCounts();
    emit changed();
}

QString LibrarySession::localPath(const QVariant &file)
{
    if (file.canConvert<QUrl>() && file.userType() == QMetaType::QUrl) {
        const QUrl url = file.toUrl();
        return url.isLocalFile() ? url.toLocalFile() : url.toString();
    }
    const QString text = file.toString();
    if (text.startsWith(u"file:"))
        return QUrl(text).toLocalFile();
    return text;
}

SessionOutcome LibrarySession::fail(const QString &message)
{
    emit failed(message);
    SessionOutcome out;
    out.message = message;
    return out;
}

SessionOutcome LibrarySession::notReady()
{
    return fail(m_message.isEmpty()
                    ? tr("No library is open. Open a library or create a new one from the menu.")
                    : m_message);
}

} // namespace sd
