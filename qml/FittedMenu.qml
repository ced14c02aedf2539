// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A menu as wide as its widest item. Qt 6.4's Menu is as wide as its background (200 pixels in
// Fusion) whatever its items say, which cut longer items ("Copy the step and the steps below
// it") and more so in Norwegian.
Menu {
    id: menu
    width: {
        let widest = 0
        for (let i = 0; i < menu.count; ++i) {
            const item = menu.itemAt(i)
            if (item)
                widest = Math.max(widest, item.implicitWidth)
        }
        return Math.max(200, widest + menu.leftPadding + menu.rightPadding)
    }
}
