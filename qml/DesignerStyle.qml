// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import SequenceDesigner

// Colours and glyphs of the designer: one accent per step group, readable on light and dark
// palettes (the card itself uses the palette).
QtObject {
    readonly property var groupColors: ({
        start: "#2e7d32", steps: "#2f6fdb", conditions: "#c77c02",
        commands: "#7b4bc4", linkedin: "#0e7c86", unknown: "#808080"
    })
    // Order of CanvasLinks.groupColors.
    readonly property var groupColorList: [groupColors.start, groupColors.steps,
        groupColors.conditions, groupColors.commands, groupColors.linkedin, groupColors.unknown]
    readonly property color error: "#d32f2f"
    readonly property color warning: "#e69500"
    readonly property color ok: "#2e7d32"

    // Text of an error or warning, readable on `background`: the accents are too light for
    // text on a light window and too dark on a dark one.
    function severityText(severity: string, background: color): color {
        const light = background.hslLightness > 0.5
        if (severity === "error")
            return light ? "#c62828" : "#ff8a80"
        return light ? "#8f5500" : "#ffc266"
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
