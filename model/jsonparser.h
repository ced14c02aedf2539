// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

namespace sd {

// What the parser refuses beyond the grammar. QJsonDocument cannot enforce these, nor report
// duplicate keys or a position, which is why the file format has a parser of its own.
struct JsonLimits
{
    int maxDepth = 64;                   // objects and arrays; the top-level value is depth 1
    qint64 maxStringBytes = 1024 * 1024; // a key or string, counted as unescaped UTF-8
};

struct JsonError
{
    enum class Kind {
        None,
        Syntax, // not RFC 8259 JSON, invalid UTF-8, a duplicate key, a lone surrogate escape
        Limit,  // nesting, string length, or a number beyond the range of a double
    };
    Kind kind = Kind::None;
    qsizetype offset = -1; // in bytes, after a byte-order mark
    int line = 0;          // 1-based
    int column = 0;        // 1-based, in code points
    QString message;       // translated: what is wrong at that place and how to fix it
};

struct JsonParseResult
{
    QJsonValue value{QJsonValue::Undefined}; // Undefined after an error
    JsonError error;
    [[nodiscard]] bool ok() const { return error.kind == JsonError::Kind::None; }
};

enum class JsonBuild {
    Fastest, // values from QJsonDocument where it gives the same result, else our own builder
    Own,     // always our own builder (for tests that compare the two)
};

// Parses strict RFC 8259 JSON in UTF-8. A leading byte-order mark is skipped; empty or
// whitespace-only input is a syntax error at line 1, column 1. Linear in the input and without
// recursion, so no input can exhaust the stack or take quadratic time.
//
// Numbers become qint64 when their value is a whole number that fits (so `1.0` and `1` read the
// same), else double; a number beyond the range of a double is a limit error. A syntax error
// anywhere wins over a limit error found before it, so limits are reported only for otherwise
// valid JSON.
[[nodiscard]] JsonParseResult parseJson(QByteArrayView input, const JsonLimits &limits = {},
                                        JsonBuild build = JsonBuild::Fastest);

} // namespace sd
