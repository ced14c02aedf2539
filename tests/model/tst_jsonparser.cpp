// SPDX-License-Identifier: MIT
// The strict JSON parser of the file format: every syntax and limit edge with its position,
// the values it builds, and inputs meant to crash, hang or exhaust it.
#include "jsonparser.h"

#include <QCborValue>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace sd;

Q_DECLARE_METATYPE(sd::JsonError::Kind)

namespace {

QByteArray repeat(const QByteArray &piece, qsizetype times)
{
    return piece.repeated(times);
}

bool isInteger(const QJsonValue &v)
{
    return QCborValue::fromJsonValue(v).isInteger();
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void values();
    void escapes();
    void numbers_data();
    void numbers();
    void byteOrderMark();
    void nestingLimit();
    void stringLimit();
    void syntaxWinsOverLimits();
    void duplicateKeys();
    void largeObject();
    void buildersAgree_data();
    void buildersAgree();
    void truncatedInput();
    void randomInput();
};

void TestJsonParser::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<JsonError::Kind>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    using K = JsonError::Kind;
    QTest::newRow("empty") << QByteArray() << K::Syntax << 1 << 1;
    QTest::newRow("whitespace only") << QByteArray("  \n\t \r\n ") << K::Syntax << 1 << 1;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << K::Syntax << 1 << 1;
    QTest::newRow("BOM and whitespace") << QByteArray("\xEF\xBB\xBF \n ") << K::Syntax << 1 << 1;
    QTest::newRow("open brace") << QByteArray("{") << K::Syntax << 1 << 2;
    QTest::newRow("unclosed object") << QByteArray("{\"a\":1") << K::Syntax << 1 << 7;
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\":1,}") << K::Syntax << 1 << 8;
    QTest::newRow("trailing comma in array") << QByteArray("[1,]") << K::Syntax << 1 << 4;
    QTest::newRow("leading comma") << QByteArray("[,1]") << K::Syntax << 1 << 2;
    QTest::newRow("missing comma") << QByteArray("[1 2]") << K::Syntax << 1 << 4;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << K::Syntax << 1 << 6;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << K::Syntax << 1 << 2;
    QTest::newRow("single quotes") << QByteArray("['a']") << K::Syntax << 1 << 2;
    QTest::newRow("mismatched bracket") << QByteArray("[1}") << K::Syntax << 1 << 3;
    QTest::newRow("leading zero") << QByteArray("01") << K::Syntax << 1 << 2;
    QTest::newRow("minus alone") << QByteArray("-") << K::Syntax << 1 << 2;
    QTest::newRow("minus letter") << QByteArray("[-a]") << K::Syntax << 1 << 3;
    QTest::newRow("dot without digits") << QByteArray("1.") << K::Syntax << 1 << 3;
    QTest::newRow("exponent without digits") << QByteArray("1e+") << K::Syntax << 1 << 4;
    QTest::newRow("leading dot") << QByteArray(".5") << K::Syntax << 1 << 1;
    QTest::newRow("plus sign") << QByteArray("+1") << K::Syntax << 1 << 1;
    QTest::newRow("NaN") << QByteArray("[NaN]") << K::Syntax << 1 << 2;
    QTest::newRow("Infinity") << QByteArray("-Infinity") << K::Syntax << 1 << 2;
    QTest::newRow("truncated true") << QByteArray("tru") << K::Syntax << 1 << 1;
    QTest::newRow("capital True") << QByteArray("True") << K::Syntax << 1 << 1;
    QTest::newRow("word after true") << QByteArray("truex") << K::Syntax << 1 << 5;
    QTest::newRow("two values") << QByteArray("{} {}") << K::Syntax << 1 << 4;
    QTest::newRow("comment") << QByteArray("{} // no") << K::Syntax << 1 << 4;
    QTest::newRow("unterminated string") << QByteArray("\"abc") << K::Syntax << 1 << 5;
    QTest::newRow("backslash at end") << QByteArray("\"abc\\") << K::Syntax << 1 << 6;
    QTest::newRow("line break in string") << QByteArray("\"a\nb\"") << K::Syntax << 1 << 3;
    QTest::newRow("tab in string") << QByteArray("[\"a\tb\"]") << K::Syntax << 1 << 4;
    QTest::newRow("unknown escape") << QByteArray("\"\\x\"") << K::Syntax << 1 << 2;
    QTest::newRow("short \\u") << QByteArray("\"\\u12\"") << K::Syntax << 1 << 2;
    QTest::newRow("\\u at end") << QByteArray("\"\\u12") << K::Syntax << 1 << 2;
    QTest::newRow("lone high surrogate") << QByteArray("\"\\uD800\"") << K::Syntax << 1 << 2;
    QTest::newRow("lone low surrogate") << QByteArray("\"x\\uDC00\"") << K::Syntax << 1 << 3;
    QTest::newRow("high then letter") << QByteArray("\"\\uD800\\u0041\"") << K::Syntax << 1 << 2;
    QTest::newRow("high then high") << QByteArray("\"\\uD800\\uD800\"") << K::Syntax << 1 << 2;
    QTest::newRow("invalid UTF-8 byte") << QByteArray("\"\xFF\"") << K::Syntax << 1 << 2;
    QTest::newRow("overlong UTF-8") << QByteArray("\"\xC0\x80\"") << K::Syntax << 1 << 2;
    QTest::newRow("overlong 3 bytes") << QByteArray("\"\xE0\x80\xAF\"") << K::Syntax << 1 << 2;
    QTest::newRow("encoded surrogate") << QByteArray("\"\xED\xA0\x80\"") << K::Syntax << 1 << 2;
    QTest::newRow("above U+10FFFF") << QByteArray("\"\xF4\x90\x80\x80\"") << K::Syntax << 1 << 2;
    QTest::newRow("truncated UTF-8") << QByteArray("\"\xE2\x82\"") << K::Syntax << 1 << 2;
    QTest::newRow("UTF-8 outside string") << QByteArray("[\xC3\xA9]") << K::Syntax << 1 << 2;
    QTest::newRow("column counts code points")
        << QByteArray("[\"\xC3\xA9\", x]") << K::Syntax << 1 << 7;
    QTest::newRow("astral counts once")
        << QByteArray("[\"\xF0\x9F\x98\x80\", x]") << K::Syntax << 1 << 7;
    QTest::newRow("NUL alone") << QByteArray("\0", 1) << K::Syntax << 1 << 1;
    QTest::newRow("NUL in array") << QByteArray("[1,\0]", 5) << K::Syntax << 1 << 4;
    QTest::newRow("NUL in string") << QByteArray("\"a\0b\"", 5) << K::Syntax << 1 << 3;
    QTest::newRow("NUL after value") << QByteArray("{}\0", 3) << K::Syntax << 1 << 3;
    QTest::newRow("LF lines") << QByteArray("[\n1,\n  x]") << K::Syntax << 3 << 3;
    QTest::newRow("CRLF is one line break") << QByteArray("[1]\r\n]") << K::Syntax << 2 << 1;
    QTest::newRow("CR alone breaks a line") << QByteArray("[1]\r]") << K::Syntax << 2 << 1;
    QTest::newRow("BOM not a column") << QByteArray("\xEF\xBB\xBF{x") << K::Syntax << 1 << 2;
    QTest::newRow("BOM twice") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF{}") << K::Syntax << 1 << 1;
    QTest::newRow("duplicate key")
        << QByteArray("{\n  \"a\": 1,\n  \"a\": 2\n}") << K::Syntax << 3 << 3;
    QTest::newRow("duplicate key via escape")
        << QByteArray("{\"a\":1,\"\\u0061\":2}") << K::Syntax << 1 << 8;
    QTest::newRow("number too large") << QByteArray("1e999") << K::Limit << 1 << 1;
    QTest::newRow("negative too large") << QByteArray("[1, -1e400]") << K::Limit << 1 << 5;
    QTest::newRow("huge integer digits")
        << (QByteArray("[") + repeat("9", 400) + "]") << K::Limit << 1 << 2;
    QTest::newRow("depth 65") << (repeat("[", 65) + repeat("]", 65)) << K::Limit << 1 << 65;
    QTest::newRow("depth 65 objects")
        << (repeat("{\"a\":", 64) + "{}" + repeat("}", 64)) << K::Limit << 1 << 321;
}

