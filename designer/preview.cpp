// SPDX-License-Identifier: MIT
#include "preview.h"

#include "activeprofile.h"
#include "librarysession.h"
#include "previewexport.h"
#include "previewpath.h"
#include "problemmodel.h"
#include "profile.h"
#include "sequencedocument.h"
#include "simulation/personas.h"

#include <QDateTime>

namespace sd {

namespace {

// A moment after the last edit, as the validation waits: typing never waits for a run.
const QString startFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QTimeZone zoneOf(const Calendar &calendar)
{
    return QTimeZone(calendar.timeZone);
}

// The next working day after today, 09:00, in the calendar's zone.
QString defaultStart(const Calendar &calendar)
{
    const ZoneClock clock(calendar);
    const Minutes now = QDateTime::currentSecsSinceEpoch() / 60;
    qint64 day = clock.localDay(now) + 1;
    for (int guard = 0; guard < 366 && !clock.isWorkingDay(day); ++guard)
        ++day;
    return QDateTime(ZoneClock::dateOfDay(day), QTime(9, 0)).toString(startFormat);
}

} // namespace

Preview::Preview(QObject *parent) : QObject(parent)
{
    setPersona(personas().value(0).toMap().value("id").toString());
    setStartText(defaultStart(activeProfile().calendar));
}

void Preview::setDocument(SequenceDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // An edit runs the preview once the document has validated it (after its pause, so
        // typing goes on), with the problems it found.
        connect(m_document, &SequenceDocument::problemsFound, this, &Preview::runNow);
    }
    emit documentChanged();
    runNow();
}

void Preview::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active)
        runNow();
    else
        clearMarks();
}

QVariantList Preview::personas() const
{
    QVariantList out;
    for (const Persona &p : sd::personas())
        out.append(QVariantMap{{"id", p.id}, {"name", p.translatedName()}});
    return out;
}

void Preview::setPersona(const QString &id)
{
    const std::optional<Scenario> scenario = personaScenario(id);
    if (!scenario || (id == m_persona && !m_edited))
        return;
    m_persona = id;
    m_scenario = *scenario;
    m_edited = false;
    emit scenarioChanged();
    runNow();
}

QString Preview::scenarioName() const
{
    const QString name = m_scenario.name ? scenarioDisplayName(*m_scenario.name) : QString();
    return m_edited ? tr("%1 (changed)").arg(name) : name;
}

void Preview::setStartText(const QString &text)
{
    if (text == m_startText && m_start)
        return;
    m_startText = text;
    const QDateTime local = QDateTime::fromString(text.trimmed(), startFormat);
    m_start.reset();
    if (local.isValid()) {
        const QDateTime zoned(local.date(), local.time(), zoneOf(activeProfile().calendar));
        if (zoned.isValid())
            m_start = zoned.toSecsSinceEpoch() / 60;
    }
    emit startChanged();
    runNow();
}

void Preview::runNow()
{
    if (!m_active || !m_document || !m_document->loaded())
        return;
    if (m_document->validatePending())
        return; // its problemsFound() runs the preview
    if (!m_start) {
        setProblem(tr("The start is not a date and time: write it as 2026-12-07 09:00."));
        return;
    }
    const Profile &profile = activeProfile();
    m_sequence = m_document->sequence();
    // A tree that cannot be walked cannot be run; other problems do not stop a draft.
    for (const Diagnostic &d : m_document->problems()->diagnostics()) {
        if (blocksImport(d)) {
            setProblem(tr("The preview waits until this is fixed: %1").arg(d.message));
            return;
        }
    }
    const ZoneClock clock(profile.calendar);
    Scenario scenario = m_scenario;
    scenario.start = m_start;
    m_result = Simulator(m_sequence, profile, clock).run(scenario);
    m_timeline.setRows(timelineRows(m_result, clock));
    m_endText = sd::endText(m_result, clock);
    m_problem.clear();
    ++m_runs;
    m_document->canvas()->setPreviewMarks(previewMarks(m_result, m_sequence, scenario, clock));
    emit resultChanged();
}

void Preview::setProblem(const QString &problem)
{
    m_result = {};
    m_timeline.setRows({});
    m_endText.clear();
    m_problem = problem;
    clearMarks();
    emit resultChanged();
}

void Preview::clearMarks()
{
    if (m_document)
        m_document->canvas()->setPreviewMarks({});
}

bool Preview::flip(const QString &id)
{
    QString why;
    if (!flipCondition(m_scenario, m_result, id, &why)) {
        setNotice(why);
        return false;
    }
    m_edited = true;
    emit scenarioChanged();
    runNow();
    return true;
}

bool Preview::openScenario(const QUrl &file)
{
    return useScenario(readScenarioFile(LibrarySession::localPath(file)),
                       tr("The scenario cannot be used: %1 Choose another file or a persona."));
}

bool Preview::applyScenarioText(const QString &text)
{
    return useScenario(readScenarioFile(text.toUtf8()),
                       tr("The scenario cannot be used: %1 Correct it, or cancel to keep the "
                          "scenario as it was."));
}

bool Preview::useScenario(const ScenarioReadResult &read, const QString &problem)
{
    Diagnostics problems = read.diagnostics;
    if (read.ok() && m_document)
        problems = checkScenario(read.scenario, m_document->sequence(), activeProfile(), true);
    if (hasErrors(problems)) {
        setNotice(problem.arg(problems.first().message));
        return false;
    }
    m_scenario = read.scenario;
    m_persona.clear();
    m_edited = false;
    setNotice({});
    if (read.scenario.start) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(*read.scenario.start * 60,
                                                           zoneOf(activeProfile().calendar));
        m_startText.clear(); // so setStartText runs and tells
        setStartText(at.toString(startFormat));
    }
    emit scenarioChanged();
    runNow();
    return true;
}

void Preview::moveStart(int days, int minutes)
{
    const QDateTime local = QDateTime::fromString(m_startText.trimmed(), startFormat);
    if (local.isValid())
        setStartText(local.addDays(days).addSecs(qint64(minutes) * 60).toString(startFormat));
}

Scenario Preview::scenarioWithStart() const
{
    Scenario scenario = m_scenario;
    scenario.start = m_start;
    scenario.startOffset =
        m_start ? ZoneClock(activeProfile().calendar).offsetMinutes(*m_start) : 0;
    return scenario;
}

QString Preview::scenarioText() const
{
    return QString::fromUtf8(writeScenarioFile(scenarioWithStart()));
}

bool Preview::saveScenario(const QUrl &file)
{
    return writeFile(file, writeScenarioFile(scenarioWithStart()));
}

bool Preview::writeFile(const QUrl &file, const QByteArray &bytes)
{
    setNotice(writeExport(file, bytes));
    return m_notice.isEmpty();
}

void Preview::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void Preview::clearNotice()
{
    setNotice({});
}

void Preview::retranslate()
{
    emit scenarioChanged();
    runNow();
}

} // namespace sd
