// SPDX-License-Identifier: MIT
// The organisation profile: the shipped default profile has the names the validator and the
// templates rely on, and the strict loader refuses every broken profile with a message that
// names the JSON path.
#include "profile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace sd;

namespace {

const QString defaultPath =
    QStringLiteral(SD_SOURCE_DIR "/resources/profiles/default.profile.json");

// A profile with one record type "lead" whose fields are `fields` (a JSON array body).
QByteArray withFields(const char *fields)
{
    return QByteArray(R"({"name": "T", "recordTypes": [{"name": "lead", "fields": [)") + fields +
           "]}]}";
}

// A minimal valid profile with `extra` top-level members appended.
QByteArray withTop(const char *extra)
{
    return QByteArray(R"({"name": "T", "recordTypes": [{"name": "lead", "fields": []}])") + extra +
           "}";
}

QByteArray withProcesses(const char *processes)
{
    return QByteArray(R"({"name": "T", "recordTypes": [{"name": "lead", "fields": [], )"
                      R"("processes": [)") +
           processes + "]}]}";
}

// Every LocalizedText of the default profile, with where it is, for the language checks.
QList<std::pair<QString, LocalizedText>> allTexts(const Profile &p)
{
    QList<std::pair<QString, LocalizedText>> out;
    auto addFields = [&](const QString &where, const QList<Field> &fields) {
        for (const Field &f : fields) {
            out.append({where + '.' + f.name, f.displayName});
            for (const ChoiceOption &o : f.options)
                out.append({where + '.' + f.name + '=' + QString::number(o.value), o.label});
        }
    };
    for (const RecordType &r : p.recordTypes) {
        out.append({r.name, r.displayName});
        addFields(r.name, r.fields);
        for (const ProcessFlow &flow : r.processes) {
            out.append({r.name + '/' + flow.name, flow.displayName});
            for (const QString &stage : flow.stages)
                out.append({r.name + '/' + flow.name + '/' + stage, flow.stageLabel(stage)});
        }
    }
    for (const CallResult &c : p.callResults)
        out.append({"callResult " + c.value, c.label});
    addFields(QStringLiteral("user"), p.userFields);
    return out;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    // The qFatal in defaultProfile() must never fire in a user's hands: the shipped file loads.
    void shippedProfileLoads()
    {
        QString error;
        const std::optional<Profile> fromSource = Profile::load(defaultPath, &error);
        QVERIFY2(fromSource, qPrintable(error));
        const std::optional<Profile> fromResource =
            Profile::load(QStringLiteral(":/profiles/default.profile.json"), &error);
        QVERIFY2(fromResource, qPrintable(error));
        QCOMPARE(fromResource->recordTypes.size(), fromSource->recordTypes.size());

        const Profile &p = Profile::defaultProfile();
        QCOMPARE(&p, &Profile::defaultProfile()); // loaded once
        QCOMPARE(p.name, fromSource->name);
        QStringList types;
        for (const RecordType &r : p.recordTypes)
            types.append(r.name);
        QCOMPARE(types, QStringList({"lead", "contact", "account", "opportunity"}));
    }

    void resourceMatchesSource()
    {
        QFile source(defaultPath);
        QFile resource(QStringLiteral(":/profiles/default.profile.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(resource.open(QIODevice::ReadOnly));
        QCOMPARE(resource.readAll(), source.readAll());
    }

    void defaultProfileIsThreadSafe()
    {
        std::vector<const Profile *> seen(4, nullptr);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < seen.size(); ++i)
            threads.emplace_back([&seen, i] { seen[i] = &Profile::defaultProfile(); });
        for (std::thread &t : threads)
            t.join();
        for (const Profile *p : seen)
            QCOMPARE(p, &Profile::defaultProfile());
    }

    void defaultFields_data()
    {
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("readOnly");
        const char *common[][3] = {
            {"ownerid", "user", ""}, {"createdby", "user", "ro"}, {"modifiedby", "user", "ro"}};
        const char *rows[][4] = {
            {"lead", "firstname", "text", ""},
            {"lead", "lastname", "text", ""},
            {"lead", "fullname", "text", "ro"},
            {"lead", "companyname", "text", ""},
            {"lead", "jobtitle", "text", ""},
            {"lead", "emailaddress1", "text", ""},
            {"lead", "telephone1", "text", ""},
            {"lead", "mobilephone", "text", ""},
            {"lead", "websiteurl", "text", ""},
            {"lead", "leadsourcecode", "choice", ""},
            {"lead", "leadqualitycode", "choice", ""},
            {"lead", "statuscode", "choice", ""},
            {"lead", "industrycode", "choice", ""},
            {"lead", "donotemail", "yesno", ""},
            {"lead", "donotphone", "yesno", ""},
            {"lead", "budgetamount", "number", ""},
            {"lead", "numberofemployees", "number", ""},
            {"lead", "estimatedclosedate", "date", ""},
            {"contact", "firstname", "text", ""},
            {"contact", "lastname", "text", ""},
            {"contact", "fullname", "text", "ro"},
            {"contact", "jobtitle", "text", ""},
            {"contact", "emailaddress1", "text", ""},
            {"contact", "telephone1", "text", ""},
            {"contact", "mobilephone", "text", ""},
            {"contact", "preferredcontactmethodcode", "choice", ""},
            {"contact", "donotemail", "yesno", ""},
            {"contact", "donotphone", "yesno", ""},
            {"contact", "birthdate", "date", ""},
            {"account", "name", "text", ""},
            {"account", "accountnumber", "text", ""},
            {"account", "telephone1", "text", ""},
            {"account", "emailaddress1", "text", ""},
            {"account", "websiteurl", "text", ""},
            {"account", "industrycode", "choice", ""},
            {"account", "revenue", "number", ""},
            {"account", "numberofemployees", "number", ""},
            {"account", "accountcategorycode", "choice", ""},
            {"account", "donotemail", "yesno", ""},
            {"account", "new_accountmanagerid", "user", ""},
            {"opportunity", "name", "text", ""},
            {"opportunity", "description", "text", ""},
            {"opportunity", "estimatedvalue", "number", ""},
            {"opportunity", "estimatedclosedate", "date", ""},
            {"opportunity", "closeprobability", "number", ""},
            {"opportunity", "opportunityratingcode", "choice", ""},
            {"opportunity", "salesstagecode", "choice", ""},
            {"opportunity", "budgetamount", "number", ""},
        };
        for (const auto &r : rows)
            QTest::addRow("%s.%s", r[0], r[1]) << r[0] << r[1] << r[2] << (r[3][0] != 0);
        for (const char *type : {"lead", "contact", "account", "opportunity"}) {
            for (const auto &c : common)
                QTest::addRow("%s.%s", type, c[0]) << type << c[0] << c[1] << (c[2][0] != 0);
        }
        const char *users[][2] = {{"title", "text"},
                                  {"businessunitid", "text"},
                                  {"territoryid", "text"},
                                  {"address1_city", "text"},
                                  {"isdisabled", "yesno"}};
        for (const auto &u : users)
            QTest::addRow("user.%s", u[0]) << "" << u[0] << u[1] << false;
    }

    void defaultFields()
    {
        QFETCH(QString, recordType);
        QFETCH(QString, field);
        QFETCH(QString, type);
        QFETCH(bool, readOnly);
        const Profile &p = Profile::defaultProfile();
        const Field *f = nullptr;
        if (recordType.isEmpty()) {
            f = p.userField(field);
        } else {
            const RecordType *r = p.recordType(recordType);
            QVERIFY(r);
            f = r->field(field);
        }
        QVERIFY2(f, qPrintable(field + " is missing"));
        QCOMPARE(fieldTypeKey(f->type), type);
        QCOMPARE(f->readOnly, readOnly);
        QCOMPARE(f->options.isEmpty(), f->type != FieldType::Choice);
    }

    void defaultOptions_data()
    {
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("labels"); // English, for the option numbers 1, 2, …
        QTest::newRow("lead source")
            << "lead"
            << "leadsourcecode" << QStringList{"Advertisement",     "Employee Referral",
                                               "External Referral", "Partner",
                                               "Public Relations",  "Seminar",
                                               "Trade Show",        "Web",
                                               "Word of Mouth",     "Other"};
        QTest::newRow("lead rating") << "lead"
                                     << "leadqualitycode" << QStringList{"Hot", "Warm", "Cold"};
        QTest::newRow("lead status")
            << "lead"
            << "statuscode" << QStringList{"New",     "Contacted",      "Qualified",
                                           "Lost",    "Cannot Contact", "No Longer Interested",
                                           "Canceled"};
        QTest::newRow("contact method")
            << "contact"
            << "preferredcontactmethodcode" << QStringList{"Any", "Email", "Phone", "Fax", "Mail"};
        QTest::newRow("account category")
            << "account"
            << "accountcategorycode" << QStringList{"Preferred Customer", "Standard"};
        QTest::newRow("opportunity rating")
            << "opportunity"
            << "opportunityratingcode" << QStringList{"Hot", "Warm", "Cold"};
        QTest::newRow("sales stage")
            << "opportunity"
            << "salesstagecode" << QStringList{"Qualify", "Develop", "Propose", "Close"};
    }

    void defaultOptions()
    {
        QFETCH(QString, recordType);
        QFETCH(QString, field);
        QFETCH(QStringList, labels);
        const Field *f = Profile::defaultProfile().recordType(recordType)->field(field);
        QVERIFY(f);
        QCOMPARE(f->options.size(), labels.size());
        for (int i = 0; i < labels.size(); ++i) {
            const ChoiceOption *o = f->option(i + 1);
            QVERIFY2(o, qPrintable(QString::number(i + 1)));
            QCOMPARE(o->label.text("en"), labels.at(i));
        }
    }

    void defaultProcessesAndLists()
    {
        const Profile &p = Profile::defaultProfile();
        const QStringList stages{"Qualify", "Develop", "Propose", "Close"};
        const QString leadToOpp = QStringLiteral("Lead to Opportunity Sales Process");
        const QString oppProcess = QStringLiteral("Opportunity Sales Process");
        QVERIFY(p.recordType("lead")->process(leadToOpp));
        QCOMPARE(p.recordType("lead")->process(leadToOpp)->stages, stages);
        QVERIFY(!p.recordType("lead")->process(oppProcess));
        QCOMPARE(p.recordType("opportunity")->process(leadToOpp)->stages, stages);
        QCOMPARE(p.recordType("opportunity")->process(oppProcess)->stages, stages);
        QCOMPARE(p.recordType("opportunity")->process(oppProcess)->stageLabel("Propose").text("nb"),
                 QStringLiteral("Foreslå"));

        QVERIFY(p.hasCallResult("made"));
        QVERIFY(p.hasCallResult("received"));
        QVERIFY(!p.hasCallResult("Made"));
        QCOMPARE(p.callResults.first().label.text("en"), QStringLiteral("Made"));

        for (const char *t : {"Introduction", "Follow-up", "Webinar thank you", "Meeting request",
                              "Demo confirmation", "Event invitation", "Renewal reminder", "Quote",
                              "Thank you", "Missed meeting", "Final follow-up", "Confirmation"})
            QVERIFY2(p.emailTemplates.contains(t), t);
        for (const char *t : {"Meeting reminder", "Quick check-in", "Event reminder"})
            QVERIFY2(p.smsTemplates.contains(t), t);
    }

    // Every text of the default profile has both an English and a Norwegian Bokmål version.
    void defaultIsBilingual()
    {
        const auto texts = allTexts(Profile::defaultProfile());
        QVERIFY(texts.size() > 150);
        for (const auto &[where, text] : texts) {
            QVERIFY2(!text.byLanguage.value("en").isEmpty(), qPrintable(where + ": no English"));
            QVERIFY2(!text.byLanguage.value("nb").isEmpty(), qPrintable(where + ": no Bokmål"));
        }
        const RecordType *lead = Profile::defaultProfile().recordType("lead");
        QCOMPARE(lead->displayName.text("nb"), QStringLiteral("Kundeemne"));
        QCOMPARE(lead->field("companyname")->displayName.text("nb"), QStringLiteral("Firmanavn"));
        QCOMPARE(lead->field("leadqualitycode")->option(3)->label.text("nb"),
                 QStringLiteral("Kald"));
    }

    void localizedTextFallback()
    {
        LocalizedText both;
        both.byLanguage = {{"en", "Company name"}, {"nb", "Firmanavn"}};
        QCOMPARE(both.text("nb"), QStringLiteral("Firmanavn"));
        QCOMPARE(both.text("de"), QStringLiteral("Company name"));
        QCOMPARE(both.text(), QStringLiteral("Company name"));
        LocalizedText plain;
        plain.byLanguage = {{"", "Project"}};
        QCOMPARE(plain.text("nb"), QStringLiteral("Project"));
        QCOMPARE(LocalizedText().text("en"), QString());
    }

    void fieldTypeKeys()
    {
        for (FieldType t : {FieldType::Text, FieldType::Number, FieldType::Date, FieldType::YesNo,
                            FieldType::Choice, FieldType::User})
            QVERIFY(fieldTypeFromKey(fieldTypeKey(t)) == t);
        QCOMPARE(fieldTypeKey(FieldType::YesNo), QStringLiteral("yesno"));
        QVERIFY(!fieldTypeFromKey("Text"));
        QVERIFY(!fieldTypeFromKey("currency"));
        QVERIFY(!fieldTypeFromKey(""));
    }

    // Optional parts take their defaults; plain-string labels, custom names and unknown keys
    // are accepted.
    void customProfileLoads()
    {
        QString error;
        const auto p = Profile::load(SD_TEST_DATA "/profiles/custom.profile.json", &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name, QStringLiteral("Fabrikam Projects"));
        const RecordType *project = p->recordType("new_project");
        QVERIFY(project);
        QCOMPARE(project->displayName.text("nb"), QStringLiteral("Project"));
        QCOMPARE(project->field("new_budget")->displayName.text(), QStringLiteral("new_budget"));
        QCOMPARE(project->field("new_phase")->option(100000001)->label.text("nb"),
                 QStringLiteral("Leveranse"));
        QVERIFY(project->field("createdby")->readOnly);
        QVERIFY(!project->field("new_name")->readOnly);
        const ProcessFlow *flow = project->process("Project Delivery");
        QVERIFY(flow);
        QCOMPARE(flow->stages, QStringList({"Plan", "Build", "Hand over"}));
        QCOMPARE(flow->stageLabel("Build").text("nb"), QStringLiteral("Bygg"));
        QCOMPARE(flow->stageLabel("Plan").text("nb"), QStringLiteral("Plan"));
        QVERIFY(p->hasCallResult("leftVoicemail"));
        QCOMPARE(p->callResults.first().label.text(), QStringLiteral("made"));
        QCOMPARE(p->smsTemplates, QStringList());
        QVERIFY(p->userField("title"));

        const auto minimal = Profile::fromJson(withTop(R"(, "callResults": null)"), &error);
        QVERIFY2(minimal, qPrintable(error));
        QVERIFY(minimal->callResults.isEmpty());
        QVERIFY(Profile::fromJson("\xEF\xBB\xBF" + withTop(""), &error)); // byte-order mark
    }

    void brokenProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path"); // must appear in the message

        QTest::newRow("empty") << QByteArray("  \n") << "empty";
        QTest::newRow("syntax") << QByteArray("{\n  \"name\": \"x\",\n  oops\n}") << "line 3";
        // Read as strictly as sequence files: a key twice is refused, not the last one kept.
        QTest::newRow("key twice")
            << QByteArray("{\"name\": \"T\",\n \"name\": \"U\", \"recordTypes\": []}")
            << "\"name\" appears twice";
        QTest::newRow("top array") << QByteArray("[]") << "At $:";
        QTest::newRow("format") << withTop(R"(, "format": "sequence-designer")") << "$.format";
        QTest::newRow("newer version") << withTop(R"(, "formatVersion": 2)") << "$.formatVersion";
        QTest::newRow("version string")
            << withTop(R"(, "formatVersion": "1")") << "$.formatVersion";
        QTest::newRow("no name") << QByteArray(
                                        R"({"recordTypes": [{"name": "lead", "fields": []}]})")
                                 << "$.name";
        QTest::newRow("name number")
            << QByteArray(R"({"name": 7, "recordTypes": [{"name": "lead", "fields": []}]})")
            << "$.name";
        QTest::newRow("name blank")
            << QByteArray(R"({"name": "  ", "recordTypes": [{"name": "lead", "fields": []}]})")
            << "$.name";
        QTest::newRow("no record types") << QByteArray(R"({"name": "T"})") << "$.recordTypes";
        QTest::newRow("record types empty")
            << QByteArray(R"({"name": "T", "recordTypes": []})") << "$.recordTypes";
        QTest::newRow("record types object")
            << QByteArray(R"({"name": "T", "recordTypes": {}})") << "$.recordTypes";
        QTest::newRow("record type string")
            << QByteArray(R"({"name": "T", "recordTypes": ["lead"]})") << "$.recordTypes[0]";
        QTest::newRow("record type no name")
            << QByteArray(R"({"name": "T", "recordTypes": [{"fields": []}]})")
            << "$.recordTypes[0].name";
        QTest::newRow("record type bad name")
            << QByteArray(R"({"name": "T", "recordTypes": [{"name": "my lead", "fields": []}]})")
            << "$.recordTypes[0].name";
        QTest::newRow("record type twice")
            << QByteArray(R"({"name": "T", "recordTypes": [{"name": "lead", "fields": []},)"
                          R"( {"name": "lead", "fields": []}]})")
            << "$.recordTypes[1].name";
        QTest::newRow("no fields")
            << QByteArray(R"({"name": "T", "recordTypes": [{"name": "lead"}]})")
            << "$.recordTypes[0].fields";
        QTest::newRow("field not object")
            << withFields(R"("firstname")") << "$.recordTypes[0].fields[0]";
        QTest::newRow("field no name")
            << withFields(R"({"type": "text"})") << "$.recordTypes[0].fields[0].name";
        QTest::newRow("field name digit") << withFields(R"({"name": "1st", "type": "text"})")
                                          << "$.recordTypes[0].fields[0].name";
        QTest::newRow("field twice")
            << withFields(R"({"name": "a", "type": "text"}, {"name": "a", "type": "date"})")
            << "$.recordTypes[0].fields[1].name";
        QTest::newRow("field no type")
            << withFields(R"({"name": "a"})") << "$.recordTypes[0].fields[0].type";
        QTest::newRow("field unknown type") << withFields(R"({"name": "a", "type": "string"})")
                                            << "$.recordTypes[0].fields[0].type";
        QTest::newRow("field type number")
            << withFields(R"({"name": "a", "type": 1})") << "$.recordTypes[0].fields[0].type";
        QTest::newRow("readOnly string")
            << withFields(R"({"name": "a", "type": "text", "readOnly": "yes"})")
            << "$.recordTypes[0].fields[0].readOnly";
        QTest::newRow("choice without options") << withFields(R"({"name": "a", "type": "choice"})")
                                                << "$.recordTypes[0].fields[0].options";
        QTest::newRow("choice empty options")
            << withFields(R"({"name": "a", "type": "choice", "options": []})")
            << "$.recordTypes[0].fields[0].options";
        QTest::newRow("options on text")
            << withFields(R"({"name": "a", "type": "text", "options": []})")
            << "$.recordTypes[0].fields[0].options";
        QTest::newRow("option fraction")
            << withFields(
                   R"({"name": "a", "type": "choice", "options": [{"value": 1.5, "label": "x"}]})")
            << "$.recordTypes[0].fields[0].options[0].value";
        QTest::newRow("option huge")
            << withFields(
                   R"({"name": "a", "type": "choice", "options": [{"value": 3e10, "label": "x"}]})")
            << "$.recordTypes[0].fields[0].options[0].value";
        QTest::newRow("option no value")
            << withFields(R"({"name": "a", "type": "choice", "options": [{"label": "x"}]})")
            << "$.recordTypes[0].fields[0].options[0].value";
        QTest::newRow("option twice")
            << withFields(
                   R"({"name": "a", "type": "choice", "options": [{"value": 1, "label": "x"},)"
                   R"( {"value": 1, "label": "y"}]})")
            << "$.recordTypes[0].fields[0].options[1].value";
        QTest::newRow("option no label")
            << withFields(R"({"name": "a", "type": "choice", "options": [{"value": 1}]})")
            << "$.recordTypes[0].fields[0].options[0].label";
        QTest::newRow("label no languages")
            << withFields(R"({"name": "a", "type": "text", "displayName": {}})")
            << "$.recordTypes[0].fields[0].displayName";
        QTest::newRow("label bad language")
            << withFields(R"({"name": "a", "type": "text", "displayName": {"English": "A"}})")
            << "$.recordTypes[0].fields[0].displayName.English";
        QTest::newRow("label number")
            << withFields(R"({"name": "a", "type": "text", "displayName": {"en": 5}})")
            << "$.recordTypes[0].fields[0].displayName.en";
        QTest::newRow("label array")
            << withFields(R"({"name": "a", "type": "text", "displayName": ["A"]})")
            << "$.recordTypes[0].fields[0].displayName";
        QTest::newRow("process no stages")
            << withProcesses(R"({"name": "P"})") << "$.recordTypes[0].processes[0].stages";
        QTest::newRow("process empty stages") << withProcesses(R"({"name": "P", "stages": []})")
                                              << "$.recordTypes[0].processes[0].stages";
        QTest::newRow("process no name")
            << withProcesses(R"({"stages": ["A"]})") << "$.recordTypes[0].processes[0].name";
        QTest::newRow("stage twice") << withProcesses(R"({"name": "P", "stages": ["A", "A"]})")
                                     << "$.recordTypes[0].processes[0].stages[1]";
        QTest::newRow("stage number") << withProcesses(R"({"name": "P", "stages": [1]})")
                                      << "$.recordTypes[0].processes[0].stages[0]";
        QTest::newRow("process twice")
            << withProcesses(R"({"name": "P", "stages": ["A"]}, {"name": "P", "stages": ["B"]})")
            << "$.recordTypes[0].processes[1].name";
        QTest::newRow("call result no value")
            << withTop(R"(, "callResults": [{"label": "Made"}])") << "$.callResults[0].value";
        QTest::newRow("call result twice")
            << withTop(R"(, "callResults": [{"value": "made"}, {"value": "made"}])")
            << "$.callResults[1].value";
        QTest::newRow("email template number")
            << withTop(R"(, "emailTemplates": [3])") << "$.emailTemplates[0]";
        QTest::newRow("email template spaces")
            << withTop(R"(, "emailTemplates": ["Quote "])") << "$.emailTemplates[0]";
        QTest::newRow("sms template twice")
            << withTop(R"(, "smsTemplates": ["A", "A"])") << "$.smsTemplates[1]";
        QTest::newRow("sms templates string")
            << withTop(R"(, "smsTemplates": "A")") << "$.smsTemplates";
        QTest::newRow("user field type")
            << withTop(R"(, "userFields": [{"name": "title", "type": "lookup"}])")
            << "$.userFields[0].type";
        QTest::newRow("user field twice")
            << withTop(
                   R"(, "userFields": [{"name": "t", "type": "text"}, {"name": "t", "type": "text"}])")
            << "$.userFields[1].name";
    }

    void brokenProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QString error;
        QVERIFY(!Profile::fromJson(json, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        // The message goes on past the path: it says what is wrong and what to do.
        QVERIFY2(error.size() > error.indexOf(path) + path.size() + 20, qPrintable(error));
        QVERIFY(!Profile::fromJson(json, nullptr)); // no error pointer: still no crash
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::newRow("choice without options") << "choice-without-options"
                                                << "$.recordTypes[0].fields[1].options";
        QTest::newRow("duplicate field") << "duplicate-field"
                                         << "$.recordTypes[1].fields[2].name";
        QTest::newRow("duplicate record type") << "duplicate-record-type"
                                               << "$.recordTypes[2].name";
        QTest::newRow("process without stages") << "process-without-stages"
                                                << "$.recordTypes[0].processes[1].stages";
        QTest::newRow("unknown field type") << "unknown-field-type"
                                            << "$.recordTypes[0].fields[1].type";
        QTest::newRow("wrong type") << "wrong-type"
                                    << "$.recordTypes[0].fields[0].readOnly";
        QTest::newRow("not json") << "not-json"
                                  << "line 4, column";
    }

    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QString error;
        QVERIFY(!Profile::load(SD_TEST_DATA "/profiles/" + file + ".profile.json", &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(file + ".profile.json"), qPrintable(error)); // names the file
    }

    void loadMissingFile()
    {
        QString error;
        QVERIFY(!Profile::load(SD_TEST_DATA "/profiles/no-such.profile.json", &error));
        QVERIFY2(error.contains("no-such.profile.json"), qPrintable(error));
        QVERIFY(!Profile::load(SD_TEST_DATA "/profiles", &error)); // a folder
        QVERIFY2(error.contains("folder"), qPrintable(error));
    }

    // Refused from its size: the file is sparse, so this costs no memory or disk.
    void loadHugeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile big(dir.filePath("big.profile.json"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.write(withTop("")) > 0);
        QVERIFY(big.resize(Profile::maxFileBytes + 1));
        big.close();
        QString error;
        QVERIFY(!Profile::load(big.fileName(), &error));
        QVERIFY2(error.contains("16 MiB"), qPrintable(error));

        // Exactly at the limit is read (and then refused as JSON with trailing garbage).
        QVERIFY(big.resize(Profile::maxFileBytes));
        QVERIFY(!Profile::load(big.fileName(), &error));
        QVERIFY2(error.contains("not valid JSON"), qPrintable(error));
    }

    // Every prefix and many random corruptions of the default profile: refused or accepted,
    // never a crash, and a refusal always explains itself.
    void neverCrashes()
    {
        QFile file(defaultPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        for (qsizetype n = 0; n < good.size(); n += 37) {
            QString error;
            QVERIFY(!Profile::fromJson(good.left(n), &error));
            QVERIFY(!error.isEmpty());
        }
        QRandomGenerator random(20240601); // fixed seed: the same inputs every run
        for (int i = 0; i < 300; ++i) {
            QByteArray bad = good;
            for (int k = 0; k < 4; ++k)
                bad[random.bounded(int(bad.size()))] = char(random.bounded(256));
            QString error;
            const auto p = Profile::fromJson(bad, &error);
            QVERIFY(p || !error.isEmpty());
        }
        QString error;
        QVERIFY(!Profile::fromJson(QByteArray(5000, '['), &error));
        QVERIFY(!Profile::fromJson(QByteArray("\0\0\0", 3), &error));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
