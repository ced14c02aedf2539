// SPDX-License-Identifier: MIT
#pragma once
// Internal to FlowRenderer: the canvas the flow is drawn on (a QPainter on an image, a PDF or a
// QSvgGenerator) and the drawing itself.

#include "sequence.h"
#include "treelayout.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPainter>

#include <memory>

namespace sd::flow {

struct RenderText
{
    Q_DECLARE_TR_FUNCTIONS(FlowRenderer)
};

constexpr qreal margin = 24;
constexpr qreal titleHeight = 64;
constexpr int maxImageSide = 16384;

class Canvas
{
public:
    virtual ~Canvas() = default;
    virtual void rect(const QRectF &r, qreal radius, const QColor &fill, const QColor &stroke,
                      bool dashed = false) = 0;
    virtual void polyline(const QList<QPointF> &points, const QColor &colour, qreal width) = 0;
    // `text` is elided to `width` first; drawn from its baseline.
    virtual void text(QPointF baseline, const QString &text, const QFont &f,
                      const QColor &colour) = 0;
    // A picture (a step icon) scaled into `r`.
    virtual void image(const QRectF &r, const QImage &picture) = 0;

    void line(QPointF at, qreal width, const QString &s, const QFont &f, const QColor &colour,
              bool centred = false)
    {
        const QFontMetricsF m(f);
        const QString shown = m.elidedText(s, Qt::ElideRight, width);
        if (centred)
            at.rx() -= m.horizontalAdvance(shown) / 2;
        text(at, shown, f, colour);
    }
};

[[nodiscard]] std::unique_ptr<Canvas> painterCanvas(QPainter &painter);

void drawTitle(Canvas &c, const QRectF &box, const Sequence &s, const QDateTime &date,
               const QString &pageText = {});
// Draws what of the flow meets `visible` (layout coordinates).
void drawFlow(Canvas &c, const Sequence &s, const TreeLayout &layout, const QRectF &visible);

} // namespace sd::flow
