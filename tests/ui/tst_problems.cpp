// SPDX-License-Identifier: MIT
// What the program says about a sequence, in the real window: activation refusals name steps by
// their name and open the designer on the step, the problems panel lists apart what blocks
// activation, the exit-criteria hint shows only without an email step, one step count
// everywhere, "Business process stage" refused for record types without a process, and the
// organisation profile opened from the menu, shown in Settings and remembered per library.
#include "activationtest.h"
#include "flowrenderer.h"
#include "insertoption.h"
#include "librarysession.h"
#include "sequencefile.h"
#include "templategallery.h"
#include "treelayout.h"

#include <QFile>
#include <QJsonDocument>

using namespace sd;
using namespace sd::uitest;

namespace {

template <typename T> T *singleton(const Window &w, const char *name)
{
    return w.engine()->singletonInstance<T *>(qmlTypeId("SequenceDesigner", 1, 0, name));
}

// An email, then an unnamed "Advance to another sequence" with the designer's kind of id,
// handing over to `target`.
Sequence handOver(const QString &target)
{
    return chain("Hand over", {makeStep("email1", "email", "advanceToSequence10"),
                               makeStep("advanceToSequence10", "advanceToSequence", {},
                                        {{"sequence", target}})});
}

QString shotDir()
{
    return qEnvironmentVariable("SD_RULES_SHOTS");
}

// Saves the picture for people to look at (a picture is not a check): with the other
// screenshots, and in SD_RULES_SHOTS when set (for looking at it outside the build).
void keep(const Window &w, const QString &name)
{
    const QImage image = w.grab(name);
    if (!shotDir().isEmpty())
        image.save(shotDir() + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;

    QString newLibrary()
    {
        return m_dir.filePath(QStringLiteral("lib%1.sqlite").arg(++m_libraries));
    }

private slots:
    void initTestCase() { isolateInEnglish(); }

    // Items 8 and 14: the refusal names the step, never its id; "Open in the designer" goes to
    // the step, from the designer and from the home page.
    void refusalNamesStepsAndOpensOnTheStep()
    {
        const QString path = newLibrary();
        const QString target = createIn(path, validSequence("Nurture")); // inactive
        const QString id = createIn(path, handOver(target));
        Window w(path);
        QVERIFY(openDesigner(w, id));
        w.click(onPage(w, "activateButton"));
        QVERIFY(w.clickOn("confirmActivate"));
        QQuickItem *list = w.waitFor("activationProblems");
        QVERIFY(list);
        QTRY_VERIFY(findItem(list, "problem_0"));
        const QString shown = textsBelow(list);
        QVERIFY2(shown.contains("Advance to another sequence"), qPrintable(shown));
        QVERIFY2(!shown.contains("advanceToSequence10"), qPrintable(shown));
        keep(w, "activation-refusal-names-steps");
        QVERIFY(w.clickOn("openInDesigner"));
        SequenceDocument *doc = currentDocument(w);
        QTRY_COMPARE(doc->selectedId(), QStringLiteral("advanceToSequence10"));
        QMetaObject::invokeMethod(w.window(), "showHome");
        QTRY_VERIFY(!w.item("designerPage"));

        // From the home page: "Hand over" sorts first.
        QQuickItem *cell = w.waitFor("cell_0_name");
        QVERIFY(cell);
        QCOMPARE(textsBelow(cell), QStringLiteral("Hand over"));
        w.click(cell);
        QVERIFY(w.clickOn("activateButton"));
        QVERIFY(w.clickOn("confirmActivate"));
        QVERIFY(w.waitFor("activationProblems"));
        QVERIFY(w.clickOn("openInDesigner"));
        QTRY_VERIFY(currentDocument(w) && currentDocument(w)->loaded());
        QCOMPARE(currentDocument(w)->selectedId(), QStringLiteral("advanceToSequence10"));
    }

    // Item 10: an empty sequence is not "No problems" alone: what blocks activation is listed
    // apart, and so are the library's rules (an inactive advance target).
    void panelListsWhatBlocksActivation()
    {
        const QString path = newLibrary();
        const QString empty = createIn(path, chain("Nothing yet", {}));
        const QString target = createIn(path, validSequence("Nurture"));
        const QString handing = createIn(path, handOver(target));
        Window w(path);
        QVERIFY(openDesigner(w, empty));
        QTRY_VERIFY(onPage(w, "blocker_0"));
        const QString summary = onPage(w, "problemsSummary")->property("text").toString();
        QVERIFY2(summary.contains("blocks activation"), qPrintable(summary));
        QVERIFY(onPage(w, "blockersHeader"));
        QVERIFY2(textsBelow(onPage(w, "blocker_0")).contains("has no steps"),
                 qPrintable(textsBelow(onPage(w, "blocker_0"))));
        keep(w, "problems-empty-sequence");
        QMetaObject::invokeMethod(w.window(), "showHome");
        QTRY_VERIFY(!w.item("designerPage"));

        QVERIFY(openDesigner(w, handing));
        QTRY_VERIFY(onPage(w, "blocker_0"));
        QVERIFY2(textsBelow(onPage(w, "blocker_0")).contains("not active"),
                 qPrintable(textsBelow(onPage(w, "blocker_0"))));
        // A blocker names its step and leads to it.
        QVERIFY(textsBelow(onPage(w, "blocker_0")).contains("Advance to another sequence"));
        w.click(onPage(w, "blocker_0"));
        QTRY_COMPARE(currentDocument(w)->selectedId(), QStringLiteral("advanceToSequence10"));
    }

    // Item 9: "Needs at least one email step." only when there is none.
    void exitCriteriaHintOnlyWithoutEmail()
    {
        const QString path = newLibrary();
        QList<Step> emails;
        for (int i = 1; i <= 5; ++i)
            emails.append(makeStep(QStringLiteral("e%1").arg(i), "email",
                                   i < 5 ? QStringLiteral("e%1").arg(i + 1) : QString()));
        const QString withEmails = createIn(path, chain("Five emails", emails));
        const QString calls = createIn(path, chain("Calls only", {makeStep("c", "phoneCall")}));
        Window w(path);
        QVERIFY(openDesigner(w, withEmails));
        QVERIFY(openProperties(w));
        QQuickItem *hint = w.item("propExitNeedsEmail");
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());
        QMetaObject::invokeMethod(w.window(), "showHome");
        QTRY_VERIFY(!w.item("designerPage"));
        QVERIFY(openDesigner(w, calls));
        QVERIFY(openProperties(w));
        QVERIFY(w.waitFor("propExitNeedsEmail"));
    }

    // Item 11: one count everywhere, activities only: gallery, designer, home grid, `list`.
    void oneStepCountEverywhere()
    {
        const QString path = newLibrary();
        // email, wait, condition (call, task), advance: 3 activities.
        Sequence s = chain("Counted", {makeStep("mail", "email", "w"),
                                       makeStep("w", "wait", "cond", waitParams())});
        Step cond = makeStep("cond", "emailCondition", {},
                             {{"events", QJsonArray{"opened"}},
                              {"match", "any"},
                              {"within", QJsonObject{{"days", 1}, {"hours", 0}}},
                              {"advanceImmediately", false}});
        cond.yes = "call";
        cond.no = "task";
        s.appendStep(cond);
        s.appendStep(makeStep("call", "phoneCall", "adv"));
        s.appendStep(makeStep("adv", "advanceToSequence", {}, {{"sequence", "x"}}));
        s.appendStep(makeStep("task", "task"));
        QCOMPARE(s.activityCount(), 3);
        const QString id = createIn(path, s);
        Window w(path);
        QVERIFY(w.start());
        QTRY_VERIFY(w.item("cell_0_steps"));
        QCOMPARE(textsBelow(w.item("cell_0_steps")), QStringLiteral("3"));
        QVERIFY(openDesigner(w, id));
        QTRY_VERIFY(onPage(w, "sequenceStepCount"));
        QVERIFY2(onPage(w, "sequenceStepCount")->property("text").toString().startsWith("3 steps"),
                 qPrintable(onPage(w, "sequenceStepCount")->property("text").toString()));

        // The gallery counts the flow of each template as built, the same way.
        TemplateGallery gallery;
        for (int row = 0; row < gallery.count(); ++row) {
            const TemplateEntry entry = gallery.get(row);
            QVERIFY(entry.ok);
            if (!gallery.data(gallery.index(row), TemplateGallery::BundledRole).toBool())
                continue;
            const QString file = LibrarySession::localPath(entry.source);
            const ReadResult read = readSequenceFile(file.startsWith(u"qrc:") ? file.mid(3) : file);
            QVERIFY(read.ok());
            QCOMPARE(entry.steps, read.sequences.first().activityCount());
        }
    }

    // Item 21: each bundled template, made into a sequence in the window, holds every step of
    // its flow, all on the canvas (and, fitted, in a picture), and the gallery shows its count.
    void templatesBuildTheirWholeFlow()
    {
        const QString path = newLibrary();
        Window w(path);
        QVERIFY(w.start());
        auto *session = singleton<LibrarySession>(w, "LibrarySession");
        TemplateGallery gallery;
        QCOMPARE(gallery.count(), 6);
        for (int row = 0; row < gallery.count(); ++row) {
            const TemplateEntry entry = gallery.get(row);
            const QString source = entry.source;
            const sd::SessionOutcome made =
                session->createFromTemplate(source, entry.title, QString());
            QVERIFY2(made.ok, qPrintable(made.message));
            QVERIFY(openDesigner(w, made.id));
            SequenceDocument *doc = currentDocument(w);
            const ReadResult read = readSequenceFile(source.mid(3)); // qrc:/… -> :/…
            QVERIFY(read.ok());
            QCOMPARE(doc->stepCount(), int(read.sequences.first().stepCount()));
            QCOMPARE(doc->canvas()->nodeCount(), doc->stepCount() + 1); // and the start
            QCOMPARE(doc->activityCount(), entry.steps);
            QCOMPARE(doc->problems()->count(), 0);
            QVERIFY(w.clickOn("fitButton"));
            // Fitted: the flow's whole width is in view (a long one may stay taller).
            QQuickItem *view = onPage(w, "canvasView");
            QVERIFY(view);
            QTRY_VERIFY(view->property("zoom").toReal() * doc->canvas()->bounds().width() <=
                        view->width());
            const QString file = source.section(u'/', -1).section(u'.', 0, 0);
            keep(w, "template-" + file);
            QMetaObject::invokeMethod(w.window(), "showHome");
            QTRY_VERIFY(!w.item("designerPage"));
        }
    }

    // Items 19 and 23: step icons are SVG icons of resources/icons (Breeze), tinted; the text
    // message's is not the phone call's handset.
    void stepIconsAreSvgAndDistinct()
    {
        const QString path = newLibrary();
        const QString id = createIn(path, validSequence());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *plus = nullptr;
        QTRY_VERIFY((plus = onPage(w, "plus_call_next")));
        w.click(plus);
        QStringList sources;
        for (const char *type : {"textMessage", "phoneCall", "email", "task", "wait"}) {
            QQuickItem *entry = w.waitFor(QStringLiteral("addType_%1").arg(type));
            QVERIFY(entry);
            QQuickItem *image = findItem(entry, "nodeIconImage");
            QVERIFY2(image && image->isVisible(), type);
            const QString source = image->property("source").toUrl().toString();
            QVERIFY2(source.startsWith("qrc:/icons/") && source.endsWith(".svg"),
                     qPrintable(source));
            QVERIFY2(QFile::exists(source.mid(3)), qPrintable(source));
            QCOMPARE(image->property("color").value<QColor>(), QColor(Qt::white));
            sources.append(source);
        }
        QCOMPARE(QSet<QString>(sources.cbegin(), sources.cend()).size(), sources.size());
        keep(w, "add-element-icons");
    }

    // Item 23: the picture export draws the same icons: white on the group colour in PNG,
    // embedded pictures in SVG.
    void exportDrawsTheStepIcons()
    {
        const Sequence s =
            chain("Icons", {makeStep("sms", "textMessage", "call"), makeStep("call", "phoneCall")});
        const QImage image = FlowRenderer::renderImage(s, 1.0);
        QVERIFY(!image.isNull());
        const TreeLayout layout = layoutTree(s);
        const QColor stepsColour(0x2f, 0x6f, 0xdb);
        int checked = 0;
        for (const LayoutNode &n : layout.nodes) {
            if (n.id.isEmpty())
                continue;
            // The icon box; the flow is drawn below the title (64) inside a margin (24).
            const QRectF box(n.rect.left() + 16, n.rect.top() + 8, 20, 20);
            const QPointF origin(24 - layout.bounds.left(), 24 + 64 - layout.bounds.top());
            int white = 0;
            int group = 0;
            for (int y = int(box.top() + 2); y < int(box.bottom() - 2); ++y) {
                for (int x = int(box.left() + 2); x < int(box.right() - 2); ++x) {
                    const QPoint p = (QPointF(x, y) + origin).toPoint();
                    if (!image.rect().contains(p))
                        continue;
                    const QColor c = image.pixelColor(p);
                    white += c.red() > 150 && c.green() > 150 && c.blue() > 200 ? 1 : 0;
                    group += qAbs(c.red() - stepsColour.red()) < 12 &&
                                     qAbs(c.blue() - stepsColour.blue()) < 12
                                 ? 1
                                 : 0;
                }
            }
            QVERIFY2(white > 5 && group > 50,
                     qPrintable(
                         QStringLiteral("%1: %2 white, %3 blue").arg(n.id).arg(white).arg(group)));
            ++checked;
        }
        QCOMPARE(checked, 2);
        const QByteArray svg = FlowRenderer::renderSvg(s);
        QCOMPARE(svg.count("href=\"data:image/png;base64,"), 2);
        if (!shotDir().isEmpty())
            image.save(shotDir() + QStringLiteral("/export-icons.png"));
    }

    // Item 13: "Business process stage" is refused, with the reason, for a record type without
    // a business process flow (contact in the shipped profile), and offered for lead.
    void stageConditionNeedsAProcess_data()
    {
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("contact: no process") << "contact" << false;
        QTest::newRow("lead: a process") << "lead" << true;
    }
    void stageConditionNeedsAProcess()
    {
        QFETCH(QString, recordType);
        QFETCH(bool, enabled);
        const QString path = newLibrary();
        Sequence s = validSequence();
        s.recordType = recordType;
        const QString id = createIn(path, s);
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *plus = nullptr;
        QTRY_VERIFY((plus = onPage(w, "plus_call_next")));
        w.click(plus);
        QVERIFY(w.clickOn("tabConditions"));
        QQuickItem *offered = w.waitFor("addType_stageCondition");
        QVERIFY(offered);
        QCOMPARE(offered->isEnabled(), enabled);
        if (!enabled)
            QVERIFY2(textsBelow(offered).contains("business process flow"),
                     qPrintable(textsBelow(offered)));
        const QVariantList options = currentDocument(w)->insertOptions("call", "next");
        InsertOption stage;
        for (const QVariant &o : options) {
            if (o.value<InsertOption>().id == u"stageCondition")
                stage = o.value<InsertOption>();
        }
        QCOMPARE(stage.enabled, enabled);
        if (!enabled) {
            QVERIFY2(stage.reason.contains("business process flow"), qPrintable(stage.reason));
            QVERIFY(!currentDocument(w)->insertStep("call", "next", "stageCondition").size());
        }
    }

    // Item 22: Open profile… from the menu; its name in Settings; the problems checked against
    // it; remembered for the library, and only for it.
    void profileOpenedFromTheMenu()
    {
        QFile shipped(QStringLiteral(SD_SOURCE_DIR "/resources/profiles/default.profile.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(shipped.readAll()).object();
        json.insert("name", "Contoso Sales");
        json.insert("emailTemplates", QJsonArray{"Contoso welcome"});
        const QString profilePath = m_dir.filePath("contoso.profile.json");
        QFile out(profilePath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();

        const QString path = newLibrary();
        Sequence s =
            chain("Templated", {makeStep("mail", "email", {}, {{"template", "Introduction"}})});
        const QString id = createIn(path, s);
        {
            Window w(path);
            QVERIFY(w.start());
            QVERIFY(w.clickOn("mainMenuButton"));
            QVERIFY(w.waitFor("menuOpenProfile"));
            auto *session = singleton<LibrarySession>(w, "LibrarySession");
            QVERIFY(session);
            // The file dialog cannot be driven offscreen; its accept calls this.
            QVERIFY(session->openProfile(QUrl::fromLocalFile(profilePath)).ok);
            w.key(Qt::Key_Escape);
            QVERIFY(openDesigner(w, id));
            // "Introduction" is not a template of Contoso: the problems say so.
            QTRY_VERIFY(currentDocument(w)->problems()->count() == 1);
            QCOMPARE(currentDocument(w)->problems()->diagnostics().first().code,
                     QStringLiteral("param.unknownTemplate"));
            // Back to the shipped profile: checked again at once.
            session->useDefaultProfile();
            QTRY_COMPARE(currentDocument(w)->problems()->count(), 0);
            QVERIFY(session->openProfile(profilePath).ok);
            QTRY_COMPARE(currentDocument(w)->problems()->count(), 1);
            w.stop();
        }
        {
            // A window opened on another library starts with that library's (the shipped) one.
            Window w(newLibrary());
            QVERIFY(w.start());
            QCOMPARE(LibrarySession::profileName(), Profile::defaultProfile().name);
        }
        {
            // Remembered for this library: Settings names it.
            Window w(path);
            QVERIFY(w.start());
            QVERIFY(w.clickOn("mainMenuButton"));
            QVERIFY(w.clickOn("menuSettings"));
            QQuickItem *name = w.waitFor("profileName");
            QVERIFY(name);
            QCOMPARE(name->property("text").toString(), QStringLiteral("Contoso Sales"));
            keep(w, "settings-profile");
            // Another library has its own: the shipped one.
            auto *session = singleton<LibrarySession>(w, "LibrarySession");
            QVERIFY(session->newLibrary(newLibrary()).ok);
            QTRY_VERIFY(session->profilePath().isEmpty());
            QVERIFY(name->property("text").toString().contains("comes with the program"));
        }
    }
};

QTEST_MAIN(TestProblems)
#include "tst_problems.moc"
