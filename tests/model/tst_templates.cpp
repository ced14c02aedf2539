// SPDX-License-Identifier: MIT
// The bundled templates (resources/templates): each reads without diagnostics, from the source
// tree and from the compiled-in resources, validates cleanly against the default profile, and
// shows the record type, step count and duration of the template gallery
// (docs: sequences-domain.md, section 6).
#include "profile.h"
#include "sequence.h"
#include "sequencefile.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace sd;

namespace {

const QString sourceDir = QStringLiteral(SD_SOURCE_DIR "/resources/templates");

QString describe(const Diagnostics &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines.append(d.code + ' ' + d.stepId + ": " + d.message);
    return lines.join('\n');
}

// The flow as step types, depth first: "a > b ? (yes path) : (no path)".
QString shape(const Sequence &s, const QString &from)
{
    QStringList parts;
    QString id = from;
    while (!id.isEmpty()) {
        const Step *step = s.step(id);
        if (!step)
            return parts.join(" > ") + " > ?" + id;
        if (!step->yes.isEmpty() || !step->no.isEmpty() || step->type.endsWith("Condition")) {
            parts.append(QStringLiteral("%1 ? (%2) : (%3)")
                             .arg(step->type, shape(s, step->yes), shape(s, step->no)));
            break;
        }
        parts.append(step->type);
        id = step->next;
    }
    return parts.join(" > ");
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void gallery_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<int>("steps"); // activities: no waits, conditions or commands
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("flow");
        auto row = [](const char *file, const char *title, const char *type, int steps, int days,
                      const char *flow) {
            QTest::newRow(file) << file << title << type << steps << days << QString(flow);
        };
        // sequences-domain.md, section 6: the flow column is the authority; every step it names
        // is built, and the count is that of the flow as built.
        row("follow-up-no-show", "Follow up when contacts don't show up", "contact", 7, 5,
            "email > emailCondition ? (phoneCall) : (phoneCall > callCondition ? (task) : "
            "(wait > email > emailCondition ? (phoneCall) : (task)))");
        row("high-volume-outbound", "High volume outbound prospecting", "lead", 8, 9,
            "automatedEmail > wait > linkedinResearch > phoneCall > callCondition ? "
            "(linkedinConnect > task) : (automatedEmail > wait > phoneCall > callCondition ? () : "
            "(wait > phoneCall > callCondition ? () : (updateField)))");
        row("event-invitation", "Invite to an upcoming event", "contact", 6, 5,
            "email > emailCondition ? (email) : (email > emailCondition ? () : "
            "(phoneCall > callCondition ? (email) : (task)))");
        row("product-demo-meeting", "Meeting for product demo requests", "opportunity", 9, 5,
            "automatedEmail > linkedinResearch > linkedinConnect > wait > email > emailCondition ? "
            "(task > task) : (phoneCall > callCondition ? () : (wait > phoneCall > callCondition ? "
            "() : (task)))");
        row("account-renewal", "Upcoming account renewal", "account", 13, 50,
            "task > email > wait > task > phoneCall > task > wait > email > wait > task > task > "
            "wait > phoneCall > email > wait > phoneCall > wait > task > email");
        row("webinar-follow-up", "Webinar follow up", "lead", 7, 7,
            "automatedEmail > emailCondition ? (email > task > task) : (email > phoneCall > "
            "callCondition ? () : (wait > email > emailCondition ? () : (updateField)))");
    }

    void gallery()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QString, recordType);
        QFETCH(int, steps);
        QFETCH(int, days);
        QFETCH(QString, flow);
        const QString name = file + ".sequence.json";
        const ReadResult fromSource = readSequenceFile(sourceDir + '/' + name);
        QVERIFY2(fromSource.diagnostics.isEmpty(), qPrintable(describe(fromSource.diagnostics)));
        const ReadResult fromResource = readSequenceFile(":/templates/" + name);
        QVERIFY2(fromResource.diagnostics.isEmpty(),
                 qPrintable(describe(fromResource.diagnostics)));
        QCOMPARE(fromSource.sequences.size(), 1);
        QCOMPARE(fromResource.sequences.size(), 1);
        QVERIFY(fromResource.sequences.first() == fromSource.sequences.first());
        QCOMPARE(fromSource.profileName, Profile::defaultProfile().name);

        const Sequence &s = fromSource.sequences.first();
        // Clean: no errors, and no warnings either (an unknown template name would be one).
        const Diagnostics found = validate(s, Profile::defaultProfile());
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
        QVERIFY(validate(s, Profile::defaultProfile(), ValidationMode::Activation).isEmpty());

        QVERIFY(s.templateInfo);
        QCOMPARE(s.templateInfo->title, title);
        QCOMPARE(s.templateInfo->language, QStringLiteral("en"));
        QVERIFY(!s.templateInfo->category.isEmpty());
        QCOMPARE(s.name, title);
        QVERIFY(s.description.size() > 40);
        QCOMPARE(s.recordType, recordType);
        QVERIFY(s.status == Status::Inactive);
        QCOMPARE(shape(s, s.start), flow);
        QCOMPARE(s.activityCount(), steps);
        QCOMPARE(s.durationHours(), days * 24);
        QVERIFY(!QUuid::fromString(s.id).isNull());
        // Written for people: every step says what the seller does and why.
        for (const Step &step : s.steps()) {
            QVERIFY2(!step.name.isEmpty(), qPrintable(step.id));
            QVERIFY2(step.description.size() > 20, qPrintable(step.id));
        }
    }

    // The table above and the folder hold the same templates, under distinct ids.
    void everyTemplateIsListed()
    {
        QStringList files =
            QDir(sourceDir).entryList({QStringLiteral("*.sequence.json")}, QDir::Files);
        QStringList resources =
            QDir(":/templates").entryList({QStringLiteral("*.sequence.json")}, QDir::Files);
        files.sort();
        resources.sort();
        QCOMPARE(resources, files);
        QCOMPARE(
            files,
            QStringList({"account-renewal.sequence.json", "event-invitation.sequence.json",
                         "follow-up-no-show.sequence.json", "high-volume-outbound.sequence.json",
                         "product-demo-meeting.sequence.json", "webinar-follow-up.sequence.json"}));
        QSet<QString> ids;
        for (const QString &f : files) {
            const ReadResult r = readSequenceFile(sourceDir + '/' + f);
            QCOMPARE(r.sequences.size(), 1);
            ids.insert(r.sequences.first().id);
        }
        QCOMPARE(ids.size(), files.size());
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
