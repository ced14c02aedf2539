// SPDX-License-Identifier: MIT
#pragma once

// Comparing two sequences (../shared/spec/sequence-diff.md, section 2 and its precise rules):
// what `sequence-designer diff` prints, what the history's one-line summary counts and what a
// comparison view marks. Steps are matched by id; layout and status are never differences.

#include "sequence.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

// In the order the spec's table lists them, which is also the order changes are sorted in.
enum class ChangeKind { Added, Removed, Changed, Moved, Property };

[[nodiscard]] QString changeKindKey(ChangeKind kind); // "added", "removed", ...

// Where a step hangs in the tree: the step whose `next`, `yes` or `no` names it (parent empty
// and branch "start" for the start step).
struct ParentLink
{
    QString parent;
    QString branch; // "next", "yes", "no" or "start"
    [[nodiscard]] bool operator==(const ParentLink &) const = default;
};

struct Change
{
    ChangeKind kind = ChangeKind::Added;
    QString step;     // the step id (step changes)
    QStringList keys; // Changed: the changed JSON paths below the step, sorted
    // Moved: the parent links before and after; nullopt for an unreachable step.
    std::optional<ParentLink> fromLink;
    std::optional<ParentLink> toLink;
    QString key;     // Property: name, description, ..., options.<name>
    QJsonValue from; // Property: the value after reading; Null when absent or empty
    QJsonValue to;
    [[nodiscard]] bool operator==(const Change &) const = default;

    [[nodiscard]] static Change ofStep(ChangeKind kind, const QString &step)
    {
        Change c;
        c.kind = kind;
        c.step = step;
        return c;
    }
    [[nodiscard]] static Change ofProperty(const QString &key, const QJsonValue &from,
                                           const QJsonValue &to)
    {
        Change c;
        c.kind = ChangeKind::Property;
        c.key = key;
        c.from = from;
        c.to = to;
        return c;
    }
};

// Every difference from `older` to `newer`, sorted by kind, then step id (properties by key),
// in Unicode code point order. The ids of the two sequences are not compared.
[[nodiscard]] QList<Change> compareSequences(const Sequence &older, const Sequence &newer);

// `{ "changes": [ ... ] }` as `diff --json` prints it.
[[nodiscard]] QJsonObject changesToJson(const QList<Change> &changes);
[[nodiscard]] QJsonObject changeToJson(const Change &change);
// A value of a change as people read it: "text" quoted, (none) for absent, JSON otherwise.
[[nodiscard]] QString changeValueText(const QJsonValue &value);
// One line per change in the interface language, for `diff` without --json.
[[nodiscard]] QString describeChange(const Change &change);
// The history's one-line summary, e.g. "+2 steps, 1 changed, name"; "no changes" when empty.
[[nodiscard]] QString summarizeChanges(const QList<Change> &changes);
// The same from counts of step changes and the changed property keys.
[[nodiscard]] QString summarizeCounts(int added, int removed, int changed, int moved,
                                      const QStringList &properties);

// True when `a` sorts before `b` by Unicode code point (QString's operator< compares UTF-16
// code units, which differs for characters above U+FFFF).
[[nodiscard]] bool codePointLess(QStringView a, QStringView b);

} // namespace sd
