// SPDX-License-Identifier: MIT
#pragma once

#include "previewtimeline.h"
#include "sequence.h"
#include "sequencedocument.h"
#include "simulation/scenario.h"
#include "simulation/simulator.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace sd {

// The preview of the designer (docs/simulation.md, "The preview"): one record run through the
// open sequence by the simulation engine, with a persona or a scenario file, from a start the
// user picks. While `active` it runs again a moment after each edit (never while typing), fills
// the timeline, and marks the run's path on the canvas (CardModel's previewMark).
class Preview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        sd::SequenceDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // [{id, name}] of the built-in personas, names translated.
    Q_PROPERTY(QVariantList personas READ personas NOTIFY scenarioChanged)
    // The persona's id; "" for a scenario opened from a file.
    Q_PROPERTY(QString persona READ persona WRITE setPersona NOTIFY scenarioChanged)
    Q_PROPERTY(QString scenarioName READ scenarioName NOTIFY scenarioChanged)
    // True once a condition was flipped on the canvas: the scenario is no longer the persona's.
    Q_PROPERTY(bool scenarioEdited READ scenarioEdited NOTIFY scenarioChanged)
    // The start in the calendar's zone, "yyyy-MM-dd HH:mm".
    Q_PROPERTY(QString startText READ startText WRITE setStartText NOTIFY startChanged)
    Q_PROPERTY(sd::PreviewTimeline *timeline READ timeline CONSTANT)
    Q_PROPERTY(QString endText READ endText NOTIFY resultChanged)
    // Why there is no timeline (the sequence cannot be walked, a bad start); "" when there is.
    Q_PROPERTY(QString problem READ problem NOTIFY resultChanged)
    // What the last request said (a condition that cannot flip, a file not saved); "" when none.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(int runs READ runs NOTIFY resultChanged) // how many times it ran (tests)

public:
    explicit Preview(QObject *parent = nullptr);

    [[nodiscard]] SequenceDocument *document() const { return m_document; }
    void setDocument(SequenceDocument *document);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] QVariantList personas() const;
    [[nodiscard]] QString persona() const { return m_persona; }
    void setPersona(const QString &id);
    [[nodiscard]] QString scenarioName() const;
    [[nodiscard]] bool scenarioEdited() const { return m_edited; }
    [[nodiscard]] QString startText() const { return m_startText; }
    void setStartText(const QString &text);
    [[nodiscard]] PreviewTimeline *timeline() { return &m_timeline; }
    [[nodiscard]] QString endText() const { return m_endText; }
    [[nodiscard]] QString problem() const { return m_problem; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] int runs() const { return m_runs; }
    [[nodiscard]] const SimulationResult &result() const { return m_result; }
    [[nodiscard]] const Scenario &scenario() const { return m_scenario; }

    // Runs at once (after the document's pending validation, whose problems it uses).
    Q_INVOKABLE void runNow();
    // Makes condition `id` take its other branch by changing the scenario (previewpath.h), and
    // runs again at once; false (with `notice`) when it cannot.
    Q_INVOKABLE bool flip(const QString &id);
    // A scenario file instead of the persona; false (with `notice`) when it cannot be used.
    Q_INVOKABLE bool openScenario(const QUrl &file);
    // The scenario with the start as a scenario file's text ("Edit scenario…"), and that text
    // used again, checked as a file is; false (with `notice`) when it cannot be used.
    Q_INVOKABLE [[nodiscard]] QString scenarioText() const;
    Q_INVOKABLE bool applyScenarioText(const QString &text);
    // Moves the start by `days` and `minutes` (the start field's Up and Down keys).
    Q_INVOKABLE void moveStart(int days, int minutes);
    // Writes the scenario (with the start) as a scenario file; false (with `notice`) on failure.
    Q_INVOKABLE bool saveScenario(const QUrl &file);
    // The timeline as CSV, and its manual activities as iCalendar events (previewexport.cpp).
    Q_INVOKABLE bool exportCsv(const QUrl &file);
    Q_INVOKABLE bool exportIcs(const QUrl &file);
    Q_INVOKABLE void clearNotice();
    // After the interface language changed: the names and texts again.
    Q_INVOKABLE void retranslate();

signals:
    void documentChanged();
    void activeChanged();
    void scenarioChanged();
    void startChanged();
    void resultChanged();
    void noticeChanged();

private:
    void clearMarks();
    // `problem` says what is wrong (%1: the first error) when it cannot be used.
    bool useScenario(const ScenarioReadResult &read, const QString &problem);
    [[nodiscard]] Scenario scenarioWithStart() const;
    void setNotice(const QString &notice);
    void setProblem(const QString &problem);
    bool writeFile(const QUrl &file, const QByteArray &bytes);

    QPointer<SequenceDocument> m_document;
    bool m_active = false;
    QString m_persona;
    Scenario m_scenario;
    bool m_edited = false;
    QString m_startText;
    std::optional<Minutes> m_start;
    Sequence m_sequence; // the copy the last run walked: m_result points into it
    SimulationResult m_result;
    PreviewTimeline m_timeline;
    QString m_endText;
    QString m_problem;
    QString m_notice;
    int m_runs = 0;
};

} // namespace sd
