// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import SequenceDesigner

// Colours and glyphs of the designer: one accent per kind of card (StepStyle's table, the light or
// dark values of Theme's), with the icon drawn on it in `onAccent` (the card itself uses the
// palette).
QtObject {
    readonly property themeColors colors: Theme.colors
    // In the order of StepGroup.Kind, as CanvasLinks.groupColors takes them.
    readonly property var groupColorList: StepStyle.colors(Theme.dark)
    readonly property color onAccent: colors.onAccent
    readonly property color error: colors.error
    readonly property color onError: colors.onError
    readonly property color warning: colors.warning
    readonly property color onWarning: colors.onWarning
    readonly property color ok: colors.ok

    // Text of an error or warning on the window or a pane: the badge colours are for shapes.
    function severityText(severity: string): color {
        return severity === "error" ? colors.errorText : colors.warningText
    }
    // The accent of a kind of card by its key (the canvas model's group: "steps", "start"...).
    function color(group: string): color {
        return StepStyle.color(group, Theme.dark)
    }
    function glyph(icon: string): string {
        return StepStyle.glyph(icon)
    }
    // The SVG of a step type's icon (resources/icons), drawn tinted; "" where the glyph stays.
    function iconSource(icon: string): string {
        return AppInfo.iconSource(icon)
    }
    function automated(icon: string): bool {
        return icon.startsWith("automated")
    }
}
