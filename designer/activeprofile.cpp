// SPDX-License-Identifier: MIT
#include "activeprofile.h"

#include <memory>

namespace sd {

namespace {

std::unique_ptr<const Profile> &opened()
{
    static std::unique_ptr<const Profile> profile;
    return profile;
}

} // namespace

const Profile &activeProfile()
{
    return opened() ? *opened() : Profile::defaultProfile();
}

void setActiveProfile(std::optional<Profile> profile)
{
    opened() = profile ? std::make_unique<const Profile>(std::move(*profile)) : nullptr;
}

} // namespace sd
