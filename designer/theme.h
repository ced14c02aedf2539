// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>
#include <QtQml/qqmlregistration.h>

namespace sd {

// The application palette's active colours by role (and the disabled text), typed for QML
// (Theme.palette.window...), so the window's controls get the palette qmllint can check.
class ThemePalette
{
    Q_GADGET
    QML_VALUE_TYPE(themePalette)
    Q_PROPERTY(QColor window MEMBER window CONSTANT)
    Q_PROPERTY(QColor windowText MEMBER windowText CONSTANT)
    Q_PROPERTY(QColor base MEMBER base CONSTANT)
    Q_PROPERTY(QColor alternateBase MEMBER alternateBase CONSTANT)
    Q_PROPERTY(QColor text MEMBER text CONSTANT)
    Q_PROPERTY(QColor button MEMBER button CONSTANT)
    Q_PROPERTY(QColor buttonText MEMBER buttonText CONSTANT)
    Q_PROPERTY(QColor light MEMBER light CONSTANT)
    Q_PROPERTY(QColor midlight MEMBER midlight CONSTANT)
    Q_PROPERTY(QColor mid MEMBER mid CONSTANT)
    Q_PROPERTY(QColor dark MEMBER dark CONSTANT)
    Q_PROPERTY(QColor shadow MEMBER shadow CONSTANT)
    Q_PROPERTY(QColor highlight MEMBER highlight CONSTANT)
    Q_PROPERTY(QColor highlightedText MEMBER highlightedText CONSTANT)
    Q_PROPERTY(QColor placeholderText MEMBER placeholderText CONSTANT)
    Q_PROPERTY(QColor toolTipBase MEMBER toolTipBase CONSTANT)
    Q_PROPERTY(QColor toolTipText MEMBER toolTipText CONSTANT)
    Q_PROPERTY(QColor link MEMBER link CONSTANT)
    Q_PROPERTY(QColor disabledText MEMBER disabledText CONSTANT)

public:
    QColor window;
    QColor windowText;
    QColor base;
    QColor alternateBase;
    QColor text;
    QColor button;
    QColor buttonText;
    QColor light;
    QColor midlight;
    QColor mid;
    QColor dark;
    QColor shadow;
    QColor highlight;
    QColor highlightedText;
    QColor placeholderText;
    QColor toolTipBase;
    QColor toolTipText;
    QColor link;
    QColor disabledText;

