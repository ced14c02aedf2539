// SPDX-License-Identifier: MIT
// The interface switches between English and Norwegian Bokmål at runtime, from the Settings
// dialog, without restarting: texts, dates and numbers change at once, and the Norwegian uses the
// terms of the seed page on the home page, in the create dialog, on the canvas, in the add dialog
// and in the properties pane. To check a new place, open it and add expectTexts({...}) with the
// texts that must show (each must be on a visible item of the window or an open popup).
#include "language.h"
#include "librarysession.h"
#include "uitest.h"

#include <QLocale>
#include <QSettings>

using namespace sd::uitest;

namespace {

// Every visible item whose `text` (or `title`) is exactly `text`, in the window and its popups.
void collectTexts(QQuickItem *item, QStringList *texts)
{
    if (!item || !item->isVisible())
        return;
    for (const char *property : {"text", "title", "placeholderText"}) {
        const QVariant value = item->property(property);
        if (value.metaType() == QMetaType::fromType<QString>() && !value.toString().isEmpty())
            texts->append(value.toString());
    }
    for (QQuickItem *child : item->childItems())
        collectTexts(child, texts);
}

QStringList visibleTexts(const Window &w)
{
    QStringList texts;
    collectTexts(w.window()->contentItem(), &texts);
    return texts;
}

template <typename T> T *singleton(const Window &w, const char *name)
{
    const int id = qmlTypeId("SequenceDesigner", 1, 0, name);
    return w.engine()->singletonInstance<T *>(id);
}

// The first visible item below `root` whose `text` is `text`.
QQuickItem *itemWithText(QQuickItem *root, const QString &text)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->property("text").toString() == text)
        return root;
    for (QQuickItem *child : root->childItems()) {
        if (QQuickItem *found = itemWithText(child, text))
            return found;
    }
    return nullptr;
}

QObject *popup(const Window &w, const char *name)
{
    return w.window()->findChild<QObject *>(QLatin1String(name));
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void settingsSwitchesAtOnce();
    void seedTermsInNorwegian();
    void templateTextsInNorwegian();
    void activationDialogInNorwegian();

private:
    // Fails with the texts that are missing and what was shown instead.
    void expectTexts(const Window &w, const QStringList &expected, const char *where);
    bool chooseLanguage(Window &w, const QString &code);
    void closeSettings(Window &w);
    // A sequence made from a bundled template, open in the designer.
    QString openTemplateInDesigner(Window &w, const QString &file);
};

void TestLanguage::initTestCase()
{
    isolate();
    QSettings().remove("language");
    sd::Language::setStartupOverride(QStringLiteral("en"));
}

void TestLanguage::expectTexts(const Window &w, const QStringList &expected, const char *where)
{
    const QStringList shown = visibleTexts(w);
    QStringList missing;
    for (const QString &text : expected) {
        if (!shown.contains(text))
            missing.append(text);
    }
    if (!missing.isEmpty()) {
        QFAIL(qPrintable(
            QStringLiteral("%1: not shown: \"%2\"\nShown: \"%3\"")
                .arg(QLatin1String(where), missing.join("\", \""), shown.join("\", \""))));
    }
}

// Through the window as a user does: the menu, Settings…, the language box.
bool TestLanguage::chooseLanguage(Window &w, const QString &code)
{
    QQuickItem *menuButton = w.waitFor("mainMenuButton");
    if (!menuButton)
        return false;
    w.click(menuButton);
    QQuickItem *settings = w.waitFor("menuSettings");
    if (!settings)
        return false;
    w.click(settings);
    QQuickItem *choice = w.waitFor("languageChoice");
    if (!choice)
        return false;
    w.click(choice);
    QQuickItem *option = w.waitFor("languageOption_" + code);
    if (!option)
        return false;
    w.click(option);
    return QTest::qWaitFor([&] { return sd::Language::activeCode() == code; }, 2000);
}

void TestLanguage::closeSettings(Window &w)
{
    if (QQuickItem *close = w.waitFor("settingsClose"))
        w.click(close);
    QTRY_VERIFY(!w.item("languageChoice") || !w.item("languageChoice")->isVisible());
}

