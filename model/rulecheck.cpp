// SPDX-License-Identifier: MIT
// The path rules and lints (rule.*, lint.*). They read the breadth-first tree of graphcheck.cpp,
// whose order puts every step after its parent, so one pass computes "the nearest activity
// above" without recursion.
#include "validatorparts.h"

namespace sd::check {

namespace {

bool isType(const StepType *type, QStringView id)
{
    return type && type->id == id;
}

void checkWaitLast(const Step &step, Report &report)
{
    report.error("rule.waitLast", step.id,
                 Validator::tr("The path ends with the wait \"%1\". Add a step after it or delete "
                               "the wait: a sequence cannot end by waiting.")
                     .arg(stepLabel(step)));
}

void checkAdvance(const Step &step, bool isStart, bool hasChild, Report &report)
{
    if (isStart) {
        report.error("rule.advanceFirst", step.id,
                     Validator::tr("The sequence begins with \"%1\", which hands the record to "
                                   "another sequence at once. Add a step before it, or connect "
                                   "the records to the other sequence directly.")
                         .arg(stepLabel(step)));
    }
    if (hasChild) {
        report.error("rule.advanceNotLast", step.id,
                     Validator::tr("Steps follow \"%1\", but the record leaves this sequence "
                                   "there, so they would never run. Move them above it or "
                                   "delete them.")
                         .arg(stepLabel(step)));
    }
}

// emailCondition needs an email step, callCondition a phone call, as the nearest activity above.
void checkConditionActivity(const Step &step, const StepType *type, const Step *activity,
                            const StepType *activityType, Report &report)
{
    const bool email = type->id == u"emailCondition";
    if (!email && type->id != u"callCondition")
        return;
    const bool ok = activityType && (email ? StepCatalogue::isEmailStep(activityType->id)
                                           : activityType->id == u"phoneCall");
    if (ok)
        return;
    QString message;
    if (email && activity) {
        message = Validator::tr("The nearest activity above the email condition \"%1\" is "
                                "\"%2\", which is not an email. Put an email, automated email or "
                                "A/B test step above the condition.");
    } else if (email) {
        message = Validator::tr("The email condition \"%1\" has no email above it to check. Put "
                                "an email, automated email or A/B test step above the "
                                "condition.");
    } else if (activity) {
        message = Validator::tr("The nearest activity above the phone call condition \"%1\" is "
                                "\"%2\", which is not a phone call. Put a phone call step above "
                                "the condition.");
    } else {
        message = Validator::tr("The phone call condition \"%1\" has no phone call above it to "
                                "check. Put a phone call step above the condition.");
    }
    // One arg() call for both, so a step named "%2" cannot be mistaken for a placeholder.
    message = activity ? message.arg(stepLabel(step), stepLabel(*activity))
                       : message.arg(stepLabel(step));
    report.error("rule.conditionWithoutActivity", step.id, message);
}

void checkAutomatedWithoutWait(const Step &step, const Step &parent, Report &report)
{
    report.warning("lint.automatedWithoutWait", step.id,
                   Validator::tr("\"%1\" is sent right after \"%2\", with no time to react in "
                                 "between. Add a wait step above it if that is not intended.")
                       .arg(stepLabel(step), stepLabel(parent)));
}

void checkExitNeedsEmail(const Sequence &sequence, Report &report)
{
    if (!sequence.options.exitOnEmailReply)
        return;
    for (const Step &step : sequence.steps()) {
        if (StepCatalogue::isEmailStep(step.type))
            return;
    }
    report.error("rule.exitNeedsEmail", {},
                 Validator::tr("The sequence ends when the customer replies to an email, but it "
                               "sends no email. Add an email step, or turn off leaving the "
                               "sequence on a reply in its properties."));
}

} // namespace

void checkPathRules(const Sequence &sequence, const StepGraph &graph, const GraphFacts &facts,
                    Report &report)
{
    const QList<Step> &steps = sequence.steps();
    // nearest[v]: the nearest activity above v on its path, noStep when there is none (what
    // nearestActivityAbove() of insertrules.h finds for one link, here for every step at once).
    std::vector<qsizetype> nearest(graph.nodes.size(), noStep);
    for (qsizetype v : facts.order) {
        const Step &step = steps[v];
        const StepType *type = graph.nodes[size_t(v)].type;
        const qsizetype parent = facts.parent[size_t(v)];
        const StepType *parentType = parent == noStep ? nullptr : graph.nodes[size_t(parent)].type;
        if (parent != noStep)
            nearest[size_t(v)] =
                StepCatalogue::isActivity(parentType) ? parent : nearest[size_t(parent)];
        if (!type)
            continue;
        if (isType(type, u"wait") && !graph.hasChild(v))
            checkWaitLast(step, report);
        if (isType(type, u"advanceToSequence"))
            checkAdvance(step, v == graph.start, graph.hasChild(v), report);
        if (type->isCondition()) {
            const qsizetype a = nearest[size_t(v)];
            checkConditionActivity(step, type, a == noStep ? nullptr : &steps[a],
                                   a == noStep ? nullptr : graph.nodes[size_t(a)].type, report);
        }
        if (StepCatalogue::isAutomated(type->id) && StepCatalogue::isActivity(parentType))
            checkAutomatedWithoutWait(step, steps[parent], report);
    }
    checkExitNeedsEmail(sequence, report);
}

} // namespace sd::check
