// SPDX-License-Identifier: MIT
#include "sequencedocument.h"
#include "interfacelanguage.h"

#include "activationcontroller.h"
#include "activeprofile.h"
#include "editcommand.h"
#include "library/activation.h"
#include "library/library.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "librarysession.h"
#include "profile.h"
#include "steptype.h"
#include "validator.h"

#include <QJsonObject>
#include <QLocale>

namespace sd {

namespace {

constexpr int validateDelayMs = 150;
constexpr int autosaveDelayMs = 2000;

} // namespace

SequenceDocument::SequenceDocument(QObject *parent)
    : QObject(parent), m_canvas(this), m_comparison(this)
{
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(validateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &SequenceDocument::validateNow);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(autosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &SequenceDocument::autosaveNow);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &SequenceDocument::dirtyChanged);
    connect(&m_undo, &QUndoStack::indexChanged, this, &SequenceDocument::undoStateChanged);
    connect(&m_undo, &QUndoStack::canUndoChanged, this, &SequenceDocument::undoStateChanged);
    connect(&m_undo, &QUndoStack::canRedoChanged, this, &SequenceDocument::undoStateChanged);
    // The change chosen in the comparison's list (or with next/previous) selects its step.
    connect(&m_comparison, &Comparison::currentIndexChanged, this, [this] {
        if (m_comparison.currentIndex() >= 0)
            setSelectedId(m_comparison.currentStep());
    });
}

SequenceDocument::~SequenceDocument()
{
    // Unsaved edits reach the recovery area even when the page closes before the timer fires.
    if (m_autosaveTimer.isActive())
        autosaveNow();
    m_undo.clear();
}

LibrarySession *SequenceDocument::session() const
{
    return m_session;
}

void SequenceDocument::setSession(LibrarySession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // Another organisation profile: the problems are checked against it.
    if (session) {
        connect(session, &LibrarySession::profileChanged, this, [this] {
            if (m_loaded)
                validateNow();
        });
        connect(session, &LibrarySession::changed, this,
                &SequenceDocument::refreshIfChangedElsewhere);
    }
    emit sessionChanged();
    tryLoad();
}

void SequenceDocument::setLibrary(Library *library)
{
    m_library = library;
    tryLoad();
}

void SequenceDocument::setSequenceId(const QString &id)
{
    if (id == m_sequenceId)
        return;
    m_sequenceId = id;
    emit sequenceIdChanged();
    tryLoad();
}

Library *SequenceDocument::library() const
{
    if (m_library)
        return m_library;
    return m_session ? m_session->library() : nullptr;
}

void SequenceDocument::setError(const QString &message)
{
    if (message == m_error)
        return;
    m_error = message;
    emit errorMessageChanged();
}

void SequenceDocument::setNotice(const QString &message)
{
    if (message == m_notice)
        return;
    m_notice = message;
    emit noticeChanged();
}

void SequenceDocument::clearNotice()
{
    setNotice({});
}

void SequenceDocument::tryLoad()
{
    if (m_loaded || m_sequenceId.isEmpty() || (!m_session && !m_library))
        return;
    Library *lib = library();
    if (!lib) {
        setError(tr("The library could not be opened, so the sequence cannot be shown. Go back "
                    "to the start page to see why."));
        return;
    }
    const StoreResult<SequenceRecord> got = SequenceStore(*lib).get(m_sequenceId);
    if (!got) {
        setError(tr("The sequence could not be opened: %1").arg(got.message()));
        return;
    }
    m_sequence = got.value.sequence;
    m_version = got.value.version;
    if (!lib->isReadOnly() && m_sequence.status != Status::Active)
        m_recovery = std::make_unique<RecoveryWriter>(*lib, got.value);
    // Unsaved edits of an earlier session?
    const StoreResult<QList<RecoveryInfo>> copies = RecoveryStore(*lib).list();
    if (copies) {
        for (const RecoveryInfo &info : copies.value) {
            if (info.sequenceId != m_sequenceId)
                continue;
            m_hasRecovery = true;
            const QString when = QLocale().toString(info.savedAt, QLocale::ShortFormat);
            m_recoveryText =
                info.stale()
                    ? tr("Unsaved changes from %1 were found, but the sequence was saved again "
                         "since. Restore them on top of the saved version, or discard them.")
                          .arg(when)
                    : tr("Unsaved changes from %1 were found (the program may have closed "
                         "unexpectedly). Restore them, or discard them.")
                          .arg(when);
        }
    }
    m_loaded = true;
    setConflictText({});
    // A step chosen from an activation refusal on the home page is selected on opening.
    if (const QString step = ActivationController::takeStep(m_sequenceId);
        m_sequence.contains(step))
        m_selectedId = step;
    refreshTargetNames();
    m_canvas.setSequence(m_sequence);
    validateNow();
    emit loadedChanged();
    emit propertiesChanged();
    emit readOnlyChanged();
    emit sequenceChanged();
    emit recoveryChanged();
    setError({});
}

bool SequenceDocument::readOnly() const
{
    const Library *lib = library();
    return !m_loaded || !lib || lib->isReadOnly() || m_sequence.status == Status::Active ||
           m_viewedVersion > 0 || m_comparison.active();
}

