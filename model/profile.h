// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "profilecalendar.h"

#include <optional>

namespace sd {

// A text of the profile in one or several languages: {"en": "...", "nb": "..."} or one string.
struct LocalizedText
{
    QHash<QString, QString> byLanguage; // "" holds a plain string

    // The text in `language` ("nb", "en"), else English, else the plain string, else any.
    [[nodiscard]] QString text(const QString &language = {}) const;
    [[nodiscard]] bool operator==(const LocalizedText &) const = default;
};

enum class FieldType { Text, Number, Date, YesNo, Choice, User };

struct ChoiceOption
{
    int value = 0; // Dynamics 365's option number
    LocalizedText label;
};

struct Field
{
    QString name; // logical name, e.g. "leadqualitycode"
    LocalizedText displayName;
    FieldType type = FieldType::Text;
    bool readOnly = false;
    QList<ChoiceOption> options; // Choice only

    [[nodiscard]] const ChoiceOption *option(int value) const;
};

struct ProcessFlow
{
    QString name; // e.g. "Lead to Opportunity Sales Process"
    LocalizedText displayName;
    QStringList stages;               // the stored values, e.g. "Qualify"
    QList<LocalizedText> stageLabels; // parallel to `stages`; may be shorter (then the name shows)

    // The label of a stage, or the stage name itself when the profile gives none.
    [[nodiscard]] LocalizedText stageLabel(const QString &stage) const;
};

struct RecordType
{
    QString name; // logical name, e.g. "lead"
    LocalizedText displayName;
    QList<Field> fields;
    QList<ProcessFlow> processes;

    [[nodiscard]] const Field *field(const QString &name) const;
    [[nodiscard]] const ProcessFlow *process(const QString &name) const;
};

struct CallResult
{
    QString value; // e.g. "made"
    LocalizedText label;
};

// The organisation a sequence is designed for (file format spec, section 6; docs/profile.md).
class Profile
{
public:
    QString name;
    QList<RecordType> recordTypes;
    QList<CallResult> callResults;
    QStringList emailTemplates;
    QStringList smsTemplates;
    QList<Field> userFields; // fields of users, for team-assignment conditions
    Calendar calendar;       // absent in the file: UTC, Monday to Friday, no holidays

    [[nodiscard]] const RecordType *recordType(const QString &name) const;
    [[nodiscard]] bool hasCallResult(const QString &value) const;
    [[nodiscard]] const Field *userField(const QString &name) const;

    // A profile file larger than this is refused from its size, before it is read.
    static constexpr qint64 maxFileBytes = 16LL * 1024 * 1024;

    // Reads a profile file; on failure returns nullopt and a message that says what to fix.
    [[nodiscard]] static std::optional<Profile> load(const QString &path, QString *error);
    // Strict: the first problem refuses the whole profile; the message names its JSON path
    // ("$.recordTypes[0].fields[2].type"). Never crashes on any input.
    [[nodiscard]] static std::optional<Profile> fromJson(const QByteArray &json, QString *error);
    // The profile that ships with the program (resources/profiles/default.profile.json), read
    // once and thread-safely. A broken shipped profile is a build defect: qFatal.
    [[nodiscard]] static const Profile &defaultProfile();
};

[[nodiscard]] QString
fieldTypeKey(FieldType type); // "text", "number", "date", "yesno", "choice", "user"
[[nodiscard]] std::optional<FieldType> fieldTypeFromKey(const QString &key);

} // namespace sd
