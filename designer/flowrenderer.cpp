// SPDX-License-Identifier: MIT
#include "flowrenderer.h"

#include "flowrendererdraw.h"
#include "librarysession.h"
#include "sequencedocument.h"
#include "treelayout.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace sd {

namespace {

using namespace flow;

// Wider cards than on the canvas: a picture cannot show the rest of a name on hover.
LayoutMetrics exportMetrics()
{
    LayoutMetrics m;
    m.cardWidth = 280;
    m.horizontalGap = 40;
    return m;
}

QSizeF pictureSize(const TreeLayout &layout)
{
    return {qMax<qreal>(layout.bounds.width(), 360) + 2 * margin,
            layout.bounds.height() + titleHeight + 2 * margin};
}

// Layout coordinates to picture coordinates (before scaling).
QPointF origin(const TreeLayout &layout)
{
    return {margin - layout.bounds.left(), margin + titleHeight - layout.bounds.top()};
}

} // namespace

QImage FlowRenderer::renderImage(const Sequence &sequence, qreal scale, const QDateTime &date)
{
    const TreeLayout layout = layoutTree(sequence, exportMetrics());
    const QSizeF size = pictureSize(layout);
    scale = qMin(scale, maxImageSide / qMax(size.width(), size.height()));
    QImage image((size * scale).toSize().expandedTo({1, 1}), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    const std::unique_ptr<Canvas> canvas = painterCanvas(p);
    drawTitle(*canvas, QRectF(margin, margin, size.width() - 2 * margin, titleHeight), sequence,
              date);
    p.translate(origin(layout));
    drawFlow(*canvas, sequence, layout, layout.bounds.adjusted(-1, -1, 1, 1));
    return image;
}

// QSvgGenerator writes every text drawn as a <text> element: names stay searchable and
// selectable, and scale without blur.
QByteArray FlowRenderer::renderSvg(const Sequence &sequence, const QDateTime &date)
{
    const TreeLayout layout = layoutTree(sequence, exportMetrics());
    const QSizeF size = pictureSize(layout);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(), size));
    svg.setTitle(sequence.name);
    QPainter p(&svg);
    p.fillRect(QRectF(QPointF(), size), Qt::white);
    const std::unique_ptr<Canvas> canvas = painterCanvas(p);
    drawTitle(*canvas, QRectF(margin, margin, size.width() - 2 * margin, titleHeight), sequence,
              date);
    p.translate(origin(layout));
    drawFlow(*canvas, sequence, layout, layout.bounds.adjusted(-1, -1, 1, 1));
    p.end();
    // QSvgGenerator gives the size in millimetres, which viewers turn into pixels at 90 or 96
    // dpi: in pixels, as the PNG, every viewer shows it at the same size.
    static const QRegularExpression millimetres(
        QStringLiteral(R"(<svg width="[0-9.]+mm" height="[0-9.]+mm")"));
    QString svgText = QString::fromUtf8(bytes);
    svgText.replace(
        millimetres,
        QStringLiteral(R"(<svg width="%1" height="%2")").arg(size.width()).arg(size.height()));
    return svgText.toUtf8();
}

