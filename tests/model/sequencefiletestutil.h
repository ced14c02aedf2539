// SPDX-License-Identifier: MIT
#pragma once

// Helpers of the sequence file tests: documents built from raw JSON members, so that a test row
// controls the exact text of one value.

#include "sequencefile.h"

#include <QByteArrayList>
#include <QDirIterator>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace sequencefiletest {

inline constexpr char sequenceId[] = "3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b";

using Members = QList<std::pair<QByteArray, QByteArray>>;

inline Members baseSequence()
{
    return {{"id", QByteArray("\"") + sequenceId + "\""},
            {"name", "\"S\""},
            {"recordType", "\"lead\""},
            {"start", "\"a\""},
            {"steps", "[{\"id\": \"a\", \"type\": \"phoneCall\"}]"}};
}

inline QByteArray object(const Members &members)
{
    QByteArrayList parts;
    for (const auto &[key, value] : members)
        parts.append('"' + key + "\": " + value);
    return '{' + parts.join(", ") + '}';
}

inline QByteArray fileWith(const QByteArray &sequences, const QByteArray &extra = {})
{
    return "{\"format\": \"sequence-designer\", \"formatVersion\": 1, " + extra +
           "\"sequences\": [" + sequences + "]}";
}

// The base sequence with members replaced, added, or (an empty value) removed.
inline QByteArray sequenceWith(const Members &changes)
{
    Members members = baseSequence();
    for (const auto &[key, value] : changes) {
        auto it = std::find_if(members.begin(), members.end(),
                               [&](const auto &m) { return m.first == key; });
        if (it != members.end() && value.isEmpty())
            members.erase(it);
        else if (it != members.end())
            it->second = value;
        else
            members.append({key, value});
    }
    return object(members);
}

inline QByteArray fileWithSequence(const Members &changes)
{
    return fileWith(sequenceWith(changes));
}

// One step `s` as the whole of the base sequence.
inline QByteArray fileWithStep(const QByteArray &step)
{
    return fileWithSequence({{"start", "\"s\""}, {"steps", '[' + step + ']'}});
}

inline QStringList codes(const sd::ReadResult &r)
{
    QStringList out;
    for (const sd::Diagnostic &d : r.diagnostics)
        out.append(d.code);
    return out;
}

inline QString describe(const sd::ReadResult &r)
{
    QStringList out;
    for (const sd::Diagnostic &d : r.diagnostics)
        out.append(d.code + QStringLiteral(": ") + d.message);
    return out.join(u'\n');
}

inline QStringList jsonFixtures(const QString &under)
{
    QStringList files;
    QDirIterator it(under, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

inline QByteArray manySteps(qsizetype count, qsizetype perSequence)
{
    QByteArrayList sequences;
    for (qsizetype first = 0; first < count; first += perSequence) {
        QByteArray steps;
        const qsizetype last = std::min(count, first + perSequence);
        for (qsizetype i = first; i < last; ++i) {
            steps += "{\"id\":\"s" + QByteArray::number(i) + "\",\"type\":\"task\"}";
            if (i + 1 < last)
                steps += ',';
        }
        sequences.append("{\"name\":\"n\",\"recordType\":\"lead\",\"start\":\"s" +
                         QByteArray::number(first) + "\",\"steps\":[" + steps + "]}");
    }
    return fileWith(sequences.join(','));
}

} // namespace sequencefiletest
