// SPDX-License-Identifier: MIT
#pragma once

#include "canvasmodel.h"
#include "comparison.h"
#include "problemmodel.h"
#include "sequence.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace sd {

class Library;
class LibrarySession;
class RecoveryWriter;
struct StepType;

// One sequence open in the designer: loaded from the library, edited through an undo stack
// (one command per edit, named after it), validated a moment after each edit, autosaved to the
// recovery area, and saved back with Ctrl+S. QML sets `session` (the LibrarySession) and
// `sequenceId`; C++ tests may call setLibrary() instead.
class SequenceDocument : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("librarysession.h")
    Q_PROPERTY(sd::LibrarySession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString sequenceId READ sequenceId WRITE setSequenceId NOTIFY sequenceIdChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY propertiesChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY propertiesChanged)
    Q_PROPERTY(QString recordType READ recordType NOTIFY propertiesChanged)
    Q_PROPERTY(QString recordTypeName READ recordTypeName NOTIFY propertiesChanged)
    Q_PROPERTY(QStringList tags READ tags WRITE setTags NOTIFY propertiesChanged)
    // The tags as one line, "a, b/c"; written, the line's comma-separated paths (blanks dropped).
    Q_PROPERTY(QString tagsText READ tagsText WRITE setTagsText NOTIFY propertiesChanged)
    Q_PROPERTY(bool exitOnEmailReply READ exitOnEmailReply WRITE setExitOnEmailReply NOTIFY
                   propertiesChanged)
    Q_PROPERTY(bool skipNonWorkingDays READ skipNonWorkingDays WRITE setSkipNonWorkingDays NOTIFY
                   propertiesChanged)
    Q_PROPERTY(QVariantMap assignment READ assignment WRITE setAssignment NOTIFY propertiesChanged)
    Q_PROPERTY(QString status READ status NOTIFY propertiesChanged)
    Q_PROPERTY(bool active READ active NOTIFY propertiesChanged)
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY readOnlyChanged)
    // The older version shown read-only (documentversions.cpp); 0: the current sequence.
    Q_PROPERTY(int viewedVersion READ viewedVersion NOTIFY readOnlyChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)
    Q_PROPERTY(bool hasRecovery READ hasRecovery NOTIFY recoveryChanged)
    // Set when a save was refused because someone else saved since the sequence was opened:
    // who and when, and the three ways on (openTheirs, saveYoursAsCopy, compareWithTheirs).
    Q_PROPERTY(QString conflictText READ conflictText NOTIFY conflictChanged)
    Q_PROPERTY(QString recoveryText READ recoveryText NOTIFY recoveryChanged)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY sequenceChanged)
    Q_PROPERTY(int activityCount READ activityCount NOTIFY sequenceChanged)
    Q_PROPERTY(bool hasEmailStep READ hasEmailStep NOTIFY sequenceChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE setSelectedId NOTIFY selectedIdChanged)
    Q_PROPERTY(sd::CanvasModel *canvas READ canvas CONSTANT)
    Q_PROPERTY(sd::ProblemModel *problems READ problems CONSTANT)
    Q_PROPERTY(sd::ProblemModel *blockers READ blockers CONSTANT)
    // Two versions, or the sequence and a file, compared on the canvas (documentcompare.cpp).
    Q_PROPERTY(sd::Comparison *comparison READ comparison CONSTANT)
    // The note the next save gives its version (then cleared); never asked for.
    Q_PROPERTY(QString saveNote READ saveNote WRITE setSaveNote NOTIFY saveNoteChanged)

