// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// A dialog's button that Return and Enter press while it has the focus (a Qt Quick button
// answers Space only). The dialog gives its default button the focus when it opens, so Return
// confirms and Escape cancels.
Button {
    id: button
    Keys.onReturnPressed: button.clicked()
    Keys.onEnterPressed: button.clicked()
}
