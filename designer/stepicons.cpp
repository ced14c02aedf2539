// SPDX-License-Identifier: MIT
#include "stepicons.h"

#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

namespace sd {

QString stepIconFile(const QString &icon)
{
    static const QHash<QString, QString> files{
        {"start", "start"},
        {"email", "email"},
        {"automated-email", "email"},
        {"text-message", "text-message"},
        {"automated-text-message", "text-message"},
        {"phone-call", "phone-call"},
        {"task", "task"},
        {"wait", "wait"},
        {"email-condition", "email"},
        {"call-condition", "phone-call"},
        {"advance", "advance"},
        {"update-field", "update-field"},
    };
    const QString file = files.value(icon);
    return file.isEmpty() ? QString() : QStringLiteral(":/icons/%1.svg").arg(file);
}

QImage stepIconImage(const QString &icon, const QColor &colour, int pixels)
{
    const QString file = stepIconFile(icon);
    if (file.isEmpty() || pixels <= 0)
        return {};
    QSvgRenderer svg(file);
    if (!svg.isValid())
        return {};
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    svg.render(&p);
    // The icons are monochrome: keep their shape, take the colour (as IconImage does in QML).
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(image.rect(), colour);
    p.end();
    return image;
}

} // namespace sd
