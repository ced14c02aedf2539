// SPDX-License-Identifier: MIT
// The busy days: the inputs of the forecast dialog turned into records, run by the forecast
// engine on a worker thread that reports its progress through atomics polled by the UI thread.
#include "forecastrun.h"

#include "activeprofile.h"
#include "librarysession.h"
#include "previewexport.h"
#include "profile.h"
#include "simulation/personas.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QThread>

#include <numeric>

namespace sd {

namespace {

const QString dateFormat = QStringLiteral("yyyy-MM-dd");

// The working days of the calendar from `from` to `to`, both included.
QList<QDate> workingDates(const Calendar &calendar, QDate from, QDate to)
{
    QList<QDate> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (calendar.isWorkingDate(d))
            out.append(d);
    }
    return out;
}

} // namespace

// What the worker thread reads (copies: the document may change meanwhile) and writes.
struct ForecastRun::Job
{
    Sequence sequence;
    Profile profile;
    QList<NamedScenario> personas; // with a share each, in `shares`
    QList<int> shares;
    QByteArray csv; // the records file; empty: generate
    int count = 0;
    int sellers = 1;
    QList<QDate> dates;
    std::atomic<qint64> done{0};
    qint64 total = 0;
    std::atomic<bool> cancel{false};
    ForecastResult result;

    // Record `i`'s persona: the shares taken in turn, so any run of `sum` records holds them.
    qsizetype pick(qint64 i) const
    {
        int slot = int(i % std::accumulate(shares.cbegin(), shares.cend(), 0));
        for (qsizetype p = 0; p < shares.size(); ++p) {
            if ((slot -= shares[p]) < 0)
                return p;
        }
        return 0;
    }

    void run()
    {
        const ZoneClock clock(profile.calendar);
        Forecast forecast(sequence, profile, clock);
        forecast.setScenarios(personas);
        forecast.setPicker([this](qint64 i) { return pick(i); });
        forecast.setProgress([this](qint64 records) {
            done.store(records, std::memory_order_relaxed);
            return !cancel.load(std::memory_order_relaxed);
        });
        if (!csv.isEmpty()) {
            forecast.setStart(
                QDateTime(dates.first(), QTime(9, 0), QTimeZone(profile.calendar.timeZone))
                    .toSecsSinceEpoch() /
                60);
            result = forecast.run(csv);
            return;
        }
        const QString owner = forecast.ownerColumn();
        const QTimeZone zone(profile.calendar.timeZone);
        QList<Scenario> records;
        records.reserve(count);
        for (int i = 0; i < count; ++i) {
            Scenario record = personas.at(pick(i)).scenario;
            const QDate date = dates.at(qsizetype(qint64(i) * dates.size() / count));
            record.start = QDateTime(date, QTime(9, 0), zone).toSecsSinceEpoch() / 60;
            record.fields.insert(
                owner,
                QCoreApplication::translate("ForecastRun", "Seller %1").arg(i % sellers + 1));
            records.append(std::move(record));
        }
        result = forecast.runScenarios(records);
    }
};

ForecastRun::ForecastRun(QObject *parent) : QObject(parent)
{
    const Calendar &calendar = activeProfile().calendar;
    QDate from = QDate::currentDate().addDays(1);
    while (!calendar.isWorkingDate(from) && from < QDate::currentDate().addDays(366))
        from = from.addDays(1);
    m_fromText = from.toString(dateFormat);
    m_toText = from.addDays(27).toString(dateFormat);
    for (qsizetype i = 0; i < sd::personas().size(); ++i)
        m_shares.append(i == 0 ? 1 : 0);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ForecastRun::progressChanged);
}

ForecastRun::~ForecastRun()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->wait();
    }
}

void ForecastRun::setDocument(SequenceDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    emit documentChanged();
}

QVariantList ForecastRun::shares() const
{
    QVariantList out;
    const QList<Persona> &all = sd::personas();
    for (qsizetype i = 0; i < all.size(); ++i)
        out.append(QVariantMap{
            {"id", all[i].id}, {"name", all[i].translatedName()}, {"share", m_shares.value(i)}});
    return out;
}

void ForecastRun::setShare(const QString &persona, int share)
{
    const QList<Persona> &all = sd::personas();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].id == persona && m_shares[i] != std::max(share, 0)) {
            m_shares[i] = std::max(share, 0);
            emit sharesChanged();
        }
    }
}

