// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "sequence.h"
#include "storeresult.h"

namespace sd {

class Library;
class Profile;

// The most sequences a library lets be active at once (spec section 5, library.activeLimit).
inline constexpr int maxActiveSequences = 250;

struct ActivationResult
{
    StoreStatus status;      // Refused when diagnostics hold an error
    Diagnostics diagnostics; // the validator's (activation mode) and the library rules'
    int activeCount = 0;     // active sequences after the call
    bool changed = false;    // the status was switched

    [[nodiscard]] bool ok() const { return status.ok(); }
    explicit operator bool() const { return ok(); }
};

// Activating and deactivating under the library rules: at most 250 active sequences, and every
// advanceToSequence target active and of the same record type. The check and the switch happen
// inside one BEGIN IMMEDIATE transaction, so two programs cannot pass the limit together.
class Activation
{
public:
    explicit Activation(Library &library) : m_library(library) {}

    ActivationResult activate(const QString &id, const Profile &profile);
    StoreStatus deactivate(const QString &id);

    // The library.* diagnostics `sequence` would get if it were activated now, for the
    // designer's problems panel. Reads only.
    [[nodiscard]] StoreResult<Diagnostics> libraryDiagnostics(const Sequence &sequence) const;

private:
    Library &m_library;
};

} // namespace sd
