// SPDX-License-Identifier: MIT
#include "jsonparser.h"
#include "translation.h"

#include "jsonparserparts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <vector>

// The parser's state machine: an explicit stack instead of recursion, so the depth of the input
// never reaches the call stack. Tokens are scanned in jsonparserparts.cpp.

namespace sd {

namespace {

using namespace jsonparser;

class Parser
{
public:
    // With `build` false the parser only checks: grammar, UTF-8, duplicates and limits.
    Parser(QByteArrayView input, const JsonLimits &limits, bool build)
        : m_begin(reinterpret_cast<const uchar *>(input.data())), m_end(m_begin + input.size()),
          m_limits(limits), m_build(build)
    {
        if (input.size() >= 3 && std::memcmp(m_begin, "\xEF\xBB\xBF", 3) == 0)
            m_begin += 3;
        m_p = m_begin;
    }

    // The input without its byte-order mark.
    QByteArrayView body() const { return {m_begin, m_end - m_begin}; }

    // After a successful check: whether QJsonDocument builds the same value. It does for an
    // object or array (it refuses scalars at the top), with everything a valid file holds,
    // except a string that begins with U+FEFF, which QString::fromUtf8 drops.
    bool qtBuildsTheSame() const { return m_topIsContainer && !m_leadingBom; }

    JsonParseResult run()
    {
        JsonParseResult result;
        skipWhitespace();
        m_topIsContainer = !atEnd() && (*m_p == '{' || *m_p == '[');
        if (atEnd()) {
            syntaxError(m_begin, JsonParserText::tr(
                                     "The file is empty. A sequence file is a JSON object that "
                                     "starts with {."));
        } else if (parseDocument() && m_limitError.kind == JsonError::Kind::None) {
            result.value = m_value;
            return result;
        }
        result.error = m_error.kind != JsonError::Kind::None ? m_error : m_limitError;
        locate(result.error);
        return result;
    }

private:
    bool atEnd() const { return m_p >= m_end; }
    bool building() const { return m_build && !m_skipping; }

    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool syntaxError(const uchar *at, const QString &message)
    {
        m_error.kind = JsonError::Kind::Syntax;
        m_error.offset = at - m_begin;
        m_error.message = message;
        return false;
    }

    // A limit error does not end parsing: a syntax error later in the file still wins.
    void limitError(const uchar *at, const QString &message)
    {
        if (m_limitError.kind == JsonError::Kind::None) {
            m_limitError.kind = JsonError::Kind::Limit;
            m_limitError.offset = at - m_begin;
            m_limitError.message = message;
        }
        m_skipping = true;
        m_value = QJsonValue(QJsonValue::Undefined);
        for (Frame &frame : m_frames)
            frame.values.clear(); // nothing will be built any more
    }

    void locate(JsonError &error) const
    {
        const uchar *at = m_begin + error.offset;
        int line = 1;
        const uchar *lineStart = m_begin;
        for (const uchar *p = m_begin; p < at; ++p) {
            if (*p == '\n' || (*p == '\r' && !(p + 1 < at && p[1] == '\n'))) {
                ++line;
                lineStart = p + 1;
            }
        }
        int column = 1;
        for (const uchar *p = lineStart; p < at; ++p) {
            if ((*p & 0xC0) != 0x80)
                ++column;
        }
        error.line = line;
        error.column = column;
    }

    QString describe(const uchar *at) const { return jsonparser::describe(at, m_end); }

    Frame *innermostFrame()
    {
        if (m_open == 0 || m_open > m_limits.maxDepth)
            return nullptr;
        return &m_frames[size_t(m_open - 1)];
    }

    bool innermostIsObject() const
    {
        return m_open > m_limits.maxDepth ? m_deepKinds.back()
                                          : m_frames[size_t(m_open - 1)].object;
    }

    void openContainer(bool object)
    {
        if (m_open >= m_limits.maxDepth) {
            if (!m_skipping) {
                limitError(m_p, JsonParserText::tr(
                                    "Objects and arrays are nested more than %1 levels deep here. "
                                    "Sequence files never need that much nesting; flatten the "
                                    "data.")
                                    .arg(m_limits.maxDepth));
            }
            m_deepKinds.push_back(object);
        } else {
            if (m_frames.size() <= size_t(m_open))
                m_frames.emplace_back();
            m_frames[size_t(m_open)].reset(object);
        }
        ++m_open;
    }

    QJsonValue closeContainer()
    {
        --m_open;
        if (m_open >= m_limits.maxDepth) {
            m_deepKinds.pop_back();
            return {};
        }
        Frame &frame = m_frames[size_t(m_open)];
        QJsonValue value = building() ? frame.build() : QJsonValue(QJsonValue::Undefined);
        frame.reset(frame.object);
        return value;
    }

