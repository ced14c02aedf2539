// SPDX-License-Identifier: MIT
// Activation from the designer, driven like a user: each activation rule refused with its
// message in the window (the sequence stays inactive), the 250 limit, a valid sequence activated
// and then read-only, deactivation, "Create a copy to edit", and the same verdicts from
// `sequence-designer activate`.
#include "activationtest.h"
#include "validator.h"

#include <QJsonDocument>
#include <QProcess>

using namespace sd;
using namespace sd::uitest;

namespace {

struct CliVerdict
{
    int exitCode = -1;
    QStringList codes;
};

CliVerdict runCli(const QString &library, const QString &id)
{
    QProcess p;
    p.start(QStringLiteral(SD_APP), {"activate", "--library", library, "--json", id});
    CliVerdict v;
    if (!p.waitForFinished(20000))
        return v;
    v.exitCode = p.exitCode();
    const QJsonArray found = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    for (const QJsonValue &d : found) {
        if (d.toObject().value("severity").toString() == u"error")
            v.codes.append(d.toObject().value("code").toString());
    }
    v.codes.sort();
    return v;
}

QStringList errorCodes(const QVariantList &problems)
{
    QStringList codes;
    for (const QVariant &p : problems) {
        if (p.toMap().value("severity").toString() == u"error")
            codes.append(p.toMap().value("code").toString());
    }
    codes.sort();
    return codes;
}

} // namespace

class TestActivation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;

    QString newLibrary()
    {
        return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_libraries));
    }

    // Activate -> confirm in the window; returns the problems the dialog lists (empty when the
    // dialog closed because the sequence was activated).
    QVariantList activateInWindow(Window &w, const QString &shotPrefix = {})
    {
        QQuickItem *button = onPage(w, "activateButton");
        if (!button)
            return {};
        w.click(button);
        QQuickItem *confirm = w.waitFor("confirmActivate");
        if (!confirm)
            return {};
        if (!shotPrefix.isEmpty())
            w.shot(shotPrefix + "-confirm");
        w.click(confirm);
        QQuickItem *list = w.waitFor("activationProblems", 1500);
        if (!list)
            return {};
        if (!w.settled(list)) // the list lays out its rows
            return {};
        return listOf(list->property("model"));
    }

