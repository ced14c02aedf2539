// SPDX-License-Identifier: MIT
#include "sequencediff.h"

#include "steptype.h"

#include <QJsonArray>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace sd {

namespace {

// Values compare "after reading": numbers by value, everything else by JSON type and content.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type()) {
        // Absent and null are equal (a key whose value is null counts as absent).
        return (a.isNull() || a.isUndefined()) && (b.isNull() || b.isUndefined());
    }
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!jsonEqual(it.value(), y.value(it.key())))
                return false;
        }
        for (auto it = y.begin(); it != y.end(); ++it) {
            if (!x.contains(it.key()) && !it.value().isNull())
                return false;
        }
        return true;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    }
    return false;
}

// Sets compare as sets of distinct values: order and repeats do not matter.
bool setEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (!a.isArray() || !b.isArray())
        return jsonEqual(a, b);
    const QJsonArray x = a.toArray();
    const QJsonArray y = b.toArray();
    const auto within = [](const QJsonArray &of, const QJsonArray &in) {
        for (const QJsonValue &v : of) {
            if (std::none_of(in.begin(), in.end(),
                             [&](const QJsonValue &w) { return jsonEqual(v, w); }))
                return false;
        }
        return true;
    };
    return within(x, y) && within(y, x);
}

bool isSetParam(const StepType *type, const QString &key)
{
    const ParamSpec *spec = type ? type->param(key) : nullptr;
    return spec && (spec->kind == ParamKind::ChoiceSet || spec->kind == ParamKind::CallResults ||
                    spec->kind == ParamKind::Stages);
}

// A step's params as its type reads them: only the keys the type has (all of them for a type
// the catalogue lacks), nulls dropped, and the reading defaults filled in.
QJsonObject readParams(const Step &step, const StepType *type)
{
    QJsonObject out;
    for (auto it = step.params.begin(); it != step.params.end(); ++it) {
        if (!it.value().isNull() && (!type || type->param(it.key())))
            out.insert(it.key(), it.value());
    }
    if (type && type->id == u"abTest" && !out.contains(u"splitA"))
        out.insert(QStringLiteral("splitA"), 50);
    if (type && type->id == u"emailCondition" && !out.contains(u"advanceImmediately"))
        out.insert(QStringLiteral("advanceImmediately"), false);
    return out;
}

// Adds the paths below `prefix` whose values differ: down through objects to the first
// differing key, stopping where one side lacks the key. Arrays (and sets) are single keys.
void objectPaths(const QJsonObject &a, const QJsonObject &b, const QString &prefix,
                 const StepType *typeA, const StepType *typeB, bool topLevel, QStringList &out)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys()) {
        if (!a.contains(k))
            keys.append(k);
    }
    for (const QString &k : std::as_const(keys)) {
        const QJsonValue x = a.value(k);
        const QJsonValue y = b.value(k);
        const QString path = prefix + u'.' + k;
        const bool xAbsent = x.isUndefined() || x.isNull();
        const bool yAbsent = y.isUndefined() || y.isNull();
        if (xAbsent || yAbsent) {
            if (xAbsent != yAbsent)
                out.append(path);
        } else if (x.isObject() && y.isObject()) {
            objectPaths(x.toObject(), y.toObject(), path, nullptr, nullptr, false, out);
        } else if (topLevel && (isSetParam(typeA, k) || isSetParam(typeB, k))) {
            if (!setEqual(x, y))
                out.append(path);
        } else if (!jsonEqual(x, y)) {
            out.append(path);
        }
    }
}

QStringList changedKeys(const Step &a, const Step &b)
{
    QStringList keys;
    if (a.type != b.type)
        keys.append(QStringLiteral("type"));
    if (a.name != b.name)
        keys.append(QStringLiteral("name"));
    if (a.description != b.description)
        keys.append(QStringLiteral("description"));
    const StepType *typeA = StepCatalogue::find(a.type);
    const StepType *typeB = StepCatalogue::find(b.type);
    objectPaths(readParams(a, typeA), readParams(b, typeB), QStringLiteral("params"), typeA, typeB,
                true, keys);
    std::sort(keys.begin(), keys.end(), codePointLess);
    return keys;
}

