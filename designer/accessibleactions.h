// SPDX-License-Identifier: MIT
#pragma once

namespace sd {

// Makes the Press action of the accessibility tree, and Toggle on check boxes and radio buttons,
// do on every Qt Quick Controls button (buttons, menu items, tabs, check boxes, delegates) what a
// click does. Qt 6.4 lists Press on them but does nothing (and Toggle only flips `checked`,
// which breaks its binding and emits no `toggled`), so a screen reader could not press anything
// without an `Accessible.onPressAction` on each control. A button whose QML answers the action
// itself keeps its own answer. Call once, before the first window.
void installAccessibleActions();

} // namespace sd
