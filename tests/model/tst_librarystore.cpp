// SPDX-License-Identifier: MIT
// The sequence store (get, create, save, clone, rename, delete), the list with its sorting,
// filters and search, and the tag manager, each on a temporary library.
#include "../library/fixtures.h"
#include "library/connection.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "library/tagstore.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace sd;

Q_DECLARE_METATYPE(sd::SortColumn)
Q_DECLARE_METATYPE(sd::StoreError)

namespace {

QStringList names(const QList<SequenceSummary> &rows)
{
    QStringList list;
    for (const SequenceSummary &r : rows)
        list.append(r.name);
    return list;
}

QStringList paths(const QList<Tag> &tags)
{
    QStringList list;
    for (const Tag &t : tags)
        list.append(t.path);
    return list;
}

qint64 tagId(TagStore &tags, const QString &path)
{
    for (const Tag &t : tags.tags().value) {
        if (t.path == path)
            return t.id;
    }
    return -1;
}

} // namespace

class TestLibraryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_count = 0;

private slots:
    void init()
    {
        m_lib = lt::openLibrary(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_count)));
        QVERIFY(m_lib);
        m_lib->setUser("tester");
    }
    void cleanup() { m_lib.reset(); }

    void createAndGetKeepEveryProperty()
    {
        SequenceStore store(*m_lib);
        const Sequence original = lt::rich();
        const StoreResult<SequenceRecord> made = store.create(original);
        QVERIFY2(made, qPrintable(made.message()));
        QVERIFY(made.value.sequence.id != original.id); // a new id
        QVERIFY(!QUuid::fromString(made.value.sequence.id).isNull());
        QCOMPARE(made.value.version, 1);
        QCOMPARE(made.value.createdBy, QStringLiteral("tester"));

        const StoreResult<SequenceRecord> got = store.get(made.value.sequence.id);
        QVERIFY(got);
        Sequence expected = original;
        expected.id = made.value.sequence.id;
        QCOMPARE(got.value.sequence, expected);
        QCOMPARE(got.value.version, 1);
        QCOMPARE(got.value.modifiedBy, QStringLiteral("tester"));
        QVERIFY(got.value.modified.isValid());
        QVERIFY(qAbs(got.value.modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void getUnknownIsNotFound()
    {
        const StoreResult<SequenceRecord> got = SequenceStore(*m_lib).get("nope");
        QCOMPARE(got.status.error, StoreError::NotFound);
        QVERIFY(got.message().contains("nope"));
    }

    void saveReplacesAndCountsVersions()
    {
        SequenceStore store(*m_lib);
        SequenceRecord r = store.create(lt::rich()).value;
        Sequence s = r.sequence;
        s.name = "Renamed in the designer";
        s.tags = {"Outbound"};
        QVERIFY(s.deleteStep("followup"));
        s.layout.insert("call", QPointF(3, 4));
        const StoreResult<SequenceRecord> saved = store.save(s, r.version);
        QVERIFY2(saved, qPrintable(saved.message()));
        QCOMPARE(saved.value.version, 2);
        QCOMPARE(store.get(s.id).value.sequence, s);
        QCOMPARE(store.get(s.id).value.version, 2);
        QCOMPARE(store.get(s.id).value.createdBy, QStringLiteral("tester"));

        // Saving on top of a version someone else replaced is refused.
        const StoreResult<SequenceRecord> stale = store.save(s, 1);
        QCOMPARE(stale.status.error, StoreError::Conflict);
        QCOMPARE(store.get(s.id).value.version, 2);
        // It says who saved and when (the time of day today), and the three ways on.
        const SequenceRecord theirs = store.get(s.id).value;
        QCOMPARE(
            stale.message(),
            QStringLiteral("Saved by %1 at %2: open theirs, save yours as a copy, or compare.")
                .arg(theirs.modifiedBy, QLocale().toString(theirs.modified.toLocalTime().time(),
                                                           QLocale::ShortFormat)));
    }

    // A save writes only the step rows that changed (sequencerows.cpp); whatever the edit, the
    // rows read back are the sequence saved.
    void saveOfEachKindOfEditReadsBack()
    {
        SequenceStore store(*m_lib);
        Sequence s = store.create(lt::simple(QStringLiteral("Rows"), 12)).value.sequence;
        s.layout.insert(QStringLiteral("s3"), QPointF(40, 80));
        const auto edit = [&](const char *what, const std::function<void(QList<Step> &)> &change) {
            QList<Step> steps = s.steps();
            change(steps);
            s.setSteps(steps);
            const StoreResult<SequenceRecord> saved = store.save(s);
            QVERIFY2(saved, qPrintable(saved.message()));
            QVERIFY2(store.get(s.id).value.sequence == s, what);
        };
        edit("rename", [](QList<Step> &st) { st[5].name = QStringLiteral("Renamed"); });
        edit("parameters", [](QList<Step> &st) { st[6].params["subject"] = "Hello"; });
        edit("description", [](QList<Step> &st) { st[0].description = QStringLiteral("First"); });
        edit("link", [](QList<Step> &st) { st[2].yes = QStringLiteral("s9"); });
        s.layout[QStringLiteral("s3")] = QPointF(41, 80); // the layout alone
        edit("layout moved", [](QList<Step> &) {});
        s.layout.remove(QStringLiteral("s3"));
        edit("layout removed", [](QList<Step> &) {});
        edit("inserted in the middle", [](QList<Step> &st) {
            st.insert(4, lt::step(QStringLiteral("extra"), QStringLiteral("task")));
        });
        edit("removed from the middle", [](QList<Step> &st) { st.removeAt(4); });
        edit("reordered", [](QList<Step> &st) { std::reverse(st.begin(), st.end()); });
        edit("appended", [](QList<Step> &st) {
            st.append(lt::step(QStringLiteral("tail"), QStringLiteral("task")));
            st.append(lt::step(QStringLiteral("tail2"), QStringLiteral("task")));
        });
        edit("shortened", [](QList<Step> &st) { st.remove(st.size() - 2, 2); });
        edit("emptied", [&](QList<Step> &st) {
            st.clear();
            s.start.clear();
        });
    }

    // Parameters the rows hold damaged are written afresh by the next save of what was read
    // (they are not taken as what the sequence holds).
    void saveRewritesDamagedParameters()
    {
        SequenceStore store(*m_lib);
        Sequence made = lt::simple(QStringLiteral("Damaged"), 3);
        QList<Step> steps = made.steps();
        steps[1].params["subject"] = "Kept";
        made.setSteps(steps);
        const QString id = store.create(made).value.sequence.id;
        lt::exec(*m_lib, "UPDATE steps SET params = '[1, 2' WHERE position = 1");
        const StoreResult<SequenceRecord> read = store.get(id);
        QVERIFY(read.value.damagedParams.contains(QStringLiteral("s1")));
        QVERIFY(store.save(read.value.sequence));
        QVERIFY(store.get(id).value.damagedParams.isEmpty());
    }

    void saveRefusals_data()
    {
        QTest::addColumn<Sequence>("sequence");
        QTest::addColumn<StoreError>("error");
        Sequence empty = lt::rich();
        empty.name = "   ";
        QTest::newRow("blank name") << empty << StoreError::Invalid;
        Sequence longName = lt::rich();
        longName.name = QString(161, u'x');
        QTest::newRow("name over 160") << longName << StoreError::Invalid;
        Sequence longDescription = lt::rich();
        longDescription.description = QString(2001, u'x');
        QTest::newRow("description over 2,000") << longDescription << StoreError::Invalid;
        Sequence badTag = lt::rich();
        badTag.tags = {"A/B/C/D/E"};
        QTest::newRow("tag of 5 levels") << badTag << StoreError::Invalid;
        badTag.tags = {"A//B"};
        QTest::newRow("empty tag level") << badTag << StoreError::Invalid;
        Sequence dangling = lt::rich();
        QList<Step> steps = dangling.steps();
        steps[0].next = "ghost";
        dangling.setSteps(steps);
        QTest::newRow("dangling link") << dangling << StoreError::Invalid;
        Sequence duplicate = lt::rich();
        duplicate.appendStep(lt::step("call", "task"));
        QTest::newRow("duplicate step id") << duplicate << StoreError::Invalid;
        Sequence badId = lt::rich();
        badId.appendStep(lt::step("has space", "task"));
        QTest::newRow("bad step id") << badId << StoreError::Invalid;
        Sequence badStart = lt::rich();
        badStart.start = "ghost";
        QTest::newRow("start names no step") << badStart << StoreError::Invalid;
        Sequence otherType = lt::rich();
        otherType.recordType = "contact";
        QTest::newRow("record type change") << otherType << StoreError::Invalid;
        Sequence gone = lt::rich();
        gone.id = "00000000-0000-4000-8000-000000000000";
        QTest::newRow("not in the library") << gone << StoreError::NotFound;
    }

    void saveRefusals()
    {
        QFETCH(Sequence, sequence);
        QFETCH(StoreError, error);
        SequenceStore store(*m_lib);
        const SequenceRecord stored = store.create(lt::rich()).value;
        if (sequence.id == lt::rich().id)
            sequence.id = stored.sequence.id;
        const StoreResult<SequenceRecord> r = store.save(sequence);
        QCOMPARE(r.status.error, error);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(store.get(stored.sequence.id).value.sequence, stored.sequence);
        QCOMPARE(store.get(stored.sequence.id).value.version, 1);
    }

    void cloneRenameRemove()
    {
        SequenceStore store(*m_lib);
        const SequenceRecord original = store.create(lt::rich()).value;
        const StoreResult<SequenceRecord> copy =
            store.clone(original.sequence.id, "Copy of webinar", "A copy.");
        QVERIFY(copy);
        QVERIFY(copy.value.sequence.id != original.sequence.id);
        Sequence expected = original.sequence;
        expected.id = copy.value.sequence.id;
        expected.name = "Copy of webinar";
        expected.description = "A copy.";
        QCOMPARE(store.get(expected.id).value.sequence, expected);

        QVERIFY(store.rename(expected.id, "Better name"));
        QCOMPARE(store.get(expected.id).value.sequence.name, QStringLiteral("Better name"));
        QCOMPARE(store.get(expected.id).value.version, 2);
        QCOMPARE(store.rename(expected.id, "").error, StoreError::Invalid);
        QCOMPARE(store.rename("nope", "x").error, StoreError::NotFound);

        QVERIFY(store.remove(original.sequence.id));
        QCOMPARE(store.get(original.sequence.id).status.error, StoreError::NotFound);
        QCOMPARE(store.remove(original.sequence.id).error, StoreError::NotFound);
        QCOMPARE(SequenceList(*m_lib).count().value, 1);
        // The steps and tag links went with it.
        QCOMPARE(int(m_lib->connection().scalar("SELECT count(*) FROM steps")),
                 int(expected.stepCount()));
    }

    void listSortsByAnyColumn_data()
    {
        QTest::addColumn<SortColumn>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << SortColumn::Name << Qt::AscendingOrder
                              << QStringList{"alpha", "Bravo", "charlie"};
        QTest::newRow("name, descending")
            << SortColumn::Name << Qt::DescendingOrder << QStringList{"charlie", "Bravo", "alpha"};
        QTest::newRow("steps") << SortColumn::Steps << Qt::AscendingOrder
                               << QStringList{"Bravo", "charlie", "alpha"};
        QTest::newRow("record type") << SortColumn::RecordType << Qt::AscendingOrder
                                     << QStringList{"charlie", "alpha", "Bravo"};
        QTest::newRow("status") << SortColumn::Status << Qt::AscendingOrder
                                << QStringList{"alpha", "charlie", "Bravo"};
        QTest::newRow("modified") << SortColumn::Modified << Qt::AscendingOrder
                                  << QStringList{"alpha", "Bravo", "charlie"};
        QTest::newRow("created, descending") << SortColumn::Created << Qt::DescendingOrder
                                             << QStringList{"charlie", "Bravo", "alpha"};
        QTest::newRow("description") << SortColumn::Description << Qt::AscendingOrder
                                     << QStringList{"charlie", "Bravo", "alpha"};
        QTest::newRow("tags") << SortColumn::Tags << Qt::AscendingOrder
                              << QStringList{"charlie", "alpha", "Bravo"};
    }

    void listSortsByAnyColumn()
    {
        QFETCH(SortColumn, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        SequenceStore store(*m_lib);
        Sequence a = lt::simple("alpha", 5, "lead");
        a.description = "z";
        a.tags = {"A"};
        Sequence b = lt::simple("Bravo", 1, "opportunity");
        b.description = "y";
        b.tags = {"B/x"};
        Sequence c = lt::simple("charlie", 3, "account");
        c.description = "x";
        for (const Sequence &s : {a, b, c}) {
            QVERIFY(store.create(s));
            QTest::qWait(2); // distinct timestamps
        }
        // Status: make alpha and charlie active by hand (activation has its own test).
        lt::exec(*m_lib,
                 "UPDATE sequences SET status = 'active' WHERE name IN ('alpha', 'charlie')");
        ListQuery q;
        q.sort = column;
        q.order = order;
        QCOMPARE(names(SequenceList(*m_lib).list(q).value), expected);
    }

    void listFiltersAndSearches()
    {
        SequenceStore store(*m_lib);
        Sequence a = lt::simple("Webinar follow up", 3, "lead");
        a.description = "After the Ålesund event";
        a.tags = {"Inbound/Events/2024"};
        Sequence b = lt::simple("Cold outreach", 3, "contact");
        b.description = "First touch for new contacts";
        b.tags = {"Outbound"};
        Sequence c = lt::simple("Renewal", 3, "account");
        c.description = "Yearly renewal; mention the webinar recording";
        c.tags = {"Inbound"};
        Sequence d = lt::simple("Step names do not count", 3, "lead");
        QList<Step> steps = d.steps();
        steps[0].name = "webinar call";
        d.setSteps(steps);
        for (const Sequence &s : {a, b, c, d})
            QVERIFY(store.create(s));
        lt::exec(*m_lib, "UPDATE sequences SET status = 'active' WHERE name = 'Renewal'");
        SequenceList list(*m_lib);
        const auto found = [&](const ListQuery &q) { return names(list.list(q).value); };

        ListQuery q;
        q.search = "WEBINAR";
        QCOMPARE(found(q), (QStringList{"Renewal", "Webinar follow up"}));
        q.search = "ålesund";
        QCOMPARE(found(q), QStringList{"Webinar follow up"});
        q.search = "  renewal   webinar ";
        QCOMPARE(found(q), QStringList{"Renewal"});
        q.search = "100%";
        QCOMPARE(found(q), QStringList{});

        ListQuery byStatus;
        byStatus.status = Status::Active;
        QCOMPARE(found(byStatus), QStringList{"Renewal"});
        byStatus.status = Status::Inactive;
        QCOMPARE(found(byStatus).size(), 3);

        ListQuery byType;
        byType.recordType = "lead";
        QCOMPARE(found(byType), (QStringList{"Step names do not count", "Webinar follow up"}));

        ListQuery byTag;
        byTag.tag = "Inbound"; // and the tags below it
        QCOMPARE(found(byTag), (QStringList{"Renewal", "Webinar follow up"}));
        byTag.tag = "Inbound/Events";
        QCOMPARE(found(byTag), QStringList{"Webinar follow up"});
        byTag.tag = "Nowhere";
        QCOMPARE(found(byTag), QStringList{});

        ListQuery all;
        const QList<SequenceSummary> rows = list.list(all).value;
        QCOMPARE(rows.size(), 4);
        const SequenceSummary &webinar = rows.last();
        QCOMPARE(webinar.tags, QStringList{"Inbound/Events/2024"});
        QCOMPARE(webinar.steps, 3);
        QCOMPARE(webinar.recordType, QStringLiteral("lead"));
        QCOMPARE(list.activeCount().value, 1);
    }

    void stepCountIsActivitiesOnly()
    {
        SequenceStore store(*m_lib);
        QVERIFY(store.create(lt::rich()));
        // 6 steps: 4 activities, a wait and a condition (sequences-domain.md, section 6)
        QCOMPARE(SequenceList(*m_lib).list().value.first().steps, 4);
    }

    void tagsCreateRenameMoveDelete()
    {
        TagStore tags(*m_lib);
        QVERIFY(tags.create("Inbound/Events/2024"));
        QVERIFY(tags.create("Outbound"));
        QCOMPARE(paths(tags.tags().value),
                 (QStringList{"Inbound", "Inbound/Events", "Inbound/Events/2024", "Outbound"}));
        QCOMPARE(tags.create("A/B/C/D/E").status.error, StoreError::Invalid);
        QCOMPARE(tags.create("A/B").value.depth, 2);

        const qint64 events = tagId(tags, "Inbound/Events");
        QVERIFY(tags.rename(events, "Webinars"));
        QCOMPARE(tags.rename(events, "has/slash").error, StoreError::Invalid);
        QCOMPARE(tags.rename(tagId(tags, "Inbound"), "Outbound").error, StoreError::Conflict);
        QCOMPARE(paths(tags.tags().value), (QStringList{"A", "A/B", "Inbound", "Inbound/Webinars",
                                                        "Inbound/Webinars/2024", "Outbound"}));

        // Re-parent: under Outbound (depth 1 + 2 levels = 3) is fine; below itself is not; a
        // move that would make 5 levels is refused.
        const qint64 webinars = tagId(tags, "Inbound/Webinars");
        QVERIFY(tags.move(webinars, tagId(tags, "Outbound")));
        QCOMPARE(tags.move(tagId(tags, "Outbound"), webinars).error, StoreError::Invalid);
        QCOMPARE(tags.move(tagId(tags, "A"), tagId(tags, "Outbound/Webinars/2024")).error,
                 StoreError::Invalid);
        QVERIFY(tags.move(tagId(tags, "A/B"), tagId(tags, "Outbound/Webinars/2024")));
        QCOMPARE(paths(tags.tags().value),
                 (QStringList{"A", "Inbound", "Outbound", "Outbound/Webinars",
                              "Outbound/Webinars/2024", "Outbound/Webinars/2024/B"}));
        QVERIFY(tags.move(webinars, 0)); // back to the top level
        QCOMPARE(paths(tags.tags().value), (QStringList{"A", "Inbound", "Outbound", "Webinars",
                                                        "Webinars/2024", "Webinars/2024/B"}));
    }

    void deletingTagMovesChildrenUp()
    {
        SequenceStore store(*m_lib);
        Sequence s = lt::simple("Tagged");
        s.tags = {"Region/North/Oslo", "Region", "Oslo/Centre"};
        const QString id = store.create(s).value.sequence.id;
        TagStore tags(*m_lib);

        // Deleting "Region/North": Oslo moves up to Region/Oslo.
        QVERIFY(tags.remove(tagId(tags, "Region/North")));
        QCOMPARE(store.get(id).value.sequence.tags,
                 (QStringList{"Region/Oslo", "Region", "Oslo/Centre"}));
        // Deleting "Region": its sequences lose it, and Region/Oslo merges into the top-level
        // Oslo that already exists (with its child Centre).
        QVERIFY(tags.remove(tagId(tags, "Region")));
        QCOMPARE(store.get(id).value.sequence.tags, (QStringList{"Oslo", "Oslo/Centre"}));
        QCOMPARE(paths(tags.tags().value), (QStringList{"Oslo", "Oslo/Centre"}));
        QCOMPARE(tags.tags().value.first().sequenceCount, 1);
        QCOMPARE(tags.remove(9999).error, StoreError::NotFound);
    }

    void writeFailureComesBackAsStatus()
    {
        // A store method never throws: a damaged statement comes back as a status.
        lt::refuseWrites(*m_lib, true);
        const StoreResult<SequenceRecord> r = SequenceStore(*m_lib).create(lt::simple("x"));
        QVERIFY(!r);
        QCOMPARE(r.status.error, StoreError::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
