// SPDX-License-Identifier: MIT
// Reading an organisation profile from JSON (docs/profile.md). Strict on purpose: a profile is
// written by hand or by a tool once and then trusted by every check of every sequence, so the
// first problem refuses the file, with its JSON path and what to change.
#include "jsonparser.h"
#include "profilereader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

namespace sd {

namespace {

constexpr int supportedVersion = 1;
constexpr qsizetype maxNameLength = 128; // Dynamics 365 logical names are far shorter
constexpr qsizetype maxTextLength = 1000;

bool isLogicalName(const QString &s)
{
    if (s.isEmpty() || s.size() > maxNameLength)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// "en", "nb", "nb-NO", "zh-Hans": a BCP 47 primary subtag and optional subtags.
bool isLanguageTag(const QString &s)
{
    const QStringList parts = s.split(u'-');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        const qsizetype min = i == 0 ? 2 : 1;
        const qsizetype max = i == 0 ? 3 : 8;
        if (p.size() < min || p.size() > max)
            return false;
        for (QChar c : p) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                            (i > 0 && c >= u'0' && c <= u'9');
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace

namespace profilejson {

bool Reader::requireObject(const QJsonValue &v, const QString &path, QJsonObject *out)
{
    if (!v.isObject())
        return wrongType(path, v, ProfileText::tr("an object"));
    *out = v.toObject();
    return true;
}

bool Reader::requireArray(const QJsonObject &o, const QString &key, const QString &path,
                          bool required, QJsonArray *out)
{
    const QJsonValue v = get(o, key);
    const QString at = member(path, key);
    if (v.isUndefined()) {
        *out = {};
        return !required ||
               fail(at, ProfileText::tr("this array is required but missing. Add \"%1\": [ … ].")
                            .arg(key));
    }
    if (!v.isArray())
        return wrongType(at, v, ProfileText::tr("an array"));
    *out = v.toArray();
    return true;
}

// A trimmed, non-empty string of a sensible length: template names, call results, stages.
bool Reader::readText(const QJsonValue &v, const QString &path, QString *out)
{
    if (!v.isString())
        return wrongType(path, v, ProfileText::tr("a string"));
    const QString s = v.toString();
    if (s.trimmed().isEmpty())
        return fail(path,
                    ProfileText::tr("the text is empty. Write the text, or remove the entry."));
    if (s.trimmed() != s)
        return fail(path, ProfileText::tr(
                              "\"%1\" starts or ends with white space, so it would never match a "
                              "name in a sequence. Remove the spaces.")
                              .arg(s));
    if (s.size() > maxTextLength)
        return fail(path, ProfileText::tr("the text is longer than %1 characters. Shorten it.")
                              .arg(maxTextLength));
    *out = s;
    return true;
}

bool Reader::readName(const QJsonObject &o, const QString &path, const QString &key,
                      const QString &example, bool logical, QString *out)
{
    const QJsonValue v = get(o, key);
    const QString at = member(path, key);
    if (v.isUndefined())
        return fail(at,
                    ProfileText::tr("the name is missing. Add \"%1\": \"%2\".").arg(key, example));
    if (!readText(v, at, out))
        return false;
    if (logical && !isLogicalName(*out))
        return fail(at, ProfileText::tr(
                            "\"%1\" is not a logical name. Use the logical name from Dynamics 365: "
                            "letters, digits and underscores, not starting with a digit, at most "
                            "%2 characters (e.g. \"%3\").")
                            .arg(*out)
                            .arg(maxNameLength)
                            .arg(example));
    return true;
}

bool Reader::readLocalized(const QJsonObject &o, const QString &key, const QString &path,
                           const QString &fallback, bool required, LocalizedText *out)
{
    const QJsonValue v = get(o, key);
    const QString at = member(path, key);
    out->byLanguage.clear();
    if (v.isUndefined()) {
        if (required)
            return fail(at, ProfileText::tr("the text is missing. Add \"%1\": \"…\" or \"%1\": "
                                            "{\"en\": \"…\", \"nb\": \"…\"}.")
                                .arg(key));
        out->byLanguage.insert(QString(), fallback);
        return true;
    }
    if (v.isString()) {
        QString s;
        if (!readText(v, at, &s))
            return false;
        out->byLanguage.insert(QString(), s);
        return true;
    }
    if (!v.isObject())
        return wrongType(at, v, ProfileText::tr("a string or an object of language codes"));
    const QJsonObject texts = v.toObject();
    if (texts.isEmpty())
        return fail(
            at, ProfileText::tr("no language is given. Add at least one, e.g. {\"en\": \"…\"}."));
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        const QString language = it.key();
        const QString textAt = member(at, language);
        if (!isLanguageTag(language))
            return fail(textAt, ProfileText::tr(
                                    "\"%1\" is not a language code. Use a code such as \"en\" or "
                                    "\"nb\".")
                                    .arg(language));
        QString s;
        if (!readText(it.value(), textAt, &s))
            return false;
        out->byLanguage.insert(language, s);
    }
    return true;
}

bool Reader::readOptions(const QJsonObject &o, const QString &path, Field *out)
{
    const QString at = member(path, QStringLiteral("options"));
    if (out->type != FieldType::Choice) {
        if (!get(o, QStringLiteral("options")).isUndefined())
            return fail(
                at, ProfileText::tr("only choice fields have options. Remove \"options\", or set "
                                    "\"type\" to \"choice\"."));
        return true;
    }
    QJsonArray options;
    if (!requireArray(o, QStringLiteral("options"), path, false, &options))
        return false;
    if (options.isEmpty())
        return fail(at,
                    ProfileText::tr("a choice field needs at least one option. Add \"options\": "
                                    "[{\"value\": 1, \"label\": \"…\"}] with the option numbers of "
                                    "Dynamics 365."));
    QHash<int, qsizetype> seen;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString optionAt = element(at, i);
        QJsonObject option;
        if (!requireObject(options.at(i), optionAt, &option))
            return false;
        const QJsonValue value = get(option, QStringLiteral("value"));
        const QString valueAt = member(optionAt, QStringLiteral("value"));
        if (value.isUndefined())
            return fail(valueAt,
                        ProfileText::tr("the option number is missing. Add \"value\": and the "
                                        "option's number in Dynamics 365."));
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < INT_MIN ||
            d > INT_MAX)
            return wrongType(valueAt, value, ProfileText::tr("a whole number (the option number)"));
        ChoiceOption parsed;
        parsed.value = int(d);
        if (seen.contains(parsed.value))
            return fail(valueAt,
                        ProfileText::tr("the option number %1 is used twice in this field (also at "
                                        "%2). Give each option its own number.")
                            .arg(parsed.value)
                            .arg(element(at, seen.value(parsed.value))));
        seen.insert(parsed.value, i);
        if (!readLocalized(option, QStringLiteral("label"), optionAt, {}, true, &parsed.label))
            return false;
        out->options.append(parsed);
    }
    return true;
}

bool Reader::readField(const QJsonValue &v, const QString &path, Field *out)
{
    QJsonObject o;
    if (!requireObject(v, path, &o))
        return false;
    if (!readName(o, path, QStringLiteral("name"), QStringLiteral("companyname"), true, &out->name))
        return false;
    if (!readLocalized(o, QStringLiteral("displayName"), path, out->name, false, &out->displayName))
        return false;
    const QJsonValue type = get(o, QStringLiteral("type"));
    const QString typeAt = member(path, QStringLiteral("type"));
    if (type.isUndefined())
        return fail(typeAt,
                    ProfileText::tr("the field type is missing. Add \"type\": one of text, number, "
                                    "date, yesno, choice, user."));
    if (!type.isString())
        return wrongType(typeAt, type, ProfileText::tr("a string"));
    const std::optional<FieldType> parsed = fieldTypeFromKey(type.toString());
    if (!parsed)
        return fail(typeAt,
                    ProfileText::tr("\"%1\" is not a field type. Use one of text, number, date, "
                                    "yesno, choice, user.")
                        .arg(type.toString()));
    out->type = *parsed;
    const QJsonValue readOnly = get(o, QStringLiteral("readOnly"));
    if (!readOnly.isUndefined() && !readOnly.isBool())
        return wrongType(member(path, QStringLiteral("readOnly")), readOnly,
                         ProfileText::tr("true or false"));
    out->readOnly = readOnly.toBool(false);
    return readOptions(o, path, out);
}

bool Reader::readFields(const QJsonArray &a, const QString &path, const QString &owner,
                        QList<Field> *out)
{
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < a.size(); ++i) {
        Field field;
        const QString at = element(path, i);
        if (!readField(a.at(i), at, &field))
            return false;
        if (seen.contains(field.name))
            return fail(
                member(at, QStringLiteral("name")),
                ProfileText::tr("the field \"%1\" appears twice in %2 (also at %3). Remove one, or "
                                "give it another name.")
                    .arg(field.name, owner, element(path, seen.value(field.name))));
        seen.insert(field.name, i);
        out->append(field);
    }
    return true;
}

bool Reader::readProcess(const QJsonValue &v, const QString &path, ProcessFlow *out)
{
    QJsonObject o;
    if (!requireObject(v, path, &o))
        return false;
    if (!readName(o, path, QStringLiteral("name"),
                  QStringLiteral("Lead to Opportunity Sales Process"), false, &out->name))
        return false;
    if (!readLocalized(o, QStringLiteral("displayName"), path, out->name, false, &out->displayName))
        return false;
    QJsonArray stages;
    if (!requireArray(o, QStringLiteral("stages"), path, true, &stages))
        return false;
    const QString at = member(path, QStringLiteral("stages"));
    if (stages.isEmpty())
        return fail(
            at, ProfileText::tr("a business process flow needs at least one stage. Add its stages, "
                                "e.g. [\"Qualify\", \"Develop\", \"Propose\", \"Close\"]."));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QString stageAt = element(at, i);
        const QJsonValue s = stages.at(i);
        QString name;
        LocalizedText label;
        if (s.isObject()) { // { "name": "Qualify", "displayName": { … } }
            const QJsonObject stage = s.toObject();
            if (!readName(stage, stageAt, QStringLiteral("name"), QStringLiteral("Qualify"), false,
                          &name) ||
                !readLocalized(stage, QStringLiteral("displayName"), stageAt, name, false, &label))
                return false;
        } else if (s.isString()) {
            if (!readText(s, stageAt, &name))
                return false;
            label.byLanguage.insert(QString(), name);
        } else {
            return wrongType(stageAt, s,
                             ProfileText::tr("a stage name or an object with \"name\""));
        }
        if (out->stages.contains(name))
            return fail(stageAt, ProfileText::tr(
                                     "the stage \"%1\" appears twice in this process. Remove one.")
                                     .arg(name));
        out->stages.append(name);
        out->stageLabels.append(label);
    }
    return true;
}

