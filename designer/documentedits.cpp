// SPDX-License-Identifier: MIT
// The graph and parameter edits of SequenceDocument, and the clipboard.
#include "activeprofile.h"
#include "canvasmodel.h"
#include "insertoption.h"
#include "insertrules.h"
#include "library/recovery.h"
#include "profile.h"
#include "sequencedocument.h"
#include "sequencefile.h"
#include "stepstyle.h"
#include "steptype.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJSValue>
#include <QJsonValue>
#include <QMimeData>

namespace sd {

namespace {

std::optional<LinkRef> linkFrom(const QString &parentId, const QString &branch)
{
    const std::optional<Branch> b =
        branchFromKey(branch.isEmpty() ? QStringLiteral("next") : branch);
    if (!b)
        return std::nullopt;
    return LinkRef{parentId, *b};
}

QString quoted(const QString &name)
{
    return SequenceDocument::tr("“%1”").arg(name);
}

} // namespace

QString SequenceDocument::insertStep(const QString &parentId, const QString &branch,
                                     const QString &typeId)
{
    if (!editable())
        return {};
    const std::optional<LinkRef> at = linkFrom(parentId, branch);
    if (!at)
        return {};
    Sequence after = m_sequence;
    const Step step = newStep(after, typeId);
    if (const EditResult done = after.insertStep(*at, step, activeProfile()); !done) {
        setNotice(done.reason);
        return {};
    }
    const StepType *type = StepCatalogue::find(typeId);
    commit(after, tr("Add %1").arg(quoted(type ? type->translatedName() : typeId)), step.id);
    return step.id;
}

QVariantList SequenceDocument::insertOptions(const QString &parentId, const QString &branch) const
{
    QVariantList out;
    const std::optional<LinkRef> at = linkFrom(parentId, branch);
    for (const StepType &t : StepCatalogue::all()) {
        const QString why = at ? insertRefusal(m_sequence, *at, t.id, activeProfile()) : QString();
        InsertOption option;
        option.id = t.id;
        option.group = StepGroup::key(StepGroup::of(t.group));
        option.groupName = StepCatalogue::groupName(t.group);
        option.name = t.translatedName();
        option.explanation = t.translatedExplanation();
        option.icon = t.icon;
        option.enabled = why.isEmpty() && !readOnly();
        option.reason = why;
        out.append(QVariant::fromValue(option));
    }
    return out;
}

bool SequenceDocument::deleteStep(const QString &id, const QString &keepBranch)
{
    if (!editable())
        return false;
    const Step *step = m_sequence.step(id);
    if (!step)
        return false;
    const QString name = m_canvas.nodeName(id);
    Sequence after = m_sequence;
    const Branch keep = keepBranch == u"no" ? Branch::No : Branch::Yes;
    if (const EditResult done = after.deleteStep(id, keep); !done) {
        setNotice(done.reason);
        return false;
    }
    const std::optional<LinkRef> in = m_sequence.incomingLink(id);
    commit(after, tr("Delete %1").arg(quoted(name)), in ? in->parentId : QString());
    return true;
}

bool SequenceDocument::deleteBranch(const QString &id)
{
    if (!editable())
        return false;
    if (!m_sequence.step(id))
        return false;
    const QString name = m_canvas.nodeName(id);
    Sequence after = m_sequence;
    if (const EditResult done = after.deleteBranch(id); !done) {
        setNotice(done.reason);
        return false;
    }
    const std::optional<LinkRef> in = m_sequence.incomingLink(id);
    commit(after, tr("Delete %1 and the steps below it").arg(quoted(name)),
           in ? in->parentId : QString());
    return true;
}

bool SequenceDocument::moveStep(const QString &id, const QString &parentId, const QString &branch)
{
    if (!editable())
        return false;
    const std::optional<LinkRef> to = linkFrom(parentId, branch);
    if (!to || !m_sequence.contains(id))
        return false;
    Sequence after = m_sequence;
    if (const EditResult done = after.moveStep(id, *to, activeProfile()); !done) {
        setNotice(done.reason);
        return false;
    }
    if (after == m_sequence)
        return true;
    commit(after, tr("Move %1").arg(quoted(m_canvas.nodeName(id))), id);
    return true;
}

// A yes/no field shows its value as an unticked box until it is ticked: the step holds what the
// box shows, "No", from the moment the field is chosen.
void SequenceDocument::settleFieldValue(const StepType &type, QJsonObject &params) const
{
    const RecordType *record = Profile::defaultProfile().recordType(m_sequence.recordType);
    const Field *field = record ? record->field(params.value(u"field").toString()) : nullptr;
    if (!field || field->type != FieldType::YesNo)
        return;
    for (const ParamSpec &p : type.params) {
        if (p.kind == ParamKind::FieldValue && !params.value(p.key).isBool())
            params.insert(p.key, false);
    }
}

bool SequenceDocument::setParam(const QString &id, const QString &key, const QVariant &value)
{
    if (!editable())
        return false;
    const Step *step = m_sequence.step(id);
    if (!step)
        return false;
    QJsonObject params = step->params;
    // JavaScript arrays and objects arrive as QJSValue.
    const QVariant plain = value.metaType() == QMetaType::fromType<QJSValue>()
                               ? value.value<QJSValue>().toVariant()
                               : value;
    const QJsonValue json = QJsonValue::fromVariant(plain);
    if (!plain.isValid() || json.isNull() || json.isUndefined())
        params.remove(key);
    else
        params.insert(key, json);
    const StepType *type = StepCatalogue::find(step->type);
    const ParamSpec *spec = type ? type->param(key) : nullptr;
    if (spec && spec->kind == ParamKind::Field)
        settleFieldValue(*type, params);
    if (params == step->params)
        return true;
    Sequence after = m_sequence;
    if (const EditResult done = after.setParams(id, params); !done) {
        setNotice(done.reason);
        return false;
    }
    const QString label = spec ? QCoreApplication::translate("StepCatalogue", spec->label) : key;
    commit(after, tr("Change %1 of %2").arg(label, quoted(m_canvas.nodeName(id))), id,
           id + QLatin1Char('/') + key);
    return true;
}

bool SequenceDocument::renameStep(const QString &id, const QString &name)
{
    if (!editable())
        return false;
    const Step *step = m_sequence.step(id);
    if (!step || step->name == name)
        return step != nullptr;
    Sequence after = m_sequence;
    if (const EditResult done = after.rename(id, name); !done) {
        setNotice(done.reason);
        return false;
    }
    commit(after, tr("Rename %1").arg(quoted(m_canvas.nodeName(id))), id,
           id + QStringLiteral("#name"));
    return true;
}

bool SequenceDocument::describeStep(const QString &id, const QString &description)
{
    if (!editable())
        return false;
    const Step *step = m_sequence.step(id);
    if (!step || step->description == description)
        return step != nullptr;
    Sequence after = m_sequence;
    if (const EditResult done = after.setDescription(id, description); !done) {
        setNotice(done.reason);
        return false;
    }
    commit(after, tr("Describe %1").arg(quoted(m_canvas.nodeName(id))), id,
           id + QStringLiteral("#description"));
    return true;
}

// --- Clipboard ---

QByteArray SequenceDocument::branchJson(const QString &id) const
{
    if (!m_sequence.step(id))
        return {};
    Sequence clip;
    clip.id = m_sequence.id;
    clip.name = m_sequence.name;
    clip.recordType = m_sequence.recordType;
    QList<Step> steps;
    for (const QString &s : m_sequence.subtree(id))
        steps.append(*m_sequence.step(s));
    clip.setSteps(steps);
    clip.start = id;
    return writeSequenceFile({clip});
}

bool SequenceDocument::copyBranch(const QString &id)
{
    const QByteArray json = branchJson(id);
    if (json.isEmpty())
        return false;
    if (QClipboard *clipboard = QGuiApplication::clipboard()) {
        auto *mime = new QMimeData;
        mime->setText(QString::fromUtf8(json));
        mime->setData(QStringLiteral("application/json"), json);
        clipboard->setMimeData(mime);
    }
    setNotice(tr("Copied %1 with the steps below it.").arg(quoted(m_canvas.nodeName(id))));
    return true;
}

bool SequenceDocument::cutBranch(const QString &id)
{
    if (!editable() || !copyBranch(id))
        return false;
    return deleteBranch(id);
}

bool SequenceDocument::canPaste() const
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    return clipboard && clipboard->text().contains(QStringLiteral("\"sequence-designer\""));
}

