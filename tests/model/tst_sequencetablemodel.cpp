// SPDX-License-Identifier: MIT
// The home page grid's model: rows of the library, search in name and description only, sorting,
// filters, the duration column, and column order and widths remembered in the settings.
#include "../library/fixtures.h"
#include "filterchoice.h"
#include "library/activation.h"
#include "library/sequencestore.h"
#include "profile.h"
#include "sequencetablemodel.h"
#include "stepsummary.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

// A chain of `count` calls with a wait of `waitDays` days in the middle.
Sequence withWait(const QString &name, const QString &description, int waitDays)
{
    Sequence s = lt::simple(name, 3);
    s.description = description;
    QList<Step> steps = s.steps();
    steps[0].next = "w";
    steps.append(lt::step("w", "wait", {{"days", waitDays}, {"hours", 0}}, "s1"));
    s.setSteps(steps);
    return s;
}

} // namespace

class TestSequenceTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    QHash<QString, QString> m_ids; // name -> id

    QString cellText(const SequenceTableModel &m, int row, const QString &key) const
    {
        const int column = int(m.columnOrder().indexOf(key));
        return m.data(m.index(row, column)).toString();
    }
    QStringList column(const SequenceTableModel &m, const QString &key) const
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(cellText(m, r, key));
        return out;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("SequenceDesignerTests");
        QCoreApplication::setApplicationName("tst_sequencetablemodel");
        m_lib = lt::openLibrary(m_dir.filePath("library.sqlite"));
        QVERIFY(m_lib);
        m_lib->setUser("tester");
        SequenceStore store(*m_lib);
        auto add = [&](Sequence s) {
            const QString name = s.name;
            const StoreResult<SequenceRecord> made = store.create(std::move(s));
            QVERIFY2(made, qPrintable(made.message()));
            m_ids.insert(name, made.value.sequence.id);
        };
        add(withWait("Webinar follow up", "Thank attendees of the spring webinar", 2));
        add(withWait("Account renewal", "Renew contracts before they end", 10));
        Sequence tagged = lt::simple("Cold outreach", 5);
        tagged.description = "Prospecting by phone";
        tagged.tags = {"Outbound/Phone"};
        add(tagged);
        Sequence contact = lt::simple("Event invitation", 1, "contact");
        contact.description = "Invite contacts to the autumn event";
        add(contact);
        Activation activation(*m_lib);
        QVERIFY(activation.activate(m_ids["Cold outreach"], Profile::defaultProfile()));
    }

    void init() { QSettings().remove("home"); }

    void readsEveryRowWithItsColumns()
    {
        SequenceTableModel m;
        m.setLibrary(m_lib.get());
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.totalCount(), 4);
        QCOMPARE(m.columnCount(), 8);
        QCOMPARE(m.columnOrder(), SequenceTableModel::defaultColumns());
        QCOMPARE(column(m, "name"), QStringList({"Account renewal", "Cold outreach",
                                                 "Event invitation", "Webinar follow up"}));
        QCOMPARE(cellText(m, 1, "steps"), "5");
        QCOMPARE(cellText(m, 0, "steps"), "3"); // the wait is not counted
        QCOMPARE(cellText(m, 0, "duration"), durationText(10, 0));
        QCOMPARE(cellText(m, 3, "duration"), durationText(2, 0));
        QCOMPARE(cellText(m, 1, "duration"), "–");
        QCOMPARE(cellText(m, 1, "status"), "Active");
        QCOMPARE(cellText(m, 0, "status"), "Inactive");
        QCOMPARE(cellText(m, 2, "recordType"), "Contact");
        QCOMPARE(cellText(m, 1, "tags"), "Outbound/Phone");
        QCOMPARE(cellText(m, 0, "modifiedBy"), "tester");
        QVERIFY(!cellText(m, 0, "modified").isEmpty());
        QCOMPARE(m.idAt(1), m_ids["Cold outreach"]);
        QCOMPARE(m.rowOf(m_ids["Cold outreach"]), 1);
        const SequenceInfo row = m.rowData(1);
        QVERIFY(row.ok);
        QCOMPARE(row.id, m_ids["Cold outreach"]);
        QCOMPARE(row.name, QString("Cold outreach"));
        QCOMPARE(row.active, true);
        QVERIFY(!row.personal);
        QVERIFY(!m.rowData(-1).ok);
        QVERIFY(!m.rowData(m.rowCount()).ok);
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), "Name");
    }

    void searchMatchesNameAndDescriptionOnly_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << "renewal" << QStringList{"Account renewal"};
        QTest::newRow("description") << "SPRING" << QStringList{"Webinar follow up"};
        QTest::newRow("all words") << "event autumn" << QStringList{"Event invitation"};
        QTest::newRow("words anywhere") << "autumn renew" << QStringList{};
        QTest::newRow("not tags") << "outbound" << QStringList{};
        QTest::newRow("not record type") << "contact" << QStringList{"Event invitation"};
        QTest::newRow("empty") << "  "
                               << QStringList{"Account renewal", "Cold outreach",
                                              "Event invitation", "Webinar follow up"};
    }
    void searchMatchesNameAndDescriptionOnly()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        SequenceTableModel m;
        m.setLibrary(m_lib.get());
        m.setSearch(search);
        QCOMPARE(column(m, "name"), expected);
        QCOMPARE(m.totalCount(), 4);
    }

    void sortsByAnyColumn_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name desc") << "name" << false
                                   << QStringList{"Webinar follow up", "Event invitation",
                                                  "Cold outreach", "Account renewal"};
        QTest::newRow("steps") << "steps" << true
                               << QStringList{"Event invitation", "Account renewal",
                                              "Webinar follow up", "Cold outreach"};
        QTest::newRow("duration desc") << "duration" << false
                                       << QStringList{"Account renewal", "Webinar follow up",
                                                      "Cold outreach", "Event invitation"};
        QTest::newRow("status desc") << "status" << false
                                     << QStringList{"Cold outreach", "Account renewal",
                                                    "Event invitation", "Webinar follow up"};
        QTest::newRow("record type") << "recordType" << true
                                     << QStringList{"Event invitation", "Account renewal",
                                                    "Cold outreach", "Webinar follow up"};
    }
    void sortsByAnyColumn()
    {
        QFETCH(QString, key);
        QFETCH(bool, ascending);
        QFETCH(QStringList, expected);
        SequenceTableModel m;
        m.setLibrary(m_lib.get());
        m.setSort(key, ascending);
        QCOMPARE(column(m, "name"), expected);
        QCOMPARE(m.sortKey(), key);
    }

    void sortBySectionToggles()
    {
        SequenceTableModel m;
        m.setLibrary(m_lib.get());
        m.sortBySection(0); // already by name ascending: now descending
        QVERIFY(!m.sortAscending());
        QCOMPARE(cellText(m, 0, "name"), "Webinar follow up");
        m.sortBySection(2); // steps, ascending
        QCOMPARE(m.sortKey(), "steps");
        QVERIFY(m.sortAscending());
        SequenceTableModel again; // the sort is remembered
        QCOMPARE(again.sortKey(), "steps");
    }

    void filtersByStatusRecordTypeAndTag()
    {
        SequenceTableModel m;
        m.setLibrary(m_lib.get());
        QVERIFY(m.isFilterable("status") && m.isFilterable("tags") &&
                m.isFilterable("recordType") && !m.isFilterable("name"));
        m.setFilter("status", "active");
        QCOMPARE(column(m, "name"), QStringList{"Cold outreach"});
        QVERIFY(m.filtered());
        m.setFilter("status", "inactive");
        QCOMPARE(m.rowCount(), 3);
        m.setFilter("status", "");
        m.setFilter("recordType", "contact");
        QCOMPARE(column(m, "name"), QStringList{"Event invitation"});
        m.clearFilters();
        QVERIFY(!m.filtered());
        m.setFilter("tags", "Outbound"); // the tag and the tags below it
        QCOMPARE(column(m, "name"), QStringList{"Cold outreach"});
        m.setFilter("tags", "Outb");
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.filterChoices("status").size(), 2);
        QVERIFY(m.filterChoices("recordType").size() >= 4);
        QStringList tags;
        for (const QVariant &c : m.filterChoices("tags")) {
            QCOMPARE(c.metaType(), QMetaType::fromType<FilterChoice>());
            tags.append(c.value<FilterChoice>().value);
        }
        QCOMPARE(tags, QStringList({"Outbound", "Outbound/Phone"}));
        const FilterChoice active = m.filterChoices("status").first().value<FilterChoice>();
        QCOMPARE(active.value, QString("active"));
        QCOMPARE(active.text, QString("Active"));
    }

    void columnOrderAndWidthsAreRemembered()
    {
        {
            SequenceTableModel m;
            m.setLibrary(m_lib.get());
            m.moveColumn(4, 0); // status first
            QCOMPARE(m.columnKey(0), "status");
            QCOMPARE(m.columnKey(1), "name");
            QCOMPARE(cellText(m, 1, "status"), "Active");
            QCOMPARE(m.data(m.index(1, 0)).toString(), "Active");
            m.setColumnWidth(1, 420);
            m.setColumnWidth(2, 5); // clamped
        }
        SequenceTableModel m;
        QCOMPARE(m.columnKey(0), "status");
        QCOMPARE(m.columnWidth(1), 420);
        QCOMPARE(m.columnWidth(2), 60);
        m.resetColumns();
        QCOMPARE(m.columnOrder(), SequenceTableModel::defaultColumns());
        QCOMPARE(m.columnWidth(0), 300);
    }

    void unknownSettingsAreIgnored()
    {
        QSettings().setValue("home/columns", QStringList{"bogus", "tags", "tags"});
        QSettings().setValue("home/sort", "bogus");
        SequenceTableModel m;
        QCOMPARE(m.columnOrder().size(), 8);
        QCOMPARE(m.columnKey(0), "tags");
        QCOMPARE(m.sortKey(), "name");
    }

    void reloadsAfterAChange()
    {
        SequenceTableModel m;
        m.setLibrary(m_lib.get());
        SequenceStore store(*m_lib);
        const StoreResult<SequenceRecord> made = store.create(withWait("Zeta", "", 3));
        QVERIFY(made);
        m.reload();
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(cellText(m, 4, "duration"), durationText(3, 0));
        QVERIFY(store.remove(made.value.sequence.id));
        m.reload();
        QCOMPARE(m.rowCount(), 4);
    }
};

QTEST_MAIN(TestSequenceTableModel)
#include "tst_sequencetablemodel.moc"
