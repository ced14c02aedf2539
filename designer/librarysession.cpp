// SPDX-License-Identifier: MIT
#include "librarysession.h"

#include "library/library.h"
#include "library/sequencelist.h"

#include <QDir>
#include <QFileInfo>

namespace sd {

namespace {
QString &startupPath()
{
    static QString path;
    return path;
}
} // namespace

void LibrarySession::setStartupPath(const QString &path)
{
    startupPath() = path;
}

LibrarySession::LibrarySession(QObject *parent)
    : QObject(parent), m_path(startupPath().isEmpty() ? Library::defaultPath() : startupPath())
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    OpenResult opened = Library::open(m_path);
    m_message = opened.message;
    m_readOnly = opened.readOnly;
    m_library = std::move(opened.library);
    if (!m_library)
        return;
    const SequenceList list(*m_library);
    m_sequenceCount = list.count().value;
    m_activeCount = list.activeCount().value;
}

LibrarySession::~LibrarySession() = default;

} // namespace sd
