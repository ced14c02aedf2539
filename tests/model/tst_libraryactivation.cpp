// SPDX-License-Identifier: MIT
// Activation under the library rules of spec section 5: the validator's errors, at most 250
// active sequences (also with two processes activating at once), advanceToSequence targets.
#include "../library/fixtures.h"
#include "library/activation.h"
#include "library/connection.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "profile.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

QStringList codes(const Diagnostics &list)
{
    QStringList c;
    for (const Diagnostic &d : list)
        c.append(d.code);
    return c;
}

Sequence advancing(const QString &target, const QString &recordType = "lead")
{
    Sequence s = lt::simple("Hands over", 2, recordType);
    QList<Step> steps = s.steps();
    steps.last().next = "adv";
    steps.append(lt::step("adv", "advanceToSequence", {{"sequence", target}}));
    s.setSteps(steps);
    return s;
}

// Marks `count` new sequences active directly, to reach the limit quickly.
QStringList addActive(Library &lib, int count)
{
    SequenceStore store(lib);
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(
            store.create(lt::simple(QStringLiteral("Active %1").arg(i), 1)).value.sequence.id);
    lt::exec(lib, "UPDATE sequences SET status = 'active'");
    return ids;
}

} // namespace

class TestLibraryActivation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_count = 0;

    QString create(const Sequence &s) { return SequenceStore(*m_lib).create(s).value.sequence.id; }