void TestLanguage::settingsSwitchesAtOnce()
{
    Window w;
    QVERIFY(w.start());
    QCOMPARE(sd::Language::activeCode(), QStringLiteral("en"));
    expectTexts(w, {"New sequence", "No sequences yet"}, "English home page");
    const QString englishDate = QLocale().toString(QDate(2025, 3, 31), QLocale::LongFormat);

    QVERIFY(chooseLanguage(w, "nb"));
    // The open dialog, the page behind it, and what C++ formats change without a restart.
    expectTexts(w, {"Innstillinger", "Språk", "Ny sekvens", "Ingen sekvenser ennå"},
                "Norwegian settings over the home page");
    QQuickItem *sample = w.waitFor("languageSample");
    QVERIFY(sample);
    const QString sampleText = sample->property("text").toString();
    QVERIFY2(sampleText.contains(u"mars") && sampleText.contains(u"1\u00a0234,5"),
             qPrintable(sampleText));
    const QString norwegianDate = QLocale().toString(QDate(2025, 3, 31), QLocale::LongFormat);
    QVERIFY2(norwegianDate.contains(u"mars") && norwegianDate != englishDate,
             qPrintable(norwegianDate));
    QCOMPARE(QSettings().value("language").toString(), QStringLiteral("nb"));
    w.shot("nb-settings");
    closeSettings(w);

    QVERIFY(chooseLanguage(w, "en"));
    expectTexts(w, {"Settings", "New sequence", "No sequences yet"}, "back to English");
    QVERIFY2(sample->property("text").toString().contains(u"March"),
             qPrintable(sample->property("text").toString()));
    QCOMPARE(QLocale().toString(QDate(2025, 3, 31), QLocale::LongFormat), englishDate);
    closeSettings(w);

    // The choice is remembered for the next start.
    QVERIFY(chooseLanguage(w, "nb"));
    w.stop();
    sd::Language::setStartupOverride({});
    sd::Language::installInitial();
    QCOMPARE(sd::Language::activeCode(), QStringLiteral("nb"));
}

void TestLanguage::seedTermsInNorwegian()
{
    sd::Language::setStartupOverride(QStringLiteral("nb"));
    sd::Language::installInitial();
    Window w;
    QVERIFY(w.start());
    expectTexts(w, {"Ny sekvens"}, "home page");
    w.shot("nb-home");

    // "Ny sekvens": the create dialog offers "Bruk mal" and "Bruk tom sekvens".
    w.click(w.waitFor("newSequence"));
    QVERIFY(w.waitFor("useTemplate"));
    expectTexts(w, {"Opprett en sekvens", "Bruk mal", "Bruk tom sekvens"}, "create dialog");
    w.shot("nb-create-dialog");
    w.click(w.waitFor("useBlank"));
    QVERIFY(w.waitFor("sequenceName"));
    expectTexts(w, {"Sekvensnavn"}, "create dialog, details");
    w.shot("nb-create-details");
    QMetaObject::invokeMethod(popup(w, "createDialog"), "close");

    // The designer on a template: the canvas, the add dialog, the properties pane.
    openTemplateInDesigner(w, "webinar-follow-up.sequence.json");
    QVERIFY(w.waitFor("card_start"));
    expectTexts(w, {"Sekvens starter her", "Ja", "Nei"}, "canvas");
    w.shot("nb-designer-template");

    QQuickItem *plus = w.waitFor("plus_start_next");
    QVERIFY(plus);
    w.click(plus);
    QVERIFY(w.waitFor("addElementTabs"));
    expectTexts(w,
                {"Legg til en handling eller et annet element", "Trinn", "Betingelser",
                 "Kommandoer", "LinkedIn", "Send en e-post", "Foreta en telefonsamtale",
                 "Angi ventetid"},
                "add dialog, Trinn");
    w.shot("nb-add-dialog");
    w.click(w.waitFor("tabConditions"));
    expectTexts(w, {"E-postbetingelse", "Utfall av telefonsamtale"}, "add dialog, Betingelser");
    w.click(w.waitFor("tabCommands"));
    expectTexts(w, {"Gå videre til en annen sekvens", "Oppdater felt"}, "add dialog, Kommandoer");
    QMetaObject::invokeMethod(popup(w, "addElementDialog"), "close");

    // The properties pane of the sequence (nothing selected).
    QVERIFY(w.waitFor("sequenceProperties"));
    expectTexts(w, {"Beskrivelse", "Egenskaper", "Aktiver"}, "sequence properties");

    // "Egenskaper": the properties pane with "Tilordne til" and its options, as the seed names
    // them.
    w.click(w.waitFor("propertiesButton"));
    QVERIFY(w.waitFor("propertiesScroll"));
    expectTexts(w, {"Tilordne til", "Oppføringseier", "Eiende team", "Tilgangsteam"},
                "properties pane");
    QVERIFY(w.settled(w.item("propertiesScroll"))); // the pane slides in
    w.shot("nb-properties-pane");

    // The condition editor of an owning team (the one editor of field and team conditions).
    QVERIFY(w.clickOn("assignOwningTeam"));
    QVERIFY(w.clickOn("defineCondition_owningTeam"));
    QVERIFY(w.waitFor("teamRuleField_0"));
    expectTexts(w,
                {"Betingelse er tom", "Medlemmer der", "alle disse er oppfylt", "Legg til en regel",
                 "Legg til en gruppe", "Fjern betingelsen", "Ferdig"},
                "owning team condition");
    w.shot("nb-owning-team-condition");
}

