// SPDX-License-Identifier: MIT
// Templates of the user and the designer's Share menu, driven like a user: save the open sequence
// as a template (the file, its `template` object, replacing only after asking), find it in the
// gallery and create a sequence from it, remove it (bundled templates have no Remove), the
// gallery following the language, and pictures exported through the menu's functions.
#include "language.h"
#include "library/library.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"
#include "sequencedocument.h"
#include "sequencefile.h"
#include "sessionresults.h"
#include "templategallery.h"
#include "templatesaver.h"
#include "templatetexts.h"
#include "uitest.h"

#include <QQmlEngine>

using namespace sd;
using namespace sd::uitest;

namespace {

QString createIn(const QString &path, const Sequence &initial)
{
    OpenResult opened = Library::open(path);
    if (!opened.library)
        return {};
    const auto made = SequenceStore(*opened.library).create(initial);
    return made.ok() ? made.value.sequence.id : QString();
}

QList<SequenceSummary> rowsOf(const QString &path)
{
    OpenResult opened = Library::open(path);
    return opened.library ? SequenceList(*opened.library).list().value : QList<SequenceSummary>();
}

Sequence teamIntro()
{
    Sequence s;
    s.name = "Team intro";
    s.recordType = "lead";
    Step mail;
    mail.id = "mail";
    mail.type = "email";
    mail.name = "Introduce the team";
    mail.next = "todo";
    Step todo;
    todo.id = "todo";
    todo.type = "task";
    todo.name = "Book a meeting";
    s.appendStep(mail);
    s.appendStep(todo);
    s.start = "mail";
    return s;
}

// The gallery card whose title is `title` ("template_<row>"), or null.
QQuickItem *cardTitled(const Window &w, const QString &title, int *row = nullptr)
{
    for (int i = 0; i < 50; ++i) {
        QQuickItem *card = w.item("template_" + QString::number(i));
        if (!card)
            return nullptr;
        if (card->property("title").toString() == title) {
            if (row)
                *row = i;
            return card;
        }
    }
    return nullptr;
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool openDesigner(Window &w, const QString &id) { return w.start() && showSequence(w, id); }

    static QString userFile(const QString &name)
    {
        return QDir(TemplateGallery::userTemplatesFolder()).filePath(name);
    }

    // Opens the gallery of "New sequence" and waits for its cards.
    static bool openGallery(const Window &w)
    {
        QMetaObject::invokeMethod(w.window(), "showDialog", Q_ARG(QString, "gallery"));
        return w.waitFor("templateGrid") && w.waitFor("template_0");
    }

private slots:
    void initTestCase()
    {
        isolate();
        Language::setStartupOverride("en"); // texts are compared in English
        QDir(TemplateGallery::userTemplatesFolder()).removeRecursively();
    }

    void safeFileNames()
    {
        QCOMPARE(TemplateSaver::fileNameFor("Webinar: follow/up?"),
                 QString("Webinar follow up.sequence.json"));
        QCOMPARE(TemplateSaver::fileNameFor("a\\b*c\"d<e>f|g\th\ni"),
                 QString("a b c d e f g h i.sequence.json"));
        QCOMPARE(TemplateSaver::fileNameFor("../../etc/passwd"),
                 QString("etc passwd.sequence.json"));
        QCOMPARE(TemplateSaver::fileNameFor(""), QString("template.sequence.json"));
        QCOMPARE(TemplateSaver::fileNameFor(" .. / .. "), QString("template.sequence.json"));
        QCOMPARE(TemplateSaver::fileNameFor("Oppfølging – møte (Q3)"),
                 QString("Oppfølging – møte (Q3).sequence.json"));
        QCOMPARE(TemplateSaver::fileNameFor("nul"), QString("nul template.sequence.json"));
        const QString longName = TemplateSaver::fileNameFor(QString(300, u'x'));
        QCOMPARE(longName.size(), 80 + QString(".sequence.json").size());
        QVERIFY(!TemplateSaver::titleProblem("  ").isEmpty());
        QVERIFY(!TemplateSaver::titleProblem(QString(161, u'x')).isEmpty());
        QVERIFY(TemplateSaver::titleProblem("Fine").isEmpty());
    }

    void removeRefusesBundledAndForeignFiles()
    {
        TemplateGallery gallery;
        sd::SessionOutcome r = gallery.remove("qrc:/templates/webinar-follow-up.sequence.json");
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains("cannot be removed"));
        QVERIFY(QFile::exists(":/templates/webinar-follow-up.sequence.json"));
        // A sequence file elsewhere is not a user template.
        const QString foreign = m_dir.filePath("foreign.sequence.json");
        QFile f(foreign);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeSequenceFile({teamIntro()}));
        f.close();
        r = gallery.remove(QUrl::fromLocalFile(foreign));
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains("not one of your templates"));
        // Read as a template ("Browse…"), it is a typed entry; a file that is none says why.
        const sd::TemplateEntry read = gallery.readFile(QUrl::fromLocalFile(foreign));
        QVERIFY(read.ok);
        QCOMPARE(read.title, teamIntro().name);
        QCOMPARE(read.source, QUrl::fromLocalFile(foreign).toString());
        QCOMPARE(read.steps, teamIntro().activityCount());
        const sd::TemplateEntry none = gallery.readFile(m_dir.filePath("missing.sequence.json"));
        QVERIFY(!none.ok);
        QVERIFY2(none.message.contains("cannot be used as a template"), qPrintable(none.message));
        QVERIFY(QFile::exists(foreign));
    }

    void saveAsTemplateUseAndRemove()
    {
        const QString path = m_dir.filePath("save.sqlite");
        const QString id = createIn(path, teamIntro());
        QVERIFY(!id.isEmpty());
        Window w(path);
        QVERIFY(openDesigner(w, id));

        // Share ▸ Save as template…
        QVERIFY(w.clickOn("shareButton"));
        QVERIFY(w.waitFor("saveTemplateItem"));
        QVERIFY(w.waitFor("exportPngItem"));
        QTRY_VERIFY(w.isOpen("exportMenu")); // the menu's opening transition
        w.shot("share-menu");
        QVERIFY(w.clickOn("saveTemplateItem"));
        QQuickItem *title = w.waitFor("templateTitle");
        QVERIFY(title);
        QCOMPARE(title->property("text").toString(), QString("Team intro"));
        QQuickItem *save = w.waitFor("saveTemplateButton");
        QVERIFY(save);

        // An empty title cannot be saved.
        w.click(title);
        w.retype("   ");
        QTRY_VERIFY(!save->isEnabled());

        const QString templateTitle = "Team intro: Q3/EMEA";
        w.retype(templateTitle);
        QTRY_VERIFY(save->isEnabled());
        QQuickItem *category = w.waitFor("templateCategory");
        // The category counts code points, as the file does: 100 emoji fit, one more does not.
        const QString emoji = QString::fromUcs4(U"\U0001F600");
        category->setProperty("text", emoji.repeated(101));
        QTRY_VERIFY(!save->isEnabled());
        QTRY_VERIFY(w.item("templateCategoryProblem")->isVisible());
        w.shot("save-template-long-category");
        category->setProperty("text", emoji.repeated(100));
        QTRY_VERIFY(save->isEnabled());
        QVERIFY(!w.item("templateCategoryProblem")->isVisible());
        category->setProperty("text", QString());
        w.click(category);
        w.type("Onboarding");
        QQuickItem *hint = w.waitFor("templateFileHint");
        QVERIFY(hint);
        QVERIFY2(hint->property("text").toString().contains("Team intro Q3 EMEA.sequence.json"),
                 qPrintable(hint->property("text").toString()));
        w.shot("save-template-dialog");
        w.click(save);

        const QString file = userFile("Team intro Q3 EMEA.sequence.json");
        QTRY_VERIFY(QFile::exists(file));
        QQuickItem *share = w.item("shareButton");
        QTRY_VERIFY(share->property("lastMessage").toString().contains(templateTitle));
        ReadResult read = readSequenceFile(file);
        QVERIFY(read.ok());
        QCOMPARE(read.sequences.size(), 1);
        const Sequence saved = read.sequences.first();
        QVERIFY(saved.templateInfo.has_value());
        QCOMPARE(saved.templateInfo->title, templateTitle);
        QCOMPARE(saved.templateInfo->category, QString("Onboarding"));
        QCOMPARE(saved.templateInfo->language, QString("en"));
        QCOMPARE(saved.stepCount(), 2);
        QCOMPARE(saved.step("mail")->name, QString("Introduce the team"));
        QVERIFY(saved.id != id); // importing the template never replaces the sequence
        QCOMPARE(saved.status, Status::Inactive);

        // The same title again: asks before replacing; the file changes only after "Replace".
        QMetaObject::invokeMethod(share, "saveAsTemplate");
        title = w.waitFor("templateTitle");
        QVERIFY(title);
        QTRY_VERIFY(title->hasActiveFocus());
        w.retype(templateTitle);
        w.click(w.waitFor("templateCategory"));
        w.retype("Changed");
        w.click(save);
        QQuickItem *error = w.waitFor("saveTemplateError");
        QVERIFY(error);
        QVERIFY(error->property("text").toString().contains("already exists"));
        QTRY_COMPARE(save->property("text").toString(), QString("Replace"));
        QCOMPARE(readSequenceFile(file).sequences.first().templateInfo->category,
                 QString("Onboarding"));
        w.shot("save-template-replace");
        w.click(save);
        QTRY_COMPARE(readSequenceFile(file).sequences.first().templateInfo->category,
                     QString("Changed"));
        QTRY_VERIFY(!w.item("templateTitle") || !w.item("templateTitle")->isVisible());
        // The confirmation shows under Share; close it so it does not cover the gallery's grab.
        QObject *confirmation = w.window()->findChild<QObject *>("shareConfirmation");
        QVERIFY(confirmation);
        QTRY_VERIFY(confirmation->property("visible").toBool());
        QMetaObject::invokeMethod(confirmation, "close");

        // The gallery of "New sequence" shows it, with Remove; bundled templates have none.
        QVERIFY(openGallery(w));
        int row = -1;
        QTRY_VERIFY(cardTitled(w, templateTitle, &row));
        QVERIFY(w.waitFor("removeTemplate_" + QString::number(row)));
        int bundled = 0;
        for (int i = 0; w.item("template_" + QString::number(i)); ++i) {
            if (i == row)
                continue;
            QVERIFY(w.item("template_" + QString::number(i))->property("bundled").toBool());
            QQuickItem *remove = w.item("removeTemplate_" + QString::number(i));
            QVERIFY(!remove || !remove->isVisible());
            ++bundled;
        }
        // Every bundled template (the gallery opens on all record types), and the user's own.
        QCOMPARE(bundled, w.object("templateGalleryModel")->property("count").toInt() - 1);
        QVERIFY(bundled > 2);
        w.shot("gallery-user-template");

        // Create a sequence from it.
        w.click(cardTitled(w, templateTitle));
        QQuickItem *name = w.waitFor("sequenceName");
        QVERIFY(name);
        w.click(name);
        w.retype("From my template");
        QVERIFY(w.clickOn("createNext"));
        QTRY_COMPARE(rowsOf(path).size(), 2);
        bool found = false;
        for (const SequenceSummary &r : rowsOf(path)) {
            if (r.name == u"From my template") {
                found = true;
                QCOMPARE(r.steps, 2);
                QCOMPARE(r.recordType, QString("lead"));
                QVERIFY(r.id != id && r.id != saved.id);
            }
        }
        QVERIFY(found);

        // Remove it: asks first; Cancel keeps it, Remove deletes the file.
        QVERIFY(openGallery(w));
        QTRY_VERIFY(cardTitled(w, templateTitle, &row));
        QVERIFY(w.clickOn("removeTemplate_" + QString::number(row)));
        QTRY_VERIFY(w.isOpen("removeTemplateDialog"));
        w.shot("gallery-remove-confirm");
        QVERIFY(w.clickOn("cancelRemoveTemplate"));
        QTRY_VERIFY(!w.isOpen("removeTemplateDialog"));
        QVERIFY(QFile::exists(file));
        QVERIFY(w.clickOn("removeTemplate_" + QString::number(row)));
        QVERIFY(w.clickOn("confirmRemoveTemplate"));
        QTRY_VERIFY(!QFile::exists(file));
        QTRY_VERIFY(!cardTitled(w, templateTitle));
        QVERIFY(cardTitled(w, "Webinar follow up")); // bundled ones stay
    }

    void galleryFollowsTheLanguage()
    {
        Window w;
        QVERIFY(w.start());
        QVERIFY(openGallery(w));
        QTRY_VERIFY(cardTitled(w, "Webinar follow up"));
        const int typeId = qmlTypeId("SequenceDesigner", 1, 0, "Language");
        QVERIFY(typeId >= 0);
        auto *language = w.engine()->singletonInstance<Language *>(typeId);
        QVERIFY(language);
        language->setCurrent("nb");
        const QString norwegian =
            translatedTemplateText("webinar-follow-up.sequence.json", "Webinar follow up");
        QVERIFY2(norwegian != u"Webinar follow up", "no Norwegian title for the template");
        QTRY_VERIFY(cardTitled(w, norwegian));
        w.shot("gallery-norwegian");
        language->setCurrent("en");
        QTRY_VERIFY(cardTitled(w, "Webinar follow up"));
    }

    void exportsThroughTheShareMenu()
    {
        const QString path = m_dir.filePath("export.sqlite");
        const QString id = createIn(path, teamIntro());
        Window w(path);
        QVERIFY(openDesigner(w, id));
        QQuickItem *share = w.waitFor("shareButton");
        QVERIFY(share);
        for (const QString format : {"png", "svg", "pdf"}) {
            const QString file = m_dir.filePath("flow." + format);
            sd::SessionOutcome r;
            QVERIFY(QMetaObject::invokeMethod(
                share, "exportTo", Q_RETURN_ARG(sd::SessionOutcome, r),
                Q_ARG(QVariant, QUrl::fromLocalFile(file)), Q_ARG(QString, QString())));
            QVERIFY2(r.ok, qPrintable(r.message));
            QVERIFY(QFileInfo(file).size() > 0);
            QVERIFY(share->property("lastMessage").toString().startsWith("Exported to"));
        }
        QFile svg(m_dir.filePath("flow.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains(">Introduce the team<"));
        QFile pdf(m_dir.filePath("flow.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QImage png(m_dir.filePath("flow.png"));
        QVERIFY(hasContent(png));

        // A folder that does not exist: the reason is shown in a dialog.
        sd::SessionOutcome result;
        QVERIFY(QMetaObject::invokeMethod(
            share, "exportTo", Q_RETURN_ARG(sd::SessionOutcome, result),
            Q_ARG(QVariant, QUrl::fromLocalFile(m_dir.filePath("missing/folder/flow.png"))),
            Q_ARG(QString, QString())));
        QVERIFY(!result.ok);
        QQuickItem *error = w.waitFor("shareErrorText");
        QVERIFY(error);
        QVERIFY(!error->property("text").toString().isEmpty());
        w.shot("export-error");

        // The proposed file of the dialog: the sequence's name, made safe.
        const QUrl proposed = TemplateSaver().suggestedExportFile("Team/intro", "pdf");
        QVERIFY(proposed.toLocalFile().endsWith("/Team intro.pdf"));
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates_ui.moc"
