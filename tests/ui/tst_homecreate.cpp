// SPDX-License-Identifier: MIT
// Creating a sequence from the home page: from a template of the gallery and from a blank
// sequence, the name checked as it is typed; each checks the library afterwards.
#include "uitest.h"

#include "library/library.h"
#include "library/sequencelist.h"
#include "library/sequencestore.h"

using namespace sd::uitest;

namespace {

QList<sd::SequenceSummary> rowsOf(const QString &path)
{
    sd::OpenResult opened = sd::Library::open(path);
    if (!opened.library)
        return {};
    return sd::SequenceList(*opened.library).list().value;
}

} // namespace

class TestHomeCreate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolate();
        QGuiApplication::setApplicationName("tst_homecreate");
    }

    void createsFromATemplate()
    {
        Window w;
        QVERIFY(w.start());
        QVERIFY(w.waitFor("emptyState"));
        w.shot("home-empty");
        QVERIFY(w.clickOn("emptyNewSequence"));
        QVERIFY(w.waitFor("useTemplate"));
        w.shot("create-dialog");
        QVERIFY(w.clickOn("useTemplate"));
        QVERIFY(w.waitFor("templateGrid"));
        // It opens on every record type; then lead templates only: "High volume outbound
        // prospecting", "Webinar follow up".
        QCOMPARE(w.waitFor("galleryRecordType")->property("currentText").toString(),
                 QStringLiteral("All record types"));
        QVERIFY(w.waitFor("template_2"));
        w.item("templateGallery")->setProperty("recordType", "lead");
        QTRY_VERIFY(!w.item("template_2"));
        QVERIFY(w.waitFor("template_1"));
        QVERIFY(!w.item("template_2"));
        w.shot("template-gallery");
        QVERIFY(w.clickOn("template_1"));
        QQuickItem *name = w.waitFor("sequenceName");
        QVERIFY(name);
        QCOMPARE(name->property("text").toString(), QStringLiteral("Webinar follow up"));
        w.click(name);
        w.retype("Spring webinar");
        QVERIFY(w.clickOn("createNext"));
        QVERIFY(w.waitFor("designerPage"));

        const QList<sd::SequenceSummary> rows = rowsOf(w.libraryPath());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].name, QStringLiteral("Spring webinar"));
        QCOMPARE(rows[0].recordType, QStringLiteral("lead"));
        QCOMPARE(rows[0].steps, 7); // activities only: not the wait, conditions or the update
        QCOMPARE(rows[0].status, sd::Status::Inactive);
        QCOMPARE(w.item("designerPage")->property("sequenceId").toString(), rows[0].id);
    }

    void galleryShowsTheTemplatesOfTheRecordType()
    {
        Window w;
        QVERIFY(w.start());
        QMetaObject::invokeMethod(w.window(), "showDialog", Q_ARG(QString, "gallery"));
        QVERIFY(w.waitFor("galleryRecordType"));
        QObject *gallery = w.object("templateGallery");
        QVERIFY(gallery);
        gallery->setProperty("recordType", "account");
        QVERIFY(w.waitFor("template_0"));
        QTRY_VERIFY(!w.item("template_1"));
        gallery->setProperty("recordType", "opportunity");
        QVERIFY(w.waitFor("template_0"));
    }

    void createsABlankSequenceWithTheNameCheckedAsTyped()
    {
        Window w;
        QVERIFY(w.start());
        w.key(Qt::Key_N, Qt::ControlModifier);
        QVERIFY(w.clickOn("useBlank"));
        QQuickItem *name = w.waitFor("sequenceName");
        QVERIFY(name);
        QQuickItem *next = w.waitFor("createNext");
        QVERIFY(next);
        QVERIFY(!next->isEnabled()); // a name is required
        w.click(name);
        w.type(QString(161, u'x'));
        QVERIFY(w.waitFor("nameProblem"));
        QVERIFY(!next->isEnabled());
        w.retype("Partner day");
        QTRY_VERIFY(next->isEnabled());
        QVERIFY(!w.item("nameProblem")->isVisible());
        QQuickItem *type = w.waitFor("recordType");
        QVERIFY(type);
        int contact = -1;
        QMetaObject::invokeMethod(type, "indexOfValue", Q_RETURN_ARG(int, contact),
                                  Q_ARG(QVariant, QStringLiteral("contact")));
        QVERIFY(contact >= 0);
        type->setProperty("currentIndex", contact);
        w.click(next);
        QVERIFY(w.waitFor("designerPage"));

        const QList<sd::SequenceSummary> rows = rowsOf(w.libraryPath());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].name, QStringLiteral("Partner day"));
        QCOMPARE(rows[0].recordType, QStringLiteral("contact"));
        QCOMPARE(rows[0].steps, 0);
    }
};

QTEST_MAIN(TestHomeCreate)
#include "tst_homecreate.moc"
