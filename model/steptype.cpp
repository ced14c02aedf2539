// SPDX-License-Identifier: MIT
#include "steptype.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace sd {

namespace {

QJsonObject duration(int days, int hours)
{
    return QJsonObject{{"days", days}, {"hours", hours}};
}

QList<StepType> buildCatalogue()
{
    const QStringList events = StepCatalogue::emailEvents();
    const ParamSpec emailTemplateOptional{
        "template", ParamKind::EmailTemplate,
        false,      {},
        0,          0,
        {},         QT_TRANSLATE_NOOP("StepCatalogue", "Email template")};
    const ParamSpec smsTemplateOptional{
        "template", ParamKind::SmsTemplate,
        false,      {},
        0,          0,
        {},         QT_TRANSLATE_NOOP("StepCatalogue", "Text message template")};
    ParamSpec emailTemplateRequired = emailTemplateOptional;
    emailTemplateRequired.required = true;
    ParamSpec smsTemplateRequired = smsTemplateOptional;
    smsTemplateRequired.required = true;

    return {
        // Steps
        {"email",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Send an email"),
         QT_TRANSLATE_NOOP("StepCatalogue", "The seller writes and sends an email."),
         "email",
         {emailTemplateOptional}},
        {"automatedEmail",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Send an automated email"),
         QT_TRANSLATE_NOOP("StepCatalogue", "The system sends an email from a template."),
         "automated-email",
         {emailTemplateRequired,
          {"language",
           ParamKind::Text,
           false,
           {},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Template language")}}},
        {"textMessage",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Send a text message"),
         QT_TRANSLATE_NOOP("StepCatalogue", "The seller sends a text message (SMS)."),
         "text-message",
         {smsTemplateOptional}},
        {"automatedTextMessage",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Send an automated text message"),
         QT_TRANSLATE_NOOP("StepCatalogue", "The system sends a text message from a template."),
         "automated-text-message",
         {smsTemplateRequired}},
        {"phoneCall",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Make a phone call"),
         QT_TRANSLATE_NOOP("StepCatalogue", "The seller calls the customer."),
         "phone-call",
         {}},
        {"task",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Complete a task"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Any other to-do, such as scheduling a meeting."),
         "task",
         {}},
        {"wait",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "Set wait time"),
         QT_TRANSLATE_NOOP("StepCatalogue",
                           "Pause between steps: at least 1 hour, at most 30 days."),
         "wait",
         {{"days", ParamKind::Days, true, 1, 0, 30, {}, QT_TRANSLATE_NOOP("StepCatalogue", "Days")},
          {"hours",
           ParamKind::Hours,
           true,
           0,
           0,
           23,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Hours")}}},
        {"abTest",
         Group::Steps,
         QT_TRANSLATE_NOOP("StepCatalogue", "A/B test"),
         QT_TRANSLATE_NOOP("StepCatalogue",
                           "Two versions of an automated email; the winner goes to the rest."),
         "ab-test",
         {{"versionA",
           ParamKind::AbVersion,
           true,
           QJsonObject{{"name", "Version A"}, {"template", ""}},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Version A")},
          {"versionB",
           ParamKind::AbVersion,
           true,
           QJsonObject{{"name", "Version B"}, {"template", ""}},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Version B")},
          {"splitA",
           ParamKind::Integer,
           false,
           50,
           10,
           90,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Share of the audience for version A (%)")},
          {"metric",
           ParamKind::Choice,
           true,
           "opens",
           0,
           0,
           {"goal", "clicks", "opens"},
           QT_TRANSLATE_NOOP("StepCatalogue", "Winning metric")},
          {"end",
           ParamKind::AbEnd,
           true,
           QJsonObject{{"mode", "auto"}},
           0,
           0,
           {"auto", "at"},
           QT_TRANSLATE_NOOP("StepCatalogue", "End of the test")},
          {"defaultVersion",
           ParamKind::Choice,
           true,
           "A",
           0,
           0,
           {"A", "B"},
           QT_TRANSLATE_NOOP("StepCatalogue", "Default version")}}},

        // Conditions
        {"emailCondition",
         Group::Conditions,
         QT_TRANSLATE_NOOP("StepCatalogue", "Email condition"),
         QT_TRANSLATE_NOOP("StepCatalogue",
                           "Branches on whether the email was opened, replied to, clicked or its "
                           "attachment downloaded within a time limit."),
         "email-condition",
         {{"events", ParamKind::ChoiceSet, true, QJsonArray{"opened"}, 0, 0, events,
           QT_TRANSLATE_NOOP("StepCatalogue", "Email events")},
          {"match",
           ParamKind::Choice,
           true,
           "any",
           0,
           0,
           {"any", "all"},
           QT_TRANSLATE_NOOP("StepCatalogue", "Match")},
          {"within",
           ParamKind::Duration,
           true,
           duration(1, 0),
           0,
           30,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Time limit")},
          {"advanceImmediately",
           ParamKind::Bool,
           false,
           false,
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Move to Yes as soon as it happens")}}},
        {"callCondition",
         Group::Conditions,
         QT_TRANSLATE_NOOP("StepCatalogue", "Phone call outcome"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Branches on the result of the phone call above."),
         "call-condition",
         {{"outcomes",
           ParamKind::CallResults,
           true,
           QJsonArray{"made"},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Call results")}}},
        {"fieldCondition",
         Group::Conditions,
         QT_TRANSLATE_NOOP("StepCatalogue", "Field value"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Branches on the values of the record's fields."),
         "field-condition",
         {{"match",
           ParamKind::Choice,
           true,
           "all",
           0,
           0,
           {"all", "any"},
           QT_TRANSLATE_NOOP("StepCatalogue", "Match")},
          {"rules",
           ParamKind::FieldRules,
           true,
           QJsonArray{},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Rules")}}},
        {"stageCondition",
         Group::Conditions,
         QT_TRANSLATE_NOOP("StepCatalogue", "Business process stage"),
         QT_TRANSLATE_NOOP("StepCatalogue",
                           "Branches on the stage of a business process flow the record is in."),
         "stage-condition",
         {{"process",
           ParamKind::Process,
           true,
           {},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Business process flow")},
          {"stages",
           ParamKind::Stages,
           true,
           QJsonArray{},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Stages")}}},

        // Commands
        {"advanceToSequence",
         Group::Commands,
         QT_TRANSLATE_NOOP("StepCatalogue", "Advance to another sequence"),
         QT_TRANSLATE_NOOP("StepCatalogue",
                           "Hands the record over to another active sequence; must be last."),
         "advance",
         {{"sequence",
           ParamKind::SequenceRef,
           true,
           {},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Sequence")}}},
        {"updateField",
         Group::Commands,
         QT_TRANSLATE_NOOP("StepCatalogue", "Update field"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Sets a field of the record, then moves on."),
         "update-field",
         {{"field",
           ParamKind::Field,
           true,
           {},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Field")},
          {"value",
           ParamKind::FieldValue,
           true,
           {},
           0,
           0,
           {},
           QT_TRANSLATE_NOOP("StepCatalogue", "Value")}}},

        // LinkedIn
        {"linkedinResearch",
         Group::LinkedIn,
         QT_TRANSLATE_NOOP("StepCatalogue", "LinkedIn: complete the research"),
         QT_TRANSLATE_NOOP("StepCatalogue", "View the customer's LinkedIn profile."),
         "linkedin-research",
         {}},
        {"linkedinGetIntroduced",
         Group::LinkedIn,
         QT_TRANSLATE_NOOP("StepCatalogue", "LinkedIn: get introduced"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Ask a shared connection for an introduction."),
         "linkedin-introduced",
         {}},
        {"linkedinConnect",
         Group::LinkedIn,
         QT_TRANSLATE_NOOP("StepCatalogue", "LinkedIn: get connected"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Send the customer an invitation to connect."),
         "linkedin-connect",
         {}},
        {"linkedinInMail",
         Group::LinkedIn,
         QT_TRANSLATE_NOOP("StepCatalogue", "LinkedIn: send InMail"),
         QT_TRANSLATE_NOOP("StepCatalogue", "Send the customer a LinkedIn InMail message."),
         "linkedin-inmail",
         {}},
    };
}

} // namespace

const ParamSpec *StepType::param(const QString &key) const
{
    for (const ParamSpec &p : params) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

QString StepType::translatedName() const
{
    return QCoreApplication::translate("StepCatalogue", displayName);
}

QString StepType::translatedExplanation() const
{
    return QCoreApplication::translate("StepCatalogue", explanation);
}

const QList<StepType> &StepCatalogue::all()
{
    static const QList<StepType> table = buildCatalogue();
    return table;
}

const StepType *StepCatalogue::find(const QString &typeId)
{
    static const QHash<QString, const StepType *> index = [] {
        QHash<QString, const StepType *> h;
        for (const StepType &t : all())
            h.insert(t.id, &t);
        return h;
    }();
    return index.value(typeId, nullptr);
}

QString StepCatalogue::groupName(Group group)
{
    switch (group) {
    case Group::Steps:
        return QCoreApplication::translate("StepCatalogue", "Steps");
    case Group::Conditions:
        return QCoreApplication::translate("StepCatalogue", "Conditions");
    case Group::Commands:
        return QCoreApplication::translate("StepCatalogue", "Commands");
    case Group::LinkedIn:
        return QCoreApplication::translate("StepCatalogue", "LinkedIn");
    }
    return {};
}

bool StepCatalogue::isActivity(const QString &typeId)
{
    return isActivity(find(typeId));
}

bool StepCatalogue::isActivity(const StepType *type)
{
    return type && (type->group == Group::Steps || type->group == Group::LinkedIn) &&
           type->id != u"wait";
}

bool StepCatalogue::isEmailStep(const QString &typeId)
{
    return typeId == "email" || typeId == "automatedEmail" || typeId == "abTest";
}

bool StepCatalogue::isAutomated(const QString &typeId)
{
    return typeId == "automatedEmail" || typeId == "automatedTextMessage" || typeId == "abTest";
}

bool StepCatalogue::isCondition(const QString &typeId)
{
    const StepType *t = find(typeId);
    return t && t->isCondition();
}

const QStringList &StepCatalogue::emailEvents()
{
    static const QStringList events{"opened", "replied", "linkClicked", "attachmentDownloaded"};
    return events;
}

const QStringList &StepCatalogue::operators()
{
    static const QStringList ops{"equals",      "notEquals",  "contains",
                                 "notContains", "beginsWith", "greaterThan",
                                 "lessThan",    "isEmpty",    "isNotEmpty"};
    return ops;
}

QString StepCatalogue::operatorLabel(const QString &op)
{
    static const QHash<QString, const char *> labels{
        {"equals", QT_TRANSLATE_NOOP("StepCatalogue", "equals")},
        {"notEquals", QT_TRANSLATE_NOOP("StepCatalogue", "does not equal")},
        {"contains", QT_TRANSLATE_NOOP("StepCatalogue", "contains")},
        {"notContains", QT_TRANSLATE_NOOP("StepCatalogue", "does not contain")},
        {"beginsWith", QT_TRANSLATE_NOOP("StepCatalogue", "begins with")},
        {"greaterThan", QT_TRANSLATE_NOOP("StepCatalogue", "is greater than")},
        {"lessThan", QT_TRANSLATE_NOOP("StepCatalogue", "is less than")},
        {"isEmpty", QT_TRANSLATE_NOOP("StepCatalogue", "is empty")},
        {"isNotEmpty", QT_TRANSLATE_NOOP("StepCatalogue", "is not empty")}};
    const char *text = labels.value(op);
    return text ? QCoreApplication::translate("StepCatalogue", text) : op;
}

} // namespace sd
