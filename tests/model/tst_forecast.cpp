// SPDX-License-Identifier: MIT
// The forecast's CSV reader and its counts per local date, by step type and by owner (spec
// sequence-simulation.md section 6), against counts worked out by hand.
#include "simulation/csvreader.h"
#include "simulation/forecast.h"
#include "simulationtestutil.h"

using namespace sd;

namespace {

QList<QStringList> readAll(const QByteArray &csv, QString *error, QList<int> *lines = nullptr)
{
    CsvReader reader(csv);
    QList<QStringList> rows;
    QStringList fields;
    int line = 0;
    while (reader.next(&fields, &line)) {
        rows.append(fields);
        if (lines)
            lines->append(line);
    }
    *error = reader.error();
    return rows;
}

// p1 phoneCall → w1 wait 1 day → t1 task → e1 automated email; exit on reply is off.
Sequence callWaitTask(const QByteArray &assignment = R"({"to": "recordOwner"})")
{
    Sequence s = simtest::sequence(R"([{"id": "p1", "type": "phoneCall", "next": "w1"},
        {"id": "w1", "type": "wait", "params": {"days": 1}, "next": "t1"},
        {"id": "t1", "type": "task", "next": "e1"},
        {"id": "e1", "type": "automatedEmail"}])",
                                   R"({"skipNonWorkingDays": true})");
    const QJsonObject a = QJsonDocument::fromJson(assignment).object();
    s.assignment.to = *Assignment::fromKey(a.value("to").toString());
    s.assignment.field = a.value("field").toString();
    return s;
}

