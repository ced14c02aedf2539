// SPDX-License-Identifier: MIT
#include "sequencereader.h"
#include "translation.h"

#include "sequencereaderparts.h"
#include "steptype.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace sd {

QString JsonPath::toString() const
{
    QList<const JsonPath *> chain;
    for (const JsonPath *p = this; p && p->m_parent; p = p->m_parent)
        chain.prepend(p);
    QString out = QStringLiteral("$");
    for (const JsonPath *p : chain) {
        if (p->m_index >= 0) {
            out += u'[' + QString::number(p->m_index) + u']';
            continue;
        }
        bool plain = !p->m_key.isEmpty() && !p->m_key.front().isDigit();
        for (QChar c : p->m_key) {
            plain = plain && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                              (c >= u'0' && c <= u'9') || c == u'_');
        }
        if (plain) {
            out += u'.' + p->m_key.toString();
        } else {
            QString key = p->m_key.toString();
            key.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
            out += QLatin1String("['") + key + QLatin1String("']");
        }
    }
    return out;
}

namespace detail {

namespace {

bool isUuid(const QString &s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                     (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

bool isStepId(const QString &s)
{
    if (s.isEmpty() || s.size() > limits::maxStepIdLength)
        return false;
    for (QChar c : s) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              c == u'_' || c == u'-'))
            return false;
    }
    return true;
}

bool isTag(const QString &tag)
{
    const QStringList levels = tag.split(u'/');
    if (levels.size() > limits::maxTagLevels)
        return false;
    for (const QString &level : levels) {
        const qsizetype n = codePoints(level);
        if (n < 1 || n > limits::maxTagLevelLength || level.trimmed().isEmpty() ||
            hasControlCharacter(level))
            return false;
    }
    return true;
}

} // namespace

class DocumentReader : public ValueReader
{
public:
    using ValueReader::ValueReader;

    void read(const QJsonObject &document)
    {
        const JsonPath root;
        const JsonPath profilePath = root.key(u"profile");
        if (const QJsonValue v = get(document, "profile"); !v.isUndefined()) {
            if (v.isString())
                m_result.profileName = v.toString();
            else
                wrongType(profilePath, expectString(), v);
        }

        const JsonPath listPath = root.key(u"sequences");
        const QJsonValue list = get(document, "sequences");
        if (list.isUndefined()) {
            missing(listPath,
                    SequenceFileText::tr("Add \"sequences\": [ ... ] with at least one sequence."));
        } else if (!list.isArray()) {
            wrongType(listPath, expectArray(), list);
        } else if (list.toArray().isEmpty()) {
            problem(SequenceFileText::tr(
                        "%1 is empty. A sequence file holds at least one sequence; add "
                        "one.")
                        .arg(listPath.toString()));
        } else {
            readSequences(list.toArray(), listPath);
        }
    }

private:
    void controlCharacter(const JsonPath &path)
    {
        problem(SequenceFileText::tr("%1 contains a control character (a line break, tab, "
                                     "escape or similar). Remove it from the name.")
                    .arg(path.toString()));
    }

    void readSequences(const QJsonArray &list, const JsonPath &path)
    {
        if (list.size() > limits::maxSequences) { // nothing is read: checking them all is slow
            m_result.diagnostics.append(
                {QStringLiteral("file.limit"),
                 Severity::Error,
                 {},
                 SequenceFileText::tr("The file has %1 sequences; at most %2 are read. Split "
                                      "them over several files.")
                     .arg(list.size())
                     .arg(limits::maxSequences),
                 {}});
            return;
        }
        qsizetype stepTotal = 0;
        for (const QJsonValue &v : list) {
            const QJsonValue steps = v.toObject().value(QLatin1String("steps"));
            if (steps.isArray())
                stepTotal += steps.toArray().size();
        }
        m_readSteps = stepTotal <= limits::maxSteps;
        if (!m_readSteps) {
            m_result.diagnostics.append(
                {QStringLiteral("file.limit"),
                 Severity::Error,
                 {},
                 SequenceFileText::tr(
                     "The file has %1 steps; at most %2 are read. Split its sequences over "
                     "several files.")
                     .arg(stepTotal)
                     .arg(limits::maxSteps),
                 {}});
        }
        for (qsizetype i = 0; i < list.size() && !stopped(); ++i) {
            Sequence seq = readSequence(list.at(i), path.index(i));
            // After an error nothing of the file is used, but while every error is file.schema
            // the validator still checks what was read (spec section 7).
            if (!hasErrors(m_result.diagnostics))
                m_result.sequences.append(std::move(seq));
            else if (onlySchemaErrors())
                m_result.checkable.append(std::move(seq));
        }
        if (!m_result.ok()) {
            // The sequences before the first error were kept as usable; they are checkable now.
            m_result.checkable = m_result.sequences + m_result.checkable;
            m_result.sequences.clear();
            if (!onlySchemaErrors())
                m_result.checkable.clear();
        }
    }

