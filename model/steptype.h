// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// The four tabs of "Add an action or other element".
enum class Group { Steps, Conditions, Commands, LinkedIn };

// What kind of value a parameter holds; the validator, the property pane and the file reader
// all switch on this.
enum class ParamKind {
    EmailTemplate, // string, a name from the profile's email templates
    SmsTemplate,   // string, a name from the profile's SMS templates
    Text,          // free string (e.g. language)
    Days,          // integer 0..30, paired with Hours into a duration of 1 hour..30 days
    Hours,         // integer 0..23
    Duration,      // object { days, hours } with the rules of Days/Hours
    Integer,       // integer in [min, max]
    Choice,        // string from `choices`
    ChoiceSet,     // non-empty array of distinct strings from `choices`
    Bool,
    CallResults, // non-empty array of the profile's call results
    FieldRules,  // non-empty array of field rules or nested groups
    Process,     // a business process flow of the record type
    Stages,      // non-empty array of stages of `process`
    SequenceRef, // id of another sequence
    Field,       // a writable field of the record type
    FieldValue,  // a value of the type of the sibling `field`
    AbVersion,   // object { name, template }
    AbEnd,       // object { mode: auto } or { mode: at, at: ISO date-time }
};

struct ParamSpec
{
    QString key;
    ParamKind kind;
    bool required = true;
    QJsonValue defaultValue; // what a new step starts with; Undefined when none
    int min = 0;             // for Integer, Days, Hours
    int max = 0;
    QStringList choices;    // for Choice and ChoiceSet
    const char *label = ""; // translatable, context "StepCatalogue"
};

struct StepType
{
    QString id; // the `type` of the file format
    Group group;
    const char *displayName; // translatable, context "StepCatalogue"
    const char *explanation; // one line, translatable, context "StepCatalogue"
    QString icon;            // icon name, resources/icons/<icon>.svg
    QList<ParamSpec> params;

    [[nodiscard]] bool isCondition() const { return group == Group::Conditions; }
    [[nodiscard]] const ParamSpec *param(const QString &key) const;
    [[nodiscard]] QString translatedName() const;
    [[nodiscard]] QString translatedExplanation() const;
};

// The one table of every step type (file format spec, section 3).
class StepCatalogue
{
public:
    [[nodiscard]] static const QList<StepType> &all();
    [[nodiscard]] static const StepType *find(const QString &typeId);
    [[nodiscard]] static QString groupName(Group group);

    // Classes used by the rules of spec section 7.
    [[nodiscard]] static bool isActivity(const QString &typeId); // Steps + LinkedIn, not wait
    [[nodiscard]] static bool isActivity(const StepType *type);
    [[nodiscard]] static bool isEmailStep(const QString &typeId); // email, automatedEmail, abTest
    [[nodiscard]] static bool isAutomated(const QString &typeId);
    [[nodiscard]] static bool isCondition(const QString &typeId);

    // Emails events for emailCondition, operators for fieldCondition.
    [[nodiscard]] static const QStringList &emailEvents();
    [[nodiscard]] static const QStringList &operators();
    // "does not equal" for "notEquals": an operator as the condition builders show it.
    [[nodiscard]] static QString operatorLabel(const QString &op);
};

} // namespace sd
