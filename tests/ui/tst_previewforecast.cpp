// SPDX-License-Identifier: MIT
// The busy days, driven through the real window: "Forecast…" in the preview panel, 1,000
// generated records over four weeks with a holiday against the engine run directly (the counts
// on the heatmap and in a day's details), and a run cancelled before it ends. Links Qt Widgets,
// so QTEST_MAIN makes the QApplication that Qt Charts needs, as the program does.
#include "activeprofile.h"
#include "forecastrun.h"
#include "language.h"
#include "sequencefile.h"
#include "simulation/personas.h"
#include "tst_designerhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace sd;
using namespace sd::uitest;

namespace {

const QDate from(2026, 12, 7); // Monday
const QDate to(2027, 1, 3);    // Sunday, four weeks on
const QDate holiday(2026, 12, 24);

// The profile shipped, with a holiday in the four weeks.
QString writeProfile(const QString &path)
{
    QFile in(QStringLiteral(":/profiles/default.profile.json"));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject calendar = profile.value("calendar").toObject();
    calendar.insert("holidays", QJsonArray{holiday.toString(Qt::ISODate)});
    profile.insert("calendar", calendar);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(profile).toJson());
    return path;
}

// What the dialog generates, written out independently: record i is due on the i·n/count-th
// working day at 09:00, runs does-nothing three times in four and replies-after-a-day once, and
// belongs to Seller (i mod 3) + 1.
ForecastResult engineRun(const Sequence &sequence, int count)
{
    const Profile &profile = activeProfile();
    QList<QDate> dates;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (profile.calendar.isWorkingDate(d))
            dates.append(d);
    }
    const ZoneClock clock(profile.calendar);
    const Forecast forecast(sequence, profile, clock);
    QList<Scenario> records;
    for (int i = 0; i < count; ++i) {
        Scenario s = *personaScenario(i % 4 < 3 ? "does-nothing" : "replies-after-a-day");
        s.start = QDateTime(dates.at(qsizetype(i) * dates.size() / count), QTime(9, 0),
                            QTimeZone(profile.calendar.timeZone))
                      .toSecsSinceEpoch() /
                  60;
        s.fields.insert(forecast.ownerColumn(), QStringLiteral("Seller %1").arg(i % 3 + 1));
        records.append(s);
    }
    return forecast.runScenarios(records);
}

void setText(QQuickItem *field, const QString &text)
{
    field->setProperty("text", text);
    QMetaObject::invokeMethod(field, "editingFinished");
}

void setValue(QQuickItem *spinBox, int value)
{
    spinBox->setProperty("value", value);
    QMetaObject::invokeMethod(spinBox, "valueModified");
}

} // namespace

