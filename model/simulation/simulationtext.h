// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace sd {

// Translation context of the scenario reader's and the simulation's messages.
struct ScenarioText
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

} // namespace sd
