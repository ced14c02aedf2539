// SPDX-License-Identifier: MIT
// The home page grid driven like a user: search, sort by a header, filter from a header's menu,
// move and resize columns (remembered after a restart), open with Enter.
#include "homefixture.h"
#include "uitest.h"

#include <QAbstractItemModel>
#include <QSettings>

using namespace sd::uitest;

class TestHomeGrid : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // The text of a cell on screen (pooled delegates of the TableView are hidden).
    static QString cellText(const Window &w, int row, const QString &key)
    {
        const QString name = QStringLiteral("cell_%1_%2").arg(row).arg(key);
        QQuickItem *found = visibleItem(w.window()->contentItem(), name);
        return found ? found->property("display").toString() : QString();
    }
    static QQuickItem *visibleItem(QQuickItem *root, const QString &name)
    {
        if (!root->isVisible())
            return nullptr;
        if (root->objectName() == name)
            return root;
        for (QQuickItem *child : root->childItems()) {
            if (QQuickItem *found = visibleItem(child, name))
                return found;
        }
        return nullptr;
    }
    static QAbstractItemModel *model(const Window &w)
    {
        return qobject_cast<QAbstractItemModel *>(w.object("sequenceTableModel"));
    }

private slots:
    void initTestCase()
    {
        isolate();
        QGuiApplication::setApplicationName("tst_homegrid");
        QSettings().remove("home");
        m_path = m_dir.filePath("thirty.sqlite");
        QVERIFY(seedLibrary(m_path, 30));
    }

    void showsTheSequences()
    {
        Window w(m_path);
        QVERIFY(w.start());
        QVERIFY(w.waitFor("sequenceTable"));
        QCOMPARE(model(w)->rowCount(), 30);
        QTRY_COMPARE(cellText(w, 0, "name"), QStringLiteral("Sequence 01"));
        QCOMPARE(cellText(w, 0, "status"), QStringLiteral("Active"));
        w.shot("home-30");
    }

    void searchFiltersAsYouType()
    {
        Window w(m_path);
        QVERIFY(w.start());
        w.key(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.item("searchField")->hasActiveFocus());
        w.type("largest");
        QTRY_COMPARE(model(w)->rowCount(), 1); // in the description of Sequence 08
        QTRY_COMPARE(cellText(w, 0, "name"), QStringLiteral("Sequence 08"));
        w.retype("sequence 2");
        QTRY_COMPARE(model(w)->rowCount(), 12); // both words: 02, 12 and 20..29
        w.retype("events");                     // a tag, not in names or descriptions
        QTRY_COMPARE(model(w)->rowCount(), 0);
        QVERIFY(w.waitFor("emptyClearFilters"));
        QVERIFY(w.clickOn("emptyClearFilters"));
        QTRY_COMPARE(model(w)->rowCount(), 30);
    }

    void sortsWhenAHeaderIsClicked()
    {
        Window w(m_path);
        QVERIFY(w.start());
        QVERIFY(w.clickOn("header_name"));
        QTRY_COMPARE(cellText(w, 0, "name"), QStringLiteral("Sequence 30"));
        QVERIFY(w.clickOn("header_steps"));
        const QList<sd::SequenceSummary> rows = libraryRows(m_path);
        int fewest = rows[0].steps;
        for (const sd::SequenceSummary &r : rows)
            fewest = std::min(fewest, r.steps);
        QTRY_COMPARE(cellText(w, 0, "steps").toInt(), fewest);
        QVERIFY(w.clickOn("header_name")); // back to names, ascending
        QTRY_COMPARE(cellText(w, 0, "name"), QStringLiteral("Sequence 01"));
    }

    void filtersFromAHeaderMenu()
    {
        Window w(m_path);
        QVERIFY(w.start());
        QVERIFY(w.clickOn("filter_status"));
        QVERIFY(w.clickOn("filterChoice_active"));
        sd::ListQuery active;
        active.status = sd::Status::Active;
        const int expected = int(libraryRows(m_path, active).size());
        QCOMPARE(expected, 10);
        QTRY_COMPARE(model(w)->rowCount(), expected);
        QTRY_VERIFY(!visibleItem(w.window()->contentItem(), "filterChoice_active"));
        QVERIFY(w.clickOn("filter_tags"));
        QQuickItem *inbound = w.waitFor("filterChoice_Inbound");
        QVERIFY(inbound);
        QTRY_VERIFY(inbound->y() > 0); // laid out below "All"
        w.click(inbound);              // Inbound and Inbound/Web
        sd::ListQuery both = active;
        both.tag = "Inbound";
        QTRY_COMPARE(model(w)->rowCount(), int(libraryRows(m_path, both).size()));
        QVERIFY(w.clickOn("clearFilters"));
        QTRY_COMPARE(model(w)->rowCount(), 30);
    }

    void movedAndResizedColumnsAreRemembered()
    {
        QSettings().remove("home");
        {
            Window w(m_path);
            QVERIFY(w.start());
            QQuickItem *status = w.waitFor("header_status");
            QQuickItem *name = w.waitFor("header_name");
            QVERIFY(status && name);
            const QPoint to = w.centre(name) - QPoint(int(name->width() / 4), 0);
            w.drag(w.centre(status), to);
            QTRY_COMPARE(model(w)->headerData(0, Qt::Horizontal).toString(),
                         QStringLiteral("Status"));
            QQuickItem *edge = w.waitFor("resize_name");
            QVERIFY(edge);
            const int before = int(w.waitFor("header_name")->width());
            w.drag(w.centre(edge), w.centre(edge) + QPoint(80, 0));
            QTRY_VERIFY(w.waitFor("header_name")->width() >= before + 70);
            w.stop();
        }
        Window again(m_path);
        QVERIFY(again.start());
        QVERIFY(again.waitFor("sequenceTable"));
        QCOMPARE(model(again)->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Status"));
        QCOMPARE(model(again)->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QTRY_VERIFY(again.waitFor("header_name")->width() >= 370);
        QTRY_COMPARE(cellText(again, 0, "status"), QStringLiteral("Active"));
        QSettings().remove("home");
    }

    void enterOpensTheSelectedSequence()
    {
        Window w(m_path);
        QVERIFY(w.start());
        QQuickItem *cell = w.waitFor("cell_1_name");
        QVERIFY(cell);
        w.click(cell);
        w.key(Qt::Key_Down);
        w.key(Qt::Key_Return);
        QQuickItem *designer = w.waitFor("designerPage");
        QVERIFY(designer);
        QCOMPARE(designer->property("sequenceId").toString(), libraryRows(m_path)[2].id);
    }
};

QTEST_MAIN(TestHomeGrid)
#include "tst_homegrid.moc"
