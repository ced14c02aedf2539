// SPDX-License-Identifier: MIT
#pragma once
// Private to the validator: what its rule families (validator.cpp, graphcheck.cpp, rulecheck.cpp,
// paramcheck.cpp, fieldcheck.cpp) share. Nothing here is API.

#include "diagnostic.h"
#include "profile.h"
#include "sequence.h"
#include "steptype.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <array>
#include <vector>

namespace sd::check {

// Gives the messages the translation context "Validator" that lupdate also sees; a plain
// wrapper function would file them under the namespace instead.
struct Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

// Collects the diagnostics of one sequence, each tagged with the sequence's id.
class Report
{
public:
    Report(Diagnostics &out, const QString &sequenceId) : m_out(out), m_sequenceId(sequenceId) {}

    void error(const char *code, const QString &stepId, const QString &message)
    {
        add(code, Severity::Error, stepId, message);
    }
    void warning(const char *code, const QString &stepId, const QString &message)
    {
        add(code, Severity::Warning, stepId, message);
    }
    // Tags what is reported from now on with a step's parameter key (Diagnostic::param); "" ends.
    void setParam(const QString &key) { m_param = key; }

private:
    void add(const char *code, Severity severity, const QString &stepId, const QString &message)
    {
        m_out.append(Diagnostic{QString::fromLatin1(code), severity, stepId, message, m_sequenceId,
                                m_param});
    }

    Diagnostics &m_out;
    QString m_sequenceId;
    QString m_param;
};

// How a message names a step: its name, else its type's display name, else its id.
[[nodiscard]] QString stepLabel(const Step &step);

inline constexpr qsizetype noStep = -1;

// The steps as a graph by index: node i is `sequence.steps()[i]`, a link goes to the first step
// with the id it names. Later steps that repeat an id are step.duplicateId; the graph rules
// leave them out (no edges from them), so they do not report one problem twice. A link of the
// wrong kind (`next` on a condition, `yes`/`no` on another step) is step.badLink and, by spec
// section 7, no edge either: `links` holds noStep for it and `wrongKind` marks it.
struct StepGraph
{
    struct Node
    {
        const StepType *type = nullptr;                         // nullptr: step.unknownType
        bool primary = true;                                    // the first step with its id
        std::array<qsizetype, 3> links{noStep, noStep, noStep}; // next, yes, no resolved
        std::array<bool, 3> wrongKind{false, false, false};     // step.badLink, not an edge
    };
    std::vector<Node> nodes;
    qsizetype start = noStep;

    [[nodiscard]] static StepGraph build(const Sequence &sequence);
    [[nodiscard]] bool hasChild(qsizetype i) const
    {
        const auto &l = nodes[size_t(i)].links;
        return l[0] != noStep || l[1] != noStep || l[2] != noStep;
    }
};

// What the graph analysis learns for the path rules.
struct GraphFacts
{
    std::vector<qsizetype> order;  // the steps reachable from start, each after its parent
    std::vector<qsizetype> parent; // the step above on the path from start; noStep for start
    std::vector<bool> reachable;
};

// Families of rules, each appending to the report.
void checkSteps(const Sequence &sequence, const StepGraph &graph, Report &report); // step.*
// graph.cycle, graph.sharedStep, graph.unreachable through Boost.Graph (graphcheck.cpp).
[[nodiscard]] GraphFacts analyseGraph(const Sequence &sequence, const StepGraph &graph,
                                      Report &report);
// rule.* and lint.* (rulecheck.cpp).
void checkPathRules(const Sequence &sequence, const StepGraph &graph, const GraphFacts &facts,
                    Report &report);

// The profile, indexed once per validation so the checks stay linear in the step count.
struct ProfileIndex
{
    ProfileIndex(const Profile &profile, const QString &recordTypeName);

    const RecordType *recordType = nullptr; // nullptr: the profile lacks the sequence's type
    QHash<QString, const Field *> fields;   // of the record type
    QHash<QString, const Field *> userFields;
    QSet<QString> emailTemplates;
    QSet<QString> smsTemplates;
    QSet<QString> callResults;
    QStringList callResultNames; // for messages, in the profile's order
};

// param.* of every step of a known type (paramcheck.cpp) and of the sequence (fieldcheck.cpp).
void checkParams(const Sequence &sequence, const StepGraph &graph, const ProfileIndex &profile,
                 Report &report);
void checkSequenceSettings(const Sequence &sequence, const ProfileIndex &profile, Report &report);

// Shared by paramcheck.cpp and fieldcheck.cpp.
[[nodiscard]] bool isAbsent(const QJsonValue &value); // missing or null
[[nodiscard]] bool isEmptyValue(const QJsonValue &value);
[[nodiscard]] QString paramLabel(const ParamSpec &spec);
[[nodiscard]] QString fieldLabel(const Field &field);
[[nodiscard]] QString fieldTypeName(FieldType type);
// Empty when `value` is of the type of `field`, else what is wrong, for a message.
[[nodiscard]] QString valueProblem(const Field &field, const QJsonValue &value);

// Where a field-condition group is checked: a step (fields of the record type) or the team
// assignment (user fields).
struct ConditionScope
{
    const QHash<QString, const Field *> &fields;
    const Step *step = nullptr; // nullptr: the assignment

    [[nodiscard]] QString stepId() const { return step ? step->id : QString(); }
    // How messages name the owner of the rules; built only when reporting.
    [[nodiscard]] QString owner() const;
};
// Checks `rules` (a non-empty array of rules and nested groups), iteratively.
void checkFieldRules(const QJsonValue &rules, const ConditionScope &scope, Report &report);
// Checks `updateField`: field writable and value of its type.
void checkUpdateField(const Step &step, const ProfileIndex &profile, Report &report);

} // namespace sd::check