QString summary(const ForecastResult &r)
{
    QStringList out;
    for (auto it = r.days.cbegin(); it != r.days.cend(); ++it) {
        QStringList parts;
        for (auto t = it->byType.cbegin(); t != it->byType.cend(); ++t)
            parts.append(t.key() + u'=' + QString::number(t.value()));
        for (auto o = it->byOwner.cbegin(); o != it->byOwner.cend(); ++o)
            parts.append((o.key().isEmpty() ? QStringLiteral("-") : o.key()) + u'=' +
                         QString::number(o.value()));
        out.append(it.key().toString("MM-dd") + u' ' + QString::number(it->total) + u' ' +
                   parts.join(u' '));
    }
    return out.join(u'\n');
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private slots:
    void csv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("rows"); // records joined by '|', fields by '/'
        QTest::addColumn<QString>("error");
        QTest::newRow("commas") << QByteArray("a,b\n1,2\n") << "a/b|1/2"
                                << "";
        QTest::newRow("semicolons win") << QByteArray("a;b;c,d\n1;2;3,4\n") << "a/b/c,d|1/2/3,4"
                                        << "";
        QTest::newRow("a tie is a comma") << QByteArray("a;b,c\n") << "a;b/c"
                                          << "";
        QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"1,5\",2\n") << "a/b|1,5/2"
                                          << "";
        QTest::newRow("quoted quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << "a|say \"hi\""
                                      << "";
        QTest::newRow("embedded newline") << QByteArray("a,b\n\"x\ny\",z\n") << "a/b|x\ny/z"
                                          << "";
        QTest::newRow("CRLF and a BOM") << QByteArray("\xEF\xBB\xBF"
                                                      "a;b\r\n1;2\r\n")
                                        << "a/b|1/2"
                                        << "";
        QTest::newRow("no final newline") << QByteArray("a\n1") << "a|1"
                                          << "";
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n1\n\r\n2\n") << "a|1|2"
                                             << "";
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << "a/b/c|//"
                                      << "";
        QTest::newRow("UTF-8") << QByteArray("navn\nÅse Bjørk\n") << "navn|Åse Bjørk"
                               << "";
        QTest::newRow("unclosed quote") << QByteArray("a\n1\n\"open\n\nmore\n") << "a|1"
                                        << "Line 3:";
        QTest::newRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,2\n") << "a/b"
                                                    << "Line 2:";
        QTest::newRow("quote inside a field") << QByteArray("a\nab\"c\n") << "a"
                                              << "Line 2:";
        QTest::newRow("invalid UTF-8") << QByteArray("a\nok\n\xC3\x28\n") << "a|ok"
                                       << "Line 3:";
        QTest::newRow("line numbers count embedded newlines")
            << QByteArray("a,b\n\"x\ny\",1\nz,\"bad\"q\n") << "a/b|x\ny/1"
            << "Line 4:";
    }

    void csv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, rows);
        QFETCH(QString, error);
        QString problem;
        QStringList joined;
        for (const QStringList &r : readAll(csv, &problem))
            joined.append(r.join(u'/'));
        QCOMPARE(joined.join(u'|'), rows);
        if (error.isEmpty())
            QCOMPARE(problem, QString());
        else
            QVERIFY2(problem.startsWith(error), qPrintable(problem));
    }

    // Each record: p1 is due at its start (moved off weekends), t1 a working day later.
    void counts()
    {
        const Sequence sequence = callWaitTask();
        const ZoneClock clock(simtest::osloProfile().calendar);
        Forecast forecast(sequence, simtest::osloProfile(), clock);
        forecast.setStart(parseInstant("2026-12-07T09:00+01:00")); // Monday
        const ForecastResult r = forecast.run("companyname;ownerid;start;colour\n"
                                              "A;anna;;red\n"                        // Mon, Tue
                                              "B;bob;2026-12-11T10:00+01:00;\n"      // Fri, Mon
                                              "C;;2026-12-12T10:00+01:00;\n"         // Mon, Tue
                                              "\"D; E\";anna;2026-12-07T23:30Z;\n"); // Tue, Wed
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.records, 4);
        QCOMPARE(r.ignoredColumns, QStringList{"colour"});
        QCOMPARE(summary(r), QStringLiteral("12-07 1 phoneCall=1 anna=1\n"
                                            "12-08 2 phoneCall=1 task=1 anna=2\n"
                                            "12-09 1 task=1 anna=1\n"
                                            "12-11 1 phoneCall=1 bob=1\n"
                                            "12-14 2 phoneCall=1 task=1 -=1 bob=1\n"
                                            "12-15 1 task=1 -=1"));
        QCOMPARE(forecastToJson(r, sequence).value("records").toInt(), 4);
    }

    // Scenarios by name (an empty cell takes the first), typed field cells, owners by the
    // assignment's field.
    void scenariosAndOwners()
    {
        const Sequence sequence = callWaitTask(R"({"to": "recordField", "field": "ownerid"})");
        const ZoneClock clock(simtest::osloProfile().calendar);
        Forecast forecast(sequence, simtest::osloProfile(), clock);
        QCOMPARE(forecast.ownerColumn(), QStringLiteral("ownerid"));
        forecast.setScenarios(
            {{"late", simtest::scenario(R"("start": "2026-12-07T09:00+01:00",
                 "seller": {"completeAfter": {"days": 2}})")},
             {"prompt", simtest::scenario(R"("start": "2026-12-08T09:00+01:00")")}});
        const ForecastResult r = forecast.run("scenario,ownerid,revenue,visit,donotcall,rating\n"
                                              ",x,1.5,2026-01-02,TRUE,1\n"
                                              "prompt,y,,,false,\n");
        QVERIFY2(r.ok(), qPrintable(r.error));
        // late: p1 Mon 12-07 (done Wed), wait to Thu, t1 Thu 12-10; prompt: p1 Tue, t1 Wed.
        QCOMPARE(summary(r), QStringLiteral("12-07 1 phoneCall=1 x=1\n"
                                            "12-08 1 phoneCall=1 y=1\n"
                                            "12-09 1 task=1 y=1\n"
                                            "12-10 1 task=1 x=1"));

        Sequence team = callWaitTask(R"({"to": "owningTeam"})");
        QCOMPARE(Forecast(team, simtest::osloProfile(), clock).ownerColumn(),
                 QStringLiteral("owningteam"));
    }

    // The progress hook sees every record and can stop the run; the picker chooses the scenario
    // of a record without a scenario cell.
    void progressCancelAndPicker()
    {
        const Sequence sequence = callWaitTask();
        const ZoneClock clock(simtest::osloProfile().calendar);
        Forecast forecast(sequence, simtest::osloProfile(), clock);
        forecast.setStart(parseInstant("2026-12-07T09:00+01:00"));
        forecast.setScenarios(
            {{"prompt", simtest::scenario(R"("name": "prompt")")},
             {"late", simtest::scenario(R"("seller": {"completeAfter": {"days": 2}})")}});
        QList<qint64> seen;
        forecast.setProgress([&](qint64 records) {
            seen.append(records);
            return true;
        });
        forecast.setPicker([](qint64 record) { return record % 2; });
        const QByteArray csv = "ownerid\na\nb\nc\n";
        ForecastResult r = forecast.run(csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
        // a, c prompt: p1 Mon, t1 Tue; b late: p1 Mon (done Wed), t1 Thu.
        QCOMPARE(summary(r), QStringLiteral("12-07 3 phoneCall=3 a=1 b=1 c=1\n"
                                            "12-08 2 task=2 a=1 c=1\n"
                                            "12-10 1 task=1 b=1"));

        forecast.setProgress([](qint64 records) { return records < 2; });
        r = forecast.run(csv);
        QVERIFY(r.cancelled);
        QCOMPARE(r.records, 2);
        QVERIFY(r.days.isEmpty());
        r = forecast.runScenarios({simtest::scenario(R"("name": "a")"),
                                   simtest::scenario(R"("name": "b")"),
                                   simtest::scenario(R"("name": "c")")});
        QVERIFY(r.cancelled);
        QVERIFY(r.days.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("") << "empty";
        QTest::newRow("too few fields") << QByteArray("companyname,ownerid\nA\n") << "Line 2:";
        QTest::newRow("not a number") << QByteArray("revenue\n1,5\n") << "Line 2:";
        QTest::newRow("decimal comma")
            << QByteArray("revenue;x\n\"1,5\";\n") << "Line 2, column revenue";
        QTest::newRow("not a date") << QByteArray("visit\n02.01.2026\n") << "Line 2, column visit";
        QTest::newRow("not yes/no") << QByteArray("donotcall\nja\n") << "Line 2, column donotcall";
        QTest::newRow("not an option") << QByteArray("rating\n7\n") << "Line 2, column rating";
        QTest::newRow("unknown scenario") << QByteArray("scenario\nearly\n") << "Line 2:";
        QTest::newRow("bad start") << QByteArray("start\n2026-12-07\n") << "Line 2:";
        QTest::newRow("CSV error on line 3") << QByteArray("companyname\nA\n\"B\n") << "Line 3:";
    }

    void errors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        const Sequence sequence = callWaitTask();
        const ZoneClock clock(simtest::osloProfile().calendar);
        Forecast forecast(sequence, simtest::osloProfile(), clock);
        forecast.setStart(parseInstant("2026-12-07T09:00+01:00"));
        const ForecastResult r = forecast.run(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
    }

    void noStart()
    {
        const Sequence sequence = callWaitTask();
        const ZoneClock clock(simtest::osloProfile().calendar);
        const ForecastResult r =
            Forecast(sequence, simtest::osloProfile(), clock).run("companyname\nA\n");
        QVERIFY2(r.error.contains("Line 2") && r.error.contains("--start"), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
