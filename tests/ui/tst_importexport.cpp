// SPDX-License-Identifier: MIT
// The exported pictures of a sequence (FlowRenderer): PNG, SVG and PDF of a bundled template are
// the right size and not blank, the step names are text in the SVG and in the PDF (read back
// through the PDF's ToUnicode maps), large flows split across A4 pages, and the headless
// `export --format` writes the same files. Needs a QGuiApplication (fonts): runs offscreen.
#include "flowrenderer.h"
#include "generate.h"
#include "library/library.h"
#include "library/transfer.h"
#include "sequencefile.h"
#include "theme.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

Sequence webinar()
{
    const ReadResult r =
        readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"));
    return r.sequences.value(0);
}

// Names on the cards of the template that fit a card without being shortened.
const QStringList shownNames{
    "Webinar follow up", "Sequence starts here",     "Send a confirmation email",
    "Call the lead",     "Replied within two days?", "Did the lead answer?",
    "Wait two days",     "Send a final email"};

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// The text of a PDF as Qt writes it: glyph ids in content streams, mapped back to characters
// through each font's ToUnicode CMap. Whitespace is dropped (Qt places words glyph by glyph).
QString pdfText(const QByteArray &pdf)
{
    const QString doc = QString::fromLatin1(pdf);
    QHash<int, QString> objects;
    static const QRegularExpression objRe(QStringLiteral("(\\d+) 0 obj(.*?)endobj"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = objRe.globalMatch(doc); it.hasNext();) {
        const auto m = it.next();
        objects.insert(m.captured(1).toInt(), m.captured(2));
    }
    const auto streamOf = [](const QString &obj) {
        const qsizetype at = obj.indexOf(QLatin1String("stream"));
        const qsizetype end = obj.lastIndexOf(QLatin1String("endstream"));
        if (at < 0 || end < at)
            return QByteArray();
        qsizetype from = at + 6;
        while (from < obj.size() && (obj[from] == u'\r' || obj[from] == u'\n'))
            ++from;
        QByteArray body = obj.mid(from, end - from).toLatin1();
        if (!obj.left(at).contains(QLatin1String("FlateDecode")))
            return body;
        const quint32 guess = quint32(body.size()) * 50 + 4096;
        QByteArray sized(4, '\0');
        sized[0] = char(guess >> 24);
        sized[1] = char(guess >> 16);
        sized[2] = char(guess >> 8);
        sized[3] = char(guess);
        return qUncompress(sized + body);
    };
    // font object -> glyph -> text
    QHash<int, QHash<uint, QString>> maps;
    static const QRegularExpression toUnicode(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    static const QRegularExpression hex(QStringLiteral("<([0-9A-Fa-f]+)>"));
    for (auto o = objects.cbegin(); o != objects.cend(); ++o) {
        const auto m = toUnicode.match(*o);
        if (!m.hasMatch())
            continue;
        const QString cmap = QString::fromLatin1(streamOf(objects.value(m.captured(1).toInt())));
        QHash<uint, QString> &map = maps[o.key()];
        const auto text = [](const QString &h) {
            QString s;
            for (qsizetype i = 0; i + 4 <= h.size(); i += 4)
                s += QChar(h.mid(i, 4).toUInt(nullptr, 16));
            return s;
        };
        for (const QString &line : cmap.split(u'\n')) {
            QStringList v;
            for (auto h = hex.globalMatch(line); h.hasNext();)
                v.append(h.next().captured(1));
            if (v.size() == 2) // bfchar
                map.insert(v[0].toUInt(nullptr, 16), text(v[1]));
            else if (v.size() >= 3) { // bfrange, with one start or an array
                const uint a = v[0].toUInt(nullptr, 16);
                const uint b = v[1].toUInt(nullptr, 16);
                for (uint g = a; g <= b && g - a + 2 < uint(v.size()) + 1; ++g) {
                    if (line.contains(u'['))
                        map.insert(g, text(v.value(int(g - a + 2))));
                    else
                        map.insert(g, QString(QChar(v[2].toUInt(nullptr, 16) + (g - a))));
                }
            }
        }
    }
    QHash<QString, int> fontNames; // resource name -> font object
    static const QRegularExpression fontRef(QStringLiteral("/(F\\d+) (\\d+) 0 R"));
    for (auto it = fontRef.globalMatch(doc); it.hasNext();) {
        const auto m = it.next();
        fontNames.insert(m.captured(1), m.captured(2).toInt());
    }
    QString out;
    static const QRegularExpression ops(QStringLiteral("/(F\\d+) [\\d.]+ Tf|<([0-9A-Fa-f]+)> Tj"));
    for (const QString &obj : std::as_const(objects)) {
        if (!obj.contains(QLatin1String("stream")) || obj.contains(QLatin1String("/Subtype")))
            continue;
        const QString content = QString::fromLatin1(streamOf(obj));
        const QHash<uint, QString> *map = nullptr;
        for (auto it = ops.globalMatch(content); it.hasNext();) {
            const auto m = it.next();
            if (!m.captured(1).isEmpty()) {
                const auto found = maps.constFind(fontNames.value(m.captured(1)));
                map = found == maps.cend() ? nullptr : &*found;
            } else if (map) {
                const QString h = m.captured(2);
                for (qsizetype i = 0; i + 4 <= h.size(); i += 4)
                    out += map->value(h.mid(i, 4).toUInt(nullptr, 16));
            }
        }
    }
    out.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB02), QStringLiteral("fl"));
    return squeeze(out);
}

// The share of pixels that differ from the background (white).
double inked(const QImage &image)
{
    qint64 n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    return double(n) / (double(image.width() / 2) * double(image.height() / 2));
}

} // namespace

class TestFlowRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void png()
    {
        const Sequence s = webinar();
        QVERIFY(s.stepCount() > 5);
        const QImage image = FlowRenderer::renderImage(s);
        QVERIFY(image.width() > 600 && image.height() > 1000);
        const double ink = inked(image);
        QVERIFY2(ink > 0.015 && ink < 0.6, qPrintable(QString::number(ink)));
        // The group colours are there (the light values of Theme's table): the blue band of
        // "Steps" and the amber of conditions.
        const QRgb steps = Theme::color("steps", false).rgb();
        const QRgb conditions = Theme::color("conditions", false).rgb();
        bool blue = false;
        bool amber = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < qMin(image.width(), 2000); x += 1) {
                blue = blue || image.pixel(x, y) == steps;
                amber = amber || image.pixel(x, y) == conditions;
            }
        }
        QVERIFY(blue && amber);
        const QImage half = FlowRenderer::renderImage(s, 0.5);
        QCOMPARE(half.width(), qRound(image.width() / 2.0));
        QString error;
        const QString path = m_dir.filePath("webinar.png");
        QVERIFY2(FlowRenderer::writeFile(s, FlowRenderer::Format::Png, path, &error),
                 qPrintable(error));
        QCOMPARE(QImage(path).size(), image.size());
    }

    void svgKeepsTextAsText()
    {
        const Sequence s = webinar();
        const QByteArray svg = FlowRenderer::renderSvg(s);
        QVERIFY(svg.startsWith("<?xml"));
        const QString text = QString::fromUtf8(svg);
        for (const QString &name : shownNames)
            QVERIFY2(text.contains(u'>' + name.toHtmlEscaped() + u'<'), qPrintable(name));
        // Every name, summary and the title a <text> element, not a path or a picture.
        QVERIFY(text.count(QLatin1String("<text")) > s.stepCount());
        // Qt's own SVG renderer draws it: same size as the PNG and not blank.
        const QString path = m_dir.filePath("webinar.svg");
        QVERIFY(FlowRenderer::writeFile(s, FlowRenderer::Format::Svg, path, nullptr));
        const QImage drawn(path);
        const QSize expected = FlowRenderer::renderImage(s).size();
        QVERIFY(qAbs(drawn.width() - expected.width()) <= 1);
        QVERIFY(qAbs(drawn.height() - expected.height()) <= 1);
        QVERIFY(inked(drawn.convertToFormat(QImage::Format_RGB32)) > 0.015);
        // Markup in names is escaped, not interpreted.
        Sequence hostile = s;
        hostile.name = QStringLiteral("<script>alert(1)</script> & co");
        QVERIFY(QString::fromUtf8(FlowRenderer::renderSvg(hostile))
                    .contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
    }

    void pdfHasTheNamesAsText()
    {
        const Sequence s = webinar();
        int pages = 0;
        const QByteArray pdf = FlowRenderer::renderPdf(s, &pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pages >= 1 && pages <= 3);
        QCOMPARE(pdf.count("/Type /Page\n"), pages);
        QVERIFY(pdf.contains("/MediaBox [0 0 595.000000 842.000000]")); // A4
        const QString text = pdfText(pdf);
        QVERIFY2(text.size() > 200, qPrintable(text));
        for (const QString &name : shownNames)
            QVERIFY2(text.contains(squeeze(name)), qPrintable(name + " not in " + text));
        QVERIFY(text.contains(squeeze(QStringLiteral("Page 1 of %1").arg(pages))));
        QVERIFY(!text.contains(squeeze(QStringLiteral("No such step name"))));
    }

    void largeFlowSplitsAcrossPages()
    {
        const Sequence big = generateSequence(300);
        int pages = 0;
        const QByteArray pdf = FlowRenderer::renderPdf(big, &pages);
        QVERIFY2(pages > 10, qPrintable(QString::number(pages)));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(squeeze(QStringLiteral("Page %1 of %1").arg(pages))));
        // A PNG of a huge flow is scaled down to at most 16,384 px a side, not refused.
        const QImage image = FlowRenderer::renderImage(generateSequence(3000));
        QVERIFY(!image.isNull());
        QVERIFY(qMax(image.width(), image.height()) <= 16384);
    }

    void commandLine_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << "png" << QByteArray("\x89PNG");
        QTest::newRow("svg") << "svg" << QByteArray("<?xml");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
        QTest::newRow("json") << "json" << QByteArray("{");
    }
    void commandLine()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, magic);
        const QString library = m_dir.filePath("cli.sqlite");
        if (!QFile::exists(library)) {
            OpenResult opened = Library::open(library);
            QVERIFY(opened);
            QVERIFY(Transfer(*opened.library)
                        .importFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json")));
        }
        const QString out = m_dir.filePath("cli." + format);
        QProcess p;
        p.start(QStringLiteral(SD_APP),
                {"export", "--library", library, "--format", format, "--out", out, webinar().id});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray errors = p.readAllStandardError();
        if (errors.contains("needs a QGuiApplication"))
            QFAIL("app/main.cpp runs export on a QCoreApplication: use sd::commandNeedsGui");
        QVERIFY2(p.exitCode() == 0, errors.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5).startsWith(magic));

        // A picture shows one sequence; a wrong format is refused with the usage.
        p.start(QStringLiteral(SD_APP),
                {"export", "--library", library, "--format", "gif", "--out", out, webinar().id});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("png"));
    }
};

QTEST_MAIN(TestFlowRenderer)
#include "tst_importexport.moc"
