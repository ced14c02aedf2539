// SPDX-License-Identifier: MIT
// Versions of sequences in the library (../shared/spec/sequence-diff.md, section 1): every save,
// activation and deactivation appends an immutable version with its change counted; autosave
// does not; delete deletes them; a replacing import keeps the old ones; export writes the
// current sequence only; restore saves an old version as a new one; and a library from before
// versions upgrades through the production open path, its sequences keeping their content as
// version 1.
#include "../library/fixtures.h"
#include "../library/testfiles.h"
#include "library/activation.h"
#include "library/recovery.h"
#include "library/sequencestore.h"
#include "library/transfer.h"
#include "library/versionstore.h"
#include "profile.h"
#include "sequencediff.h"
#include "sequencefile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using lt::rawScalar;

namespace {

QList<VersionInfo> versionsOf(Library &lib, const QString &id)
{
    const StoreResult<QList<VersionInfo>> r = VersionStore(lib).list(id);
    return r ? r.value : QList<VersionInfo>();
}

Sequence contentOf(Library &lib, const QString &id, int number)
{
    return VersionStore(lib).get(id, number).value.sequence;
}

} // namespace

class TestLibraryVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_lib;
    int m_count = 0;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_count));
        m_lib = lt::openLibrary(m_path);
        QVERIFY(m_lib);
    }
    void cleanup() { m_lib.reset(); }

    void everySaveAppendsAVersion()
    {
        SequenceStore store(*m_lib);
        const SequenceRecord created = store.create(lt::simple("Nurture", 3)).value;
        const QString id = created.sequence.id;
        Sequence s = created.sequence;
        s.rename(QStringLiteral("s1"), QStringLiteral("Call again"));
        QVERIFY(store.save(s, std::nullopt, QStringLiteral("Renamed a step")));
        Step task = lt::step(QStringLiteral("extra"), QStringLiteral("task"));
        QVERIFY(s.insertStep({QStringLiteral("s2"), Branch::Next}, task));
        s.name = QStringLiteral("Nurture 2");
        QVERIFY(store.save(s));

        const QList<VersionInfo> v = versionsOf(*m_lib, id);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[0].number, 1);
        QCOMPARE(v[0].kind, VersionKind::Created);
        QCOMPARE(v[1].number, 2);
        QCOMPARE(v[1].note, QStringLiteral("Renamed a step"));
        QCOMPARE(v[1].changed, 1);
        QCOMPARE(v[2].added, 1);
        QCOMPARE(v[2].properties, QStringList{QStringLiteral("name")});
        QCOMPARE(v[2].author, m_lib->user());
        QVERIFY(v[2].savedAt.isValid());
        QCOMPARE(v[2].summary(), QStringLiteral("+1 step(s), name"));
        // Each version holds the sequence as it was saved then.
        QCOMPARE(contentOf(*m_lib, id, 1), created.sequence);
        QCOMPARE(contentOf(*m_lib, id, 3), s);
        QCOMPARE(contentOf(*m_lib, id, 0), s);
        QVERIFY(compareSequences(contentOf(*m_lib, id, 1), contentOf(*m_lib, id, 2)).size() == 1);
        QCOMPARE(VersionStore(*m_lib).get(id, 4).status.error, StoreError::NotFound);
        QCOMPARE(VersionStore(*m_lib).get(QStringLiteral("nope"), 1).status.error,
                 StoreError::NotFound);
    }

    // The newest version's note can be added or changed after the save; older ones keep theirs.
    void noteOfTheNewestVersion()
    {
        SequenceStore store(*m_lib);
        VersionStore versions(*m_lib);
        Sequence s = store.create(lt::simple("Noted", 3)).value.sequence;
        s.description = QStringLiteral("First");
        QVERIFY(store.save(s, std::nullopt, QStringLiteral("Typed before saving")));
        s.description = QStringLiteral("Second");
        QVERIFY(store.save(s));
        const StoreResult<int> noted =
            versions.setNewestNote(s.id, QStringLiteral("  Added after saving "));
        QVERIFY2(noted, qPrintable(noted.message()));
        QCOMPARE(noted.value, 3);
        QList<VersionInfo> v = versionsOf(*m_lib, s.id);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[2].note, QStringLiteral("Added after saving"));
        QCOMPARE(v[1].note, QStringLiteral("Typed before saving"));
        QCOMPARE(contentOf(*m_lib, s.id, 3), s); // the note only
        QVERIFY(versions.setNewestNote(s.id, {}));
        QCOMPARE(versionsOf(*m_lib, s.id)[2].note, QString());
        QCOMPARE(versions.setNewestNote(QStringLiteral("nope"), QStringLiteral("x")).status.error,
                 StoreError::NotFound);
        // The next save counts against the noted version as before.
        s.name = QStringLiteral("Noted 2");
        QVERIFY(store.save(s));
        v = versionsOf(*m_lib, s.id);
        QCOMPARE(v.size(), 4);
        QCOMPARE(v[3].properties, QStringList{QStringLiteral("name")});
    }

    void activationIsAVersionComparingEqual()
    {
        SequenceStore store(*m_lib);
        const QString id = store.create(lt::simple("Calls", 3)).value.sequence.id;
        Activation activation(*m_lib);
        QVERIFY(activation.activate(id, Profile::defaultProfile()));
        QVERIFY(activation.deactivate(id));
        const QList<VersionInfo> v = versionsOf(*m_lib, id);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[1].kind, VersionKind::Activated);
        QCOMPARE(v[1].shownNote(), QStringLiteral("Activated"));
        QCOMPARE(v[2].kind, VersionKind::Deactivated);
        QCOMPARE(v[2].shownNote(), QStringLiteral("Deactivated"));
        QCOMPARE(contentOf(*m_lib, id, 2).status, Status::Active);
        QVERIFY(compareSequences(contentOf(*m_lib, id, 1), contentOf(*m_lib, id, 2)).isEmpty());
        QVERIFY(compareSequences(contentOf(*m_lib, id, 2), contentOf(*m_lib, id, 3)).isEmpty());
        // A refused activation is no version.
        Sequence broken = store.get(id).value.sequence;
        Step wait = lt::step(QStringLiteral("w"), QStringLiteral("wait"),
                             QJsonObject{{"days", 1}, {"hours", 0}});
        QVERIFY(broken.insertStep({QStringLiteral("s2"), Branch::Next}, wait));
        QVERIFY(store.save(broken));
        QVERIFY(!activation.activate(id, Profile::defaultProfile()));
        QCOMPARE(versionsOf(*m_lib, id).size(), 4);
    }

    void autosaveIsNoVersion()
    {
        SequenceStore store(*m_lib);
        const SequenceRecord saved = store.create(lt::simple("Draft", 3)).value;
        RecoveryWriter writer(*m_lib, saved);
        Sequence draft = saved.sequence;
        draft.rename(QStringLiteral("s0"), QStringLiteral("Unsaved"));
        QVERIFY(writer.write(draft));
        QCOMPARE(versionsOf(*m_lib, saved.sequence.id).size(), 1);
    }

    void deleteDeletesVersions()
    {
        SequenceStore store(*m_lib);
        const QString id = store.create(lt::simple("Gone", 3)).value.sequence.id;
        const QString kept = store.create(lt::simple("Kept", 3)).value.sequence.id;
        QVERIFY(store.save(store.get(id).value.sequence));
        QCOMPARE(rawScalar(m_path, "SELECT count(*) FROM sequence_versions"), 3);
        QVERIFY(store.remove(id));
        QCOMPARE(rawScalar(m_path, "SELECT count(*) FROM sequence_versions"), 1);
        QCOMPARE(versionsOf(*m_lib, kept).size(), 1);
        QCOMPARE(VersionStore(*m_lib).list(id).status.error, StoreError::NotFound);
    }

    void replacingImportKeepsVersionsAndExportWritesCurrent()
    {
        SequenceStore store(*m_lib);
        Sequence s = store.create(lt::simple("Imported", 3)).value.sequence;
        const QString id = s.id;
        Sequence newer = s;
        newer.name = QStringLiteral("Imported again");
        ImportOptions options;
        options.onConflict = IdConflict::Replace;
        QVERIFY(Transfer(*m_lib).importSequences({newer}, options));
        const QList<VersionInfo> v = versionsOf(*m_lib, id);
        QCOMPARE(v.size(), 2);
        QCOMPARE(v[1].kind, VersionKind::Imported);
        QCOMPARE(v[1].properties, QStringList{QStringLiteral("name")});
        QCOMPARE(contentOf(*m_lib, id, 1).name, QStringLiteral("Imported"));

        const QString file = m_dir.filePath("export.sequence.json");
        QVERIFY(Transfer(*m_lib).exportFile({id}, file));
        const ReadResult read = readSequenceFile(file);
        QCOMPARE(read.sequences.size(), 1);
        QCOMPARE(read.sequences.first().name, QStringLiteral("Imported again"));
    }

    void restoreSavesTheOldVersionAsNew()
    {
        SequenceStore store(*m_lib);
        const Sequence first = store.create(lt::simple("Restore me", 3)).value.sequence;
        Sequence s = first;
        for (int i = 0; i < 2; ++i) {
            s.rename(QStringLiteral("s0"), QStringLiteral("Edit %1").arg(i));
            QVERIFY(store.save(s));
        }
        const StoreResult<int> restored = VersionStore(*m_lib).restore(first.id, 1);
        QVERIFY2(restored, qPrintable(restored.message()));
        QCOMPARE(restored.value, 4);
        QCOMPARE(contentOf(*m_lib, first.id, 4), first);
        QCOMPARE(store.get(first.id).value.sequence, first);
        QVERIFY(versionsOf(*m_lib, first.id).last().note.contains(QStringLiteral("1")));
        QCOMPARE(versionsOf(*m_lib, first.id).size(), 4);
    }

    // Another program's save in between: the counts compare with what is stored, not with what
    // this program saved last.
    void twoProgramsCountAgainstTheStoredVersion()
    {
        std::unique_ptr<Library> other = lt::openLibrary(m_path);
        QVERIFY(other);
        SequenceStore mine(*m_lib);
        SequenceStore theirs(*other);
        Sequence s = mine.create(lt::simple("Shared", 3)).value.sequence;
        Sequence t = s;
        t.name = QStringLiteral("Theirs");
        QVERIFY(theirs.save(t));
        s.description = QStringLiteral("Mine");
        QVERIFY(mine.save(s));
        const QList<VersionInfo> v = versionsOf(*m_lib, s.id);
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[2].properties,
                 (QStringList{QStringLiteral("description"), QStringLiteral("name")}));
    }

    // The checked-in library of schema 1 through the production open path: each sequence's
    // stored content is its version 1, and the first save after the upgrade is version 2.
    void upgradeFromVersion1Library()
    {
        if (lt::onTeamStore())
            QSKIP("a file of schema 1 is an SQLite library's history");
        m_lib.reset();
        const QString path = m_dir.filePath("old.sqlite");
        QVERIFY(QFile::copy(SD_TEST_DATA "/library/v1.sqlite", path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(rawScalar(path, "PRAGMA user_version"), 1);
        OpenResult r = Library::open(path);
        QVERIFY2(r, qPrintable(r.message));
        QCOMPARE(r.upgradedFrom, 1);
        Library &lib = *r.library;
        const QString id = lt::rich().id;
        const SequenceRecord before = SequenceStore(lib).get(id).value;

        QList<VersionInfo> v = versionsOf(lib, id);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].kind, VersionKind::Earlier);
        QCOMPARE(v[0].author, QStringLiteral("fixture"));
        QCOMPARE(contentOf(lib, id, 1), before.sequence);
        QCOMPARE(contentOf(lib, id, 0), before.sequence);
        // A note on it writes the stored content as version 1, with the note.
        QCOMPARE(VersionStore(lib).setNewestNote(id, QStringLiteral("Upgraded")).value, 1);
        v = versionsOf(lib, id);
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].note, QStringLiteral("Upgraded"));
        QCOMPARE(v[0].kind, VersionKind::Earlier);
        QCOMPARE(contentOf(lib, id, 1), before.sequence);

        Sequence edited = before.sequence;
        edited.description = QStringLiteral("After the upgrade");
        QVERIFY(SequenceStore(lib).save(edited));
        v = versionsOf(lib, id);
        QCOMPARE(v.size(), 2);
        QCOMPARE(v[0].kind, VersionKind::Earlier);
        QCOMPARE(v[0].note, QStringLiteral("Upgraded"));
        QCOMPARE(v[0].savedAt, before.modified);
        QCOMPARE(v[1].properties, QStringList{QStringLiteral("description")});
        QCOMPARE(contentOf(lib, id, 1), before.sequence);
        QCOMPARE(contentOf(lib, id, 2), edited);
        QCOMPARE(lib.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestLibraryVersions)
#include "tst_libraryversions.moc"
