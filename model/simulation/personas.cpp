// SPDX-License-Identifier: MIT
#include "simulation/personas.h"

#include <QCoreApplication>

namespace sd {

const QList<Persona> &personas()
{
    static const QList<Persona> list{
        {QStringLiteral("does-nothing"), QT_TRANSLATE_NOOP("Personas", "Does nothing")},
        {QStringLiteral("opens-never-replies"),
         QT_TRANSLATE_NOOP("Personas", "Opens but never replies")},
        {QStringLiteral("replies-after-a-day"),
         QT_TRANSLATE_NOOP("Personas", "Replies to the first email after a day")},
        {QStringLiteral("answers-first-call"),
         QT_TRANSLATE_NOOP("Personas", "Answers the first call")},
        {QStringLiteral("seller-a-day-late"),
         QT_TRANSLATE_NOOP("Personas", "Seller a day late on everything")},
    };
    return list;
}

QString Persona::translatedName() const
{
    return QCoreApplication::translate("Personas", name);
}

std::optional<Scenario> personaScenario(const QString &id)
{
    for (const Persona &p : personas()) {
        if (p.id != id)
            continue;
        const ScenarioReadResult read =
            readScenarioFile(QStringLiteral(":/scenarios/%1.scenario.json").arg(id));
        if (!read.ok())
            qFatal("The built-in persona %s is broken: %s. Fix resources/scenarios and rebuild.",
                   qPrintable(id), qPrintable(read.diagnostics.value(0).message));
        return read.scenario;
    }
    return std::nullopt;
}

QString scenarioDisplayName(const QString &name)
{
    for (const Persona &p : personas()) {
        if (name == QLatin1String(p.name))
            return p.translatedName();
    }
    return name;
}

} // namespace sd
