// SPDX-License-Identifier: MIT
#pragma once

#include "librarysession.h"
#include "sequence.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace sd {

// Draws a sequence's whole flow (the canvas layout of sd::layoutTree: cards with their group
// colour, type, name and summary, the lines with Yes/No, "Sequence starts here") under a title
// with the sequence's name and a date, as PNG, SVG (text stays text) or a PDF of A4 pages
// (vector; split across pages when large, each page with the title and its number).
// Exports use a light look whatever the window's palette, as paper does.
class FlowRenderer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sd::LibrarySession *session READ session WRITE setSession NOTIFY sessionChanged)

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

    [[nodiscard]] LibrarySession *session() const { return m_session; }
    void setSession(LibrarySession *session);

    // For the designer page. `file` is a url or path; `format` "png", "svg" or "pdf" (empty:
    // from the file's suffix). Return {ok, message, path}.
    Q_INVOKABLE QVariantMap exportSequence(const QString &id, const QVariant &file,
                                           const QString &format = {});
    // The same for the open document (a SequenceDocument), with its unsaved edits.
    Q_INVOKABLE QVariantMap exportDocument(QObject *document, const QVariant &file,
                                           const QString &format = {});
    // "Copy as image": the PNG on the clipboard. {ok, message}.
    Q_INVOKABLE QVariantMap copyAsImage(const QString &id);
    Q_INVOKABLE QVariantMap copyDocumentAsImage(QObject *document);

signals:
    void sessionChanged();

private:
    QVariantMap exportTo(const Sequence &sequence, const QVariant &file, const QString &format);
    static QVariantMap copy(const Sequence &sequence);
    std::optional<Sequence> load(const QString &id, QString *why) const;

    QPointer<LibrarySession> m_session;
};

} // namespace sd
