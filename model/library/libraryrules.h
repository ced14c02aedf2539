// SPDX-License-Identifier: MIT
#pragma once

// The rules only a library can check (spec section 5, library.*). Internal to model/library.

#include "connection.h"
#include "diagnostic.h"
#include "sequence.h"

namespace sd::detail {

enum class RuleScope {
    Activation, // the 250-active limit, and advance targets present, active, same record type
    Import,     // advance targets present and of the same record type (drafts may point at
                // inactive sequences)
};

// Call inside a transaction so the answer still holds when acting on it.
[[nodiscard]] Diagnostics libraryRules(Connection &c, const Sequence &sequence, RuleScope scope);

} // namespace sd::detail