void TestJsonParser::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(JsonError::Kind, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonParseResult r = parseJson(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.kind, kind);
    QCOMPARE(r.error.line, line);
    QCOMPARE(r.error.column, column);
    QVERIFY(!r.error.message.isEmpty());
    QVERIFY(r.value.isUndefined());
}

void TestJsonParser::values()
{
    const JsonParseResult r = parseJson(" {\"s\": \"x\", \"n\": [1, 2.5, -3], \"t\": true, "
                                        "\"f\": false, \"z\": null, \"o\": {}, \"a\": [], "
                                        "\"\xC3\xA6\": {\"deep\": [[[\"v\"]]]}} \n");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QJsonObject o = r.value.toObject();
    QCOMPARE(o.size(), 8);
    QCOMPARE(o.value("s").toString(), QStringLiteral("x"));
    QCOMPARE(o.value("n").toArray().size(), 3);
    QCOMPARE(o.value("n").toArray().at(1).toDouble(), 2.5);
    QCOMPARE(o.value("n").toArray().at(2).toInteger(), -3);
    QCOMPARE(o.value("t"), QJsonValue(true));
    QCOMPARE(o.value("f"), QJsonValue(false));
    QVERIFY(o.value("z").isNull());
    QVERIFY(o.value("o").isObject() && o.value("o").toObject().isEmpty());
    QVERIFY(o.value("a").isArray() && o.value("a").toArray().isEmpty());
    QCOMPARE(o.value(QString::fromUtf8("\xC3\xA6"))
                 .toObject()
                 .value("deep")
                 .toArray()
                 .at(0)
                 .toArray()
                 .at(0)
                 .toArray()
                 .at(0)
                 .toString(),
             QStringLiteral("v"));

    // Scalars are valid top-level values (RFC 8259).
    QCOMPARE(parseJson("42").value.toInteger(), 42);
    QCOMPARE(parseJson("\"s\"").value.toString(), QStringLiteral("s"));
    QVERIFY(parseJson("null").value.isNull());
    // The same document as Qt reads it.
    const QByteArray doc = "{\"b\":[1,{\"c\":\"d\"}],\"a\":\"\xE2\x82\xAC\"}";
    QCOMPARE(parseJson(doc).value.toObject(), QJsonDocument::fromJson(doc).object());
}

