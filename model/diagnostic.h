// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace sd {

enum class Severity { Error, Warning };

// One finding of the reader, the validator or the library (file format spec, section 5).
struct Diagnostic
{
    QString code; // stable, e.g. "rule.waitLast"
    Severity severity = Severity::Error;
    QString stepId;     // empty when the finding is not about one step
    QString message;    // translated; says what is wrong and how to fix it
    QString sequenceId; // the sequence it is about, when known
    // The parameter key of the step it is about ("days", "rules"), when known, so an editor can
    // mark the value in place. Internal: not part of the file format's diagnostic output.
    QString param = {};
    [[nodiscard]] bool operator==(const Diagnostic &) const = default;

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    [[nodiscard]] QString severityKey() const
    {
        return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    }
};

using Diagnostics = QList<Diagnostic>;

[[nodiscard]] inline bool hasErrors(const Diagnostics &list)
{
    for (const Diagnostic &d : list) {
        if (d.isError())
            return true;
    }
    return false;
}

// True when an import must refuse the sequence (spec section 5, "Importing"): any file.* or
// step.* error, graph.cycle or graph.sharedStep.
[[nodiscard]] inline bool blocksImport(const Diagnostic &d)
{
    return d.code.startsWith(u"file.") || d.code.startsWith(u"step.") || d.code == u"graph.cycle" ||
           d.code == u"graph.sharedStep";
}

} // namespace sd
