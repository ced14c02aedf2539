// SPDX-License-Identifier: MIT
#include "templatetexts.h"

#include "language.h"
#include "sequence.h"
#include "templatetextstable.h"

#include <QCoreApplication>

#include <utility>

namespace sd {

namespace {

QString baseName(const QString &pathOrUrl)
{
    const qsizetype slash = pathOrUrl.lastIndexOf(u'/');
    return slash < 0 ? pathOrUrl : pathOrUrl.mid(slash + 1);
}

} // namespace

QString translatedTemplateText(const QString &templateFileName, const QString &englishText)
{
    if (englishText.isEmpty())
        return englishText;
    const QByteArray file = baseName(templateFileName).toUtf8();
    const QByteArray text = englishText.toUtf8();
    return QCoreApplication::translate("Templates", text.constData(), file.constData());
}

void translateTemplate(Sequence &sequence, const QString &templateFileName)
{
    bool changed = false;
    auto translate = [&](QString &text) {
        const QString translated = translatedTemplateText(templateFileName, text);
        if (translated != text) {
            text = translated;
            changed = true;
        }
    };
    translate(sequence.name);
    translate(sequence.description);
    if (sequence.templateInfo) {
        translate(sequence.templateInfo->title);
        translate(sequence.templateInfo->category);
    }
    const bool propertiesChanged = std::exchange(changed, false);
    QList<Step> steps = sequence.steps();
    for (Step &step : steps) {
        translate(step.name);
        translate(step.description);
    }
    if (changed)
        sequence.setSteps(std::move(steps));
    changed = changed || propertiesChanged;
    if (changed && sequence.templateInfo)
        sequence.templateInfo->language = Language::activeCode();
}

bool isBundledTemplate(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String(":/templates/")) ||
           pathOrUrl.startsWith(QLatin1String("qrc:/templates/"));
}

QList<TemplateText> templateTexts()
{
    QList<TemplateText> all;
    for (const templatetexts::Entry &e : templatetexts::table)
        all.append({QString::fromUtf8(e.fileName), QString::fromUtf8(e.source)});
    return all;
}

} // namespace sd
