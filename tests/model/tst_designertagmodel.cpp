// SPDX-License-Identifier: MIT
// The tag manager's model over TagStore: create, rename, nest up to four levels, move, delete
// with the children moving up, and "/" refused in a name.
#include "library/library.h"
#include "library/sequencestore.h"
#include "tagmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestTagModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_lib;
    int m_count = 0;

    qint64 idOf(const TagModel &model, const QString &path)
    {
        const int row = model.rowOfPath(path);
        return row < 0 ? -1 : model.data(model.index(row), TagModel::TagIdRole).toLongLong();
    }
    QStringList paths(const TagModel &model)
    {
        QStringList out;
        for (const Tag &t : model.tags())
            out.append(t.path);
        return out;
    }

private slots:
    void init()
    {
        OpenResult opened =
            Library::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_count)));
        QVERIFY(opened.library);
        m_lib = std::move(opened.library);
    }
    void cleanup() { m_lib.reset(); }

    void createsAndNestsUpToFourLevels()
    {
        TagModel model;
        model.setLibrary(m_lib.get());
        QCOMPARE(model.count(), 0);
        QSignalSpy counts(&model, &TagModel::countChanged);
        QVERIFY(model.create(0, "Inbound"));
        QVERIFY(model.create(idOf(model, "Inbound"), " Events "));
        QVERIFY(model.create(idOf(model, "Inbound/Events"), "Webinars"));
        QVERIFY(model.create(idOf(model, "Inbound/Events/Webinars"), "2024"));
        QCOMPARE(paths(model), (QStringList{"Inbound", "Inbound/Events", "Inbound/Events/Webinars",
                                            "Inbound/Events/Webinars/2024"}));
        QVERIFY(counts.count() >= 4);

        // A fifth level is refused, with the way out.
        QVERIFY(!model.create(idOf(model, "Inbound/Events/Webinars/2024"), "Spring"));
        QVERIFY2(model.error().contains("4 levels"), qPrintable(model.error()));
        QCOMPARE(model.count(), 4);

        QCOMPARE(model.data(model.index(0), TagModel::DepthRole).toInt(), 1);
        QCOMPARE(model.data(model.index(0), TagModel::HasChildrenRole).toBool(), true);
        QCOMPARE(model.data(model.index(3), TagModel::DepthRole).toInt(), 4);
        QCOMPARE(model.data(model.index(3), TagModel::HasChildrenRole).toBool(), false);
        QVERIFY(model.roleNames().values().contains("depth"));
    }

    // The tag manager's check boxes: a row's `tagged` follows the open sequence's tags.
    void taggedFollowsTheSequencesTags()
    {
        TagModel model;
        model.setLibrary(m_lib.get());
        QVERIFY(model.create(0, "Inbound"));
        QVERIFY(model.create(idOf(model, "Inbound"), "Events"));
        const auto tagged = [&model](const QString &path) {
            return model.data(model.index(model.rowOfPath(path)), TagModel::TaggedRole).toBool();
        };
        QVERIFY(!tagged("Inbound") && !tagged("Inbound/Events"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTagged({"Inbound/Events"});
        QVERIFY(!tagged("Inbound"));
        QVERIFY(tagged("Inbound/Events"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{TagModel::TaggedRole});
        QCOMPARE(model.roleNames().value(TagModel::TaggedRole), QByteArray("tagged"));
    }

    void refusesSlashAndEmptyNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("slash") << "In/bound"
                               << "/";
        QTest::newRow("only a slash") << "/"
                                      << "/";
        QTest::newRow("empty") << "  "
                               << "name";
        QTest::newRow("too long") << QString(101, u'x') << "100";
    }

    void refusesSlashAndEmptyNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        TagModel model;
        model.setLibrary(m_lib.get());
        QVERIFY(model.create(0, "Inbound"));
        QVERIFY(!model.create(0, name));
        QVERIFY2(model.error().contains(mentions), qPrintable(model.error()));
        QVERIFY(!model.rename(idOf(model, "Inbound"), name));
        QVERIFY(!TagModel::nameProblem(name).isEmpty());
        QCOMPARE(paths(model), QStringList{"Inbound"});
        QVERIFY(TagModel::nameProblem("Inbound events").isEmpty());
    }

    void renames()
    {
        TagModel model;
        model.setLibrary(m_lib.get());
        QVERIFY(model.create(0, "Inbound"));
        QVERIFY(model.create(idOf(model, "Inbound"), "Events"));
        QVERIFY(model.create(0, "Outbound"));
        QVERIFY(model.rename(idOf(model, "Inbound"), "Incoming"));
        QCOMPARE(paths(model), (QStringList{"Incoming", "Incoming/Events", "Outbound"}));
        QVERIFY(model.error().isEmpty());
        // A sibling of the same name is refused.
        QVERIFY(!model.rename(idOf(model, "Outbound"), "Incoming"));
        QVERIFY(!model.error().isEmpty());
        QVERIFY(!model.create(0, "Incoming"));
        QVERIFY(model.error().contains("already exists"));
    }

    void deleteMovesChildrenUp()
    {
        TagModel model;
        model.setLibrary(m_lib.get());
        QVERIFY(model.create(0, "Inbound"));
        QVERIFY(model.create(idOf(model, "Inbound"), "Events"));
        QVERIFY(model.create(idOf(model, "Inbound/Events"), "Webinars"));
        QVERIFY(model.create(idOf(model, "Inbound/Events"), "Fairs"));
        // A sequence tagged below the deleted tag keeps its tag, one level up.
        Sequence s;
        s.name = "Tagged";
        s.tags = {"Inbound/Events/Webinars", "Inbound/Events"};
        const auto made = SequenceStore(*m_lib).create(s);
        QVERIFY(made.ok());
        model.reload();
        QCOMPARE(
            model.data(model.index(model.rowOfPath("Inbound/Events")), TagModel::SequenceCountRole)
                .toInt(),
            1);

        QVERIFY(model.remove(idOf(model, "Inbound/Events")));
        QCOMPARE(paths(model), (QStringList{"Inbound", "Inbound/Fairs", "Inbound/Webinars"}));
        QCOMPARE(SequenceStore(*m_lib).get(made.value.sequence.id).value.sequence.tags,
                 QStringList{"Inbound/Webinars"});
        QCOMPARE(TagModel::pathsAfterRemove(s.tags, "Inbound/Events"),
                 QStringList{"Inbound/Webinars"});
    }

    void movesUnderAnotherParent()
    {
        TagModel model;
        model.setLibrary(m_lib.get());
        QVERIFY(model.create(0, "A"));
        QVERIFY(model.create(idOf(model, "A"), "B"));
        QVERIFY(model.create(0, "C"));
        QVERIFY(model.move(idOf(model, "C"), idOf(model, "A/B")));
        QCOMPARE(paths(model), (QStringList{"A", "A/B", "A/B/C"}));
        // Below itself: refused.
        QVERIFY(!model.move(idOf(model, "A"), idOf(model, "A/B/C")));
        QVERIFY(!model.error().isEmpty());
    }

    void pathsFollowRenames()
    {
        const QStringList tags{"Inbound", "Inbound/Events", "Outbound", "Inboundish"};
        QCOMPARE(TagModel::pathsAfterRename(tags, "Inbound", "Incoming"),
                 (QStringList{"Incoming", "Incoming/Events", "Outbound", "Inboundish"}));
        QCOMPARE(TagModel::pathsAfterRemove({"A", "A/B"}, "A"), QStringList{"B"});
    }

    void withoutLibraryEveryWriteSaysWhy()
    {
        TagModel model;
        QVERIFY(!model.create(0, "Inbound"));
        QVERIFY(model.error().contains("library"));
        QVERIFY(!model.remove(1));
        QVERIFY(!model.rename(1, "x"));
    }
};

QTEST_GUILESS_MAIN(TestTagModel)
#include "tst_designertagmodel.moc"
