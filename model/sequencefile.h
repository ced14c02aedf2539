// SPDX-License-Identifier: MIT
#pragma once

#include "diagnostic.h"
#include "sequence.h"
#include "sequencelimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sd {

// A name (of a sequence, a step, a tag level) may not hold a control character: Unicode category
// Cc (U+0000-U+001F, U+007F-U+009F: line breaks, tabs, escape, NUL) or a line or paragraph
// separator (U+2028, U+2029). They forge lines and colours in a terminal and break a list.
// docs/file-format.md, section 7.
[[nodiscard]] inline bool hasControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

inline constexpr int formatVersion = 1;

struct ReadResult
{
    QList<Sequence> sequences; // empty after any file.* error
    // After file.schema errors only: the sequences as far as they could be read, for the
    // validator to report the remaining problems (spec section 7: after `file.version` every
    // diagnostic is reported). Never imported, opened or written.
    QList<Sequence> checkable;
    Diagnostics diagnostics; // file.* only; the validator finds the rest
    QString profileName;     // the optional top-level `profile`
    // The ids the reader made up for sequences without one (for import); the simulation
    // reports such a sequence's id as null.
    QStringList madeUpIds;

    // False after any file.* error: nothing of the file may be used.
    [[nodiscard]] bool ok() const { return !hasErrors(diagnostics); }
    // What the validator checks after reading: the sequences, or after file.schema errors the
    // ones read despite them; none after an error that stops reading.
    [[nodiscard]] const QList<Sequence> &toValidate() const { return ok() ? sequences : checkable; }
};

// Reads the sequence file format (docs/file-format.md) from bytes. Never crashes or hangs on
// any input; a diagnostic for a syntax error gives line and column, a schema error the JSON path.
[[nodiscard]] ReadResult readSequenceFile(const QByteArray &bytes);
// Reads a file from disk, refusing one over 64 MiB from its size before reading it.
[[nodiscard]] ReadResult readSequenceFile(const QString &path);

// Writes sequences in the file format; read(write(x)) == x.
[[nodiscard]] QByteArray writeSequenceFile(const QList<Sequence> &sequences,
                                           const QString &profileName = {});

} // namespace sd
