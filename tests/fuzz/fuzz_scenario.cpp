// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the scenario reader, checks what it reads against a sequence with
// every step type, simulates it and writes it back. Any crash, hang, leak or sanitizer report is a
// bug.
#include "profile.h"
#include "sequencefile.h"
#include "simulation/scenario.h"
#include "simulation/simulator.h"

#include <cstddef>
#include <cstdint>

namespace {

// Every step type on one path (conditions continue on both branches' first step).
const char sequenceJson[] = R"({"format": "sequence-designer", "formatVersion": 1, "sequences": [{
  "id": "3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b", "name": "Fuzz", "recordType": "lead",
  "options": {"exitOnEmailReply": true, "skipNonWorkingDays": true}, "start": "e1",
  "steps": [
    {"id": "e1", "type": "automatedEmail", "params": {"template": "Introduction"}, "next": "c1"},
    {"id": "c1", "type": "emailCondition", "params": {"events": ["opened", "replied"],
     "match": "all", "within": {"days": 2, "hours": 3}, "advanceImmediately": true},
     "yes": "m1", "no": "m1b"},
    {"id": "m1b", "type": "task"},
    {"id": "m1", "type": "email", "next": "w1"},
    {"id": "w1", "type": "wait", "params": {"days": 1, "hours": 2}, "next": "p1"},
    {"id": "p1", "type": "phoneCall", "next": "cc"},
    {"id": "cc", "type": "callCondition", "params": {"outcomes": ["made"]}, "yes": "f1", "no": "ab"},
    {"id": "ab", "type": "abTest", "params": {"defaultVersion": "B"}, "next": "u1"},
    {"id": "u1", "type": "updateField", "params": {"field": "companyname", "value": "X"},
     "next": "f1b"},
    {"id": "f1b", "type": "linkedinConnect"},
    {"id": "f1", "type": "fieldCondition", "params": {"match": "any", "rules": [
      {"field": "companyname", "operator": "contains", "value": "é"},
      {"match": "all", "rules": [{"field": "leadqualitycode", "operator": "equals", "value": 1}]}]},
     "yes": "s1", "no": "t1"},
    {"id": "t1", "type": "automatedTextMessage", "params": {"template": "Meeting reminder"}},
    {"id": "s1", "type": "stageCondition", "params": {"process": "Lead to Opportunity Sales Process",
     "stages": ["Qualify"]}, "yes": "a1"},
    {"id": "a1", "type": "advanceToSequence", "params": {"sequence": "x"}}
  ]}]})";

const sd::Sequence &sequence()
{
    static const sd::Sequence s = sd::readSequenceFile(QByteArray(sequenceJson)).sequences.value(0);
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    sd::ScenarioReadResult read = sd::readScenarioFile(bytes);
    if (!read.ok())
        return 0;
    const sd::Profile &profile = sd::Profile::defaultProfile();
    (void)sd::checkScenario(read.scenario, sequence(), profile);
    if (!read.scenario.start)
        read.scenario.start = 29410000; // 2025-12-01
    const sd::ZoneClock clock(profile.calendar);
    const sd::SimulationResult result =
        sd::Simulator(sequence(), profile, clock).run(read.scenario);
    (void)sd::simulationToJson(result, sequence(), read.scenario, clock);
    const sd::ScenarioReadResult again = sd::readScenarioFile(sd::writeScenarioFile(read.scenario));
    if (!again.ok() || !(again.scenario == read.scenario))
        __builtin_trap(); // the writer must write what the reader reads back
    return 0;
}
