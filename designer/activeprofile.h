// SPDX-License-Identifier: MIT
#pragma once

#include "profile.h"

#include <optional>

namespace sd {

// The organisation profile the window works with (docs/profile.md): the shipped profile until
// the user opens another one for the library (LibrarySession::openProfile, remembered per
// library). What the designer checks, offers and activates with comes from it. GUI thread only;
// the reference stays valid until the next setActiveProfile().
[[nodiscard]] const Profile &activeProfile();
// Makes `profile` the active one; nullopt: the shipped profile.
void setActiveProfile(std::optional<Profile> profile);

} // namespace sd
