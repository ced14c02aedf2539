// SPDX-License-Identifier: MIT
// The organisation profile's calendar (time zone, working days, holidays) for the simulation:
// the shipped one, each key optional, every IANA name, and every broken value refused with its
// JSON path.
#include "profile.h"

#include <QTest>

using namespace sd;

namespace {

// A minimal valid profile with `extra` top-level members appended.
QByteArray withTop(const char *extra)
{
    return QByteArray(R"({"name": "T", "recordTypes": [{"name": "lead", "fields": []}])") + extra +
           "}";
}

} // namespace

class TestProfileCalendar : public QObject
{
    Q_OBJECT

private slots:
    // The shipped calendar is the one spec section 7 names: Europe/Oslo, Monday to Friday.
    void defaultCalendar()
    {
        const Calendar &c = Profile::defaultProfile().calendar;
        QCOMPARE(c.timeZone, QByteArray("Europe/Oslo"));
        QCOMPARE(c.workingDayKeys(), QStringList({"mon", "tue", "wed", "thu", "fri"}));
        QVERIFY(c.holidays.isEmpty());
    }

    // Each key is optional: absent means UTC, Monday to Friday, no holidays; holidays are kept
    // sorted and may fall on non-working days.
    void calendarKeys()
    {
        QString error;
        const std::optional<Profile> none = Profile::fromJson(withTop(""), &error);
        QVERIFY2(none, qPrintable(error));
        QCOMPARE(none->calendar, Calendar());
        QCOMPARE(none->calendar.timeZone, QByteArray("UTC"));
        QVERIFY(none->calendar.isWorkingDate(QDate(2026, 12, 7)));  // Monday
        QVERIFY(!none->calendar.isWorkingDate(QDate(2026, 12, 5))); // Saturday

        const std::optional<Profile> custom = Profile::fromJson(
            withTop(R"(, "calendar": {"timeZone": "America/New_York", "workingDays": ["sun", "sat"],
                       "holidays": ["2027-01-02", "2026-12-25", "2026-12-26"]})"),
            &error);
        QVERIFY2(custom, qPrintable(error));
        const Calendar &c = custom->calendar;
        QCOMPARE(c.timeZone, QByteArray("America/New_York"));
        QCOMPARE(c.workingDayKeys(), QStringList({"sat", "sun"}));
        QCOMPARE(c.holidays,
                 QList<QDate>({QDate(2026, 12, 25), QDate(2026, 12, 26), QDate(2027, 1, 2)}));
        QVERIFY(!c.isWorkingDate(QDate(2026, 12, 26))); // a Saturday holiday
        QVERIFY(c.isWorkingDate(QDate(2026, 12, 27)));  // Sunday
        QVERIFY(!c.isWorkingDate(QDate(2026, 12, 25))); // Friday, and a holiday

        const std::optional<Profile> onlyHolidays =
            Profile::fromJson(withTop(R"(, "calendar": {"holidays": ["2026-12-24"]})"), &error);
        QVERIFY2(onlyHolidays, qPrintable(error));
        QCOMPARE(onlyHolidays->calendar.timeZone, QByteArray("UTC"));
        QVERIFY(!onlyHolidays->calendar.isWorkingDate(QDate(2026, 12, 24)));
        QVERIFY(onlyHolidays->calendar.isWorkingDate(QDate(2026, 12, 23)));
    }

    // Any IANA name the zone database knows, links and legacy names included; Qt 6.4's list of
    // available ids holds only zone.tab's names.
    void calendarZoneNames_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone : {"UTC", "Etc/UTC", "Etc/GMT+5", "GMT", "US/Eastern", "Europe/Kiev",
                                 "Asia/Calcutta", "EST5EDT", "America/Argentina/Buenos_Aires"})
            QTest::newRow(zone) << QByteArray(zone);
    }

    void calendarZoneNames()
    {
        QFETCH(QByteArray, zone);
        QString error;
        const std::optional<Profile> p = Profile::fromJson(
            withTop(QByteArray(", \"calendar\": {\"timeZone\": \"" + zone + "\"}").constData()),
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->calendar.timeZone, zone);
    }

    void brokenCalendars_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path"); // must appear in the message

        QTest::newRow("calendar array") << withTop(R"(, "calendar": [])") << "$.calendar:";
        QTest::newRow("calendar zone number")
            << withTop(R"(, "calendar": {"timeZone": 1})") << "$.calendar.timeZone";
        QTest::newRow("calendar zone unknown")
            << withTop(R"(, "calendar": {"timeZone": "Europe/Atlantis"})") << "Europe/Atlantis";
        QTest::newRow("calendar zone offset name")
            << withTop(R"(, "calendar": {"timeZone": "UTC+01:00"})") << "UTC+01:00";
        QTest::newRow("calendar zone short offset name")
            << withTop(R"(, "calendar": {"timeZone": "UTC-05"})") << "UTC-05";
        QTest::newRow("calendar zone POSIX rule")
            << withTop(R"(, "calendar": {"timeZone": "CET-1CEST,M3.5.0,M10.5.0/3"})")
            << "$.calendar.timeZone";
        QTest::newRow("calendar zone path")
            << withTop(R"(, "calendar": {"timeZone": "Europe/../Europe/Oslo"})")
            << "$.calendar.timeZone";
        QTest::newRow("calendar zone empty")
            << withTop(R"(, "calendar": {"timeZone": ""})") << "$.calendar.timeZone";
        QTest::newRow("working days empty")
            << withTop(R"(, "calendar": {"workingDays": []})") << "$.calendar.workingDays";
        QTest::newRow("working days string")
            << withTop(R"(, "calendar": {"workingDays": "mon"})") << "$.calendar.workingDays";
        QTest::newRow("working day upper case")
            << withTop(R"(, "calendar": {"workingDays": ["Mon"]})") << "$.calendar.workingDays[0]";
        QTest::newRow("working day number")
            << withTop(R"(, "calendar": {"workingDays": [1]})") << "$.calendar.workingDays[0]";
        QTest::newRow("working day twice")
            << withTop(R"(, "calendar": {"workingDays": ["mon", "tue", "mon"]})")
            << "$.calendar.workingDays[2]";
        QTest::newRow("holiday not a date")
            << withTop(R"(, "calendar": {"holidays": ["2026-02-30"]})") << "$.calendar.holidays[0]";
        QTest::newRow("holiday short")
            << withTop(R"(, "calendar": {"holidays": ["2026-1-5"]})") << "$.calendar.holidays[0]";
        QTest::newRow("holiday with time")
            << withTop(R"(, "calendar": {"holidays": ["2026-12-25T00:00"]})")
            << "$.calendar.holidays[0]";
        QTest::newRow("holiday number")
            << withTop(R"(, "calendar": {"holidays": [20261225]})") << "$.calendar.holidays[0]";
        QTest::newRow("holiday twice")
            << withTop(R"(, "calendar": {"holidays": ["2026-12-25", "2026-12-25"]})")
            << "$.calendar.holidays[1]";
    }

    void brokenCalendars()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QString error;
        QVERIFY(!Profile::fromJson(json, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        // The message goes on past the path: it says what is wrong and what to do.
        QVERIFY2(error.size() > error.indexOf(path) + path.size() + 20, qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileCalendar)
#include "tst_profilecalendar.moc"
