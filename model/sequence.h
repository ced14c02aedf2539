// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

class Profile;

// A link leaves a step on one of three branches: `next` for ordinary steps, `yes`/`no` for
// conditions.
enum class Branch { Next, Yes, No };

[[nodiscard]] QString branchKey(Branch branch); // "next", "yes", "no"
[[nodiscard]] std::optional<Branch> branchFromKey(const QString &key);

struct Step
{
    QString id;
    QString type;
    QString name; // empty: the type's display name
    QString description;
    QJsonObject params;
    QString next;
    QString yes;
    QString no;

    [[nodiscard]] QString link(Branch branch) const;
    void setLink(Branch branch, const QString &target);
    [[nodiscard]] bool operator==(const Step &) const = default;
};

struct Options
{
    bool exitOnEmailReply = false;
    bool skipNonWorkingDays = false;
    [[nodiscard]] bool operator==(const Options &) const = default;
};

struct Assignment
{
    enum class To { RecordOwner, RecordField, OwningTeam, AccessTeam };
    To to = To::RecordOwner;
    QString field;         // RecordField: a user-lookup field of the record type
    QJsonObject condition; // teams: optional field-condition group { match, rules }
    [[nodiscard]] bool operator==(const Assignment &) const = default;

    [[nodiscard]] static QString toKey(To to);
    [[nodiscard]] static std::optional<To> fromKey(const QString &key);
};

struct TemplateInfo
{
    QString title;
    QString category;
    QString language;
    [[nodiscard]] bool operator==(const TemplateInfo &) const = default;
};

enum class Status { Inactive, Active };

// Where a new step goes: after `parentId` (empty: after "Sequence starts here") on `branch`.
struct LinkRef
{
    QString parentId;
    Branch branch = Branch::Next;
    [[nodiscard]] bool operator==(const LinkRef &) const = default;
};

// The outcome of a graph edit: ok, or the reason it was refused (translated, for the user).
struct EditResult
{
    bool ok = true;
    QString reason;
    static EditResult refuse(const QString &why) { return {false, why}; }
    explicit operator bool() const { return ok; }
};

// One sales sequence: its properties (file format section 2) and its tree of steps.
// Steps keep the order they were read or added in; an index by id makes lookups O(1).
class Sequence
{
public:
    QString id;
    QString name;
    QString description;
    QString recordType = QStringLiteral("lead");
    Status status = Status::Inactive;
    QStringList tags;
    Options options;
    Assignment assignment;
    std::optional<TemplateInfo> templateInfo;
    QString start;
    QHash<QString, QPointF> layout;

    [[nodiscard]] const QList<Step> &steps() const { return m_steps; }
    [[nodiscard]] qsizetype stepCount() const { return m_steps.size(); }
    [[nodiscard]] const Step *step(const QString &id) const;
    [[nodiscard]] bool contains(const QString &id) const { return m_index.contains(id); }
    // Replaces every step at once (the reader and the store use this); duplicate ids are kept
    // in the list, the index points at the first of them.
    void setSteps(QList<Step> steps);
    // Appends without touching links (readers, tests); no checks.
    void appendStep(Step step);

    // The step whose link points at `id`, with the branch; nullopt for the start step or an
    // unreachable step. O(steps).
    [[nodiscard]] std::optional<LinkRef> incomingLink(const QString &id) const;
    [[nodiscard]] QString linkTarget(const LinkRef &link) const; // "" when the link is empty
    // Ids of `id` and every step below it, depth first.
    [[nodiscard]] QStringList subtree(const QString &id) const;
    // An id of the form `<type><n>` not yet used.
    [[nodiscard]] QString freshId(const QString &type) const;
    // The step count shown to users everywhere (gallery, designer, home grid, `list`): the
    // activities only, not waits, conditions or commands (sequences-domain.md, section 6).
    [[nodiscard]] int activityCount() const;
    // The longest path from start in hours: wait steps plus email-condition time limits.
    [[nodiscard]] int durationHours() const;

    // Graph edits. Each keeps the steps a tree under `start`, or refuses with a reason and
    // leaves the sequence unchanged. Inserts and moves also keep the insert rules of
    // insertrules.h (what may go on a link), judged with `profile` (the default profile when
    // none is given).
    EditResult insertStep(const LinkRef &at, Step step);
    EditResult insertStep(const LinkRef &at, Step step, const Profile &profile);
    EditResult deleteStep(const QString &id, Branch keep = Branch::Yes);
    EditResult deleteBranch(const QString &id);
    EditResult moveStep(const QString &id, const LinkRef &to);
    EditResult moveStep(const QString &id, const LinkRef &to, const Profile &profile);
    EditResult setParams(const QString &id, const QJsonObject &params);
    EditResult rename(const QString &id, const QString &name);
    EditResult setDescription(const QString &id, const QString &description);
    // Inserts a whole branch (steps linked among themselves, `root` first) at a link; ids that
    // clash with existing ones are renamed. Returns the new root id in `newRoot`.
    EditResult insertBranch(const LinkRef &at, QList<Step> steps, const QString &root,
                            const Profile &profile, QString *newRoot = nullptr);

    [[nodiscard]] bool operator==(const Sequence &other) const;

private:
    Step *mutableStep(const QString &id);
    EditResult checkLink(const LinkRef &link) const;
    void setLinkTarget(const LinkRef &link, const QString &target);
    void removeSteps(const QStringList &ids);
    // Links `target` below the end of the main path (next, or Yes for conditions) from `from`.
    void appendToMainPath(const QString &from, const QString &target);
    void reindex();

    QList<Step> m_steps;
    QHash<QString, qsizetype> m_index;
};

} // namespace sd