public:
    explicit SequenceDocument(QObject *parent = nullptr);
    ~SequenceDocument() override;

    [[nodiscard]] LibrarySession *session() const;
    void setSession(LibrarySession *session);
    // For C++ tests: the library to load from (instead of a LibrarySession).
    void setLibrary(Library *library);
    [[nodiscard]] QString sequenceId() const { return m_sequenceId; }
    void setSequenceId(const QString &id);

    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] const Sequence &sequence() const { return m_sequence; }
    [[nodiscard]] CanvasModel *canvas() { return &m_canvas; }
    [[nodiscard]] ProblemModel *problems() { return &m_problems; }
    // What will block activation though editing may go on: no steps, and the library's rules
    // (at most 250 active, advance targets active and of the same record type).
    [[nodiscard]] ProblemModel *blockers() { return &m_blockers; }
    [[nodiscard]] QUndoStack *undoStack() { return &m_undo; }
    [[nodiscard]] Comparison *comparison() { return &m_comparison; }
    [[nodiscard]] QString saveNote() const { return m_saveNote; }
    void setSaveNote(const QString &note);

    // Sequence properties; the setters are undoable edits.
    [[nodiscard]] QString name() const { return m_sequence.name; }
    void setName(const QString &name);
    [[nodiscard]] QString description() const { return m_sequence.description; }
    void setDescription(const QString &description);
    [[nodiscard]] QString recordType() const { return m_sequence.recordType; }
    [[nodiscard]] QString recordTypeName() const;
    [[nodiscard]] QStringList tags() const { return m_sequence.tags; }
    void setTags(const QStringList &tags);
    [[nodiscard]] QString tagsText() const;
    void setTagsText(const QString &text);
    // Adds the tag `path` (at the end) or removes it.
    Q_INVOKABLE void setTagged(const QString &path, bool on);
    [[nodiscard]] bool exitOnEmailReply() const { return m_sequence.options.exitOnEmailReply; }
    void setExitOnEmailReply(bool on);
    [[nodiscard]] bool skipNonWorkingDays() const { return m_sequence.options.skipNonWorkingDays; }
    void setSkipNonWorkingDays(bool on);
    // {to: "recordOwner"|"recordField"|"owningTeam"|"accessTeam", field, condition}
    [[nodiscard]] QVariantMap assignment() const;
    void setAssignment(const QVariantMap &assignment);
    [[nodiscard]] QString status() const;
    [[nodiscard]] bool active() const { return m_sequence.status == Status::Active; }

    [[nodiscard]] bool readOnly() const;
    [[nodiscard]] QString readOnlyReason() const;
    [[nodiscard]] bool dirty() const { return m_restoredDirty || !m_undo.isClean(); }
    [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
    [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
    [[nodiscard]] QString undoText() const { return m_undo.undoText(); }
    [[nodiscard]] QString redoText() const { return m_undo.redoText(); }
    [[nodiscard]] bool hasRecovery() const { return m_hasRecovery; }
    [[nodiscard]] QString recoveryText() const { return m_recoveryText; }
    [[nodiscard]] QString conflictText() const { return m_conflictText; }
    [[nodiscard]] int stepCount() const { return int(m_sequence.stepCount()); }
    // The step count users see (Sequence::activityCount): no waits, conditions or commands.
    [[nodiscard]] int activityCount() const { return m_sequence.activityCount(); }
    // For "Exit the sequence when the customer replies": it needs one.
    [[nodiscard]] bool hasEmailStep() const;
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void setSelectedId(const QString &id);

    // --- Edits. Each returns false (or "") when refused; `notice` then says why. ---
    // Inserts a new step of `typeId` on the link (parentId, branch "next"/"yes"/"no"); returns
    // its id and selects it.
    Q_INVOKABLE QString insertStep(const QString &parentId, const QString &branch,
                                   const QString &typeId);
    // Every step type as offered at that link (id, group, groupName, name, explanation, icon,
    // enabled, reason), in the catalogue's order (grouped): the add dialog's tabs and the
    // palette's sections come from `group` and `groupName`.
    Q_INVOKABLE QVariantList insertOptions(const QString &parentId, const QString &branch) const;
    // Deletes a step; for a condition, `keepBranch` ("yes"/"no") is the path that stays.
    Q_INVOKABLE bool deleteStep(const QString &id, const QString &keepBranch = {});
    Q_INVOKABLE bool deleteBranch(const QString &id);
    // Moves `id` with everything below it to the link (parentId, branch).
    Q_INVOKABLE bool moveStep(const QString &id, const QString &parentId, const QString &branch);
    // Sets one parameter; consecutive edits of the same parameter merge into one undo step.
    // An undefined/null value removes the parameter.
    Q_INVOKABLE bool setParam(const QString &id, const QString &key, const QVariant &value);
    Q_INVOKABLE bool renameStep(const QString &id, const QString &name);
    Q_INVOKABLE bool describeStep(const QString &id, const QString &description);
    // The clipboard holds the file format's JSON of the branch below `id`.
    Q_INVOKABLE bool copyBranch(const QString &id);
    Q_INVOKABLE bool cutBranch(const QString &id);
    Q_INVOKABLE QString paste(const QString &parentId, const QString &branch);
    Q_INVOKABLE bool canPaste() const;
    // Without the clipboard (tests): the JSON of a branch, and pasting JSON text.
    [[nodiscard]] QByteArray branchJson(const QString &id) const;
    QString pasteJson(const QByteArray &json, const LinkRef &at);

    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // Saves to the library (refused when someone else saved in between); true when saved.
    Q_INVOKABLE bool save();
    // Reads the sequence again from the library (after another part of the program changed it,
    // e.g. activated it): the undo history goes, the selection stays when its step still exists.
    // Unsaved edits are kept in the recovery area first, so they are offered for restoring.
    Q_INVOKABLE void reload();
    Q_INVOKABLE void restoreRecovery();
    // After a refused save (conflictText), documentconflict.cpp. Open theirs: the library's
    // sequence, your edits kept in the recovery area and offered to restore. Save yours as a
    // copy: a new sequence holding your edits, which the page then shows. Compare: theirs and
    // yours on the canvas, read-only; closing it opens theirs as above.
    Q_INVOKABLE void openTheirs();
    Q_INVOKABLE bool saveYoursAsCopy();
    Q_INVOKABLE bool compareWithTheirs();
    // Shows version `number` of the history read-only (refused while there are unsaved edits);
    // viewCurrent() goes back to the current sequence.
    Q_INVOKABLE bool viewVersion(int number);
    Q_INVOKABLE void viewCurrent();
    // Shows version `older` compared with version `newer` (0: the newest) on the canvas,
    // read-only: the newer with marks, removed steps as ghosts, `comparison` listing the changes.
    // Refused while there are unsaved edits. viewCurrent() closes it.
    Q_INVOKABLE bool compareVersions(int older, int newer);
    // Runs the comparison shown again, keeping the chosen change: its texts are made in C++, so
    // QML calls this when the language changes.
    Q_INVOKABLE void compareAgain();
    // True when a comparison may start (loaded, no unsaved edits); else `notice` says why.
    Q_INVOKABLE bool canCompare();
    // The same with a sequence file (of one sequence, importable) as the older side.
    Q_INVOKABLE bool compareWithFile(const QUrl &file);
    [[nodiscard]] int viewedVersion() const { return m_viewedVersion; }
    Q_INVOKABLE void discardRecovery();
    // Leaving without saving: the unsaved edits are dropped, the recovery copy too.
    Q_INVOKABLE void abandon();
    // Runs the pending validation and autosave now (tests, leaving the page).
    Q_INVOKABLE void flush();
    // Runs a pending validation now (problems() and problemsFound() follow); false: none was.
    bool validatePending();
    Q_INVOKABLE void clearNotice();

    Q_INVOKABLE bool isCondition(const QString &id) const;
    // Where the sequence was loaded from (the session's library, or setLibrary()'s); for the
    // look-ups of the side pane (StepInspector).
    [[nodiscard]] Library *library() const;

signals:
    void sessionChanged();
    void sequenceIdChanged();
    void loadedChanged();
    void errorMessageChanged();
    void noticeChanged();
    void propertiesChanged();
    void readOnlyChanged();
    void dirtyChanged();
    void undoStateChanged();
    void recoveryChanged();
    void conflictChanged();
    void sequenceChanged();
    void selectedIdChanged();
    void saveNoteChanged();
    void saved();
    // problems() were found anew: after an edit's pause, a load, a version or comparison shown.
    void problemsFound();

private:
    friend class EditCommand;
    void tryLoad();
    void setError(const QString &message);
    void setNotice(const QString &message);
    // Pushes an edit: `after` becomes the sequence; `mergeKey` non-empty merges a series.
    void commit(const Sequence &after, const QString &text, const QString &select = {},
                const QString &mergeKey = {});
    // Called by commands: makes `sequence` current.
    void apply(const Sequence &sequence, const QString &select);
    void validateNow();
    // Looks up the names of the sequences the "Advance" steps hand over to (only when one is
    // not known yet), for their card summaries.
    void refreshTargetNames();
    void autosaveNow();
    bool editable();
    [[nodiscard]] QString viewedVersionReason() const;
    void setConflictText(const QString &text);
    // A read-only sequence shown as it is (active, or a read-only library) is read again when
    // the library says it changed (another manager, LISTEN/NOTIFY) and its version moved.
    void refreshIfChangedElsewhere();
    void showComparison(const Sequence &older, const Sequence &newer, const QString &olderLabel,
                        const QString &newerLabel);
    void settleFieldValue(const StepType &type, QJsonObject &params) const;
    bool editProperties(const QString &text, const std::function<void(Sequence &)> &change,
                        const QString &mergeKey = {});

    QPointer<LibrarySession> m_session;
    Library *m_library = nullptr;
    QString m_sequenceId;
    bool m_loaded = false;
    QString m_error;
    QString m_notice;
    Sequence m_sequence;
    qint64 m_version = 0;
    QUndoStack m_undo;
    CanvasModel m_canvas;
    QHash<QString, QString> m_targetNames;
    QSet<QString> m_targetsLookedUp;
    ProblemModel m_problems;
    ProblemModel m_blockers;
    QTimer m_validateTimer;
    QTimer m_autosaveTimer;
    std::unique_ptr<RecoveryWriter> m_recovery;
    bool m_hasRecovery = false;
    QString m_recoveryText;
    QString m_conflictText;
    bool m_restoredDirty = false;
    QString m_selectedId;
    QElapsedTimer m_lastMerge;
    int m_viewedVersion = 0;
    Comparison m_comparison;
    std::function<bool()> m_compareAgain;
    QString m_saveNote;
};

} // namespace sd
