// SPDX-License-Identifier: MIT
#include "profile.h"
#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// The resources of the model library (default profile, templates). CMake links their object
// file into every executable that links `model`, which registers them at start-up; naming the
// initialiser here as well keeps :/profiles working even if that ever changes (registering
// twice is harmless). Q_INIT_RESOURCE must be used outside any namespace.
static void initModelResources()
{
    Q_INIT_RESOURCE(model_data);
}

namespace sd {

namespace {

} // namespace

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

LocalizedText ProcessFlow::stageLabel(const QString &stage) const
{
    const qsizetype i = stages.indexOf(stage);
    if (i >= 0 && i < stageLabels.size() && !stageLabels.at(i).byLanguage.isEmpty())
        return stageLabels.at(i);
    LocalizedText plain;
    plain.byLanguage.insert(QString(), stage);
    return plain;
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

const Field *Profile::userField(const QString &fieldName) const
{
    for (const Field &f : userFields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

std::optional<Profile> Profile::load(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString &message) -> std::optional<Profile> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(
            ProfileText::tr("The profile file %1 does not exist. Check the path and the file name.")
                .arg(shown));
    if (info.isDir())
        return fail(
            ProfileText::tr("%1 is a folder, not a profile file. Choose a .profile.json file.")
                .arg(shown));
    // Refuse from the size alone: reading a huge file just to reject it wastes memory.
    if (info.size() > maxFileBytes)
        return fail(ProfileText::tr(
                        "The profile file %1 is %2 MiB; a profile may be at most %3 MiB. Choose "
                        "the right file, or remove what the sequences do not need.")
                        .arg(shown)
                        .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ProfileText::tr("The profile file %1 cannot be read: %2. Check that it exists and that "
                            "you may read it.")
                .arg(shown, file.errorString()));
    // The file may have grown since it was measured: never read past the limit.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes)
        return fail(
            ProfileText::tr("The profile file %1 is larger than %2 MiB. Choose the right file.")
                .arg(shown)
                .arg(maxFileBytes / (1024 * 1024)));
    QString message;
    std::optional<Profile> profile = fromJson(bytes, &message);
    if (!profile)
        return fail(ProfileText::tr("%1: %2").arg(shown, message));
    return profile;
}

const Profile &Profile::defaultProfile()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const Profile profile = [] {
        initModelResources();
        QString error;
        std::optional<Profile> loaded =
            load(QStringLiteral(":/profiles/default.profile.json"), &error);
        if (!loaded)
            qFatal("The built-in organisation profile is broken, so the program cannot start. "
                   "Fix resources/profiles/default.profile.json and rebuild: %s",
                   qUtf8Printable(error));
        return std::move(*loaded);
    }();
    return profile;
}

QString fieldTypeKey(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::YesNo:
        return QStringLiteral("yesno");
    case FieldType::Choice:
        return QStringLiteral("choice");
    case FieldType::User:
        return QStringLiteral("user");
    }
    return QStringLiteral("text");
}

std::optional<FieldType> fieldTypeFromKey(const QString &key)
{
    for (FieldType t : {FieldType::Text, FieldType::Number, FieldType::Date, FieldType::YesNo,
                        FieldType::Choice, FieldType::User}) {
        if (fieldTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

} // namespace sd
