// SPDX-License-Identifier: MIT
// The validator's entry point, the step graph by index and the step.* rules. The other families
// live in graphcheck.cpp, rulecheck.cpp, paramcheck.cpp and fieldcheck.cpp.
#include "validator.h"
#include "validatorparts.h"

#include <string_view>
#include <unordered_map>

namespace sd {

namespace check {

QString stepLabel(const Step &step)
{
    if (!step.name.trimmed().isEmpty())
        return step.name;
    if (const StepType *type = StepCatalogue::find(step.type))
        return type->translatedName();
    return step.id;
}

namespace {

QStringView viewOf(const QString &s)
{
    return QStringView(s);
}

std::u16string_view u16(QStringView s)
{
    return {s.utf16(), size_t(s.size())};
}

size_t hashOf(QStringView s)
{
    // std::hash over the UTF-16 units: several times cheaper than QHash's seeded hash here, and
    // the validator hashes every id and type once per run.
    return std::hash<std::u16string_view>{}(u16(s));
}

// Step ids to the index of their first step, open addressing in one array: no allocation per
// step and one probe sequence per lookup.
class IdTable
{
public:
    explicit IdTable(const QList<Step> &steps) : m_steps(steps)
    {
        size_t capacity = 16;
        while (capacity < size_t(steps.size()) * 2)
            capacity *= 2;
        m_slots.assign(capacity, noStep);
        m_mask = capacity - 1;
    }

    // Adds step i; false when its id is already taken by an earlier step.
    bool insert(qsizetype i)
    {
        const QStringView id = viewOf(m_steps[i].id);
        size_t slot = hashOf(id) & m_mask;
        while (m_slots[slot] != noStep) {
            if (viewOf(m_steps[m_slots[slot]].id) == id)
                return false;
            slot = (slot + 1) & m_mask;
        }
        m_slots[slot] = i;
        return true;
    }

