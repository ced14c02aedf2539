// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import SequenceDesigner

// The activities due per day as stacked bars, one colour a step type (Qt Charts). Hovering a
// day's bar makes it the heatmap's `currentDate`. Needs a QApplication: Qt Charts draws with
// QGraphicsScene (app/main.cpp).
ChartView {
    id: chart
    objectName: "forecastChart"
    required property ForecastRun run
    signal dayHovered(string date)

    antialiasing: true
    legend.alignment: Qt.AlignBottom
    theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    backgroundRoundness: 0
    margins { left: 4; right: 4; top: 4; bottom: 4 }

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Activities due per day by step type")

    function fill() {
        bars.clear()
        let top = 1
        const totals = []
        for (const s of chart.run.series) {
            bars.append(s.name, s.values)
            s.values.forEach((v, i) => totals[i] = (totals[i] || 0) + v)
        }
        for (const t of totals)
            top = Math.max(top, t)
        axisY.max = top
        axisY.applyNiceNumbers()
    }
    Component.onCompleted: fill()
    Connections {
        target: chart.run
        function onResultChanged() { chart.fill() }
    }

    StackedBarSeries {
        id: bars
        axisX: BarCategoryAxis {
            categories: chart.run.categories
            labelsAngle: -90
            labelsFont.pixelSize: 9
            truncateLabels: false
        }
        axisY: ValueAxis {
            id: axisY
            min: 0
            labelFormat: "%d"
        }
        onHovered: (status, index) => {
            if (status)
                chart.dayHovered(chart.run.chartDates[index])
        }
    }
}