void TestJsonParser::escapes()
{
    const JsonParseResult r =
        parseJson("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u20AC\\ud83d\\ude00\\u0000x\"");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QString expected = QStringLiteral("\"\\/\b\f\n\r\t\u00e9\u20ac") +
                       QString::fromUcs4(U"\U0001F600") + QChar(0) + u'x';
    QCOMPARE(r.value.toString(), expected);
    // Raw UTF-8 of every length.
    QCOMPARE(parseJson("\"\x41\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"").value.toString(),
             QStringLiteral("A\u00e9\u20ac") + QString::fromUcs4(U"\U0001F600"));
    // A 0x7F byte is not a control character in JSON.
    QCOMPARE(parseJson("\"\x7F\"").value.toString(), QString(QChar(0x7F)));
}

void TestJsonParser::numbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("integer");
    QTest::addColumn<double>("value");

    QTest::newRow("zero") << QByteArray("0") << true << 0.0;
    QTest::newRow("minus zero") << QByteArray("-0") << true << 0.0;
    QTest::newRow("minus zero fraction") << QByteArray("-0.0") << true << 0.0;
    QTest::newRow("one point zero") << QByteArray("1.0") << true << 1.0;
    QTest::newRow("exponent whole") << QByteArray("1e2") << true << 100.0;
    QTest::newRow("capital exponent") << QByteArray("25E-1") << false << 2.5;
    QTest::newRow("fraction") << QByteArray("1.5") << false << 1.5;
    QTest::newRow("small") << QByteArray("-1.5e-3") << false << -0.0015;
    QTest::newRow("tenth") << QByteArray("0.1") << false << 0.1;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << true
                               << 9223372036854775807.0;
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << true
                               << -9223372036854775808.0;
    QTest::newRow("above int64") << QByteArray("9223372036854775808") << false
                                 << 9223372036854775808.0;
    QTest::newRow("30 digits") << QByteArray("123456789012345678901234567890") << false
                               << 1.2345678901234568e29;
    QTest::newRow("1e300") << QByteArray("1e300") << false << 1e300;
    QTest::newRow("largest double")
        << QByteArray("1.7976931348623157e308") << false << 1.7976931348623157e308;
    QTest::newRow("underflow is zero") << QByteArray("1e-400") << true << 0.0;
    QTest::newRow("denormal") << QByteArray("5e-324") << false << 5e-324;
    QTest::newRow("zero with huge exponent") << QByteArray("0e99999999999999999999") << true << 0.0;
    QTest::newRow("many fraction digits")
        << (QByteArray("0.") + repeat("0", 100000) + "1") << true << 0.0;
    QTest::newRow("long mantissa") << (QByteArray("1.") + repeat("0", 100000)) << true << 1.0;
}

