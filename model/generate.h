// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"

namespace sd {

// A valid sequence of exactly `stepCount` steps with branches on every few steps, for benchmarks,
// stress tests and the fuzzer's corpus. The same count always gives the same sequence.
[[nodiscard]] Sequence generateSequence(int stepCount);

} // namespace sd
