<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sequence Designer</source>
        <translation>Om Sequence Designer</translation>
    </message>
    <message>
        <source>Sequence Designer %1</source>
        <translation>Sequence Designer %1</translation>
    </message>
    <message>
        <source>Design sales sequences visually: the emails, calls, tasks, waits and LinkedIn actions sellers follow for each lead, with branches on what the customer did. Everything stays on this computer.</source>
        <translation>Utform salgssekvenser visuelt: e-postene, telefonsamtalene, oppgavene, ventetidene og LinkedIn-handlingene selgerne følger for hvert kundeemne, med forgreninger etter hva kunden gjorde. Alt blir værende på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliotek: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <source>The sequence cannot be activated yet</source>
        <translation>Sekvensen kan ikke aktiveres ennå</translation>
    </message>
    <message>
        <source>Deactivate the sequence?</source>
        <translation>Vil du deaktivere sekvensen?</translation>
    </message>
    <message>
        <source>Activate the sequence?</source>
        <translation>Vil du aktivere sekvensen?</translation>
    </message>
    <message>
        <source>When “%1” is deactivated, no new records can be connected to it, and it can be edited again. Activate it again when the changes are done.</source>
        <translation>Når «%1» er deaktivert, kan ingen nye oppføringer kobles til den, og den kan redigeres igjen. Aktiver den på nytt når endringene er ferdige.</translation>
    </message>
    <message>
        <source>When “%1” is active, sellers can connect records to it and get its steps. An active sequence cannot be edited: deactivate it first to make changes. %2 of at most %3 sequences are active now.</source>
        <translation>Når «%1» er aktiv, kan selgere koble oppføringer til den og få trinnene. En aktiv sekvens kan ikke redigeres: deaktiver den først for å gjøre endringer. %2 av høyst %3 sekvenser er aktive nå.</translation>
    </message>
    <message>
        <source>%1 sequences are active, the most a library allows. Deactivate one of them, then activate “%2” again.</source>
        <translation>%1 sekvenser er aktive, det meste et bibliotek tillater. Deaktiver én av dem, og aktiver deretter «%2» på nytt.</translation>
    </message>
    <message>
        <source>Fix these problems in “%1”, save, and activate it again. Choose a problem to open the sequence at that step.</source>
        <translation>Rett disse problemene i «%1», lagre og aktiver den på nytt. Velg et problem for å åpne sekvensen ved det trinnet.</translation>
    </message>
    <message>
        <source>The sequence</source>
        <translation>Sekvensen</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Open in the designer</source>
        <translation>Åpne i sekvensutformingen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Feil: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Advarsel: </translation>
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>Save the changes first?</source>
        <translation>Vil du lagre endringene først?</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Activation checks and activates the saved sequence, so save the changes first.</source>
        <translation>«%1» har ulagrede endringer. Aktiveringen kontrollerer og aktiverer den lagrede sekvensen, så lagre endringene først.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Lagre og fortsett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AddElementDialog</name>
    <message>
        <source>Add an action or other element</source>
        <translation>Legg til en handling eller et annet element</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Step types</source>
        <translation>Stegtyper</translation>
    </message>
</context>
<context>
    <name>AssignToCondition</name>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Edit the condition</source>
        <translation>Rediger betingelsen</translation>
    </message>
    <message>
        <source>Define a condition</source>
        <translation>Definer en betingelse</translation>
    </message>
    <message>
        <source>Remove the condition</source>
        <translation>Fjern betingelsen</translation>
    </message>
    <message>
        <source>Members for whom</source>
        <translation>Medlemmer der</translation>
    </message>
    <message>
        <source>all of these hold</source>
        <translation>alle disse er oppfylt</translation>
    </message>
    <message>
        <source>any of these holds</source>
        <translation>minst én av disse er oppfylt</translation>
    </message>
</context>
<context>
    <name>AssignToSection</name>
    <message>
        <source>Assign to</source>
        <translation>Tilordne til</translation>
    </message>
    <message>
        <source>Deactivate the sequence before you assign it</source>
        <translation>Deaktiver sekvensen før du tilordner den</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation>Oppføringseier</translation>
    </message>
    <message>
        <source>Team member named in a record field</source>
        <translation>Teammedlem som er angitt i et oppføringsfelt</translation>
    </message>
    <message>
        <source>Choose a user field…</source>
        <translation>Velg et brukerfelt…</translation>
    </message>
    <message>
        <source>The user in this field of the %1 gets the steps.</source>
        <translation>Brukeren i dette feltet i oppføringen (%1) får trinnene.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Eiende team</translation>
    </message>
    <message>
        <source>Access team</source>
        <translation>Tilgangsteam</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktiver…</translation>
    </message>
</context>
<context>
    <name>CanvasCardMenu</name>
    <message>
        <source>Copy the step and the steps below it</source>
        <translation>Kopier trinnet og trinnene under det</translation>
    </message>
    <message>
        <source>Cut the step and the steps below it</source>
        <translation>Klipp ut trinnet og trinnene under det</translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation>Slett trinnet</translation>
    </message>
    <message>
        <source>Delete the step and the steps below it</source>
        <translation>Slett trinnet og trinnene under det</translation>
    </message>
</context>
<context>
    <name>CanvasModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Sequence starts here</source>
        <translation>Sekvens starter her</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, on the Yes path of %1</source>
        <translation>, på Ja-banen til %1</translation>
    </message>
    <message>
        <source>, on the No path of %1</source>
        <translation>, på Nei-banen til %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problemer:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached from the start.</source>
        <translation>Nås ikke fra starten.</translation>
    </message>
    <message>
        <source>Add a step on the Yes path of %1</source>
        <translation>Legg til et steg på Ja-banen til %1</translation>
    </message>
    <message>
        <source>Add a step on the No path of %1</source>
        <translation>Legg til et steg på Nei-banen til %1</translation>
    </message>
    <message>
        <source>Add a step at the start of the sequence</source>
        <translation>Legg til et steg i starten av sekvensen</translation>
    </message>
    <message>
        <source>Add a step after %1</source>
        <translation>Legg til et steg etter %1</translation>
    </message>
</context>
<context>
    <name>CanvasPlus</name>
    <message>
        <source>Add an action or other element here</source>
        <translation>Legg til en handling eller et annet element her</translation>
    </message>
    <message>
        <source>Add an action or other element…</source>
        <translation>Legg til en handling eller et annet element…</translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation>Lim inn her</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>Ukjent alternativ %1. Se bruken nedenfor.</translation>
    </message>
    <message>
        <source>Name at least one sequence file.</source>
        <translation>Oppgi minst én sekvensfil.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Profilen %1 kan ikke brukes: %2</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 trenger en verdi.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>list takes no file names; use --library FILE.</source>
        <translation>list tar ingen filnavn; bruk --library FIL.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n trinn</numerusform>
            <numerusform>%n trinn</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose either --replace or --keep-both, not both.</source>
        <translation>Velg enten --replace eller --keep-both, ikke begge.</translation>
    </message>
    <message>
        <source>Name at least one sequence file to import.</source>
        <translation>Oppgi minst én sekvensfil som skal importeres.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Oppgi filen som skal skrives, med --out FIL.</translation>
    </message>
    <message>
        <source>Name at least one sequence id to export.</source>
        <translation>Oppgi minst én sekvens-ID som skal eksporteres.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sequence(s) to %1.</source>
        <translation>
            <numerusform>Eksporterte %n sekvens til %1.</numerusform>
            <numerusform>Eksporterte %n sekvenser til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name exactly one sequence id to activate.</source>
        <translation>Oppgi nøyaktig én sekvens-ID som skal aktiveres.</translation>
    </message>
    <message>
        <source>Active: %1 of %2 sequences.</source>
        <translation>Aktive: %1 av %2 sekvenser.</translation>
    </message>
    <message>
        <source>Name exactly one sequence id to deactivate.</source>
        <translation>Oppgi nøyaktig én sekvens-ID som skal deaktiveres.</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation>--size tar BREDDExHØYDE, for eksempel 1280x800.</translation>
    </message>
    <message>
        <source>Name the picture to write with --out.</source>
        <translation>Oppgi bildet som skal skrives, med --out.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>Kan ikke skrive bildet %1. Velg en mappe du kan skrive til.</translation>
    </message>
    <message>
        <source>--language takes en or nb.</source>
        <translation>--language tar en eller nb.</translation>
    </message>
    <message>
        <source>--format takes json, png, svg or pdf.</source>
        <translation>--format tar json, png, svg eller pdf.</translation>
    </message>
    <message>
        <source>A picture shows one sequence: name exactly one id.</source>
        <translation>Et bilde viser én sekvens: oppgi nøyaktig én ID.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Eksporterte %1 til %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sequence(s); diff compares files of exactly one sequence. Export the one you want into a file of its own.</source>
        <translation>
            <numerusform>%1 inneholder %n sekvens; diff sammenligner filer med nøyaktig én sekvens. Eksporter den du vil sammenligne, til en egen fil.</numerusform>
            <numerusform>%1 inneholder %n sekvenser; diff sammenligner filer med nøyaktig én sekvens. Eksporter den du vil sammenligne, til en egen fil.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be compared: it cannot be imported. Fix the problems listed, then compare again.</source>
        <translation>%1 kan ikke sammenlignes fordi den ikke kan importeres. Rett problemene som er listet, og sammenlign på nytt.</translation>
    </message>
    <message>
        <source>Name two sequences to compare: the older, then the newer.</source>
        <translation>Oppgi to sekvenser som skal sammenlignes: den eldste først, så den nyeste.</translation>
    </message>
    <message>
        <source>Name exactly one sequence id.</source>
        <translation>Oppgi nøyaktig én sekvens-id.</translation>
    </message>
    <message>
        <source>--start takes a date and time with an offset, such as 2026-12-07T09:00+01:00 or 2026-12-07T08:00Z; &quot;%1&quot; is not one.</source>
        <translation>--start tar en dato og et klokkeslett med forskyvning, for eksempel 2026-12-07T09:00+01:00 eller 2026-12-07T08:00Z; «%1» er ikke det.</translation>
    </message>
    <message>
        <source>Without --scenario, give --start: when the record enters the sequence.</source>
        <translation>Uten --scenario må du oppgi --start: når oppføringen går inn i sekvensen.</translation>
    </message>
    <message>
        <source>Name exactly one sequence id of the library.</source>
        <translation>Oppgi nøyaktig én sekvens-ID fra biblioteket.</translation>
    </message>
    <message>
        <source>Name exactly one sequence file.</source>
        <translation>Oppgi nøyaktig én sekvensfil.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sequences; name the one to simulate with --sequence ID.</source>
        <translation>
            <numerusform>%1 inneholder %n sekvens; oppgi den som skal simuleres, med --sequence ID.</numerusform>
            <numerusform>%1 inneholder %n sekvenser; oppgi den som skal simuleres, med --sequence ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no sequence with the id %2. Run &quot;sequence-designer validate&quot; on it to see its ids, or correct --sequence.</source>
        <translation>%1 har ingen sekvens med ID-en %2. Kjør «sequence-designer validate» på filen for å se ID-ene, eller rett --sequence.</translation>
    </message>
    <message>
        <source>The sequence cannot be simulated until these errors are fixed.</source>
        <translation>Sekvensen kan ikke simuleres før disse feilene er rettet.</translation>
    </message>
    <message>
        <source>Name the records with --records FILE.csv.</source>
        <translation>Oppgi oppføringene med --records FIL.csv.</translation>
    </message>
    <message>
        <source>--scenario takes NAME=FILE, e.g. late=late.scenario.json; &quot;%1&quot; is not.</source>
        <translation>--scenario tar NAVN=FIL, for eksempel sen=sen.scenario.json; «%1» er ikke det.</translation>
    </message>
    <message>
        <source>There is no built-in persona %1.</source>
        <translation>Det finnes ingen innebygd persona %1.</translation>
    </message>
    <message>
        <source>Cannot open the records %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Kan ikke åpne oppføringene %1: %2. Kontroller at filen finnes, og at du har lesetilgang til den.</translation>
    </message>
    <message>
        <source>%1: these columns are no field of the record type and were ignored: %2</source>
        <translation>%1: disse kolonnene er ikke felt i enhetstypen og ble ignorert: %2</translation>
    </message>
    <message>
        <source>There is no built-in persona %1. Choose one of: %2.</source>
        <translation>Det finnes ingen innebygd persona %1. Velg én av disse: %2.</translation>
    </message>
    <message>
        <source>A persona has no start: give --start, when the record enters the sequence.</source>
        <translation>En persona har ingen start: oppgi --start, når oppføringen går inn i sekvensen.</translation>
    </message>
    <message>
        <source>The records are not a JSON array of scenarios.</source>
        <translation>Oppføringene er ikke en JSON-matrise med scenarioer.</translation>
    </message>
    <message>
        <source>The records are not valid JSON: line %1, column %2: %3</source>
        <translation>Oppføringene er ikke gyldig JSON: linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>%1 is given twice. Give it once.</source>
        <translation>%1 er gitt to ganger. Gi det én gang.</translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation>--color-scheme tar system, light eller dark.</translation>
    </message>
    <message>
        <source>Say what to do: init, grant or revoke.</source>
        <translation>Si hva som skal gjøres: init, grant eller revoke.</translation>
    </message>
    <message>
        <source>Name the team library with --library postgresql://user@host/database.</source>
        <translation>Oppgi teambiblioteket med --library postgresql://bruker@vert/database.</translation>
    </message>
    <message>
        <source>init takes no user or role.</source>
        <translation>init tar ingen bruker eller rolle.</translation>
    </message>
    <message>
        <source>Name one user and one role.</source>
        <translation>Oppgi én bruker og én rolle.</translation>
    </message>
    <message>
        <source>The roles are sequence_manager, seller and admin.</source>
        <translation>Rollene er sequence_manager, seller og admin.</translation>
    </message>
    <message>
        <source>Put the command first: sequence-designer %1 [OPTIONS].</source>
        <translation>Sett kommandoen først: sequence-designer %1 [VALG].</translation>
    </message>
    <message>
        <source>%1 is neither a command nor a file. The commands are %2 and screenshot; `sequence-designer --help` says more.</source>
        <translation>%1 er verken en kommando eller en fil. Kommandoene er %2 og screenshot; «sequence-designer --help» forteller mer.</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Filen %1 finnes ikke. Kontroller navnet og mappen.</translation>
    </message>
    <message>
        <source>Usage: sequence-designer [--library FILE] [FILE...]
         opens the window (and the import preview of the files)
       sequence-designer COMMAND [OPTIONS] [ARGUMENTS]
         runs a command without a display; COMMAND --help shows its options
Commands: %1, screenshot
Everywhere: --language en|nb, --color-scheme system|light|dark, --help, --version</source>
        <translation>Bruk: sequence-designer [--library FIL] [FIL...]
         åpner vinduet (og importforhåndsvisningen av filene)
       sequence-designer KOMMANDO [VALG] [ARGUMENTER]
         kjører en kommando uten skjerm; KOMMANDO --help viser valgene
Kommandoer: %1, screenshot
Overalt: --language en|nb, --color-scheme system|light|dark, --help, --version</translation>
    </message>
</context>
<context>
    <name>CompareKind</name>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttet</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Egenskap</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Lukk sammenligningen</translation>
    </message>
    <message>
        <source>Close the comparison (Esc)</source>
        <translation>Lukk sammenligningen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n change(s)</source>
        <translation>
            <numerusform>Fra %1 til %2: %n endring</numerusform>
            <numerusform>Fra %1 til %2: %n endringer</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ Previous</source>
        <translation>↑ Forrige</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Forrige endring (Shift+F8)</translation>
    </message>
    <message>
        <source>Next ↓</source>
        <translation>Neste ↓</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Neste endring (F8)</translation>
    </message>
    <message>
        <source>No differences: both sides have the same steps and properties.</source>
        <translation>Ingen forskjeller: begge sidene har de samme trinnene og egenskapene.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Add a rule</source>
        <translation>Legg til en regel</translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation>Legg til en gruppe</translation>
    </message>
</context>
<context>
    <name>ConditionEditorGroup</name>
    <message>
        <source>Match of the group</source>
        <translation>Samsvar i gruppen</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Alle av</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>Én av</translation>
    </message>
    <message>
        <source>these rules</source>
        <translation>disse reglene</translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation>Fjern gruppen</translation>
    </message>
</context>
<context>
    <name>ConditionEditorRule</name>
    <message>
        <source>Rule %1: field</source>
        <translation>Regel %1: felt</translation>
    </message>
    <message>
        <source>Field…</source>
        <translation>Felt…</translation>
    </message>
    <message>
        <source>Rule %1: operator</source>
        <translation>Regel %1: operator</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>Fjern regelen</translation>
    </message>
    <message>
        <source>Rule %1: value</source>
        <translation>Regel %1: verdi</translation>
    </message>
    <message>
        <source>Value…</source>
        <translation>Verdi…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Et tall</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Create a copy</source>
        <translation>Opprett en kopi</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>The copy gets every step and property of the sequence, and starts inactive.</source>
        <translation>Kopien får alle trinnene og egenskapene til sekvensen, og starter som inaktiv.</translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Sekvensnavn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Save and edit</source>
        <translation>Lagre og rediger</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Lagre og lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Create a sequence</source>
        <translation>Opprett en sekvens</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Velg en mal</translation>
    </message>
    <message>
        <source>Name the sequence</source>
        <translation>Gi sekvensen et navn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CreateDialogDetails</name>
    <message numerus="yes">
        <source>From the template “%1”: %n step(s), %2.</source>
        <translation>
            <numerusform>Fra malen «%1»: %n trinn, %2.</numerusform>
            <numerusform>Fra malen «%1»: %n trinn, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation>Sekvensnavn</translation>
    </message>
    <message>
        <source>For example: Webinar follow up, spring campaign</source>
        <translation>For eksempel: Oppfølging etter webinar, vårkampanje</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beskrivelse (valgfritt)</translation>
    </message>
    <message>
        <source>What the sequence is for, and for which leads</source>
        <translation>Hva sekvensen er til, og for hvilke kundeemner</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Enhetstype</translation>
    </message>
    <message>
        <source>A template is made for one record type; choose another template for another record type.</source>
        <translation>En mal er laget for én enhetstype; velg en annen mal for en annen enhetstype.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CreateDialogStart</name>
    <message>
        <source>Use template</source>
        <translation>Bruk mal</translation>
    </message>
    <message>
        <source>Start from a proven sequence: webinar follow-up, outbound prospecting, renewals and more. Change anything afterwards.</source>
        <translation>Start fra en velprøvd sekvens: oppfølging etter webinar, utgående prospektering, fornyelser og mer. Du kan endre alt etterpå.</translation>
    </message>
    <message>
        <source>Use blank sequence</source>
        <translation>Bruk tom sekvens</translation>
    </message>
    <message>
        <source>Start with no steps and add them one by one in the designer.</source>
        <translation>Start uten trinn, og legg dem til ett for ett i sekvensutformingen.</translation>
    </message>
