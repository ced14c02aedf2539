// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "sequencediff.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// One changed value of a step, as the canvas and the change list show it: "Name: "A" → "B"".
struct ChangedValue
{
    QString key;   // the diff's path: "name", "params.days", ...
    QString label; // in the interface language: "Name", "Days", ...
    QString from;  // as changeValueText writes it
    QString to;
};

// What a comparison shows on the canvas (docs/versions.md, "Comparing on the canvas"): the
// newer sequence with every step the older had and the newer lacks put back as a ghost where it
// hung, the marks of each step and the changes of the diff engine, in its order.
struct ComparisonView
{
    Sequence display;
    QHash<QString, QStringList> marks; // step id -> "added", "changed", "moved", "removed"
    QList<Change> changes;
};

// `older` compared with `newer`. A removed step goes back on the link it hung from in `older`
// (its parent being in the display already, as the older tree is walked from its start), and
// what now hangs there continues below it; a removed step that was not reachable stays apart.
[[nodiscard]] ComparisonView buildComparison(const Sequence &older, const Sequence &newer);

// The old → new values of a changed step's keys (`keys` as Change::keys has them).
[[nodiscard]] QList<ChangedValue> changedValues(const Step &older, const Step &newer,
                                                const QStringList &keys);

} // namespace sd