private slots:
    void initTestCase()
    {
        isolateInEnglish();
        QVERIFY2(QFileInfo::exists(QStringLiteral(SD_APP)), SD_APP);
    }

    void eachRuleRefusedInTheWindow_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(ruleCases({}).at(i).name) << i;
    }

    void eachRuleRefusedInTheWindow()
    {
        QFETCH(int, row);
        const QString path = newLibrary();
        const QStringList active = addActive(path, 1);
        QCOMPARE(active.size(), 1);
        const RuleCase rule = ruleCases(active.first()).at(row);
        const QString id = createIn(path, rule.sequence);
        QVERIFY(!id.isEmpty());
        // What the validator says of the sequence: every error of it must be listed.
        Sequence stored = rule.sequence;
        const Diagnostics expected =
            validate(stored, Profile::defaultProfile(), ValidationMode::Activation);
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(),
                            [&](const Diagnostic &d) { return d.code == rule.code; }));

        Window w(path);
        QVERIFY(openDesigner(w, id));
        const QString shot = row == 0 ? QStringLiteral("activation") : QString();
        const QVariantList problems = activateInWindow(w, shot);
        QVERIFY2(!problems.isEmpty(), "the dialog lists no problems");
        QVERIFY(errorCodes(problems).contains(rule.code));
        const QString shown = textsBelow(w.waitFor("activationProblems"));
        for (const Diagnostic &d : expected) {
            if (d.severity == Severity::Error)
                QVERIFY2(shown.contains(d.message), qPrintable(d.message + "\n---\n" + shown));
        }
        if (row == 0)
            w.shot("activation-refused");
        QCOMPARE(statusIn(path, id), Status::Inactive);

        // Choosing the problem closes the dialog and selects (and centres) its step.
        int index = 0;
        for (; index < problems.size(); ++index) {
            if (problems.at(index).toMap().value("code").toString() == rule.code)
                break;
        }
        // (The problems panel under the canvas names its rows alike: look inside the dialog.)
        QQuickItem *problem =
            findItem(w.waitFor("activationProblems"), QStringLiteral("problem_%1").arg(index));
        QVERIFY(problem);
        w.click(problem);
        QTRY_VERIFY(!w.waitFor("activationProblems", 200));
        SequenceDocument *doc = currentDocument(w);
        QVERIFY(doc);
        QCOMPARE(doc->selectedId(), rule.stepId);
        QVERIFY(!doc->active());
        QCOMPARE(onPage(w, "statusText")->property("text").toString(), QString("Inactive"));
        w.stop();

        // The command gives the same verdict on the same sequence.
        const CliVerdict cli = runCli(path, id);
        QCOMPARE(cli.exitCode, 1);
        QCOMPARE(cli.codes, errorCodes(problems));
        QCOMPARE(statusIn(path, id), Status::Inactive);
    }

    void the251stIsRefusedWithTheCount()
    {
        const QString path = newLibrary();
        QCOMPARE(addActive(path, maxActiveSequences).size(), maxActiveSequences);
        const QString id = createIn(path, validSequence("One too many"));
        const QString twin = createIn(path, validSequence("One too many, for the command"));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        const QVariantList problems = activateInWindow(w);
        QCOMPARE(errorCodes(problems), QStringList{"library.activeLimit"});
        const QString intro = w.waitFor("problemsIntro")->property("text").toString();
        QVERIFY2(intro.contains("250") && intro.contains("Deactivate"), qPrintable(intro));
        const QString shown = textsBelow(w.waitFor("activationProblems"));
        QVERIFY2(shown.contains("250") && shown.contains("Deactivate one"), qPrintable(shown));
        w.shot("activation-limit");
        QCOMPARE(statusIn(path, id), Status::Inactive);
        w.stop();

        for (const QString &same : {id, twin}) {
            const CliVerdict cli = runCli(path, same);
            QCOMPARE(cli.exitCode, 1);
            QCOMPARE(cli.codes, QStringList{"library.activeLimit"});
        }
    }

    void validSequenceBecomesActiveAndReadOnly()
    {
        const QString path = newLibrary();
        const QString id = createIn(path, validSequence());
        const QString twin = createIn(path, validSequence("Valid twin"));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        SequenceDocument *doc = currentDocument(w);
        QVERIFY(!doc->readOnly());

        // An unsaved change is saved first, after asking.
        doc->setName("Valid sequence, renamed");
        QVERIFY(doc->dirty());
        w.click(onPage(w, "activateButton"));
        QVERIFY(w.clickOn("saveAndContinue"));
        QVERIFY(w.waitFor("confirmActivate"));
        QVERIFY(!doc->dirty());
        QCOMPARE(SequenceStore(*Library::open(path).library).get(id).value.sequence.name,
                 QString("Valid sequence, renamed"));
        QVERIFY(w.clickOn("confirmActivate"));

        // The page opens again on the active sequence: status, confirmation, read-only.
        QTRY_VERIFY(currentDocument(w) && currentDocument(w)->active());
        doc = currentDocument(w);
        QCOMPARE(statusIn(path, id), Status::Active);
        QVERIFY(doc->readOnly());
        QTRY_VERIFY(onPage(w, "statusText"));
        QCOMPARE(onPage(w, "statusText")->property("text").toString(), QString("Active"));
        QQuickItem *notice = onPage(w, "activationNotice");
        QVERIFY(notice);
        QVERIFY(textsBelow(notice).contains("is active"));
        // One banner at a time: the read-only one shows once the notice is dismissed.
        QVERIFY(!onPage(w, "readOnlyBanner"));
        w.shot("activation-notice");
        w.click(onPage(w, "activationNoticeAction"));
        QTRY_VERIFY(onPage(w, "readOnlyBanner"));
        QQuickItem *banner = onPage(w, "readOnlyBanner");
        const QString offered = textsBelow(banner);
        QVERIFY2(offered.contains("Deactivate to edit") &&
                     offered.contains("Create a copy to edit"),
                 qPrintable(offered));
        QVERIFY(onPage(w, "deactivateButton"));
        w.shot("activation-active");
        // Edits are refused.
        QVERIFY(!doc->renameStep("call", "Changed"));
        QCOMPARE(doc->sequence().step("call")->name, QString());

        // Properties of an active sequence: assignment locked.
        QVERIFY(openProperties(w));
        QQuickItem *locked = w.waitFor("assignLockedText");
        QVERIFY(locked);
        QCOMPARE(locked->property("text").toString(),
                 QString("Deactivate the sequence before you assign it"));
        QVERIFY(!w.item("assignOwningTeam")->isEnabled());
        QVERIFY(w.waitFor("assignDeactivateButton"));
        w.shot("properties-active");
        // The pane offers deactivation too; cancel it there.
        QVERIFY(w.clickOn("assignDeactivateButton"));
        QVERIFY(w.clickOn("closeActivate"));
        QTRY_VERIFY(!w.waitFor("confirmDeactivate", 100));
        QCOMPARE(statusIn(path, id), Status::Active);
        w.click(w.waitFor("closePropertiesButton"));
        QTRY_VERIFY(!w.waitFor("closePropertiesButton", 100));

        // "Deactivate to edit" -> confirmation -> inactive and editable again.
        QVERIFY(w.clickOn("readOnlyBannerAction"));
        QVERIFY(w.clickOn("confirmDeactivate"));
        QTRY_VERIFY(currentDocument(w) && !currentDocument(w)->readOnly());
        QCOMPARE(statusIn(path, id), Status::Inactive);
        QTRY_VERIFY(onPage(w, "activationNotice"));
        QVERIFY(textsBelow(onPage(w, "activationNotice")).contains("inactive"));
        QTRY_VERIFY(onPage(w, "statusText"));
        QCOMPARE(onPage(w, "statusText")->property("text").toString(), QString("Inactive"));
        w.stop();

        const CliVerdict cli = runCli(path, twin);
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(cli.codes.isEmpty());
        QCOMPARE(statusIn(path, twin), Status::Active);
    }

    void createACopyToEdit()
    {
        const QString path = newLibrary();
        const QString id = createIn(path, validSequence("Original"));
        {
            OpenResult opened = Library::open(path);
            QVERIFY(Activation(*opened.library).activate(id, Profile::defaultProfile()));
        }
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QVERIFY(currentDocument(w)->readOnly());
        QVERIFY(w.clickOn("readOnlyBannerSecondAction"));
        QVERIFY(w.clickOn("copySaveEdit"));
        QTRY_VERIFY(currentDocument(w) && currentDocument(w)->sequenceId() != id &&
                    currentDocument(w)->loaded());
        SequenceDocument *copy = currentDocument(w);
        QVERIFY(!copy->readOnly());
        QCOMPARE(copy->name(), QString("Original (copy)"));
        QCOMPARE(copy->stepCount(), 2);
        QCOMPARE(statusIn(path, id), Status::Active);
    }
};

QTEST_MAIN(TestActivation)
#include "tst_activation.moc"
