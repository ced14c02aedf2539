// SPDX-License-Identifier: MIT
// The simulation's clock: offsets and local dates in the calendar's zone, the first instant of
// a local date, working time, the output format and the `start` syntax of spec section 7.
#include "simulation/zoneclock.h"

#include <QTest>

using namespace sd;

namespace {

Minutes at(const char *iso)
{
    const std::optional<Minutes> m = parseInstant(QString::fromLatin1(iso));
    if (!m)
        qFatal("bad test instant %s", iso);
    return *m;
}

Calendar calendar(const char *zone, quint8 workingDays = 0x3E)
{
    Calendar c;
    c.timeZone = zone;
    c.workingDays = workingDays;
    return c;
}

} // namespace

class TestZoneClock : public QObject
{
    Q_OBJECT

private slots:
    void parseStart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("utc"); // as written in UTC
        QTest::newRow("offset with seconds")
            << "2026-12-07T09:00:00+01:00" << true << "2026-12-07T08:00:00+00:00";
        QTest::newRow("without seconds")
            << "2026-12-07T09:00+01:00" << true << "2026-12-07T08:00:00+00:00";
        QTest::newRow("Z") << "2026-12-07T09:00Z" << true << "2026-12-07T09:00:00+00:00";
        QTest::newRow("negative offset")
            << "2026-12-07T21:30-05:30" << true << "2026-12-08T03:00:00+00:00";
        QTest::newRow("seconds not 00") << "2026-12-07T09:00:30+01:00" << false << "";
        QTest::newRow("fraction") << "2026-12-07T09:00:00.000+01:00" << false << "";
        QTest::newRow("no offset") << "2026-12-07T09:00:00" << false << "";
        QTest::newRow("lower-case z") << "2026-12-07T09:00z" << false << "";
        QTest::newRow("space for T") << "2026-12-07 09:00Z" << false << "";
        QTest::newRow("bad date") << "2026-02-30T09:00Z" << false << "";
        QTest::newRow("hour 24") << "2026-12-07T24:00Z" << false << "";
        QTest::newRow("short offset") << "2026-12-07T09:00+01" << false << "";
        QTest::newRow("date only") << "2026-12-07" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void parseStart()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, utc);
        const std::optional<Minutes> m = parseInstant(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(ZoneClock::formatWithOffset(*m, 0), utc);
    }

    // Output in the calendar's zone with the offset in force then; UTC as +00:00.
    void format()
    {
        const ZoneClock oslo(calendar("Europe/Oslo"));
        QCOMPARE(oslo.format(at("2026-12-07T08:00Z")), QStringLiteral("2026-12-07T09:00:00+01:00"));
        QCOMPARE(oslo.format(at("2026-07-01T08:00Z")), QStringLiteral("2026-07-01T10:00:00+02:00"));
        QCOMPARE(oslo.format(at("2027-03-28T00:59Z")), QStringLiteral("2027-03-28T01:59:00+01:00"));
        QCOMPARE(oslo.format(at("2027-03-28T01:00Z")), QStringLiteral("2027-03-28T03:00:00+02:00"));
        const ZoneClock utc(calendar("UTC"));
        QCOMPARE(utc.format(at("2026-12-07T09:00+01:00")),
                 QStringLiteral("2026-12-07T08:00:00+00:00"));
        const ZoneClock newYork(calendar("America/New_York"));
        QCOMPARE(newYork.format(at("2026-12-07T14:00Z")),
                 QStringLiteral("2026-12-07T09:00:00-05:00"));
        // Far from where the clock first looked: offsets are fetched for more years.
        QCOMPARE(oslo.format(at("2090-07-01T08:00Z")), QStringLiteral("2090-07-01T10:00:00+02:00"));
        QCOMPARE(oslo.format(at("1990-01-01T08:00Z")), QStringLiteral("1990-01-01T09:00:00+01:00"));
    }

    // Past the transitions tzdata lists (to 2037) the zone's rule goes on: a clock first asked
    // about a later year still sees daylight-saving time.
    void afterListedTransitions_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<QString>("local");
        QTest::newRow("Oslo summer 2040") << QByteArray("Europe/Oslo") << "2040-07-01T12:00Z"
                                          << "2040-07-01T14:00:00+02:00";
        QTest::newRow("Oslo winter 2040") << QByteArray("Europe/Oslo") << "2040-12-01T12:00Z"
                                          << "2040-12-01T13:00:00+01:00";
        QTest::newRow("Oslo spring 2038") << QByteArray("Europe/Oslo") << "2038-03-28T01:00Z"
                                          << "2038-03-28T03:00:00+02:00";
        QTest::newRow("Oslo summer 2050") << QByteArray("Europe/Oslo") << "2050-07-01T12:00Z"
                                          << "2050-07-01T14:00:00+02:00";
        QTest::newRow("New York summer 2040")
            << QByteArray("America/New_York") << "2040-07-01T12:00Z"
            << "2040-07-01T08:00:00-04:00";
        QTest::newRow("New York winter 2040")
            << QByteArray("America/New_York") << "2040-12-01T12:00Z"
            << "2040-12-01T07:00:00-05:00";
        QTest::newRow("New York spring 2038")
            << QByteArray("America/New_York") << "2038-03-14T07:00Z"
            << "2038-03-14T03:00:00-04:00";
    }

    void afterListedTransitions()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, utc);
        QFETCH(QString, local);
        const ZoneClock clock(calendar(zone.constData()));
        QCOMPARE(clock.format(at(utc.toLatin1().constData())), local);
        // And when the clock first looked long before.
        const ZoneClock early(calendar(zone.constData()));
        QVERIFY(!early.format(at("2000-01-01T00:00Z")).isEmpty());
        QCOMPARE(early.format(at(utc.toLatin1().constData())), local);
    }

    // A local date begins at midnight, or where a daylight-saving gap that swallows midnight
    // ends (Chile moves its clocks at 24:00).
    void dayStart()
    {
        const ZoneClock oslo(calendar("Europe/Oslo"));
        const qint64 sunday = oslo.localDay(at("2027-03-28T12:00+02:00"));
        QCOMPARE(oslo.format(oslo.dayStart(sunday)), QStringLiteral("2027-03-28T00:00:00+01:00"));
        QCOMPARE(oslo.format(oslo.dayStart(sunday + 1)),
                 QStringLiteral("2027-03-29T00:00:00+02:00"));
        QCOMPARE(oslo.dayStart(sunday + 1) - oslo.dayStart(sunday), 23 * 60);
        const qint64 autumn = oslo.localDay(at("2026-10-25T12:00+01:00"));
        QCOMPARE(oslo.dayStart(autumn + 1) - oslo.dayStart(autumn), 25 * 60);

        const ZoneClock santiago(calendar("America/Santiago"));
        const qint64 gapDay = santiago.localDay(at("2026-09-06T12:00-03:00"));
        QCOMPARE(santiago.format(santiago.dayStart(gapDay)),
                 QStringLiteral("2026-09-06T01:00:00-03:00"));
        QCOMPARE(santiago.dayStart(gapDay + 1) - santiago.dayStart(gapDay), 23 * 60);
    }

    void workingTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("end");
        // Spec section 2's examples (Monday to Friday).
        QTest::newRow("Friday 15:00 + 1 day")
            << QByteArray("Europe/Oslo") << "2026-12-11T15:00+01:00" << 1440
            << "2026-12-14T15:00:00+01:00";
        QTest::newRow("Saturday 10:00 + 1 day")
            << QByteArray("Europe/Oslo") << "2026-12-12T10:00+01:00" << 1440
            << "2026-12-15T00:00:00+01:00";
        QTest::newRow("Friday 00:00 + 1 day")
            << QByteArray("Europe/Oslo") << "2026-12-11T00:00+01:00" << 1440
            << "2026-12-14T00:00:00+01:00";
        QTest::newRow("zero on a Sunday") << QByteArray("Europe/Oslo") << "2026-12-13T10:00+01:00"
                                          << 0 << "2026-12-13T10:00:00+01:00";
        QTest::newRow("one minute before midnight on Friday")
            << QByteArray("Europe/Oslo") << "2026-12-11T23:59+01:00" << 1
            << "2026-12-14T00:00:00+01:00";
        QTest::newRow("across the spring change on Friday to Monday")
            << QByteArray("Europe/Oslo") << "2027-03-26T12:00+01:00" << 1440
            << "2027-03-29T12:00:00+02:00";
        QTest::newRow("Santiago: Friday into the gap Sunday")
            << QByteArray("America/Santiago") << "2026-09-04T12:00-04:00" << 1440
            << "2026-09-07T12:00:00-03:00";
    }

    void workingTime()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(QString, end);
        const ZoneClock clock(calendar(zone.constData()));
        QCOMPARE(clock.format(clock.addWorkingMinutes(*parseInstant(start), minutes)), end);
    }

    void nextWorkingStart()
    {
        Calendar c = calendar("Europe/Oslo");
        c.holidays = {QDate(2026, 12, 24), QDate(2026, 12, 25)};
        const ZoneClock clock(c);
        QCOMPARE(clock.format(clock.nextWorkingStart(at("2026-12-24T09:00+01:00"))),
                 QStringLiteral("2026-12-28T00:00:00+01:00"));
        QCOMPARE(clock.format(clock.nextWorkingStart(at("2026-12-23T23:59+01:00"))),
                 QStringLiteral("2026-12-23T23:59:00+01:00"));
        QVERIFY(!clock.isWorkingDay(clock.localDay(at("2026-12-25T12:00+01:00"))));
        QVERIFY(clock.isWorkingDay(clock.localDay(at("2026-12-28T00:00+01:00"))));
        // A local date, not a UTC one: 00:30 on Saturday in Oslo is Friday in UTC.
        QVERIFY(!clock.isWorkingDay(clock.localDay(at("2026-12-12T00:30+01:00"))));
    }
};

QTEST_GUILESS_MAIN(TestZoneClock)
#include "tst_zoneclock.moc"