</context>
<context>
    <name>DesignerBanners</name>
    <message>
        <source>Back to the sequences</source>
        <translation>Tilbake til sekvensene</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Lukk sammenligningen</translation>
    </message>
    <message>
        <source>Back to the current version</source>
        <translation>Tilbake til gjeldende versjon</translation>
    </message>
    <message>
        <source>Deactivate to edit</source>
        <translation>Deaktiver for å redigere</translation>
    </message>
    <message>
        <source>Create a copy to edit</source>
        <translation>Opprett en kopi for å redigere</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Open theirs</source>
        <translation>Åpne deres</translation>
    </message>
    <message>
        <source>Save yours as a copy</source>
        <translation>Lagre din som kopi</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>DesignerCompareFileDialog</name>
    <message>
        <source>Compare with file</source>
        <translation>Sammenlign med fil</translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation>Sekvensfiler (*.sequence.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
</context>
<context>
    <name>DesignerDeleteDialog</name>
    <message>
        <source>Delete the condition</source>
        <translation>Slett betingelsen</translation>
    </message>
    <message>
        <source>Which path should stay? The steps on the other path are deleted with the condition.</source>
        <translation>Hvilken bane skal beholdes? Trinnene på den andre banen slettes sammen med betingelsen.</translation>
    </message>
    <message>
        <source>Keep the Yes path</source>
        <translation>Behold Ja-banen</translation>
    </message>
    <message>
        <source>Keep the No path</source>
        <translation>Behold Nei-banen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DesignerExportMenu</name>
    <message>
        <source>Share</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Export a picture of the flow, or save it as a template</source>
        <translation>Eksporter et bilde av flyten, eller lagre den som mal</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportert til %1</translation>
    </message>
    <message>
        <source>The picture was not exported</source>
        <translation>Bildet ble ikke eksportert</translation>
    </message>
    <message>
        <source>The picture of the flow is on the clipboard.</source>
        <translation>Bildet av flyten ligger på utklippstavlen.</translation>
    </message>
    <message>
        <source>The picture was not copied</source>
        <translation>Bildet ble ikke kopiert</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Eksporter som PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Eksporter som SVG…</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Eksporter som PDF…</translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation>Kopier som bilde</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Lagre som mal…</translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation>Eksporter som SVG</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Eksporter som PDF</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Eksporter som PNG</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>DesignerLeaveDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before leaving?</source>
        <translation>«%1» har endringer som ikke er lagret. Vil du lagre dem før du går?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DesignerPage</name>
    <message>
        <source>Designer: %1</source>
        <translation>Designer: %1</translation>
    </message>
</context>
<context>
    <name>DesignerToolbar</name>
    <message>
        <source>Back to the sequences</source>
        <translation>Tilbake til sekvensene</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Angre %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Gjør om %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Cut the step and the steps below it</source>
        <translation>Klipp ut trinnet og trinnene under det</translation>
    </message>
    <message>
        <source>Copy the step and the steps below it</source>
        <translation>Kopier trinnet og trinnene under det</translation>
    </message>
    <message>
        <source>Paste below the selected step</source>
        <translation>Lim inn under det valgte trinnet</translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation>Slett trinnet</translation>
    </message>
    <message>
        <source>Delete the step and the steps below it</source>
        <translation>Slett trinnet og trinnene under det</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Angre %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Gjør om %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemer (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Find a step</source>
        <translation>Finn et trinn</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tilpass</translation>
    </message>
    <message>
        <source>Fit the sequence to the window</source>
        <translation>Tilpass sekvensen til vinduet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Legg til steg…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Sammenlign med fil …</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>What one record goes through, day by day (Ctrl+P)</source>
        <translation>Hva én post går gjennom, dag for dag (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>FlowRenderer</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Sequence starts here</source>
        <translation>Sekvens starter her</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose a folder you can write to, with free space.</source>
        <translation>%1 kunne ikke skrives (%2). Velg en mappe du kan skrive til, og som har ledig plass.</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>ingenting ble tegnet</translation>
    </message>
    <message>
        <source>Choose PNG, SVG or PDF to export the picture of the sequence.</source>
        <translation>Velg PNG, SVG eller PDF for å eksportere bildet av sekvensen.</translation>
    </message>
    <message>
        <source>No sequence is open to export.</source>
        <translation>Ingen sekvens er åpen for eksport. Åpne en sekvens først.</translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation>Utklippstavlen er ikke tilgjengelig. Prøv igjen, eller eksporter bildet til en fil.</translation>
    </message>
    <message>
        <source>No sequence is open to copy.</source>
        <translation>Ingen sekvens er åpen for kopiering. Åpne en sekvens først.</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Activities due per day by step type</source>
        <translation>Aktiviteter som forfaller per dag etter stegtype</translation>
    </message>
</context>
<context>
    <name>ForecastDayDetails</name>
    <message>
        <source>Point at a day, or Tab to it, to see its activities.</source>
        <translation>Pek på en dag, eller gå til den med Tab, for å se aktivitetene.</translation>
    </message>
    <message>
        <source>By step type</source>
        <translation>Etter stegtype</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Etter eier</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Busy days</source>
        <translation>Travle dager</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Run the forecast</source>
        <translation>Kjør prognosen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Avbryt kjøringen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Eksporter som CSV …</translation>
    </message>
    <message>
        <source>Save the calendar as PNG…</source>
        <translation>Lagre kalenderen som PNG …</translation>
    </message>
    <message>
        <source>Save the chart as PNG…</source>
        <translation>Lagre diagrammet som PNG …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ForecastHeatmap</name>
    <message>
        <source>Activities due per day</source>
        <translation>Aktiviteter som forfaller per dag</translation>
    </message>
    <message>
        <source>Darker: more activities due. A grey band: not a working day. Outlined: a holiday.</source>
        <translation>Mørkere: flere aktiviteter forfaller. Grått felt: ikke en arbeidsdag. Med ramme: en helligdag.</translation>
    </message>
</context>
<context>
    <name>ForecastHeatmapCell</name>
    <message>
        <source>holiday</source>
        <translation>helligdag</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>ikke en arbeidsdag</translation>
    </message>
</context>
<context>
    <name>ForecastInputs</name>
    <message>
        <source>Generate records</source>
        <translation>Lag poster</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>Starting from (year-month-day)</source>
        <translation>Fra og med (år-måned-dag)</translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation>Fra og med</translation>
    </message>
    <message>
        <source>Until (year-month-day)</source>
        <translation>Til og med (år-måned-dag)</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Selgere</translation>
    </message>
    <message>
        <source>Records from a CSV file</source>
        <translation>Poster fra en CSV-fil</translation>
    </message>
    <message>
        <source>Personas by share</source>
        <translation>Personas etter andel</translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation>Andel for %1</translation>
    </message>
</context>
<context>
    <name>ForecastRun</name>
    <message>
        <source>Seller %1</source>
        <translation>Selger %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n due</source>
        <translation>
            <numerusform>%1: %n forfaller</numerusform>
            <numerusform>%1: %n forfaller</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Uke %1</translation>
    </message>
    <message>
        <source> (not a working day)</source>
        <translation> (ikke en arbeidsdag)</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Compare the ticked versions</source>
        <translation>Sammenlign de avkryssede versjonene</translation>
    </message>
    <message>
        <source>Tick two versions in the list, then compare them</source>
        <translation>Kryss av to versjoner i listen, og sammenlign dem</translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation>Sammenlign med fil …</translation>
    </message>
    <message>
        <source>Note for the next save…</source>
        <translation>Merknad til neste lagring …</translation>
    </message>
    <message>
        <source>Note for the version the next save keeps</source>
        <translation>Merknad til versjonen som neste lagring tar vare på</translation>
    </message>
    <message>
        <source>Optional. Ctrl+S saves with this note; it is then cleared.</source>
        <translation>Valgfritt. Ctrl+S lagrer med denne merknaden, og så tømmes feltet.</translation>
    </message>
</context>
<context>
    <name>HistoryNoteDialog</name>
    <message>
        <source>Note for version %1</source>
        <translation>Merknad til versjon %1</translation>
    </message>
    <message>
        <source>Optional: what changed, and why. The history shows it under the version.</source>
        <translation>Valgfritt: hva som ble endret, og hvorfor. Historikken viser det under versjonen.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Merknad (valgfritt)</translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation>Behold merknaden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Lukk historikken</translation>
    </message>
    <message>
        <source>Back to the current version</source>
        <translation>Tilbake til gjeldende versjon</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Version %1, %2, %3: %4</source>
        <translation>Versjon %1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation>Versjon %1 (gjeldende)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>vises</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Open version %1 read-only</source>
        <translation>Åpne versjon %1 skrivebeskyttet</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gjenopprett…</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Gjenopprett versjon %1</translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation>Vil du gjenopprette versjon %1?</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or undo them first, then restore.</source>
        <translation>Du har endringer som ikke er lagret. Lagre eller angre dem først, og gjenopprett deretter.</translation>
    </message>
    <message>
        <source>Version %1 is saved as a new version %2 of “%3”. The versions in between stay in the history.</source>
        <translation>Versjon %1 lagres som en ny versjon %2 av «%3». Versjonene i mellom blir værende i historikken.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Compare version %1</source>
        <translation>Sammenlign versjon %1</translation>
    </message>
    <message>
        <source>Tick two versions to compare them</source>
        <translation>Kryss av to versjoner for å sammenligne dem</translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation>Sammenlign med gjeldende</translation>
    </message>
    <message>
        <source>Compare version %1 with the current version</source>
        <translation>Sammenlign versjon %1 med gjeldende versjon</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Legg til merknad …</translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation>Endre merknaden …</translation>
    </message>
    <message>
        <source>Note for version %1</source>
        <translation>Merknad til versjon %1</translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Export the sequence</source>
        <translation>Eksporter sekvensen</translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation>Sekvensfiler (*.sequence.json)</translation>
    </message>
</context>
<context>
    <name>HomeBanner</name>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>HomeCell</name>
    <message>
        <source>Personal</source>
        <translation>Personlig</translation>
    </message>
</context>
<context>
    <name>HomeDeleteDialog</name>
    <message>
        <source>Delete the sequence?</source>
        <translation>Vil du slette sekvensen?</translation>
    </message>
    <message>
        <source>“%1” is active. Deleting it deactivates it first: records connected to it stop getting its steps. The sequence is deleted for good; this cannot be undone.</source>
        <translation>«%1» er aktiv. Hvis du sletter den, blir den først deaktivert: oppføringer som er koblet til den, slutter å få trinnene. Sekvensen slettes for godt; dette kan ikke angres.</translation>
    </message>
    <message>
        <source>“%1” is deleted for good; this cannot be undone. Export it first if you may want it back.</source>
        <translation>«%1» slettes for godt; dette kan ikke angres. Eksporter den først hvis du kanskje vil ha den tilbake.</translation>
    </message>
    <message>
        <source>Deactivate and delete</source>
        <translation>Deaktiver og slett</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>HomeEmptyState</name>
    <message>
        <source>The library cannot be opened</source>
        <translation>Biblioteket kan ikke åpnes</translation>
    </message>
    <message>
        <source>No sequence matches</source>
        <translation>Ingen sekvenser samsvarer</translation>
    </message>
    <message>
        <source>No sequences yet</source>
        <translation>Ingen sekvenser ennå</translation>
    </message>
    <message>
        <source>No sequence in this library matches the search and filters.</source>
        <translation>Ingen sekvenser i dette biblioteket samsvarer med søket og filtrene.</translation>
    </message>
    <message>
        <source>A sequence is the series of emails, calls, tasks and waits that sellers follow for each lead. Start from a proven template or from a blank sequence.</source>
        <translation>En sekvens er rekken av e-poster, telefonsamtaler, oppgaver og ventetider som selgerne følger for hvert kundeemne. Start fra en velprøvd mal eller fra en tom sekvens.</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Ny sekvens</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Fjern søk og filtre</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Åpne bibliotek…</translation>
    </message>
    <message>
        <source>New library…</source>
        <translation>Nytt bibliotek…</translation>
    </message>
    <message>
        <source>Open a recovered copy</source>
        <translation>Åpne en gjenopprettet kopi</translation>
    </message>
</context>
<context>
    <name>HomeFilterMenu</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No tags in this library yet</source>
        <translation>Ingen merker i dette biblioteket ennå</translation>
    </message>
</context>
<context>
    <name>HomeHeaderCell</name>
    <message>
        <source>Filter this column</source>
        <translation>Filtrer denne kolonnen</translation>
    </message>
    <message>
        <source>Sorted ascending</source>
        <translation>Sortert stigende</translation>
    </message>
    <message>
        <source>Sorted descending</source>
        <translation>Sortert synkende</translation>
    </message>
    <message>
        <source>Filter the column %1</source>
        <translation>Filtrer kolonnen %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Search names and descriptions (Ctrl+F)</source>
        <translation>Søk i navn og beskrivelser (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sequence(s)</source>
        <translation>
            <numerusform>%1 av %n sekvens</numerusform>
            <numerusform>%1 av %n sekvenser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s), %1 active</source>
        <translation>
            <numerusform>%n sekvens, %1 aktive</numerusform>
            <numerusform>%n sekvenser, %1 aktive</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names and descriptions</source>
        <translation>Søk i navn og beskrivelser</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sekvenser</translation>
    </message>
    <message>
        <source>Only sequence managers can activate or deactivate team sequences. Create a copy to have a personal one.</source>
        <translation>Bare sekvensansvarlige kan aktivere eller deaktivere teamsekvenser. Lag en kopi for å få en personlig sekvens.</translation>
    </message>
    <message>
        <source>Only sequence managers can delete team sequences.</source>
        <translation>Bare sekvensansvarlige kan slette teamsekvenser.</translation>
    </message>
</context>
<context>
    <name>HomeRowButtons</name>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Open the selected sequence in the designer (Enter)</source>
        <translation>Åpne den valgte sekvensen i sekvensutformingen (Enter)</translation>
    </message>
    <message>
        <source>Create a copy</source>
        <translation>Opprett en kopi</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected sequence (Delete)</source>
        <translation>Slett den valgte sekvensen (Delete)</translation>
    </message>
</context>
<context>
    <name>HomeRowMenu</name>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Create a copy…</source>
        <translation>Opprett en kopi…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktiver…</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktiver…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historikk…</translation>
    </message>
    <message>
        <source>Copy to team library…</source>
        <translation>Kopier til teambibliotek…</translation>
    </message>
</context>
<context>
    <name>HomeToolBar</name>
    <message>
        <source>‹ Sequences</source>
        <translation>‹ Sekvenser</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Ingen bibliotek er åpent</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation>Ny sekvens</translation>
    </message>
    <message>
        <source>Create a sequence from a template or from scratch (Ctrl+N)</source>
        <translation>Opprett en sekvens fra en mal eller fra bunnen av (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import sequences from .sequence.json files</source>
        <translation>Importer sekvenser fra .sequence.json-filer</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation>Åpne bibliotek…</translation>
    </message>
    <message>
        <source>New library…</source>
        <translation>Nytt bibliotek…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Innstillinger…</translation>
    </message>
    <message>
        <source>About Sequence Designer</source>
        <translation>Om Sequence Designer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation>Åpne profil…</translation>
    </message>
    <message>
        <source>Open team library…</source>
        <translation>Åpne teambibliotek…</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n sequence(s) can be imported</source>
        <translation>
            <numerusform>%n sekvens kan importeres</numerusform>
            <numerusform>%n sekvenser kan importeres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n fil kan ikke importeres</numerusform>
            <numerusform>%n filer kan ikke importeres</numerusform>
        </translation>
    </message>
    <message>
        <source>No library is open, so nothing was imported. Open or create a library on the start page, then import again.</source>
        <translation>Ingen bibliotek er åpent, så ingenting ble importert. Åpne eller opprett et bibliotek på startsiden, og importer på nytt.</translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing was imported. Open a library you can write to, then import again.</source>
        <translation>Biblioteket er åpnet skrivebeskyttet, så ingenting ble importert. Åpne et bibliotek du kan skrive til, og importer på nytt.</translation>
    </message>
    <message>
        <source>None of the files can be imported. Fix the problems listed, then import them again.</source>
        <translation>Ingen av filene kan importeres. Rett problemene som er oppført, og importer dem på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sequence(s) as inactive.</source>
        <translation>
            <numerusform>Importerte %n sekvens som inaktiv.</numerusform>
            <numerusform>Importerte %n sekvenser som inaktive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems to fix in the designer before they can be activated.</source>
        <translation>
            <numerusform>%n av dem har problemer som må rettes i sekvensutformingen før den kan aktiveres.</numerusform>
            <numerusform>%n av dem har problemer som må rettes i sekvensutformingen før de kan aktiveres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import sequences</source>
        <translation>Importer sekvenser</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leser filene…</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) are already in the library.</source>
        <translation>
            <numerusform>%n sekvens finnes allerede i biblioteket.</numerusform>
            <numerusform>%n sekvenser finnes allerede i biblioteket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Erstatt alle</translation>
    </message>
    <message>
        <source>Keep both for all</source>
        <translation>Behold begge for alle</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ImportPreviewRow</name>
    <message>
        <source>Same id in the library</source>
        <translation>Samme ID i biblioteket</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n trinn</numerusform>
            <numerusform>%1 · %2 · %n trinn</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Kan ikke importeres</translation>
    </message>
    <message>
        <source>Imports as a draft</source>
        <translation>Importeres som utkast</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Behold begge</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <source>A sequence with this id is already in the library. Replace it, or keep both and import this one under a new id.</source>
        <translation>En sekvens med denne ID-en finnes allerede i biblioteket. Erstatt den, eller behold begge og importer denne med en ny ID.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRules</name>
    <message>
        <source>This kind of step is unknown.</source>
        <translation>Denne typen trinn er ukjent.</translation>
    </message>
    <message>
        <source>Nothing can follow &quot;Advance to another sequence&quot;: the record leaves this sequence there.</source>
        <translation>Ingenting kan komme etter «Gå videre til en annen sekvens»: oppføringen forlater sekvensen der.</translation>
    </message>
    <message>
        <source>A sequence cannot begin by handing the record to another sequence. Add a step first.</source>
        <translation>En sekvens kan ikke begynne med å gi oppføringen videre til en annen sekvens. Legg til et trinn først.</translation>
    </message>
    <message>
        <source>&quot;Advance to another sequence&quot; can only end a path: steps below it would never run.</source>
        <translation>«Gå videre til en annen sekvens» kan bare avslutte en bane: trinn under den ville aldri bli utført.</translation>
    </message>
    <message>
        <source>An email condition needs an email, automated email or A/B test step above it, as the nearest activity.</source>
        <translation>En e-postbetingelse trenger en e-post, en automatisert e-post eller en A/B-test over seg, som nærmeste aktivitet.</translation>
    </message>
    <message>
        <source>A phone call outcome needs a phone call step above it, as the nearest activity.</source>
        <translation>Et utfall av telefonsamtale trenger en telefonsamtale over seg, som nærmeste aktivitet.</translation>
    </message>
    <message>
        <source>%1 records have no business process flow in the organisation profile, so there is no stage to test.</source>
        <translation>Oppføringer av typen %1 har ingen forretningsprosessflyt i organisasjonsprofilen, så det finnes ingen fase å teste.</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>The file is empty. A sequence file is a JSON object that starts with {.</source>
        <translation>Filen er tom. En sekvensfil er et JSON-objekt som starter med {.</translation>
    </message>
    <message>
        <source>Objects and arrays are nested more than %1 levels deep here. Sequence files never need that much nesting; flatten the data.</source>
        <translation>Objekter og matriser er nestet mer enn %1 nivåer dypt her. Sekvensfiler trenger aldri så dyp nesting; gjør dataene flatere.</translation>
    </message>
    <message>
        <source>The file ends where a value was expected; it is incomplete.</source>
        <translation>Filen slutter der det var ventet en verdi; den er ufullstendig.</translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value. A file holds one value; remove the extra text.</source>
        <translation>Uventet %1 etter slutten av JSON-verdien. En fil inneholder én verdi; fjern den overflødige teksten.</translation>
    </message>
    <message>
        <source>The file ends inside an object: expected &apos;,&apos; or &apos;}&apos;. The file is incomplete.</source>
        <translation>Filen slutter inne i et objekt: ventet &apos;,&apos; eller &apos;}&apos;. Filen er ufullstendig.</translation>
    </message>
    <message>
        <source>The file ends inside an array: expected &apos;,&apos; or &apos;]&apos;. The file is incomplete.</source>
        <translation>Filen slutter inne i en matrise: ventet &apos;,&apos; eller &apos;]&apos;. Filen er ufullstendig.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a value in an object, found %1.</source>
        <translation>Ventet &apos;,&apos; eller &apos;}&apos; etter en verdi i et objekt, fant %1.</translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after a value in an array, found %1.</source>
        <translation>Ventet &apos;,&apos; eller &apos;]&apos; etter en verdi i en matrise, fant %1.</translation>
    </message>
    <message>
        <source>The file ends inside an object; it is incomplete.</source>
        <translation>Filen slutter inne i et objekt; den er ufullstendig.</translation>
    </message>
    <message>
        <source>Expected a key in double quotes, found %1. (A comma before &apos;}&apos; is not allowed in JSON.)</source>
        <translation>Ventet en nøkkel i doble anførselstegn, fant %1. (Komma foran &apos;}&apos; er ikke tillatt i JSON.)</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in the same object. Remove one of them.</source>
        <translation>Nøkkelen &quot;%1&quot; forekommer to ganger i samme objekt. Fjern én av dem.</translation>
    </message>
    <message>
        <source>The file ends after a key; expected &apos;:&apos;.</source>
        <translation>Filen slutter etter en nøkkel; ventet &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key, found %1.</source>
        <translation>Ventet &apos;:&apos; etter nøkkelen, fant %1.</translation>
    </message>
    <message>
        <source>Expected a value (a string in double quotes, a number, true, false, null, an object or an array), found %1.</source>
        <translation>Ventet en verdi (en streng i doble anførselstegn, et tall, true, false, null, et objekt eller en matrise), fant %1.</translation>
    </message>
    <message>
        <source>This key or string is %1 bytes long in UTF-8; at most %2 bytes are allowed. Shorten it.</source>
        <translation>Denne nøkkelen eller strengen er %1 byte lang i UTF-8; høyst %2 byte er tillatt. Gjør den kortere.</translation>
    </message>
    <message>
        <source>This number is too large for the program (beyond about 1.8e308). Write a smaller number.</source>
        <translation>Dette tallet er for stort for programmet (over omtrent 1.8e308). Skriv et mindre tall.</translation>
    </message>
    <message>
        <source>This number cannot be read.</source>
        <translation>Dette tallet kan ikke leses. Skriv det som et JSON-tall, for eksempel 12 eller 3.5.</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>slutten av filen</translation>
    </message>
    <message>
        <source>the byte 0x%1, which is not UTF-8; save the file as UTF-8</source>
        <translation>byten 0x%1, som ikke er UTF-8; lagre filen som UTF-8</translation>
    </message>
    <message>
        <source>The file ends inside a string. Close the string with &quot;.</source>
        <translation>Filen slutter inne i en streng. Avslutt strengen med &quot;.</translation>
    </message>
    <message>
        <source>Unknown escape in a string. The escapes of JSON are \&quot; \\ \/ \b \f \n \r \t and \u followed by four hexadecimal digits.</source>
        <translation>Ukjent escape-sekvens i en streng. JSON har escape-sekvensene \&quot; \\ \/ \b \f \n \r \t og \u fulgt av fire heksadesimale sifre.</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits, as in \u00E9.</source>
        <translation>\u må følges av fire heksadesimale sifre, som i \u00E9.</translation>
    </message>
    <message>
        <source>This \u escape is half of a surrogate pair without its other half, which is no character. Write the character itself, or both halves as in \uD83D\uDE00.</source>
        <translation>Denne \u-sekvensen er den ene halvdelen av et surrogatpar uten den andre halvdelen, og er ikke et tegn. Skriv selve tegnet, eller begge halvdelene som i \uD83D\uDE00.</translation>
    </message>
    <message>
        <source>A line break inside a string. Close the string with &quot; before the end of the line, or write \n.</source>
        <translation>Et linjeskift inne i en streng. Avslutt strengen med &quot; før linjen slutter, eller skriv \n.</translation>
    </message>
    <message>
        <source>The control character %1 inside a string. Write it as an escape such as \u0009.</source>
        <translation>Kontrolltegnet %1 inne i en streng. Skriv det som en escape-sekvens, for eksempel \u0009.</translation>
    </message>
    <message>
        <source>Found %1 inside a string. Save the file as UTF-8.</source>
        <translation>Fant %1 inne i en streng. Lagre filen som UTF-8.</translation>
    </message>
    <message>
        <source>Expected a digit after &apos;-&apos;, found %1.</source>
        <translation>Ventet et siffer etter &apos;-&apos;, fant %1.</translation>
    </message>
    <message>
        <source>A number cannot start with 0 followed by more digits. Remove the leading zero.</source>
        <translation>Et tall kan ikke starte med 0 fulgt av flere sifre. Fjern nullen foran.</translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point, found %1.</source>
        <translation>Ventet et siffer etter desimaltegnet, fant %1.</translation>
    </message>
    <message>
        <source>Expected a digit in the exponent of the number, found %1.</source>
        <translation>Ventet et siffer i eksponenten til tallet, fant %1.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1 sequences are already active, the most a library allows is %2. Deactivate one of them first, then activate “%3”.</source>
        <translation>%1 sekvenser er allerede aktive, og et bibliotek tillater høyst %2. Deaktiver én av dem først, og aktiver deretter «%3».</translation>
    </message>
    <message>
        <source>The step hands records over to this same sequence. Choose another sequence.</source>
        <translation>Trinnet overfører oppføringer til den samme sekvensen. Velg en annen sekvens.</translation>
    </message>
    <message>
        <source>The step hands records over to a sequence that is not in this library (%1). Choose another sequence, or import the missing one.</source>
        <translation>Trinnet overfører oppføringer til en sekvens som ikke finnes i dette biblioteket (%1). Velg en annen sekvens, eller importer den som mangler.</translation>
    </message>
    <message>
        <source>The step hands records over to “%1”, which is for %2 records, not %3. Choose a sequence for %3 records.</source>
        <translation>Trinnet overfører oppføringer til «%1», som er for enhetstypen %2, ikke %3. Velg en sekvens for enhetstypen %3.</translation>
    </message>
    <message>
        <source>The step hands records over to “%1”, which is not active. Activate “%1” first.</source>
        <translation>Trinnet overfører oppføringer til «%1», som ikke er aktiv. Aktiver «%1» først.</translation>
    </message>
    <message>
        <source>There is no sequence with the id %1 in this library. Check the id with `sequence-designer list`.</source>
        <translation>Det finnes ingen sekvens med ID-en %1 i dette biblioteket. Kontroller ID-en med `sequence-designer list`.</translation>
    </message>
    <message>
        <source>“%1” cannot be activated yet. Fix the errors listed, save, and activate again.</source>
        <translation>«%1» kan ikke aktiveres ennå. Rett feilene som er oppført, lagre og aktiver på nytt.</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>Tomt for minne. Lukk andre programmer og prøv igjen.</translation>
    </message>
    <message>
        <source>The library %1 is open read-only, so nothing can be changed. Copy it to a folder you can write to and open the copy.</source>
        <translation>Biblioteket %1 er åpnet skrivebeskyttet, så ingenting kan endres. Kopier det til en mappe du kan skrive til, og åpne kopien.</translation>
    </message>
    <message>
        <source>The library is in use by another program and stayed locked. Try again in a moment; if it keeps happening, close other Sequence Designer windows that use the same library.</source>
        <translation>Biblioteket er i bruk av et annet program og forble låst. Prøv igjen om et øyeblikk. Hvis det fortsetter, lukker du andre Sequence Designer-vinduer som bruker det samme biblioteket.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation>Disken er full, så endringen ble ikke lagret. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>%1 is not a Sequence Designer library: it is not an SQLite database. The file was not changed. Open a library made by Sequence Designer, or name a new file to start an empty one.</source>
        <translation>%1 er ikke et Sequence Designer-bibliotek: det er ikke en SQLite-database. Filen ble ikke endret. Åpne et bibliotek laget av Sequence Designer, eller oppgi en ny fil for å starte et tomt bibliotek.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Sequence Designer library. The file was not changed. Open a library made by Sequence Designer, or name a new file to start an empty one.</source>
        <translation>%1 er en database fra et annet program, ikke et Sequence Designer-bibliotek. Filen ble ikke endret. Åpne et bibliotek laget av Sequence Designer, eller oppgi en ny fil for å starte et tomt bibliotek.</translation>
    </message>
    <message>
        <source>The library %1 was made by a newer Sequence Designer (library schema %2; this program knows up to %3). The file was not changed. Update Sequence Designer to open it.</source>
        <translation>Biblioteket %1 ble laget av en nyere Sequence Designer (bibliotekskjema %2; dette programmet kjenner til og med %3). Filen ble ikke endret. Oppdater Sequence Designer for å åpne det.</translation>
    </message>
    <message>
        <source>No library file was named. Name a file.</source>
        <translation>Ingen bibliotekfil ble oppgitt. Oppgi en fil.</translation>
    </message>
    <message>
        <source>There is no library at %1. Check the file name, or import a sequence file to start a new library there.</source>
        <translation>Det finnes ikke noe bibliotek i %1. Kontroller filnavnet, eller importer en sekvensfil for å starte et nytt bibliotek der.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>Mappen %1 kan ikke opprettes. Velg en mappe du kan skrive til.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file. Name a file.</source>
        <translation>%1 er en mappe, ikke en bibliotekfil. Oppgi en fil.</translation>
    </message>
    <message>
        <source>The library %1 is empty and read-only, so it cannot be set up. Name a file in a folder you can write to.</source>
        <translation>Biblioteket %1 er tomt og skrivebeskyttet, så det kan ikke klargjøres. Oppgi en fil i en mappe du kan skrive til.</translation>
    </message>
    <message>
        <source>The library %1 was made by an older Sequence Designer (library schema %2) and must be upgraded to schema %3, but it is read-only. The file was not changed. Copy it to a folder you can write to and open the copy.</source>
        <translation>Biblioteket %1 ble laget av en eldre Sequence Designer (bibliotekskjema %2) og må oppgraderes til skjema %3, men det er skrivebeskyttet. Filen ble ikke endret. Kopier det til en mappe du kan skrive til, og åpne kopien.</translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade, but the backup copy %2 could not be written (%3). Nothing was changed. Free some space or make the folder writable, then open it again.</source>
        <translation>Biblioteket %1 må oppgraderes, men sikkerhetskopien %2 kunne ikke skrives (%3). Ingenting ble endret. Frigjør litt plass eller gjør mappen skrivbar, og åpne det deretter på nytt.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: you can look at and export its sequences, but not change them. To edit, copy it to a folder you can write to and open the copy.</source>
        <translation>Biblioteket %1 er skrivebeskyttet: du kan se på og eksportere sekvensene, men ikke endre dem. For å redigere kopierer du det til en mappe du kan skrive til, og åpner kopien.</translation>
    </message>
    <message>
        <source>The library was upgraded from schema %1 to %2; the old file was kept as %3.</source>
        <translation>Biblioteket ble oppgradert fra skjema %1 til %2; den gamle filen ble beholdt som %3.</translation>
    </message>
    <message>
        <source>There are no unsaved edits of the sequence %1 to restore. They may have been saved or discarded already.</source>
        <translation>Det finnes ingen ulagrede endringer i sekvensen %1 å gjenopprette. De kan allerede ha blitt lagret eller forkastet.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name for the recovered copy.</source>
        <translation>%1 finnes allerede. Velg et annet navn for den gjenopprettede kopien.</translation>
    </message>
    <message>
        <source>“%1” has no record type. Choose the kind of record it is for.</source>
        <translation>«%1» har ingen enhetstype. Velg hvilken type oppføringer den er for.</translation>
    </message>
    <message>
        <source>“%1” has more than 100,000 steps, more than a library holds. Split it into several sequences.</source>
        <translation>«%1» har mer enn 100 000 trinn, flere enn et bibliotek kan inneholde. Del den opp i flere sekvenser.</translation>
    </message>
    <message>
        <source>The step id “%1” is not valid. Use 1 to 64 letters, digits, _ or -.</source>
        <translation>Trinn-ID-en «%1» er ugyldig. Bruk 1 til 64 bokstaver, sifre, _ eller -.</translation>
    </message>
    <message>
        <source>Two steps share the id “%1”. Give one of them another id.</source>
        <translation>To trinn har samme ID, «%1». Gi ett av dem en annen ID.</translation>
    </message>
    <message>
        <source>The step “%1” has no type. Choose what kind of step it is.</source>
        <translation>Trinnet «%1» har ingen type. Velg hva slags trinn det er.</translation>
    </message>
    <message>
        <source>The step “%1” links to “%2”, which is not a step of this sequence. Change or remove the link.</source>
        <translation>Trinnet «%1» er koblet til «%2», som ikke er et trinn i denne sekvensen. Endre eller fjern koblingen.</translation>
    </message>
    <message>
        <source>“%1” does not start at one of its steps. Choose the first step.</source>
        <translation>«%1» starter ikke ved et av sine egne trinn. Velg det første trinnet.</translation>
    </message>
    <message>
        <source>“%1” has no steps but names a first step. Remove the start.</source>
        <translation>«%1» har ingen trinn, men angir et første trinn. Fjern starten.</translation>
    </message>
    <message>
        <source>There is no sequence with the id %1 in this library. It may have been deleted; refresh the list.</source>
        <translation>Det finnes ingen sekvens med ID-en %1 i dette biblioteket. Den kan ha blitt slettet; oppdater listen.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the library; it may have been deleted. Save it as a copy to keep your changes.</source>
        <translation>«%1» finnes ikke lenger i biblioteket; den kan ha blitt slettet. Lagre den som en kopi for å beholde endringene dine.</translation>
    </message>
    <message>
        <source>“%1” is active, so it cannot be changed. Deactivate it first, then save.</source>
        <translation>«%1» er aktiv, så den kan ikke endres. Deaktiver den først, og lagre deretter.</translation>
    </message>
    <message>
        <source>The record type of “%1” cannot change from %2 to %3. Create a new sequence for %3 records instead.</source>
        <translation>Enhetstypen til «%1» kan ikke endres fra %2 til %3. Opprett heller en ny sekvens for enhetstypen %3.</translation>
    </message>
    <message>
        <source>The tag name “%1” contains /, which separates levels. Use another character.</source>
        <translation>Merkenavnet «%1» inneholder /, som skiller nivåer. Bruk et annet tegn.</translation>
    </message>
    <message>
        <source>The tag “%1” has an empty level. Remove the extra /.</source>
        <translation>Merket «%1» har et tomt nivå. Fjern den overflødige /.</translation>
    </message>
    <message>
        <source>That tag no longer exists; it may have been deleted. Refresh the tag list.</source>
        <translation>Merket finnes ikke lenger; det kan ha blitt slettet. Oppdater merkelisten.</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists at that level. Choose another name, or delete one of the two tags.</source>
        <translation>Et merke med navnet «%1» finnes allerede på det nivået. Velg et annet navn, eller slett ett av de to merkene.</translation>
    </message>
    <message>
        <source>A tag cannot move below itself. Choose a parent outside “%1”.</source>
        <translation>Et merke kan ikke flyttes under seg selv. Velg et overordnet merke utenfor «%1».</translation>
    </message>
    <message>
        <source>Moving “%1” there would make the tag tree deeper than 4 levels. Choose a parent higher up, or flatten the tags below it first.</source>
        <translation>Hvis «%1» flyttes dit, blir merketreet dypere enn 4 nivåer. Velg et overordnet merke lenger opp, eller gjør merkene under det flatere først.</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists there. Rename one of them first.</source>
        <translation>Et merke med navnet «%1» finnes allerede der. Gi nytt navn til ett av dem først.</translation>
    </message>
    <message>
        <source>%1 holds no sequences, so nothing was imported.</source>
        <translation>%1 inneholder ingen sekvenser, så ingenting ble importert. Velg en fil som inneholder sekvenser.</translation>
    </message>
    <message>
        <source>%1 cannot be imported, so nothing was imported. Fix the problems listed, then import it again.</source>
        <translation>%1 kan ikke importeres, så ingenting ble importert. Rett problemene som er oppført, og importer filen på nytt.</translation>
    </message>
    <message>
        <source>The file holds a sequence whose steps cannot be represented (see the errors listed), so nothing was imported. Fix the file, then import it again.</source>
        <translation>Filen inneholder en sekvens med trinn som ikke kan gjengis (se feilene som er oppført), så ingenting ble importert. Rett filen, og importer den på nytt.</translation>
    </message>
    <message>
        <source>These sequences are already in the library: %1. Nothing was imported. Choose to replace them or to keep both, then import again.</source>
        <translation>Disse sekvensene finnes allerede i biblioteket: %1. Ingenting ble importert. Velg å erstatte dem eller å beholde begge, og importer på nytt.</translation>
    </message>
    <message>
        <source>Choose at least one sequence to export.</source>
        <translation>Velg minst én sekvens som skal eksporteres.</translation>
    </message>
    <message>
        <source>There is no sequence with the id %1 in this library, so nothing was exported. Check the ids with `sequence-designer list`.</source>
        <translation>Det finnes ingen sekvens med ID-en %1 i dette biblioteket, så ingenting ble eksportert. Kontroller ID-ene med `sequence-designer list`.</translation>
    </message>
    <message>
        <source>The sequences could not be converted to the file format, so %1 was not written.</source>
        <translation>Sekvensene kunne ikke konverteres til filformatet, så %1 ble ikke skrevet.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose a folder you can write to, with free space.</source>
        <translation>%1 kunne ikke skrives (%2). Velg en mappe du kan skrive til, og som har ledig plass.</translation>
    </message>
    <message>
        <source>The import was cancelled, so nothing was imported.</source>
        <translation>Importen ble avbrutt, så ingenting ble importert.</translation>
    </message>
    <message>
        <source>The sequence %1 has versions 1 to %2; there is no version %3. List them with `sequence-designer history %1`.</source>
        <translation>Sekvensen %1 har versjon 1 til %2; versjon %3 finnes ikke. Vis versjonene med `sequence-designer history %1`.</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>As saved before versions were kept</source>
        <translation>Slik den var lagret før versjoner ble tatt vare på</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>første versjon</translation>
    </message>
    <message>
        <source>Version %1 of %2 cannot be read; the library may be damaged. Open another version, or restore the library from a backup.</source>
        <translation>Versjon %1 av %2 kan ikke leses, og biblioteket kan være skadet. Åpne en annen versjon, eller gjenopprett biblioteket fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation>Gjenopprettet versjon %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so it was not opened. Name a library file.</source>
        <translation>%1 er ikke en vanlig fil (det er et rør, en sokkel eller en enhet), så den ble ikke åpnet. Oppgi en bibliotekfil.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself, so it names no file. Fix or remove the link, or name the library file itself.</source>
        <translation>%1 er en symbolsk lenke som fører tilbake til seg selv, så den peker ikke på noen fil. Rett opp eller fjern lenken, eller oppgi selve bibliotekfilen.</translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the name and that you may open the folders above it.</source>
        <translation>%1 kan ikke nås (%2). Kontroller navnet, og at du har tilgang til mappene over den.</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program, which kept it locked for %2 seconds. Try again in a moment; if this repeats, close the other Sequence Designer windows and commands that use it.</source>
        <translation>Biblioteket %1 er i bruk av et annet program, som holdt det låst i %2 sekunder. Prøv igjen om et øyeblikk. Hvis det gjentar seg, lukker du de andre Sequence Designer-vinduene og -kommandoene som bruker det.</translation>
    </message>
    <message>
        <source>The disk that holds the library %1 is full, so the library could not be opened. The file was not changed. Free some space and try again.</source>
        <translation>Disken som biblioteket %1 ligger på, er full, så biblioteket kunne ikke åpnes. Filen ble ikke endret. Frigjør plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The library %1 could not be read from the disk (input/output error). The file was not changed. Check the disk or network drive that holds it, then try again.</source>
        <translation>Biblioteket %1 kunne ikke leses fra disken (inn/ut-feil). Filen ble ikke endret. Kontroller disken eller nettverksstasjonen den ligger på, og prøv igjen.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the library %1. Close other programs and try again.</source>
        <translation>Det er ikke nok minne til å åpne biblioteket %1. Lukk andre programmer og prøv igjen.</translation>
    </message>
    <message>
        <source>You may not open the library %1. Check that you may read the file and write its folder, or copy it to a folder of your own.</source>
        <translation>Du har ikke tilgang til å åpne biblioteket %1. Kontroller at du kan lese filen og skrive i mappen, eller kopier den til en mappe du eier.</translation>
    </message>
    <message>
        <source>The library %1 could not be opened (SQLite error %2). The file was not changed. Try again; if this repeats, restore it from a backup.</source>
        <translation>Biblioteket %1 kunne ikke åpnes (SQLite-feil %2). Filen ble ikke endret. Prøv igjen. Hvis det gjentar seg, gjenoppretter du det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>%1 is marked as a Sequence Designer library, but its tables are not those of one (missing or different: %2). The file was not changed. Open the library from a backup, or name a new file to start an empty one.</source>
        <translation>%1 er merket som et Sequence Designer-bibliotek, men tabellene er ikke et biblioteks (mangler eller avviker: %2). Filen ble ikke endret. Åpne biblioteket fra en sikkerhetskopi, eller oppgi en ny fil for å starte et tomt bibliotek.</translation>
    </message>
    <message>
        <source>The library %1 is damaged: SQLite&apos;s check of every page failed. The file was not changed. Sequence Designer can copy what is still readable into a new library: open the recovered copy and check your sequences, or restore the file from a backup.</source>
        <translation>Biblioteket %1 er skadet: SQLites kontroll av hver side feilet. Filen ble ikke endret. Sequence Designer kan kopiere det som fortsatt kan leses, til et nytt bibliotek: åpne den gjenopprettede kopien og kontroller sekvensene dine, eller gjenopprett filen fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The library %1 is damaged beyond what can be recovered: even its list of tables cannot be read. The file was not changed. Restore it from a backup.</source>
        <translation>Biblioteket %1 er for skadet til å gjenopprettes: selv listen over tabeller kan ikke leses. Filen ble ikke endret. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The library %1 cannot be read (%2). Check that you may read the file.</source>
        <translation>Biblioteket %1 kan ikke leses (%2). Kontroller at du har tilgang til å lese filen.</translation>
    </message>
    <message>
        <source>The library %1 must be set up or upgraded (to schema %2) before it can be read, and it was opened for reading only. The file was not changed. Open it for editing once to upgrade it.</source>
        <translation>Biblioteket %1 må settes opp eller oppgraderes (til skjema %2) før det kan leses, og det ble åpnet bare for lesing. Filen ble ikke endret. Åpne det for redigering én gang for å oppgradere det.</translation>
    </message>
    <message>
        <source>The upgrade did not complete; the file was left at schema %1, and a copy made before it is at %2.</source>
        <translation>Oppgraderingen ble ikke fullført. Filen ble stående på skjema %1, og en kopi tatt før oppgraderingen ligger i %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so it was not read and nothing was imported. Name a sequence file.</source>
        <translation>%1 er ikke en vanlig fil (det er et rør, en sokkel eller en enhet), så den ble ikke lest, og ingenting ble importert. Oppgi en sekvensfil.</translation>
    </message>
    <message>
        <source>%1 is a folder, so nothing was imported. Name a sequence file.</source>
        <translation>%1 er en mappe, så ingenting ble importert. Oppgi en sekvensfil.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself, so nothing was imported. Fix the link, or name the sequence file itself.</source>
        <translation>%1 er en symbolsk lenke som fører tilbake til seg selv, så ingenting ble importert. Rett opp lenken, eller oppgi selve sekvensfilen.</translation>
    </message>
    <message>
        <source>%1 looks like an address (URL), not a file, so nothing was imported. Download the file first, then import it.</source>
        <translation>%1 ser ut som en adresse (URL), ikke en fil, så ingenting ble importert. Last ned filen først, og importer den deretter.</translation>
    </message>
    <message>
        <source>The name contains a control character (a line break, tab, escape or similar). Remove it.</source>
        <translation>Navnet inneholder et kontrolltegn (et linjeskift, en tabulator, escape eller lignende). Fjern det.</translation>
    </message>
    <message>
        <source>The name of step “%1” contains a control character (a line break, tab, escape or similar). Remove it.</source>
        <translation>Navnet på trinnet «%1» inneholder et kontrolltegn (et linjeskift, en tabulator, escape eller lignende). Fjern det.</translation>
    </message>
    <message>
        <source>A tag name contains a control character (a line break, tab, escape or similar). Remove it.</source>
        <translation>Et merkenavn inneholder et kontrolltegn (et linjeskift, en tabulator, escape eller lignende). Fjern det.</translation>
    </message>
    <message>
        <source>The library file cannot be written, so nothing was changed. Check that the file and its folder are writable, or copy it somewhere you can write to.</source>
        <translation>Bibliotekfilen kan ikke skrives, så ingenting ble endret. Kontroller at filen og mappen er skrivbare, eller kopier den til et sted du kan skrive.</translation>
    </message>
    <message>
        <source>The library file is damaged, so nothing was changed. Close it and open it again to be offered a recovered copy.</source>
        <translation>Bibliotekfilen er skadet, så ingenting ble endret. Lukk den og åpne den igjen for å få tilbud om en gjenopprettet kopi.</translation>
    </message>
    <message>
        <source>The library could not be read from or written to the disk (input/output error), so nothing was changed. Check the disk or network drive that holds it, then try again.</source>
        <translation>Biblioteket kunne ikke leses fra eller skrives til disken (inn/ut-feil), så ingenting ble endret. Kontroller disken eller nettverksstasjonen det ligger på, og prøv igjen.</translation>
    </message>
    <message>
        <source>There was not enough memory, so nothing was changed. Close other programs and try again.</source>
        <translation>Det var ikke nok minne, så ingenting ble endret. Lukk andre programmer og prøv igjen.</translation>
    </message>
    <message>
        <source>A value is larger than the library holds (64 MiB), so nothing was changed. Shorten the texts or split the sequence.</source>
        <translation>En verdi er større enn biblioteket rommer (64 MiB), så ingenting ble endret. Forkort tekstene eller del opp sekvensen.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the library (a name too long or empty, an id used twice, a tag level with /), so it was not saved. Correct it and try again.</source>
        <translation>Endringen bryter en regel i biblioteket (et navn som er for langt eller tomt, en ID som er brukt to ganger, et merkenivå med /), så den ble ikke lagret. Rett det opp og prøv igjen.</translation>
    </message>
    <message>
        <source>The library&apos;s tables are not as this program expects (another program may have changed them), so nothing was changed. Close the library and open it again; if this repeats, restore it from a backup.</source>
        <translation>Tabellene i biblioteket er ikke slik dette programmet forventer (et annet program kan ha endret dem), så ingenting ble endret. Lukk biblioteket og åpne det igjen. Hvis det gjentar seg, gjenoppretter du det fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The library could not complete the operation (SQLite error %1), so nothing was changed. Try again; if this repeats, close the library and open it again.</source>
        <translation>Biblioteket kunne ikke fullføre operasjonen (SQLite-feil %1), så ingenting ble endret. Prøv igjen. Hvis det gjentar seg, lukker du biblioteket og åpner det igjen.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>mappen kan ikke skrives</translation>
    </message>
    <message>
        <source>an input/output error</source>
        <translation>en inn/ut-feil</translation>
    </message>
    <message>
        <source>The disk that holds the library %1 is full or failing, so it was opened for reading only: you can look at and export its sequences. Free some space, then open it again to change it.</source>
        <translation>Disken som biblioteket %1 ligger på, er full eller svikter, så det ble åpnet bare for lesing: du kan se på og eksportere sekvensene. Frigjør plass, og åpne det igjen for å endre det.</translation>
    </message>
    <message>
        <source>The stored parameters of step “%1” of “%2” are damaged (not a JSON object), so the step was exported without them. Set them again in the designer. The stored text was: %3</source>
        <translation>De lagrede parameterne for trinnet «%1» i «%2» er skadet (ikke et JSON-objekt), så trinnet ble eksportert uten dem. Angi dem på nytt i designeren. Den lagrede teksten var: %3</translation>
    </message>
    <message>
        <source>Nothing can be recovered from %1: it cannot be opened even for reading. Restore it from a backup.</source>
        <translation>Ingenting kan gjenopprettes fra %1: den kan ikke åpnes engang for lesing. Gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>The library %1 was not opened: the file %2 beside it belongs to another library (it was probably copied from elsewhere), and opening the two together would mix them. Neither file was changed. Close every program that uses the library, move %2 to another folder, then open the library again.</source>
        <translation>Biblioteket %1 ble ikke åpnet: filen %2 ved siden av det hører til et annet bibliotek (den ble trolig kopiert fra et annet sted), og å åpne de to sammen ville blande dem. Ingen av filene ble endret. Lukk alle programmer som bruker biblioteket, flytt %2 til en annen mappe, og åpne så biblioteket på nytt.</translation>
    </message>
    <message>
        <source>The library %1 was not opened: the file %2 beside it holds an older or another state of this library than the library file (it was probably copied from another copy of the library), and opening the two together would silently replace the newest changes. Neither file was changed. Close every program that uses the library, move %2 to another folder, then open the library again.</source>
        <translation>Biblioteket %1 ble ikke åpnet: filen %2 ved siden av det inneholder en eldre eller en annen tilstand av dette biblioteket enn bibliotekfilen (den ble trolig kopiert fra en annen kopi av biblioteket), og å åpne de to sammen ville i det stille erstatte de nyeste endringene. Ingen av filene ble endret. Lukk alle programmer som bruker biblioteket, flytt %2 til en annen mappe, og åpne så biblioteket på nytt.</translation>
    </message>
    <message>
        <source>The sequence %1 belongs to someone else, and your role in the team library lets you change only your own sequences. Save a copy to change it, or ask a sequence manager.</source>
        <translation>Sekvensen %1 tilhører noen andre, og rollen din i teambiblioteket lar deg bare endre dine egne sekvenser. Lagre en kopi for å endre den, eller spør en sekvensansvarlig.</translation>
    </message>
    <message>
        <source>%1 looks like an address (URL), not a file. Sequence Designer opens library files and team libraries only: name the path of a file, or a team library as postgresql://user@host/database.</source>
        <translation>%1 ser ut som en adresse (URL), ikke en fil. Sequence Designer åpner bare bibliotekfiler og teambiblioteker: oppgi stien til en fil, eller et teambibliotek som postgresql://bruker@vert/database.</translation>
    </message>
    <message>
        <source>The team library is busy: another change held it longer than 5 seconds, so nothing was changed. Try again in a moment.</source>
        <translation>Teambiblioteket er opptatt: en annen endring holdt det i mer enn 5 sekunder, så ingenting ble endret. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>There is no user or role of that name on the team library&apos;s server. Check the name.</source>
        <translation>Det finnes ingen bruker eller rolle med det navnet på teambibliotekets server. Sjekk navnet.</translation>
    </message>
    <message>
        <source>Your role in the team library does not allow this change, so nothing was changed. Ask the team library&apos;s administrator for the sequence manager role.</source>
        <translation>Rollen din i teambiblioteket tillater ikke denne endringen, så ingenting ble endret. Be teambibliotekets administrator om rollen som sekvensansvarlig.</translation>
    </message>
    <message>
        <source>The team library&apos;s server accepts only reading now (a standby or read-only server), so nothing was changed. Connect to the primary server to make changes.</source>
        <translation>Teambibliotekets server tillater bare lesing nå (en reserveserver eller skrivebeskyttet server), så ingenting ble endret. Koble til primærserveren for å gjøre endringer.</translation>
    </message>
    <message>
        <source>The connection to the team library was lost or its server is out of resources, so nothing was changed. Check the network and the server, then open the team library again.</source>
        <translation>Forbindelsen til teambiblioteket ble brutt, eller serveren er tom for ressurser, så ingenting ble endret. Sjekk nettverket og serveren, og åpne teambiblioteket på nytt.</translation>
    </message>
    <message>
        <source>The team library&apos;s tables are not as this program expects (another program may have changed them), so nothing was changed. Ask the team library&apos;s administrator to check the database.</source>
        <translation>Teambibliotekets tabeller er ikke slik dette programmet forventer (et annet program kan ha endret dem), så ingenting ble endret. Be teambibliotekets administrator om å sjekke databasen.</translation>
    </message>
    <message>
        <source>The team library could not complete the operation (PostgreSQL error %1), so nothing was changed. Try again; if this repeats, open the team library again.</source>
        <translation>Teambiblioteket kunne ikke fullføre operasjonen (PostgreSQL-feil %1), så ingenting ble endret. Prøv igjen; skjer det igjen, åpne teambiblioteket på nytt.</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, so it is not a team library. Nothing was changed. Name an empty database, or one made by Sequence Designer.</source>
        <translation>Databasen %1 inneholder tabeller fra et annet program, så den er ikke et teambibliotek. Ingenting ble endret. Oppgi en tom database, eller en laget av Sequence Designer.</translation>
    </message>
    <message>
        <source>The team library %1 was set up by a newer Sequence Designer (library schema %2; this program knows up to %3). Nothing was changed. Update Sequence Designer to use it.</source>
        <translation>Teambiblioteket %1 ble satt opp av en nyere Sequence Designer (bibliotekskjema %2; dette programmet kjenner til og med %3). Ingenting ble endret. Oppdater Sequence Designer for å bruke det.</translation>
    </message>
    <message>
        <source>The team library %1 must be set up or upgraded (to schema %2) before it can be read, and it was opened for reading only. Nothing was changed. Open it for editing once to set it up.</source>
        <translation>Teambiblioteket %1 må settes opp eller oppgraderes (til skjema %2) før det kan leses, og det ble åpnet bare for lesing. Ingenting ble endret. Åpne det for redigering én gang for å sette det opp.</translation>
    </message>
    <message>
        <source>The team library %1 could not be set up or read: %2</source>
        <translation>Teambiblioteket %1 kunne ikke settes opp eller leses: %2</translation>
    </message>
    <message>
        <source>Roles belong to team libraries only. Name one with --library postgresql://user@host/database.</source>
        <translation>Roller finnes bare i teambiblioteker. Oppgi et med --library postgresql://bruker@vert/database.</translation>
    </message>
    <message>
        <source>Only the owner of the team library&apos;s database, with the right to create roles, can set up and give roles. Run the command as that user.</source>
        <translation>Bare eieren av teambibliotekets database, med rett til å opprette roller, kan sette opp og gi roller. Kjør kommandoen som den brukeren.</translation>
    </message>
    <message>
        <source>Name the user to give the role to.</source>
        <translation>Oppgi brukeren som skal få rollen.</translation>
    </message>
    <message>
        <source>There is not enough memory to connect. Close other programs, then try again.</source>
        <translation>Det er ikke nok minne til å koble til. Lukk andre programmer, og prøv igjen.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password. Check both (ask the team&apos;s administrator when in doubt), then try again.</source>
        <translation>Serveren avviste brukernavnet eller passordet. Kontroller begge (spør teamets administrator hvis du er i tvil), og prøv igjen.</translation>
    </message>
    <message>
        <source>The server has no such database. Check the database name, or ask the team&apos;s administrator to create it.</source>
        <translation>Serveren har ingen slik database. Kontroller databasenavnet, eller be teamets administrator om å opprette den.</translation>
    </message>
    <message>
        <source>The server&apos;s name is not known on this network. Check the host name.</source>
        <translation>Servernavnet er ukjent på dette nettverket. Kontroller vertsnavnet.</translation>
    </message>
    <message>
        <source>The server did not answer within 10 seconds. Check the host and the port, and that this computer may reach the server.</source>
        <translation>Serveren svarte ikke innen 10 sekunder. Kontroller vert og port, og at denne datamaskinen kan nå serveren.</translation>
    </message>
    <message>
        <source>Nothing answered at that address: the server is not running there, or it listens on another port. Check the host and the port, and that the server is running.</source>
        <translation>Ingenting svarte på den adressen: serveren kjører ikke der, eller den lytter på en annen port. Kontroller vert og port, og at serveren kjører.</translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address, the user name and the password, and that the server is running.</source>
        <translation>Serveren kunne ikke nås (%1). Kontroller adressen, brukernavnet og passordet, og at serveren kjører.</translation>
    </message>
    <message>
        <source>Saved by %1 at %2: open theirs, save yours as a copy, or compare.</source>
        <translation>Lagret av %1 kl. %2: åpne deres, lagre din som kopi, eller sammenlign.</translation>
    </message>
    <message>
        <source>The team library %1 cannot be opened. %2</source>
        <translation>Teambiblioteket %1 kan ikke åpnes. %2</translation>
    </message>
    <message>
        <source>A sequence needs a name. Type a name of 1 to %L1 characters.</source>
        <translation>En sekvens må ha et navn. Skriv et navn på 1 til %L1 tegn.</translation>
    </message>
    <message>
        <source>The name is longer than %L1 characters. Shorten it.</source>
        <translation>Navnet er lengre enn %L1 tegn. Gjør det kortere.</translation>
    </message>
    <message>
        <source>The description of “%1” is longer than %2 characters. Shorten it.</source>
        <translation>Beskrivelsen av «%1» er lengre enn %2 tegn. Gjør den kortere.</translation>
    </message>
    <message>
        <source>A tag name cannot be empty. Type a name of 1 to %L1 characters.</source>
        <translation>Et merkenavn kan ikke være tomt. Skriv et navn på 1 til %L1 tegn.</translation>
    </message>
    <message>
        <source>The tag name “%1” is longer than %2 characters. Shorten it.</source>
        <translation>Merkenavnet «%1» er lengre enn %2 tegn. Gjør det kortere.</translation>
    </message>
    <message>
        <source>The tag “%1” has more than %2 levels. Use at most %2, such as Region/Country/Team/Topic.</source>
        <translation>Merket «%1» har mer enn %2 nivåer. Bruk høyst %2, for eksempel Region/Land/Team/Emne.</translation>
    </message>
    <message>
        <source>The unsaved edits of the sequence %1 cannot be read, so they were not restored; they stay in the recovery area. Discard them, or open the saved version.</source>
        <translation>De ulagrede endringene i sekvensen %1 kan ikke leses, så de ble ikke gjenopprettet; de blir liggende i gjenopprettingsområdet. Forkast dem, eller åpne den lagrede versjonen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sequence Designer</source>
        <translation>Sequence Designer</translation>
    </message>
    <message>
        <source>%1 – Sequence Designer</source>
        <translation>%1 – Sequence Designer</translation>
    </message>
