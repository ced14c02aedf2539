// SPDX-License-Identifier: MIT
// The roles of a team library are in the database (teamroles.cpp): a seller's session, through
// the store or through plain SQL from any client, cannot change what the roles forbid. Runs on
// the pgcluster fixture's server (tests/library/pgcluster.sh).
#include "../library/fixtures.h"
#include "apprun.h"
#include "library/activation.h"
#include "library/recovery.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "profile.h"

#include <QTest>

using namespace sd;

namespace {

// Rows changed by `sql` in a session of `url`, or -1 when the server refused it.
int changed(const QString &url, const QByteArray &sql)
{
    PGconn *conn = PQconnectdb(url.toUtf8().constData());
    PGresult *r = PQexec(conn, sql.constData());
    const ExecStatusType s = PQresultStatus(r);
    int rows = -1;
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
        rows = QByteArray(PQcmdTuples(r)).toInt();
    PQclear(r);
    PQfinish(conn);
    return rows;
}

QString as(QString url, const char *user)
{
    return url.replace(QStringLiteral("sdadmin@"), QString::fromUtf8(user) + u'@');
}

// A new team library with its roles set up (`team init`) and each {user, role} granted; its
// owner's URL, or empty (with a warning) when a command failed.
QString teamWith(const QList<QPair<QString, QString>> &grants)
{
    const QString owner = lt::TeamDatabases::instance().create();
    if (!Library::open(owner))
        return {};
    QList<QStringList> commands{{"team", "init", "--library", owner}};
    for (const auto &[user, role] : grants)
        commands.append({"team", "grant", "--library", owner, user, role});
    for (const QStringList &args : commands) {
        const sd::test::Run r = sd::test::run(args);
        if (r.code != 0) {
            qWarning("%s: %s", qPrintable(args.join(' ')), qPrintable(r.err));
            return {};
        }
    }
    return owner;
}

} // namespace