bool Reader::readRecordType(const QJsonValue &v, const QString &path, RecordType *out)
{
    QJsonObject o;
    if (!requireObject(v, path, &o))
        return false;
    if (!readName(o, path, QStringLiteral("name"), QStringLiteral("lead"), true, &out->name))
        return false;
    if (!readLocalized(o, QStringLiteral("displayName"), path, out->name, false, &out->displayName))
        return false;
    QJsonArray fields;
    if (!requireArray(o, QStringLiteral("fields"), path, true, &fields))
        return false;
    const QString owner = ProfileText::tr("record type \"%1\"").arg(out->name);
    if (!readFields(fields, member(path, QStringLiteral("fields")), owner, &out->fields))
        return false;
    QJsonArray processes;
    if (!requireArray(o, QStringLiteral("processes"), path, false, &processes))
        return false;
    const QString processesAt = member(path, QStringLiteral("processes"));
    for (qsizetype i = 0; i < processes.size(); ++i) {
        ProcessFlow process;
        const QString at = element(processesAt, i);
        if (!readProcess(processes.at(i), at, &process))
            return false;
        if (out->process(process.name))
            return fail(
                member(at, QStringLiteral("name")),
                ProfileText::tr("the process \"%1\" appears twice in %2. Remove one, or rename it.")
                    .arg(process.name, owner));
        out->processes.append(process);
    }
    return true;
}

