// SPDX-License-Identifier: MIT
// The History panel, driven like a user: "History…" from a row's menu on the home page opens
// the designer with the panel; three saves add three versions; version 1 opens read-only on the
// canvas and nothing can be edited; back to the current version; restoring version 1 (after
// confirming) makes a new newest version equal to version 1. Screenshots in both languages.
#include "activationtest.h"
#include "language.h"
#include "library/versionstore.h"
#include "sequencediff.h"
#include "sequencefile.h"
#include "theme.h"
#include "versionhistory.h"
#include <QAccessible>

using namespace sd;
using namespace sd::uitest;

class TestHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { isolateInEnglish(); }

    void saveOpenRestore()
    {
        const QString path = m_dir.filePath("history.sqlite");
        QString id;
        {
            std::unique_ptr<Library> lib = std::move(Library::open(path).library);
            QVERIFY(lib);
            id = SequenceStore(*lib).create(validSequence("Webinar follow up")).value.sequence.id;
        }
        Window w(path);
        QVERIFY(w.start());

        // Home page: the row's menu, History…
        QQuickItem *cell = w.waitFor("cell_0_name");
        QVERIFY(cell);
        w.click(cell, Qt::RightButton);
        QVERIFY(w.waitFor("menuHistory"));
        w.shot("history-menu-en");
        QVERIFY(w.clickOn("menuHistory"));
        QTRY_VERIFY(currentDocument(w) && currentDocument(w)->loaded());
        SequenceDocument *doc = currentDocument(w);
        QTRY_VERIFY(onPage(w, "historyPanel"));
        QObject *history =
            findItem(currentPage(w), "historyPanel")->findChild<QObject *>("versionHistory");
        QVERIFY(history);
        QTRY_COMPARE(history->property("count").toInt(), 1);

        // Three saves, three more versions.
        QString task;
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(doc->renameStep("mail", QStringLiteral("Email %1").arg(i)));
            if (i == 2)
                QVERIFY(!(task = doc->insertStep("call", "next", "task")).isEmpty());
            if (i == 3) { // a note typed for this save; Ctrl+S straight from the field
                QVERIFY(w.clickOn("saveNoteField"));
                w.type(QStringLiteral("Renamed for the webinar"));
                QTRY_COMPARE(doc->saveNote(), QStringLiteral("Renamed for the webinar"));
            }
            w.key(Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(!doc->dirty());
            QTRY_COMPARE(history->property("count").toInt(), 1 + i);
        }
        // The note went to the newest version (listed first), and the field is empty again.
        const QModelIndex newest = qobject_cast<QAbstractItemModel *>(history)->index(0, 0);
        QCOMPARE(newest.data(VersionHistory::NoteRole).toString(),
                 QStringLiteral("Renamed for the webinar"));
        QCOMPARE(newest.siblingAtRow(1).data(VersionHistory::NoteRole).toString(), QString());
        QTRY_COMPARE(onPage(w, "saveNoteField")->property("text").toString(), QString());
        w.shot("history-panel-en");

        // The newest version's note, changed after the save from its row; version 3 keeps none.
        QVERIFY(w.clickOn("historyVersion_4"));
        QQuickItem *editNote = nullptr;
        QTRY_VERIFY((editNote = findItem(onPage(w, "historyVersion_4"), "editNoteButton")) &&
                    editNote->isVisible());
        QVERIFY(!findItem(onPage(w, "historyVersion_3"), "editNoteButton")->isVisible());
        w.click(editNote);
        QTRY_VERIFY(w.isOpen("versionNoteDialog"));
        QCOMPARE(w.item("versionNoteField")->property("text").toString(),
                 QStringLiteral("Renamed for the webinar"));
        QTRY_VERIFY(w.item("versionNoteField")->hasActiveFocus());
        w.retype(QStringLiteral("Ready for review"));
        w.shot("history-note-en");
        w.key(Qt::Key_Return);
        QTRY_VERIFY(!w.isOpen("versionNoteDialog"));
        QTRY_COMPARE(
            qobject_cast<QAbstractItemModel *>(history)->index(0, 0).data(VersionHistory::NoteRole),
            QVariant(QStringLiteral("Ready for review")));
        {
            std::unique_ptr<Library> lib = std::move(Library::open(path).library);
            const QList<VersionInfo> listed = VersionStore(*lib).list(id).value;
            QCOMPARE(listed.size(), 4);
            QCOMPARE(listed[3].note, QStringLiteral("Ready for review"));
            QCOMPARE(listed[2].note, QString());
        }

        // Version 1, read-only on the canvas.
        QVERIFY(w.clickOn("historyVersion_1"));
        QQuickItem *open = nullptr;
        QTRY_VERIFY((open = findItem(onPage(w, "historyVersion_1"), "openVersionButton")) &&
                    open->isVisible());
        w.click(open);
        QTRY_COMPARE(doc->viewedVersion(), 1);
        QVERIFY(doc->readOnly());
        QCOMPARE(doc->sequence().step("mail")->name, QString());
        QVERIFY(onPage(w, "readOnlyBanner"));
        QVERIFY(onPage(w, "currentVersionButton"));
        QVERIFY(!doc->renameStep("mail", QStringLiteral("Not allowed")));
        w.shot("history-version1-en");

        // The keyboard's way: Return opens the list's current version (numberAt its row).
        auto *versions = qobject_cast<VersionHistory *>(history);
        QCOMPARE(versions->numberAt(0), 4);
        QCOMPARE(versions->numberAt(2), 2);
        QCOMPARE(versions->numberAt(4), 0);
        QVERIFY(w.clickOn("historyVersion_2"));
        w.key(Qt::Key_Return);
        QTRY_COMPARE(doc->viewedVersion(), 2);

        // Versions 1 and 3 ticked and compared: the newer on the canvas, read-only, with marks.
        QVERIFY(w.clickOn("pickVersion_1"));
        QVERIFY(w.clickOn("pickVersion_3"));
        QVERIFY(w.clickOn("comparePickedButton"));
        QTRY_VERIFY(doc->comparison()->active());
        QCOMPARE(doc->viewedVersion(), 0);
        QVERIFY(doc->readOnly());
        QTRY_VERIFY(onPage(w, "comparePanel"));
        QVERIFY(!onPage(w, "historyPanel"));
        QCOMPARE(doc->comparison()->olderLabel(), QStringLiteral("version 1"));
        QCOMPARE(doc->comparison()->newerLabel(), QStringLiteral("version 3"));
        QCOMPARE(doc->comparison()->count(), 2); // + the task, mail renamed
        QQuickItem *mail = nullptr;
        QTRY_VERIFY((mail = onPage(w, "card_mail")));
        QCOMPARE(mail->property("changeMark").toMap().value("kinds").toStringList(),
                 QStringList{"changed"});
        QVERIFY(mail->property("changeMark")
                    .toMap()
                    .value("details")
                    .toString()
                    .contains(QStringLiteral("Name: (none) → \"Email 2\"")));
        QQuickItem *changedBadge = findItem(mail, "changeBadge_changed");
        QVERIFY(changedBadge && changedBadge->isVisible());
        QVERIFY(textsBelow(changedBadge).contains(QStringLiteral("Changed")));
        QQuickItem *added = nullptr;
        QTRY_VERIFY((added = onPage(w, "card_" + task)));
        QVERIFY(findItem(added, "changeBadge_added"));
        QVERIFY(!findItem(onPage(w, "card_call"), "changeBadge_changed"));
        // The list names each change with its kind's word first (a screen reader's only clue).
        QQuickItem *firstChange = nullptr;
        QTRY_VERIFY((firstChange = onPage(w, "change_0")));
        QAccessibleInterface *named = QAccessible::queryAccessibleInterface(firstChange);
        QVERIFY(named);
        QVERIFY2(named->text(QAccessible::Name).startsWith(QStringLiteral("Added: ")),
                 qPrintable(named->text(QAccessible::Name)));
        // F8 and Shift+F8 go through the changes, selecting each step; Escape closes.
        w.key(Qt::Key_F8);
        QTRY_COMPARE(doc->selectedId(), task);
        w.key(Qt::Key_F8);
        QTRY_COMPARE(doc->selectedId(), QStringLiteral("mail"));
        w.key(Qt::Key_F8, Qt::ShiftModifier);
        QTRY_COMPARE(doc->selectedId(), task);
        w.shot("history-compare-en");
        w.key(Qt::Key_Escape);
        QTRY_VERIFY(!doc->comparison()->active());

        // Back at the current version: editable again, with the last save's name.
        QTRY_COMPARE(doc->viewedVersion(), 0);
        QTRY_VERIFY(onPage(w, "historyPanel"));
        QVERIFY(!doc->readOnly());
        QCOMPARE(doc->sequence().step("mail")->name, QStringLiteral("Email 3"));

        // Restore version 1, after confirming: version 5 equals version 1.
        QVERIFY(w.clickOn("historyVersion_1"));
        QQuickItem *restore = nullptr;
        QTRY_VERIFY((restore = findItem(onPage(w, "historyVersion_1"), "restoreVersionButton")) &&
                    restore->isVisible());
        w.click(restore);
        QVERIFY(w.waitFor("confirmRestoreButton"));
        w.shot("history-restore-en");
        QVERIFY(w.clickOn("confirmRestoreButton"));
        QTRY_COMPARE(history->property("count").toInt(), 5);
        QTRY_COMPARE(doc->sequence().step("mail")->name, QString());
        {
            std::unique_ptr<Library> lib = std::move(Library::open(path).library);
            VersionStore versions(*lib);
            const SequenceVersion first = versions.get(id, 1).value;
            const SequenceVersion newest = versions.get(id, 0).value;
            QCOMPARE(newest.info.number, 5);
            QVERIFY(compareSequences(first.sequence, newest.sequence).isEmpty());
            QCOMPARE(newest.sequence, first.sequence);
        }

        // The same panel in Norwegian.
        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
        auto *language = w.engine()->singletonInstance<Language *>(typeId);
        QVERIFY(language);
        language->setCurrent(QStringLiteral("nb"));
        QTRY_COMPARE(Language::activeCode(), QStringLiteral("nb"));
        QTRY_COMPARE(onPage(w, "historyButton")->property("text").toString(),
                     QStringLiteral("Historikk"));
        QVERIFY(w.clickOn("historyVersion_2"));
        QTRY_VERIFY(
            textsBelow(onPage(w, "historyList")).contains(QStringLiteral("første versjon")));
        w.shot("history-panel-nb");
        Theme::setScheme(QStringLiteral("dark"));
        QTRY_VERIFY(Theme::dark());
        w.shot("history-panel-nb-dark");
        Theme::setScheme(QStringLiteral("system"));
        language->setCurrent(QStringLiteral("en"));
        w.stop();
    }

    // File ▸ Compare with file… (in the Edit menu): the webinar template as saved, against an
    // older file of it with a step more (a ghost), one less (added), a wait of other length
    // (changed) and two tasks in the other order (moved). Screenshots in both languages.
    void compareWithFile()
    {
        Sequence current =
            readSequenceFile(QStringLiteral(":/templates/webinar-follow-up.sequence.json"))
                .sequences.value(0);
        QVERIFY(current.stepCount() > 10);
        const QString path = m_dir.filePath("webinar.sqlite");
        {
            std::unique_ptr<Library> lib = std::move(Library::open(path).library);
            QVERIFY(lib);
            current = SequenceStore(*lib).create(current).value.sequence;
        }
        const QString file = m_dir.filePath("older.sequence.json");
        QVERIFY(writeOlderWebinar(current, file));

        Window w(path);
        QVERIFY(openDesigner(w, current.id));
        SequenceDocument *doc = currentDocument(w);
        QVERIFY(w.clickOn("editMenuButton"));
        QVERIFY(w.clickOn("compareFileMenuItem"));
        QObject *dialog = currentPage(w)->findChild<QObject *>("compareFileDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("visible").toBool());
        // The file chooser is Qt's; what its onAccepted does with the file is this call.
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QVERIFY(doc->compareWithFile(QUrl::fromLocalFile(file)));
        QVERIFY(doc->readOnly());
        QTRY_VERIFY(onPage(w, "comparePanel"));

        const QHash<QString, QString> expected{{"disqualify", "added"},
                                               {"wait-two-days", "changed"},
                                               {"qualify-lead", "moved"},
                                               {"book-demo", "moved"},
                                               {"extra-call", "removed"}};
        Comparison *comparison = doc->comparison();
        QCOMPARE(comparison->count(), int(expected.size()));
        for (int i = 0; i < comparison->count(); ++i) {
            comparison->setCurrentIndex(i); // selects and centres the step, as a click does
            const QString step = comparison->currentStep();
            QVERIFY2(expected.contains(step), qPrintable(step));
            QTRY_COMPARE(doc->selectedId(), step);
            QQuickItem *card = nullptr;
            QTRY_VERIFY((card = onPage(w, "card_" + step)));
            const QStringList kinds =
                card->property("changeMark").toMap().value("kinds").toStringList();
            QCOMPARE(kinds, QStringList{expected.value(step)});
            QQuickItem *badge = findItem(card, "changeBadge_" + expected.value(step));
            QVERIFY2(badge && badge->isVisible(), qPrintable(step));
        }
        comparison->setCurrentIndex(0); // the added step
        QTRY_COMPARE(doc->selectedId(), QStringLiteral("disqualify"));
        w.shot("compare-webinar-added-en");
        comparison->setCurrentIndex(2); // the changed wait, with its days old → new
        QTRY_VERIFY(textsBelow(onPage(w, "changeList")).contains(QStringLiteral("Days: 3 → 2")));
        w.shot("compare-webinar-changed-en");
        comparison->setCurrentIndex(1); // the ghost, beside the two moved tasks
        QTRY_COMPARE(doc->selectedId(), QStringLiteral("extra-call"));
        w.shot("compare-webinar-removed-en");

        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
        auto *language = w.engine()->singletonInstance<Language *>(typeId);
        language->setCurrent(QStringLiteral("nb"));
        QTRY_COMPARE(Language::activeCode(), QStringLiteral("nb"));
        QTRY_VERIFY(textsBelow(findItem(onPage(w, "card_extra-call"), "changeBadge_removed"))
                        .contains(QStringLiteral("Fjernet")));
        w.shot("compare-webinar-removed-nb");
        comparison->setCurrentIndex(2);
        QTRY_VERIFY(textsBelow(onPage(w, "changeList")).contains(QStringLiteral("Dager: 3 → 2")));
        w.shot("compare-webinar-changed-nb");
        // The dark scheme: every frame and badge in its dark tone, the ghost's frame visible.
        Theme::setScheme(QStringLiteral("dark"));
        QTRY_VERIFY(Theme::dark());
        comparison->setCurrentIndex(1);
        QTRY_COMPARE(doc->selectedId(), QStringLiteral("extra-call"));
        w.shot("compare-webinar-removed-nb-dark");
        comparison->setCurrentIndex(0);
        QTRY_COMPARE(doc->selectedId(), QStringLiteral("disqualify"));
        w.shot("compare-webinar-added-nb-dark");
        Theme::setScheme(QStringLiteral("system"));
        language->setCurrent(QStringLiteral("en"));

        QVERIFY(w.clickOn("closeComparisonButton"));
        QTRY_VERIFY(!doc->comparison()->active());
        QVERIFY(!doc->readOnly());
        QVERIFY(!doc->sequence().contains(QStringLiteral("extra-call")));
        w.stop();
    }

private:
    static bool writeOlderWebinar(const Sequence &current, const QString &path)
    {
        Sequence older = current;
        QList<Step> steps = older.steps();
        steps.removeIf([](const Step &s) { return s.id == u"disqualify"; });
        for (Step &s : steps) {
            if (s.id == u"confirmation-email")
                s.next = QStringLiteral("book-demo");
            else if (s.id == u"book-demo")
                s.next = QStringLiteral("extra-call");
            else if (s.id == u"qualify-lead")
                s.next.clear();
            else if (s.id == u"wait-two-days")
                s.params.insert(QStringLiteral("days"), 3);
            else if (s.id == u"replied-to-final")
                s.no.clear();
        }
        Step extra;
        extra.id = QStringLiteral("extra-call");
        extra.type = QStringLiteral("phoneCall");
        extra.name = QStringLiteral("Call before the demo");
        extra.next = QStringLiteral("qualify-lead");
        steps.append(extra);
        older.setSteps(steps);
        QFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(writeSequenceFile({older})) > 0;
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