void TestJsonParser::numbers()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, integer);
    QFETCH(double, value);
    const JsonParseResult r = parseJson(input);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QVERIFY(r.value.isDouble());
    QCOMPARE(isInteger(r.value), integer);
    QCOMPARE(r.value.toDouble(), value);
    if (input == "9223372036854775807")
        QCOMPARE(r.value.toInteger(), std::numeric_limits<qint64>::max());
}

void TestJsonParser::byteOrderMark()
{
    const JsonParseResult r = parseJson("\xEF\xBB\xBF{\"a\": 1}");
    QVERIFY(r.ok());
    QCOMPARE(r.value.toObject().value("a").toInteger(), 1);
    // Only at the start.
    QVERIFY(!parseJson("[\xEF\xBB\xBF]").ok());
    QCOMPARE(parseJson("\"\xEF\xBB\xBF\"").value.toString(), QString(QChar(0xFEFF)));
}

void TestJsonParser::nestingLimit()
{
    QVERIFY(parseJson(repeat("[", 64) + repeat("]", 64)).ok());
    QVERIFY(parseJson(repeat("[", 64) + "1" + repeat("]", 64)).ok()); // scalars do not count
    QVERIFY(parseJson(repeat("{\"a\":", 63) + "{}" + repeat("}", 63)).ok());
    // A custom limit.
    QVERIFY(parseJson("[[1]]", {2, 10}).ok());
    const JsonParseResult r = parseJson("[[[1]]]", {2, 10});
    QCOMPARE(r.error.kind, JsonError::Kind::Limit);
    QCOMPARE(r.error.column, 3);
    // Very deep input neither recurses nor allocates a frame per level.
    const JsonParseResult deep = parseJson(repeat("[", 1000000) + repeat("]", 1000000));
    QCOMPARE(deep.error.kind, JsonError::Kind::Limit);
    QCOMPARE(deep.error.column, 65);
    const JsonParseResult deepObjects =
        parseJson(repeat("{\"k\":", 300000) + "0" + repeat("}", 300000));
    QCOMPARE(deepObjects.error.kind, JsonError::Kind::Limit);
}

void TestJsonParser::stringLimit()
{
    constexpr qsizetype mib = 1024 * 1024;
    const JsonParseResult exact = parseJson("[\"" + repeat("a", mib) + "\"]");
    QVERIFY(exact.ok());
    QCOMPARE(exact.value.toArray().at(0).toString().size(), mib);

    const JsonParseResult over = parseJson("[\"" + repeat("a", mib + 1) + "\"]");
    QCOMPARE(over.error.kind, JsonError::Kind::Limit);
    QCOMPARE(over.error.line, 1);
    QCOMPARE(over.error.column, 2);

    // Counted as unescaped UTF-8: \u00e9 is two bytes, whatever its six characters in the file.
    QVERIFY(parseJson("\"" + repeat("\\u00e9", mib / 2) + "\"").ok());
    QCOMPARE(parseJson("\"" + repeat("\\u00e9", mib / 2 + 1) + "\"").error.kind,
             JsonError::Kind::Limit);
    QVERIFY(parseJson("\"" + repeat("\xC3\xA9", mib / 2) + "\"").ok());
    QCOMPARE(parseJson("\"" + repeat("\xC3\xA9", mib / 2) + "x\"").error.kind,
             JsonError::Kind::Limit);

    const JsonParseResult key = parseJson("{\"k\": 1, \"" + repeat("k", mib + 1) + "\": 1}");
    QCOMPARE(key.error.kind, JsonError::Kind::Limit);
    QCOMPARE(key.error.column, 10);
}