bool Reader::readCallResults(const QJsonArray &a, const QString &path, QList<CallResult> *out)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = element(path, i);
        QJsonObject o;
        if (!requireObject(a.at(i), at, &o))
            return false;
        CallResult result;
        const QJsonValue value = get(o, QStringLiteral("value"));
        if (value.isUndefined())
            return fail(
                member(at, QStringLiteral("value")),
                ProfileText::tr("the call result is missing. Add \"value\": \"made\" (the value "
                                "sequence files use)."));
        if (!readText(value, member(at, QStringLiteral("value")), &result.value))
            return false;
        if (!readLocalized(o, QStringLiteral("label"), at, result.value, false, &result.label))
            return false;
        for (const CallResult &earlier : std::as_const(*out)) {
            if (earlier.value == result.value)
                return fail(member(at, QStringLiteral("value")),
                            ProfileText::tr("the call result \"%1\" appears twice. Remove one.")
                                .arg(result.value));
        }
        out->append(result);
    }
    return true;
}

bool Reader::readNames(const QJsonArray &a, const QString &path, QStringList *out)
{
    for (qsizetype i = 0; i < a.size(); ++i) {
        QString name;
        if (!readText(a.at(i), element(path, i), &name))
            return false;
        if (out->contains(name))
            return fail(element(path, i),
                        ProfileText::tr("\"%1\" is listed twice. Remove one.").arg(name));
        out->append(name);
    }
    return true;
}