QString SequenceDocument::paste(const QString &parentId, const QString &branch)
{
    const std::optional<LinkRef> at = linkFrom(parentId, branch);
    const QClipboard *clipboard = QGuiApplication::clipboard();
    if (!at || !clipboard)
        return {};
    return pasteJson(clipboard->text().toUtf8(), *at);
}

QString SequenceDocument::pasteJson(const QByteArray &json, const LinkRef &at)
{
    if (!editable())
        return {};
    const ReadResult read = readSequenceFile(json);
    if (!read.ok() || read.sequences.isEmpty() || read.sequences.first().steps().isEmpty()) {
        setNotice(tr("The clipboard holds no steps to paste. Copy a step on the canvas, or "
                     "sequence file text, first."));
        return {};
    }
    const Sequence &clip = read.sequences.first();
    const Step *root = clip.step(clip.start);
    Sequence after = m_sequence;
    QString newRoot;
    if (const EditResult done =
            after.insertBranch(at, clip.steps(), clip.start, activeProfile(), &newRoot);
        !done) {
        setNotice(done.reason);
        return {};
    }
    commit(after, tr("Paste %1").arg(quoted(root && !root->name.isEmpty() ? root->name : newRoot)),
           newRoot);
    return newRoot;
}

void SequenceDocument::abandon()
{
    m_autosaveTimer.stop();
    if (m_recovery)
        m_recovery->discard();
    m_recovery.reset();
}

void SequenceDocument::reload()
{
    const QString keep = m_selectedId;
    const bool wasDirty = dirty();
    if (m_autosaveTimer.isActive() || (wasDirty && m_recovery))
        autosaveNow();
    m_recovery.reset();
    m_loaded = false;
    m_hasRecovery = false;
    m_restoredDirty = false;
    m_undo.clear();
    tryLoad();
    setSelectedId(m_loaded && m_sequence.contains(keep) ? keep : QString());
    if (wasDirty)
        emit dirtyChanged();
    if (!m_loaded) {
        emit loadedChanged();
        emit readOnlyChanged();
    }
}

} // namespace sd
