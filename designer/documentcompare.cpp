// SPDX-License-Identifier: MIT
// SequenceDocument: two versions, or the sequence and a file, compared on the canvas; and the
// note the next save gives its version.
#include "sequencedocument.h"

#include "activeprofile.h"
#include "library/library.h"
#include "library/sequencestore.h"
#include "library/versionstore.h"
#include "sequencefile.h"
#include "validator.h"

#include <QDir>
#include <QFileInfo>

namespace sd {

void SequenceDocument::setSaveNote(const QString &note)
{
    if (note == m_saveNote)
        return;
    m_saveNote = note;
    emit saveNoteChanged();
}

bool SequenceDocument::canCompare()
{
    if (!m_loaded || !library())
        return false;
    if (dirty()) {
        setNotice(tr("Save or undo your changes before you compare."));
        return false;
    }
    return true;
}

bool SequenceDocument::compareVersions(int older, int newer)
{
    if (!canCompare())
        return false;
    VersionStore versions(*library());
    const StoreResult<SequenceVersion> a = versions.get(m_sequenceId, older);
    const StoreResult<SequenceVersion> b = versions.get(m_sequenceId, newer);
    for (const StoreResult<SequenceVersion> *got : {&a, &b}) {
        if (!*got) {
            setNotice(tr("The versions could not be compared: %1").arg(got->message()));
            return false;
        }
    }
    // Either may be given first (0 is the newest): the lower number is the older side.
    const bool swap = b.value.info.number < a.value.info.number;
    const SequenceVersion &from = swap ? b.value : a.value;
    const SequenceVersion &to = swap ? a.value : b.value;
    showComparison(from.sequence, to.sequence, tr("version %1").arg(from.info.number),
                   tr("version %1").arg(to.info.number));
    m_compareAgain = [this, older, newer] { return compareVersions(older, newer); };
    return true;
}

bool SequenceDocument::compareWithFile(const QUrl &file)
{
    if (!canCompare())
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString shown = QFileInfo(path).fileName();
    const ReadResult read = readSequenceFile(path);
    Diagnostics blocking;
    for (const Diagnostic &d : read.diagnostics) {
        if (blocksImport(d))
            blocking.append(d);
    }
    if (read.ok() && blocking.isEmpty() && read.sequences.size() != 1) {
        setNotice(tr("“%1” holds %n sequence(s); compare with a file of exactly one sequence "
                     "(export the one you want into a file of its own).",
                     nullptr, int(read.sequences.size()))
                      .arg(shown));
        return false;
    }
    if (read.ok() && blocking.isEmpty()) {
        for (const Diagnostic &d : validate(read.sequences.first(), activeProfile())) {
            if (blocksImport(d))
                blocking.append(d);
        }
    }
    if (!read.ok() || !blocking.isEmpty()) {
        const QString why = blocking.isEmpty() ? QString() : blocking.first().message;
        setNotice(tr("“%1” cannot be compared: it could not be imported either. %2 Fix the "
                     "file, then compare again.")
                      .arg(shown, why)
                      .trimmed());
        return false;
    }
    const StoreResult<SequenceRecord> current = SequenceStore(*library()).get(m_sequenceId);
    if (!current) {
        setNotice(tr("The sequence could not be read to compare it: %1").arg(current.message()));
        return false;
    }
    showComparison(read.sequences.first(), current.value.sequence, tr("“%1”").arg(shown),
                   tr("the saved sequence"));
    m_compareAgain = [this, file] { return compareWithFile(file); };
    return true;
}

void SequenceDocument::compareAgain()
{
    if (!m_comparison.active() || !m_compareAgain)
        return;
    const int current = m_comparison.currentIndex();
    const std::function<bool()> again = m_compareAgain;
    if (again())
        m_comparison.setCurrentIndex(current);
}

void SequenceDocument::showComparison(const Sequence &older, const Sequence &newer,
                                      const QString &olderLabel, const QString &newerLabel)
{
    // Like an older version, a comparison is read-only: nothing may be edited or undone onto it.
    m_undo.clear();
    m_autosaveTimer.stop();
    m_validateTimer.stop();
    m_viewedVersion = 0;
    m_comparison.show(older, newer, olderLabel, newerLabel);
    m_sequence = m_comparison.view().display;
    refreshTargetNames();
    m_canvas.setChangeMarks(m_comparison.stepMarks());
    m_canvas.setSequence(m_sequence);
    // The ghosts of removed steps are no problems of either side: no problem badges meanwhile.
    m_canvas.setDiagnostics({});
    const auto name = [this](const QString &id) { return m_canvas.nodeName(id); };
    m_problems.setDiagnostics({}, name);
    m_blockers.setDiagnostics({}, name);
    emit problemsFound();
    setSelectedId({});
    setNotice({});
    emit propertiesChanged();
    emit readOnlyChanged();
    emit sequenceChanged();
}

} // namespace sd
