// SPDX-License-Identifier: MIT
#pragma once

// Translation contexts of the model's messages. Calls are written `SequenceText::tr("...")` so
// that lupdate files each string under the same context the code looks it up in.

#include <QCoreApplication>

namespace sd {

struct SequenceText
{
    Q_DECLARE_TR_FUNCTIONS(Sequence)
};

struct SequenceFileText
{
    Q_DECLARE_TR_FUNCTIONS(SequenceFile)
};

struct JsonParserText
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
};

struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

struct StepSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(StepSummary)
};

struct InsertRulesText
{
    Q_DECLARE_TR_FUNCTIONS(InsertRules)
};

struct SequenceDiffText
{
    Q_DECLARE_TR_FUNCTIONS(SequenceDiff)
};

} // namespace sd
