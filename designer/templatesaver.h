// SPDX-License-Identifier: MIT
#pragma once

#include "sequence.h"
#include "sessionresults.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sd {

class SequenceDocument;

// What "Save as template…" would write, checked as the user types (TemplateSaver::check): the
// file's name and path, whether it exists, and what is wrong with the title and the category
// (empty when nothing).
class TemplateCheck
{
    Q_GADGET
    QML_VALUE_TYPE(templateCheck)
    Q_PROPERTY(QString fileName MEMBER fileName CONSTANT)
    Q_PROPERTY(QString path MEMBER path CONSTANT)
    Q_PROPERTY(bool exists MEMBER exists CONSTANT)
    Q_PROPERTY(QString problem MEMBER problem CONSTANT)
    Q_PROPERTY(QString categoryProblem MEMBER categoryProblem CONSTANT)

public:
    QString fileName;
    QString path;
    bool exists = false;
    QString problem;
    QString categoryProblem;
};

// "Save as template…": writes the open sequence as a template file (the file format with its
// `template` object: title, category, language) into the user's templates folder, where the
// gallery finds it. The file name comes from the title, made safe (no path characters); an
// existing file is replaced only when asked. Written atomically (QSaveFile).
class TemplateSaver : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("sequencedocument.h")
    // Where templates are written; the user's templates folder unless set (tests).
    Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)

public:
    explicit TemplateSaver(QObject *parent = nullptr);

    [[nodiscard]] QString folder() const { return m_folder; }
    void setFolder(const QString &folder);

    // "Webinar: follow/up?" -> "Webinar follow up.sequence.json": letters, digits, spaces and
    // - _ . , ( ) & ' + kept; anything else (/ \ : * ? " < > | and control characters) becomes a
    // space; no leading dots; at most 80 characters before the suffix; "template" when nothing
    // is left.
    [[nodiscard]] static QString fileNameFor(const QString &title);
    // Empty when the title (after trimming) can be used, else why not (translated).
    [[nodiscard]] static QString titleProblem(const QString &title);
    // Empty when the category (after trimming; it may be empty) can be used, else why not.
    [[nodiscard]] static QString categoryProblem(const QString &category);
    // The sequence as a template: a new id, inactive, with `info`.
    [[nodiscard]] static Sequence asTemplate(const Sequence &sequence, const TemplateInfo &info);
    // Writes `sequence` as a template to `path` atomically; false with a translated reason.
    static bool write(const Sequence &sequence, const TemplateInfo &info, const QString &path,
                      QString *error);

    // For the dialog, as the user types.
    Q_INVOKABLE sd::TemplateCheck check(const QString &title, const QString &category) const;
    // Saves the open document (with its unsaved edits) as a template. `language` "en" or "nb".
    // When the file exists and `replace` is false nothing is written (ask the user, then call
    // again).
    Q_INVOKABLE sd::SessionOutcome save(sd::SequenceDocument *document, const QString &title,
                                        const QString &category, const QString &language,
                                        bool replace);

    // Where "Export as …" proposes to write a picture of `name`: the pictures folder (documents
    // for "pdf"), the safe file name of `name` with the format as suffix.
    Q_INVOKABLE QUrl suggestedExportFile(const QString &name, const QString &format) const;

signals:
    void folderChanged();
    // A template was written (the gallery reloads).
    void saved(const QString &path);

private:
    QString m_folder;
};

} // namespace sd