    bool operator==(const ThemePalette &) const = default;
};

// The colours of Theme's table (theme.cpp) that are not palette roles, for the current palette,
// typed for QML (Theme.colors.errorText...). One member per role of the table, by its name:
// Theme::colors() fills them by name, and tst_designertheme checks the two name the same roles.
class ThemeColors
{
    Q_GADGET
    QML_VALUE_TYPE(themeColors)
    // (Not CONSTANT: Theme::colors() writes them by name.)
    Q_PROPERTY(QColor start MEMBER start)
    Q_PROPERTY(QColor steps MEMBER steps)
    Q_PROPERTY(QColor conditions MEMBER conditions)
    Q_PROPERTY(QColor commands MEMBER commands)
    Q_PROPERTY(QColor linkedin MEMBER linkedin)
    Q_PROPERTY(QColor unknown MEMBER unknown)
    Q_PROPERTY(QColor onAccent MEMBER onAccent)
    Q_PROPERTY(QColor error MEMBER error)
    Q_PROPERTY(QColor onError MEMBER onError)
    Q_PROPERTY(QColor warning MEMBER warning)
    Q_PROPERTY(QColor onWarning MEMBER onWarning)
    Q_PROPERTY(QColor errorText MEMBER errorText)
    Q_PROPERTY(QColor warningText MEMBER warningText)
    Q_PROPERTY(QColor ok MEMBER ok)
    Q_PROPERTY(QColor onOk MEMBER onOk)
    Q_PROPERTY(QColor automated MEMBER automated)
    Q_PROPERTY(QColor onAutomated MEMBER onAutomated)
    Q_PROPERTY(QColor diffAdded MEMBER diffAdded)
    Q_PROPERTY(QColor onDiffAdded MEMBER onDiffAdded)
    Q_PROPERTY(QColor diffAddedFrame MEMBER diffAddedFrame)
    Q_PROPERTY(QColor diffChanged MEMBER diffChanged)
    Q_PROPERTY(QColor onDiffChanged MEMBER onDiffChanged)
    Q_PROPERTY(QColor diffChangedFrame MEMBER diffChangedFrame)
    Q_PROPERTY(QColor diffMoved MEMBER diffMoved)
    Q_PROPERTY(QColor onDiffMoved MEMBER onDiffMoved)
    Q_PROPERTY(QColor diffMovedFrame MEMBER diffMovedFrame)
    Q_PROPERTY(QColor diffRemoved MEMBER diffRemoved)
    Q_PROPERTY(QColor onDiffRemoved MEMBER onDiffRemoved)
    Q_PROPERTY(QColor diffRemovedFrame MEMBER diffRemovedFrame)
    Q_PROPERTY(QColor diffProperty MEMBER diffProperty)
    Q_PROPERTY(QColor onDiffProperty MEMBER onDiffProperty)

public:
    QColor start;
    QColor steps;
    QColor conditions;
    QColor commands;
    QColor linkedin;
    QColor unknown;
    QColor onAccent;
    QColor error;
    QColor onError;
    QColor warning;
    QColor onWarning;
    QColor errorText;
    QColor warningText;
    QColor ok;
    QColor onOk;
    QColor automated;
    QColor onAutomated;
    QColor diffAdded;
    QColor onDiffAdded;
    QColor diffAddedFrame;
    QColor diffChanged;
    QColor onDiffChanged;
    QColor diffChangedFrame;
    QColor diffMoved;
    QColor onDiffMoved;
    QColor diffMovedFrame;
    QColor diffRemoved;
    QColor onDiffRemoved;
    QColor diffRemovedFrame;
    QColor diffProperty;
    QColor onDiffProperty;
};

// The window's colours, light or dark. The scheme is "system" (the platform's palette as Qt 6.4
// gives it, drawn by the Fusion style), "light" or "dark" (the palettes of palette() below);
// Settings remembers it and `--color-scheme` overrides it for one run. Every colour of the QML
// that is not a palette role comes from one table (theme.cpp), with a value for light and one
// for dark, picked by the lightness of the window's palette. tst_designertheme checks their
// contrast (WCAG 2.x) on both.
class Theme : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dark READ dark NOTIFY changed)
    Q_PROPERTY(sd::ThemeColors colors READ colors NOTIFY changed)
    Q_PROPERTY(sd::ThemePalette palette READ applicationPalette NOTIFY changed)
    Q_PROPERTY(QString scheme READ scheme WRITE setScheme NOTIFY changed)

public:
    explicit Theme(QObject *parent = nullptr);

    // Whether the application palette is dark (its window colour).
    [[nodiscard]] static bool dark();
    // Every role of the table as the current palette needs it.
    [[nodiscard]] static ThemeColors colors();
    // The application palette's active colours by role name (window, windowText, base...), for
    // the window's controls.
    [[nodiscard]] static ThemePalette applicationPalette();
    // The remembered choice: "system", "light" or "dark".
    [[nodiscard]] static QString scheme();
    // Remembers the choice and applies it at once.
    static void setScheme(const QString &scheme);

    [[nodiscard]] static bool isKnown(const QString &scheme);
    // `--color-scheme`: the scheme of this run, not remembered.
    static void setStartupOverride(const QString &scheme);
    // Applies the override, else the remembered scheme, to the application palette.
    static void applyInitial();

    // The palette of "light" or "dark".
    [[nodiscard]] static QPalette palette(bool dark);
    // One role of the table on a light or dark palette; roles() names them all.
    [[nodiscard]] static QColor color(const QString &role, bool dark);
    [[nodiscard]] static QStringList roles();
    // The WCAG 2.x contrast ratio of two opaque colours, 1 to 21.
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace sd