QString SequenceDocument::readOnlyReason() const
{
    if (!m_loaded)
        return {};
    if (m_viewedVersion > 0 || m_comparison.active())
        return viewedVersionReason();
    const Library *lib = library();
    if (!lib || lib->isReadOnly())
        return tr("The library is open read-only, so this sequence cannot be changed.");
    if (m_sequence.status == Status::Active)
        return tr("Deactivate the sequence to edit it.");
    return {};
}

bool SequenceDocument::editable()
{
    if (!readOnly())
        return true;
    setNotice(readOnlyReason());
    return false;
}

void SequenceDocument::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit selectedIdChanged();
}

void SequenceDocument::commit(const Sequence &after, const QString &text, const QString &select,
                              const QString &mergeKey)
{
    // A pause of a few seconds ends a series of parameter edits.
    if (m_undo.index() > 0 && (!m_lastMerge.isValid() || m_lastMerge.elapsed() > 3000)) {
        if (auto *top = const_cast<EditCommand *>(
                static_cast<const EditCommand *>(m_undo.command(m_undo.index() - 1))))
            top->seal();
    }
    m_lastMerge.start();
    m_undo.push(new EditCommand(*this, m_sequence, after, text, m_selectedId,
                                select.isNull() ? m_selectedId : select, mergeKey));
    setNotice({});
}

void SequenceDocument::apply(const Sequence &sequence, const QString &select)
{
    const bool propertiesDiffer =
        sequence.name != m_sequence.name || sequence.description != m_sequence.description ||
        sequence.tags != m_sequence.tags || sequence.options != m_sequence.options ||
        sequence.assignment != m_sequence.assignment;
    m_sequence = sequence;
    refreshTargetNames();
    m_canvas.setSequence(m_sequence);
    setSelectedId(select.isEmpty() || m_sequence.contains(select) ? select : QString());
    if (propertiesDiffer)
        emit propertiesChanged();
    emit sequenceChanged();
    m_validateTimer.start();
    if (m_recovery)
        m_autosaveTimer.start();
}

void SequenceDocument::validateNow()
{
    m_validateTimer.stop();
    // One run at activation's strength: what only activation reports (graph.empty) and the
    // library's rules go to `blockers`, listed apart, since editing may go on with them.
    Diagnostics found = validate(m_sequence, activeProfile(), ValidationMode::Activation);
    Diagnostics blockers;
    for (qsizetype i = found.size() - 1; i >= 0; --i) {
        if (found[i].code == u"graph.empty")
            blockers.prepend(found.takeAt(i));
    }
    Library *lib = library();
    if (lib && m_sequence.status != Status::Active) {
        const StoreResult<Diagnostics> rules = Activation(*lib).libraryDiagnostics(m_sequence);
        if (rules)
            blockers += rules.value;
    }
    m_canvas.setDiagnostics(found);
    const auto name = [this](const QString &id) { return m_canvas.nodeName(id); };
    m_problems.setDiagnostics(found, name);
    m_blockers.setDiagnostics(blockers, name);
    emit problemsFound();
}

bool SequenceDocument::validatePending()
{
    if (!m_validateTimer.isActive())
        return false;
    validateNow();
    return true;
}

void SequenceDocument::autosaveNow()
{
    m_autosaveTimer.stop();
    if (!m_recovery)
        return;
    const StoreStatus written = m_recovery->write(m_sequence);
    if (!written)
        setNotice(tr("Your changes could not be kept for recovery: %1").arg(written.message));
}

void SequenceDocument::flush()
{
    validatePending();
    if (m_autosaveTimer.isActive())
        autosaveNow();
}

void SequenceDocument::undo()
{
    m_undo.undo();
}

void SequenceDocument::redo()
{
    m_undo.redo();
}

// The names and descriptions as saved: without the spaces and line ends typed around them (the
// fields keep them while typing, see Sequence::rename).
static Sequence withTrimmedTexts(Sequence s)
{
    s.name = s.name.trimmed();
    s.description = s.description.trimmed();
    QList<Step> steps = s.steps();
    for (Step &step : steps) {
        step.name = step.name.trimmed();
        step.description = step.description.trimmed();
    }
    s.setSteps(steps);
    return s;
}

bool SequenceDocument::save()
{
    Library *lib = library();
    if (!m_loaded || !lib)
        return false;
    if (!editable())
        return false;
    if (const Sequence tidy = withTrimmedTexts(m_sequence); !(tidy == m_sequence))
        apply(tidy, m_selectedId);
    const StoreResult<SequenceRecord> stored =
        SequenceStore(*lib).save(m_sequence, m_version, m_saveNote.trimmed());
    if (!stored && stored.status.error == StoreError::Conflict) {
        setConflictText(stored.message());
        return false;
    }
    if (!stored) {
        setNotice(tr("The sequence was not saved: %1").arg(stored.message()));
        return false;
    }
    m_version = stored.value.version;
    m_autosaveTimer.stop();
    if (m_recovery)
        m_recovery->rebase(stored.value);
    const bool wasRestored = m_restoredDirty;
    m_restoredDirty = false;
    m_undo.setClean();
    setSaveNote({});
    if (wasRestored)
        emit dirtyChanged();
    if (m_hasRecovery) {
        m_hasRecovery = false;
        emit recoveryChanged();
    }
    setNotice(tr("Saved."));
    if (m_session)
        m_session->notifyChanged(); // the start page's list shows the new date and name
    emit saved();
    return true;
}

