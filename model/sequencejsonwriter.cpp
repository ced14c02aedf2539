// SPDX-License-Identifier: MIT
#include "sequencejsonwriter.h"

#include "steptype.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace sd {

namespace {

// Keys of objects inside params and assignment conditions, in the order of the spec's examples;
// keys not listed follow alphabetically.
int keyRank(const QString &key)
{
    static const QHash<QString, int> ranks = [] {
        const QStringList order{"field", "operator", "value", "match", "rules", "name", "template",
                                "mode",  "at",       "days",  "hours", "x",     "y"};
        QHash<QString, int> h;
        for (int i = 0; i < order.size(); ++i)
            h.insert(order[i], i);
        return h;
    }();
    return ranks.value(key, int(ranks.size()));
}

bool isScalar(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    return true;
}

} // namespace

QJsonValue wholeOrDouble(double value)
{
    constexpr double int64Bound = 9223372036854775808.0; // 2^63
    if (std::trunc(value) == value && value >= -int64Bound && value < int64Bound)
        return qint64(value);
    return value;
}

void JsonOut::newline(int indent)
{
    m_out += '\n';
    m_out.append(indent, ' ');
}

void JsonOut::key(const char *name)
{
    m_out += '"';
    m_out += name;
    m_out += "\": ";
}

void JsonOut::string(QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    const char16_t *p = s.utf16();
    const char16_t *end = p + s.size();
    while (p < end) {
        const char16_t *run = p;
        while (p < end && *p < 0x80 && *p >= 0x20 && *p != u'"' && *p != u'\\')
            ++p;
        if (p > run) {
            const qsizetype old = m_out.size();
            m_out.resize(old + (p - run));
            std::transform(run, p, m_out.data() + old, [](char16_t c) { return char(c); });
        }
        if (p >= end)
            break;
        const char16_t c = *p++;
        if (c >= 0x80) {
            char32_t cp = c;
            if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
                cp = QChar::surrogateToUcs4(c, *p++);
            else if (QChar::isSurrogate(c))
                cp = 0xFFFD; // no character; the reader never makes one
            appendUtf8(cp);
            continue;
        }
        switch (c) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        case u'\b':
            m_out += "\\b";
            break;
        case u'\f':
            m_out += "\\f";
            break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xF];
            break;
        }
    }
    m_out += '"';
}

void JsonOut::appendUtf8(char32_t cp)
{
    if (cp < 0x800) {
        m_out += char(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
        m_out += char(0xE0 | (cp >> 12));
        m_out += char(0x80 | ((cp >> 6) & 0x3F));
    } else {
        m_out += char(0xF0 | (cp >> 18));
        m_out += char(0x80 | ((cp >> 12) & 0x3F));
        m_out += char(0x80 | ((cp >> 6) & 0x3F));
    }
    m_out += char(0x80 | (cp & 0x3F));
}

void JsonOut::number(const QJsonValue &v)
{
    const qint64 whole = v.toInteger(0);
    if (whole == v.toInteger(1)) {
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, whole);
        m_out.append(buffer, result.ptr - buffer);
        return;
    }
    const double d = v.toDouble();
    if (std::isfinite(d))
        m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null"; // JSON has no infinity; the reader never makes one
}

void JsonOut::scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        m_out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        number(v);
        return;
    case QJsonValue::String:
        string(v.toString());
        return;
    case QJsonValue::Object:
        m_out += "{}";
        return;
    case QJsonValue::Array:
        m_out += "[]";
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    m_out += "null";
}

void JsonOut::value(const QJsonValue &v, int indent, const StepType *paramsOf)
{
    if (v.isObject() && !v.toObject().isEmpty())
        object(v.toObject(), indent, paramsOf);
    else if (v.isArray() && !v.toArray().isEmpty())
        array(v.toArray(), indent);
    else
        scalar(v);
}

void JsonOut::object(const QJsonObject &o, int indent, const StepType *paramsOf)
{
    struct Member
    {
        int rank;
        QString key;
        QJsonValue value;
    };
    QVarLengthArray<Member, 8> members;
    bool scalars = true;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        int rank = 0;
        if (paramsOf) {
            rank = int(paramsOf->params.size());
            for (int i = 0; i < paramsOf->params.size(); ++i) {
                if (paramsOf->params[i].key == key)
                    rank = i;
            }
        } else {
            rank = keyRank(key);
        }
        scalars = scalars && isScalar(it.value());
        members.append({rank, key, it.value()});
    }
    // QJsonObject iterates alphabetically, so a stable sort leaves unlisted keys so.
    std::stable_sort(members.begin(), members.end(),
                     [](const Member &a, const Member &b) { return a.rank < b.rank; });
    container([&](bool inlineForm) {
        if (inlineForm && !scalars)
            return false;
        Members m = beginObject(indent, inlineForm);
        for (const Member &member : members) {
            m.next();
            string(member.key);
            m_out += ": ";
            value(member.value, indent + 2);
        }
        m.end();
        return true;
    });
}

void JsonOut::array(const QJsonArray &a, int indent)
{
    bool scalars = a.size() * 2 < inlineWidth;
    for (qsizetype i = 0; i < a.size() && scalars; ++i)
        scalars = isScalar(a.at(i));
    container([&](bool inlineForm) {
        if (inlineForm && !scalars)
            return false;
        Members m = beginArray(indent, inlineForm);
        for (const QJsonValue &element : a) {
            m.next();
            value(element, indent + 2);
        }
        m.end();
        return true;
    });
}

JsonOut::Members JsonOut::beginObject(int indent, bool inlineForm)
{
    m_out += inlineForm ? "{ " : "{";
    return {*this, indent, inlineForm, '}'};
}

JsonOut::Members JsonOut::beginArray(int indent, bool inlineForm)
{
    m_out += '[';
    return {*this, indent, inlineForm, ']'};
}

void JsonOut::Members::next()
{
    if (!m_first)
        m_out.m_out += m_inline ? ", " : ",";
    if (!m_inline)
        m_out.newline(m_indent + 2);
    m_first = false;
}

void JsonOut::Members::end()
{
    if (m_inline) {
        if (m_close == '}')
            m_out.m_out += ' ';
    } else {
        m_out.newline(m_indent);
    }
    m_out.m_out += m_close;
}

} // namespace sd