    bool parseDocument()
    {
        QJsonValue value;
        bool wantValue = true;
        for (;;) {
            if (wantValue) {
                skipWhitespace();
                if (atEnd()) {
                    return syntaxError(
                        m_p, JsonParserText::tr("The file ends where a value was expected; it is "
                                                "incomplete."));
                }
                const uchar c = *m_p;
                if (c == '{' || c == '[') {
                    const bool object = c == '{';
                    openContainer(object);
                    ++m_p;
                    skipWhitespace();
                    if (!atEnd() && *m_p == (object ? '}' : ']')) {
                        ++m_p;
                        value = closeContainer();
                        wantValue = false;
                    } else if (object && !readKey()) {
                        return false;
                    }
                    continue;
                }
                if (!readScalar(value))
                    return false;
                wantValue = false;
                continue;
            }
            if (m_open == 0) {
                skipWhitespace();
                if (!atEnd()) {
                    return syntaxError(
                        m_p, JsonParserText::tr("Unexpected %1 after the end of the JSON value. A "
                                                "file holds one value; remove the extra text.")
                                 .arg(describe(m_p)));
                }
                if (building())
                    m_value = value;
                return true;
            }
            const bool object = innermostIsObject();
            if (Frame *frame = innermostFrame(); frame && building())
                frame->values.push_back(std::move(value));
            value = QJsonValue();
            skipWhitespace();
            if (atEnd()) {
                return syntaxError(
                    m_p, object ? JsonParserText::tr("The file ends inside an object: expected ',' "
                                                     "or '}'. The file is incomplete.")
                                : JsonParserText::tr("The file ends inside an array: expected ',' "
                                                     "or ']'. The file is incomplete."));
            }
            const uchar c = *m_p;
            if (c == ',') {
                ++m_p;
                if (object && !readKey())
                    return false;
                wantValue = true;
            } else if (c == (object ? '}' : ']')) {
                ++m_p;
                value = closeContainer();
            } else {
                return syntaxError(
                    m_p, object ? JsonParserText::tr("Expected ',' or '}' after a value in an "
                                                     "object, found %1.")
                                      .arg(describe(m_p))
                                : JsonParserText::tr("Expected ',' or ']' after a value in an "
                                                     "array, found %1.")
                                      .arg(describe(m_p)));
            }
        }
    }

    // Reads `"key":` of an object member.
    bool readKey()
    {
        skipWhitespace();
        if (atEnd())
            return syntaxError(
                m_p, JsonParserText::tr("The file ends inside an object; it is incomplete."));
        if (*m_p != '"') {
            return syntaxError(
                m_p, JsonParserText::tr("Expected a key in double quotes, found %1. (A comma "
                                        "before '}' is not allowed in JSON.)")
                         .arg(describe(m_p)));
        }
        const uchar *start = m_p;
        Key key;
        bool decoded = false;
        if (!readString(nullptr, &key, &decoded))
            return false;
        Frame *frame = innermostFrame();
        if (frame && decoded && !frame->addKey(key)) {
            QString shown = QString::fromUtf8(key.utf8);
            if (shown.size() > 40)
                shown = shown.left(40) + QChar(0x2026);
            return syntaxError(
                start, JsonParserText::tr("The key \"%1\" appears twice in the same object. "
                                          "Remove one of them.")
                           .arg(shown));
        }
        skipWhitespace();
        if (atEnd())
            return syntaxError(m_p, JsonParserText::tr("The file ends after a key; expected ':'."));
        if (*m_p != ':') {
            return syntaxError(
                m_p,
                JsonParserText::tr("Expected ':' after the key, found %1.").arg(describe(m_p)));
        }
        ++m_p;
        return true;
    }

    bool readScalar(QJsonValue &value)
    {
        const uchar c = *m_p;
        if (c == '"') {
            bool decoded = false;
            return readString(&value, nullptr, &decoded);
        }
        if (c == '-' || isDigit(c))
            return readNumber(value);
        auto word = [&](std::string_view w) {
            return size_t(m_end - m_p) >= w.size() && std::memcmp(m_p, w.data(), w.size()) == 0;
        };
        if (word("true")) {
            m_p += 4;
            value = true;
            return true;
        }
        if (word("false")) {
            m_p += 5;
            value = false;
            return true;
        }
        if (word("null")) {
            m_p += 4;
            value = QJsonValue::Null;
            return true;
        }
        return syntaxError(
            m_p, JsonParserText::tr("Expected a value (a string in double quotes, a number, true, "
                                    "false, null, an object or an array), found %1.")
                     .arg(describe(m_p)));
    }

