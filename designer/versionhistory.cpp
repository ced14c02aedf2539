// SPDX-License-Identifier: MIT
#include "versionhistory.h"

#include "librarysession.h"

#include <QLocale>

namespace sd {

VersionHistory::VersionHistory(QObject *parent) : QAbstractListModel(parent) {}

LibrarySession *VersionHistory::session() const
{
    return m_session;
}

void VersionHistory::setSession(LibrarySession *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // Every save, activation or restore of the library is a new version to list.
    if (session)
        connect(session, &LibrarySession::changed, this, &VersionHistory::reload);
    emit sessionChanged();
    reload();
}

void VersionHistory::setLibrary(Library *library)
{
    m_library = library;
    reload();
}

void VersionHistory::setSequenceId(const QString &id)
{
    if (id == m_sequenceId)
        return;
    m_sequenceId = id;
    emit sequenceIdChanged();
    reload();
}

Library *VersionHistory::library() const
{
    if (m_library)
        return m_library;
    return m_session ? m_session->library() : nullptr;
}

void VersionHistory::reload()
{
    beginResetModel();
    m_versions.clear();
    m_error.clear();
    Library *lib = library();
    if (lib && !m_sequenceId.isEmpty()) {
        const StoreResult<QList<VersionInfo>> listed = VersionStore(*lib).list(m_sequenceId);
        if (listed) {
            m_versions = listed.value;
            std::reverse(m_versions.begin(), m_versions.end());
        } else {
            m_error = listed.message();
        }
    }
    const qsizetype picks = m_picked.size();
    m_picked.removeIf([this](int n) {
        return std::none_of(m_versions.begin(), m_versions.end(),
                            [n](const VersionInfo &v) { return v.number == n; });
    });
    endResetModel();
    emit countChanged();
    if (picks != m_picked.size())
        emit pickedChanged();
}

int VersionHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

QVariant VersionHistory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size())
        return {};
    const VersionInfo &v = m_versions[index.row()];
    switch (role) {
    case NumberRole:
        return v.number;
    case DateRole:
        return QLocale().toString(v.savedAt.toLocalTime(), QLocale::ShortFormat);
    case AuthorRole:
        return v.author;
    case NoteRole:
        return v.shownNote();
    case SummaryRole:
        return v.summary();
    case PickedRole:
        return m_picked.contains(v.number);
    case UserNoteRole:
        return v.note;
    default:
        return {};
    }
}

QHash<int, QByteArray> VersionHistory::roleNames() const
{
    return {{NumberRole, "number"},    {DateRole, "date"},       {AuthorRole, "author"},
            {NoteRole, "note"},        {SummaryRole, "summary"}, {PickedRole, "picked"},
            {UserNoteRole, "userNote"}};
}

int VersionHistory::numberAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? m_versions.at(row).number : 0;
}

void VersionHistory::togglePicked(int number)
{
    if (!m_picked.removeOne(number)) {
        m_picked.append(number);
        if (m_picked.size() > 2)
            m_picked.removeFirst();
    }
    emit dataChanged(index(0), index(rowCount() - 1), {PickedRole});
    emit pickedChanged();
}

SessionOutcome VersionHistory::restore(int number)
{
    Library *lib = library();
    if (!lib)
        return refused(tr("The library is not open, so nothing was restored. Open it again "
                          "from the start page."));
    const StoreResult<int> restored = VersionStore(*lib).restore(m_sequenceId, number);
    if (!restored)
        return refused(tr("Version %1 was not restored: %2").arg(number).arg(restored.message()));
    if (m_session)
        m_session->notifyChanged(); // lists the new version here and the new date on the home page
    else
        reload();
    return succeeded(tr("Version %1 was restored as version %2.").arg(number).arg(restored.value));
}

SessionOutcome VersionHistory::setNewestNote(const QString &note)
{
    Library *lib = library();
    if (!lib)
        return refused(tr("The library is not open, so the note was not kept. Open it again "
                          "from the start page."));
    const StoreResult<int> noted = VersionStore(*lib).setNewestNote(m_sequenceId, note);
    if (!noted)
        return refused(tr("The note was not kept: %1").arg(noted.message()));
    reload();
    return succeeded();
}

} // namespace sd
