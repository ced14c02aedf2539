// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <limits>

namespace sd {

// A CSV reader for the forecast's records (RFC 4180 and what spreadsheets write): a UTF-8 BOM is
// skipped; `;` or `,` is detected from the header line (the one that occurs more often outside
// quotes; `,` on a tie); fields may be quoted, with `""` for a quote and line breaks inside;
// lines end with LF or CRLF; blank lines are skipped. Reads one record at a time, so a file of
// any length needs memory for one record only.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray &bytes);

    [[nodiscard]] QChar delimiter() const { return QChar::fromLatin1(m_delimiter); }
    // The next record into `fields`; false at the end or on an error (then error() says what is
    // wrong, with the line number). `line` is the line the record starts on (1-based).
    bool next(QStringList *fields, int *line);
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool fail(int line, const QString &message);

    QByteArray m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
    char m_delimiter = ',';
    qsizetype m_invalidAt = std::numeric_limits<qsizetype>::max(); // first byte not UTF-8
    QString m_error;
};

} // namespace sd