void TestJsonParser::syntaxWinsOverLimits()
{
    // Limits are reported only for otherwise valid JSON (spec section 7: syntax comes first).
    const QByteArray deep = repeat("[", 70) + repeat("]", 70);
    QCOMPARE(parseJson(deep).error.kind, JsonError::Kind::Limit);
    const JsonParseResult unclosed = parseJson(repeat("[", 70) + repeat("]", 69));
    QCOMPARE(unclosed.error.kind, JsonError::Kind::Syntax);
    QCOMPARE(unclosed.error.column, 140);
    QCOMPARE(parseJson("[" + deep + ", x]").error.kind, JsonError::Kind::Syntax);
    QCOMPARE(parseJson("[" + deep + ", {\"a\": 1, \"a\": 2}]").error.kind, JsonError::Kind::Syntax);
    QCOMPARE(parseJson("[1e999, tru]").error.kind, JsonError::Kind::Syntax);
    QCOMPARE(parseJson("[\"" + repeat("a", 1024 * 1024 + 1) + "\", \"\\q\"]").error.kind,
             JsonError::Kind::Syntax);
    // The first limit is the one reported.
    const JsonParseResult two = parseJson("[1e999, " + deep + "]");
    QCOMPARE(two.error.kind, JsonError::Kind::Limit);
    QCOMPARE(two.error.column, 2);
}

void TestJsonParser::duplicateKeys()
{
    QVERIFY(parseJson("{\"a\": {\"a\": 1}, \"b\": {\"a\": 2}}").ok()); // other objects
    QVERIFY(parseJson("{\"a\": 1, \"A\": 2, \"a \": 3}").ok());
    // Past the linear scan: the hashed lookup finds it too.
    QByteArray many = "{";
    for (int i = 0; i < 40; ++i)
        many += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    QVERIFY(parseJson(many + "\"end\": 0}").ok());
    const JsonParseResult r = parseJson(many + "\"k7\": 0}");
    QCOMPARE(r.error.kind, JsonError::Kind::Syntax);
    QCOMPARE(r.error.column, many.size() + 1);
    // Objects at the same depth reuse their frame: keys must not leak from one to the next.
    QVERIFY(parseJson("[" + many + "\"x\": 1}, " + many + "\"x\": 1}]").ok());
}

void TestJsonParser::largeObject()
{
    // Keys in descending order are the worst case for QJsonObject's sorted insertion.
    constexpr int count = 200000;
    QByteArray text = "{";
    for (int i = count; i > 0; --i) {
        text += "\"key" + QByteArray::number(i) + "\":" + QByteArray::number(i);
        text += i > 1 ? "," : "}";
    }
    const JsonParseResult r = parseJson(text);
    QVERIFY(r.ok());
    const QJsonObject o = r.value.toObject();
    QCOMPARE(o.size(), count);
    QCOMPARE(o.value("key1").toInteger(), 1);
    QCOMPARE(o.value("key123456").toInteger(), 123456);

    QByteArray list = "[";
    for (int i = 0; i < count; ++i)
        list += "\"s" + QByteArray::number(i) + (i + 1 < count ? "\"," : "\"]");
    const JsonParseResult array = parseJson(list);
    QCOMPARE(array.value.toArray().size(), count);
    QCOMPARE(array.value.toArray().at(count - 1).toString(), QStringLiteral("s199999"));
}