    [[nodiscard]] bool onlySchemaErrors() const
    {
        return !stopped() && std::all_of(m_result.diagnostics.cbegin(), m_result.diagnostics.cend(),
                                         [](const Diagnostic &d) {
                                             return !d.isError() || d.code == u"file.schema";
                                         });
    }

    Sequence readSequence(const QJsonValue &value, const JsonPath &path)
    {
        Sequence seq;
        m_sequenceId.clear();
        m_stepId.clear();
        if (!value.isObject()) {
            wrongType(path, expectObject(), value);
            return seq;
        }
        const QJsonObject o = value.toObject();

        const JsonPath idPath = path.key(u"id");
        if (isAbsent(o, "id")) {
            seq.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m_result.madeUpIds.append(seq.id);
        } else if (const auto id = readString(o, "id", idPath); id && !isUuid(*id)) {
            problem(SequenceFileText::tr(
                        "%1 is \"%2\", which is not a UUID (such as "
                        "3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b). Correct it, or remove it "
                        "to give the sequence a new id.")
                        .arg(idPath.toString(), shorten(*id)));
        } else if (id) {
            seq.id = *id;
            m_sequenceId = *id;
        }

        const JsonPath namePath = path.key(u"name");
        if (isAbsent(o, "name")) {
            missing(namePath,
                    SequenceFileText::tr("Give the sequence a name of 1 to %1 characters.")
                        .arg(limits::maxNameLength));
        } else if (const auto name = readString(o, "name", namePath)) {
            seq.name = name->trimmed();
            const qsizetype n = codePoints(seq.name);
            if (n == 0) {
                problem(SequenceFileText::tr("%1 is empty. Give the sequence a name.")
                            .arg(namePath.toString()));
            } else if (n > limits::maxNameLength) {
                tooLong(namePath, n, limits::maxNameLength);
            } else if (hasControlCharacter(seq.name)) {
                controlCharacter(namePath);
            }
        }

        seq.description =
            readText(o, "description", path.key(u"description"), limits::maxDescriptionLength);

        const JsonPath recordTypePath = path.key(u"recordType");
        if (isAbsent(o, "recordType")) {
            missing(recordTypePath,
                    SequenceFileText::tr("Add the record type the sequence works on, such as "
                                         "\"lead\"."));
        } else {
            seq.recordType = readString(o, "recordType", recordTypePath).value_or(QString());
        }

        const JsonPath statusPath = path.key(u"status");
        if (const auto status = readString(o, "status", statusPath); status == u"active") {
            seq.status = Status::Active;
        } else if (status && status != u"inactive") {
            problem(SequenceFileText::tr("%1 is \"%2\"; it must be \"inactive\" or \"active\".")
                        .arg(statusPath.toString(), shorten(*status)));
        }

        readTags(o, path.key(u"tags"), seq);
        readOptions(o, path.key(u"options"), seq);
        readAssignment(o, path.key(u"assignment"), seq);
        readTemplate(o, path.key(u"template"), seq);

        const JsonPath stepsPath = path.key(u"steps");
        const QJsonValue steps = get(o, "steps");
        qsizetype stepCount = 0;
        if (steps.isUndefined()) {
            missing(stepsPath, SequenceFileText::tr("Add \"steps\": [] or the list of steps."));
        } else if (!steps.isArray()) {
            wrongType(stepsPath, expectArray(), steps);
        } else {
            stepCount = steps.toArray().size();
            if (m_readSteps)
                readSteps(steps.toArray(), stepsPath, seq);
        }

        const JsonPath startPath = path.key(u"start");
        const bool hasStart = !isAbsent(o, "start");
        seq.start = readString(o, "start", startPath).value_or(QString());
        if (steps.isArray() && hasStart && stepCount == 0) {
            problem(
                SequenceFileText::tr("%1 is given but the sequence has no steps. Remove \"start\", "
                                     "or add the steps.")
                    .arg(startPath.toString()));
        } else if (stepCount > 0 && !hasStart) {
            missing(startPath,
                    SequenceFileText::tr("Add \"start\" with the id of the first step."));
        }

        readLayout(o, path.key(u"layout"), seq);
        return seq;
    }

