// SPDX-License-Identifier: MIT
#pragma once

// What the simulate and forecast commands share: their arguments, the profile, and the
// sequence from a file or the library, refused (exit 2) when the simulation cannot use it.

#include "profile.h"
#include "sequence.h"

#include <QStringList>

#include <optional>

namespace sd::cli {

struct SimulationArgs
{
    bool json = false;
    QString profile;
    QString sequenceId; // --sequence
    QString start;
    QString scenario;           // simulate --scenario FILE
    QStringList namedScenarios; // forecast --scenario NAME=FILE
    QString records;            // forecast --records
    QString library;            // --library
    bool fromLibrary = false;
    QString positional; // the sequence file, or with --library the id
    QString problem;
    bool help = false; // --help (-h)
};

[[nodiscard]] SimulationArgs parseSimulationArgs(const QStringList &args,
                                                 const QStringList &allowed);
// 0 when both are loaded; else the exit code (2), with the reason printed.
int loadSimulationInput(const SimulationArgs &a, std::optional<Profile> *profile,
                        std::optional<Sequence> *sequence);

} // namespace sd::cli