// The step of `s` with `id`: where `hint` says (versions mostly keep the order of their steps,
// and comparing an id costs less than hashing it), else by the index.
const Step *find(const Sequence &s, const QString &id, qsizetype hint)
{
    if (hint < s.stepCount() && s.steps()[hint].id == id)
        return &s.steps()[hint];
    return s.step(id);
}

// Where each step of `s` hangs, by its position in s.steps(): the parent's position (-1 for the
// start step) and the branch, none for a step not reachable from `start` (even when
// an unreachable step links to it). Links a step of its type cannot have (a condition's `next`,
// another step's `yes`/`no`) are no edges, as for the validator. Positions rather than a hash
// by id: at 10,000 steps hashing ids would cost more than the whole comparison.
struct Links
{
    QList<qsizetype> parent;
    QList<char> branch; // 'n' next, 'y' yes, 'x' no, 's' start, 0 unreachable
};

Links parentLinks(const Sequence &s)
{
    const qsizetype n = s.stepCount();
    Links links{QList<qsizetype>(n, -1), QList<char>(n, 0)};
    const Step *first = s.steps().constData();
    const Step *start = s.step(s.start);
    if (!start)
        return links;
    // A sequence uses a handful of types: comparing a type with those seen costs less than
    // hashing it for the catalogue at every step.
    QVarLengthArray<std::pair<QString, bool>, 24> conditionTypes;
    const auto isCondition = [&](const QString &type) {
        for (const auto &[known, condition] : conditionTypes) {
            if (known == type)
                return condition;
        }
        conditionTypes.append({type, StepCatalogue::isCondition(type)});
        return conditionTypes.last().second;
    };
    QList<qsizetype> pending{start - first};
    links.branch[start - first] = 's';
    while (!pending.isEmpty()) {
        const qsizetype at = pending.takeLast();
        const Step &step = s.steps()[at];
        const bool condition = isCondition(step.type);
        const std::pair<const QString *, char> out[] = {{condition ? nullptr : &step.next, 'n'},
                                                        {condition ? &step.yes : nullptr, 'y'},
                                                        {condition ? &step.no : nullptr, 'x'}};
        for (const auto &[target, branch] : out) {
            if (!target || target->isEmpty())
                continue;
            const Step *child = find(s, *target, at + 1);
            if (!child || links.branch[child - first] != 0)
                continue;
            links.branch[child - first] = branch;
            links.parent[child - first] = at;
            pending.append(child - first);
        }
    }
    return links;
}

std::optional<ParentLink> linkAt(const Sequence &s, const Links &links, qsizetype at)
{
    switch (links.branch[at]) {
    case 0:
        return std::nullopt;
    case 's':
        return ParentLink{QString(), QStringLiteral("start")};
    case 'n':
        return ParentLink{s.steps()[links.parent[at]].id, QStringLiteral("next")};
    case 'y':
        return ParentLink{s.steps()[links.parent[at]].id, QStringLiteral("yes")};
    default:
        return ParentLink{s.steps()[links.parent[at]].id, QStringLiteral("no")};
    }
}

