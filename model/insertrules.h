// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"
#include "sequence.h"

#include <QString>

namespace sd {

// Whether a step of `typeId` may be inserted on the link `at`: empty when it may, else the
// reason shown beside the disabled type in "Add an action or other element" (translated).
// The rules: nothing follows "Advance to another sequence"; that command only ends a path and
// never starts the sequence; an email condition needs an email step as the nearest activity
// above it, a phone call outcome a phone call; "Business process stage" needs a business
// process flow of the sequence's record type in `profile`.
[[nodiscard]] QString insertRefusal(const Sequence &sequence, const LinkRef &at,
                                    const QString &typeId,
                                    const Profile &profile = Profile::defaultProfile());

// The nearest activity (an email, call, task or LinkedIn step, not a wait) above the link `at`;
// empty when there is none. O(steps).
[[nodiscard]] QString nearestActivityAbove(const Sequence &sequence, const LinkRef &at);

// A new step of `typeId` with its catalogue defaults; the id is fresh in `sequence`.
[[nodiscard]] Step newStep(const Sequence &sequence, const QString &typeId);

} // namespace sd
