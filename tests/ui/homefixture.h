// SPDX-License-Identifier: MIT
#pragma once
// A library of sequences made from the bundled templates, for the home page's UI tests.

#include "library/activation.h"
#include "library/library.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "profile.h"
#include "sequencefile.h"

#include <QDir>

namespace sd::uitest {

// `count` sequences named "Sequence 01".. from the templates in turn; every third is active,
// every second is tagged "Events" or "Inbound/Web". Returns false when the library refuses.
inline bool seedLibrary(const QString &path, int count)
{
    OpenResult opened = Library::open(path);
    if (!opened.library)
        return false;
    Library &library = *opened.library;
    QList<Sequence> templates;
    const QStringList files =
        QDir(QStringLiteral(":/templates")).entryList({"*.sequence.json"}, QDir::Files);
    for (const QString &f : files)
        templates.append(readSequenceFile(":/templates/" + f).sequences);
    if (templates.isEmpty())
        return false;
    SequenceStore store(library);
    Activation activation(library);
    for (int i = 0; i < count; ++i) {
        Sequence s = templates[i % templates.size()];
        s.name = QStringLiteral("Sequence %1").arg(i + 1, 2, 10, QLatin1Char('0'));
        s.description = i == 7 ? QStringLiteral("Renewal of the largest accounts") : QString();
        s.templateInfo.reset();
        s.tags = i % 2 ? QStringList{i % 4 == 1 ? "Events" : "Inbound/Web"} : QStringList{};
        const StoreResult<SequenceRecord> made = store.create(s);
        if (!made)
            return false;
        if (i % 3 == 0 && !activation.activate(made.value.sequence.id, Profile::defaultProfile()))
            return false;
    }
    return true;
}

inline QList<SequenceSummary> libraryRows(const QString &path, const ListQuery &query = {})
{
    OpenResult opened = Library::open(path);
    if (!opened.library)
        return {};
    return SequenceList(*opened.library).list(query).value;
}

} // namespace sd::uitest
