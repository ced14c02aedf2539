// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"

#include <QString>

namespace sd {

// The one line under a step's name on its card: "Wait 2 days", "Opened or replied within 1 day",
// "Update leadqualitycode = 1". Empty when the step has nothing worth saying. Translated.
[[nodiscard]] QString stepSummary(const Step &step);

// "2 days 3 hours", "1 hour": a duration as users read it. Translated.
[[nodiscard]] QString durationText(int days, int hours);

} // namespace sd
