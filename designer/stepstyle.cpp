// SPDX-License-Identifier: MIT
#include "stepstyle.h"

#include "theme.h"

namespace sd {

namespace {

struct KindKey
{
    StepGroup::Kind kind;
    const char *key;
};

constexpr KindKey keys[] = {
    {StepGroup::Kind::Start, "start"},           {StepGroup::Kind::Steps, "steps"},
    {StepGroup::Kind::Conditions, "conditions"}, {StepGroup::Kind::Commands, "commands"},
    {StepGroup::Kind::LinkedIn, "linkedin"},     {StepGroup::Kind::Unknown, "unknown"},
};

} // namespace

StepGroup::Kind StepGroup::of(Group group)
{
    switch (group) {
    case Group::Steps:
        return Kind::Steps;
    case Group::Conditions:
        return Kind::Conditions;
    case Group::Commands:
        return Kind::Commands;
    case Group::LinkedIn:
        return Kind::LinkedIn;
    }
    return Kind::Unknown;
}

StepGroup::Kind StepGroup::ofType(const QString &typeId)
{
    const StepType *type = StepCatalogue::find(typeId);
    return type ? of(type->group) : Kind::Unknown;
}

StepGroup::Kind StepGroup::ofKey(QStringView key)
{
    for (const KindKey &k : keys) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return Kind::Unknown;
}

QString StepGroup::key(Kind kind)
{
    return QString::fromLatin1(keys[int(kind)].key);
}

QColor StepGroup::color(Kind kind, bool dark)
{
    return Theme::color(key(kind), dark);
}

QVariantList StepGroup::colors(bool dark)
{
    QVariantList out;
    for (const KindKey &k : keys)
        out.append(color(k.kind, dark));
    return out;
}

QString StepStyle::glyph(const QString &icon)
{
    static const QHash<QString, QString> glyphs{
        {"start", QStringLiteral("\u25B6")},
        {"email", QStringLiteral("\u2709")},
        {"automated-email", QStringLiteral("\u2709")},
        // Letters, not U+2706: fonts draw that as a telephone handset, like the phone call.
        {"text-message", QStringLiteral("SMS")},
        {"automated-text-message", QStringLiteral("SMS")},
        {"phone-call", QStringLiteral("\u260E")},
        {"task", QStringLiteral("\u2713")},
        {"wait", QStringLiteral("\u25F7")},
        {"ab-test", QStringLiteral("A/B")},
        {"email-condition", QStringLiteral("\u2709?")},
        {"call-condition", QStringLiteral("\u260E?")},
        {"field-condition", QStringLiteral("\u2261?")},
        {"stage-condition", QStringLiteral("\u25B8?")},
        {"advance", QStringLiteral("\u279C")},
        {"update-field", QStringLiteral("\u270E")},
    };
    if (const auto it = glyphs.find(icon); it != glyphs.end())
        return *it;
    return icon.startsWith(u"linkedin") ? QStringLiteral("in") : QStringLiteral("\u2022");
}

} // namespace sd
