// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QSettings>

#include <cmath>

namespace sd {

namespace {

const char *const settingsKey = "appearance/colorScheme";

QString &startupOverride()
{
    static QString scheme;
    return scheme;
}

struct Role
{
    const char *name;
    QRgb light;
    QRgb dark;
};

// The one table of colours that are not palette roles. A group's colour fills its step icon's
// square, on which its `onAccent` icon or glyph is drawn, and marks the card's edge on the
// palette's base: on light palettes deep tones under white, on dark ones light tones under
// near-black, so both pairs keep WCAG AA contrast (tst_designertheme).
constexpr Role table[] = {
    {"start", 0xff2e7d32, 0xff81c784},
    {"steps", 0xff2f6fdb, 0xff8ab4f8},
    {"conditions", 0xffa35f00, 0xffffb74d},
    {"commands", 0xff7b4bc4, 0xffb39ddb},
    {"linkedin", 0xff0e7c86, 0xff4dd0e1},
    {"unknown", 0xff6e6e6e, 0xffbdbdbd},
    {"onAccent", 0xffffffff, 0xff121212},
    // Problems: the badge (and a card's border) with its count on it, and text on the window.
    {"error", 0xffc62828, 0xffef9a9a},
    {"onError", 0xffffffff, 0xff121212},
    {"warning", 0xffe69500, 0xffffb74d},
    {"onWarning", 0xff1f1f1f, 0xff121212},
    {"errorText", 0xffc62828, 0xffff8a80},
    {"warningText", 0xff8f5500, 0xffffc266},
    // Good: an active sequence, a condition's "yes" branch.
    {"ok", 0xff276b2b, 0xff81c784},
    {"onOk", 0xffffffff, 0xff121212},
    // The flash of an automated step, the same on both.
    {"automated", 0xfff4b400, 0xfff4b400},
    {"onAutomated", 0xff000000, 0xff000000},
    // A comparison's kinds (CompareBadge): the badge under its word, and the frame drawn just
    // outside a card, on the canvas. On dark palettes light tones, as for the groups: the deep
    // ones of the light palette fall under 3:1 beside a dark card.
    {"diffAdded", 0xff1b5e20, 0xff81c784},
    {"onDiffAdded", 0xffffffff, 0xff121212},
    {"diffAddedFrame", 0xff1b5e20, 0xff81c784},
    {"diffChanged", 0xffffb300, 0xffffb74d},
    {"onDiffChanged", 0xff1a1a1a, 0xff121212},
    {"diffChangedFrame", 0xffb36b00, 0xffffb74d},
    {"diffMoved", 0xff0d47a1, 0xff8ab4f8},
    {"onDiffMoved", 0xffffffff, 0xff121212},
    {"diffMovedFrame", 0xff0d47a1, 0xff8ab4f8},
    {"diffRemoved", 0xff5f5f5f, 0xffbdbdbd},
    {"onDiffRemoved", 0xffffffff, 0xff121212},
    {"diffRemovedFrame", 0xff5f5f5f, 0xff8a8a8a}, // the ghost's: greyer than the others, still 3:1
    {"diffProperty", 0xff6a1b9a, 0xffce93d8},
    {"onDiffProperty", 0xffffffff, 0xff121212},
};

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

void applyPalette(const QString &scheme)
{
    // A palette that sets no role resolves every role to the platform's: "system".
    QGuiApplication::setPalette(scheme == u"light"  ? Theme::palette(false)
                                : scheme == u"dark" ? Theme::palette(true)
                                                    : QPalette());
}

} // namespace

Theme::Theme(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        emit changed();
    return QObject::eventFilter(watched, event);
}

bool Theme::dark()
{
    return QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

ThemeColors Theme::colors()
{
    const bool isDark = dark();
    ThemeColors colors;
    const QMetaObject &meta = ThemeColors::staticMetaObject;
    for (const Role &r : table) {
        const QMetaProperty property = meta.property(meta.indexOfProperty(r.name));
        property.writeOnGadget(&colors, QColor::fromRgba(isDark ? r.dark : r.light));
    }
    return colors;
}

ThemePalette Theme::applicationPalette()
{
    const QPalette p = QGuiApplication::palette();
    const auto active = [&p](QPalette::ColorRole role) { return p.color(QPalette::Active, role); };
    ThemePalette t;
    t.window = active(QPalette::Window);
    t.windowText = active(QPalette::WindowText);
    t.base = active(QPalette::Base);
    t.alternateBase = active(QPalette::AlternateBase);
    t.text = active(QPalette::Text);
    t.button = active(QPalette::Button);
    t.buttonText = active(QPalette::ButtonText);
    t.light = active(QPalette::Light);
    t.midlight = active(QPalette::Midlight);
    t.mid = active(QPalette::Mid);
    t.dark = active(QPalette::Dark);
    t.shadow = active(QPalette::Shadow);
    t.highlight = active(QPalette::Highlight);
    t.highlightedText = active(QPalette::HighlightedText);
    t.placeholderText = active(QPalette::PlaceholderText);
    t.toolTipBase = active(QPalette::ToolTipBase);
    t.toolTipText = active(QPalette::ToolTipText);
    t.link = active(QPalette::Link);
    t.disabledText = p.color(QPalette::Disabled, QPalette::ButtonText);
    return t;
}

QString Theme::scheme()
{
    const QString saved = QSettings().value(settingsKey).toString();
    return isKnown(saved) ? saved : QStringLiteral("system");
}

void Theme::setScheme(const QString &scheme)
{
    if (!isKnown(scheme))
        return;
    QSettings().setValue(settingsKey, scheme);
    startupOverride().clear();
    applyPalette(scheme);
}

bool Theme::isKnown(const QString &scheme)
{
    return scheme == u"system" || scheme == u"light" || scheme == u"dark";
}

void Theme::setStartupOverride(const QString &scheme)
{
    startupOverride() = scheme;
}

void Theme::applyInitial()
{
    applyPalette(isKnown(startupOverride()) ? startupOverride() : scheme());
}

QPalette Theme::palette(bool dark)
{
    struct Entry
    {
        QPalette::ColorRole role;
        QRgb light;
        QRgb dark;
    };
    static constexpr Entry entries[] = {
        {QPalette::Window, 0xffefefef, 0xff2d2d2d},
        {QPalette::WindowText, 0xff000000, 0xffeeeeee},
        {QPalette::Base, 0xffffffff, 0xff1f1f1f},
        {QPalette::AlternateBase, 0xfff7f7f7, 0xff262626},
        {QPalette::ToolTipBase, 0xffffffdc, 0xff3a3a3a},
        {QPalette::ToolTipText, 0xff000000, 0xffeeeeee},
        {QPalette::PlaceholderText, 0xff6b6b6b, 0xffa0a0a0},
        {QPalette::Text, 0xff000000, 0xffeeeeee},
        {QPalette::Button, 0xffefefef, 0xff3a3a3a},
        {QPalette::ButtonText, 0xff000000, 0xffeeeeee},
        {QPalette::BrightText, 0xffffffff, 0xffffffff},
        {QPalette::Light, 0xffffffff, 0xff505050},
        {QPalette::Midlight, 0xffcacaca, 0xff454545},
        {QPalette::Mid, 0xffb8b8b8, 0xff5c5c5c},
        {QPalette::Dark, 0xff9f9f9f, 0xff1a1a1a},
        {QPalette::Shadow, 0xff767676, 0xff000000},
        {QPalette::Highlight, 0xff2a6fb5, 0xff2a6fb5},
        {QPalette::HighlightedText, 0xffffffff, 0xffffffff},
        {QPalette::Link, 0xff0b57d0, 0xff8ab4f8},
        {QPalette::LinkVisited, 0xff6a1b9a, 0xffce93d8},
    };
    QPalette p;
    for (const Entry &e : entries)
        p.setColor(e.role, QColor::fromRgba(dark ? e.dark : e.light));
    const QColor disabled = dark ? QColor(0x80, 0x80, 0x80) : QColor(0x90, 0x90, 0x90);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QColor Theme::color(const QString &role, bool dark)
{
    for (const Role &r : table) {
        if (role == QLatin1String(r.name))
            return QColor::fromRgba(dark ? r.dark : r.light);
    }
    return {};
}

QStringList Theme::roles()
{
    QStringList names;
    for (const Role &r : table)
        names.append(QString::fromLatin1(r.name));
    return names;
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace sd
