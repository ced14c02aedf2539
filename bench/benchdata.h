// SPDX-License-Identifier: MIT
#pragma once

// The library the list benchmarks fill: 10,000 sequences of 7 to 36 steps with varied names,
// descriptions and tags, the same for every run.

#include "generate.h"
#include "sequence.h"

#include <QStringList>

namespace sd::bench {

// Sequence `i` of the benchmark library; no id, so importing gives it a new one.
inline Sequence listedSequence(int i)
{
    static const QStringList words{"webinar",    "renewal", "outbound", "demo",   "event",
                                   "follow",     "cold",    "partner",  "upsell", "trial",
                                   "onboarding", "nurture", "Ålesund"};
    Sequence s = generateSequence(7 + i % 30);
    s.id.clear();
    s.name = QStringLiteral("%1 %2 sequence %3")
                 .arg(words[i % words.size()], words[(i / 7) % words.size()])
                 .arg(i);
    s.description = QStringLiteral("For %1 leads after the %2. ")
                        .arg(words[(i / 3) % words.size()], words[(i / 11) % words.size()])
                        .repeated(1 + i % 4);
    s.tags = {QStringLiteral("Team %1/Region %2").arg(i % 5).arg(i % 3)};
    return s;
}

} // namespace sd::bench
