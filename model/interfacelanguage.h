// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace sd {

// The language code the interface shows its texts in ("en", "nb"), for the texts the profile
// and the templates give in several languages: the default locale's, which the designer's
// Language sets with the language (docs/translation.md). The one place that reads it.
[[nodiscard]] inline QString interfaceLanguage()
{
    return QLocale().name().left(2);
}

} // namespace sd
