// SPDX-License-Identifier: MIT
#include "templatesaver.h"

#include "sequencedocument.h"
#include "sequencefile.h"
#include "templategallery.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace sd {

namespace {

constexpr int maxBaseLength = 80;
const QString suffix = QStringLiteral(".sequence.json");

bool keptInFileName(QChar c)
{
    static const QString punctuation = QStringLiteral("-_.,()&'+");
    return c.isLetterOrNumber() || c.isMark() || c == u' ' || punctuation.contains(c) ||
           c.category() == QChar::Punctuation_Dash;
}

} // namespace

TemplateSaver::TemplateSaver(QObject *parent)
    : QObject(parent), m_folder(TemplateGallery::userTemplatesFolder())
{
}

void TemplateSaver::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    emit folderChanged();
}

QString TemplateSaver::fileNameFor(const QString &title)
{
    QString base;
    base.reserve(title.size());
    for (const QChar c : title)
        base.append(keptInFileName(c) ? c : QChar(u' '));
    base = base.simplified();
    while (base.startsWith(u'.') || base.startsWith(u' '))
        base.remove(0, 1);
    if (base.size() > maxBaseLength) {
        base.truncate(maxBaseLength);
        if (base.back().isHighSurrogate())
            base.chop(1);
    }
    while (base.endsWith(u'.') || base.endsWith(u' '))
        base.chop(1);
    // Names other systems reserve (the file may be shared with them).
    static const QStringList reserved{"CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2",
                                      "COM3", "COM4", "LPT1", "LPT2", "LPT3"};
    if (reserved.contains(base.toUpper()))
        base += QStringLiteral(" template");
    if (base.isEmpty())
        base = QStringLiteral("template");
    return base + suffix;
}

QString TemplateSaver::titleProblem(const QString &title)
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        return tr("Enter a title: the gallery shows it.");
    if (const qsizetype n = codePoints(t); n > limits::maxTemplateTitleLength)
        return tr("The title is %1 characters long; shorten it to %2.")
            .arg(n)
            .arg(limits::maxTemplateTitleLength);
    return {};
}

QString TemplateSaver::categoryProblem(const QString &category)
{
    if (const qsizetype n = codePoints(category.trimmed()); n > limits::maxTemplateCategoryLength)
        return tr("The category is %1 characters long; shorten it to %2.")
            .arg(n)
            .arg(limits::maxTemplateCategoryLength);
    return {};
}

Sequence TemplateSaver::asTemplate(const Sequence &sequence, const TemplateInfo &info)
{
    Sequence t = sequence;
    // A template is not the sequence it was made from: importing it must not replace that one.
    t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.status = Status::Inactive;
    t.templateInfo = info;
    return t;
}

bool TemplateSaver::write(const Sequence &sequence, const TemplateInfo &info, const QString &path,
                          QString *error)
{
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath())) {
        if (error)
            *error = tr("The templates folder %1 could not be created. Check that you can write "
                        "to it.")
                         .arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    const QByteArray bytes = writeSequenceFile({asTemplate(sequence, info)});
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = tr("The template could not be written to %1 (%2). Check that the folder "
                        "can be written to and the disk has free space.")
                         .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

TemplateCheck TemplateSaver::check(const QString &title, const QString &category) const
{
    TemplateCheck out;
    out.fileName = fileNameFor(title.trimmed());
    const QString path = QDir(m_folder).filePath(out.fileName);
    out.path = QDir::toNativeSeparators(path);
    out.exists = QFileInfo::exists(path);
    out.problem = titleProblem(title);
    out.categoryProblem = categoryProblem(category);
    return out;
}

SessionOutcome TemplateSaver::save(SequenceDocument *document, const QString &title,
                                   const QString &category, const QString &language, bool replace)
{
    if (!document || !document->loaded())
        return refused(tr("No sequence is open to save as a template."));
    if (const QString problem = titleProblem(title); !problem.isEmpty())
        return refused(problem);
    if (const QString problem = categoryProblem(category); !problem.isEmpty())
        return refused(problem);
    const QString cat = category.trimmed();
    const QString path = QDir(m_folder).filePath(fileNameFor(title.trimmed()));
    if (!replace && QFileInfo::exists(path))
        return refused(tr("A template file called %1 already exists. Replace it, or choose "
                          "another title.")
                           .arg(QFileInfo(path).fileName()));
    const TemplateInfo info{title.trimmed(), cat, language == u"nb" ? "nb" : "en"};
    QString error;
    if (!write(document->sequence(), info, path, &error))
        return refused(error);
    emit saved(path);
    SessionOutcome out =
        succeeded(tr("Saved as the template “%1”. It is in the template gallery of New sequence.")
                      .arg(info.title));
    out.path = QDir::toNativeSeparators(path);
    return out;
}

QUrl TemplateSaver::suggestedExportFile(const QString &name, const QString &format) const
{
    QString folder = QStandardPaths::writableLocation(
        format == u"pdf" ? QStandardPaths::DocumentsLocation : QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    QString base = fileNameFor(name);
    base.chop(suffix.size());
    return QUrl::fromLocalFile(QDir(folder).filePath(base + u'.' + format));
}

} // namespace sd
