// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import SequenceDesigner

// Colours and glyphs of the designer: one accent per step group, with the icon drawn on it in
// `onAccent`, from the light or dark values of Theme's table (the card itself uses the palette).
QtObject {
    readonly property var colors: Theme.colors
    readonly property var groupColors: ({
        start: colors.start, steps: colors.steps, conditions: colors.conditions,
        commands: colors.commands, linkedin: colors.linkedin, unknown: colors.unknown
    })
    // Order of CanvasLinks.groupColors.
    readonly property var groupColorList: [groupColors.start, groupColors.steps,
        groupColors.conditions, groupColors.commands, groupColors.linkedin, groupColors.unknown]
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
    function color(group: string): color {
        return groupColors[group] ?? groupColors.unknown
    }
    function glyph(icon: string): string {
        switch (icon) {
        case "start": return "\u25B6"
        case "email": return "\u2709"
        case "automated-email": return "\u2709"
        // Letters, not U+2706: fonts draw that as a telephone handset, like the phone call.
        case "text-message": return "SMS"
        case "automated-text-message": return "SMS"
        case "phone-call": return "\u260E"
        case "task": return "\u2713"
        case "wait": return "\u25F7"
        case "ab-test": return "A/B"
        case "email-condition": return "\u2709?"
        case "call-condition": return "\u260E?"
        case "field-condition": return "\u2261?"
        case "stage-condition": return "\u25B8?"
        case "advance": return "\u279C"
        case "update-field": return "\u270E"
        default:
            return icon.startsWith("linkedin") ? "in" : "\u2022"
        }
    }
    // The SVG of a step type's icon (resources/icons), drawn tinted; "" where the glyph stays.
    function iconSource(icon: string): string {
        return AppInfo.iconSource(icon)
    }
    function automated(icon: string): bool {
        return icon.startsWith("automated")
    }
}