    void readTags(const QJsonObject &o, const JsonPath &path, Sequence &seq)
    {
        const QJsonValue tags = get(o, "tags");
        if (tags.isUndefined())
            return;
        if (!tags.isArray()) {
            wrongType(path, expectStringArray(), tags);
            return;
        }
        const QJsonArray list = tags.toArray();
        for (qsizetype i = 0; i < list.size() && !stopped(); ++i) {
            const JsonPath tagPath = path.index(i);
            const QJsonValue tag = list.at(i);
            if (!tag.isString()) {
                wrongType(tagPath, expectString(), tag);
            } else if (!isTag(tag.toString())) {
                problem(SequenceFileText::tr(
                            "%1 is \"%2\"; a tag has 1 to %3 levels separated by /, each "
                            "of 1 to %4 characters, such as \"Inbound/Events\". Correct "
                            "the tag.")
                            .arg(tagPath.toString(), shorten(tag.toString()))
                            .arg(limits::maxTagLevels)
                            .arg(limits::maxTagLevelLength));
            } else {
                seq.tags.append(tag.toString());
            }
        }
    }

    void readOptions(const QJsonObject &o, const JsonPath &path, Sequence &seq)
    {
        const QJsonObject options = readObject(o, "options", path);
        seq.options.exitOnEmailReply =
            readBool(options, "exitOnEmailReply", path.key(u"exitOnEmailReply"));
        seq.options.skipNonWorkingDays =
            readBool(options, "skipNonWorkingDays", path.key(u"skipNonWorkingDays"));
    }

    void readAssignment(const QJsonObject &o, const JsonPath &path, Sequence &seq)
    {
        const QJsonObject assignment = readObject(o, "assignment", path);
        const JsonPath toPath = path.key(u"to");
        if (const auto to = readString(assignment, "to", toPath)) {
            if (const auto key = Assignment::fromKey(*to)) {
                seq.assignment.to = *key;
            } else {
                problem(SequenceFileText::tr("%1 is \"%2\"; it must be recordOwner, recordField, "
                                             "owningTeam or accessTeam.")
                            .arg(toPath.toString(), shorten(*to)));
            }
        }
        seq.assignment.field =
            readString(assignment, "field", path.key(u"field")).value_or(QString());
        const JsonPath conditionPath = path.key(u"condition");
        if (const QJsonValue condition = get(assignment, "condition"); !condition.isUndefined()) {
            if (condition.isObject()) {
                bool changed = false;
                seq.assignment.condition =
                    readRuleGroup(condition.toObject(), conditionPath, changed);
            } else {
                wrongType(conditionPath, expectGroup(), condition);
            }
        }
    }

    void readTemplate(const QJsonObject &o, const JsonPath &path, Sequence &seq)
    {
        if (isAbsent(o, "template"))
            return;
        const QJsonValue value = o.value(QLatin1String("template"));
        if (!value.isObject()) {
            wrongType(path, expectObject(), value);
            return;
        }
        const QJsonObject t = value.toObject();
        TemplateInfo info;
        info.title = readString(t, "title", path.key(u"title")).value_or(QString());
        info.category = readString(t, "category", path.key(u"category")).value_or(QString());
        info.language = readString(t, "language", path.key(u"language")).value_or(QString());
        seq.templateInfo = info;
    }

    void readSteps(const QJsonArray &list, const JsonPath &path, Sequence &seq)
    {
        QList<Step> steps;
        steps.reserve(list.size());
        for (qsizetype i = 0; i < list.size() && !stopped(); ++i) {
            const JsonPath stepPath = path.index(i);
            const QJsonValue v = list.at(i);
            if (!v.isObject()) {
                wrongType(stepPath, expectObject(), v);
                continue;
            }
            steps.append(readStep(v.toObject(), stepPath));
        }
        seq.setSteps(std::move(steps));
        m_stepId.clear();
    }