private slots:
    void init()
    {
        m_lib = lt::openLibrary(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_count)));
        QVERIFY(m_lib);
    }
    void cleanup() { m_lib.reset(); }

    void activateAndDeactivate()
    {
        const QString id = create(lt::simple("Ready", 3));
        Activation activation(*m_lib);
        const ActivationResult r = activation.activate(id, Profile::defaultProfile());
        QVERIFY2(r, qPrintable(r.status.message + codes(r.diagnostics).join(',')));
        QVERIFY(r.changed);
        QCOMPARE(r.activeCount, 1);
        const SequenceRecord stored = SequenceStore(*m_lib).get(id).value;
        QCOMPARE(stored.sequence.status, Status::Active);
        QCOMPARE(stored.version, 2);

        const ActivationResult again = activation.activate(id, Profile::defaultProfile());
        QVERIFY(again);
        QVERIFY(!again.changed);

        // An active sequence cannot be saved; deactivate first.
        QCOMPARE(SequenceStore(*m_lib).save(stored.sequence).status.error, StoreError::Refused);
        QVERIFY(activation.deactivate(id));
        QCOMPARE(SequenceStore(*m_lib).get(id).value.sequence.status, Status::Inactive);
        QVERIFY(SequenceStore(*m_lib).save(stored.sequence));
        QCOMPARE(activation.deactivate("nope").error, StoreError::NotFound);
        QCOMPARE(activation.activate("nope", Profile::defaultProfile()).status.error,
                 StoreError::NotFound);
    }

    void validatorErrorsRefuse_data()
    {
        QTest::addColumn<Sequence>("sequence");
        QTest::addColumn<QString>("code");
        Sequence waitLast = lt::simple("Ends waiting", 2);
        QList<Step> steps = waitLast.steps();
        steps.last().next = "w";
        steps.append(lt::step("w", "wait", {{"days", 1}, {"hours", 0}}));
        waitLast.setSteps(steps);
        QTest::newRow("wait last") << waitLast << "rule.waitLast";
        QTest::newRow("no steps") << lt::simple("Empty", 0) << "graph.empty";
    }

    void validatorErrorsRefuse()
    {
        QFETCH(Sequence, sequence);
        QFETCH(QString, code);
        const QString id = create(sequence);
        const ActivationResult r = Activation(*m_lib).activate(id, Profile::defaultProfile());
        QCOMPARE(r.status.error, StoreError::Refused);
        QVERIFY2(codes(r.diagnostics).contains(code), qPrintable(codes(r.diagnostics).join(',')));
        for (const Diagnostic &d : r.diagnostics)
            QCOMPARE(d.sequenceId, id);
        QCOMPARE(SequenceStore(*m_lib).get(id).value.sequence.status, Status::Inactive);
        QCOMPARE(SequenceStore(*m_lib).get(id).value.version, 1);
    }

    void atMost250Active()
    {
        const QStringList active = addActive(*m_lib, maxActiveSequences);
        const QString id = create(lt::simple("One too many", 2));
        Activation activation(*m_lib);
        const ActivationResult r = activation.activate(id, Profile::defaultProfile());
        QCOMPARE(r.status.error, StoreError::Refused);
        QCOMPARE(codes(r.diagnostics), QStringList{"library.activeLimit"});
        const QString message = r.diagnostics.first().message;
        QVERIFY2(message.contains("250") && message.contains("Deactivate"), qPrintable(message));
        QCOMPARE(r.activeCount, 250);
        QCOMPARE(SequenceList(*m_lib).activeCount().value, 250);

        QVERIFY(activation.deactivate(active.first()));
        QVERIFY(activation.activate(id, Profile::defaultProfile()));
        QCOMPARE(SequenceList(*m_lib).activeCount().value, 250);
    }

    void advanceTargets_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("active, same record type") << "active-lead" << false << "";
        QTest::newRow("inactive") << "inactive-lead" << true << "not active";
        QTest::newRow("another record type") << "active-contact" << true << "contact";
        QTest::newRow("missing") << "00000000-0000-4000-8000-00000000dead" << true
                                 << "not in this library";
        QTest::newRow("itself") << "self" << true << "same sequence";
    }

    void advanceTargets()
    {
        QFETCH(QString, target);
        QFETCH(bool, refused);
        QFETCH(QString, mentions);
        QHash<QString, QString> ids{
            {"active-lead", create(lt::simple("Lead target", 1))},
            {"inactive-lead", create(lt::simple("Sleeping", 1))},
            {"active-contact", create(lt::simple("Contact target", 1, "contact"))}};
        lt::exec(*m_lib, "UPDATE sequences SET status = 'active' WHERE name LIKE '%target'");
        SequenceStore store(*m_lib);
        SequenceRecord handing = store.create(advancing("placeholder")).value;
        Sequence s = handing.sequence;
        QList<Step> steps = s.steps();
        steps.last().params["sequence"] = target == u"self" ? s.id : ids.value(target, target);
        s.setSteps(steps);
        QVERIFY(store.save(s));

        const ActivationResult r = Activation(*m_lib).activate(s.id, Profile::defaultProfile());
        QCOMPARE(!r.ok(), refused);
        if (refused) {
            QCOMPARE(codes(r.diagnostics), QStringList{"library.advanceTarget"});
            QCOMPARE(r.diagnostics.first().stepId, QStringLiteral("adv"));
            QVERIFY2(r.diagnostics.first().message.contains(mentions),
                     qPrintable(r.diagnostics.first().message));
        }
        // The designer can ask for the same findings without activating.
        const StoreResult<Diagnostics> preview = Activation(*m_lib).libraryDiagnostics(s);
        QVERIFY(preview);
        QCOMPARE(preview.value.isEmpty(), !refused);
    }

    // Two processes activate 15 sequences each at the same moment, with 240 already active:
    // exactly 10 succeed, and the library never holds more than 250 active sequences.
    void twoProcessesNeverPassTheLimit()
    {
        const QString path = m_lib->path();
        addActive(*m_lib, 240);
        QStringList candidates;
        for (int i = 0; i < 30; ++i)
            candidates.append(create(lt::simple(QStringLiteral("Candidate %1").arg(i), 2)));
        m_lib.reset();

        for (int round = 0; round < 3; ++round) {
            const QString start = QString::number(QDateTime::currentMSecsSinceEpoch() + 400);
            QStringList first{path, start};
            QStringList second{path, start};
            for (int i = 0; i < candidates.size(); ++i)
                (i % 2 ? second : first).append(candidates[i]);
            QProcess a;
            QProcess b;
            a.start(SD_ACTIVATOR, first);
            b.start(SD_ACTIVATOR, second);
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            QCOMPARE(a.exitCode(), 0);
            QCOMPARE(b.exitCode(), 0);
            int activated = 0;
            const QString output =
                QString::fromUtf8(a.readAllStandardOutput() + b.readAllStandardOutput());
            for (const QString &line : output.split('\n', Qt::SkipEmptyParts)) {
                if (line.startsWith("ok "))
                    ++activated;
                else
                    QVERIFY2(line.startsWith("refused ") && line.contains("library.activeLimit"),
                             qPrintable(line));
            }
            QCOMPARE(activated, 10);

            std::unique_ptr<Library> lib = lt::openLibrary(path);
            QCOMPARE(SequenceList(*lib).activeCount().value, 250);
            // Next round: the candidates inactive again.
            for (const QString &id : std::as_const(candidates))
                QVERIFY(Activation(*lib).deactivate(id));
        }
    }
};

QTEST_GUILESS_MAIN(TestLibraryActivation)
#include "tst_libraryactivation.moc"