void SequenceDocument::restoreRecovery()
{
    Library *lib = library();
    if (!lib || !m_hasRecovery)
        return;
    const StoreResult<Sequence> restored = RecoveryStore(*lib).restore(m_sequenceId);
    m_hasRecovery = false;
    emit recoveryChanged();
    if (!restored) {
        setNotice(tr("The unsaved changes could not be restored: %1").arg(restored.message()));
        return;
    }
    Sequence value = restored.value;
    value.status = m_sequence.status;
    m_undo.push(new EditCommand(*this, m_sequence, value, tr("Restore unsaved changes"),
                                m_selectedId, {}, {}));
    m_restoredDirty = true;
    emit dirtyChanged();
}

void SequenceDocument::discardRecovery()
{
    Library *lib = library();
    if (!lib || !m_hasRecovery)
        return;
    const StoreStatus done = RecoveryStore(*lib).discard(m_sequenceId);
    m_hasRecovery = false;
    emit recoveryChanged();
    if (!done)
        setNotice(tr("The unsaved changes could not be discarded: %1").arg(done.message));
}

// --- Sequence properties ---

QString SequenceDocument::recordTypeName() const
{
    const RecordType *type = activeProfile().recordType(m_sequence.recordType);
    return type ? type->displayName.text(interfaceLanguage()) : m_sequence.recordType;
}

bool SequenceDocument::hasEmailStep() const
{
    const QList<Step> &steps = m_sequence.steps();
    return std::any_of(steps.cbegin(), steps.cend(),
                       [](const Step &s) { return StepCatalogue::isEmailStep(s.type); });
}

QString SequenceDocument::status() const
{
    return m_sequence.status == Status::Active ? QStringLiteral("active")
                                               : QStringLiteral("inactive");
}

bool SequenceDocument::editProperties(const QString &text,
                                      const std::function<void(Sequence &)> &change,
                                      const QString &mergeKey)
{
    if (!editable())
        return false;
    Sequence after = m_sequence;
    change(after);
    if (after == m_sequence)
        return true;
    commit(after, text, {}, mergeKey);
    return true;
}

void SequenceDocument::setName(const QString &name)
{
    editProperties(
        tr("Rename the sequence"), [&](Sequence &s) { s.name = name; }, QStringLiteral("#name"));
}

void SequenceDocument::setDescription(const QString &description)
{
    editProperties(
        tr("Change the sequence's description"), [&](Sequence &s) { s.description = description; },
        QStringLiteral("#description"));
}

void SequenceDocument::setTags(const QStringList &tags)
{
    editProperties(tr("Change the tags"), [&](Sequence &s) { s.tags = tags; });
}

QString SequenceDocument::tagsText() const
{
    return m_sequence.tags.join(QStringLiteral(", "));
}

void SequenceDocument::setTagsText(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        if (const QString tag = part.trimmed(); !tag.isEmpty())
            tags.append(tag);
    }
    setTags(tags);
}

void SequenceDocument::setTagged(const QString &path, bool on)
{
    QStringList tags = m_sequence.tags;
    tags.removeAll(path);
    if (on)
        tags.append(path);
    setTags(tags);
}

void SequenceDocument::setExitOnEmailReply(bool on)
{
    editProperties(on ? tr("Leave the sequence on an email reply")
                      : tr("Stay in the sequence on an email reply"),
                   [&](Sequence &s) { s.options.exitOnEmailReply = on; });
}

void SequenceDocument::setSkipNonWorkingDays(bool on)
{
    editProperties(on ? tr("Skip non-working days") : tr("Count non-working days"),
                   [&](Sequence &s) { s.options.skipNonWorkingDays = on; });
}

QVariantMap SequenceDocument::assignment() const
{
    const Assignment &a = m_sequence.assignment;
    return {{"to", Assignment::toKey(a.to)},
            {"field", a.field},
            {"condition", a.condition.toVariantMap()}};
}

void SequenceDocument::setAssignment(const QVariantMap &map)
{
    const std::optional<Assignment::To> to = Assignment::fromKey(map.value("to").toString());
    if (!to) {
        setNotice(tr("Choose who the records are assigned to."));
        return;
    }
    editProperties(tr("Change the assignment"), [&](Sequence &s) {
        s.assignment.to = *to;
        s.assignment.field = map.value("field").toString();
        s.assignment.condition = QJsonObject::fromVariantMap(map.value("condition").toMap());
    });
}

bool SequenceDocument::isCondition(const QString &id) const
{
    const Step *step = m_sequence.step(id);
    return step && StepCatalogue::isCondition(step->type);
}

} // namespace sd