    Step readStep(const QJsonObject &o, const JsonPath &path)
    {
        Step step;
        m_stepId.clear();
        const JsonPath idPath = path.key(u"id");
        if (const QJsonValue idValue = get(o, "id"); idValue.isUndefined()) {
            missing(idPath,
                    SequenceFileText::tr("Give the step an id of 1 to %1 letters, digits, _ or -.")
                        .arg(limits::maxStepIdLength));
        } else if (const auto id = stringValue(idValue, idPath)) {
            step.id = *id;
            m_stepId = *id;
            if (!isStepId(*id)) {
                problem(SequenceFileText::tr(
                            "%1 is \"%2\"; a step id has 1 to %3 characters, each a "
                            "letter A-Z or a-z, a digit, _ or -. Rename the step and the "
                            "links to it.")
                            .arg(idPath.toString(), shorten(*id))
                            .arg(limits::maxStepIdLength));
            }
        }

        const JsonPath typePath = path.key(u"type");
        if (const QJsonValue type = get(o, "type"); type.isUndefined())
            missing(typePath,
                    SequenceFileText::tr("Add the kind of step, such as \"email\" or \"wait\"."));
        else
            step.type = stringValue(type, typePath).value_or(QString());

        const JsonPath namePath = path.key(u"name");
        step.name = readString(o, "name", namePath).value_or(QString()).trimmed();
        if (const qsizetype n = codePoints(step.name); n > limits::maxStepNameLength)
            tooLong(namePath, n, limits::maxStepNameLength);
        else if (hasControlCharacter(step.name))
            controlCharacter(namePath);
        step.description =
            readText(o, "description", path.key(u"description"), limits::maxDescriptionLength);

        const JsonPath paramsPath = path.key(u"params");
        const QJsonValue params = get(o, "params");
        if (!params.isUndefined() && !params.isObject()) {
            wrongType(paramsPath, expectObject(), params);
        } else if (const StepType *type = StepCatalogue::find(step.type)) {
            step.params = readKnownParams(*type, params.toObject(), paramsPath);
        } else {
            // An unknown type (the validator reports it): keep what the user wrote.
            QJsonObject kept = params.toObject();
            for (auto it = kept.begin(); it != kept.end();)
                it = it.value().isNull() ? kept.erase(it) : it + 1;
            step.params = kept;
        }

        step.next = readString(o, "next", path.key(u"next")).value_or(QString());
        step.yes = readString(o, "yes", path.key(u"yes")).value_or(QString());
        step.no = readString(o, "no", path.key(u"no")).value_or(QString());
        return step;
    }

    void readLayout(const QJsonObject &o, const JsonPath &path, Sequence &seq)
    {
        const QJsonObject layout = readObject(o, "layout", path);
        for (auto it = layout.begin(); it != layout.end(); ++it) {
            const QString stepId = it.key();
            const QJsonValue v = it.value();
            if (v.isNull())
                continue;
            const JsonPath entryPath = path.key(stepId);
            if (!v.isObject()) {
                wrongType(entryPath, expectPosition(), v);
                continue;
            }
            const QJsonObject position = v.toObject();
            const auto x = readNumber(position, "x", entryPath.key(u"x"));
            const auto y = readNumber(position, "y", entryPath.key(u"y"));
            if (x && y)
                seq.layout.insert(stepId, QPointF(*x, *y));
        }
    }

    std::optional<double> readNumber(const QJsonObject &o, const char *key, const JsonPath &path)
    {
        const QJsonValue v = get(o, key);
        if (v.isUndefined()) {
            missing(path, SequenceFileText::tr("Give the position as {\"x\": 0, \"y\": 0}."));
            return std::nullopt;
        }
        if (!v.isDouble()) {
            wrongType(path, expectNumber(), v);
            return std::nullopt;
        }
        return v.toDouble();
    }

    bool m_readSteps = true;
};

void readDocumentBody(const QJsonObject &document, ReadResult &result)
{
    DocumentReader(result).read(document);
}

} // namespace detail

} // namespace sd
