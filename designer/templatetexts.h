// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace sd {

class Sequence;

// The texts of the bundled templates (resources/templates) in the language of the interface.
// The template files stay English (the file format is a contract: no extra keys); their texts
// go through Qt's translation system in the context "Templates", with the template's file name
// as disambiguation, so the same English text may read differently in two templates.
// docs/translation.md explains how to add or change a template text.

// `englishText` of the bundled template `templateFileName` (e.g.
// "webinar-follow-up.sequence.json", a path or qrc: url also works) in the current language;
// the English text itself when there is no translation.
[[nodiscard]] QString translatedTemplateText(const QString &templateFileName,
                                             const QString &englishText);

// Translates a sequence read from a bundled template in place: name, description, template title
// and category, and the name and description of every step (parameters such as email template
// names are references into the organisation and stay as they are). Sets templateInfo.language
// to the language of the interface when anything was translated.
void translateTemplate(Sequence &sequence, const QString &templateFileName);

// True for a bundled template's path or url (":/templates/…" or "qrc:/templates/…").
[[nodiscard]] bool isBundledTemplate(const QString &pathOrUrl);

struct TemplateText
{
    QString fileName;
    QString english;
};
// Every text the table knows, for the test that keeps it in step with the template files.
[[nodiscard]] QList<TemplateText> templateTexts();

} // namespace sd