void TestLanguage::templateTextsInNorwegian()
{
    sd::Language::setStartupOverride(QStringLiteral("nb"));
    sd::Language::installInitial();
    Window w;
    QVERIFY(w.start());
    openTemplateInDesigner(w, "webinar-follow-up.sequence.json");
    QVERIFY(w.waitFor("card_start"));
    // Step names of a sequence made from a template in Norwegian are Norwegian
    // (sd::translateTemplate when the sequence is created).
    expectTexts(w, {"Takk kundeemnet for deltakelsen", "Svart innen to dager?"},
                "step names of the Webinar template (LibrarySession::createFromTemplate must call "
                "sd::translateTemplate for a bundled template)");
}

void TestLanguage::activationDialogInNorwegian()
{
    sd::Language::setStartupOverride(QStringLiteral("nb"));
    sd::Language::installInitial();
    Window w;
    QVERIFY(w.start());
    auto *session = singleton<sd::LibrarySession>(w, "LibrarySession");
    QVERIFY(session);
    const sd::SessionOutcome made = session->createFromTemplate(
        QStringLiteral("qrc:/templates/webinar-follow-up.sequence.json"),
        QStringLiteral("Oppfølging etter webinar"), QString());
    QVERIFY2(made.ok, qPrintable(made.message));

    // Select the row on the home page, then "Aktiver".
    QQuickItem *table = w.waitFor("sequenceTable");
    QVERIFY(table);
    QQuickItem *cell = nullptr;
    QVERIFY(
        QTest::qWaitFor([&] { return (cell = itemWithText(table, "Oppfølging etter webinar")); }));
    w.click(cell);
    QQuickItem *activate = w.waitFor("activateButton");
    QVERIFY(activate);
    QTRY_VERIFY(activate->isEnabled());
    w.click(activate);
    QVERIFY(w.waitFor("activateText"));
    expectTexts(w, {"Vil du aktivere sekvensen?", "Aktiver", "Avbryt"}, "activation dialog");
    w.shot("nb-activate-dialog");
}

QString TestLanguage::openTemplateInDesigner(Window &w, const QString &file)
{
    auto *session = singleton<sd::LibrarySession>(w, "LibrarySession");
    if (!session)
        return {};
    const sd::SessionOutcome made =
        session->createFromTemplate(QStringLiteral("qrc:/templates/") + file,
                                    QStringLiteral("Oppfølging etter webinar"), QString());
    const QString id = made.id;
    if (!made.ok) {
        qWarning() << "createFromTemplate:" << made.message;
        return {};
    }
    // Until the page has slid in (the StackView's transition) clicks land elsewhere.
    return showSequence(w, id) ? id : QString();
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
