// SPDX-License-Identifier: MIT
#pragma once

#include "sequencefile.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace sd {

// A JSON path such as `$.sequences[0].steps[3].params.days`, built on the stack as the reader
// descends and turned into text only when a diagnostic needs it. Keys that are not plain
// identifiers are written in brackets: `$.sequences[0].layout['step-1']`.
class JsonPath
{
public:
    JsonPath() = default; // `$`
    [[nodiscard]] JsonPath key(QStringView key) const { return JsonPath(this, key, -1); }
    [[nodiscard]] JsonPath index(qsizetype index) const { return JsonPath(this, {}, index); }
    [[nodiscard]] QString toString() const;

private:
    JsonPath(const JsonPath *parent, QStringView key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index)
    {
    }
    const JsonPath *m_parent = nullptr;
    QStringView m_key;
    qsizetype m_index = -1;
};

namespace detail {

// Reads `profile` and `sequences` of a document whose format and version were accepted, adding
// every file.schema problem, and file.limit for too many steps, to `result`.
void readDocumentBody(const QJsonObject &document, ReadResult &result);

} // namespace detail

} // namespace sd
