// SPDX-License-Identifier: MIT
#include "stepinspector.h"

#include "sequencedocument.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QEvent>

namespace sd {

namespace {

QString kindName(ParamKind kind)
{
    static const char *names[] = {"EmailTemplate", "SmsTemplate", "Text",        "Days",
                                  "Hours",         "Duration",    "Integer",     "Choice",
                                  "ChoiceSet",     "Bool",        "CallResults", "FieldRules",
                                  "Process",       "Stages",      "SequenceRef", "Field",
                                  "FieldValue",    "AbVersion",   "AbEnd"};
    return QString::fromLatin1(names[int(kind)]);
}

QString editorOf(ParamKind kind)
{
    switch (kind) {
    case ParamKind::Days:
    case ParamKind::Hours:
    case ParamKind::Integer:
        return QStringLiteral("ParamNumber");
    case ParamKind::Duration:
        return QStringLiteral("ParamDuration");
    case ParamKind::Bool:
        return QStringLiteral("ParamBool");
    case ParamKind::Text:
        return QStringLiteral("ParamText");
    case ParamKind::Choice:
    case ParamKind::EmailTemplate:
    case ParamKind::SmsTemplate:
    case ParamKind::Process:
    case ParamKind::SequenceRef:
    case ParamKind::Field:
        return QStringLiteral("ParamChoice");
    case ParamKind::ChoiceSet:
    case ParamKind::CallResults:
    case ParamKind::Stages:
        return QStringLiteral("ParamChoiceSet");
    case ParamKind::FieldValue:
        return QStringLiteral("ParamFieldValue");
    case ParamKind::FieldRules:
        return QStringLiteral("ParamFieldRules");
    case ParamKind::AbVersion:
        return QStringLiteral("ParamAbVersion");
    case ParamKind::AbEnd:
        return QStringLiteral("ParamAbEnd");
    }
    return QStringLiteral("ParamText");
}

QString labelOf(const ParamSpec &spec)
{
    return QCoreApplication::translate("StepCatalogue", spec.label);
}

} // namespace

QVariantList paramProblems(const Sequence &sequence, const QList<Diagnostic> &found,
                           const QString &stepId, const QString &key)
{
    QVariantList out;
    for (const Diagnostic &d : found) {
        if (d.stepId != stepId || !d.code.startsWith(u"param."))
            continue;
        if (!d.param.isEmpty()) { // the parameter checks say which parameter they mean
            if (d.param == key)
                out.append(QVariantMap{{"severity", d.severityKey()}, {"message", d.message}});
            continue;
        }
        // Otherwise the message names the parameter; match on the key or its label.
        const Step *step = sequence.step(stepId);
        const StepType *type = step ? StepCatalogue::find(step->type) : nullptr;
        const ParamSpec *spec = type ? type->param(key) : nullptr;
        const QString label = spec ? labelOf(*spec) : QString();
        if (d.message.contains(key) || (!label.isEmpty() && d.message.contains(label)))
            out.append(QVariantMap{{"severity", d.severityKey()}, {"message", d.message}});
    }
    return out;
}

StepInspector::StepInspector(QObject *parent) : QAbstractListModel(parent)
{
    // The language changes at once (Language::setCurrent): labels and lists follow.
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool StepInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        reset();
    return QAbstractListModel::eventFilter(watched, event);
}

void StepInspector::setDocument(SequenceDocument *document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &SequenceDocument::selectedIdChanged, this, &StepInspector::reset);
        connect(m_document, &SequenceDocument::sequenceChanged, this, &StepInspector::follow);
        connect(m_document, &SequenceDocument::problemsFound, this, &StepInspector::follow);
        connect(m_document, &QObject::destroyed, this, &StepInspector::reset);
    }
    reset();
    emit documentChanged();
}

const Step *StepInspector::selectedStep() const
{
    if (!m_document || m_document->selectedId().isEmpty())
        return nullptr;
    return m_document->sequence().step(m_document->selectedId());
}

void StepInspector::reset()
{
    beginResetModel();
    m_rows.clear();
    const Step *step = selectedStep();
    const StepType *type = step ? StepCatalogue::find(step->type) : nullptr;
    m_stepId = step ? step->id : QString();
    m_stepType = step ? step->type : QString();
    if (type) {
        for (const ParamSpec &spec : type->params)
            m_rows.append(rowFor(spec, *step, true));
    }
    endResetModel();
    updateHeader(step);
}

void StepInspector::follow()
{
    const Step *step = selectedStep();
    if (!step || step->id != m_stepId || step->type != m_stepType) {
        reset();
        return;
    }
    updateHeader(step);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row fresh = rowFor(*m_rows[i].spec, *step, false);
        Row &row = m_rows[i];
        QList<int> roles;
        if (fresh.value != row.value)
            roles.append(ValueRole);
        if (fresh.spec->kind != ParamKind::Stages)
            fresh.choices = row.choices; // the profile's lists do not follow edits
        else if (fresh.choices != row.choices)
            roles.append(ChoicesRole);
        if (fresh.field != row.field)
            roles.append(FieldRole);
        if (fresh.problems != row.problems)
            roles.append(ProblemsRole);
        if (roles.isEmpty())
            continue;
        row = fresh;
        emit dataChanged(index(int(i)), index(int(i)), roles);
    }
}

void StepInspector::updateHeader(const Step *step)
{
    QVariantMap header;
    if (step) {
        const StepType *type = StepCatalogue::find(step->type);
        header = {{"typeName", type ? type->translatedName() : step->type},
                  {"group", m_document->canvas()->nodeGroup(step->id)},
                  {"icon", type ? type->icon : QString()},
                  {"name", step->name},
                  {"description", step->description}};
    }
    if (header == m_header)
        return;
    m_header = header;
    emit stepChanged();
}

StepInspector::Row StepInspector::rowFor(const ParamSpec &spec, const Step &step, bool lists) const
{
    Row row;
    row.spec = &spec;
    row.value = step.params.value(spec.key).toVariant();
    if (lists || spec.kind == ParamKind::Stages)
        row.choices = choicesFor(spec, step);
    if (spec.kind == ParamKind::FieldValue)
        row.field = fieldOf(step.params.value("field").toString());
    row.problems = paramProblems(m_document->sequence(), m_document->problems()->diagnostics(),
                                 step.id, spec.key);
    return row;
}

int StepInspector::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StepInspector::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case KeyRole:
        return row.spec->key;
    case KindRole:
        return kindName(row.spec->kind);
    case LabelRole:
        return labelOf(*row.spec);
    case OptionalRole:
        return !row.spec->required;
    case MinRole:
        return row.spec->min;
    case MaxRole:
        return row.spec->max;
    case ValueRole:
        return row.value;
    case ChoicesRole:
        return row.choices;
    case FieldRole:
        return row.field;
    case ProblemsRole:
        return row.problems;
    case EditorRole:
        return editorOf(row.spec->kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> StepInspector::roleNames() const
{
    return {{KeyRole, "key"},           {KindRole, "kind"},       {LabelRole, "label"},
            {OptionalRole, "optional"}, {MinRole, "min"},         {MaxRole, "max"},
            {ValueRole, "value"},       {ChoicesRole, "choices"}, {FieldRole, "field"},
            {ProblemsRole, "problems"}, {EditorRole, "editor"}};
}

bool StepInspector::setValue(const QString &key, const QVariant &value)
{
    return m_document && !m_stepId.isEmpty() && m_document->setParam(m_stepId, key, value);
}

} // namespace sd
