// SPDX-License-Identifier: MIT
// The program's command line (issue 14, item 6): `--help` and `--version` for the program and
// every command (exit 0, on stdout); an unknown command, a file to open that does not exist, an
// unknown option or an option without its value are said on stderr with exit 2, at once and
// without a display (`sequence-designer simulte x` used to open a window).
#include "apprun.h"

#include <QTemporaryDir>
#include <QTest>

using sd::test::Run;
using sd::test::run;

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void programHelpAndVersion()
    {
        Run r = run({"--language", "en", "--version"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("sequence-designer ")), qPrintable(r.out));
        r = run({"--language", "en", "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Commands: validate, list")));
        QVERIFY(r.out.contains(QStringLiteral("screenshot")));
        QCOMPARE(r.err, QString());
        r = run({"--language", "nb", "-h"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Kommandoer")), qPrintable(r.out));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command :
             {"validate", "list", "import", "export", "activate", "deactivate", "diff", "history",
              "simulate", "forecast", "screenshot", "team"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        // A folder of its own for the screenshot's window (Qt warns without one).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        const Run r = run({"--language", "en", command, "--help"}, env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: sequence-designer ") + command),
                 qPrintable(r.out + r.err));
        QCOMPARE(r.err, QString());
    }

    void wrongArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message"); // on stderr
        QTest::newRow("unknown command")
            << QStringList{"simulte", "x"}
            << QStringLiteral("simulte is neither a command nor a file");
        QTest::newRow("missing file") << QStringList{m_dir.filePath("gone.sequence.json")}
                                      << QStringLiteral("There is no file");
        QTest::newRow("one of the files missing")
            << QStringList{SD_TEST_DATA "/diff/ab-end-mode.json", m_dir.filePath("gone.json")}
            << QStringLiteral("There is no file");
        QTest::newRow("unknown program option")
            << QStringList{"--frobnicate"} << QStringLiteral("Unknown option --frobnicate.");
        QTest::newRow("command after an option")
            << QStringList{"--library", m_dir.filePath("l.sqlite"), "list"}
            << QStringLiteral("Put the command first");
        QTest::newRow("unknown command option") << QStringList{"list", "--frobnicate"}
                                                << QStringLiteral("Unknown option --frobnicate.");
        QTest::newRow("value missing")
            << QStringList{"history", "--library"} << QStringLiteral("--library needs a value.");
        QTest::newRow("validate value missing")
            << QStringList{"validate", "--profile"} << QStringLiteral("--profile needs a value.");
        QTest::newRow("simulate twice")
            << QStringList{"simulate", "--start",          "2026-01-05T09:00",
                           "--start",  "2026-01-06T09:00", "x.json"}
            << QStringLiteral("--start is given twice");
        QTest::newRow("screenshot without --out")
            << QStringList{"screenshot"} << QStringLiteral("--out");
    }
    void wrongArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList{"--language", "en"} + args, {}, 10000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    // The options of a command may be written --option=value, as QCommandLineParser reads them.
    void optionWithEquals()
    {
        const Run r = run({"--language", "en", "history",
                           "--library=" + m_dir.filePath("none.sqlite"), "some-id"});
        QCOMPARE(r.code, 2); // the library does not exist: not a wrong option
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown option")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
