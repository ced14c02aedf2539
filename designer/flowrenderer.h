// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "sessionresults.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace sd {

class SequenceDocument;

// Draws a sequence's whole flow (the canvas layout of sd::layoutTree: cards with their group
// colour, type, name and summary, the lines with Yes/No, "Sequence starts here") under a title
// with the sequence's name and a date, as PNG, SVG (text stays text) or a PDF of A4 pages
// (vector; split across pages when large, each page with the title and its number).
// Exports use a light look whatever the window's palette, as paper does.
class FlowRenderer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("sequencedocument.h")

public:
    enum class Format { Png, Svg, Pdf };

    explicit FlowRenderer(QObject *parent = nullptr) : QObject(parent) {}

    // At `scale` (1 = 1 px per canvas unit), less when the picture would pass 16,384 px a side.
    [[nodiscard]] static QImage renderImage(const Sequence &sequence, qreal scale = 1.0,
                                            const QDateTime &date = QDateTime::currentDateTime());
    [[nodiscard]] static QByteArray renderSvg(const Sequence &sequence,
                                              const QDateTime &date = QDateTime::currentDateTime());
    // The PDF as bytes; `pages` gets the page count.
    [[nodiscard]] static QByteArray renderPdf(const Sequence &sequence, int *pages = nullptr,
                                              const QDateTime &date = QDateTime::currentDateTime());
    // Writes the file atomically; false with a translated reason in `error`.
    static bool writeFile(const Sequence &sequence, Format format, const QString &path,
                          QString *error);
    // "png", "svg", "pdf"; nullopt for anything else.
    [[nodiscard]] static std::optional<Format> formatFromName(const QString &name);

    // For the designer's Share menu: the open document, with its unsaved edits. `file` is a url
    // or path; `format` "png", "svg" or "pdf" (empty: from the file's suffix). The outcome's
    // `path` is the file written.
    Q_INVOKABLE sd::SessionOutcome exportDocument(sd::SequenceDocument *document,
                                                  const QVariant &file, const QString &format = {});
    // "Copy as image": the PNG on the clipboard.
    Q_INVOKABLE sd::SessionOutcome copyDocumentAsImage(sd::SequenceDocument *document);
};

} // namespace sd
