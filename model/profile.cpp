// SPDX-License-Identifier: MIT
#include "profile.h"

namespace sd {

QString LocalizedText::text(const QString &language) const
{
    if (byLanguage.contains(language))
        return byLanguage.value(language);
    if (byLanguage.contains(QStringLiteral("en")))
        return byLanguage.value(QStringLiteral("en"));
    if (byLanguage.contains(QString()))
        return byLanguage.value(QString());
    return byLanguage.isEmpty() ? QString() : byLanguage.cbegin().value();
}

const ChoiceOption *Field::option(int value) const
{
    for (const ChoiceOption &o : options) {
        if (o.value == value)
            return &o;
    }
    return nullptr;
}

const Field *RecordType::field(const QString &fieldName) const
{
    for (const Field &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const ProcessFlow *RecordType::process(const QString &processName) const
{
    for (const ProcessFlow &p : processes) {
        if (p.name == processName)
            return &p;
    }
    return nullptr;
}

const RecordType *Profile::recordType(const QString &typeName) const
{
    for (const RecordType &r : recordTypes) {
        if (r.name == typeName)
            return &r;
    }
    return nullptr;
}

bool Profile::hasCallResult(const QString &value) const
{
    for (const CallResult &c : callResults) {
        if (c.value == value)
            return true;
    }
    return false;
}

std::optional<Profile> Profile::load(const QString &path, QString *error)
{
    Q_UNUSED(path);
    if (error)
        *error = QStringLiteral("not implemented");
    return std::nullopt;
}

std::optional<Profile> Profile::fromJson(const QByteArray &json, QString *error)
{
    Q_UNUSED(json);
    if (error)
        *error = QStringLiteral("not implemented");
    return std::nullopt;
}

const Profile &Profile::defaultProfile()
{
    static const Profile profile;
    return profile;
}

} // namespace sd
