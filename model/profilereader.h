// SPDX-License-Identifier: MIT
// The organisation profile's strict JSON reader, shared by profilejson.cpp (the profile) and
// profilecalendarjson.cpp (its calendar). Internal to the model.
#pragma once

#include "profile.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sd::profilejson {

inline QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return ProfileText::tr("true or false");
    case QJsonValue::Double:
        return ProfileText::tr("a number");
    case QJsonValue::String:
        return ProfileText::tr("a string");
    case QJsonValue::Array:
        return ProfileText::tr("an array");
    case QJsonValue::Object:
        return ProfileText::tr("an object");
    default:
        return ProfileText::tr("null");
    }
}

inline QString member(const QString &path, const QString &key)
{
    return path + u'.' + key;
}

inline QString element(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// One pass over the document; stops at the first problem and keeps its message.
class Reader
{
public:
    QString error;

    bool read(const QJsonObject &root, Profile *out);

private:
    bool fail(const QString &path, const QString &message)
    {
        error = ProfileText::tr("At %1: %2").arg(path, message);
        return false;
    }

    // A key whose value is null counts as absent, as in the sequence format.
    static QJsonValue get(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    }

    bool wrongType(const QString &path, const QJsonValue &v, const QString &expected)
    {
        return fail(path, ProfileText::tr("expected %1, found %2. Change the value to %1.")
                              .arg(expected, typeName(v)));
    }

    bool requireObject(const QJsonValue &v, const QString &path, QJsonObject *out);
    bool requireArray(const QJsonObject &o, const QString &key, const QString &path, bool required,
                      QJsonArray *out);
    bool readName(const QJsonObject &o, const QString &path, const QString &key,
                  const QString &example, bool logical, QString *out);
    bool readText(const QJsonValue &v, const QString &path, QString *out);
    bool readLocalized(const QJsonObject &o, const QString &key, const QString &path,
                       const QString &fallback, bool required, LocalizedText *out);
    bool readFields(const QJsonArray &a, const QString &path, const QString &owner,
                    QList<Field> *out);
    bool readField(const QJsonValue &v, const QString &path, Field *out);
    bool readOptions(const QJsonObject &o, const QString &path, Field *out);
    bool readProcess(const QJsonValue &v, const QString &path, ProcessFlow *out);
    bool readRecordType(const QJsonValue &v, const QString &path, RecordType *out);
    bool readCallResults(const QJsonArray &a, const QString &path, QList<CallResult> *out);
    bool readNames(const QJsonArray &a, const QString &path, QStringList *out);
    bool readCalendar(const QJsonObject &root, const QString &path, Calendar *out);
};

} // namespace sd::profilejson