bool sameLink(const Sequence &a, const Links &la, qsizetype i, const Sequence &b, const Links &lb,
              qsizetype j)
{
    if (la.branch[i] != lb.branch[j])
        return false;
    if (la.branch[i] == 0 || la.branch[i] == 's')
        return true;
    return a.steps()[la.parent[i]].id == b.steps()[lb.parent[j]].id;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue tagsValue(const QStringList &tags)
{
    if (tags.isEmpty())
        return QJsonValue::Null;
    QStringList distinct = QStringList(QSet<QString>(tags.begin(), tags.end()).values());
    std::sort(distinct.begin(), distinct.end(), codePointLess);
    return QJsonArray::fromStringList(distinct);
}

// Only the keys of its `to`.
// Values compare as the file has them (spec section 4): the reader leaves an absent string
// null and a present "" empty, so `"title": ""` differs from no title. An empty condition `{}`
// cannot be told from none: Assignment holds it as an object, which has no absent state.
QJsonValue assignmentValue(const Assignment &a)
{
    QJsonObject o{{QStringLiteral("to"), Assignment::toKey(a.to)}};
    if (a.to == Assignment::To::RecordField && !a.field.isNull())
        o.insert(QStringLiteral("field"), a.field);
    const bool team = a.to == Assignment::To::OwningTeam || a.to == Assignment::To::AccessTeam;
    if (team && !a.condition.isEmpty())
        o.insert(QStringLiteral("condition"), a.condition);
    return o;
}

QJsonValue templateValue(const std::optional<TemplateInfo> &t)
{
    if (!t)
        return QJsonValue::Null;
    QJsonObject o;
    if (!t->title.isNull())
        o.insert(QStringLiteral("title"), t->title);
    if (!t->category.isNull())
        o.insert(QStringLiteral("category"), t->category);
    if (!t->language.isNull())
        o.insert(QStringLiteral("language"), t->language);
    return o;
}

void compareProperties(const Sequence &a, const Sequence &b, QList<Change> &out)
{
    const auto property = [&](const char *key, const QJsonValue &from, const QJsonValue &to,
                              bool set = false) {
        if (set ? setEqual(from, to) : jsonEqual(from, to))
            return;
        out.append(Change::ofProperty(QString::fromLatin1(key), from, to));
    };
    property("assignment", assignmentValue(a.assignment), assignmentValue(b.assignment));
    property("description", textOrNull(a.description), textOrNull(b.description));
    property("name", a.name, b.name);
    property("options.exitOnEmailReply", a.options.exitOnEmailReply, b.options.exitOnEmailReply);
    property("options.skipNonWorkingDays", a.options.skipNonWorkingDays,
             b.options.skipNonWorkingDays);
    property("recordType", a.recordType, b.recordType);
    property("tags", tagsValue(a.tags), tagsValue(b.tags), true);
    property("template", templateValue(a.templateInfo), templateValue(b.templateInfo));
}

} // namespace

bool codePointLess(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        // Surrogates (U+D800..DFFF) encode code points above U+FFFF: move them above
        // U+E000..FFFF so the UTF-16 order becomes the code point order.
        const auto fix = [](char16_t u) -> int {
            if (u >= 0xD800 && u <= 0xDFFF)
                return u + 0x2000;
            if (u >= 0xE000)
                return u - 0x800;
            return u;
        };
        return fix(x) < fix(y);
    }
    return a.size() < b.size();
}

QList<Change> compareSequences(const Sequence &older, const Sequence &newer)
{
    QList<Change> added, removed, changed, moved;
    const QList<Step> &stepsA = older.steps();
    const QList<Step> &stepsB = newer.steps();
    for (qsizetype j = 0; j < stepsB.size(); ++j) {
        if (!find(older, stepsB[j].id, j))
            added.append(Change::ofStep(ChangeKind::Added, stepsB[j].id));
    }
    const Links linksA = parentLinks(older);
    const Links linksB = parentLinks(newer);
    for (qsizetype i = 0; i < stepsA.size(); ++i) {
        const Step &a = stepsA[i];
        const Step *b = find(newer, a.id, i);
        if (!b) {
            removed.append(Change::ofStep(ChangeKind::Removed, a.id));
            continue;
        }
        const bool same = a.type == b->type && a.name == b->name &&
                          a.description == b->description && a.params == b->params;
        if (!same) {
            if (QStringList keys = changedKeys(a, *b); !keys.isEmpty()) {
                Change c = Change::ofStep(ChangeKind::Changed, a.id);
                c.keys = std::move(keys);
                changed.append(c);
            }
        }
        const qsizetype j = b - stepsB.constData();
        if (!sameLink(older, linksA, i, newer, linksB, j)) {
            Change c = Change::ofStep(ChangeKind::Moved, a.id);
            c.fromLink = linkAt(older, linksA, i);
            c.toLink = linkAt(newer, linksB, j);
            moved.append(c);
        }
    }
    const auto byStep = [](const Change &x, const Change &y) {
        return codePointLess(x.step, y.step);
    };
    QList<Change> out;
    for (QList<Change> *part : {&added, &removed, &changed, &moved}) {
        std::sort(part->begin(), part->end(), byStep);
        out.append(*part);
    }
    compareProperties(older, newer, out); // already in key order
    return out;
}

} // namespace sd