    [[nodiscard]] qsizetype find(QStringView id) const
    {
        if (id.isEmpty())
            return noStep;
        for (size_t slot = hashOf(id) & m_mask; m_slots[slot] != noStep;
             slot = (slot + 1) & m_mask) {
            if (viewOf(m_steps[m_slots[slot]].id) == id)
                return m_slots[slot];
        }
        return noStep;
    }

private:
    const QList<Step> &m_steps;
    std::vector<qsizetype> m_slots;
    size_t m_mask = 0;
};

const StepType *findType(const QString &id)
{
    static const auto table = [] {
        std::unordered_map<std::u16string_view, const StepType *> map;
        for (const StepType &t : StepCatalogue::all())
            map.emplace(u16(t.id), &t);
        return map;
    }();
    const auto it = table.find(u16(id));
    return it == table.end() ? nullptr : it->second;
}

} // namespace

StepGraph StepGraph::build(const Sequence &sequence)
{
    StepGraph graph;
    const QList<Step> &steps = sequence.steps();
    IdTable ids(steps);
    graph.nodes.resize(size_t(steps.size()));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        Node &node = graph.nodes[size_t(i)];
        node.type = findType(steps[i].type);
        node.primary = ids.insert(i);
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        Node &node = graph.nodes[size_t(i)];
        node.links = {ids.find(step.next), ids.find(step.yes), ids.find(step.no)};
        if (!node.type)
            continue; // unknown type: whether it may branch is unknown, so every link counts
        const bool condition = node.type->isCondition();
        node.wrongKind = {condition && !step.next.isEmpty(), !condition && !step.yes.isEmpty(),
                          !condition && !step.no.isEmpty()};
        for (size_t b = 0; b < node.links.size(); ++b) {
            if (node.wrongKind[b])
                node.links[b] = noStep;
        }
    }
    graph.start = ids.find(sequence.start);
    return graph;
}

namespace {

void checkLinks(const Step &step, const StepGraph::Node &node, Report &report)
{
    constexpr std::array branches{Branch::Next, Branch::Yes, Branch::No};
    for (size_t b = 0; b < branches.size(); ++b) {
        const Branch branch = branches[b];
        const QString &target = b == 0 ? step.next : (b == 1 ? step.yes : step.no);
        if (target.isEmpty())
            continue;
        if (node.links[b] == noStep && !node.wrongKind[b]) {
            report.error("step.badLink", step.id,
                         Validator::tr("The step \"%1\" links to \"%2\", which is not a step of "
                                       "this sequence. Link it to an existing step or remove the "
                                       "link.")
                             .arg(stepLabel(step), target));
        }
        if (!node.wrongKind[b])
            continue;
        if (branch == Branch::Next) {
            report.error("step.badLink", step.id,
                         Validator::tr("The condition \"%1\" has a next step, but a condition "
                                       "continues only on its Yes and No paths. Link the step "
                                       "from Yes or No instead.")
                             .arg(stepLabel(step)));
        } else {
            report.error("step.badLink", step.id,
                         (branch == Branch::Yes
                              ? Validator::tr("The step \"%1\" has a Yes path, but only "
                                              "conditions have Yes and No paths. Link the step "
                                              "as its next step instead.")
                              : Validator::tr("The step \"%1\" has a No path, but only "
                                              "conditions have Yes and No paths. Link the step "
                                              "as its next step instead."))
                             .arg(stepLabel(step)));
        }
    }
}

} // namespace

void checkSteps(const Sequence &sequence, const StepGraph &graph, Report &report)
{
    // With steps, an empty start (`"start": ""` in a file) names no step either (the reader
    // reports an absent one as file.schema).
    if (sequence.start.isEmpty() && !sequence.steps().isEmpty()) {
        report.error("step.badLink", {},
                     Validator::tr("The sequence has steps but no first step. Make one of its "
                                   "steps the first step."));
    } else if (!sequence.start.isEmpty() && graph.start == noStep) {
        report.error("step.badLink", {},
                     Validator::tr("The sequence starts at \"%1\", which is not a step of this "
                                   "sequence. Make one of its steps the first step.")
                         .arg(sequence.start));
    }
    const QList<Step> &steps = sequence.steps();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        const StepGraph::Node &node = graph.nodes[size_t(i)];
        if (!node.primary) {
            report.error("step.duplicateId", step.id,
                         Validator::tr("Another step already has the id \"%1\". Give the step "
                                       "\"%2\" an id of its own: ids are unique in a sequence.")
                             .arg(step.id, stepLabel(step)));
        }
        if (!node.type) {
            report.error("step.unknownType", step.id,
                         Validator::tr("The step \"%1\" is of the kind \"%2\", which this program "
                                       "does not know. Replace it with a step from \"Add an "
                                       "action or other element\", or delete it.")
                             .arg(stepLabel(step), step.type));
        }
        checkLinks(step, node, report);
    }
}

ProfileIndex::ProfileIndex(const Profile &p, const QString &recordTypeName)
    : recordType(p.recordType(recordTypeName))
{
    if (recordType) {
        fields.reserve(recordType->fields.size());
        for (const Field &f : recordType->fields)
            fields.insert(f.name, &f);
    }
    for (const Field &f : p.userFields)
        userFields.insert(f.name, &f);
    emailTemplates = QSet<QString>(p.emailTemplates.cbegin(), p.emailTemplates.cend());
    smsTemplates = QSet<QString>(p.smsTemplates.cbegin(), p.smsTemplates.cend());
    for (const CallResult &c : p.callResults) {
        callResults.insert(c.value);
        callResultNames.append(c.value);
    }
}

} // namespace check

Diagnostics validate(const Sequence &sequence, const Profile &profile, ValidationMode mode)
{
    using namespace check;
    Diagnostics out;
    Report report(out, sequence.id);
    if (mode == ValidationMode::Activation && sequence.stepCount() == 0) {
        report.error("graph.empty", {},
                     Validator::tr("The sequence \"%1\" has no steps. Add at least one step "
                                   "before you activate it.")
                         .arg(sequence.name));
    }
    const StepGraph graph = StepGraph::build(sequence);
    checkSteps(sequence, graph, report);
    const GraphFacts facts = analyseGraph(sequence, graph, report);
    checkPathRules(sequence, graph, facts, report);
    const ProfileIndex index(profile, sequence.recordType);
    checkSequenceSettings(sequence, index, report);
    checkParams(sequence, graph, index, report);
    return out;
}

} // namespace sd
