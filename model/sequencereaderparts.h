// SPDX-License-Identifier: MIT
#pragma once

// Internal to the sequence file reader: the typed accessors that turn a wrong JSON type into a
// file.schema diagnostic naming its path, shared by the document and the parameter readers.

#include "sequencefile.h"
#include "sequencereader.h"
#include "translation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sd {

struct StepType;
struct ParamSpec;

namespace detail {

[[nodiscard]] QString shorten(const QString &text); // for quoting a value in a message
[[nodiscard]] QString formatNumber(double value);   // as the writer writes it
// The value of `key`; Undefined when absent or null, since null counts as absent.
[[nodiscard]] QJsonValue get(const QJsonObject &object, const char *key);
[[nodiscard]] bool isAbsent(const QJsonObject &object, const char *key);
[[nodiscard]] bool isWholeNumber(const QJsonValue &value);

class ValueReader
{
public:
    explicit ValueReader(ReadResult &result) : m_result(result) {}

    // A file with more problems than this lists the first ones and says it stopped: the list
    // stays useful and reading cannot take long whatever the file holds.
    static constexpr qsizetype maxProblems = 1000;

protected:
    void problem(const QString &message); // file.schema; the message names the path
    void missing(const JsonPath &path, const QString &hint);
    void wrongType(const JsonPath &path, const QString &expected, const QJsonValue &found);
    void tooLong(const JsonPath &path, qsizetype length, qsizetype max);
    [[nodiscard]] bool stopped() const { return m_stopped; }

    // Each returns nullopt / a default when the key is absent, and reports a wrong type.
    std::optional<QString> readString(const QJsonObject &o, const char *key, const JsonPath &path);
    std::optional<QString> stringValue(const QJsonValue &v, const JsonPath &path); // v not absent
    QString readText(const QJsonObject &o, const char *key, const JsonPath &path,
                     qsizetype maxLength);
    bool readBool(const QJsonObject &o, const char *key, const JsonPath &path);
    QJsonObject readObject(const QJsonObject &o, const char *key, const JsonPath &path);

    // Parameters of a step type of the catalogue: checks each JSON type and keeps only the
    // keys the catalogue lists (sequenceparamreader.cpp).
    QJsonObject readKnownParams(const StepType &type, const QJsonObject &params,
                                const JsonPath &path);
    // A field-condition group { match, rules }.
    QJsonObject readRuleGroup(const QJsonObject &group, const JsonPath &path, bool &changed);

    static QString expectString();
    static QString expectNumber();
    static QString expectWholeNumber();
    static QString expectBool();
    static QString expectObject();
    static QString expectArray();
    static QString expectStringArray();
    static QString expectGroup();
    static QString expectPosition();
    static QString expectFieldValue();
    static QString expectRules();
    static QString expectRule();

    ReadResult &m_result;
    QString m_sequenceId; // for Diagnostic::sequenceId, once known
    QString m_stepId;     // for Diagnostic::stepId, inside a step

private:
    // Each returns what to keep of a value, Undefined for nothing, and reports problems. Most
    // files hold only what the catalogue lists: then the value itself is returned, and
    // `changed` is left alone, so nothing is copied. Otherwise `changed` is set.
    QJsonValue readParam(const ParamSpec &spec, const QJsonValue &value, const JsonPath &path,
                         bool &changed);
    QJsonValue readRules(const QJsonValue &value, const JsonPath &path, bool &changed);
    QJsonValue readRuleOrGroup(const QJsonValue &value, const JsonPath &path, bool &changed);
    QJsonValue readStringArray(const QJsonValue &value, const JsonPath &path, bool &changed);
    QJsonValue readMembers(const QJsonValue &value, const JsonPath &path,
                           std::initializer_list<const char *> keys, bool wholeNumbers,
                           const QString &expected, bool &changed);
    qsizetype m_problems = 0;
    bool m_stopped = false;
};

} // namespace detail

} // namespace sd
