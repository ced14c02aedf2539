// SPDX-License-Identifier: MIT
#pragma once

// Every limit on a sequence's size and texts, in one place: the file reader, the library store,
// the edits of the model and the designer's fields (through the QML singleton TextLimits) all
// use these. Text lengths count Unicode code points (docs/file-format.md, sections 3 and 7): an
// emoji is one, as a user counts it, though it takes two UTF-16 units of a QString.

#include <QString>
#include <QStringView>

namespace sd {

namespace limits {
// The limits of spec section 7; a file over them is `file.limit`.
inline constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;
inline constexpr int maxDepth = 64;
inline constexpr qint64 maxStringBytes = 1024 * 1024;
inline constexpr qsizetype maxSteps = 100000;
// Sequences per file: the size of a whole library (docs/file-format.md, section 6).
inline constexpr qsizetype maxSequences = 10000;

// Texts, in code points (after trimming for names).
inline constexpr qsizetype maxNameLength = 160;         // a sequence's name
inline constexpr qsizetype maxDescriptionLength = 2000; // a sequence's or a step's description
inline constexpr qsizetype maxStepNameLength = 100;
inline constexpr qsizetype maxTagLevels = 4;
inline constexpr qsizetype maxTagLevelLength = 100;      // one level of a tag path
inline constexpr qsizetype maxTemplateTitleLength = 160; // as a sequence name: the gallery shows it
inline constexpr qsizetype maxTemplateCategoryLength = 100;
// Step ids are ASCII (`A-Z a-z 0-9 _ -`), so code points and UTF-16 units agree.
inline constexpr qsizetype maxStepIdLength = 64;
} // namespace limits

// The number of code points of `text`: a surrogate pair counts once.
[[nodiscard]] inline qsizetype codePoints(QStringView text)
{
    qsizetype n = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate())
            --n;
    }
    return n;
}

// The first `count` code points of `text`, never half of a surrogate pair.
[[nodiscard]] inline QString leftCodePoints(const QString &text, qsizetype count)
{
    qsizetype units = 0;
    for (qsizetype seen = 0; units < text.size() && seen < count; ++seen) {
        const bool pair = units + 1 < text.size() && text[units].isHighSurrogate() &&
                          text[units + 1].isLowSurrogate();
        units += pair ? 2 : 1;
    }
    return text.left(units);
}

} // namespace sd
