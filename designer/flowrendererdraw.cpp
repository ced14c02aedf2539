// SPDX-License-Identifier: MIT
// The drawing of FlowRenderer: the canvas layout onto a QPainter or into SVG markup.
#include "flowrendererdraw.h"

#include "stepicons.h"
#include "stepstyle.h"
#include "stepsummary.h"
#include "steptype.h"

#include <QFontMetricsF>
#include <QLocale>

namespace sd::flow {

namespace {

const QColor ink(0x20, 0x21, 0x24);
const QColor muted(0x5f, 0x63, 0x68);
const QColor lineColour(0x80, 0x86, 0x8b);

// The light accents of the kinds of card: a picture is a document, printed and sent, always light.
QColor groupColour(const QString &type)
{
    return StepGroup::color(StepGroup::ofType(type), false);
}
QFont font(qreal pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(qRound(pixels));
    f.setBold(bold);
    return f;
}

class PainterCanvas final : public Canvas
{
public:
    explicit PainterCanvas(QPainter &p) : m_p(p) { m_p.setRenderHint(QPainter::Antialiasing); }
    void rect(const QRectF &r, qreal radius, const QColor &fill, const QColor &stroke,
              bool dashed) override
    {
        QPen pen(stroke, 1.2, dashed ? Qt::DashLine : Qt::SolidLine);
        m_p.setPen(stroke.isValid() ? pen : QPen(Qt::NoPen));
        m_p.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        m_p.drawRoundedRect(r, radius, radius);
    }
    void polyline(const QList<QPointF> &points, const QColor &colour, qreal width) override
    {
        m_p.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawPolyline(points.constData(), int(points.size()));
    }
    void text(QPointF baseline, const QString &s, const QFont &f, const QColor &colour) override
    {
        m_p.setFont(f);
        m_p.setPen(colour);
        m_p.drawText(baseline, s);
    }
    void image(const QRectF &r, const QImage &picture) override
    {
        m_p.setRenderHint(QPainter::SmoothPixmapTransform);
        m_p.drawImage(r, picture);
    }

private:
    QPainter &m_p;
};

// The step's icon as on the canvas (NodeIcon.qml): a white icon, or its glyph, on a rounded
// square of the group's colour.
void drawIcon(Canvas &c, const QRectF &box, const Step &step, const QColor &group)
{
    c.rect(box, box.height() * 0.22, group, QColor());
    const StepType *t = StepCatalogue::find(step.type);
    const QString icon = t ? t->icon : QString();
    // Drawn at twice the size, so PNG at 2x and PDF stay sharp.
    const QImage picture = stepIconImage(icon, Qt::white, qRound(box.height() * 1.2));
    const bool question = t && t->isCondition();
    if (!picture.isNull()) {
        const qreal side = box.height() * 0.6;
        const qreal shift = question ? -box.width() * 0.1 : 0;
        c.image(
            QRectF(box.center().x() - side / 2 + shift, box.center().y() - side / 2, side, side),
            picture);
        if (question)
            c.line({box.center().x() + box.width() * 0.3, box.center().y() + box.height() * 0.15},
                   box.width(), QStringLiteral("?"), font(box.height() * 0.36, true),
                   QColor(Qt::white), true);
        return;
    }
    c.line({box.center().x(), box.center().y() + box.height() * 0.15}, box.width(),
           StepStyle::glyph(icon), font(box.height() * 0.36, true), QColor(Qt::white), true);
}

QString typeName(const Step &step)
{
    const StepType *t = StepCatalogue::find(step.type);
    return t ? t->translatedName() : step.type;
}

} // namespace

std::unique_ptr<Canvas> painterCanvas(QPainter &painter)
{
    return std::make_unique<PainterCanvas>(painter);
}

void drawTitle(Canvas &c, const QRectF &box, const Sequence &s, const QDateTime &date,
               const QString &pageText)
{
    c.line({box.left(), box.top() + 24}, box.width(), s.name, font(20, true), ink);
    QString sub =
        RenderText::tr("%1 · %2").arg(s.recordType, QLocale().toString(date, QLocale::LongFormat));
    if (!pageText.isEmpty())
        sub += QStringLiteral(" · ") + pageText;
    c.line({box.left(), box.top() + 46}, box.width(), sub, font(12), muted);
}

void drawFlow(Canvas &c, const Sequence &s, const TreeLayout &layout, const QRectF &visible)
{
    const QFont small = font(11, true);
    const QFont label = font(11, true);
    for (const LayoutEdge &e : layout.edges) {
        const QRectF span = QRectF(e.from, e.toPoint).normalized().adjusted(-40, -2, 40, 2);
        if (!span.intersects(visible))
            continue;
        const QPointF from = e.link.parentId.isEmpty() ? e.from - QPointF(0, 22) : e.from;
        const qreal mid = e.from.y() + 20;
        c.polyline({from, {e.from.x(), mid}, {e.toPoint.x(), mid}, e.toPoint}, lineColour, 1.5);
        c.polyline({e.toPoint + QPointF(-4, -6), e.toPoint, e.toPoint + QPointF(4, -6)}, lineColour,
                   1.5);
        if (e.link.branch != Branch::Next) {
            const QString text =
                e.link.branch == Branch::Yes ? RenderText::tr("Yes") : RenderText::tr("No");
            c.line({e.toPoint.x() + 6, (mid + e.toPoint.y()) / 2 + 4}, 60, text, label, muted);
        }
    }
    for (const LayoutEnd &end : layout.ends) {
        if (end.link.branch == Branch::Next ||
            !QRectF(end.from, end.plus).normalized().adjusted(-40, -10, 40, 10).intersects(visible))
            continue;
        const qreal mid = end.from.y() + 20;
        c.polyline({end.from, {end.from.x(), mid}, {end.plus.x(), mid}, end.plus}, lineColour, 1.5);
        c.rect(QRectF(end.plus - QPointF(5, 0), QSizeF(10, 10)), 5, QColor(Qt::white), lineColour);
        const QString text =
            end.link.branch == Branch::Yes ? RenderText::tr("Yes") : RenderText::tr("No");
        c.line({end.plus.x() + 8, (mid + end.plus.y()) / 2 + 6}, 60, text, label, muted);
    }
    for (const LayoutNode &n : layout.nodes) {
        const QRectF r = n.rect;
        if (!r.intersects(visible))
            continue;
        if (n.id.isEmpty()) {
            const QRectF pill(r.center().x() - 100, r.center().y() - 20, 200, 40);
            c.rect(pill, 20, StepGroup::color(StepGroup::Kind::Start, false), QColor());
            c.line({pill.center().x(), pill.center().y() + 5}, 180,
                   RenderText::tr("Sequence starts here"), font(13, true), QColor(Qt::white), true);
            continue;
        }
        const Step *step = s.step(n.id);
        if (!step)
            continue;
        const QColor group = groupColour(step->type);
        c.rect(r, 8, QColor(Qt::white), n.reachable ? QColor(0xc4, 0xc7, 0xcc) : muted,
               !n.reachable);
        c.rect(QRectF(r.left(), r.top(), 6, r.height()), 3, group, QColor());
        const qreal x = r.left() + 16;
        const qreal w = r.width() - 26;
        // The icon leads the type's line, so the name and summary keep the card's width.
        drawIcon(c, QRectF(x, r.top() + 8, 20, 20), *step, group);
        c.line({x + 26, r.top() + 22}, w - 26, typeName(*step), small, group);
        c.line({x, r.top() + 45}, w, step->name.isEmpty() ? typeName(*step) : step->name,
               font(14, true), ink);
        c.line({x, r.top() + 68}, w, stepSummary(*step), font(12), muted);
    }
}

} // namespace sd::flow
