// SPDX-License-Identifier: MIT
#include "sequencefile.h"
#include "translation.h"

#include "jsonparser.h"
#include "sequencereader.h"
#include "sequencereaderparts.h"

#include <QFile>
#include <QJsonObject>

#include <cmath>

// The reader's entry points: the checks that stop reading (size, syntax, limits, format,
// version) in the order of spec section 7, then the schema reader (sequencereader.cpp).

namespace sd {

namespace {

Diagnostic fileError(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), Severity::Error, {}, message, {}};
}

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Diagnostic tooLargeFile(qint64 size, const QString &fileName = {})
{
    const QString fix =
        SequenceFileText::tr("Files over %1 MiB are not read; split the sequences over several "
                             "files.")
            .arg(limits::maxFileBytes / (1024 * 1024));
    if (fileName.isEmpty())
        return fileError("file.limit",
                         SequenceFileText::tr("The file is %1 MiB. %2").arg(mebibytes(size), fix));
    return fileError("file.limit",
                     SequenceFileText::tr("%1 is %2 MiB. %3").arg(fileName, mebibytes(size), fix));
}

// Format and version; false when reading must stop.
bool checkHeader(const QJsonObject &document, ReadResult &result)
{
    const QJsonValue format = detail::get(document, "format");
    if (format.isUndefined()) {
        result.diagnostics.append(fileError(
            "file.format", SequenceFileText::tr(
                               "The file has no \"format\", so it is not a Sequence Designer file. "
                               "Open a .sequence.json file, or add \"format\": "
                               "\"sequence-designer\" at the top.")));
        return false;
    }
    if (format.toString() != u"sequence-designer") {
        const QString found =
            format.isString()
                ? QLatin1Char('"') + detail::shorten(format.toString()) + QLatin1Char('"')
                : SequenceFileText::tr("not a string");
        result.diagnostics.append(fileError(
            "file.format",
            SequenceFileText::tr("The file's \"format\" is %1, not \"sequence-designer\", so it is "
                                 "not a Sequence Designer file. Open a .sequence.json file made by "
                                 "Sequence Designer.")
                .arg(found)));
        return false;
    }

    const QJsonValue version = detail::get(document, "formatVersion");
    if (version.isUndefined()) {
        result.diagnostics.append(
            fileError("file.schema",
                      SequenceFileText::tr("$.formatVersion is missing. Add \"formatVersion\": 1 "
                                           "at the top of the file.")));
        return false;
    }
    if (!detail::isWholeNumber(version) || version.toDouble() < 1) {
        const QString found =
            version.isDouble() ? detail::formatNumber(version.toDouble())
            : version.isString()
                ? QLatin1Char('"') + detail::shorten(version.toString()) + QLatin1Char('"')
                : SequenceFileText::tr("not a number");
        result.diagnostics.append(fileError(
            "file.schema", SequenceFileText::tr(
                               "$.formatVersion must be a positive whole number such as 1, but it "
                               "is %1. Correct it.")
                               .arg(found)));
        return false;
    }
    if (version.toDouble() > formatVersion) {
        result.diagnostics.append(fileError(
            "file.version",
            SequenceFileText::tr("This file was written in format version %1; this program reads "
                                 "version %2. Open it with a newer version of Sequence Designer.")
                .arg(detail::formatNumber(version.toDouble()))
                .arg(formatVersion)));
        return false;
    }
    return true;
}

} // namespace

ReadResult readSequenceFile(const QByteArray &bytes)
{
    ReadResult result;
    if (bytes.size() > limits::maxFileBytes) {
        result.diagnostics.append(tooLargeFile(bytes.size()));
        return result;
    }
    const JsonParseResult parsed = parseJson(bytes, {limits::maxDepth, limits::maxStringBytes});
    if (!parsed.ok()) {
        const JsonError &e = parsed.error;
        if (e.kind == JsonError::Kind::Syntax) {
            result.diagnostics.append(
                fileError("file.syntax",
                          SequenceFileText::tr("The file is not valid JSON: line %1, column %2: %3")
                              .arg(e.line)
                              .arg(e.column)
                              .arg(e.message)));
        } else {
            result.diagnostics.append(fileError(
                "file.limit",
                SequenceFileText::tr("The file goes over a limit at line %1, column %2: %3")
                    .arg(e.line)
                    .arg(e.column)
                    .arg(e.message)));
        }
        return result;
    }
    if (!parsed.value.isObject()) {
        result.diagnostics.append(fileError(
            "file.format", SequenceFileText::tr(
                               "The file holds a JSON value that is not an object, so it is not a "
                               "Sequence Designer file. Open a .sequence.json file made by "
                               "Sequence Designer.")));
        return result;
    }
    const QJsonObject document = parsed.value.toObject();
    if (!checkHeader(document, result))
        return result;
    detail::readDocumentBody(document, result);
    if (!result.ok())
        result.sequences.clear(); // nothing of a file with errors may be used
    return result;
}

ReadResult readSequenceFile(const QString &path)
{
    QFile file(path);
    // Refuse from the size alone, before reading a byte.
    if (const qint64 size = file.size(); size > limits::maxFileBytes) {
        ReadResult result;
        result.diagnostics.append(tooLargeFile(size, path));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.diagnostics.append(fileError(
            "file.io", SequenceFileText::tr(
                           "Cannot open %1: %2. Check that the file exists and that you may read "
                           "it.")
                           .arg(path, file.errorString())));
        return result;
    }
    // A device without a size (a pipe) is read in pieces, and only up to just over the limit.
    QByteArray bytes;
    if (file.isSequential()) {
        while (bytes.size() <= limits::maxFileBytes) {
            const QByteArray piece = file.read(1 << 20);
            if (piece.isEmpty()) // a QFile blocks until data comes, so empty is the end
                break;
            bytes += piece;
        }
    } else {
        bytes = file.readAll();
    }
    if (file.error() != QFileDevice::NoError) {
        ReadResult result;
        result.diagnostics.append(fileError(
            "file.io", SequenceFileText::tr("Cannot read %1: %2.").arg(path, file.errorString())));
        return result;
    }
    if (bytes.size() > limits::maxFileBytes) {
        ReadResult result;
        result.diagnostics.append(tooLargeFile(bytes.size(), path));
        return result;
    }
    return readSequenceFile(bytes);
}

} // namespace sd