</context>
<context>
    <name>MainDialogs</name>
    <message>
        <source>Open team library</source>
        <translation>Åpne teambibliotek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Copy to team library</source>
        <translation>Kopier til teambibliotek</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopier</translation>
    </message>
</context>
<context>
    <name>MainFileDialogs</name>
    <message>
        <source>Import sequences</source>
        <translation>Importer sekvenser</translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation>Sekvensfiler (*.sequence.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Open library</source>
        <translation>Åpne bibliotek</translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation>Biblioteker (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>New library</source>
        <translation>Nytt bibliotek</translation>
    </message>
    <message>
        <source>Open organisation profile</source>
        <translation>Åpne organisasjonsprofil</translation>
    </message>
    <message>
        <source>Organisation profiles (*.profile.json)</source>
        <translation>Organisasjonsprofiler (*.profile.json)</translation>
    </message>
</context>
<context>
    <name>NodeCard</name>
    <message numerus="yes">
        <source>%n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>%n problem: se Problemer-panelet</numerusform>
            <numerusform>%n problemer: se Problemer-panelet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParamAbEnd</name>
    <message>
        <source>When the winner is clear</source>
        <translation>Når vinneren er klar</translation>
    </message>
    <message>
        <source>At a date and time</source>
        <translation>På en dato og et klokkeslett</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>ÅÅÅÅ-MM-DDTTT:MM:SSZ</translation>
    </message>
</context>
<context>
    <name>ParamAbVersion</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Velg en mal</translation>
    </message>
</context>
<context>
    <name>ParamChoice</name>
    <message>
        <source>Any of them</source>
        <translation>Én av dem</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation>Mål nådd</translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation>Klikk på koblinger</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Åpninger</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Versjon A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Versjon B</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (ikke tilgjengelig)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Velg en mal</translation>
    </message>
</context>
<context>
    <name>ParamChoiceSet</name>
    <message>
        <source>Choose a business process flow first.</source>
        <translation>Velg en forretningsprosessflyt først.</translation>
    </message>
</context>
<context>
    <name>ParamDuration</name>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>%1, days</source>
        <translation>%1, dager</translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation>%1, timer</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <source>(optional)</source>
        <translation>(valgfritt)</translation>
    </message>
</context>
<context>
    <name>ParamFieldValue</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Et tall</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>Does nothing</source>
        <translation>Gjør ingenting</translation>
    </message>
    <message>
        <source>Opens but never replies</source>
        <translation>Åpner, men svarer aldri</translation>
    </message>
    <message>
        <source>Replies to the first email after a day</source>
        <translation>Svarer på den første e-posten etter en dag</translation>
    </message>
    <message>
        <source>Answers the first call</source>
        <translation>Svarer på den første telefonsamtalen</translation>
    </message>
    <message>
        <source>Seller a day late on everything</source>
        <translation>Selgeren er en dag sent ute med alt</translation>
    </message>
</context>
<context>
    <name>PreviewBadge</name>
    <message>
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Preview the Yes branch</source>
        <translation>Forhåndsvis Ja-grenen</translation>
    </message>
    <message>
        <source>Preview the No branch</source>
        <translation>Forhåndsvis Nei-grenen</translation>
    </message>
</context>
<context>
    <name>PreviewFileMenu</name>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Scenario and export</source>
        <translation>Scenario og eksport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Scenario files (*.scenario.json)</source>
        <translation>Scenariofiler (*.scenario.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation>Åpne scenario …</translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation>Lagre scenario …</translation>
    </message>
    <message>
        <source>Export the timeline as CSV…</source>
        <translation>Eksporter tidslinjen som CSV …</translation>
    </message>
    <message>
        <source>Export the activities to a calendar (.ics)…</source>
        <translation>Eksporter aktivitetene til en kalender (.ics) …</translation>
    </message>
    <message>
        <source>Edit scenario…</source>
        <translation>Rediger scenario …</translation>
    </message>
    <message>
        <source>Forecast the busy days…</source>
        <translation>Prognose for travle dager …</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Lukk forhåndsvisningen</translation>
    </message>
    <message>
        <source>Close the preview (Ctrl+P)</source>
        <translation>Lukk forhåndsvisningen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Who the customer is</source>
        <translation>Hvem kunden er</translation>
    </message>
    <message>
        <source>Starts (%1)</source>
        <translation>Starter (%1)</translation>
    </message>
    <message>
        <source>year-month-day hours:minutes</source>
        <translation>år-måned-dag timer:minutter</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Enter shows the step on the canvas; Space on a condition makes it take its other branch.</source>
        <translation>Enter viser trinnet på lerretet; mellomrom på en betingelse får den til å ta den andre grenen.</translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation>Prognose …</translation>
    </message>
    <message>
        <source>Forecast the busy days</source>
        <translation>Prognose for travle dager</translation>
    </message>
    <message>
        <source>Many records through the sequence: the activities due per day</source>
        <translation>Mange poster gjennom sekvensen: aktivitetene som forfaller per dag</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>Edit scenario…</source>
        <translation>Rediger scenario …</translation>
    </message>
    <message>
        <source>Edit the scenario: the record&apos;s fields, events and outcomes</source>
        <translation>Rediger scenarioet: postens felt, hendelser og utfall</translation>
    </message>
    <message>
        <source>Up and Down move the start a day, with Shift an hour.</source>
        <translation>Opp og Ned flytter starten en dag, med Shift en time.</translation>
    </message>
</context>
<context>
    <name>PreviewScenarioDialog</name>
    <message>
        <source>Edit scenario</source>
        <translation>Rediger scenario</translation>
    </message>
    <message>
        <source>The record&apos;s fields (record.fields), how long the seller takes (seller.completeAfter) and what happens at each step (steps: events, outcome, skip). Keys are as in a scenario file.</source>
        <translation>Postens felt (record.fields), hvor lang tid selgeren bruker (seller.completeAfter) og hva som skjer ved hvert steg (steps: events, outcome, skip). Nøklene er som i en scenariofil.</translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation>Scenarioet</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>PreviewTimelineRow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems</source>
        <translation>Ingen problemer</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block activation</source>
        <translation>
            <numerusform>%n problem hindrer aktivering</numerusform>
            <numerusform>%n problemer hindrer aktivering</numerusform>
        </translation>
    </message>
    <message>
        <source>Before it can be activated</source>
        <translation>Før den kan aktiveres</translation>
    </message>
</context>
<context>
    <name>ProblemsPanelRow</name>
    <message>
        <source>Sequence</source>
        <translation>Sekvens</translation>
    </message>
    <message>
        <source>Error: %1. %2</source>
        <translation>Feil: %1. %2</translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation>Advarsel: %1. %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile file %1 does not exist. Check the path and the file name.</source>
        <translation>Profilfilen %1 finnes ikke. Kontroller banen og filnavnet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a profile file. Choose a .profile.json file.</source>
        <translation>%1 er en mappe, ikke en profilfil. Velg en .profile.json-fil.</translation>
    </message>
    <message>
        <source>The profile file %1 is %2 MiB; a profile may be at most %3 MiB. Choose the right file, or remove what the sequences do not need.</source>
        <translation>Profilfilen %1 er på %2 MiB; en profil kan være på høyst %3 MiB. Velg riktig fil, eller fjern det sekvensene ikke trenger.</translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation>Profilfilen %1 kan ikke leses: %2. Kontroller at den finnes, og at du har lesetilgang til den.</translation>
    </message>
    <message>
        <source>The profile file %1 is larger than %2 MiB. Choose the right file.</source>
        <translation>Profilfilen %1 er større enn %2 MiB. Velg riktig fil.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en streng</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en matrise</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>I %1: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2. Change the value to %1.</source>
        <translation>ventet %1, fant %2. Endre verdien til %1.</translation>
    </message>
    <message>
        <source>this array is required but missing. Add &quot;%1&quot;: [ … ].</source>
        <translation>denne matrisen er påkrevd, men mangler. Legg til &quot;%1&quot;: [ … ].</translation>
    </message>
    <message>
        <source>the text is empty. Write the text, or remove the entry.</source>
        <translation>teksten er tom. Skriv teksten, eller fjern elementet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with white space, so it would never match a name in a sequence. Remove the spaces.</source>
        <translation>&quot;%1&quot; starter eller slutter med mellomrom, så det vil aldri samsvare med et navn i en sekvens. Fjern mellomrommene.</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters. Shorten it.</source>
        <translation>teksten er lengre enn %1 tegn. Gjør den kortere.</translation>
    </message>
    <message>
        <source>the name is missing. Add &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation>navnet mangler. Legg til &quot;%1&quot;: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a logical name. Use the logical name from Dynamics 365: letters, digits and underscores, not starting with a digit, at most %2 characters (e.g. &quot;%3&quot;).</source>
        <translation>&quot;%1&quot; er ikke et logisk navn. Bruk det logiske navnet fra Dynamics 365: bokstaver, sifre og understreker, ikke med et siffer først, høyst %2 tegn (for eksempel &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>the text is missing. Add &quot;%1&quot;: &quot;…&quot; or &quot;%1&quot;: {&quot;en&quot;: &quot;…&quot;, &quot;nb&quot;: &quot;…&quot;}.</source>
        <translation>teksten mangler. Legg til &quot;%1&quot;: &quot;…&quot; eller &quot;%1&quot;: {&quot;en&quot;: &quot;…&quot;, &quot;nb&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>a string or an object of language codes</source>
        <translation>en streng eller et objekt med språkkoder</translation>
    </message>
    <message>
        <source>no language is given. Add at least one, e.g. {&quot;en&quot;: &quot;…&quot;}.</source>
        <translation>ingen språk er angitt. Legg til minst ett, for eksempel {&quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Use a code such as &quot;en&quot; or &quot;nb&quot;.</source>
        <translation>&quot;%1&quot; er ikke en språkkode. Bruk en kode som &quot;en&quot; eller &quot;nb&quot;.</translation>
    </message>
    <message>
        <source>only choice fields have options. Remove &quot;options&quot;, or set &quot;type&quot; to &quot;choice&quot;.</source>
        <translation>bare valgfelt har alternativer. Fjern &quot;options&quot;, eller sett &quot;type&quot; til &quot;choice&quot;.</translation>
    </message>
    <message>
        <source>a choice field needs at least one option. Add &quot;options&quot;: [{&quot;value&quot;: 1, &quot;label&quot;: &quot;…&quot;}] with the option numbers of Dynamics 365.</source>
        <translation>et valgfelt trenger minst ett alternativ. Legg til &quot;options&quot;: [{&quot;value&quot;: 1, &quot;label&quot;: &quot;…&quot;}] med alternativnumrene fra Dynamics 365.</translation>
    </message>
    <message>
        <source>the option number is missing. Add &quot;value&quot;: and the option&apos;s number in Dynamics 365.</source>
        <translation>alternativnummeret mangler. Legg til &quot;value&quot;: og alternativets nummer i Dynamics 365.</translation>
    </message>
    <message>
        <source>a whole number (the option number)</source>
        <translation>et heltall (alternativnummeret)</translation>
    </message>
    <message>
        <source>the option number %1 is used twice in this field (also at %2). Give each option its own number.</source>
        <translation>alternativnummeret %1 brukes to ganger i dette feltet (også i %2). Gi hvert alternativ sitt eget nummer.</translation>
    </message>
    <message>
        <source>the field type is missing. Add &quot;type&quot;: one of text, number, date, yesno, choice, user.</source>
        <translation>felttypen mangler. Legg til &quot;type&quot;: én av text, number, date, yesno, choice, user.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type. Use one of text, number, date, yesno, choice, user.</source>
        <translation>&quot;%1&quot; er ikke en felttype. Bruk én av text, number, date, yesno, choice, user.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice in %2 (also at %3). Remove one, or give it another name.</source>
        <translation>feltet &quot;%1&quot; forekommer to ganger i %2 (også i %3). Fjern det ene, eller gi det et annet navn.</translation>
    </message>
    <message>
        <source>a business process flow needs at least one stage. Add its stages, e.g. [&quot;Qualify&quot;, &quot;Develop&quot;, &quot;Propose&quot;, &quot;Close&quot;].</source>
        <translation>en forretningsprosessflyt trenger minst én fase. Legg til fasene, for eksempel [&quot;Qualify&quot;, &quot;Develop&quot;, &quot;Propose&quot;, &quot;Close&quot;].</translation>
    </message>
    <message>
        <source>a stage name or an object with &quot;name&quot;</source>
        <translation>et fasenavn eller et objekt med &quot;name&quot;</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; appears twice in this process. Remove one.</source>
        <translation>fasen &quot;%1&quot; forekommer to ganger i denne prosessen. Fjern den ene.</translation>
    </message>
    <message>
        <source>record type &quot;%1&quot;</source>
        <translation>enhetstypen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the process &quot;%1&quot; appears twice in %2. Remove one, or rename it.</source>
        <translation>prosessen &quot;%1&quot; forekommer to ganger i %2. Fjern den ene, eller gi den nytt navn.</translation>
    </message>
    <message>
        <source>the call result is missing. Add &quot;value&quot;: &quot;made&quot; (the value sequence files use).</source>
        <translation>samtaleresultatet mangler. Legg til &quot;value&quot;: &quot;made&quot; (verdien som sekvensfiler bruker).</translation>
    </message>
    <message>
        <source>the call result &quot;%1&quot; appears twice. Remove one.</source>
        <translation>samtaleresultatet &quot;%1&quot; forekommer to ganger. Fjern det ene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice. Remove one.</source>
        <translation>&quot;%1&quot; står oppført to ganger. Fjern det ene.</translation>
    </message>
    <message>
        <source>this is not an organisation profile (the format must be &quot;sequence-designer-profile&quot;). Open a .profile.json file.</source>
        <translation>dette er ikke en organisasjonsprofil (formatet må være &quot;sequence-designer-profile&quot;). Åpne en .profile.json-fil.</translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation>et positivt heltall</translation>
    </message>
    <message>
        <source>the profile has format version %1, but this program reads version %2 and older. Update the program, or save the profile for version %2.</source>
        <translation>profilen har formatversjon %1, men dette programmet leser versjon %2 og eldre. Oppdater programmet, eller lagre profilen for versjon %2.</translation>
    </message>
    <message>
        <source>the profile has no record types. Add at least one, e.g. {&quot;name&quot;: &quot;lead&quot;, &quot;fields&quot;: []}.</source>
        <translation>profilen har ingen enhetstyper. Legg til minst én, for eksempel {&quot;name&quot;: &quot;lead&quot;, &quot;fields&quot;: []}.</translation>
    </message>
    <message>
        <source>the record type &quot;%1&quot; appears twice. Merge the two, or remove one.</source>
        <translation>enhetstypen &quot;%1&quot; forekommer to ganger. Slå dem sammen, eller fjern den ene.</translation>
    </message>
    <message>
        <source>the user fields</source>
        <translation>brukerfeltene</translation>
    </message>
    <message>
        <source>The profile is larger than %1 MiB. Choose the right file.</source>
        <translation>Profilen er større enn %1 MiB. Velg riktig fil.</translation>
    </message>
    <message>
        <source>The profile is empty. A profile is a JSON object; see docs/profile.md.</source>
        <translation>Profilen er tom. En profil er et JSON-objekt; se docs/profile.md.</translation>
    </message>
    <message>
        <source>At $: expected an object, found %1. A profile is one JSON object with &quot;name&quot; and &quot;recordTypes&quot;; see docs/profile.md.</source>
        <translation>I $: ventet et objekt, fant %1. En profil er ett JSON-objekt med &quot;name&quot; og &quot;recordTypes&quot;; se docs/profile.md.</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>én enkelt verdi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Use an IANA name such as &quot;Europe/Oslo&quot; or &quot;UTC&quot;.</source>
        <translation>«%1» er ikke en tidssone denne datamaskinen kjenner. Bruk et IANA-navn som «Europe/Oslo» eller «UTC».</translation>
    </message>
    <message>
        <source>no day is a working day. List at least one, e.g. [&quot;mon&quot;, &quot;tue&quot;, &quot;wed&quot;, &quot;thu&quot;, &quot;fri&quot;].</source>
        <translation>ingen dag er en arbeidsdag. Oppgi minst én, for eksempel [&quot;mon&quot;, &quot;tue&quot;, &quot;wed&quot;, &quot;thu&quot;, &quot;fri&quot;].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day. Use mon, tue, wed, thu, fri, sat or sun, in lower case.</source>
        <translation>«%1» er ikke en dag. Bruk mon, tue, wed, thu, fri, sat eller sun, med små bokstaver.</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>en dato «ÅÅÅÅ-MM-DD»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD, e.g. &quot;2026-12-25&quot;.</source>
        <translation>«%1» er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD, for eksempel «2026-12-25».</translation>
    </message>
    <message>
        <source>The profile is not valid JSON at line %1, column %2: %3</source>
        <translation>Profilen er ikke gyldig JSON på linje %1, kolonne %2: %3</translation>
    </message>
</context>
<context>
    <name>PropertiesBar</name>
    <message>
        <source>Steps go to: %1</source>
        <translation>Trinnene går til: %1</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Who gets the steps, exit criteria, working days and tags</source>
        <translation>Hvem som får trinnene, avslutningskriterier, arbeidsdager og merker</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Only sequence managers can activate or deactivate team sequences. Create a copy to have a personal one.</source>
        <translation>Bare sekvensansvarlige kan aktivere eller deaktivere teamsekvenser. Lag en kopi for å få en personlig sekvens.</translation>
    </message>
</context>
<context>
    <name>PropertiesOptions</name>
    <message>
        <source>Exit criteria</source>
        <translation>Avslutningskriterier</translation>
    </message>
    <message>
        <source>Exit the sequence when the customer replies to any email</source>
        <translation>Avslutt sekvensen når kunden svarer på en e-post</translation>
    </message>
    <message>
        <source>Needs at least one email step.</source>
        <translation>Krever minst ett e-posttrinn.</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeidsdager</translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation>Hopp over fridager</translation>
    </message>
    <message>
        <source>Wait steps count working days only.</source>
        <translation>Ventetrinn teller bare arbeidsdager.</translation>
    </message>
</context>
<context>
    <name>PropertiesPane</name>
    <message>
        <source>Sequence properties</source>
        <translation>Sekvensegenskaper</translation>
    </message>
    <message>
        <source>Close the properties</source>
        <translation>Lukk egenskapene</translation>
    </message>
</context>
<context>
    <name>PropertiesTags</name>
    <message>
        <source>Tags</source>
        <translation>Merker</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Ingen merker ennå.</translation>
    </message>
    <message>
        <source>Remove the tag from this sequence</source>
        <translation>Fjern merket fra denne sekvensen</translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation>Behandle merker…</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Fjern merket %1</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Lagre som mal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>The name the template gallery shows</source>
        <translation>Navnet som malgalleriet viser</translation>
    </message>
    <message>
        <source>Category (optional)</source>
        <translation>Kategori (valgfritt)</translation>
    </message>
    <message>
        <source>For example Events or Prospecting</source>
        <translation>For eksempel Arrangementer eller Prospektering</translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation>Språket i tekstene</translation>
    </message>
    <message>
        <source>Saved as %1 in your templates folder (%2).</source>
        <translation>Lagres som %1 i malmappen din (%2).</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Erstatt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>done</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppet over</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>waited</source>
        <translation>ventet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>oppdatert</translation>
    </message>
    <message>
        <source>advanced</source>
        <translation>gått videre</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
    <message>
        <source>the customer does nothing, the seller does each activity when it is due</source>
        <translation>kunden gjør ingenting, selgeren utfører hver aktivitet når den forfaller</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Starter %1</translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation>(versjon %1)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Ends %1: the sequence is complete.</source>
        <translation>Slutter %1: sekvensen er fullført.</translation>
    </message>
    <message>
        <source>Ends %1: the customer replied.</source>
        <translation>Slutter %1: kunden svarte.</translation>
    </message>
    <message>
        <source>Ends %1: the record moves to the sequence %2.</source>
        <translation>Slutter %1: oppføringen går videre til sekvensen %2.</translation>
    </message>
    <message>
        <source>Ends %1: the record moves to another sequence (none is chosen).</source>
        <translation>Slutter %1: oppføringen går videre til en annen sekvens (ingen er valgt).</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en matrise</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en streng</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation>en dato «ÅÅÅÅ-MM-DD»</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>one of the option numbers %1</source>
        <translation>ett av alternativnumrene %1</translation>
    </message>
    <message>
        <source>$.steps.%1.%2: the step &quot;%1&quot; is a %3 step, and &quot;%2&quot; applies only to %4. Remove &quot;%2&quot;, or give it to another step.</source>
        <translation>$.steps.%1.%2: trinnet «%1» er et %3-trinn, og «%2» gjelder bare for %4. Fjern «%2», eller gi det til et annet trinn.</translation>
    </message>
    <message>
        <source>activities the seller does</source>
        <translation>aktiviteter selgeren utfører</translation>
    </message>
    <message>
        <source>email steps (email, automatedEmail, abTest)</source>
        <translation>e-posttrinn (email, automatedEmail, abTest)</translation>
    </message>
    <message>
        <source>phoneCall steps</source>
        <translation>phoneCall-trinn</translation>
    </message>
    <message>
        <source>abTest steps</source>
        <translation>abTest-trinn</translation>
    </message>
    <message>
        <source>$.steps.%1.events: &quot;%2&quot; is not an email event. Use opened, replied, linkClicked or attachmentDownloaded.</source>
        <translation>$.steps.%1.events: «%2» er ikke en e-posthendelse. Bruk opened, replied, linkClicked eller attachmentDownloaded.</translation>
    </message>
    <message>
        <source>$.steps.%1.outcome: the profile has no call result &quot;%2&quot;. Use one of: %3.</source>
        <translation>$.steps.%1.outcome: profilen har ikke samtaleresultatet «%2». Bruk ett av disse: %3.</translation>
    </message>
    <message>
        <source>$.steps.%1.version is &quot;%2&quot;; an A/B test has the versions &quot;A&quot; and &quot;B&quot;. Write one of them.</source>
        <translation>$.steps.%1.version er «%2»; en A/B-test har versjonene «A» og «B». Skriv én av dem.</translation>
    </message>
    <message>
        <source>$.start is missing. Add when the record enters the sequence, e.g. &quot;start&quot;: &quot;2026-12-07T09:00:00+01:00&quot;, or give --start.</source>
        <translation>$.start mangler. Legg til når oppføringen går inn i sekvensen, for eksempel &quot;start&quot;: &quot;2026-12-07T09:00:00+01:00&quot;, eller oppgi --start.</translation>
    </message>
    <message>
        <source>$.record.fields: the record type &quot;%1&quot; has no field &quot;%2&quot; in the profile. Use a field&apos;s logical name, or remove it.</source>
        <translation>$.record.fields: enhetstypen «%1» har ikke feltet «%2» i profilen. Bruk det logiske navnet til et felt, eller fjern det.</translation>
    </message>
    <message>
        <source>$.record.fields.%1 is %2, but the field takes %3. Correct the value.</source>
        <translation>$.record.fields.%1 er %2, men feltet tar %3. Rett verdien.</translation>
    </message>
    <message>
        <source>$.record.stage.process: the record type &quot;%1&quot; has no business process flow &quot;%2&quot; in the profile. Write its name as the profile spells it.</source>
        <translation>$.record.stage.process: enhetstypen «%1» har ikke forretningsprosessflyten «%2» i profilen. Skriv navnet slik profilen staver det.</translation>
    </message>
    <message>
        <source>$.record.stage.stage: the process &quot;%1&quot; has no stage &quot;%2&quot;. Use one of: %3.</source>
        <translation>$.record.stage.stage: prosessen «%1» har ikke fasen «%2». Bruk én av disse: %3.</translation>
    </message>
    <message>
        <source>$.steps: the sequence has no step &quot;%1&quot;. Use the id of one of its steps, or remove the entry.</source>
        <translation>$.steps: sekvensen har ikke trinnet «%1». Bruk ID-en til ett av trinnene, eller fjern elementet.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3. Correct the value.</source>
        <translation>%1 må være %2, men er %3. Rett verdien.</translation>
    </message>
    <message>
        <source>a duration such as {&quot;days&quot;: 1, &quot;hours&quot;: 2}</source>
        <translation>en varighet som {&quot;days&quot;: 1, &quot;hours&quot;: 2}</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, but it is %2. Write a whole number such as 2.</source>
        <translation>%1 må være et heltall på 0 eller mer, men er %2. Skriv et heltall som 2.</translation>
    </message>
    <message>
        <source>%1 is longer than 36,525 days (100 years). Shorten it.</source>
        <translation>%1 er lengre enn 36 525 dager (100 år). Gjør den kortere.</translation>
    </message>
    <message>
        <source>an object of field values</source>
        <translation>et objekt med feltverdier</translation>
    </message>
    <message>
        <source>an object with &quot;process&quot; and &quot;stage&quot;</source>
        <translation>et objekt med &quot;process&quot; og &quot;stage&quot;</translation>
    </message>
    <message>
        <source>%1 is missing. Add the record&apos;s %2 as the profile spells it.</source>
        <translation>%1 mangler. Legg til oppføringens %2 slik profilen staver det.</translation>
    </message>
    <message>
        <source>an object of events such as {&quot;opened&quot;: {&quot;hours&quot;: 5}}</source>
        <translation>et objekt med hendelser som {&quot;opened&quot;: {&quot;hours&quot;: 5}}</translation>
    </message>
    <message>
        <source>$.start must be a date and time with an offset, such as &quot;2026-12-07T09:00:00+01:00&quot; (seconds, when given, 00), but it is %1. Correct it.</source>
        <translation>$.start må være en dato og et klokkeslett med forskyvning, for eksempel &quot;2026-12-07T09:00:00+01:00&quot; (eventuelle sekunder 00), men er %1. Rett den.</translation>
    </message>
    <message>
        <source>an object of steps by id</source>
        <translation>et objekt med trinn etter ID</translation>
    </message>
    <message>
        <source>The scenario file is larger than 64 MiB. A scenario names a few steps; choose the right file.</source>
        <translation>Scenariofilen er større enn 64 MiB. Et scenario nevner noen få trinn; velg riktig fil.</translation>
    </message>
    <message>
        <source>This is not a scenario file: &quot;format&quot; must be &quot;sequence-designer-scenario&quot;. Open a scenario file, or add &quot;format&quot;: &quot;sequence-designer-scenario&quot; at the top.</source>
        <translation>Dette er ikke en scenariofil: &quot;format&quot; må være &quot;sequence-designer-scenario&quot;. Åpne en scenariofil, eller legg til &quot;format&quot;: &quot;sequence-designer-scenario&quot; øverst.</translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;formatVersion&quot; must be 1, the version this program reads. Write &quot;formatVersion&quot;: 1, or open the file with the program that wrote it.</source>
        <translation>Scenarioets &quot;formatVersion&quot; må være 1, versjonen dette programmet leser. Skriv &quot;formatVersion&quot;: 1, eller åpne filen med programmet som skrev den.</translation>
    </message>
    <message>
        <source>The scenario is not valid JSON: line %1, column %2: %3</source>
        <translation>Scenarioet er ikke gyldig JSON: linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>The scenario goes over a limit at line %1, column %2: %3</source>
        <translation>Scenarioet går over en grense på linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>The scenario holds a JSON value that is not an object. A scenario is one object with &quot;format&quot;: &quot;sequence-designer-scenario&quot;; see docs/simulation.md.</source>
        <translation>Scenarioet inneholder en JSON-verdi som ikke er et objekt. Et scenario er ett objekt med &quot;format&quot;: &quot;sequence-designer-scenario&quot;; se docs/simulation.md.</translation>
    </message>
    <message>
        <source>Cannot open the scenario %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Kan ikke åpne scenarioet %1: %2. Kontroller at filen finnes, og at du har lesetilgang til den.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>the text is not UTF-8. Save the file as UTF-8 (&quot;CSV UTF-8&quot; in a spreadsheet).</source>
        <translation>teksten er ikke UTF-8. Lagre filen som UTF-8 («CSV UTF-8» i et regneark).</translation>
    </message>
    <message>
        <source>a quoted field is never closed. Add the closing quote (&quot;).</source>
        <translation>et felt i anførselstegn avsluttes aldri. Legg til det avsluttende anførselstegnet (&quot;).</translation>
    </message>
    <message>
        <source>text follows a closing quote. Quote the whole field, writing &quot;&quot; for a quote inside it.</source>
        <translation>det står tekst etter et avsluttende anførselstegn. Sett hele feltet i anførselstegn, og skriv &quot;&quot; for et anførselstegn inni det.</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field. Quote the whole field, writing &quot;&quot; for the quote.</source>
        <translation>et anførselstegn i et felt uten anførselstegn. Sett hele feltet i anførselstegn, og skriv &quot;&quot; for anførselstegnet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write numbers with . as the decimal separator and no thousands separator, e.g. 1234.5.</source>
        <translation>«%1» er ikke et tall. Skriv tall med . som desimalskilletegn og uten tusenskilletegn, for eksempel 1234.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD.</source>
        <translation>«%1» er ikke en dato. Skriv datoer som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no. Write true or false.</source>
        <translation>«%1» er ikke ja eller nei. Skriv true eller false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this field. Write the option&apos;s number: %2.</source>
        <translation>«%1» er ikke et alternativ i dette feltet. Skriv alternativets nummer: %2.</translation>
    </message>
    <message>
        <source>The records file is empty. Its first line names the columns: field names, and optionally start and scenario.</source>
        <translation>Oppføringsfilen er tom. Den første linjen navngir kolonnene: feltnavn, og eventuelt start og scenario.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header names %3 columns. Give every record one value per column (empty for none), and quote values that hold the delimiter.</source>
        <translation>Linje %1: %2 felt, men overskriftslinjen navngir %3 kolonner. Gi hver oppføring én verdi per kolonne (tom for ingen), og sett verdier som inneholder skilletegnet, i anførselstegn.</translation>
    </message>
    <message>
        <source>Line %1: there is no scenario &quot;%2&quot;. Name one given with --scenario NAME=FILE, or leave the cell empty for the first.</source>
        <translation>Linje %1: det finnes ikke noe scenario «%2». Oppgi et som er gitt med --scenario NAVN=FIL, eller la cellen stå tom for det første.</translation>
    </message>
    <message>
        <source>Line %1: start &quot;%2&quot; is not a date and time with an offset, such as 2026-12-07T09:00+01:00.</source>
        <translation>Linje %1: starten «%2» er ikke en dato og et klokkeslett med forskyvning, for eksempel 2026-12-07T09:00+01:00.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>Line %1: the record has no start. Give --start, a start column, or scenarios with a start.</source>
        <translation>Linje %1: oppføringen har ingen start. Oppgi --start, en start-kolonne eller scenarioer med start.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n oppføring</numerusform>
            <numerusform>%1: %n oppføringer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>ikke tilordnet</translation>
    </message>
    <message>
        <source>%1: %2 due (%3; %4)</source>
        <translation>%1: %2 forfaller (%3; %4)</translation>
    </message>
    <message>
        <source>Record %1: the scenario has no start. Give --start, or a start in every scenario.</source>
        <translation>Oppføring %1: scenarioet har ingen start. Oppgi --start, eller en start i hvert scenario.</translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>&quot;Sequence starts here&quot; has only one path.</source>
        <translation>«Sekvens starter her» har bare én bane.</translation>
    </message>
    <message>
        <source>The step %1 does not exist.</source>
        <translation>Trinnet %1 finnes ikke.</translation>
    </message>
    <message>
        <source>A condition continues on its Yes or No path.</source>
        <translation>En betingelse fortsetter på Ja-banen eller Nei-banen.</translation>
    </message>
    <message>
        <source>Only a condition has Yes and No paths.</source>
        <translation>Bare en betingelse har Ja- og Nei-bane.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of step.</source>
        <translation>«%1» er ikke en kjent trinntype.</translation>
    </message>
    <message>
        <source>A step with the id %1 already exists.</source>
        <translation>Det finnes allerede et trinn med ID-en %1.</translation>
    </message>
    <message>
        <source>Choose whether to keep the Yes or the No path.</source>
        <translation>Velg om Ja-banen eller Nei-banen skal beholdes.</translation>
    </message>
    <message>
        <source>Delete the condition below this step first: it depends on this step.</source>
        <translation>Slett betingelsen under dette trinnet først: den er avhengig av dette trinnet.</translation>
    </message>
    <message>
        <source>A step cannot move below itself.</source>
        <translation>Et trinn kan ikke flyttes under seg selv.</translation>
    </message>
    <message>
        <source>The pasted steps share the id %1.</source>
        <translation>De innlimte trinnene har samme ID, %1.</translation>
    </message>
    <message>
        <source>The pasted steps do not contain their first step.</source>
        <translation>De innlimte trinnene mangler sitt første trinn.</translation>
    </message>
    <message>
        <source>A step name can have at most %L1 characters.</source>
        <translation>Et trinnavn kan ha høyst %L1 tegn.</translation>
    </message>
    <message>
        <source>A description can have at most %L1 characters.</source>
        <translation>En beskrivelse kan ha høyst %L1 tegn.</translation>
    </message>
</context>
<context>
    <name>SequenceDiff</name>
    <message>
        <source>unreachable</source>
        <translation>uoppnåelig</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>Yes of %1</source>
        <translation>Ja for %1</translation>
    </message>
    <message>
        <source>No of %1</source>
        <translation>Nei for %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>etter %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>added step %1</source>
        <translation>la til trinn %1</translation>
    </message>
    <message>
        <source>removed step %1</source>
        <translation>fjernet trinn %1</translation>
    </message>
    <message>
        <source>changed step %1: %2</source>
        <translation>endret trinn %1: %2</translation>
    </message>
    <message>
        <source>moved step %1 from %2 to %3</source>
        <translation>flyttet trinn %1 fra %2 til %3</translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation>endret %1 fra %2 til %3</translation>
    </message>
    <message numerus="yes">
        <source>+%n step(s)</source>
        <translation>
            <numerusform>+%n trinn</numerusform>
            <numerusform>+%n trinn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%n step(s)</source>
        <translation>
            <numerusform>-%n trinn</numerusform>
            <numerusform>-%n trinn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n endret</numerusform>
            <numerusform>%n endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n flyttet</numerusform>
            <numerusform>%n flyttet</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>ingen endringer</translation>
    </message>
</context>
<context>
    <name>SequenceFile</name>
    <message>
        <source>Files over %1 MiB are not read; split the sequences over several files.</source>
        <translation>Filer over %1 MiB leses ikke; fordel sekvensene på flere filer.</translation>
    </message>
    <message>
        <source>The file is %1 MiB. %2</source>
        <translation>Filen er på %1 MiB. %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB. %3</source>
        <translation>%1 er på %2 MiB. %3</translation>
    </message>
    <message>
        <source>The file has no &quot;format&quot;, so it is not a Sequence Designer file. Open a .sequence.json file, or add &quot;format&quot;: &quot;sequence-designer&quot; at the top.</source>
        <translation>Filen har ikke noe &quot;format&quot;, så den er ikke en Sequence Designer-fil. Åpne en .sequence.json-fil, eller legg til &quot;format&quot;: &quot;sequence-designer&quot; øverst.</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>ikke en streng</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;format&quot; is %1, not &quot;sequence-designer&quot;, so it is not a Sequence Designer file. Open a .sequence.json file made by Sequence Designer.</source>
        <translation>Filens &quot;format&quot; er %1, ikke &quot;sequence-designer&quot;, så den er ikke en Sequence Designer-fil. Åpne en .sequence.json-fil laget av Sequence Designer.</translation>
    </message>
    <message>
        <source>$.formatVersion is missing. Add &quot;formatVersion&quot;: 1 at the top of the file.</source>
        <translation>$.formatVersion mangler. Legg til &quot;formatVersion&quot;: 1 øverst i filen.</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ikke et tall</translation>
    </message>
    <message>
        <source>$.formatVersion must be a positive whole number such as 1, but it is %1. Correct it.</source>
        <translation>$.formatVersion må være et positivt heltall som 1, men er %1. Rett verdien.</translation>
    </message>
    <message>
        <source>This file was written in format version %1; this program reads version %2. Open it with a newer version of Sequence Designer.</source>
        <translation>Denne filen ble skrevet i formatversjon %1; dette programmet leser versjon %2. Åpne den med en nyere versjon av Sequence Designer.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3</source>
        <translation>Filen er ikke gyldig JSON: linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>The file goes over a limit at line %1, column %2: %3</source>
        <translation>Filen overskrider en grense på linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>The file holds a JSON value that is not an object, so it is not a Sequence Designer file. Open a .sequence.json file made by Sequence Designer.</source>
        <translation>Filen inneholder en JSON-verdi som ikke er et objekt, så den er ikke en Sequence Designer-fil. Åpne en .sequence.json-fil laget av Sequence Designer.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Kan ikke åpne %1: %2. Kontroller at filen finnes, og at du har lesetilgang til den.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Kan ikke lese %1: %2. Kontroller at filen er tilgjengelig, og prøv igjen.</translation>
    </message>
    <message>
        <source>Add &quot;sequences&quot;: [ ... ] with at least one sequence.</source>
        <translation>Legg til &quot;sequences&quot;: [ ... ] med minst én sekvens.</translation>
    </message>
    <message>
        <source>%1 is empty. A sequence file holds at least one sequence; add one.</source>
        <translation>%1 er tom. En sekvensfil inneholder minst én sekvens; legg til en.</translation>
    </message>
    <message>
        <source>The file has %1 steps; at most %2 are read. Split its sequences over several files.</source>
        <translation>Filen har %1 trinn; høyst %2 blir lest. Fordel sekvensene på flere filer.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a UUID (such as 3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b). Correct it, or remove it to give the sequence a new id.</source>
        <translation>%1 er &quot;%2&quot;, som ikke er en UUID (som 3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b). Rett den, eller fjern den for å gi sekvensen en ny ID.</translation>
    </message>
    <message>
        <source>Give the sequence a name of 1 to %1 characters.</source>
        <translation>Gi sekvensen et navn på 1 til %1 tegn.</translation>
    </message>
    <message>
        <source>%1 is empty. Give the sequence a name.</source>
        <translation>%1 er tom. Gi sekvensen et navn.</translation>
    </message>
    <message>
        <source>Add the record type the sequence works on, such as &quot;lead&quot;.</source>
        <translation>Legg til enhetstypen sekvensen gjelder, for eksempel &quot;lead&quot;.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be &quot;inactive&quot; or &quot;active&quot;.</source>
        <translation>%1 er &quot;%2&quot;; verdien må være &quot;inactive&quot; eller &quot;active&quot;.</translation>
    </message>
    <message>
        <source>Add &quot;steps&quot;: [] or the list of steps.</source>
        <translation>Legg til &quot;steps&quot;: [] eller listen over trinn.</translation>
    </message>
    <message>
        <source>%1 is given but the sequence has no steps. Remove &quot;start&quot;, or add the steps.</source>
        <translation>%1 er angitt, men sekvensen har ingen trinn. Fjern &quot;start&quot;, eller legg til trinnene.</translation>
    </message>
    <message>
        <source>Add &quot;start&quot; with the id of the first step.</source>
        <translation>Legg til &quot;start&quot; med ID-en til det første trinnet.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a tag has 1 to %3 levels separated by /, each of 1 to %4 characters, such as &quot;Inbound/Events&quot;. Correct the tag.</source>
        <translation>%1 er &quot;%2&quot;; et merke har 1 til %3 nivåer atskilt med /, hvert på 1 til %4 tegn, for eksempel &quot;Innkommende/Arrangementer&quot;. Rett merket.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be recordOwner, recordField, owningTeam or accessTeam.</source>
        <translation>%1 er &quot;%2&quot;; verdien må være recordOwner, recordField, owningTeam eller accessTeam.</translation>
    </message>
    <message>
        <source>Give the step an id of 1 to %1 letters, digits, _ or -.</source>
        <translation>Gi trinnet en ID på 1 til %1 bokstaver, sifre, _ eller -.</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a step id has 1 to %3 characters, each a letter A-Z or a-z, a digit, _ or -. Rename the step and the links to it.</source>
        <translation>%1 er &quot;%2&quot;; en trinn-ID har 1 til %3 tegn, hvert en bokstav A-Z eller a-z, et siffer, _ eller -. Endre ID-en til trinnet og til koblingene som peker på det.</translation>
    </message>
    <message>
        <source>Add the kind of step, such as &quot;email&quot; or &quot;wait&quot;.</source>
        <translation>Legg til trinntypen, for eksempel &quot;email&quot; eller &quot;wait&quot;.</translation>
    </message>
    <message>
        <source>Give the position as {&quot;x&quot;: 0, &quot;y&quot;: 0}.</source>
        <translation>Angi posisjonen som {&quot;x&quot;: 0, &quot;y&quot;: 0}.</translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation>strengen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>tallet %1</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en matrise</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The file has more than %1 problems; reading stopped there. Fix the problems listed and open the file again.</source>
        <translation>Filen har mer enn %1 problemer; lesingen stoppet der. Rett problemene som er oppført, og åpne filen på nytt.</translation>
    </message>
    <message>
        <source>%1 is missing. %2</source>
        <translation>%1 mangler. %2</translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3. Correct the value.</source>
        <translation>%1 må være %2, men er %3. Rett verdien.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed. Shorten it.</source>
        <translation>%1 har %2 tegn; høyst %3 er tillatt. Gjør teksten kortere.</translation>
    </message>
    <message>
        <source>an object {&quot;days&quot;: whole number, &quot;hours&quot;: whole number}</source>
        <translation>et objekt {&quot;days&quot;: heltall, &quot;hours&quot;: heltall}</translation>
    </message>
    <message>
        <source>an object {&quot;name&quot;: string, &quot;template&quot;: string}</source>
        <translation>et objekt {&quot;name&quot;: streng, &quot;template&quot;: streng}</translation>
    </message>
    <message>
        <source>an object {&quot;mode&quot;: string, &quot;at&quot;: string}</source>
        <translation>et objekt {&quot;mode&quot;: streng, &quot;at&quot;: streng}</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en streng</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>en matrise av strenger</translation>
    </message>
    <message>
        <source>an object {&quot;match&quot;: &quot;all&quot; or &quot;any&quot;, &quot;rules&quot;: [...]}</source>
        <translation>et objekt {&quot;match&quot;: &quot;all&quot; eller &quot;any&quot;, &quot;rules&quot;: [...]}</translation>
    </message>
    <message>
        <source>an object {&quot;x&quot;: number, &quot;y&quot;: number}</source>
        <translation>et objekt {&quot;x&quot;: tall, &quot;y&quot;: tall}</translation>
    </message>
    <message>
        <source>a string, a number, true or false</source>
        <translation>en streng, et tall, true eller false</translation>
    </message>
    <message>
        <source>an array of field rules</source>
        <translation>en matrise av feltregler</translation>
    </message>
    <message>
        <source>an object {&quot;field&quot;, &quot;operator&quot;, &quot;value&quot;} or a group {&quot;match&quot;, &quot;rules&quot;}</source>
        <translation>et objekt {&quot;field&quot;, &quot;operator&quot;, &quot;value&quot;} eller en gruppe {&quot;match&quot;, &quot;rules&quot;}</translation>
    </message>
    <message>
        <source>%1 contains a control character (a line break, tab, escape or similar). Remove it from the name.</source>
        <translation>%1 inneholder et kontrolltegn (et linjeskift, en tabulator, escape eller lignende). Fjern det fra navnet.</translation>
    </message>
    <message>
        <source>The file has %1 sequences; at most %2 are read. Split them over several files.</source>
        <translation>Filen har %1 sekvenser; høyst %2 leses. Del dem opp i flere filer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The language applies at once. Start the program with --language en or --language nb to override it for one run.</source>
        <translation>Språket tas i bruk med en gang. Start programmet med --language en eller --language nb for å overstyre det for én kjøring.</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisasjonsprofil</translation>
    </message>
    <message>
        <source>%1 (comes with the program)</source>
        <translation>%1 (følger med programmet)</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Bruk standardprofilen</translation>
    </message>
    <message>
        <source>Open another profile with Open profile… in the menu; it is remembered for this library.</source>
        <translation>Åpne en annen profil med Åpne profil… i menyen; den huskes for dette biblioteket.</translation>
    </message>
    <message>
        <source>From %1, remembered for this library. Open another one with Open profile… in the menu.</source>
        <translation>Fra %1, husket for dette biblioteket. Åpne en annen med Åpne profil… i menyen.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farger</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lys</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørk</translation>
    </message>
</context>
<context>
    <name>SidePaneSequence</name>
    <message>
        <source>Sequence</source>
        <translation>Sekvens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Enhetstype</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Merker (atskilt med komma)</translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation>Hopp over fridager</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Select a step on the canvas to edit it; click a + to add one.</source>
        <translation>
            <numerusform>%n trinn. Velg et trinn på lerretet for å redigere det; klikk på et + for å legge til et.</numerusform>
            <numerusform>%n trinn. Velg et trinn på lerretet for å redigere det; klikk på et + for å legge til et.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit on an email reply</source>
        <translation>Avslutt ved svar på e-post</translation>
    </message>
</context>
<context>
    <name>SidePaneStep</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>StepCatalogue</name>
    <message>
        <source>Email template</source>
        <translation>E-postmal</translation>
    </message>
    <message>
        <source>Text message template</source>
        <translation>Tekstmeldingsmal</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation>Send en e-post</translation>
    </message>
    <message>
        <source>The seller writes and sends an email.</source>
        <translation>Selgeren skriver og sender en e-post.</translation>
    </message>
    <message>
        <source>Send an automated email</source>
        <translation>Send en automatisert e-post</translation>
    </message>
    <message>
        <source>The system sends an email from a template.</source>
        <translation>Systemet sender en e-post fra en mal.</translation>
    </message>
    <message>
        <source>Template language</source>
        <translation>Malspråk</translation>
    </message>
    <message>
        <source>Send a text message</source>
        <translation>Send en tekstmelding</translation>
    </message>
    <message>
        <source>The seller sends a text message (SMS).</source>
        <translation>Selgeren sender en tekstmelding (SMS).</translation>
    </message>
    <message>
        <source>Send an automated text message</source>
        <translation>Send en automatisert tekstmelding</translation>
    </message>
    <message>
        <source>The system sends a text message from a template.</source>
        <translation>Systemet sender en tekstmelding fra en mal.</translation>
    </message>
    <message>
        <source>Make a phone call</source>
        <translation>Foreta en telefonsamtale</translation>
    </message>
    <message>
        <source>The seller calls the customer.</source>
        <translation>Selgeren ringer kunden.</translation>
    </message>
    <message>
        <source>Complete a task</source>
        <translation>Fullfør en oppgave</translation>
    </message>
    <message>
        <source>Any other to-do, such as scheduling a meeting.</source>
        <translation>Et annet gjøremål, for eksempel å avtale et møte.</translation>
    </message>
    <message>
        <source>Set wait time</source>
        <translation>Angi ventetid</translation>
    </message>
    <message>
        <source>Pause between steps: at least 1 hour, at most 30 days.</source>
        <translation>Pause mellom trinn: minst 1 time, høyst 30 dager.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dager</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B-test</translation>
    </message>
    <message>
        <source>Two versions of an automated email; the winner goes to the rest.</source>
        <translation>To versjoner av en automatisert e-post; vinneren sendes til resten.</translation>
    </message>
    <message>
        <source>Version A</source>
        <translation>Versjon A</translation>
    </message>
    <message>
        <source>Version B</source>
        <translation>Versjon B</translation>
    </message>
    <message>
        <source>Share of the audience for version A (%)</source>
        <translation>Andel av mottakerne for versjon A (%)</translation>
    </message>
    <message>
        <source>Winning metric</source>
        <translation>Vinnerkriterium</translation>
    </message>
    <message>
        <source>End of the test</source>
        <translation>Slutt på testen</translation>
    </message>
    <message>
        <source>Default version</source>
        <translation>Standardversjon</translation>
    </message>
    <message>
        <source>Email condition</source>
        <translation>E-postbetingelse</translation>
    </message>
    <message>
        <source>Branches on whether the email was opened, replied to, clicked or its attachment downloaded within a time limit.</source>
        <translation>Forgrener etter om e-posten ble åpnet, besvart eller klikket i, eller om vedlegget ble lastet ned, innen en tidsfrist.</translation>
    </message>
    <message>
        <source>Email events</source>
        <translation>E-posthendelser</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Samsvar</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Move to Yes as soon as it happens</source>
        <translation>Gå til Ja så snart det skjer</translation>
    </message>
    <message>
        <source>Phone call outcome</source>
        <translation>Utfall av telefonsamtale</translation>
    </message>
    <message>
        <source>Branches on the result of the phone call above.</source>
        <translation>Forgrener etter resultatet av telefonsamtalen ovenfor.</translation>
    </message>
    <message>
        <source>Call results</source>
        <translation>Samtaleresultater</translation>
    </message>
    <message>
        <source>Field value</source>
        <translation>Feltverdi</translation>
    </message>
    <message>
        <source>Branches on the values of the record&apos;s fields.</source>
        <translation>Forgrener etter verdiene i feltene til oppføringen.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Business process stage</source>
        <translation>Forretningsprosessfase</translation>
    </message>
    <message>
        <source>Branches on the stage of a business process flow the record is in.</source>
        <translation>Forgrener etter hvilken fase i en forretningsprosessflyt oppføringen er i.</translation>
    </message>
    <message>
        <source>Business process flow</source>
        <translation>Forretningsprosessflyt</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Advance to another sequence</source>
        <translation>Gå videre til en annen sekvens</translation>
    </message>
    <message>
        <source>Hands the record over to another active sequence; must be last.</source>
        <translation>Overfører oppføringen til en annen aktiv sekvens; må være sist.</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sekvens</translation>
    </message>
    <message>
        <source>Update field</source>
        <translation>Oppdater felt</translation>
    </message>
    <message>
        <source>Sets a field of the record, then moves on.</source>
        <translation>Angir et felt i oppføringen og går deretter videre.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>LinkedIn: complete the research</source>
        <translation>LinkedIn: fullfør undersøkelsen</translation>
    </message>
    <message>
        <source>View the customer&apos;s LinkedIn profile.</source>
        <translation>Se kundens LinkedIn-profil.</translation>
    </message>
    <message>
        <source>LinkedIn: get introduced</source>
        <translation>LinkedIn: bli introdusert</translation>
    </message>
    <message>
        <source>Ask a shared connection for an introduction.</source>
        <translation>Be en felles forbindelse om en introduksjon.</translation>
    </message>
    <message>
        <source>LinkedIn: get connected</source>
        <translation>LinkedIn: koble til</translation>
    </message>
    <message>
        <source>Send the customer an invitation to connect.</source>
        <translation>Send kunden en invitasjon til å koble til.</translation>
    </message>
    <message>
        <source>LinkedIn: send InMail</source>
        <translation>LinkedIn: send InMail</translation>
    </message>
    <message>
        <source>Send the customer a LinkedIn InMail message.</source>
        <translation>Send kunden en InMail-melding på LinkedIn.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Betingelser</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Kommandoer</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>er lik</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>er ikke lik</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>inneholder</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>inneholder ikke</translation>
    </message>
    <message>
        <source>begins with</source>
        <translation>begynner med</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>er større enn</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>er mindre enn</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>er ikke tom</translation>
    </message>
</context>
<context>
    <name>StepSummary</name>
    <message>
        <source>opened</source>
        <translation>åpnet</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>svarte</translation>
    </message>
    <message>
        <source>clicked a link</source>
        <translation>klikket på en kobling</translation>
    </message>
    <message>
        <source>downloaded the attachment</source>
        <translation>lastet ned vedlegget</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 eller %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>Any of %n rule(s)</source>
        <translation>
            <numerusform>Minst én av %n regel</numerusform>
            <numerusform>Minst én av %n regler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All of %n rule(s)</source>
        <translation>
            <numerusform>Alle %n regel</numerusform>
            <numerusform>Alle %n regler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message>
        <source>No sequence chosen</source>
        <translation>Ingen sekvens valgt</translation>
    </message>
    <message>
        <source>To another sequence</source>
        <translation>Til en annen sekvens</translation>
    </message>
    <message>
        <source>To “%1”</source>
        <translation>Til «%1»</translation>
    </message>
    <message>
        <source>Wait %1</source>
        <translation>Vent %1</translation>
    </message>
    <message>
        <source>%1 within %2</source>
        <translation>%1 innen %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Samtale %1</translation>
    </message>
    <message>
        <source>No field chosen</source>
        <translation>Ingen felt valgt</translation>
    </message>
    <message>
        <source>Update %1 = %2</source>
        <translation>Oppdater %1 = %2</translation>
    </message>
    <message>
        <source>A %1% / B %2%</source>
        <translation>A %1 % / B %2 %</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tag manager</source>
        <translation>Merkebehandling</translation>
    </message>
    <message>
        <source>Tags can be managed here; the active sequence&apos;s own tags change once it is deactivated.</source>
        <translation>Merker kan behandles her; merkene til den aktive sekvensen kan endres når den er deaktivert.</translation>
    </message>
    <message>
        <source>Check the tags of “%1”. Select a tag to add new tags below it.</source>
        <translation>Kryss av merkene til «%1». Velg et merke for å legge til nye merker under det.</translation>
    </message>
    <message>
        <source>New tag at the top level</source>
        <translation>Nytt merke på øverste nivå</translation>
    </message>
    <message>
        <source>New tag below “%1”</source>
        <translation>Nytt merke under «%1»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Øverste nivå</translation>
    </message>
    <message>
        <source>“%1” is on the fourth level; tags can be nested four levels deep at most.</source>
        <translation>«%1» er på det fjerde nivået; merker kan nestes høyst fire nivåer dypt.</translation>
    </message>
    <message>
        <source>No tags yet. Type a name above and choose Add.</source>
        <translation>Ingen merker ennå. Skriv et navn ovenfor og velg Legg til.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Delete the tag?</source>
        <translation>Vil du slette merket?</translation>
    </message>
    <message>
        <source>“%1” is removed from every sequence that has it. The tags below it move up a level.</source>
        <translation>«%1» fjernes fra alle sekvenser som har det. Merkene under det flyttes ett nivå opp.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>TagManagerRow</name>
    <message>
        <source>Tag “%1” with this tag</source>
        <translation>Merk «%1» med dette merket</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n sekvens</numerusform>
            <numerusform>%n sekvenser</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Rename the tag</source>
        <translation>Gi merket nytt navn</translation>
    </message>
    <message>
        <source>Delete the tag</source>
        <translation>Slett merket</translation>
    </message>
    <message>
        <source>Select it to add new tags below it</source>
        <translation>Velg det for å legge til nye merker under det</translation>
    </message>
    <message>
        <source>Tag the sequence with %1</source>
        <translation>Merk sekvensen med merket %1</translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <source>Open team library</source>
        <translation>Åpne teambibliotek</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A library the team shares on a PostgreSQL server. Ask the team&apos;s administrator for these details.</source>
        <translation>Et bibliotek teamet deler på en PostgreSQL-server. Spør teamets administrator om disse opplysningene.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com, eller en socket-mappe</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Ta vare på passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>There is no system keyring here, so the password is asked each time. It is never written to disk.</source>
        <translation>Det finnes ingen nøkkelring i systemet her, så passordet spørres om hver gang. Det skrives aldri til disk.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>Record type</source>
        <translation>Enhetstype</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n mal</numerusform>
            <numerusform>%n maler</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Use any .sequence.json file as the template</source>
        <translation>Bruk en hvilken som helst .sequence.json-fil som mal</translation>
    </message>
    <message>
        <source>No template for this record type. Choose another record type, Browse… for a file, or go back and use a blank sequence. Your own templates go in %1.</source>
        <translation>Ingen mal for denne enhetstypen. Velg en annen enhetstype, bruk Bla gjennom… for å velge en fil, eller gå tilbake og bruk en tom sekvens. Dine egne maler legger du i %1.</translation>
    </message>
    <message>
        <source>Choose a sequence file as the template</source>
        <translation>Velg en sekvensfil som mal</translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation>Sekvensfiler (*.sequence.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Remove the template?</source>
        <translation>Vil du fjerne malen?</translation>
    </message>
    <message>
        <source>“%1” is removed from the gallery and its file is deleted. Sequences created from it stay as they are.</source>
        <translation>«%1» fjernes fra galleriet, og filen slettes. Sekvenser som er opprettet fra den, forblir som de er.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>All record types</source>
        <translation>Alle enhetstyper</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Maler</translation>
    </message>
</context>
<context>
    <name>TemplateGalleryCard</name>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2</source>
        <translation>
            <numerusform>%1 · %n trinn · %2</numerusform>
            <numerusform>%1 · %n trinn · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Din mal</translation>
    </message>
    <message>
        <source>Your template · %1</source>
        <translation>Din mal · %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this template from the gallery</source>
        <translation>Fjern denne malen fra galleriet</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Upcoming account renewal</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Kommende fornyelse av konto</translation>
    </message>
    <message>
        <source>Renewals</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Fornyelser</translation>
    </message>
    <message>
        <source>Prepare and close the renewal of an account over about seven weeks: check the contract, pitch add-ons, agree on a quote and get it signed. The steps go to the account manager named on the account.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Forbered og fullfør fornyelsen av en konto over omtrent sju uker: kontroller kontrakten, presenter tilleggsprodukter, bli enige om et tilbud og få det signert. Trinnene går til den kontoansvarlige som er angitt på kontoen.</translation>
    </message>
    <message>
        <source>Verify the renewal details</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Kontroller detaljene for fornyelsen</translation>
    </message>
    <message>
        <source>Check the contract end date, the products and licences in use, and the price the customer pays today.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Kontroller sluttdatoen for kontrakten, produktene og lisensene som er i bruk, og prisen kunden betaler i dag.</translation>
    </message>
    <message>
        <source>Email the renewal reminder</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Send påminnelse om fornyelsen på e-post</translation>
    </message>
    <message>
        <source>Tell the customer that the renewal is coming up and that you will be in touch about it.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Fortell kunden at fornyelsen nærmer seg, og at du vil ta kontakt om den.</translation>
    </message>
    <message>
        <source>Wait one week</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Vent én uke</translation>
    </message>
    <message>
        <source>Give the customer a week to look at their needs.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Gi kunden en uke til å se på behovene sine.</translation>
    </message>
    <message>
        <source>Research add-ons for the account</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Undersøk tilleggsprodukter for kontoen</translation>
    </message>
    <message>
        <source>Find the products and upgrades that fit how the customer uses what they have.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Finn produktene og oppgraderingene som passer til hvordan kunden bruker det de har.</translation>
    </message>
    <message>
        <source>Call to pitch the renewal</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Ring for å presentere fornyelsen</translation>
    </message>
    <message>
        <source>Talk through the renewal and the add-ons that fit, and listen for changes in the customer&apos;s plans.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Gå gjennom fornyelsen og tilleggsproduktene som passer, og lytt etter endringer i kundens planer.</translation>
    </message>
    <message>
        <source>Share the action items from the call</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Del oppfølgingspunktene fra samtalen</translation>
    </message>
    <message>
        <source>Write down what you and the customer agreed to do, and send it to them.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Skriv ned hva du og kunden ble enige om å gjøre, og send det til kunden.</translation>
    </message>
    <message>
        <source>Wait three days</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Vent tre dager</translation>
    </message>
    <message>
        <source>Give the customer time to work on their action items.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Gi kunden tid til å arbeide med oppfølgingspunktene sine.</translation>
    </message>
    <message>
        <source>Email to set up a follow-up meeting</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Send e-post for å avtale et oppfølgingsmøte</translation>
    </message>
    <message>
        <source>Propose a meeting to settle the scope of the renewal.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Foreslå et møte for å avklare omfanget av fornyelsen.</translation>
    </message>
    <message>
        <source>Wait ten days</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Vent ti dager</translation>
    </message>
    <message>
        <source>Leave room for the meeting before you prepare the quote.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Gi rom for møtet før du forbereder tilbudet.</translation>
    </message>
    <message>
        <source>Prepare the renewal quote</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Forbered tilbudet for fornyelsen</translation>
    </message>
    <message>
        <source>Put the agreed products, add-ons and prices into a quote.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Sett de avtalte produktene, tilleggsproduktene og prisene inn i et tilbud.</translation>
    </message>
    <message>
        <source>Get the quote approved</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Få tilbudet godkjent</translation>
    </message>
    <message>
        <source>Have the discount and terms approved internally before the customer sees them.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Få rabatten og vilkårene godkjent internt før kunden ser dem.</translation>
    </message>
    <message>
        <source>Allow a week for the internal approval.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Sett av en uke til den interne godkjenningen.</translation>
    </message>
    <message>
        <source>Call to present the quote</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Ring for å presentere tilbudet</translation>
    </message>
    <message>
        <source>Walk the customer through the quote and answer their questions.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Gå gjennom tilbudet med kunden, og svar på spørsmålene.</translation>
    </message>
    <message>
        <source>Email the quote</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Send tilbudet på e-post</translation>
    </message>
    <message>
        <source>Send the quote with a short summary of what you discussed on the call.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Send tilbudet med et kort sammendrag av det dere snakket om i samtalen.</translation>
    </message>
    <message>
        <source>Wait two weeks</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Vent to uker</translation>
    </message>
    <message>
        <source>Give the customer two weeks to review the quote with their team.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Gi kunden to uker til å gå gjennom tilbudet med teamet sitt.</translation>
    </message>
    <message>
        <source>Call to finalise the renewal</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Ring for å sluttføre fornyelsen</translation>
    </message>
    <message>
        <source>Settle the last questions and agree on when the contract is signed.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Avklar de siste spørsmålene, og bli enige om når kontrakten skal signeres.</translation>
    </message>
    <message>
        <source>Wait nine days</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Vent ni dager</translation>
    </message>
    <message>
        <source>The time the customer needs to sign, up to the renewal date.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Tiden kunden trenger for å signere, frem til fornyelsesdatoen.</translation>
    </message>
    <message>
        <source>Get the renewal signed</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Få fornyelsen signert</translation>
    </message>
    <message>
        <source>Make sure the contract is signed before the renewal date, and update the account.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Sørg for at kontrakten blir signert før fornyelsesdatoen, og oppdater kontoen.</translation>
    </message>
    <message>
        <source>Send a thank-you email</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Send en takke-e-post</translation>
    </message>
    <message>
        <source>Thank the customer for renewing, and tell them who to contact for anything they need.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation>Takk kunden for fornyelsen, og fortell hvem de kan kontakte når de trenger noe.</translation>
    </message>
    <message>
        <source>Invite to an upcoming event</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Inviter til et kommende arrangement</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Invite contacts to an event with a personal email, confirm those who reply, follow up with those who do not, and call the ones who stay silent.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Inviter kontakter til et arrangement med en personlig e-post, bekreft dem som svarer, følg opp dem som ikke gjør det, og ring dem som ikke gir lyd fra seg.</translation>
    </message>
    <message>
        <source>Send a personal invitation</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Send en personlig invitasjon</translation>
    </message>
    <message>
        <source>Write to the contact personally: why the event is worth their time, the date and place, and how to sign up.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Skriv personlig til kontakten: hvorfor arrangementet er verdt tiden, dato og sted, og hvordan man melder seg på.</translation>
    </message>
    <message>
        <source>Replied within three days?</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Svart innen tre dager?</translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies to the invitation; No after three days without a reply.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Ja så snart kontakten svarer på invitasjonen; Nei etter tre dager uten svar.</translation>
    </message>
    <message>
        <source>Confirm the contact&apos;s place</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Bekreft plassen til kontakten</translation>
    </message>
    <message>
        <source>Confirm the registration with the date, time and address. If the contact wrote that they cannot come, thank them and offer to keep them posted about future events.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Bekreft påmeldingen med dato, klokkeslett og adresse. Hvis kontakten skrev at de ikke kan komme, takker du og tilbyr å holde dem orientert om fremtidige arrangementer.</translation>
    </message>
    <message>
        <source>Send a follow-up about the event</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Send en oppfølging om arrangementet</translation>
    </message>
    <message>
        <source>A short reminder of the invitation, with one new reason to come (a speaker, a topic, who else will be there).</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>En kort påminnelse om invitasjonen, med én ny grunn til å komme (en foredragsholder, et tema, hvem andre som kommer).</translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Svart innen to dager?</translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies: answer them yourself, and the sequence ends on this path. No after two days without a reply.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Ja så snart kontakten svarer: svar selv, og sekvensen slutter på denne banen. Nei etter to dager uten svar.</translation>
    </message>
    <message>
        <source>Call to invite the contact</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Ring for å invitere kontakten</translation>
    </message>
    <message>
        <source>Follow up when contacts don&apos;t show up</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Følg opp når kontakter ikke møter opp</translation>
    </message>
    <message>
        <source>Meetings</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Møter</translation>
    </message>
    <message>
        <source>For contacts who missed a meeting with you: email them about it, call them, and offer a new time. When the contact cannot be reached, find someone else at the company to meet.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>For kontakter som ikke kom til et møte med deg: send dem en e-post om det, ring dem, og tilby et nytt tidspunkt. Når du ikke når kontakten, finner du en annen i firmaet å møte.</translation>
    </message>
    <message>
        <source>Email the contact about the missed meeting</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Send kontakten en e-post om møtet de gikk glipp av</translation>
    </message>
    <message>
        <source>Say that you missed them today, keep it friendly, and ask whether another time suits them better. Mention what you planned to cover so the meeting still feels worth it.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Si at du savnet dem i dag, hold tonen vennlig, og spør om et annet tidspunkt passer bedre. Nevn hva du hadde tenkt å ta opp, så møtet fortsatt virker verdt det.</translation>
    </message>
    <message>
        <source>Replied within a day?</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Svart innen en dag?</translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies to your email; No when a day passes without a reply.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ja så snart kontakten svarer på e-posten din; Nei når en dag går uten svar.</translation>
    </message>
    <message>
        <source>Call to share the meeting details</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ring for å dele detaljene om møtet</translation>
    </message>
    <message>
        <source>The contact replied: call them, agree on a new time, and go through what the meeting was going to cover so they come prepared.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Kontakten svarte: ring, bli enige om et nytt tidspunkt, og gå gjennom hva møtet skulle handle om, så de kommer forberedt.</translation>
    </message>
    <message>
        <source>Call the contact to reschedule</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ring kontakten for å avtale ny tid</translation>
    </message>
    <message>
        <source>No reply yet: call, check that everything is all right, and offer a new meeting time.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ikke noe svar ennå: ring, hør om alt er i orden, og tilby et nytt møtetidspunkt.</translation>
    </message>
    <message>
        <source>Did the contact answer?</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Svarte kontakten?</translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Vent to dager</translation>
    </message>
    <message>
        <source>Give the contact two days before you write again.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Gi kontakten to dager før du skriver igjen.</translation>
    </message>
    <message>
        <source>Email to propose a new meeting</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Send e-post for å foreslå et nytt møte</translation>
    </message>
    <message>
        <source>Suggest two or three concrete times, and offer a shorter meeting if time was the problem.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Foreslå to eller tre konkrete tidspunkter, og tilby et kortere møte hvis tiden var problemet.</translation>
    </message>
    <message>
        <source>Reach other contacts at the company</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Nå andre kontakter i firmaet</translation>
    </message>
    <message>
        <source>High volume outbound prospecting</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Utgående prospektering i stort volum</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Prospektering</translation>
    </message>
    <message>
        <source>Work through a large list of new leads quickly: an automated introduction, a well-prepared call, and an automated follow-up with one last call for the leads you cannot reach. A lead who replies to any email leaves the sequence, so you can take over personally.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Gå raskt gjennom en lang liste med nye kundeemner: en automatisert introduksjon, en godt forberedt samtale og en automatisert oppfølging med en siste samtale for kundeemnene du ikke når. Et kundeemne som svarer på en e-post, forlater sekvensen, så du kan ta over personlig.</translation>
    </message>
    <message>
        <source>Send the introduction email</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Send introduksjons-e-posten</translation>
    </message>
    <message>
        <source>Sent automatically when the lead joins the sequence: who you are and why you are getting in touch.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Sendes automatisk når kundeemnet kommer inn i sekvensen: hvem du er, og hvorfor du tar kontakt.</translation>
    </message>
    <message>
        <source>Wait four days</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Vent fire dager</translation>
    </message>
    <message>
        <source>Give the lead time to read the introduction before you call.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Gi kundeemnet tid til å lese introduksjonen før du ringer.</translation>
    </message>
    <message>
        <source>Research the lead on LinkedIn</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Undersøk kundeemnet på LinkedIn</translation>
    </message>
    <message>
        <source>Look at the lead&apos;s role, company and recent posts, so your call is about their situation rather than your product.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Se på rollen, firmaet og de siste innleggene til kundeemnet, så samtalen handler om situasjonen deres og ikke om produktet ditt.</translation>
    </message>
    <message>
        <source>Call the lead</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Ring kundeemnet</translation>
    </message>
    <message>
        <source>Introduce yourself, refer to the email, and find out whether there is a need worth a meeting.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Presenter deg, vis til e-posten, og finn ut om det finnes et behov som er verdt et møte.</translation>
    </message>
    <message>
        <source>Did the lead answer?</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Svarte kundeemnet?</translation>
    </message>
    <message>
        <source>Yes when the call was made or the lead called you back; No when you could not reach them.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller kundeemnet ringte deg tilbake; Nei når du ikke nådde dem.</translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Avtal et møte</translation>
    </message>
    <message>
        <source>Send the follow-up email</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Send oppfølgings-e-posten</translation>
    </message>
    <message>
        <source>Sent automatically when the call did not connect: a short note that you tried to call and how to reach you.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Sendes automatisk når samtalen ikke ble gjennomført: en kort melding om at du prøvde å ringe, og hvordan de kan nå deg.</translation>
    </message>
    <message>
        <source>Make a final call</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Foreta en siste samtale</translation>
    </message>
    <message>
        <source>Meeting for product demo requests</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Møte for forespørsler om produktdemo</translation>
    </message>
    <message>
        <source>Meetings</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Møter</translation>
    </message>
    <message>
        <source>When a customer asks for a product demo: thank them, get to know them, and book the demo by email or, when they do not reply, by phone.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Når en kunde ber om en produktdemo: takk kunden, bli kjent med dem, og book demoen på e-post eller, når de ikke svarer, på telefon.</translation>
    </message>
    <message>
        <source>Thank the customer for the request</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Takk kunden for forespørselen</translation>
    </message>
    <message>
        <source>Sent automatically when the opportunity joins the sequence: thanks for the interest and a promise to be in touch about a time.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Sendes automatisk når salgsmuligheten kommer inn i sekvensen: takk for interessen og et løfte om å ta kontakt om et tidspunkt.</translation>
    </message>
    <message>
        <source>Research the requester on LinkedIn</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Undersøk den som spurte, på LinkedIn</translation>
    </message>
    <message>
        <source>Learn the requester&apos;s role and what their company does, so the demo shows what matters to them.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Finn ut hvilken rolle den som spurte har, og hva firmaet deres gjør, så demoen viser det som betyr noe for dem.</translation>
    </message>
    <message>
        <source>Connect on LinkedIn</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Koble til på LinkedIn</translation>
    </message>
    <message>
        <source>Send an invitation with a short note that refers to their demo request.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Send en invitasjon med en kort melding som viser til forespørselen om demo.</translation>
    </message>
    <message>
        <source>Wait one day</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Vent én dag</translation>
    </message>
    <message>
        <source>Leave a day between the thank-you and the request for a time.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>La det gå en dag mellom takken og spørsmålet om et tidspunkt.</translation>
    </message>
    <message>
        <source>Email to ask for a demo slot</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Send e-post for å be om et tidspunkt for demo</translation>
    </message>
    <message>
        <source>Propose two or three times for the demo, and ask who else should join.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Foreslå to eller tre tidspunkter for demoen, og spør hvem andre som bør være med.</translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Svart innen to dager?</translation>
    </message>
    <message>
        <source>Yes as soon as the customer replies; No after two days without a reply.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Ja så snart kunden svarer; Nei etter to dager uten svar.</translation>
    </message>
    <message>
        <source>Call to book the demo</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Ring for å booke demoen</translation>
    </message>
    <message>
        <source>No reply to the email: call and agree on a time for the demo.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Ikke svar på e-posten: ring og avtal et tidspunkt for demoen.</translation>
    </message>
    <message>
        <source>Did the customer answer?</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Svarte kunden?</translation>
    </message>
    <message>
        <source>Yes when the call was made or the customer called you back: the demo is booked on the call, and the sequence ends here. No when you could not reach them.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller kunden ringte deg tilbake: demoen bookes i samtalen, og sekvensen slutter her. Nei når du ikke nådde dem.</translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Vent to dager</translation>
    </message>
    <message>
        <source>Give the customer two days before the next attempt.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Gi kunden to dager før neste forsøk.</translation>
    </message>
    <message>
        <source>Make a follow-up call</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Foreta en oppfølgingssamtale</translation>
    </message>
    <message>
        <source>Webinar follow up</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Oppfølging etter webinar</translation>
    </message>
    <message>
        <source>Events</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Follow up with leads who attended a webinar: thank them, qualify those who reply, and follow up by email and phone with those who do not. Leads who never reply are disqualified.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Følg opp kundeemner som deltok på et webinar: takk dem, kvalifiser dem som svarer, og følg opp dem som ikke svarer, på e-post og telefon. Kundeemner som aldri svarer, blir diskvalifisert.</translation>
    </message>
    <message>
        <source>Thank the lead for attending</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Takk kundeemnet for deltakelsen</translation>
    </message>
    <message>
        <source>Sent automatically after the webinar: thanks for attending, with the recording and slides.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Sendes automatisk etter webinaret: takk for at du deltok, med opptaket og lysbildene.</translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Svart innen to dager?</translation>
    </message>
    <message>
        <source>Yes as soon as the lead replies to the thank-you; No after two days without a reply.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Ja så snart kundeemnet svarer på takken; Nei etter to dager uten svar.</translation>
    </message>
    <message>
        <source>Send a confirmation email</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Send en bekreftelse på e-post</translation>
    </message>
    <message>
        <source>Answer the lead&apos;s reply and confirm the next step you offer, such as a demo.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Svar på svaret fra kundeemnet, og bekreft neste steg du tilbyr, for eksempel en demo.</translation>
    </message>
    <message>
        <source>Send a follow-up email</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Send en oppfølgings-e-post</translation>
    </message>
    <message>
        <source>Remind the lead of the webinar&apos;s main point and offer a short conversation.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Minn kundeemnet på hovedpoenget i webinaret, og tilby en kort samtale.</translation>
    </message>
    <message>
        <source>Call the lead</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Ring kundeemnet</translation>
    </message>
    <message>
        <source>Ask what they thought of the webinar and whether the topic is a priority for them.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Spør hva de syntes om webinaret, og om temaet er prioritert for dem.</translation>
    </message>
    <message>
        <source>Did the lead answer?</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Svarte kundeemnet?</translation>
    </message>
    <message>
        <source>Yes when the call was made or the lead called you back: take it from there on the call, and the sequence ends here. No when you could not reach them.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller kundeemnet ringte deg tilbake: ta det videre derfra i samtalen, og sekvensen slutter her. Nei når du ikke nådde dem.</translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Vent to dager</translation>
    </message>
    <message>
        <source>Give the lead two days before the last email.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Gi kundeemnet to dager før den siste e-posten.</translation>
    </message>
    <message>
        <source>Send a final email</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Send en siste e-post</translation>
    </message>
    <message>
        <source>A short last message: ask whether you should stay in touch, or close the file.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>En kort siste melding: spør om dere skal holde kontakten, eller om du skal avslutte saken.</translation>
    </message>
    <message>
        <source>Replied within three days?</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Svart innen tre dager?</translation>
    </message>
    <message>
        <source>Yes as soon as the lead replies: answer them yourself, and the sequence ends on this path. No after three days without a reply.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Ja så snart kundeemnet svarer: svar selv, og sekvensen slutter på denne banen. Nei etter tre dager uten svar.</translation>
    </message>
    <message>
        <source>Disqualify the lead as no longer interested</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Diskvalifiser kundeemnet som ikke lenger interessert</translation>
    </message>
    <message>
        <source>Sets the status reason to No Longer Interested, so the lead leaves the sellers&apos; work lists.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Setter statusårsaken til Ikke lenger interessert, så kundeemnet forsvinner fra arbeidslistene til selgerne.</translation>
    </message>
    <message>
        <source>No reply to two emails: call and invite the contact in person.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Ikke svar på to e-poster: ring og inviter kontakten personlig.</translation>
    </message>
    <message>
        <source>Did the contact answer?</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Svarte kontakten?</translation>
    </message>
    <message>
        <source>Yes when the call was made or received; No when the contact could not be reached.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller mottatt; Nei når kontakten ikke kunne nås.</translation>
    </message>
    <message>
        <source>Confirm the place agreed on the call</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Bekreft plassen dere avtalte i samtalen</translation>
    </message>
    <message>
        <source>If the contact said on the call that they will come, confirm the registration with the date, time and address.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Hvis kontakten sa i samtalen at de kommer, bekreft påmeldingen med dato, tid og adresse.</translation>
    </message>
    <message>
        <source>Mark the contact for future events</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Merk kontakten for fremtidige arrangementer</translation>
    </message>
    <message>
        <source>The contact could not be reached this time: note their interest in the record so they are invited to the next event.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation>Kontakten kunne ikke nås denne gangen: noter interessen i oppføringen, så de blir invitert til neste arrangement.</translation>
    </message>
    <message>
        <source>Yes when the call was made or the contact called you back; No when you could not reach them.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller kontakten ringte deg tilbake; Nei når du ikke nådde dem.</translation>
    </message>
    <message>
        <source>Discuss what the contact needs</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Snakk om hva kontakten trenger</translation>
    </message>
    <message>
        <source>The contact answered: find out why the meeting was missed, talk through what they need, and agree on the next step.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Kontakten svarte: finn ut hvorfor møtet ble glemt, snakk om hva de trenger, og avtal neste steg.</translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Svart innen to dager?</translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies to the proposal; No after two days without a reply.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ja så snart kontakten svarer på forslaget; Nei etter to dager uten svar.</translation>
    </message>
    <message>
        <source>Call to book the new meeting</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Ring for å avtale det nye møtet</translation>
    </message>
    <message>
        <source>The contact replied: call to settle the time of the new meeting and confirm it.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Kontakten svarte: ring for å avtale tiden for det nye møtet, og bekreft det.</translation>
    </message>
    <message>
        <source>The contact has not replied to your proposal: find a colleague of theirs who can take the meeting, or ask the account owner who else to talk to.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation>Kontakten har ikke svart på forslaget: finn en kollega av dem som kan ta møtet, eller spør kundeansvarlig hvem andre du kan snakke med.</translation>
    </message>
    <message>
        <source>Connect on LinkedIn</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Koble til på LinkedIn</translation>
    </message>
    <message>
        <source>The lead answered: send a LinkedIn invitation that mentions the call, so you stay in touch.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Kundeemnet svarte: send en invitasjon på LinkedIn som nevner samtalen, så dere holder kontakten.</translation>
    </message>
    <message>
        <source>Book the meeting you agreed on during the call, and send the invitation.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Book møtet dere avtalte i samtalen, og send invitasjonen.</translation>
    </message>
    <message>
        <source>Wait three days</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Vent tre dager</translation>
    </message>
    <message>
        <source>Give the lead time to read the follow-up email before you call again.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Gi kundeemnet tid til å lese oppfølgings-e-posten før du ringer igjen.</translation>
    </message>
    <message>
        <source>Call the lead again</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Ring kundeemnet igjen</translation>
    </message>
    <message>
        <source>Call again and refer to the follow-up email; keep it short and ask for a meeting.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Ring igjen og vis til oppfølgings-e-posten; hold det kort og be om et møte.</translation>
    </message>
    <message>
        <source>Did the lead answer the second call?</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Svarte kundeemnet på den andre samtalen?</translation>
    </message>
    <message>
        <source>Yes when the call was made or received: the sequence ends here and you take it from the call. No otherwise.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller mottatt: sekvensen slutter her, og du tar det videre fra samtalen. Ellers Nei.</translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Vent to dager</translation>
    </message>
    <message>
        <source>Leave two days before the last attempt.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>La det gå to dager før siste forsøk.</translation>
    </message>
    <message>
        <source>The last attempt: keep it short and offer a meeting at a time that suits the lead.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Siste forsøk: hold det kort og tilby et møte på et tidspunkt som passer kundeemnet.</translation>
    </message>
    <message>
        <source>Did the lead answer the final call?</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Svarte kundeemnet på den siste samtalen?</translation>
    </message>
    <message>
        <source>Yes when the call was made or received; No when the lead could not be reached.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller mottatt; Nei når kundeemnet ikke kunne nås.</translation>
    </message>
    <message>
        <source>Disqualify the lead as not reachable</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Diskvalifiser kundeemnet som ikke mulig å nå</translation>
    </message>
    <message>
        <source>The lead did not answer three calls: set its status reason to Cannot Contact, so it leaves the active pipeline.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation>Kundeemnet svarte ikke på tre samtaler: sett statusårsaken til Kan ikke kontaktes, så det forlater den aktive salgskanalen.</translation>
    </message>
    <message>
        <source>Hold the meeting</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Hold møtet</translation>
    </message>
    <message>
        <source>Meet the customer at the slot they chose: confirm their needs and who takes part in the decision.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Møt kunden på tidspunktet de valgte: bekreft behovene deres og hvem som er med på beslutningen.</translation>
    </message>
    <message>
        <source>Give the product demo</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Gi produktdemonstrasjonen</translation>
    </message>
    <message>
        <source>Show the product on the customer&apos;s own cases, and agree on the next step before you leave.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Vis produktet på kundens egne saker, og avtal neste steg før du går.</translation>
    </message>
    <message>
        <source>Try once more to book the demo.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Prøv én gang til å avtale demonstrasjonen.</translation>
    </message>
    <message>
        <source>Did the customer answer the follow-up call?</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Svarte kunden på oppfølgingssamtalen?</translation>
    </message>
    <message>
        <source>Yes when the call was made or received; No when the customer could not be reached.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Ja når samtalen ble gjennomført eller mottatt; Nei når kunden ikke kunne nås.</translation>
    </message>
    <message>
        <source>Disqualify the opportunity</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Diskvalifiser salgsmuligheten</translation>
    </message>
    <message>
        <source>The customer did not answer: close the opportunity as lost, and note why in the record.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation>Kunden svarte ikke: lukk salgsmuligheten som tapt, og noter hvorfor i oppføringen.</translation>
    </message>
    <message>
        <source>Qualify the lead</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Kvalifiser kundeemnet</translation>
    </message>
    <message>
        <source>Find out the lead&apos;s budget, needs, timeline and who decides, and note it in the record.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Finn ut kundeemnets budsjett, behov, tidslinje og hvem som bestemmer, og noter det i oppføringen.</translation>
    </message>
    <message>
        <source>Book a demo</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Avtal en demonstrasjon</translation>
    </message>
    <message>
        <source>Agree on a time for a product demo that fits what the lead told you.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation>Avtal et tidspunkt for en produktdemonstrasjon som passer det kundeemnet fortalte deg.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>A rule of %1 has no field. Choose the field it tests.</source>
        <translation>En regel i %1 har ikke noe felt. Velg feltet den skal teste.</translation>
    </message>
    <message>
        <source>A rule of %1 tests the field &quot;%2&quot;, which the organisation profile does not know. Choose one of the fields it offers.</source>
        <translation>En regel i %1 tester feltet «%2», som organisasjonsprofilen ikke kjenner. Velg ett av feltene profilen tilbyr.</translation>
    </message>
    <message>
        <source>A rule of %1 uses the operator &quot;%2&quot;, which does not exist. Choose one of: %3.</source>
        <translation>En regel i %1 bruker operatoren &quot;%2&quot;, som ikke finnes. Velg én av: %3.</translation>
    </message>
    <message>
        <source>A rule of %1 tests whether a field is empty but also gives a value. Remove the value.</source>
        <translation>En regel i %1 tester om et felt er tomt, men angir også en verdi. Fjern verdien.</translation>
    </message>
    <message>
        <source>A rule of %1 compares with a value that does not fit its field. %2</source>
        <translation>En regel i %1 sammenligner med en verdi som ikke passer til feltet. %2</translation>
    </message>
    <message>
        <source>A group of rules of %1 does not say whether all or any of its rules must hold. Choose &quot;all&quot; or &quot;any&quot;.</source>
        <translation>En regelgruppe i %1 sier ikke om alle eller minst én av reglene må være oppfylt. Velg &quot;all&quot; eller &quot;any&quot;.</translation>
    </message>
    <message>
        <source>A group of rules of %1 has the match &quot;%2&quot;. Choose &quot;all&quot; or &quot;any&quot;.</source>
        <translation>En regelgruppe i %1 har samsvaret &quot;%2&quot;. Velg &quot;all&quot; eller &quot;any&quot;.</translation>
    </message>
    <message>
        <source>A group of rules of %1 is empty. Add a rule to it or delete the group.</source>
        <translation>En regelgruppe i %1 er tom. Legg til en regel i den, eller slett gruppen.</translation>
    </message>
    <message>
        <source>A group of rules of %1 holds something other than a list of rules. Build the group again.</source>
        <translation>En regelgruppe i %1 inneholder noe annet enn en liste med regler. Bygg gruppen på nytt.</translation>
    </message>
    <message>
        <source>Steps go to the user named in a record field, but no field is chosen. Choose a user field in &quot;Assign to&quot;.</source>
        <translation>Trinnene går til brukeren som er angitt i et felt i oppføringen, men ingen felt er valgt. Velg et brukerfelt under «Tilordne til».</translation>
    </message>
    <message>
        <source>Steps go to the user in the field &quot;%1&quot;, which the record type does not have. Choose one of its user fields in &quot;Assign to&quot;.</source>
        <translation>Trinnene går til brukeren i feltet «%1», som enhetstypen ikke har. Velg ett av brukerfeltene under «Tilordne til».</translation>
    </message>
    <message>
        <source>Steps go to the user in the field &quot;%1&quot;, but that field holds no user. Choose a user field in &quot;Assign to&quot;.</source>
        <translation>Trinnene går til brukeren i feltet «%1», men det feltet inneholder ingen bruker. Velg et brukerfelt under «Tilordne til».</translation>
    </message>
    <message>
        <source>the team member condition of the assignment</source>
        <translation>teammedlemsbetingelsen for tilordningen</translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot;</source>
        <translation>betingelsen «%1»</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nei</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>valg</translation>
    </message>
    <message>
        <source>user</source>
        <translation>bruker</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds text; enter the value as text.</source>
        <translation>Feltet «%1» inneholder tekst; angi verdien som tekst.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds numbers; enter a number.</source>
        <translation>Feltet «%1» inneholder tall; angi et tall.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds dates; enter a date as YYYY-MM-DD, for example 2025-03-31.</source>
        <translation>Feltet «%1» inneholder datoer; angi en dato som ÅÅÅÅ-MM-DD, for eksempel 2025-03-31.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds yes or no; choose true or false.</source>
        <translation>Feltet «%1» inneholder ja eller nei; velg true eller false.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no option %2; use the number of one of its options: %3.</source>
        <translation>Feltet «%1» har ikke alternativet %2; bruk nummeret til ett av alternativene: %3.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds a user; enter the user&apos;s id.</source>
        <translation>Feltet «%1» inneholder en bruker; angi brukerens ID.</translation>
    </message>
    <message>
        <source>%1 holds a rule that is not a field, operator and value. Build the rule again.</source>
        <translation>%1 inneholder en regel som ikke består av felt, operator og verdi. Bygg regelen på nytt.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; does not say which field to update. Choose a field in the step&apos;s properties.</source>
        <translation>Trinnet «%1» angir ikke hvilket felt som skal oppdateres. Velg et felt i egenskapene til trinnet.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; updates the field &quot;%2&quot;, which the record type does not have. Choose one of its fields.</source>
        <translation>Trinnet «%1» oppdaterer feltet «%2», som enhetstypen ikke har. Velg ett av feltene den har.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; updates the field &quot;%2&quot;, which is read-only. Choose a field that can be changed.</source>
        <translation>Trinnet «%1» oppdaterer feltet «%2», som er skrivebeskyttet. Velg et felt som kan endres.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; updates the user field &quot;%2&quot;, which this step cannot set. Choose another field, or change the user in the record.</source>
        <translation>Trinnet «%1» oppdaterer brukerfeltet «%2», som dette trinnet ikke kan angi. Velg et annet felt, eller endre brukeren i oppføringen.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has no value to set. Enter the new value of the field in the step&apos;s properties.</source>
        <translation>Trinnet «%1» har ingen verdi å angi. Angi den nye verdien for feltet i egenskapene til trinnet.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; sets a value that does not fit its field. %2</source>
        <translation>Trinnet «%1» angir en verdi som ikke passer til feltet. %2</translation>
    </message>
    <message>
        <source>The sequence is for the record type &quot;%1&quot;, which the organisation profile does not have. Open the profile the sequence was made for, or recreate the sequence for one of this profile&apos;s record types.</source>
        <translation>Sekvensen er for enhetstypen «%1», som organisasjonsprofilen ikke har. Åpne profilen sekvensen ble laget for, eller opprett sekvensen på nytt for en av enhetstypene i denne profilen.</translation>
    </message>
    <message>
        <source>A path comes back to the step &quot;%1&quot;, so it would never end. Remove the link that leads back to it: steps form a tree below the start.</source>
        <translation>En bane fører tilbake til trinnet «%1», så den ville aldri ta slutt. Fjern koblingen som fører tilbake: trinnene danner et tre under starten.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has %2 incoming links, but paths do not merge: a step follows exactly one other step. Keep one link and give the other paths steps of their own.</source>
        <translation>Trinnet «%1» har %2 innkommende koblinger, men baner slås ikke sammen: et trinn følger etter nøyaktig ett annet trinn. Behold én kobling, og gi de andre banene egne trinn.</translation>
    </message>
    <message>
        <source>No path from the start leads to the step &quot;%1&quot;, so it never runs. Link it below another step, or delete it.</source>
        <translation>Ingen bane fra starten fører til trinnet «%1», så det kjøres aldri. Koble det under et annet trinn, eller slett det.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dager</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>email template</source>
        <translation>e-postmal</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>dato og klokkeslett</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs &quot;%2&quot;. Fill it in in the step&apos;s properties.</source>
        <translation>Trinnet «%1» mangler «%2». Fyll det ut i egenskapene til trinnet.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is not %3. Enter it again in the step&apos;s properties.</source>
        <translation>«%2» for trinnet «%1» er ikke %3. Angi verdien på nytt i egenskapene til trinnet.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is &quot;%3&quot;, which is not one of its values. Choose one of: %4.</source>
        <translation>«%2» for trinnet «%1» er «%3», som ikke er en av de tillatte verdiene. Velg én av: %4.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is %3, but it must be between %4 and %5. Change it in the step&apos;s properties.</source>
        <translation>«%2» for trinnet «%1» er %3, men må være mellom %4 og %5. Endre verdien i egenskapene til trinnet.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is %3 days and %4 hours, but it must be at least 1 hour and at most 30 days. Change the days or hours.</source>
        <translation>«%2» for trinnet «%1» er %3 dager og %4 timer, men må være minst 1 time og høyst 30 dager. Endre dagene eller timene.</translation>
    </message>
    <message>
        <source>a template name</source>
        <translation>et malnavn</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; uses the email template &quot;%2&quot;, which the organisation profile does not list. Check the name, or choose one of the profile&apos;s templates.</source>
        <translation>Trinnet «%1» bruker e-postmalen «%2», som ikke står i organisasjonsprofilen. Kontroller navnet, eller velg en av malene i profilen.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; uses the text message template &quot;%2&quot;, which the organisation profile does not list. Check the name, or choose one of the profile&apos;s templates.</source>
        <translation>Trinnet «%1» bruker tekstmeldingsmalen «%2», som ikke står i organisasjonsprofilen. Kontroller navnet, eller velg en av malene i profilen.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation>en liste med navn</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>én av: %1</translation>
    </message>
    <message>
        <source>a version with a name and a template</source>
        <translation>en versjon med navn og mal</translation>
    </message>
    <message>
        <source>an end mode</source>
        <translation>en avslutningsmåte</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time such as 2025-06-30T09:00:00Z</source>
        <translation>en dato og et klokkeslett i ISO 8601, for eksempel 2025-06-30T09:00:00Z</translation>
    </message>
    <message>
        <source>the name of a business process flow</source>
        <translation>navnet på en forretningsprosessflyt</translation>
    </message>
    <message>
        <source>a list of rules</source>
        <translation>en liste med regler</translation>
    </message>
    <message>
        <source>a duration in days and hours</source>
        <translation>en varighet i dager og timer</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>The wait &quot;%1&quot; lasts %2 days and %3 hours, but a wait lasts at least 1 hour and at most 30 days. Change its days or hours.</source>
        <translation>Ventetiden «%1» varer %2 dager og %3 timer, men en ventetid varer minst 1 time og høyst 30 dager. Endre dagene eller timene.</translation>
    </message>
    <message>
        <source>The path ends with the wait &quot;%1&quot;. Add a step after it or delete the wait: a sequence cannot end by waiting.</source>
        <translation>Banen slutter med ventetiden «%1». Legg til et trinn etter den, eller slett ventetiden: en sekvens kan ikke slutte med å vente.</translation>
    </message>
    <message>
        <source>The sequence begins with &quot;%1&quot;, which hands the record to another sequence at once. Add a step before it, or connect the records to the other sequence directly.</source>
        <translation>Sekvensen begynner med «%1», som overfører oppføringen til en annen sekvens med en gang. Legg til et trinn foran det, eller koble oppføringene direkte til den andre sekvensen.</translation>
    </message>
    <message>
        <source>Steps follow &quot;%1&quot;, but the record leaves this sequence there, so they would never run. Move them above it or delete them.</source>
        <translation>Det følger trinn etter «%1», men oppføringen forlater sekvensen der, så de ville aldri bli kjørt. Flytt dem over det, eller slett dem.</translation>
    </message>
    <message>
        <source>The nearest activity above the email condition &quot;%1&quot; is &quot;%2&quot;, which is not an email. Put an email, automated email or A/B test step above the condition.</source>
        <translation>Den nærmeste aktiviteten over e-postbetingelsen «%1» er «%2», som ikke er en e-post. Sett inn et trinn for e-post, automatisert e-post eller A/B-test over betingelsen.</translation>
    </message>
    <message>
        <source>The email condition &quot;%1&quot; has no email above it to check. Put an email, automated email or A/B test step above the condition.</source>
        <translation>E-postbetingelsen «%1» har ingen e-post over seg å kontrollere. Sett inn et trinn for e-post, automatisert e-post eller A/B-test over betingelsen.</translation>
    </message>
    <message>
        <source>The nearest activity above the phone call condition &quot;%1&quot; is &quot;%2&quot;, which is not a phone call. Put a phone call step above the condition.</source>
        <translation>Den nærmeste aktiviteten over telefonsamtalebetingelsen «%1» er «%2», som ikke er en telefonsamtale. Sett inn et trinn for telefonsamtale over betingelsen.</translation>
    </message>
    <message>
        <source>The phone call condition &quot;%1&quot; has no phone call above it to check. Put a phone call step above the condition.</source>
        <translation>Telefonsamtalebetingelsen «%1» har ingen telefonsamtale over seg å kontrollere. Sett inn et trinn for telefonsamtale over betingelsen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sent right after &quot;%2&quot;, with no time to react in between. Add a wait step above it if that is not intended.</source>
        <translation>«%1» sendes rett etter «%2», uten tid til å reagere mellom dem. Legg til et ventetrinn over det hvis det ikke er meningen.</translation>
    </message>
    <message>
        <source>The sequence ends when the customer replies to an email, but it sends no email. Add an email step, or turn off leaving the sequence on a reply in its properties.</source>
        <translation>Sekvensen avsluttes når kunden svarer på en e-post, men den sender ingen e-post. Legg til et e-posttrinn, eller slå av avslutning ved svar i egenskapene til sekvensen.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; links to &quot;%2&quot;, which is not a step of this sequence. Link it to an existing step or remove the link.</source>
        <translation>Trinnet «%1» er koblet til «%2», som ikke er et trinn i denne sekvensen. Koble det til et eksisterende trinn, eller fjern koblingen.</translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; has a next step, but a condition continues only on its Yes and No paths. Link the step from Yes or No instead.</source>
        <translation>Betingelsen «%1» har et neste trinn, men en betingelse fortsetter bare på Ja- og Nei-banen. Koble trinnet fra Ja eller Nei i stedet.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has a Yes path, but only conditions have Yes and No paths. Link the step as its next step instead.</source>
        <translation>Trinnet «%1» har en Ja-bane, men bare betingelser har Ja- og Nei-bane. Koble trinnet som neste trinn i stedet.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has a No path, but only conditions have Yes and No paths. Link the step as its next step instead.</source>
        <translation>Trinnet «%1» har en Nei-bane, men bare betingelser har Ja- og Nei-bane. Koble trinnet som neste trinn i stedet.</translation>
    </message>
    <message>
        <source>The sequence starts at &quot;%1&quot;, which is not a step of this sequence. Make one of its steps the first step.</source>
        <translation>Sekvensen starter ved «%1», som ikke er et trinn i denne sekvensen. Gjør ett av trinnene til det første trinnet.</translation>
    </message>
    <message>
        <source>Another step already has the id &quot;%1&quot;. Give the step &quot;%2&quot; an id of its own: ids are unique in a sequence.</source>
        <translation>Et annet trinn har allerede ID-en «%1». Gi trinnet «%2» sin egen ID: ID-er er unike i en sekvens.</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is of the kind &quot;%2&quot;, which this program does not know. Replace it with a step from &quot;Add an action or other element&quot;, or delete it.</source>
        <translation>Trinnet «%1» er av typen «%2», som dette programmet ikke kjenner. Erstatt det med et trinn fra «Legg til en handling eller et annet element», eller slett det.</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; has no steps. Add at least one step before you activate it.</source>
        <translation>Sekvensen «%1» har ingen trinn. Legg til minst ett trinn før du aktiverer den.</translation>
    </message>
    <message>
        <source>A rule of %1 has no operator. Choose how it compares, for example &quot;%2&quot;.</source>
        <translation>En regel i %1 har ingen operator. Velg hvordan den sammenligner, for eksempel «%2».</translation>
    </message>
    <message>
        <source>A rule of %1 has no value to compare with. Enter one, or use &quot;%2&quot;.</source>
        <translation>En regel i %1 har ingen verdi å sammenligne med. Skriv inn en, eller bruk «%2».</translation>
    </message>
    <message>
        <source>A rule of %1 uses &quot;%2&quot; on the %3 field &quot;%4&quot;. Use %5 on number and date fields, %6 on text fields.</source>
        <translation>En regel i %1 bruker «%2» på %3-feltet «%4». Bruk %5 på tall- og datofelt, %6 på tekstfelt.</translation>
    </message>
    <message>
        <source>The sequence has steps but no first step. Make one of its steps the first step.</source>
        <translation>Sekvensen har trinn, men ikke noe første trinn. Gjør ett av trinnene til det første trinnet.</translation>
    </message>
</context>
<context>
    <name>sd::ActivationController</name>
    <message>
        <source>“%1” is active: sellers can connect records to it and get its steps. %2 of at most %3 sequences are active. To change it, deactivate it or create a copy.</source>
        <translation>«%1» er aktiv: selgere kan koble oppføringer til den og få trinnene. %2 av høyst %3 sekvenser er aktive. Hvis du vil endre den, deaktiverer du den eller oppretter en kopi.</translation>
    </message>
    <message>
        <source>“%1” is inactive: no new records can be connected to it, and it can be edited again. Activate it when the changes are done.</source>
        <translation>«%1» er inaktiv: ingen nye oppføringer kan kobles til den, og den kan redigeres igjen. Aktiver den når endringene er ferdige.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>sd::AssignmentChoices</name>
    <message>
        <source>Condition is empty</source>
        <translation>Betingelse er tom</translation>
    </message>
    <message>
        <source>Members whose %1</source>
        <translation>Medlemmer der %1</translation>
    </message>
    <message>
        <source>The user in “%1”</source>
        <translation>Brukeren i «%1»</translation>
    </message>
    <message>
        <source>The user in a record field (none chosen)</source>
        <translation>Brukeren i et oppføringsfelt (ingen er valgt)</translation>
    </message>
    <message>
        <source>Team member named in a record field</source>
        <translation>Teammedlem som er angitt i et oppføringsfelt</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Eiende team</translation>
    </message>
    <message>
        <source>Access team</source>
        <translation>Tilgangsteam</translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation>Oppføringseier</translation>
    </message>
</context>
<context>
    <name>sd::Comparison</name>
    <message>
        <source>Sequence name</source>
        <translation>Sekvensnavn</translation>
    </message>
    <message>
        <source>Sequence description</source>
        <translation>Sekvensbeskrivelse</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Enhetstype</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merker</translation>
    </message>
    <message>
        <source>Who gets the steps</source>
        <translation>Hvem som får trinnene</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Exit when the customer replies</source>
        <translation>Avslutt når kunden svarer</translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation>Hopp over fridager</translation>
    </message>
    <message>
        <source>no path from the start</source>
        <translation>ingen vei fra starten</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>Yes of “%1”</source>
        <translation>Ja fra «%1»</translation>
    </message>
    <message>
        <source>No of “%1”</source>
        <translation>Nei fra «%1»</translation>
    </message>
    <message>
        <source>after “%1”</source>
        <translation>etter «%1»</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Ikke i %1</translation>
    </message>
    <message>
        <source>Not in %1; shown as a faded card where it was</source>
        <translation>Ikke i %1; vist som et blekt kort der det var</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Flyttet fra %1 til %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>sd::ForecastRun</name>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 av %2 poster</translation>
    </message>
    <message>
        <source>Records: %1. Activities due: %2.</source>
        <translation>Poster: %1. Aktiviteter som forfaller: %2.</translation>
    </message>
    <message>
        <source>The dates are not a range with a working day: write them as 2026-12-07, the first no later than the last.</source>
        <translation>Datoene er ikke et tidsrom med en arbeidsdag: skriv dem som 2026-12-07, den første ikke senere enn den siste.</translation>
    </message>
    <message>
        <source>Give at least one persona a share above 0.</source>
        <translation>Gi minst én persona en andel over 0.</translation>
    </message>
    <message>
        <source>Cannot open the records %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Kan ikke åpne postene %1: %2. Kontroller at filen finnes og at du har lov til å lese den.</translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown. Run again to see the busy days.</source>
        <translation>Avbrutt: ingenting vises. Kjør på nytt for å se de travle dagene.</translation>
    </message>
    <message>
        <source>The records cannot be used: %1</source>
        <translation>Postene kan ikke brukes: %1</translation>
    </message>
    <message>
        <source>Could not save the picture %1. Choose another folder or file name.</source>
        <translation>Kunne ikke lagre bildet %1. Velg en annen mappe eller et annet filnavn.</translation>
    </message>
</context>
<context>
    <name>sd::LibrarySession</name>
    <message>
        <source>The library %1 cannot be opened. Open another library or create a new one from the menu.</source>
        <translation>Biblioteket %1 kan ikke åpnes. Åpne et annet bibliotek, eller opprett et nytt fra menyen.</translation>
    </message>
    <message>
        <source>Choose a library file to open.</source>
        <translation>Velg en bibliotekfil du vil åpne.</translation>
    </message>
    <message>
        <source>There is no library at %1. Choose another file, or create a new library.</source>
        <translation>Det finnes ikke noe bibliotek i %1. Velg en annen fil, eller opprett et nytt bibliotek.</translation>
    </message>
    <message>
        <source>Choose where to create the new library.</source>
        <translation>Velg hvor det nye biblioteket skal opprettes.</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with Open library…, or choose another name.</source>
        <translation>%1 finnes allerede. Åpne det med Åpne bibliotek…, eller velg et annet navn.</translation>
    </message>
    <message>
        <source>No library is open. Open a library or create a new one from the menu.</source>
        <translation>Ingen bibliotek er åpent. Åpne et bibliotek, eller opprett et nytt fra menyen.</translation>
    </message>
    <message>
        <source>it holds no sequence</source>
        <translation>den inneholder ingen sekvens</translation>
    </message>
    <message>
        <source>The template %1 cannot be used: %2. Choose another template.</source>
        <translation>Malen %1 kan ikke brukes: %2. Velg en annen mal.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Velg en fil du vil eksportere til.</translation>
    </message>
    <message>
        <source>No damaged library is waiting to be recovered.</source>
        <translation>Det finnes ikke noe skadet bibliotek å gjenopprette.</translation>
    </message>
    <message>
        <source>%1 is damaged and was left as it was. This is a recovered copy, %2. Sequences recovered: %3; rows that could not be read: %4.</source>
        <translation>%1 er skadet og ble latt være som det var. Dette er en gjenopprettet kopi, %2. Sekvenser gjenopprettet: %3; rader som ikke kunne leses: %4.</translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation>Profil uten navn</translation>
    </message>
    <message>
        <source>The organisation profile %1 used with this library cannot be read, so the default profile is used: %2 Open the profile again from the menu once it is fixed.</source>
        <translation>Organisasjonsprofilen %1 som brukes med dette biblioteket, kan ikke leses, så standardprofilen brukes: %2 Åpne profilen på nytt fra menyen når den er rettet.</translation>
    </message>
    <message>
        <source>Choose an organisation profile file to open.</source>
        <translation>Velg en organisasjonsprofil-fil å åpne.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Profilen %1 kan ikke brukes: %2</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation>Fyll inn server, database og brukernavn.</translation>
    </message>
    <message>
        <source>“%1” was copied to the team library %2, inactive.</source>
        <translation>«%1» ble kopiert til teambiblioteket %2, som inaktiv.</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) were copied to the team library %1, inactive.</source>
        <translation>
            <numerusform>%n sekvens ble kopiert til teambiblioteket %1, som inaktiv.</numerusform>
            <numerusform>%n sekvenser ble kopiert til teambiblioteket %1, som inaktive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the copies got a new id, because the team library already had theirs; nothing there was replaced.</source>
        <translation>
            <numerusform>Kopien fikk en ny id, fordi teambiblioteket allerede hadde dens id; ingenting der ble erstattet.</numerusform>
            <numerusform>%n av kopiene fikk ny id, fordi teambiblioteket allerede hadde deres; ingenting der ble erstattet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The description is longer than %L1 characters. Shorten it.</source>
        <translation>Beskrivelsen er lengre enn %L1 tegn. Gjør den kortere.</translation>
    </message>
</context>
<context>
    <name>sd::Preview</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (endret)</translation>
    </message>
    <message>
        <source>The start is not a date and time: write it as 2026-12-07 09:00.</source>
        <translation>Starten er ikke en dato og et klokkeslett: skriv den som 2026-12-07 09:00.</translation>
    </message>
    <message>
        <source>The preview waits until this is fixed: %1</source>
        <translation>Forhåndsvisningen venter til dette er rettet: %1</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1 Choose another file or a persona.</source>
        <translation>Scenarioet kan ikke brukes: %1 Velg en annen fil eller en persona.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>Kunne ikke skrive %1: %2. Velg en annen mappe eller et annet filnavn.</translation>
    </message>
    <message>
        <source>%1, step %2 of the sequence “%3”</source>
        <translation>%1, trinn %2 i sekvensen «%3»</translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1 Correct it, or cancel to keep the scenario as it was.</source>
        <translation>Scenarioet kan ikke brukes: %1 Rett det, eller avbryt for å beholde scenarioet slik det var.</translation>
    </message>
</context>
<context>
    <name>sd::PreviewTimeline</name>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Svarte</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>Klikket på en lenke</translation>
    </message>
    <message>
        <source>Downloaded the attachment</source>
        <translation>Lastet ned vedlegget</translation>
    </message>
    <message>
        <source>→ Yes</source>
        <translation>→ Ja</translation>
    </message>
    <message>
        <source>→ No</source>
        <translation>→ Nei</translation>
    </message>
    <message>
        <source>No email above it %1</source>
        <translation>Ingen e-post over den %1</translation>
    </message>
    <message>
        <source>The email was skipped, never sent %1</source>
        <translation>E-posten ble hoppet over, aldri sendt %1</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 etter %2</translation>
    </message>
    <message>
        <source>Nothing within %1 %2</source>
        <translation>Ingenting innen %1 %2</translation>
    </message>
    <message>
        <source>%1, within %2 %3</source>
        <translation>%1, innen %2 %3</translation>
    </message>
    <message>
        <source>%1, not within %2 %3</source>
        <translation>%1, ikke innen %2 %3</translation>
    </message>
    <message>
        <source>No call outcome %1</source>
        <translation>Intet samtaleresultat %1</translation>
    </message>
    <message>
        <source>Call outcome: %1 %2</source>
        <translation>Samtaleresultat: %1 %2</translation>
    </message>
    <message>
        <source>The record is at the stage %1 %2</source>
        <translation>Posten er i fasen %1 %2</translation>
    </message>
    <message>
        <source>The record has no stage %1</source>
        <translation>Posten har ingen fase %1</translation>
    </message>
    <message>
        <source>The record&apos;s fields match %1</source>
        <translation>Postens felt samsvarer %1</translation>
    </message>
    <message>
        <source>The record&apos;s fields do not match %1</source>
        <translation>Postens felt samsvarer ikke %1</translation>
    </message>
    <message>
        <source>The run does not reach this condition, so there is nothing to change for it.</source>
        <translation>Kjøringen når ikke denne betingelsen, så det er ingenting å endre for den.</translation>
    </message>
    <message>
        <source>A field condition follows the record&apos;s fields: open a scenario with other field values to change it.</source>
        <translation>En feltbetingelse følger postens felt: åpne et scenario med andre feltverdier for å endre den.</translation>
    </message>
    <message>
        <source>The condition has nothing chosen to look for, so it can never be Yes: choose some in its properties.</source>
        <translation>Betingelsen har ingenting valgt å se etter, så den kan aldri bli Ja: velg noe i egenskapene.</translation>
    </message>
    <message>
        <source>There is no email above this condition for the customer to open or reply to.</source>
        <translation>Det finnes ingen e-post over denne betingelsen som kunden kan åpne eller svare på.</translation>
    </message>
    <message>
        <source>There is no phone call above this condition.</source>
        <translation>Det finnes ingen telefonsamtale over denne betingelsen.</translation>
    </message>
    <message>
        <source>Day %1, %2</source>
        <translation>Dag %1, %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Ends %1: the sequence is complete.</source>
        <translation>Slutter %1: sekvensen er fullført.</translation>
    </message>
    <message>
        <source>Ends %1: the customer replied.</source>
        <translation>Slutter %1: kunden svarte.</translation>
    </message>
    <message>
        <source>Ends %1: the record moves to another sequence.</source>
        <translation>Slutter %1: posten går videre til en annen sekvens.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SequenceDocument</name>
    <message>
        <source>Add %1</source>
        <translation>Legg til %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slett %1</translation>
    </message>
    <message>
        <source>Delete %1 and the steps below it</source>
        <translation>Slett %1 og trinnene under</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytt %1</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Endre %1 for %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Gi nytt navn til %1</translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation>Beskriv %1</translation>
    </message>
    <message>
        <source>Copied %1 with the steps below it.</source>
        <translation>Kopierte %1 med trinnene under.</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste. Copy a step on the canvas, or sequence file text, first.</source>
        <translation>Utklippstavlen inneholder ingen trinn å lime inn. Kopier først et trinn på lerretet, eller tekst fra en sekvensfil.</translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation>Lim inn %1</translation>
    </message>
    <message>
        <source>The library could not be opened, so the sequence cannot be shown. Go back to the start page to see why.</source>
        <translation>Biblioteket kunne ikke åpnes, så sekvensen kan ikke vises. Gå tilbake til startsiden for å se hvorfor.</translation>
    </message>
    <message>
        <source>The sequence could not be opened: %1</source>
        <translation>Sekvensen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found, but the sequence was saved again since. Restore them on top of the saved version, or discard them.</source>
        <translation>Det ble funnet ulagrede endringer fra %1, men sekvensen er lagret på nytt siden. Gjenopprett dem oppå den lagrede versjonen, eller forkast dem.</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found (the program may have closed unexpectedly). Restore them, or discard them.</source>
        <translation>Det ble funnet ulagrede endringer fra %1 (programmet kan ha blitt avsluttet uventet). Gjenopprett dem, eller forkast dem.</translation>
    </message>
    <message>
        <source>The library is open read-only, so this sequence cannot be changed.</source>
        <translation>Biblioteket er åpnet skrivebeskyttet, så denne sekvensen kan ikke endres.</translation>
    </message>
    <message>
        <source>Deactivate the sequence to edit it.</source>
        <translation>Deaktiver sekvensen for å redigere den.</translation>
    </message>
    <message>
        <source>Your changes could not be kept for recovery: %1</source>
        <translation>Endringene dine kunne ikke tas vare på for gjenoppretting: %1</translation>
    </message>
    <message>
        <source>The sequence was not saved: %1</source>
        <translation>Sekvensen ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>The unsaved changes could not be restored: %1</source>
        <translation>De ulagrede endringene kunne ikke gjenopprettes: %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Gjenopprett ulagrede endringer</translation>
    </message>
    <message>
        <source>The unsaved changes could not be discarded: %1</source>
        <translation>De ulagrede endringene kunne ikke forkastes: %1</translation>
    </message>
    <message>
        <source>Rename the sequence</source>
        <translation>Gi sekvensen nytt navn</translation>
    </message>
    <message>
        <source>Change the sequence&apos;s description</source>
        <translation>Endre beskrivelsen av sekvensen</translation>
    </message>
    <message>
        <source>Change the tags</source>
        <translation>Endre merkene</translation>
    </message>
    <message>
        <source>Leave the sequence on an email reply</source>
        <translation>Forlat sekvensen ved svar på e-post</translation>
    </message>
    <message>
        <source>Stay in the sequence on an email reply</source>
        <translation>Bli i sekvensen ved svar på e-post</translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation>Hopp over fridager</translation>
    </message>
    <message>
        <source>Count non-working days</source>
        <translation>Tell med fridager</translation>
    </message>
    <message>
        <source>Choose who the records are assigned to.</source>
        <translation>Velg hvem oppføringene skal tilordnes til.</translation>
    </message>
    <message>
        <source>Change the assignment</source>
        <translation>Endre tilordningen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Save or undo your changes before you open an older version.</source>
        <translation>Lagre eller angre endringene dine før du åpner en eldre versjon.</translation>
    </message>
    <message>
        <source>The version could not be opened: %1</source>
        <translation>Versjonen kunne ikke åpnes: %1</translation>
    </message>
    <message>
        <source>This is version %1, shown read-only. Restore it to continue from it, or go back to the current version.</source>
        <translation>Dette er versjon %1, vist skrivebeskyttet. Gjenopprett den for å fortsette fra den, eller gå tilbake til gjeldende versjon.</translation>
    </message>
    <message>
        <source>Save or undo your changes before you compare.</source>
        <translation>Lagre eller angre endringene før du sammenligner.</translation>
    </message>
    <message>
        <source>The versions could not be compared: %1</source>
        <translation>Versjonene kunne ikke sammenlignes: %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n sequence(s); compare with a file of exactly one sequence (export the one you want into a file of its own).</source>
        <translation>
            <numerusform>«%1» inneholder %n sekvens; sammenlign med en fil med nøyaktig én sekvens (eksporter den du vil ha, til en egen fil).</numerusform>
            <numerusform>«%1» inneholder %n sekvenser; sammenlign med en fil med nøyaktig én sekvens (eksporter den du vil ha, til en egen fil).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be compared: it could not be imported either. %2 Fix the file, then compare again.</source>
        <translation>«%1» kan ikke sammenlignes: den kunne heller ikke importeres. %2 Rett filen, og sammenlign igjen.</translation>
    </message>
    <message>
        <source>The sequence could not be read to compare it: %1</source>
        <translation>Sekvensen kunne ikke leses for å sammenligne den: %1</translation>
    </message>
    <message>
        <source>the saved sequence</source>
        <translation>den lagrede sekvensen</translation>
    </message>
    <message>
        <source>Comparing %1 with %2, read-only. Close the comparison to edit again.</source>
        <translation>Sammenligner %1 med %2, skrivebeskyttet. Lukk sammenligningen for å redigere igjen.</translation>
    </message>
    <message>
        <source>%1 (your copy)</source>
        <translation>%1 (din kopi)</translation>
    </message>
    <message>
        <source>Your changes could not be saved as a copy: %1 They are still here; try again.</source>
        <translation>Endringene dine kunne ikke lagres som kopi: %1 De er fortsatt her; prøv igjen.</translation>
    </message>
    <message>
        <source>Your changes were saved as “%1”.</source>
        <translation>Endringene dine ble lagret som «%1».</translation>
    </message>
    <message>
        <source>Their version could not be read to compare it: %1</source>
        <translation>Deres versjon kunne ikke leses for sammenligning: %1</translation>
    </message>
    <message>
        <source>Your changes could not be kept for recovery, so they are not compared: %1 Save them as a copy instead.</source>
        <translation>Endringene dine kunne ikke tas vare på for gjenoppretting, så de sammenlignes ikke: %1 Lagre dem som kopi i stedet.</translation>
    </message>
    <message>
        <source>version %1 by %2</source>
        <translation>versjon %1 av %2</translation>
    </message>
    <message>
        <source>your changes</source>
        <translation>endringene dine</translation>
    </message>
</context>
<context>
    <name>sd::SequenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Enhetstype</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merker</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Endret av</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>sd::StepInspector</name>
    <message>
        <source>Opened</source>
        <translation>Åpnet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Svarte</translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation>Klikket på en kobling</translation>
    </message>
    <message>
        <source>Downloaded the attachment</source>
        <translation>Lastet ned vedlegget</translation>
    </message>
</context>
<context>
    <name>sd::TagModel</name>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>Merkene kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation>Gi merket et navn.</translation>
    </message>
    <message>
        <source>A tag name cannot contain “/”, which separates the levels of a tag. Use another character, or create the level as a tag below its parent.</source>
        <translation>Et merkenavn kan ikke inneholde «/», som skiller nivåene i et merke. Bruk et annet tegn, eller opprett nivået som et merke under det overordnede merket.</translation>
    </message>
    <message>
        <source>A tag name can have at most %1 characters.</source>
        <translation>Et merkenavn kan ha høyst %1 tegn. Gjør det kortere.</translation>
    </message>
    <message>
        <source>No library is open. Open a library first.</source>
        <translation>Ingen bibliotek er åpent. Åpne et bibliotek først.</translation>
    </message>
    <message>
        <source>That tag no longer exists. Choose another parent.</source>
        <translation>Det merket finnes ikke lenger. Velg et annet overordnet merke.</translation>
    </message>
    <message>
        <source>Tags can be nested %1 levels deep at most. Create the tag higher up.</source>
        <translation>Merker kan nestes høyst %1 nivåer dypt. Opprett merket høyere opp.</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists there. Choose another name.</source>
        <translation>Et merke med navnet «%1» finnes allerede der. Velg et annet navn.</translation>
    </message>
</context>
<context>
    <name>sd::TemplateGallery</name>
    <message>
        <source>The file holds no sequence.</source>
        <translation>Filen inneholder ingen sekvens. Velg en .sequence.json-fil med minst én sekvens.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a template. %2</source>
        <translation>%1 kan ikke brukes som mal. %2</translation>
    </message>
    <message>
        <source>The templates that come with the program cannot be removed.</source>
        <translation>Malene som følger med programmet, kan ikke fjernes.</translation>
    </message>
    <message>
        <source>%1 is not one of your templates, so it was not removed.</source>
        <translation>%1 er ikke en av malene dine, så den ble ikke fjernet.</translation>
    </message>
    <message>
        <source>%1 could not be removed (%2). Check that you can write to %3.</source>
        <translation>%1 kunne ikke fjernes (%2). Kontroller at du kan skrive til %3.</translation>
    </message>
</context>
<context>
    <name>sd::TemplateSaver</name>
    <message>
        <source>Enter a title: the gallery shows it.</source>
        <translation>Skriv inn en tittel: galleriet viser den.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; shorten it to %2.</source>
        <translation>Tittelen er %1 tegn lang; kort den ned til %2.</translation>
    </message>
    <message>
        <source>The templates folder %1 could not be created. Check that you can write to it.</source>
        <translation>Malmappen %1 kunne ikke opprettes. Kontroller at du kan skrive til den.</translation>
    </message>
    <message>
        <source>The template could not be written to %1 (%2). Check that the folder can be written to and the disk has free space.</source>
        <translation>Malen kunne ikke skrives til %1 (%2). Kontroller at mappen er skrivbar og at disken har ledig plass.</translation>
    </message>
    <message>
        <source>No sequence is open to save as a template.</source>
        <translation>Ingen sekvens er åpen som kan lagres som mal.</translation>
    </message>
    <message>
        <source>The category is %1 characters long; shorten it to %2.</source>
        <translation>Kategorien er %1 tegn lang; kort den ned til %2.</translation>
    </message>
    <message>
        <source>A template file called %1 already exists. Replace it, or choose another title.</source>
        <translation>Det finnes allerede en malfil som heter %1. Erstatt den, eller velg en annen tittel.</translation>
    </message>
    <message>
        <source>Saved as the template “%1”. It is in the template gallery of New sequence.</source>
        <translation>Lagret som malen «%1». Den ligger i malgalleriet under Ny sekvens.</translation>
    </message>
</context>
<context>
    <name>sd::VersionHistory</name>
    <message>
        <source>The library is not open, so nothing was restored. Open it again from the start page.</source>
        <translation>Biblioteket er ikke åpent, så ingenting ble gjenopprettet. Åpne det på nytt fra startsiden.</translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation>Versjon %1 ble ikke gjenopprettet: %2</translation>
    </message>
    <message>
        <source>Version %1 was restored as version %2.</source>
        <translation>Versjon %1 ble gjenopprettet som versjon %2.</translation>
    </message>
    <message>
        <source>The library is not open, so the note was not kept. Open it again from the start page.</source>
        <translation>Biblioteket er ikke åpent, så merknaden ble ikke lagret. Åpne det på nytt fra startsiden.</translation>
    </message>
    <message>
        <source>The note was not kept: %1</source>
        <translation>Merknaden ble ikke lagret: %1</translation>
    </message>
</context>
</TS>
