// SPDX-License-Identifier: MIT
#include "generate.h"

#include <QJsonArray>

namespace sd {

namespace {

Step makeStep(const QString &id, const QString &type, QJsonObject params = {})
{
    Step s;
    s.id = id;
    s.type = type;
    s.params = std::move(params);
    return s;
}

} // namespace

Sequence generateSequence(int stepCount)
{
    Sequence seq;
    seq.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(stepCount, 12, 10, QLatin1Char('0'));
    seq.name = QStringLiteral("Generated sequence of %1 steps").arg(stepCount);
    seq.description = QStringLiteral("Made by sd::generateSequence for benchmarks and tests.");
    QList<Step> steps;
    steps.reserve(stepCount);
    const QJsonObject oneDay{{"days", 1}, {"hours", 0}};

    // Blocks of seven: email, "opened?" (No: LinkedIn research), wait, call, "answered?"
    // (No: task), continuing on Yes. The rest are tasks. The open end of the main path is
    // (index of its step, branch); index -1 is "Sequence starts here".
    qsizetype tailIndex = -1;
    Branch tailBranch = Branch::Next;
    auto attach = [&](Step step, Branch continueOn) {
        if (tailIndex < 0)
            seq.start = step.id;
        else
            steps[tailIndex].setLink(tailBranch, step.id);
        steps.append(std::move(step));
        tailIndex = steps.size() - 1;
        tailBranch = continueOn;
    };
    auto hang = [&](Step step, Branch from) { // a one-step side path
        steps[tailIndex].setLink(from, step.id);
        steps.append(std::move(step));
    };
    while (stepCount - steps.size() >= 7) {
        const QString b = QString::number(steps.size());
        attach(makeStep("email" + b, "email", {{"template", "Introduction"}}), Branch::Next);
        attach(makeStep("opened" + b, "emailCondition",
                        {{"events", QJsonArray{"opened"}},
                         {"match", "any"},
                         {"within", oneDay},
                         {"advanceImmediately", true}}),
               Branch::Yes);
        hang(makeStep("research" + b, "linkedinResearch"), Branch::No);
        attach(makeStep("wait" + b, "wait", {{"days", 1}, {"hours", 0}}), Branch::Next);
        attach(makeStep("call" + b, "phoneCall"), Branch::Next);
        attach(makeStep("answered" + b, "callCondition", {{"outcomes", QJsonArray{"made"}}}),
               Branch::Yes);
        hang(makeStep("task" + b, "task"), Branch::No);
    }
    while (steps.size() < stepCount)
        attach(makeStep("extra" + QString::number(steps.size()), "task"), Branch::Next);
    seq.setSteps(std::move(steps));
    return seq;
}

} // namespace sd