QByteArray FlowRenderer::renderPdf(const Sequence &sequence, int *pageCount, const QDateTime &date)
{
    const TreeLayout layout = layoutTree(sequence, exportMetrics());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one painter unit is one point
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Point));
    writer.setTitle(sequence.name);
    writer.setCreator(QStringLiteral("Sequence Designer"));

    // A4 in points; cards stay at least 45 % of their size on the canvas (step names ~6 pt).
    const QRectF page(0, 0, 595, 842);
    const QRectF area = page.adjusted(36, 36 + titleHeight, -36, -36);
    const QRectF content = layout.bounds.adjusted(-8, -8, 8, 8);
    const qreal scale = qBound(0.45, area.width() / content.width(), 1.0);
    const QSizeF cell = area.size() / scale; // layout units per page
    const int columns = qMax(1, int(std::ceil(content.width() / cell.width() - 1e-9)));
    const int rows = qMax(1, int(std::ceil(content.height() / cell.height() - 1e-9)));
    // Bucket the layout by page row so each page only looks at what may be on it.
    QList<TreeLayout> byRow(rows);
    const auto rowsOf = [&](qreal top, qreal bottom, auto &&add) {
        const int first = qBound(0, int((top - content.top()) / cell.height()), rows - 1);
        const int last = qBound(0, int((bottom - content.top()) / cell.height()), rows - 1);
        for (int r = first; r <= last; ++r)
            add(byRow[r]);
    };
    for (const LayoutNode &n : layout.nodes)
        rowsOf(n.rect.top(), n.rect.bottom(), [&](TreeLayout &t) { t.nodes.append(n); });
    for (const LayoutEdge &e : layout.edges)
        rowsOf(e.from.y() - 30, e.toPoint.y(), [&](TreeLayout &t) { t.edges.append(e); });
    for (const LayoutEnd &e : layout.ends)
        rowsOf(e.from.y(), e.plus.y() + 10, [&](TreeLayout &t) { t.ends.append(e); });
    struct Page
    {
        QRectF part; // the part of the layout on the page
        int row;
    };
    QList<Page> pages; // only pages that hold a card
    for (int row = 0; row < rows; ++row) {
        for (int col = 0; col < columns; ++col) {
            const QRectF part(content.topLeft() + QPointF(col * cell.width(), row * cell.height()),
                              cell);
            for (const LayoutNode &n : std::as_const(byRow[row].nodes)) {
                if (n.rect.intersects(part)) {
                    pages.append({part, row});
                    break;
                }
            }
        }
    }
    QPainter p(&writer);
    const std::unique_ptr<Canvas> canvas = painterCanvas(p);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        drawTitle(*canvas, QRectF(36, 36, area.width(), titleHeight), sequence, date,
                  RenderText::tr("Page %1 of %2").arg(i + 1).arg(pages.size()));
        p.save();
        p.setClipRect(area);
        p.translate(area.topLeft());
        p.scale(scale, scale);
        p.translate(-pages[i].part.topLeft());
        drawFlow(*canvas, sequence, byRow[pages[i].row], pages[i].part);
        p.restore();
    }
    p.end();
    if (pageCount)
        *pageCount = int(pages.size());
    return bytes;
}

std::optional<FlowRenderer::Format> FlowRenderer::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"png")
        return Format::Png;
    if (n == u"svg")
        return Format::Svg;
    if (n == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

bool FlowRenderer::writeFile(const Sequence &sequence, Format format, const QString &path,
                             QString *error)
{
    QByteArray bytes;
    if (format == Format::Png) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        renderImage(sequence).save(&buffer, "PNG");
    } else {
        bytes = format == Format::Svg ? renderSvg(sequence) : renderPdf(sequence);
    }
    QSaveFile out(path);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
        !out.commit()) {
        if (error)
            *error =
                RenderText::tr("%1 could not be written (%2). Choose a folder you can write "
                               "to, with free space.")
                    .arg(QDir::toNativeSeparators(path),
                         bytes.isEmpty() ? RenderText::tr("nothing was drawn") : out.errorString());
        return false;
    }
    return true;
}

SessionOutcome FlowRenderer::exportDocument(SequenceDocument *document, const QVariant &file,
                                            const QString &format)
{
    if (!document)
        return refused(RenderText::tr("No sequence is open to export."));
    const QString path = LibrarySession::localPath(file);
    const std::optional<Format> f =
        formatFromName(format.isEmpty() ? QFileInfo(path).suffix() : format);
    if (!f)
        return refused(
            RenderText::tr("Choose PNG, SVG or PDF to export the picture of the sequence."));
    QString error;
    if (!writeFile(document->sequence(), *f, path, &error))
        return refused(error);
    SessionOutcome out = succeeded();
    out.path = path;
    return out;
}

SessionOutcome FlowRenderer::copyDocumentAsImage(SequenceDocument *document)
{
    if (!document)
        return refused(RenderText::tr("No sequence is open to copy."));
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return refused(RenderText::tr("The clipboard is not available."));
    clipboard->setImage(renderImage(document->sequence()));
    return succeeded();
}

} // namespace sd