class TestPreviewForecast : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;
    QString m_id;
    Sequence m_webinar;

    // The window on the webinar template with the forecast dialog open, set for `count`
    // records over the four weeks, three shares of does-nothing to one of replies-after-a-day.
    ForecastRun *openForecast(Window &w, int count)
    {
        if (!openDesigner(w, m_id))
            return nullptr;
        w.key(Qt::Key_P, Qt::ControlModifier);
        if (!w.clickOn("forecastButton") ||
            !QTest::qWaitFor([&] { return w.isOpen("forecastDialog"); }))
            return nullptr;
        auto *run = w.object("forecastDialog")->property("run").value<ForecastRun *>();
        if (!run)
            return nullptr;
        setValue(w.waitFor("forecastCount"), count);
        setText(w.item("forecastFrom"), from.toString(Qt::ISODate));
        setText(w.item("forecastTo"), to.toString(Qt::ISODate));
        setValue(w.item("forecastShare_does-nothing"), 3);
        setValue(w.item("forecastShare_replies-after-a-day"), 1);
        return run;
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en");
        m_path = m_dir.filePath("forecast.sqlite");
        const QString profile = writeProfile(m_dir.filePath("holiday.profile.json"));
        QVERIFY(!profile.isEmpty());
        QSettings().setValue("library/profiles", QVariantMap{{m_path, profile}});
        m_webinar = readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"))
                        .sequences.first();
        m_id = createIn(m_path, m_webinar);
        QVERIFY(!m_id.isEmpty());
    }

    void thousandRecordsAgainstTheEngine()
    {
        Window w(m_path);
        ForecastRun *run = openForecast(w, 1000);
        QVERIFY(run);
        QVERIFY(activeProfile().calendar.isHoliday(holiday));
        QVERIFY(w.clickOn("forecastRunButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->hasResult(), 30000);
        QVERIFY(!run->running());

        const ForecastResult expected = engineRun(m_webinar, 1000);
        QCOMPARE(run->result().records, 1000);
        QCOMPARE(run->result().days.keys(), expected.days.keys());
        int due = 0;
        for (auto it = expected.days.cbegin(); it != expected.days.cend(); ++it) {
            const ForecastDay &got = run->result().days.value(it.key());
            QCOMPARE(got.total, it->total);
            QCOMPARE(got.byType, it->byType);
            QCOMPARE(got.byOwner, it->byOwner);
            // The heatmap shows the same count on the day.
            QQuickItem *total = w.waitFor("forecastDayTotal_" + it.key().toString(Qt::ISODate));
            QVERIFY(total);
            QCOMPARE(total->property("text").toString(), QString::number(it->total));
            due += it->total;
        }
        QCOMPARE(
            w.item("forecastSummary")->property("text").toString(),
            QStringLiteral("Records: 1,000. Activities due: %1.").arg(QLocale().toString(due)));
        // The heatmap marks the profile's holiday.
        QQuickItem *holidayCell = w.item("forecastDay_" + holiday.toString(Qt::ISODate));
        QVERIFY(holidayCell);
        QVERIFY(holidayCell->property("modelData").toMap().value("holiday").toBool());

        // The keyboard's way to a day: focus on a cell, then an arrow key, lists the next day's
        // counts by type and owner.
        QDate day = expected.days.firstKey();
        while (!expected.days.contains(day.addDays(1)))
            day = day.addDays(1);
        w.item("forecastDay_" + day.toString(Qt::ISODate))->forceActiveFocus();
        w.key(Qt::Key_Right);
        const QDate next = day.addDays(1);
        QTRY_COMPARE(w.item("forecastHeatmap")->property("currentDate").toString(),
                     next.toString(Qt::ISODate));
        const QString title = w.item("forecastDayTitle")->property("text").toString();
        QVERIFY2(title.contains(QStringLiteral(": %1 due").arg(expected.days.value(next).total)),
                 qPrintable(title));
        // What the details list: the day's counts as typed values, by step type and by owner.
        const DayForecast details = run->day(next.toString(Qt::ISODate));
        QCOMPARE(details.title, title);
        int byType = 0;
        for (const QVariant &c : details.byType) {
            QCOMPARE(c.metaType(), QMetaType::fromType<ForecastCount>());
            byType += c.value<ForecastCount>().count;
        }
        QCOMPARE(byType, expected.days.value(next).total);
        QCOMPARE(details.byOwner.size(), expected.days.value(next).byOwner.size());
        QVERIFY(run->day(QStringLiteral("1999-01-01")).title.isEmpty());
        // The mouse's way: hovering a day shows it.
        const QDate last = expected.days.lastKey();
        QTest::mouseMove(w.window(),
                         Window::centre(w.item("forecastDay_" + last.toString(Qt::ISODate))));
        QTRY_COMPARE(w.item("forecastHeatmap")->property("currentDate").toString(),
                     last.toString(Qt::ISODate));
        QVERIFY(w.item("forecastChart"));
        QVERIFY(w.drawn());
        w.shot("forecast-1000-en");

        // The exports: the counts as CSV, the calendar and the chart as pictures.
        const QString csv = m_dir.filePath("busy.csv");
        QVERIFY(run->exportCsv(QUrl::fromLocalFile(csv)));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), expected.days.size() + 1);
        QVERIFY(lines.first().startsWith("date,total,"));
        QVERIFY(lines.at(1).startsWith(expected.days.firstKey().toString(Qt::ISODate).toUtf8() +
                                       ',' + QByteArray::number(expected.days.first().total)));
        QSignalSpy saved(run, &ForecastRun::pictureSaved);
        for (const char *item : {"forecastHeatmap", "forecastChart"}) {
            const QString png = m_dir.filePath(QString::fromLatin1(item) + ".png");
            run->savePicture(w.item(item), QUrl::fromLocalFile(png));
            QTRY_VERIFY(QFile::exists(png));
            QVERIFY(!QImage(png).isNull());
        }
        QCOMPARE(saved.count(), 2);
        w.stop();
    }

    // Records from a CSV file, as `forecast --records` reads it: without a start cell a record
    // starts on the first working day at 09:00; personas by share as for generated records.
    void recordsFromACsvFile()
    {
        QByteArray csv = "ownerid,start\n";
        for (int i = 0; i < 40; ++i)
            csv += "seller" + QByteArray::number(i % 2) +
                   (i % 5 ? QByteArray(",") : ",2026-12-09T13:00+01:00") + '\n';
        const QString path = m_dir.filePath("records.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size());
        file.close();

        Window w(m_path);
        ForecastRun *run = openForecast(w, 1);
        QVERIFY(run);
        run->setProperty("recordsFile", QUrl::fromLocalFile(path)); // as the file dialog does
        QVERIFY(w.clickOn("forecastRunButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->hasResult(), 30000);

        const Profile &profile = activeProfile();
        const ZoneClock clock(profile.calendar);
        Forecast forecast(m_webinar, profile, clock);
        forecast.setScenarios({{"does-nothing", *personaScenario("does-nothing")},
                               {"replies-after-a-day", *personaScenario("replies-after-a-day")}});
        forecast.setPicker([](qint64 i) { return i % 4 < 3 ? 0 : 1; });
        forecast.setStart(parseInstant("2026-12-07T09:00+01:00"));
        const ForecastResult expected = forecast.run(csv);
        QVERIFY2(expected.ok(), qPrintable(expected.error));
        QCOMPARE(run->result().records, 40);
        QCOMPARE(run->result().days.keys(), expected.days.keys());
        for (auto it = expected.days.cbegin(); it != expected.days.cend(); ++it) {
            QCOMPARE(run->result().days.value(it.key()).byType, it->byType);
            QCOMPARE(run->result().days.value(it.key()).byOwner, it->byOwner);
        }
        w.stop();
    }

    void cancelShowsNothing()
    {
        Window w(m_path);
        ForecastRun *run = openForecast(w, 1000000);
        QVERIFY(run);
        QVERIFY(w.clickOn("forecastRunButton"));
        // (Long timeouts: on a loaded machine the worker may be slow to start and to stop.)
        QTRY_VERIFY_WITH_TIMEOUT(run->running() && run->progress() > 0, 30000);
        QVERIFY(w.clickOn("forecastCancelButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!run->running(), 30000);
        QVERIFY(!run->hasResult());
        QVERIFY(run->result().days.isEmpty());
        QVERIFY(w.item("forecastNotice")->property("text").toString().startsWith("Cancelled"));
        QVERIFY(!w.item("forecastChart"));
        QCOMPARE(w.item("forecastHeatmap")->isVisible(), false);
        w.stop();
    }

    void norwegian()
    {
        Language::setStartupOverride("nb");
        Language::installInitial();
        Window w(m_path);
        ForecastRun *run = openForecast(w, 1000);
        QVERIFY(run);
        QVERIFY(w.clickOn("forecastRunButton"));
        QTRY_VERIFY_WITH_TIMEOUT(run->hasResult(), 30000);
        QVERIFY(w.item("forecastSummary")->property("text").toString().startsWith("Poster: "));
        QVERIFY(w.drawn());
        w.shot("forecast-1000-nb");
        w.stop();
        Language::setStartupOverride("en");
        Language::installInitial();
    }
};

QTEST_MAIN(TestPreviewForecast)
#include "tst_previewforecast.moc"
