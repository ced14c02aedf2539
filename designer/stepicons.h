// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QString>

namespace sd {

// The SVG file (resources/icons, from Breeze; ":/icons/<name>.svg") of a step type's icon name
// (StepType::icon), "" when it has none and its glyph stays (A/B test, LinkedIn, field and stage
// conditions). Email and call conditions show the icon of the activity they test.
[[nodiscard]] QString stepIconFile(const QString &icon);

// That icon drawn in `colour`, `pixels` square on transparency, as the canvas tints it (the
// picture export draws it); a null image when the icon has no SVG.
[[nodiscard]] QImage stepIconImage(const QString &icon, const QColor &colour, int pixels);

} // namespace sd
