// SPDX-License-Identifier: MIT
// The operations of the home page on the open library: create, copy, delete, activate,
// deactivate and export.
#include "librarysession.h"

#include "activeprofile.h"
#include "library/activation.h"
#include "library/library.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "profile.h"
#include "sequencefile.h"
#include "steptype.h"
#include "templatetexts.h"

#include <QDir>
#include <QFileInfo>

namespace sd {

namespace {

SessionOutcome created(const SequenceRecord &record)
{
    SessionOutcome out = succeeded();
    out.id = record.sequence.id;
    return out;
}

} // namespace

SessionOutcome LibrarySession::fromStatus(const StoreStatus &status)
{
    if (!status)
        return fail(status.message);
    refreshCounts();
    emit changed();
    return succeeded();
}

QString LibrarySession::nameProblem(const QString &name) const
{
    return sequenceNameProblem(name);
}

QString LibrarySession::descriptionProblem(const QString &description) const
{
    if (codePoints(description) > limits::maxDescriptionLength)
        return tr("The description is longer than %L1 characters. Shorten it.")
            .arg(limits::maxDescriptionLength);
    return {};
}

SequenceInfo LibrarySession::sequenceInfo(const QString &id) const
{
    SequenceInfo info;
    if (!m_library) {
        info.message = m_message;
        return info;
    }
    const StoreResult<SequenceRecord> got = SequenceStore(*m_library).get(id);
    if (!got) {
        info.message = got.message();
        return info;
    }
    const Sequence &s = got.value.sequence;
    info.ok = true;
    info.id = s.id;
    info.name = s.name;
    info.description = s.description;
    info.recordType = s.recordType;
    info.active = s.status == Status::Active;
    info.steps = int(s.activityCount());
    return info;
}

SessionOutcome LibrarySession::create(const QString &name, const QString &description,
                                      const QString &recordType)
{
    if (!m_library)
        return notReady();
    Sequence blank;
    blank.name = name.trimmed();
    blank.description = description;
    blank.recordType = recordType.isEmpty() ? QStringLiteral("lead") : recordType;
    const StoreResult<SequenceRecord> made = SequenceStore(*m_library).create(std::move(blank));
    if (!made)
        return fail(made.message());
    refreshCounts();
    emit changed();
    return created(made.value);
}

SessionOutcome LibrarySession::createFromTemplate(const QVariant &templateFile, const QString &name,
                                                  const QString &description)
{
    if (!m_library)
        return notReady();
    QString path = localPath(templateFile);
    if (path.startsWith(u"qrc:"))
        path = path.mid(3);
    const ReadResult read = readSequenceFile(path);
    if (!read.ok() || read.sequences.isEmpty()) {
        const QString why = read.diagnostics.isEmpty() ? tr("it holds no sequence")
                                                       : read.diagnostics.first().message;
        return fail(tr("The template %1 cannot be used: %2. Choose another template.")
                        .arg(QFileInfo(path).fileName(), why));
    }
    Sequence s = read.sequences.first();
    if (isBundledTemplate(path))
        translateTemplate(s, path); // the steps in the language of the interface
    s.name = name.trimmed();
    s.description = description;
    s.status = Status::Inactive;
    s.templateInfo.reset();
    const StoreResult<SequenceRecord> made = SequenceStore(*m_library).create(std::move(s));
    if (!made)
        return fail(made.message());
    refreshCounts();
    emit changed();
    return created(made.value);
}

SessionOutcome LibrarySession::copy(const QString &id, const QString &name,
                                    const QString &description)
{
    if (!m_library)
        return notReady();
    const StoreResult<SequenceRecord> made =
        SequenceStore(*m_library).clone(id, name.trimmed(), description);
    if (!made)
        return fail(made.message());
    refreshCounts();
    emit changed();
    return created(made.value);
}

SessionOutcome LibrarySession::remove(const QString &id)
{
    if (!m_library)
        return notReady();
    return fromStatus(SequenceStore(*m_library).remove(id));
}

ActivationOutcome LibrarySession::activate(const QString &id)
{
    ActivationOutcome out;
    if (!m_library) {
        out.message = notReady().message;
        return out;
    }
    const ActivationResult result = Activation(*m_library).activate(id, activeProfile());

    const StoreResult<SequenceRecord> got = SequenceStore(*m_library).get(id);
    for (const Diagnostic &d : result.diagnostics) {
        out.limitReached = out.limitReached || d.code == u"library.activeLimit";
        QString stepName;
        if (got && !d.stepId.isEmpty()) {
            // The step as the canvas names it: its name, else its kind, never its id.
            if (const Step *step = got.value.sequence.step(d.stepId)) {
                const StepType *type = StepCatalogue::find(step->type);
                stepName = !step->name.isEmpty() ? step->name
                           : type                ? type->translatedName()
                                                 : step->type;
            }
        }
        out.problems.append(QVariantMap{{"code", d.code},
                                        {"severity", d.severityKey()},
                                        {"stepId", d.stepId},
                                        {"stepName", stepName},
                                        {"message", d.message}});
    }
    refreshCounts();
    if (result.changed)
        emit changed();
    out.ok = result.ok();
    out.message = result.status.message;
    out.activeCount = result.activeCount;
    // A refusal with problems is the activation dialog's to show; anything else is an error.
    if (!result.ok() && result.diagnostics.isEmpty())
        emit failed(result.status.message);
    return out;
}

ActivationOutcome LibrarySession::deactivate(const QString &id)
{
    const SessionOutcome done =
        m_library ? fromStatus(Activation(*m_library).deactivate(id)) : notReady();
    ActivationOutcome out;
    out.ok = done.ok;
    out.message = done.message;
    out.activeCount = m_activeCount;
    return out;
}

SessionOutcome LibrarySession::exportTo(const QString &id, const QVariant &file)
{
    if (!m_library)
        return notReady();
    QString path = localPath(file);
    if (path.isEmpty())
        return fail(tr("Choose a file to export to."));
    if (!path.endsWith(u".json"))
        path += QStringLiteral(".sequence.json");
    const StoreStatus written = Transfer(*m_library).exportFile({id}, path);
    if (!written)
        return fail(written.message);
    SessionOutcome out = succeeded();
    out.path = QDir::toNativeSeparators(path);
    return out;
}

} // namespace sd
