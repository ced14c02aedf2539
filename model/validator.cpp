// SPDX-License-Identifier: MIT
#include "validator.h"

namespace sd {

Diagnostics validate(const Sequence &sequence, const Profile &profile, ValidationMode mode)
{
    Q_UNUSED(profile);
    Q_UNUSED(mode);
    return checkGraph(sequence);
}

} // namespace sd