    // Reads a string into `value` or `key`; `decoded` is false when it was over the length limit
    // (or not needed while skipping). False only on a syntax error.
    bool readString(QJsonValue *value, Key *key, bool *decoded)
    {
        const uchar *start = m_p;
        StringScan s;
        if (ScanError error; !scanString(m_p, m_end, s, error))
            return syntaxError(error.at, error.message);
        m_leadingBom = m_leadingBom || s.leadingBom;
        *decoded = false;
        if (s.decodedBytes > m_limits.maxStringBytes) {
            limitError(start, JsonParserText::tr(
                                  "This key or string is %1 bytes long in UTF-8; at most %2 bytes "
                                  "are allowed. Shorten it.")
                                  .arg(s.decodedBytes)
                                  .arg(m_limits.maxStringBytes));
            return true;
        }
        if (!building() && !key)
            return true;
        const QByteArray utf8 =
            s.escapes
                ? unescape(s)
                : QByteArray::fromRawData(reinterpret_cast<const char *>(s.begin), s.end - s.begin);
        *decoded = true;
        if (key) {
            key->utf8 = utf8;
            key->ascii = s.ascii;
        } else if (s.ascii) {
            *value = QJsonValue(QLatin1StringView(utf8));
        } else {
            *value = QJsonValue(toQString(utf8));
        }
        return true;
    }

    bool readNumber(QJsonValue &value)
    {
        const uchar *start = m_p;
        NumberScan number;
        if (ScanError error; !scanNumber(m_p, m_end, number, error))
            return syntaxError(error.at, error.message);
        // While only checking, the value matters only where a double might not hold it, which
        // takes an exponent or more than 300 digits.
        if (m_skipping || (!m_build && m_p - start < 300 && !number.exponent))
            return true;
        const char *first = reinterpret_cast<const char *>(start);
        const char *last = reinterpret_cast<const char *>(m_p);
        if (number.integral) {
            qint64 i = 0;
            if (const auto [ptr, ec] = std::from_chars(first, last, i);
                ec == std::errc() && ptr == last) {
                value = i;
                return true;
            }
        }
        double d = 0;
        const auto [ptr, ec] = std::from_chars(first, last, d);
        if (ec == std::errc::result_out_of_range) {
            if (tooLarge(start, m_p)) {
                limitError(start, JsonParserText::tr(
                                      "This number is too large for the program (beyond about "
                                      "1.8e308). Write a smaller number."));
                return true;
            }
            d = *start == '-' ? -0.0 : 0.0; // too small: it is zero to a double
        } else if (ec != std::errc() || ptr != last || !std::isfinite(d)) {
            return syntaxError(start, JsonParserText::tr("This number cannot be read."));
        }
        // A whole number is stored as an integer, however it is written; every whole double
        // below 2^63 converts to qint64 exactly. (QJsonDocument does the same.)
        constexpr double int64Bound = 9223372036854775808.0;
        if (std::trunc(d) == d && d >= -int64Bound && d < int64Bound)
            value = qint64(d);
        else
            value = d;
        return true;
    }

    const uchar *m_begin;
    const uchar *m_end;
    const uchar *m_p = nullptr;
    JsonLimits m_limits;
    JsonError m_error;      // a syntax error; ends parsing
    JsonError m_limitError; // the first limit error; parsing goes on checking the syntax only
    bool m_build = true;
    bool m_skipping = false;
    bool m_topIsContainer = false;
    bool m_leadingBom = false; // a string or key starts with U+FEFF
    QJsonValue m_value{QJsonValue::Undefined};
    std::vector<Frame> m_frames;   // open containers within the depth limit
    qsizetype m_open = 0;          // open containers, also beyond the depth limit
    std::vector<bool> m_deepKinds; // beyond the limit only their kind is kept (true: object)
};

} // namespace

JsonParseResult parseJson(QByteArrayView input, const JsonLimits &limits, JsonBuild build)
{
    if (build == JsonBuild::Own)
        return Parser(input, limits, true).run();
    // Our parser decides what is valid and where it is not; when the input is valid, Qt's
    // parser, which fills its containers directly, builds the same value in a third of the
    // time. Where it could differ, or fails, our own builder takes over.
    Parser check(input, limits, false);
    JsonParseResult result = check.run();
    if (!result.ok())
        return result;
    if (check.qtBuildsTheSame()) {
        const QByteArrayView body = check.body();
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &error);
        if (error.error == QJsonParseError::NoError) {
            result.value =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            return result;
        }
    }
    return Parser(input, limits, true).run();
}

} // namespace sd
