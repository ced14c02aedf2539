// SPDX-License-Identifier: MIT
#include "simulation/csvreader.h"
#include "simulation/simulationtext.h"

namespace sd {

namespace {

// The offset of the first byte that is not part of valid UTF-8 (RFC 3629), or the size.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const uchar c = p[i];
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n) // cut short by the end of the file
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return n;
}

} // namespace

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
    // Valid UTF-8 is checked once for the whole file, so fields convert without checks.
    if (const qsizetype invalid = firstInvalidUtf8(m_bytes, m_pos); invalid < m_bytes.size())
        m_invalidAt = invalid;
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
        if (m_pos > m_invalidAt)
            return fail(fieldLine, ScenarioText::tr("the text is not UTF-8. Save the file as UTF-8 "
                                                    "(\"CSV UTF-8\" in a spreadsheet)."));
        fields->append(QString::fromUtf8(field));
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
        // Unquoted text up to the next delimiter, quote or line end, in one piece.
        qsizetype end = m_pos + 1;
        while (end < m_bytes.size()) {
            const char e = m_bytes.at(end);
            if (e == m_delimiter || e == '"' || e == '\n' || e == '\r')
                break;
            ++end;
        }
        field.append(m_bytes.constData() + m_pos, end - m_pos);
        m_pos = end;
    }
    return finishField();
}

} // namespace sd
