// SPDX-License-Identifier: MIT
#pragma once

// Internal to the simulation: a field-condition group compiled once per sequence, so that a
// forecast of many records compares against operands already typed and normalised.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace sd {

struct Field;
struct RecordType;

class CompiledCondition
{
public:
    CompiledCondition() = default;
    // `group` is { match, rules } as the sequence file holds it (drafts included).
    CompiledCondition(const QJsonObject &group, const RecordType *recordType);
    [[nodiscard]] bool holds(const QJsonObject &fields) const;

private:
    enum class Op {
        Equals,
        NotEquals,
        Contains,
        NotContains,
        BeginsWith,
        GreaterThan,
        LessThan,
        IsEmpty,
        IsNotEmpty,
        Unknown
    };
    struct Rule
    {
        bool group = false;
        bool any = false;           // group: match any (else all)
        std::vector<Rule> children; // group
        QString field;
        const Field *profileField = nullptr;
        Op op = Op::Unknown;
        QJsonValue operand;
        QString operandKey; // the collation key of a text operand
    };
    static Rule compile(const QJsonObject &object, const RecordType *recordType);
    static bool evaluate(const Rule &rule, const QJsonObject &fields);
    static bool evaluateRule(const Rule &rule, const QJsonObject &fields);

    Rule m_root;
};

} // namespace sd
