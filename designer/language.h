// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sd {

// The language of the interface: English or Norwegian Bokmål. It follows the system locale until
// the user picks one in Settings (remembered) or passes --language; a change applies at once
// (QQmlEngine::retranslate), without restarting.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString current READ current WRITE setCurrent NOTIFY changed)
    Q_PROPERTY(QString choice READ choice NOTIFY changed)
    // The locale of the interface by name ("en_GB", "nb_NO"), for Qt.locale() in QML.
    Q_PROPERTY(QString localeName READ localeName NOTIFY changed)

public:
    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    // "en" or "nb", as the command line's --language; overrides Settings for this run.
    static void setStartupOverride(const QString &code);
    // Installs the translator before any window exists (commands and the window's first frame).
    static void installInitial();
    [[nodiscard]] static bool isKnown(const QString &code);
    // "en" or "nb": the language the interface shows now (for C++ that has no Language object).
    [[nodiscard]] static QString activeCode();

    [[nodiscard]] QString current() const;
    // What Settings shows: "system", "en" or "nb".
    [[nodiscard]] QString choice() const;
    [[nodiscard]] QString localeName() const;
    // "system", "en" or "nb": remembered, applied at once.
    Q_INVOKABLE void setCurrent(const QString &code);

signals:
    void changed();
};

} // namespace sd
