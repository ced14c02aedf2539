// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace sd {

class Profile;
struct Field;

// The field of a given name where a rule is read (a record type's or the users'); null when
// unknown.
using FieldLookup = std::function<const Field *(const QString &name)>;

// One rule of a field condition in words, the same on a card and in the team condition: "Rating
// does not equal Cold", "City is empty", "Title contains “Sales”"; a nested group {match, rules}
// in parentheses when it has more than one rule. Empty for a rule without a field. Translated.
[[nodiscard]] QString ruleText(const QJsonObject &rule, const FieldLookup &fields);
// The rules joined by "and" (match "all") or "or" (match "any"); empty without a rule.
[[nodiscard]] QString conditionText(const QString &match, const QJsonArray &rules,
                                    const FieldLookup &fields);

// The one line under a step's name on its card: "Wait 2 days", "Opened or replied within 1 day",
// "Update Lead quality = Hot". Empty when the step has nothing worth saying. Translated.
// Field names, choice labels, processes, stages and call results are the profile's display texts
// in the current language; `recordType` picks the record type whose fields are meant (empty: the
// first record type of the profile that has the field).
[[nodiscard]] QString stepSummary(const Step &step, const QString &recordType,
                                  const Profile &profile);
// The same with the shipped profile (Profile::defaultProfile()) and any record type.
[[nodiscard]] QString stepSummary(const Step &step, const QString &recordType = {});

// The summary of "Advance to another sequence": "To “Nurture”" when the target's name is known,
// else "To another sequence" (the id means nothing to users); "No sequence chosen" without one.
[[nodiscard]] QString advanceSummary(const QString &targetId, const QString &targetName);

// "2 days 3 hours", "1 hour": a duration as users read it. Translated.
[[nodiscard]] QString durationText(int days, int hours);

} // namespace sd