class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!lt::onTeamStore())
            QSKIP("PostgreSQL's server programs are not installed (scripts/install-deps.sh)");
    }

    void sellerCannotChangeWhatTheRolesForbid()
    {
        const QString owner = teamWith({{"ann", "seller"}, {"max", "sequence_manager"}});
        QVERIFY(!owner.isEmpty());

        // Max, a sequence manager, makes one active and one inactive sequence.
        QString maxActive;
        QString maxDraft;
        {
            std::unique_ptr<Library> max = lt::openLibrary(as(owner, "max"));
            QVERIFY(max);
            QCOMPARE(max->user(), QStringLiteral("max"));
            SequenceStore store(*max);
            maxActive = store.create(lt::simple("Team call")).value.sequence.id;
            maxDraft = store.create(lt::simple("Team draft")).value.sequence.id;
            QVERIFY(Activation(*max).activate(maxActive, Profile::defaultProfile()));
        }

        // Ann, a seller, through the store: sees active sequences and her own, changes only
        // her own, and her active sequences count toward the 250.
        const QString ann = as(owner, "ann");
        {
            std::unique_ptr<Library> lib = lt::openLibrary(ann);
            QVERIFY(lib);
            SequenceStore store(*lib);
            const QString mine = store.create(lt::simple("Ann's follow up")).value.sequence.id;
            QVERIFY(!mine.isEmpty());
            QVERIFY(Activation(*lib).activate(mine, Profile::defaultProfile()));
            QCOMPARE(SequenceList(*lib).count().value, 2); // Team call and her own
            QCOMPARE(SequenceList(*lib).activeCount().value, 2);
            QCOMPARE(store.get(maxDraft).status.error, StoreError::NotFound);
            QCOMPARE(Activation(*lib).deactivate(maxActive).error, StoreError::Refused);
            QCOMPARE(store.rename(maxActive, "Mine now").error, StoreError::Refused);
            QCOMPARE(store.remove(maxActive).error, StoreError::Refused);
            QVERIFY(Activation(*lib).deactivate(mine));
            QVERIFY(store.remove(mine));
        }

        // Ann through plain SQL, as any other client would: every forbidden write is refused
        // or changes nothing.
        const QByteArray activeId = maxActive.toUtf8();
        const QByteArray maxSeq = QByteArray::number(
            lt::openLibrary(owner)->connection().scalar("SELECT max(seq) FROM sequences "
                                                        "WHERE owner = 'max'"));
        QCOMPARE(changed(ann, "UPDATE sequences SET name = 'hacked'"), 0);
        QCOMPARE(
            changed(ann, "UPDATE sequences SET status = 'inactive' WHERE id = '" + activeId + "'"),
            0);
        QCOMPARE(changed(ann, "DELETE FROM sequences"), 0);
        QCOMPARE(changed(ann, "UPDATE steps SET type = 'task'"), 0);
        QCOMPARE(changed(ann, "DELETE FROM steps"), 0);
        QCOMPARE(changed(ann, "DELETE FROM sequence_versions"), 0);
        QCOMPARE(changed(ann, "INSERT INTO steps (seq, position, step_id, type) VALUES (" + maxSeq +
                                  ", 99, 'x', 'task')"),
                 -1);
        QCOMPARE(changed(ann, "INSERT INTO sequences (id, name, record_type, created_at, "
                              "created_by, modified_at, modified_by, owner) VALUES ('x', 'x', "
                              "'lead', 0, 'ann', 0, 'ann', 'max')"),
                 -1);
        QCOMPARE(changed(ann, "UPDATE sequences SET owner = 'ann'"), 0);
        QCOMPARE(changed(ann, "INSERT INTO tags (name) VALUES ('Mine')"), -1);
        QCOMPARE(changed(ann, "UPDATE schema_version SET version = 1"), -1);
        QCOMPARE(changed(ann, "ALTER TABLE sequences DISABLE ROW LEVEL SECURITY"), -1);
        QCOMPARE(changed(ann, "DROP TABLE sequences CASCADE"), -1);
        QCOMPARE(changed(ann, "GRANT sequence_manager TO ann"), -1);

        // Nothing of Max's changed.
        std::unique_ptr<Library> check = lt::openLibrary(owner);
        const StoreResult<SequenceRecord> active = SequenceStore(*check).get(maxActive);
        QVERIFY(active);
        QCOMPARE(active.value.sequence.name, QStringLiteral("Team call"));
        QCOMPARE(active.value.sequence.status, Status::Active);
        QCOMPARE(active.value.sequence.steps().size(), 3);
        QCOMPARE(SequenceStore(*check).get(maxDraft).value.sequence.name,
                 QStringLiteral("Team draft"));
    }

    // Two managers editing one sequence each keep their own unsaved edits: neither sees,
    // restores or clears the other's, and a save clears only the saver's.
    void unsavedEditsArePerUser()
    {
        const QString owner = teamWith({{"max", "sequence_manager"}, {"eva", "sequence_manager"}});
        QVERIFY(!owner.isEmpty());
        std::unique_ptr<Library> max = lt::openLibrary(as(owner, "max"));
        std::unique_ptr<Library> eva = lt::openLibrary(as(owner, "eva"));
        QVERIFY(max && eva);
        const SequenceRecord made = SequenceStore(*max).create(lt::simple("Shared draft")).value;
        const QString id = made.sequence.id;
        RecoveryWriter maxWriter(*max, made);
        RecoveryWriter evaWriter(*eva, SequenceStore(*eva).get(id).value);
        Sequence maxEdit = made.sequence;
        maxEdit.name = "Max's edit";
        Sequence evaEdit = made.sequence;
        evaEdit.name = "Eva's edit";
        QVERIFY(maxWriter.write(maxEdit));
        QVERIFY(evaWriter.write(evaEdit));
        QCOMPARE(RecoveryStore(*max).list().value.size(), 1);
        QCOMPARE(RecoveryStore(*max).restore(id).value.name, QStringLiteral("Max's edit"));
        QCOMPARE(RecoveryStore(*eva).restore(id).value.name, QStringLiteral("Eva's edit"));

        // Eva saves: her edits leave the recovery area, Max's stay.
        QVERIFY(SequenceStore(*eva).save(evaEdit, made.version));
        QVERIFY(RecoveryStore(*eva).list().value.isEmpty());
        QCOMPARE(RecoveryStore(*max).restore(id).value.name, QStringLiteral("Max's edit"));
        QVERIFY(RecoveryStore(*max).list().value.first().stale());
        QVERIFY(RecoveryStore(*max).discard(id));
        QVERIFY(RecoveryStore(*max).list().value.isEmpty());
    }

    void rolesNeedATeamLibrary()
    {
        const sd::test::Run r = sd::test::run({"team", "init", "--library", "/tmp/x.sqlite"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("postgresql://"), qPrintable(r.err));
        const sd::test::Run unknown =
            sd::test::run({"team", "grant", "--library", lt::teamServer(), "ann", "superuser"});
        QCOMPARE(unknown.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