bool Reader::read(const QJsonObject &root, Profile *out)
{
    const QString at = QStringLiteral("$");
    const QJsonValue format = get(root, QStringLiteral("format"));
    if (!format.isUndefined() && format != QJsonValue(QStringLiteral("sequence-designer-profile")))
        return fail(member(at, QStringLiteral("format")),
                    ProfileText::tr("this is not an organisation profile (the format must be "
                                    "\"sequence-designer-profile\"). Open a .profile.json file."));
    const QJsonValue version = get(root, QStringLiteral("formatVersion"));
    if (!version.isUndefined()) {
        const double d = version.toDouble();
        if (!version.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 1)
            return wrongType(member(at, QStringLiteral("formatVersion")), version,
                             ProfileText::tr("a positive whole number"));
        if (d > supportedVersion)
            return fail(
                member(at, QStringLiteral("formatVersion")),
                ProfileText::tr("the profile has format version %1, but this program reads version "
                                "%2 and older. Update the program, or save the profile for version "
                                "%2.")
                    .arg(d, 0, 'f', 0)
                    .arg(supportedVersion));
    }
    if (!readName(root, at, QStringLiteral("name"), QStringLiteral("Contoso Sales"), false,
                  &out->name))
        return false;

    QJsonArray types;
    if (!requireArray(root, QStringLiteral("recordTypes"), at, true, &types))
        return false;
    const QString typesAt = member(at, QStringLiteral("recordTypes"));
    if (types.isEmpty())
        return fail(typesAt,
                    ProfileText::tr("the profile has no record types. Add at least one, e.g. "
                                    "{\"name\": \"lead\", \"fields\": []}."));
    for (qsizetype i = 0; i < types.size(); ++i) {
        RecordType type;
        const QString typeAt = element(typesAt, i);
        if (!readRecordType(types.at(i), typeAt, &type))
            return false;
        if (out->recordType(type.name))
            return fail(member(typeAt, QStringLiteral("name")),
                        ProfileText::tr(
                            "the record type \"%1\" appears twice. Merge the two, or remove one.")
                            .arg(type.name));
        out->recordTypes.append(type);
    }

    QJsonArray list;
    if (!requireArray(root, QStringLiteral("callResults"), at, false, &list) ||
        !readCallResults(list, member(at, QStringLiteral("callResults")), &out->callResults))
        return false;
    if (!requireArray(root, QStringLiteral("emailTemplates"), at, false, &list) ||
        !readNames(list, member(at, QStringLiteral("emailTemplates")), &out->emailTemplates))
        return false;
    if (!requireArray(root, QStringLiteral("smsTemplates"), at, false, &list) ||
        !readNames(list, member(at, QStringLiteral("smsTemplates")), &out->smsTemplates))
        return false;
    if (!requireArray(root, QStringLiteral("userFields"), at, false, &list))
        return false;
    if (!readFields(list, member(at, QStringLiteral("userFields")),
                    ProfileText::tr("the user fields"), &out->userFields))
        return false;
    return readCalendar(root, at, &out->calendar);
}

// Line and column (1-based) of a byte offset, for syntax errors.
} // namespace profilejson

std::optional<Profile> Profile::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<Profile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.size() > maxFileBytes)
        return fail(ProfileText::tr("The profile is larger than %1 MiB. Choose the right file.")
                        .arg(maxFileBytes / (1024 * 1024)));
    QByteArray bytes = json;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a byte-order mark some editors write
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return fail(ProfileText::tr(
            "The profile is empty. A profile is a JSON object; see docs/profile.md."));
    // The sequence files' parser: strict, so a duplicate key is refused, not the last one kept.
    const JsonParseResult parsed = parseJson(bytes);
    if (!parsed.ok()) {
        return fail(ProfileText::tr("The profile is not valid JSON at line %1, column %2: %3")
                        .arg(parsed.error.line)
                        .arg(parsed.error.column)
                        .arg(parsed.error.message));
    }
    if (!parsed.value.isObject())
        return fail(
            ProfileText::tr("At $: expected an object, found %1. A profile is one JSON object with "
                            "\"name\" and \"recordTypes\"; see docs/profile.md.")
                .arg(parsed.value.isArray() ? ProfileText::tr("an array")
                                            : ProfileText::tr("a single value")));
    profilejson::Reader reader;
    Profile profile;
    if (!reader.read(parsed.value.toObject(), &profile))
        return fail(reader.error);
    return profile;
}

} // namespace sd
