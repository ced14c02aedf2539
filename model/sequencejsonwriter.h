// SPDX-License-Identifier: MIT
#pragma once

// Internal to the sequence file writer (sequencewriter.cpp): JSON text in the layout of the
// format. QJsonDocument sorts keys alphabetically and puts every value on a line of its own,
// while a person reading a file expects the order of the spec's examples and short objects such
// as `{ "days": 2, "hours": 0 }` on one line.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace sd {

struct StepType;

// A whole number that fits qint64 as an integer value, so that it is written, and read back,
// without a fraction.
[[nodiscard]] QJsonValue wholeOrDouble(double value);

class JsonOut
{
public:
    // A container of scalars at most this wide (from its opening to its closing bracket) stays
    // on one line.
    static constexpr qsizetype inlineWidth = 72;

    [[nodiscard]] QByteArray &bytes() { return m_out; }

    void raw(const char *text) { m_out += text; }
    void newline(int indent);
    // A key of the format (plain ASCII, nothing to escape) and its colon.
    void key(const char *name);
    // Escapes `"`, `\` and control characters; writes the rest as UTF-8.
    void string(QStringView s);
    // Whole numbers without a fraction; others in the shortest form that reads back to the
    // same double.
    void number(const QJsonValue &v);
    // Any value of params or an assignment condition; `paramsOf` orders a step's params as its
    // catalogue entry does, other objects follow the spec's examples, then the alphabet.
    void value(const QJsonValue &v, int indent, const StepType *paramsOf = nullptr);

    // Runs `write(inlineForm)`: on one line when it says the members allow it and the result is
    // short enough, else again with one member per line.
    template <typename Write> void container(Write write)
    {
        const qsizetype start = m_out.size();
        if (write(true) && m_out.size() - start <= inlineWidth)
            return;
        m_out.truncate(start);
        write(false);
    }

    // The separators of one object or array, in either form.
    class Members
    {
    public:
        Members(JsonOut &out, int indent, bool inlineForm, char close)
            : m_out(out), m_indent(indent), m_inline(inlineForm), m_close(close)
        {
        }
        void next(); // before each member
        void end();  // the closing bracket

    private:
        JsonOut &m_out;
        int m_indent;
        bool m_inline;
        char m_close;
        bool m_first = true;
    };

    [[nodiscard]] Members beginObject(int indent, bool inlineForm);
    [[nodiscard]] Members beginArray(int indent, bool inlineForm);

private:
    void appendUtf8(char32_t cp);
    void scalar(const QJsonValue &v);
    void object(const QJsonObject &o, int indent, const StepType *paramsOf);
    void array(const QJsonArray &a, int indent);

    QByteArray m_out;
};

} // namespace sd
