// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "profile.h"
#include "sequence.h"

namespace sd {

enum class ValidationMode {
    Edit,       // while designing and for files: every code but graph.empty and library.*
    Activation, // adds graph.empty; the library adds library.*
};

// Checks a sequence against the rules of spec sections 5 and 7 and the profile. Returns data,
// never throws; linear in the number of steps.
[[nodiscard]] Diagnostics validate(const Sequence &sequence, const Profile &profile,
                                   ValidationMode mode = ValidationMode::Edit);

// Structure only (graph.cycle, graph.sharedStep, graph.unreachable), through Boost.Graph.
[[nodiscard]] Diagnostics checkGraph(const Sequence &sequence);

} // namespace sd
