// SPDX-License-Identifier: MIT
#pragma once

// Internal to the JSON parser (jsonparser.cpp): the scanning of single tokens, which reports
// where and why a token is wrong, and the members of an open object or array.

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <string_view>
#include <unordered_set>
#include <vector>

namespace sd::jsonparser {

[[nodiscard]] inline bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

// Length of the valid UTF-8 sequence at `p` (RFC 3629: no overlong forms, no surrogates, at
// most U+10FFFF), or 0 when it is not one.
[[nodiscard]] int utf8SequenceLength(const uchar *p, const uchar *end);
// The character at `at` for a message: 'x', U+0000, or a byte that is not UTF-8.
[[nodiscard]] QString describe(const uchar *at, const uchar *end);
// QString::fromUtf8, except that a leading U+FEFF is kept: inside a JSON string it is text.
[[nodiscard]] QString toQString(const QByteArray &utf8);

// Why a token is not valid JSON, and where.
struct ScanError
{
    const uchar *at = nullptr;
    QString message;
};

struct StringScan
{
    const uchar *begin = nullptr; // the content, between the quotes
    const uchar *end = nullptr;
    qint64 decodedBytes = 0; // unescaped UTF-8
    bool escapes = false;
    bool ascii = true;
    bool leadingBom = false; // starts with U+FEFF, raw or escaped
};

// Checks and measures the string whose opening quote is at `p`, without allocating; on success
// `p` is just after its closing quote.
bool scanString(const uchar *&p, const uchar *end, StringScan &s, ScanError &error);
// The UTF-8 of a string that scanString accepted and found escapes in.
[[nodiscard]] QByteArray unescape(const StringScan &s);

struct NumberScan
{
    bool integral = true; // no fraction, no exponent
    bool exponent = false;
};

// Checks the grammar of the number at `p`; on success `p` is just after it.
bool scanNumber(const uchar *&p, const uchar *end, NumberScan &n, ScanError &error);
// For a number that a double cannot hold: true when it is too large (rather than too small).
[[nodiscard]] bool tooLarge(const uchar *p, const uchar *end);

struct Key
{
    QByteArray utf8; // unescaped; often a view into the input
    bool ascii = true;
};

// An open object or array within the depth limit: its members so far.
class Frame
{
public:
    bool object = false;
    std::vector<QJsonValue> values;

    void reset(bool isObject);
    // False when the object already has the key.
    bool addKey(Key key);
    [[nodiscard]] QJsonValue build();

private:
    std::vector<Key> keys;
    // Duplicate detection for large objects; small ones compare linearly.
    std::unordered_set<std::string_view> index;
};

} // namespace sd::jsonparser
