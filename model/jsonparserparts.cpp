// SPDX-License-Identifier: MIT
#include "jsonparserparts.h"
#include "translation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace sd::jsonparser {

namespace {

char32_t decodeUtf8(const uchar *p, int length)
{
    switch (length) {
    case 2:
        return char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    case 3:
        return char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    case 4:
        return char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 |
               char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
    default:
        return p[0];
    }
}

int utf8Length(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

// Reads the four hex digits of a \u escape at `p`; false when there are not four.
bool readHex4(const uchar *p, const uchar *end, char32_t &out)
{
    if (end - p < 4)
        return false;
    char32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const uchar c = p[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        v = v << 4 | char32_t(digit);
    }
    out = v;
    return true;
}

bool isHighSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDBFF;
}

bool isLowSurrogate(char32_t c)
{
    return c >= 0xDC00 && c <= 0xDFFF;
}

bool fail(ScanError &error, const uchar *at, const QString &message)
{
    error.at = at;
    error.message = message;
    return false;
}

constexpr size_t linearKeyLimit = 16;

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    const qsizetype avail = end - p;
    auto cont = [&](qsizetype i) { return i < avail && (p[i] & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (avail < 2)
            return 0;
        const uchar lo = c == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = c == 0xED ? 0x9F : 0xBF;
        return p[1] >= lo && p[1] <= hi && cont(2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (avail < 2)
            return 0;
        const uchar lo = c == 0xF0 ? 0x90 : 0x80;
        const uchar hi = c == 0xF4 ? 0x8F : 0xBF;
        return p[1] >= lo && p[1] <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

QString describe(const uchar *at, const uchar *end)
{
    if (at >= end)
        return JsonParserText::tr("the end of the file");
    const uchar c = *at;
    if (c > 0x20 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    if (c < 0x80)
        return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    const int length = utf8SequenceLength(at, end);
    if (length == 0) {
        return JsonParserText::tr("the byte 0x%1, which is not UTF-8; save the file as UTF-8")
            .arg(QString::number(uint(c), 16).toUpper());
    }
    return QStringLiteral("'%1' (U+%2)")
        .arg(QString::fromUtf8(reinterpret_cast<const char *>(at), length),
             QString::number(uint(decodeUtf8(at, length)), 16).toUpper());
}

QString toQString(const QByteArray &utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(utf8);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

bool scanString(const uchar *&cursor, const uchar *end, StringScan &s, ScanError &error)
{
    const uchar *p = cursor + 1;
    s.begin = p;
    qint64 decoded = 0;
    for (;;) {
        const uchar *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        decoded += p - run;
        if (p >= end)
            return fail(
                error, p,
                JsonParserText::tr("The file ends inside a string. Close the string with \"."));
        const uchar c = *p;
        if (c == '"')
            break;
        if (c == '\\') {
            s.escapes = true;
            if (p + 1 >= end) {
                return fail(
                    error, end,
                    JsonParserText::tr("The file ends inside a string. Close the string with \"."));
            }
            const uchar e = p[1];
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                e == 't') {
                decoded += 1;
                p += 2;
                continue;
            }
            if (e != 'u') {
                return fail(error, p,
                            JsonParserText::tr(
                                "Unknown escape in a string. The escapes of JSON are \\\" \\\\ "
                                "\\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal "
                                "digits."));
            }
            char32_t cp = 0;
            if (!readHex4(p + 2, end, cp)) {
                return fail(error, p,
                            JsonParserText::tr(
                                "\\u must be followed by four hexadecimal digits, as in \\u00E9."));
            }
            const uchar *escape = p;
            p += 6;
            if (isHighSurrogate(cp)) {
                char32_t low = 0;
                if (end - p >= 2 && p[0] == '\\' && p[1] == 'u' && readHex4(p + 2, end, low) &&
                    isLowSurrogate(low)) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                return fail(error, escape,
                            JsonParserText::tr(
                                "This \\u escape is half of a surrogate pair without its other "
                                "half, which is no character. Write the character itself, or "
                                "both halves as in \\uD83D\\uDE00."));
            }
            if (escape == s.begin && cp == 0xFEFF)
                s.leadingBom = true;
            decoded += utf8Length(cp);
            s.ascii = s.ascii && cp < 0x80;
            continue;
        }
        if (c < 0x20) {
            if (c == '\n' || c == '\r') {
                return fail(error, p,
                            JsonParserText::tr(
                                "A line break inside a string. Close the string with \" before "
                                "the end of the line, or write \\n."));
            }
            return fail(error, p,
                        JsonParserText::tr(
                            "The control character %1 inside a string. Write it as an escape "
                            "such as \\u0009.")
                            .arg(describe(p, end)));
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0) {
            return fail(error, p,
                        JsonParserText::tr("Found %1 inside a string. Save the file as UTF-8.")
                            .arg(describe(p, end)));
        }
        if (p == s.begin && length == 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            s.leadingBom = true;
        s.ascii = false;
        decoded += length;
        p += length;
    }
    s.end = p;
    s.decodedBytes = decoded;
    cursor = p + 1;
    return true;
}

QByteArray unescape(const StringScan &s)
{
    QByteArray out;
    out.reserve(qsizetype(s.decodedBytes));
    const uchar *p = s.begin;
    while (p < s.end) {
        const uchar *run = p;
        while (p < s.end && *p != '\\')
            ++p;
        out.append(reinterpret_cast<const char *>(run), p - run);
        if (p >= s.end)
            break;
        const uchar e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            char32_t cp = 0;
            readHex4(p, s.end, cp);
            p += 4;
            if (isHighSurrogate(cp)) {
                char32_t low = 0;
                readHex4(p + 2, s.end, low); // scanString checked the pair
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                p += 6;
            }
            appendUtf8(out, cp);
            break;
        }
        default: // " \ /
            out.append(char(e));
            break;
        }
    }
    return out;
}

bool scanNumber(const uchar *&cursor, const uchar *end, NumberScan &n, ScanError &error)
{
    const uchar *p = cursor;
    if (*p == '-')
        ++p;
    if (p >= end || !isDigit(*p)) {
        return fail(
            error, p,
            JsonParserText::tr("Expected a digit after '-', found %1.").arg(describe(p, end)));
    }
    if (*p == '0') {
        ++p;
        if (p < end && isDigit(*p)) {
            return fail(error, p,
                        JsonParserText::tr(
                            "A number cannot start with 0 followed by more digits. Remove the "
                            "leading zero."));
        }
    } else {
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && *p == '.') {
        n.integral = false;
        ++p;
        if (p >= end || !isDigit(*p)) {
            return fail(error, p,
                        JsonParserText::tr("Expected a digit after the decimal point, found %1.")
                            .arg(describe(p, end)));
        }
        while (p < end && isDigit(*p))
            ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        n.integral = false;
        n.exponent = true;
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (p >= end || !isDigit(*p)) {
            return fail(
                error, p,
                JsonParserText::tr("Expected a digit in the exponent of the number, found %1.")
                    .arg(describe(p, end)));
        }
        while (p < end && isDigit(*p))
            ++p;
    }
    cursor = p;
    return true;
}

// Decides from the position of the first significant digit and the exponent, so the digit
// string is read once whatever its length.
bool tooLarge(const uchar *p, const uchar *end)
{
    if (p < end && *p == '-')
        ++p;
    while (p < end && *p == '0')
        ++p;
    qint64 magnitude = 0;
    bool significant = false; // a digit other than 0: zero is never too large
    while (p < end && isDigit(*p)) {
        ++magnitude;
        significant = true;
        ++p;
    }
    if (p < end && *p == '.') {
        ++p;
        if (magnitude == 0) {
            while (p < end && *p == '0') {
                --magnitude;
                ++p;
            }
        }
        while (p < end && isDigit(*p)) {
            significant = significant || *p != '0';
            ++p;
        }
    }
    if (!significant)
        return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool negative = p < end && *p == '-';
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        qint64 exponent = 0;
        while (p < end && isDigit(*p)) {
            exponent = std::min<qint64>(exponent * 10 + (*p - '0'), qint64(1) << 40);
            ++p;
        }
        magnitude += negative ? -exponent : exponent;
    }
    return magnitude > 0;
}

void Frame::reset(bool isObject)
{
    object = isObject;
    keys.clear();
    values.clear();
    if (!index.empty())
        std::unordered_set<std::string_view>().swap(index); // clear() would keep the buckets
}

bool Frame::addKey(Key key)
{
    const std::string_view added = view(key.utf8);
    if (index.empty()) {
        if (keys.size() < linearKeyLimit) {
            for (const Key &k : keys) {
                if (view(k.utf8) == added)
                    return false;
            }
            keys.push_back(std::move(key));
            return true;
        }
        for (const Key &k : keys)
            index.insert(view(k.utf8));
    }
    if (!index.insert(added).second)
        return false;
    keys.push_back(std::move(key)); // moving a QByteArray keeps its data where `added` points
    return true;
}

QJsonValue Frame::build()
{
    if (!object) {
        QJsonArray array;
        for (const QJsonValue &v : values)
            array.append(v);
        return array;
    }
    QJsonObject result;
    auto insert = [&](size_t i) {
        const Key &k = keys[i];
        if (k.ascii)
            result.insert(QLatin1StringView(k.utf8), values[i]);
        else
            result.insert(toQString(k.utf8), values[i]);
    };
    // QJsonObject keeps its keys sorted and inserts by moving the tail: inserting in sorted
    // order keeps a large object linear-logarithmic instead of quadratic.
    if (keys.size() <= linearKeyLimit) {
        for (size_t i = 0; i < keys.size(); ++i)
            insert(i);
    } else {
        std::vector<quint32> order(keys.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](quint32 a, quint32 b) { return keys[a].utf8 < keys[b].utf8; });
        for (quint32 i : order)
            insert(i);
    }
    return result;
}

} // namespace sd::jsonparser
