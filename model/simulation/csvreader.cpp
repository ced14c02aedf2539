// SPDX-License-Identifier: MIT
#include "simulation/csvreader.h"
#include "simulation/simulationtext.h"

#include <QStringDecoder>

namespace sd {

CsvReader::CsvReader(const QByteArray &bytes) : m_bytes(bytes)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    // The delimiter: count both on the header line, outside quotes.
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_bytes.size(); ++i) {
        const char c = m_bytes.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_delimiter = semicolons > commas ? ';' : ',';
}

bool CsvReader::fail(int line, const QString &message)
{
    m_error = ScenarioText::tr("Line %1: %2").arg(line).arg(message);
    m_pos = m_bytes.size();
    return false;
}

bool CsvReader::next(QStringList *fields, int *line)
{
    fields->clear();
    // Skip blank lines.
    while (m_pos < m_bytes.size() && (m_bytes.at(m_pos) == '\n' || m_bytes.at(m_pos) == '\r')) {
        if (m_bytes.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_bytes.size())
        return false;
    *line = m_line;
    QByteArray field;
    bool wasQuoted = false;
    int fieldLine = m_line; // where the current field starts, for errors
    const auto finishField = [&]() -> bool {
        QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decode(field);
        if (decode.hasError())
            return fail(fieldLine, ScenarioText::tr("the text is not UTF-8. Save the file as UTF-8 "
                                                    "(\"CSV UTF-8\" in a spreadsheet)."));
        fields->append(text);
        field.clear();
        wasQuoted = false;
        return true;
    };
    while (m_pos < m_bytes.size()) {
        const char c = m_bytes.at(m_pos);
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            // A quoted field: up to the closing quote, "" being one quote.
            const int opened = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < m_bytes.size()) {
                const char q = m_bytes.at(m_pos++);
                if (q == '"') {
                    if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == '"') {
                        field += '"';
                        ++m_pos;
                    } else {
                        closed = true;
                        break;
                    }
                } else {
                    if (q == '\n')
                        ++m_line;
                    field += q;
                }
            }
            if (!closed)
                return fail(opened, ScenarioText::tr("a quoted field is never closed. Add the "
                                                     "closing quote (\")."));
            wasQuoted = true;
            if (m_pos < m_bytes.size()) {
                const char after = m_bytes.at(m_pos);
                if (after != m_delimiter && after != '\n' && after != '\r')
                    return fail(m_line, ScenarioText::tr("text follows a closing quote. Quote the "
                                                         "whole field, writing \"\" for a quote "
                                                         "inside it."));
            }
            continue;
        }
        if (c == '"')
            return fail(m_line,
                        ScenarioText::tr("a quote inside an unquoted field. Quote the whole "
                                         "field, writing \"\" for the quote."));
        if (c == m_delimiter) {
            if (!finishField())
                return false;
            ++m_pos;
            fieldLine = m_line;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            break;
        }
        field += c;
        ++m_pos;
    }
    return finishField();
}

} // namespace sd