void TestJsonParser::buildersAgree_data()
{
    // Valid input is built by QJsonDocument where that gives the same value, else by our own
    // builder; both must agree on every value, including the kind of every number.
    QTest::addColumn<QByteArray>("input");
    QDirIterator it(QStringLiteral(SD_TEST_DATA), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(QDir(QStringLiteral(SD_TEST_DATA)).relativeFilePath(path)))
            << file.readAll();
    }
    QTest::newRow("numbers") << QByteArray("[0, -0, 1, 1.0, -0.0, 1e2, 2.5E-1, 0.1, 5e-324, "
                                           "9223372036854775807, -9223372036854775808, "
                                           "9223372036854775808, -9223372036854775809, "
                                           "1.7976931348623157e308, 123456789012345678901]");
    QTest::newRow("underflow") << QByteArray("[1e-400, -1e-999]");
    QTest::newRow("strings") << QByteArray("{\"\\u00e9\": \"\\ud83d\\ude00\", \"\": "
                                           "\"\\u0000\\\"\\\\\\/\\b\\f\\n\\r\\t\", "
                                           "\"\xC3\xA6\xF0\x9F\x98\x80\": \"\xE2\x82\xAC\"}");
    QTest::newRow("leading BOM in strings") << QByteArray("[\"\\ufeffa\", \"\xEF\xBB\xBF"
                                                          "b\", {\"\xEF\xBB\xBF"
                                                          "k\": 1}]");
    QTest::newRow("BOM inside strings") << QByteArray("[\"a\xEF\xBB\xBF\", \"b\\uFEFF\"]");
    QTest::newRow("scalar") << QByteArray("\"text\"");
    QTest::newRow("empty containers") << QByteArray("[{}, [], [[]], {\"a\": {}}]");
    QByteArray big = "{";
    for (int i = 2000; i > 0; --i)
        big += "\"k" + QByteArray::number(i) + "\": [" + QByteArray::number(i) + "],";
    big += "\"last\": null}";
    QTest::newRow("large object") << big;
}

void TestJsonParser::buildersAgree()
{
    QFETCH(QByteArray, input);
    const JsonParseResult fast = parseJson(input);
    const JsonParseResult own = parseJson(input, {}, JsonBuild::Own);
    QCOMPARE(fast.ok(), own.ok());
    QCOMPARE(fast.error.kind, own.error.kind);
    QCOMPARE(fast.error.line, own.error.line);
    QCOMPARE(fast.error.column, own.error.column);
    QCOMPARE(fast.value, own.value);
    if (QTest::currentDataTag() == QByteArrayLiteral("leading BOM in strings")) {
        const QJsonArray a = fast.value.toArray();
        QCOMPARE(a.at(0).toString(), QStringLiteral("\uFEFFa"));
        QCOMPARE(a.at(1).toString(), QStringLiteral("\uFEFFb"));
        QVERIFY(a.at(2).toObject().contains(QStringLiteral("\uFEFFk")));
    }
    if (QTest::currentDataTag() == QByteArrayLiteral("numbers")) {
        const QJsonArray a = fast.value.toArray();
        QVERIFY(isInteger(a.at(3)) && isInteger(a.at(4)) && isInteger(a.at(5)));
        QVERIFY(!isInteger(a.at(6)) && !isInteger(a.at(11)));
    }
}

void TestJsonParser::truncatedInput()
{
    QFile file(QStringLiteral(SD_TEST_DATA "/file/bundle.sequence.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray full = file.readAll();
    QVERIFY(parseJson(full).ok());
    const QByteArray trimmed = full.trimmed();
    for (qsizetype n = 0; n < trimmed.size(); ++n) {
        const JsonParseResult r = parseJson(trimmed.left(n));
        QVERIFY2(!r.ok(), qPrintable(QString::number(n)));
        QCOMPARE(r.error.kind, JsonError::Kind::Syntax);
        QVERIFY(r.error.line >= 1 && r.error.column >= 1);
    }
}

void TestJsonParser::randomInput()
{
    // Random bytes, and a valid document with random bytes changed: nothing may crash, and a
    // failure always has a position.
    QRandomGenerator random(20240611);
    QFile file(QStringLiteral(SD_TEST_DATA "/file/bundle.sequence.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray base = file.readAll();
    static const char alphabet[] = "{}[]\",:\\u0123456789.eE+-truefalsn \n\t\xC3\xA9\xF0\x9F\x00";
    int failures = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input;
        if (round % 2 == 0) {
            const int length = random.bounded(64);
            for (int i = 0; i < length; ++i)
                input += alphabet[random.bounded(int(sizeof alphabet - 1))];
        } else {
            input = base;
            for (int i = random.bounded(1, 4); i > 0; --i)
                input[random.bounded(int(input.size()))] = char(random.bounded(256));
        }
        const JsonParseResult r = parseJson(input);
        if (!r.ok()) {
            ++failures;
            QVERIFY(r.error.line >= 1 && r.error.column >= 1);
            QVERIFY(r.error.offset >= 0 && r.error.offset <= input.size());
        }
    }
    QVERIFY(failures > 0);
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "tst_jsonparser.moc"
