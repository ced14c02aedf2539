// SPDX-License-Identifier: MIT
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>

namespace sd {

namespace {

const QString settingsKey = QStringLiteral("language");

struct State
{
    QString override;
    QString active;
    std::unique_ptr<QTranslator> translator;
};

State &state()
{
    static State s;
    return s;
}

QString systemLanguage()
{
    const QLocale::Language lang = QLocale::system().language();
    return lang == QLocale::NorwegianBokmal || lang == QLocale::NorwegianNynorsk ? "nb" : "en";
}

QString resolve(const QString &choice)
{
    return Language::isKnown(choice) ? choice : systemLanguage();
}

// Loads the translation of `code`, replacing the one installed before.
void apply(const QString &code)
{
    State &s = state();
    if (s.translator)
        QCoreApplication::removeTranslator(s.translator.get());
    s.translator = std::make_unique<QTranslator>();
    if (s.translator->load(QStringLiteral(":/i18n/sequence-designer_%1.qm").arg(code)))
        QCoreApplication::installTranslator(s.translator.get());
    s.active = code;
    QLocale::setDefault(QLocale(code == u"nb" ? QLocale::NorwegianBokmal : QLocale::English,
                                code == u"nb" ? QLocale::Norway : QLocale::UnitedKingdom));
}

} // namespace

Language::Language(QObject *parent) : QObject(parent)
{
    if (state().active.isEmpty())
        installInitial();
}

Language::~Language() = default;

void Language::setStartupOverride(const QString &code)
{
    state().override = code;
}

void Language::installInitial()
{
    const State &s = state();
    apply(isKnown(s.override) ? s.override : resolve(QSettings().value(settingsKey).toString()));
}

bool Language::isKnown(const QString &code)
{
    return code == u"en" || code == u"nb";
}

QString Language::activeCode()
{
    if (state().active.isEmpty())
        installInitial();
    return state().active;
}

QString Language::current() const
{
    return state().active;
}

QString Language::choice() const
{
    const QString saved = QSettings().value(settingsKey).toString();
    return isKnown(saved) ? saved : QStringLiteral("system");
}

QString Language::localeName() const
{
    return QLocale().name();
}

void Language::setCurrent(const QString &code)
{
    QSettings().setValue(settingsKey, isKnown(code) ? code : QStringLiteral("system"));
    state().override.clear();
    const QString next = resolve(code);
    if (next != state().active) {
        apply(next);
        if (QQmlEngine *engine = qmlEngine(this))
            engine->retranslate();
    }
    emit changed();
}

} // namespace sd