double ForecastRun::progress() const
{
    if (!m_job || m_job->total <= 0)
        return 0;
    return std::min(1.0, double(m_job->done.load()) / double(m_job->total));
}

QString ForecastRun::progressText() const
{
    if (!m_job || !running())
        return {};
    const QLocale locale;
    return tr("%1 of %2 records")
        .arg(locale.toString(m_job->done.load()), locale.toString(m_job->total));
}

QString ForecastRun::summary() const
{
    if (!hasResult())
        return {};
    const QLocale locale;
    return tr("Records: %1. Activities due: %2.")
        .arg(locale.toString(m_result.records), locale.toString(m_view.totalDue));
}

bool ForecastRun::run()
{
    if (running() || !m_document || !m_document->loaded())
        return false;
    auto job = std::make_shared<Job>();
    const QDate from = QDate::fromString(m_fromText.trimmed(), dateFormat);
    const QDate to = QDate::fromString(m_toText.trimmed(), dateFormat);
    job->profile = activeProfile();
    job->dates = workingDates(job->profile.calendar, from, to);
    if (!from.isValid() || !to.isValid() || job->dates.isEmpty()) {
        setNotice(tr("The dates are not a range with a working day: write them as 2026-12-07, the "
                     "first no later than the last."));
        return false;
    }
    const QList<Persona> &all = sd::personas();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (m_shares[i] > 0) {
            job->personas.append({all[i].id, *personaScenario(all[i].id)});
            job->shares.append(m_shares[i]);
        }
    }
    if (job->personas.isEmpty()) {
        setNotice(tr("Give at least one persona a share above 0."));
        return false;
    }
    if (!m_recordsFile.isEmpty()) {
        QFile file(LibrarySession::localPath(m_recordsFile));
        if (!file.open(QIODevice::ReadOnly)) {
            setNotice(tr("Cannot open the records %1: %2. Check that the file exists and that "
                         "you may read it.")
                          .arg(LibrarySession::localPath(m_recordsFile), file.errorString()));
            return false;
        }
        job->csv = file.readAll();
        job->total = std::max<qint64>(1, job->csv.count('\n') - 1);
    } else {
        job->count = std::max(1, m_count);
        job->total = job->count;
    }
    job->sellers = std::max(1, m_sellers);
    job->sequence = m_document->sequence();
    m_job = job;
    m_result = {};
    m_view = {};
    setNotice({});
    emit resultChanged();
    m_thread = QThread::create([job] { job->run(); });
    connect(m_thread, &QThread::finished, this, &ForecastRun::finish);
    m_thread->start(QThread::LowPriority);
    m_poll.start();
    emit runningChanged();
    emit progressChanged();
    return true;
}

void ForecastRun::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void ForecastRun::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_poll.stop();
    const ForecastResult &result = m_job->result;
    if (result.cancelled)
        setNotice(tr("Cancelled: nothing is shown. Run again to see the busy days."));
    else if (!result.ok())
        setNotice(tr("The records cannot be used: %1").arg(result.error));
    else {
        m_result = result;
        m_view = forecastView(m_result, m_job->profile.calendar);
    }
    emit runningChanged();
    emit progressChanged();
    emit resultChanged();
}

DayForecast ForecastRun::day(const QString &date) const
{
    return forecastDay(m_result, QDate::fromString(date, dateFormat), activeProfile().calendar);
}

bool ForecastRun::exportCsv(const QUrl &file)
{
    setNotice(writeExport(file, forecastCsv(m_result)));
    return m_notice.isEmpty();
}

void ForecastRun::savePicture(QQuickItem *item, const QUrl &file)
{
    const QSharedPointer<QQuickItemGrabResult> grab = item ? item->grabToImage() : nullptr;
    const QString path = LibrarySession::localPath(file);
    const auto failed = [this, path] {
        setNotice(
            tr("Could not save the picture %1. Choose another folder or file name.").arg(path));
    };
    if (!grab) {
        failed();
        return;
    }
    connect(grab.data(), &QQuickItemGrabResult::ready, this, [this, grab, path, failed] {
        if (!grab->saveToFile(path)) {
            failed();
            return;
        }
        setNotice({});
        emit pictureSaved(path);
    });
}

void ForecastRun::retranslate()
{
    if (hasResult())
        m_view = forecastView(m_result, activeProfile().calendar);
    emit sharesChanged();
    emit resultChanged();
}

void ForecastRun::setNotice(const QString &notice)
{
    if (m_notice == notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

} // namespace sd
