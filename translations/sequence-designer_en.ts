<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sequence Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Designer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sales sequences visually: the emails, calls, tasks, waits and LinkedIn actions sellers follow for each lead, with branches on what the customer did. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <source>The sequence cannot be activated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the sequence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the sequence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When “%1” is deactivated, no new records can be connected to it, and it can be edited again. Activate it again when the changes are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When “%1” is active, sellers can connect records to it and get its steps. An active sequence cannot be edited: deactivate it first to make changes. %2 of at most %3 sequences are active now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sequences are active, the most a library allows. Deactivate one of them, then activate “%2” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems in “%1”, save, and activate it again. Choose a problem to open the sequence at that step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>Save the changes first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Activation checks and activates the saved sequence, so save the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddElementDialog</name>
    <message>
        <source>Add an action or other element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignToCondition</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of these hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of these holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignToSection</name>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the sequence before you assign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member named in a record field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in this field of the %1 gets the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasCardMenu</name>
    <message>
        <source>Copy the step and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the step and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on the Yes path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, on the No path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reached from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step on the Yes path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step on the No path of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step at the start of the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasPlus</name>
    <message>
        <source>Add an action or other element here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action or other element…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one sequence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no file names; use --library FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose either --replace or --keep-both, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one sequence file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one sequence id to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sequence(s) to %1.</source>
        <translation>
            <numerusform>Exported %n sequence to %1.</numerusform>
            <numerusform>Exported %n sequences to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name exactly one sequence id to activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: %1 of %2 sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one sequence id to deactivate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the picture to write with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes en or nb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes json, png, svg or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture shows one sequence: name exactly one id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sequence(s); diff compares files of exactly one sequence. Export the one you want into a file of its own.</source>
        <translation>
            <numerusform>%1 holds %n sequence; diff compares files of exactly one sequence. Export the one you want into a file of its own.</numerusform>
            <numerusform>%1 holds %n sequences; diff compares files of exactly one sequence. Export the one you want into a file of its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be compared: it cannot be imported. Fix the problems listed, then compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two sequences to compare: the older, then the newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one sequence id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes a date and time with an offset, such as 2026-12-07T09:00+01:00 or 2026-12-07T08:00Z; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --scenario, give --start: when the record enters the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one sequence id of the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one sequence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n sequences; name the one to simulate with --sequence ID.</source>
        <translation>
            <numerusform>%1 holds %n sequence; name the one to simulate with --sequence ID.</numerusform>
            <numerusform>%1 holds %n sequences; name the one to simulate with --sequence ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no sequence with the id %2. Run &quot;sequence-designer validate&quot; on it to see its ids, or correct --sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence cannot be simulated until these errors are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the records with --records FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenario takes NAME=FILE, e.g. late=late.scenario.json; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in persona %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the records %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: these columns are no field of the record type and were ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in persona %1. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A persona has no start: give --start, when the record enters the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are not a JSON array of scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are not valid JSON: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice. Give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--color-scheme takes system, light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: init, grant or revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the team library with --library postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no user or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one user and one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles are sequence_manager, seller and admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the command first: sequence-designer %1 [OPTIONS].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a command nor a file. The commands are %2 and screenshot; `sequence-designer --help` says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sequence-designer [--library FILE] [FILE...]
         opens the window (and the import preview of the files)
       sequence-designer COMMAND [OPTIONS] [ARGUMENTS]
         runs a command without a display; COMMAND --help shows its options
Commands: %1, screenshot
Everywhere: --language en|nb, --color-scheme system|light|dark, --help, --version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareKind</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the comparison (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n change(s)</source>
        <translation>
            <numerusform>From %1 to %2: %n change</numerusform>
            <numerusform>From %1 to %2: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>↑ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: both sides have the same steps and properties.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditorGroup</name>
    <message>
        <source>Match of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditorRule</name>
    <message>
        <source>Rule %1: field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Create a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy gets every step and property of the sequence, and starts inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDialog</name>
    <message>
        <source>Create a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDialogDetails</name>
    <message numerus="yes">
        <source>From the template “%1”: %n step(s), %2.</source>
        <translation>
            <numerusform>From the template “%1”: %n step, %2.</numerusform>
            <numerusform>From the template “%1”: %n steps, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Webinar follow up, spring campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sequence is for, and for which leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template is made for one record type; choose another template for another record type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDialogStart</name>
    <message>
        <source>Use template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a proven sequence: webinar follow-up, outbound prospecting, renewals and more. Change anything afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use blank sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with no steps and add them one by one in the designer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerBanners</name>
    <message>
        <source>Back to the sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save yours as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerCompareFileDialog</name>
    <message>
        <source>Compare with file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerDeleteDialog</name>
    <message>
        <source>Delete the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which path should stay? The steps on the other path are deleted with the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Yes path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the No path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerExportMenu</name>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a picture of the flow, or save it as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture of the flow is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerLeaveDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has changes that are not saved. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerPage</name>
    <message>
        <source>Designer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignerToolbar</name>
    <message>
        <source>Back to the sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the step and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the step and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste below the selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the sequence to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one record goes through, day by day (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowRenderer</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose a folder you can write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose PNG, SVG or PDF to export the picture of the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence is open to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence is open to copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Activities due per day by step type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastDayDetails</name>
    <message>
        <source>Point at a day, or Tab to it, to see its activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By step type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>Busy days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastHeatmap</name>
    <message>
        <source>Activities due per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker: more activities due. A grey band: not a working day. Outlined: a holiday.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastHeatmapCell</name>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastInputs</name>
    <message>
        <source>Generate records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas by share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastRun</name>
    <message>
        <source>Seller %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n due</source>
        <translation>
            <numerusform>%1: %n due</numerusform>
            <numerusform>%1: %n due</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not a working day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Compare the ticked versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two versions in the list, then compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the next save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the version the next save keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Ctrl+S saves with this note; it is then cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryNoteDialog</name>
    <message>
        <source>Note for version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what changed, and why. The history shows it under the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open version %1 read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Save or undo them first, then restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is saved as a new version %2 of “%3”. The versions in between stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two versions to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare version %1 with the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeActions</name>
    <message>
        <source>Export the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeBanner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeCell</name>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDeleteDialog</name>
    <message>
        <source>Delete the sequence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is active. Deleting it deactivates it first: records connected to it stop getting its steps. The sequence is deleted for good; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deleted for good; this cannot be undone. Export it first if you may want it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate and delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeEmptyState</name>
    <message>
        <source>The library cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequences yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence in this library matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence is the series of emails, calls, tasks and waits that sellers follow for each lead. Start from a proven template or from a blank sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recovered copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeFilterMenu</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags in this library yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeHeaderCell</name>
    <message>
        <source>Filter this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the column %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Search names and descriptions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sequence(s)</source>
        <translation>
            <numerusform>%1 of %n sequence</numerusform>
            <numerusform>%1 of %n sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s), %1 active</source>
        <translation>
            <numerusform>%n sequence, %1 active</numerusform>
            <numerusform>%n sequences, %1 active</numerusform>
        </translation>
    </message>
    <message>
        <source>Search names and descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sequence managers can activate or deactivate team sequences. Create a copy to have a personal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sequence managers can delete team sequences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeRowButtons</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected sequence in the designer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sequence (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeRowMenu</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to team library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeToolBar</name>
    <message>
        <source>‹ Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sequence from a template or from scratch (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sequences from .sequence.json files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Sequence Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n sequence(s) can be imported</source>
        <translation>
            <numerusform>%n sequence can be imported</numerusform>
            <numerusform>%n sequences can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported</source>
        <translation>
            <numerusform>%n file cannot be imported</numerusform>
            <numerusform>%n files cannot be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>No library is open, so nothing was imported. Open or create a library on the start page, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only, so nothing was imported. Open a library you can write to, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the files can be imported. Fix the problems listed, then import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n sequence(s) as inactive.</source>
        <translation>
            <numerusform>Imported %n sequence as inactive.</numerusform>
            <numerusform>Imported %n sequences as inactive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems to fix in the designer before they can be activated.</source>
        <translation>
            <numerusform>%n of them has problems to fix in the designer before it can be activated.</numerusform>
            <numerusform>%n of them have problems to fix in the designer before they can be activated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) are already in the library.</source>
        <translation>
            <numerusform>%n sequence is already in the library.</numerusform>
            <numerusform>%n sequences are already in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewRow</name>
    <message>
        <source>Same id in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n step</numerusform>
            <numerusform>%1 · %2 · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence with this id is already in the library. Replace it, or keep both and import this one under a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsertRules</name>
    <message>
        <source>This kind of step is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can follow &quot;Advance to another sequence&quot;: the record leaves this sequence there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence cannot begin by handing the record to another sequence. Add a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Advance to another sequence&quot; can only end a path: steps below it would never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email condition needs an email, automated email or A/B test step above it, as the nearest activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone call outcome needs a phone call step above it, as the nearest activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records have no business process flow in the organisation profile, so there is no stage to test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>The file is empty. A sequence file is a JSON object that starts with {.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects and arrays are nested more than %1 levels deep here. Sequence files never need that much nesting; flatten the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends where a value was expected; it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 after the end of the JSON value. A file holds one value; remove the extra text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside an object: expected &apos;,&apos; or &apos;}&apos;. The file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside an array: expected &apos;,&apos; or &apos;]&apos;. The file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;}&apos; after a value in an object, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;,&apos; or &apos;]&apos; after a value in an array, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside an object; it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a key in double quotes, found %1. (A comma before &apos;}&apos; is not allowed in JSON.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in the same object. Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends after a key; expected &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after the key, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a value (a string in double quotes, a number, true, false, null, an object or an array), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key or string is %1 bytes long in UTF-8; at most %2 bytes are allowed. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is too large for the program (beyond about 1.8e308). Write a smaller number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1, which is not UTF-8; save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends inside a string. Close the string with &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown escape in a string. The escapes of JSON are \&quot; \\ \/ \b \f \n \r \t and \u followed by four hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits, as in \u00E9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This \u escape is half of a surrogate pair without its other half, which is no character. Write the character itself, or both halves as in \uD83D\uDE00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line break inside a string. Close the string with &quot; before the end of the line, or write \n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control character %1 inside a string. Write it as an escape such as \u0009.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 inside a string. Save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit after &apos;-&apos;, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number cannot start with 0 followed by more digits. Remove the leading zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit after the decimal point, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a digit in the exponent of the number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>%1 sequences are already active, the most a library allows is %2. Deactivate one of them first, then activate “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step hands records over to this same sequence. Choose another sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step hands records over to a sequence that is not in this library (%1). Choose another sequence, or import the missing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step hands records over to “%1”, which is for %2 records, not %3. Choose a sequence for %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step hands records over to “%1”, which is not active. Activate “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence with the id %1 in this library. Check the id with `sequence-designer list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be activated yet. Fix the errors listed, save, and activate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is open read-only, so nothing can be changed. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is in use by another program and stayed locked. Try again in a moment; if it keeps happening, close other Sequence Designer windows that use the same library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Sequence Designer library: it is not an SQLite database. The file was not changed. Open a library made by Sequence Designer, or name a new file to start an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Sequence Designer library. The file was not changed. Open a library made by Sequence Designer, or name a new file to start an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was made by a newer Sequence Designer (library schema %2; this program knows up to %3). The file was not changed. Update Sequence Designer to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library file was named. Name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1. Check the file name, or import a sequence file to start a new library there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a library file. Name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is empty and read-only, so it cannot be set up. Name a file in a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was made by an older Sequence Designer (library schema %2) and must be upgraded to schema %3, but it is read-only. The file was not changed. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 needs an upgrade, but the backup copy %2 could not be written (%3). Nothing was changed. Free some space or make the folder writable, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is read-only: you can look at and export its sequences, but not change them. To edit, copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was upgraded from schema %1 to %2; the old file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no unsaved edits of the sequence %1 to restore. They may have been saved or discarded already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name for the recovered copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no record type. Choose the kind of record it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than 100,000 steps, more than a library holds. Split it into several sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step id “%1” is not valid. Use 1 to 64 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two steps share the id “%1”. Give one of them another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” has no type. Choose what kind of step it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step “%1” links to “%2”, which is not a step of this sequence. Change or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not start at one of its steps. Choose the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no steps but names a first step. Remove the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence with the id %1 in this library. It may have been deleted; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in the library; it may have been deleted. Save it as a copy to keep your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is active, so it cannot be changed. Deactivate it first, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record type of “%1” cannot change from %2 to %3. Create a new sequence for %3 records instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name “%1” contains /, which separates levels. Use another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” has an empty level. Remove the extra /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tag no longer exists; it may have been deleted. Refresh the tag list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named “%1” already exists at that level. Choose another name, or delete one of the two tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot move below itself. Choose a parent outside “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving “%1” there would make the tag tree deeper than 4 levels. Choose a parent higher up, or flatten the tags below it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named “%1” already exists there. Rename one of them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no sequences, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported, so nothing was imported. Fix the problems listed, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a sequence whose steps cannot be represented (see the errors listed), so nothing was imported. Fix the file, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sequences are already in the library: %1. Nothing was imported. Choose to replace them or to keep both, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one sequence to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence with the id %1 in this library, so nothing was exported. Check the ids with `sequence-designer list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequences could not be converted to the file format, so %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Choose a folder you can write to, with free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence %1 has versions 1 to %2; there is no version %3. List them with `sequence-designer history %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As saved before versions were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 cannot be read; the library may be damaged. Open another version, or restore the library from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so it was not opened. Name a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself, so it names no file. Fix or remove the link, or name the library file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached (%2). Check the name and that you may open the folders above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is in use by another program, which kept it locked for %2 seconds. Try again in a moment; if this repeats, close the other Sequence Designer windows and commands that use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the library %1 is full, so the library could not be opened. The file was not changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not be read from the disk (input/output error). The file was not changed. Check the disk or network drive that holds it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open the library %1. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not open the library %1. Check that you may read the file and write its folder, or copy it to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not be opened (SQLite error %2). The file was not changed. Try again; if this repeats, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is marked as a Sequence Designer library, but its tables are not those of one (missing or different: %2). The file was not changed. Open the library from a backup, or name a new file to start an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is damaged: SQLite&apos;s check of every page failed. The file was not changed. Sequence Designer can copy what is still readable into a new library: open the recovered copy and check your sequences, or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is damaged beyond what can be recovered: even its list of tables cannot be read. The file was not changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be read (%2). Check that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 must be set up or upgraded (to schema %2) before it can be read, and it was opened for reading only. The file was not changed. Open it for editing once to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade did not complete; the file was left at schema %1, and a copy made before it is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, socket or device), so it was not read and nothing was imported. Name a sequence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, so nothing was imported. Name a sequence file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link that leads back to itself, so nothing was imported. Fix the link, or name the sequence file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like an address (URL), not a file, so nothing was imported. Download the file first, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character (a line break, tab, escape or similar). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of step “%1” contains a control character (a line break, tab, escape or similar). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name contains a control character (a line break, tab, escape or similar). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file cannot be written, so nothing was changed. Check that the file and its folder are writable, or copy it somewhere you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged, so nothing was changed. Close it and open it again to be offered a recovered copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be read from or written to the disk (input/output error), so nothing was changed. Check the disk or network drive that holds it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory, so nothing was changed. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is larger than the library holds (64 MiB), so nothing was changed. Shorten the texts or split the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the library (a name too long or empty, an id used twice, a tag level with /), so it was not saved. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s tables are not as this program expects (another program may have changed them), so nothing was changed. Close the library and open it again; if this repeats, restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not complete the operation (SQLite error %1), so nothing was changed. Try again; if this repeats, close the library and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the library %1 is full or failing, so it was opened for reading only: you can look at and export its sequences. Free some space, then open it again to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored parameters of step “%1” of “%2” are damaged (not a JSON object), so the step was exported without them. Set them again in the designer. The stored text was: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be recovered from %1: it cannot be opened even for reading. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was not opened: the file %2 beside it belongs to another library (it was probably copied from elsewhere), and opening the two together would mix them. Neither file was changed. Close every program that uses the library, move %2 to another folder, then open the library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 was not opened: the file %2 beside it holds an older or another state of this library than the library file (it was probably copied from another copy of the library), and opening the two together would silently replace the newest changes. Neither file was changed. Close every program that uses the library, move %2 to another folder, then open the library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence %1 belongs to someone else, and your role in the team library lets you change only your own sequences. Save a copy to change it, or ask a sequence manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like an address (URL), not a file. Sequence Designer opens library files and team libraries only: name the path of a file, or a team library as postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library is busy: another change held it longer than 5 seconds, so nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user or role of that name on the team library&apos;s server. Check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in the team library does not allow this change, so nothing was changed. Ask the team library&apos;s administrator for the sequence manager role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library&apos;s server accepts only reading now (a standby or read-only server), so nothing was changed. Connect to the primary server to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team library was lost or its server is out of resources, so nothing was changed. Check the network and the server, then open the team library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library&apos;s tables are not as this program expects (another program may have changed them), so nothing was changed. Ask the team library&apos;s administrator to check the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library could not complete the operation (PostgreSQL error %1), so nothing was changed. Try again; if this repeats, open the team library again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, so it is not a team library. Nothing was changed. Name an empty database, or one made by Sequence Designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library %1 was set up by a newer Sequence Designer (library schema %2; this program knows up to %3). Nothing was changed. Update Sequence Designer to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library %1 must be set up or upgraded (to schema %2) before it can be read, and it was opened for reading only. Nothing was changed. Open it for editing once to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library %1 could not be set up or read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles belong to team libraries only. Name one with --library postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner of the team library&apos;s database, with the right to create roles, can set up and give roles. Run the command as that user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the user to give the role to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to connect. Close other programs, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or the password. Check both (ask the team&apos;s administrator when in doubt), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such database. Check the database name, or ask the team&apos;s administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name is not known on this network. Check the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within 10 seconds. Check the host and the port, and that this computer may reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answered at that address: the server is not running there, or it listens on another port. Check the host and the port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1). Check the address, the user name and the password, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 at %2: open theirs, save yours as a copy, or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team library %1 cannot be opened. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence needs a name. Type a name of 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %L1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of “%1” is longer than %2 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name cannot be empty. Type a name of 1 to %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name “%1” is longer than %2 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” has more than %2 levels. Use at most %2, such as Region/Country/Team/Topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved edits of the sequence %1 cannot be read, so they were not restored; they stay in the recovery area. Discard them, or open the saved version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sequence Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Sequence Designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainDialogs</name>
    <message>
        <source>Open team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainFileDialogs</name>
    <message>
        <source>Import sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profiles (*.profile.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeCard</name>
    <message numerus="yes">
        <source>%n problem(s): see the Problems panel</source>
        <translation>
            <numerusform>%n problem: see the Problems panel</numerusform>
            <numerusform>%n problems: see the Problems panel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParamAbEnd</name>
    <message>
        <source>When the winner is clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM:SSZ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamAbVersion</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamChoice</name>
    <message>
        <source>Any of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamChoiceSet</name>
    <message>
        <source>Choose a business process flow first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamDuration</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParamFieldValue</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Personas</name>
    <message>
        <source>Does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens but never replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies to the first email after a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the first call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller a day late on everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewBadge</name>
    <message>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the Yes branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the No branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewFileMenu</name>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (*.scenario.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the activities to a calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast the busy days…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preview (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the customer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-month-day hours:minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows the step on the canvas; Space on a condition makes it take its other branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast the busy days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many records through the sequence: the activities due per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the scenario: the record&apos;s fields, events and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down move the start a day, with Shift an hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewScenarioDialog</name>
    <message>
        <source>Edit scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s fields (record.fields), how long the seller takes (seller.completeAfter) and what happens at each step (steps: events, outcome, skip). Keys are as in a scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewTimelineRow</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) block activation</source>
        <translation>
            <numerusform>%n problem blocks activation</numerusform>
            <numerusform>%n problems block activation</numerusform>
        </translation>
    </message>
    <message>
        <source>Before it can be activated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanelRow</name>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>The profile file %1 does not exist. Check the path and the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a profile file. Choose a .profile.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 is %2 MiB; a profile may be at most %3 MiB. Choose the right file, or remove what the sequences do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile file %1 is larger than %2 MiB. Choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2. Change the value to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this array is required but missing. Add &quot;%1&quot;: [ … ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty. Write the text, or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts or ends with white space, so it would never match a name in a sequence. Remove the spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is missing. Add &quot;%1&quot;: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a logical name. Use the logical name from Dynamics 365: letters, digits and underscores, not starting with a digit, at most %2 characters (e.g. &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is missing. Add &quot;%1&quot;: &quot;…&quot; or &quot;%1&quot;: {&quot;en&quot;: &quot;…&quot;, &quot;nb&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or an object of language codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no language is given. Add at least one, e.g. {&quot;en&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code. Use a code such as &quot;en&quot; or &quot;nb&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only choice fields have options. Remove &quot;options&quot;, or set &quot;type&quot; to &quot;choice&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs at least one option. Add &quot;options&quot;: [{&quot;value&quot;: 1, &quot;label&quot;: &quot;…&quot;}] with the option numbers of Dynamics 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option number is missing. Add &quot;value&quot;: and the option&apos;s number in Dynamics 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number (the option number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option number %1 is used twice in this field (also at %2). Give each option its own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field type is missing. Add &quot;type&quot;: one of text, number, date, yesno, choice, user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field type. Use one of text, number, date, yesno, choice, user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; appears twice in %2 (also at %3). Remove one, or give it another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business process flow needs at least one stage. Add its stages, e.g. [&quot;Qualify&quot;, &quot;Develop&quot;, &quot;Propose&quot;, &quot;Close&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage name or an object with &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; appears twice in this process. Remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process &quot;%1&quot; appears twice in %2. Remove one, or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call result is missing. Add &quot;value&quot;: &quot;made&quot; (the value sequence files use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call result &quot;%1&quot; appears twice. Remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice. Remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an organisation profile (the format must be &quot;sequence-designer-profile&quot;). Open a .profile.json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has format version %1, but this program reads version %2 and older. Update the program, or save the profile for version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no record types. Add at least one, e.g. {&quot;name&quot;: &quot;lead&quot;, &quot;fields&quot;: []}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record type &quot;%1&quot; appears twice. Merge the two, or remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is larger than %1 MiB. Choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is empty. A profile is a JSON object; see docs/profile.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At $: expected an object, found %1. A profile is one JSON object with &quot;name&quot; and &quot;recordTypes&quot;; see docs/profile.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Use an IANA name such as &quot;Europe/Oslo&quot; or &quot;UTC&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day is a working day. List at least one, e.g. [&quot;mon&quot;, &quot;tue&quot;, &quot;wed&quot;, &quot;thu&quot;, &quot;fri&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day. Use mon, tue, wed, thu, fri, sat or sun, in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD, e.g. &quot;2026-12-25&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesBar</name>
    <message>
        <source>Steps go to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets the steps, exit criteria, working days and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sequence managers can activate or deactivate team sequences. Create a copy to have a personal one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesOptions</name>
    <message>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit the sequence when the customer replies to any email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least one email step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait steps count working days only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPane</name>
    <message>
        <source>Sequence properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesTags</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag from this sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the template gallery shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example Events or Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1 in your templates folder (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer does nothing, the seller does each activity when it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the sequence is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the customer replied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the record moves to the sequence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the record moves to another sequence (none is chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date &quot;YYYY-MM-DD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the option numbers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.steps.%1.%2: the step &quot;%1&quot; is a %3 step, and &quot;%2&quot; applies only to %4. Remove &quot;%2&quot;, or give it to another step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities the seller does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email steps (email, automatedEmail, abTest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phoneCall steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abTest steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.steps.%1.events: &quot;%2&quot; is not an email event. Use opened, replied, linkClicked or attachmentDownloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.steps.%1.outcome: the profile has no call result &quot;%2&quot;. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.steps.%1.version is &quot;%2&quot;; an A/B test has the versions &quot;A&quot; and &quot;B&quot;. Write one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.start is missing. Add when the record enters the sequence, e.g. &quot;start&quot;: &quot;2026-12-07T09:00:00+01:00&quot;, or give --start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.record.fields: the record type &quot;%1&quot; has no field &quot;%2&quot; in the profile. Use a field&apos;s logical name, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.record.fields.%1 is %2, but the field takes %3. Correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.record.stage.process: the record type &quot;%1&quot; has no business process flow &quot;%2&quot; in the profile. Write its name as the profile spells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.record.stage.stage: the process &quot;%1&quot; has no stage &quot;%2&quot;. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.steps: the sequence has no step &quot;%1&quot;. Use the id of one of its steps, or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3. Correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration such as {&quot;days&quot;: 1, &quot;hours&quot;: 2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more, but it is %2. Write a whole number such as 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than 36,525 days (100 years). Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of field values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with &quot;process&quot; and &quot;stage&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing. Add the record&apos;s %2 as the profile spells it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of events such as {&quot;opened&quot;: {&quot;hours&quot;: 5}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.start must be a date and time with an offset, such as &quot;2026-12-07T09:00:00+01:00&quot; (seconds, when given, 00), but it is %1. Correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of steps by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario file is larger than 64 MiB. A scenario names a few steps; choose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a scenario file: &quot;format&quot; must be &quot;sequence-designer-scenario&quot;. Open a scenario file, or add &quot;format&quot;: &quot;sequence-designer-scenario&quot; at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s &quot;formatVersion&quot; must be 1, the version this program reads. Write &quot;formatVersion&quot;: 1, or open the file with the program that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario is not valid JSON: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario goes over a limit at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario holds a JSON value that is not an object. A scenario is one object with &quot;format&quot;: &quot;sequence-designer-scenario&quot;; see docs/simulation.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scenario %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not UTF-8. Save the file as UTF-8 (&quot;CSV UTF-8&quot; in a spreadsheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed. Add the closing quote (&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote. Quote the whole field, writing &quot;&quot; for a quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field. Quote the whole field, writing &quot;&quot; for the quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write numbers with . as the decimal separator and no thousands separator, e.g. 1234.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no. Write true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this field. Write the option&apos;s number: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file is empty. Its first line names the columns: field names, and optionally start and scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header names %3 columns. Give every record one value per column (empty for none), and quote values that hold the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: there is no scenario &quot;%2&quot;. Name one given with --scenario NAME=FILE, or leave the cell empty for the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: start &quot;%2&quot; is not a date and time with an offset, such as 2026-12-07T09:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record has no start. Give --start, a start column, or scenarios with a start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 due (%3; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1: the scenario has no start. Give --start, or a start in every scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sequence</name>
    <message>
        <source>&quot;Sequence starts here&quot; has only one path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition continues on its Yes or No path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a condition has Yes and No paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known kind of step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step with the id %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether to keep the Yes or the No path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the condition below this step first: it depends on this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot move below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted steps share the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted steps do not contain their first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step name can have at most %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description can have at most %L1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceDiff</name>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved step %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n step(s)</source>
        <translation>
            <numerusform>+%n step</numerusform>
            <numerusform>+%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>-%n step(s)</source>
        <translation>
            <numerusform>-%n step</numerusform>
            <numerusform>-%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceFile</name>
    <message>
        <source>Files over %1 MiB are not read; split the sequences over several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MiB. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;format&quot;, so it is not a Sequence Designer file. Open a .sequence.json file, or add &quot;format&quot;: &quot;sequence-designer&quot; at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s &quot;format&quot; is %1, not &quot;sequence-designer&quot;, so it is not a Sequence Designer file. Open a .sequence.json file made by Sequence Designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.formatVersion is missing. Add &quot;formatVersion&quot;: 1 at the top of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$.formatVersion must be a positive whole number such as 1, but it is %1. Correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written in format version %1; this program reads version %2. Open it with a newer version of Sequence Designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file goes over a limit at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a JSON value that is not an object, so it is not a Sequence Designer file. Open a .sequence.json file made by Sequence Designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;sequences&quot;: [ ... ] with at least one sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. A sequence file holds at least one sequence; add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 steps; at most %2 are read. Split its sequences over several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, which is not a UUID (such as 3f6c1b2e-4a5d-4e8f-9a0b-1c2d3e4f5a6b). Correct it, or remove it to give the sequence a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the sequence a name of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Give the sequence a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the record type the sequence works on, such as &quot;lead&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be &quot;inactive&quot; or &quot;active&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;steps&quot;: [] or the list of steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given but the sequence has no steps. Remove &quot;start&quot;, or add the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;start&quot; with the id of the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a tag has 1 to %3 levels separated by /, each of 1 to %4 characters, such as &quot;Inbound/Events&quot;. Correct the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; it must be recordOwner, recordField, owningTeam or accessTeam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the step an id of 1 to %1 letters, digits, _ or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;; a step id has 1 to %3 characters, each a letter A-Z or a-z, a digit, _ or -. Rename the step and the links to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the kind of step, such as &quot;email&quot; or &quot;wait&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the position as {&quot;x&quot;: 0, &quot;y&quot;: 0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 problems; reading stopped there. Fix the problems listed and open the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, but it is %3. Correct the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;days&quot;: whole number, &quot;hours&quot;: whole number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;name&quot;: string, &quot;template&quot;: string}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;mode&quot;: string, &quot;at&quot;: string}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;match&quot;: &quot;all&quot; or &quot;any&quot;, &quot;rules&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;x&quot;: number, &quot;y&quot;: number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string, a number, true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of field rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;field&quot;, &quot;operator&quot;, &quot;value&quot;} or a group {&quot;match&quot;, &quot;rules&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a control character (a line break, tab, escape or similar). Remove it from the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 sequences; at most %2 are read. Split them over several files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies at once. Start the program with --language en or --language nb to override it for one run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (comes with the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another profile with Open profile… in the menu; it is remembered for this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, remembered for this library. Open another one with Open profile… in the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePaneSequence</name>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s). Select a step on the canvas to edit it; click a + to add one.</source>
        <translation>
            <numerusform>%n step. Select a step on the canvas to edit it; click a + to add one.</numerusform>
            <numerusform>%n steps. Select a step on the canvas to edit it; click a + to add one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit on an email reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidePaneStep</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCatalogue</name>
    <message>
        <source>Email template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller writes and sends an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an automated email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system sends an email from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller sends a text message (SMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an automated text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system sends a text message from a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller calls the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other to-do, such as scheduling a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between steps: at least 1 hour, at most 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of an automated email; the winner goes to the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the audience for version A (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches on whether the email was opened, replied to, clicked or its attachment downloaded within a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Yes as soon as it happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches on the result of the phone call above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches on the values of the record&apos;s fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business process stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches on the stage of a business process flow the record is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business process flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance to another sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands the record over to another active sequence; must be last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a field of the record, then moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn: complete the research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the customer&apos;s LinkedIn profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn: get introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a shared connection for an introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn: get connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer an invitation to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn: send InMail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer a LinkedIn InMail message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begins with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepSummary</name>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicked a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloaded the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Any of %n rule(s)</source>
        <translation>
            <numerusform>Any of %n rule</numerusform>
            <numerusform>Any of %n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All of %n rule(s)</source>
        <translation>
            <numerusform>All of %n rule</numerusform>
            <numerusform>All of %n rules</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No sequence chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To another sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1% / B %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message>
        <source>Tag manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags can be managed here; the active sequence&apos;s own tags change once it is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tags of “%1”. Select a tag to add new tags below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag below “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is on the fourth level; tags can be nested four levels deep at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet. Type a name above and choose Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is removed from every sequence that has it. The tags below it move up a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManagerRow</name>
    <message>
        <source>Tag “%1” with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s)</source>
        <translation>
            <numerusform>%n sequence</numerusform>
            <numerusform>%n sequences</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it to add new tags below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the sequence with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamLibraryDialog</name>
    <message>
        <source>Open team library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library the team shares on a PostgreSQL server. Ask the team&apos;s administrator for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring here, so the password is asked each time. It is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use any .sequence.json file as the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template for this record type. Choose another record type, Browse… for a file, or go back and use a blank sequence. Your own templates go in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sequence file as the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence files (*.sequence.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is removed from the gallery and its file is deleted. Sequences created from it stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All record types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateGalleryCard</name>
    <message numerus="yes">
        <source>%1 · %n step(s) · %2</source>
        <translation>
            <numerusform>%1 · %n step · %2</numerusform>
            <numerusform>%1 · %n steps · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Your template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your template · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this template from the gallery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Upcoming account renewal</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare and close the renewal of an account over about seven weeks: check the contract, pitch add-ons, agree on a quote and get it signed. The steps go to the account manager named on the account.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the renewal details</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the contract end date, the products and licences in use, and the price the customer pays today.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the renewal reminder</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the customer that the renewal is coming up and that you will be in touch about it.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait one week</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer a week to look at their needs.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research add-ons for the account</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the products and upgrades that fit how the customer uses what they have.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to pitch the renewal</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk through the renewal and the add-ons that fit, and listen for changes in the customer&apos;s plans.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the action items from the call</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what you and the customer agreed to do, and send it to them.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait three days</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer time to work on their action items.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to set up a follow-up meeting</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a meeting to settle the scope of the renewal.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait ten days</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave room for the meeting before you prepare the quote.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the renewal quote</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the agreed products, add-ons and prices into a quote.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the quote approved</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the discount and terms approved internally before the customer sees them.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a week for the internal approval.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to present the quote</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the customer through the quote and answer their questions.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the quote</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the quote with a short summary of what you discussed on the call.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait two weeks</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer two weeks to review the quote with their team.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to finalise the renewal</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the last questions and agree on when the contract is signed.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait nine days</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the customer needs to sign, up to the renewal date.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the renewal signed</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the contract is signed before the renewal date, and update the account.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a thank-you email</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank the customer for renewing, and tell them who to contact for anything they need.</source>
        <comment>account-renewal.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite to an upcoming event</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite contacts to an event with a personal email, confirm those who reply, follow up with those who do not, and call the ones who stay silent.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a personal invitation</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the contact personally: why the event is worth their time, the date and place, and how to sign up.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within three days?</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies to the invitation; No after three days without a reply.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the contact&apos;s place</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the registration with the date, time and address. If the contact wrote that they cannot come, thank them and offer to keep them posted about future events.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a follow-up about the event</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short reminder of the invitation, with one new reason to come (a speaker, a topic, who else will be there).</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies: answer them yourself, and the sequence ends on this path. No after two days without a reply.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to invite the contact</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up when contacts don&apos;t show up</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For contacts who missed a meeting with you: email them about it, call them, and offer a new time. When the contact cannot be reached, find someone else at the company to meet.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the contact about the missed meeting</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that you missed them today, keep it friendly, and ask whether another time suits them better. Mention what you planned to cover so the meeting still feels worth it.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within a day?</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies to your email; No when a day passes without a reply.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to share the meeting details</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact replied: call them, agree on a new time, and go through what the meeting was going to cover so they come prepared.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the contact to reschedule</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply yet: call, check that everything is all right, and offer a new meeting time.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the contact answer?</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact two days before you write again.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to propose a new meeting</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest two or three concrete times, and offer a shorter meeting if time was the problem.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach other contacts at the company</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High volume outbound prospecting</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospecting</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through a large list of new leads quickly: an automated introduction, a well-prepared call, and an automated follow-up with one last call for the leads you cannot reach. A lead who replies to any email leaves the sequence, so you can take over personally.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the introduction email</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent automatically when the lead joins the sequence: who you are and why you are getting in touch.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait four days</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lead time to read the introduction before you call.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research the lead on LinkedIn</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the lead&apos;s role, company and recent posts, so your call is about their situation rather than your product.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the lead</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce yourself, refer to the email, and find out whether there is a need worth a meeting.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the lead answer?</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or the lead called you back; No when you could not reach them.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a meeting</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the follow-up email</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent automatically when the call did not connect: a short note that you tried to call and how to reach you.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a final call</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting for product demo requests</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a customer asks for a product demo: thank them, get to know them, and book the demo by email or, when they do not reply, by phone.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank the customer for the request</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent automatically when the opportunity joins the sequence: thanks for the interest and a promise to be in touch about a time.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research the requester on LinkedIn</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the requester&apos;s role and what their company does, so the demo shows what matters to them.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect on LinkedIn</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an invitation with a short note that refers to their demo request.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait one day</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a day between the thank-you and the request for a time.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to ask for a demo slot</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose two or three times for the demo, and ask who else should join.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the customer replies; No after two days without a reply.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to book the demo</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply to the email: call and agree on a time for the demo.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the customer answer?</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or the customer called you back: the demo is booked on the call, and the sequence ends here. No when you could not reach them.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the customer two days before the next attempt.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a follow-up call</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar follow up</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with leads who attended a webinar: thank them, qualify those who reply, and follow up by email and phone with those who do not. Leads who never reply are disqualified.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank the lead for attending</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent automatically after the webinar: thanks for attending, with the recording and slides.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the lead replies to the thank-you; No after two days without a reply.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a confirmation email</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the lead&apos;s reply and confirm the next step you offer, such as a demo.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a follow-up email</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind the lead of the webinar&apos;s main point and offer a short conversation.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the lead</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what they thought of the webinar and whether the topic is a priority for them.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the lead answer?</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or the lead called you back: take it from there on the call, and the sequence ends here. No when you could not reach them.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lead two days before the last email.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a final email</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short last message: ask whether you should stay in touch, or close the file.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within three days?</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the lead replies: answer them yourself, and the sequence ends on this path. No after three days without a reply.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify the lead as no longer interested</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the status reason to No Longer Interested, so the lead leaves the sellers&apos; work lists.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply to two emails: call and invite the contact in person.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the contact answer?</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or received; No when the contact could not be reached.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the place agreed on the call</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the contact said on the call that they will come, confirm the registration with the date, time and address.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the contact for future events</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact could not be reached this time: note their interest in the record so they are invited to the next event.</source>
        <comment>event-invitation.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or the contact called you back; No when you could not reach them.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discuss what the contact needs</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact answered: find out why the meeting was missed, talk through what they need, and agree on the next step.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied within two days?</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes as soon as the contact replies to the proposal; No after two days without a reply.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to book the new meeting</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact replied: call to settle the time of the new meeting and confirm it.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has not replied to your proposal: find a colleague of theirs who can take the meeting, or ask the account owner who else to talk to.</source>
        <comment>follow-up-no-show.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect on LinkedIn</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead answered: send a LinkedIn invitation that mentions the call, so you stay in touch.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the meeting you agreed on during the call, and send the invitation.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait three days</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the lead time to read the follow-up email before you call again.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the lead again</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call again and refer to the follow-up email; keep it short and ask for a meeting.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the lead answer the second call?</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or received: the sequence ends here and you take it from the call. No otherwise.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait two days</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave two days before the last attempt.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt: keep it short and offer a meeting at a time that suits the lead.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the lead answer the final call?</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or received; No when the lead could not be reached.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify the lead as not reachable</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead did not answer three calls: set its status reason to Cannot Contact, so it leaves the active pipeline.</source>
        <comment>high-volume-outbound.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the meeting</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet the customer at the slot they chose: confirm their needs and who takes part in the decision.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product demo</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the product on the customer&apos;s own cases, and agree on the next step before you leave.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try once more to book the demo.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the customer answer the follow-up call?</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes when the call was made or received; No when the customer could not be reached.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify the opportunity</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer did not answer: close the opportunity as lost, and note why in the record.</source>
        <comment>product-demo-meeting.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify the lead</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out the lead&apos;s budget, needs, timeline and who decides, and note it in the record.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a demo</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree on a time for a product demo that fits what the lead told you.</source>
        <comment>webinar-follow-up.sequence.json</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>A rule of %1 has no field. Choose the field it tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 tests the field &quot;%2&quot;, which the organisation profile does not know. Choose one of the fields it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 uses the operator &quot;%2&quot;, which does not exist. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 tests whether a field is empty but also gives a value. Remove the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 compares with a value that does not fit its field. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of rules of %1 does not say whether all or any of its rules must hold. Choose &quot;all&quot; or &quot;any&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of rules of %1 has the match &quot;%2&quot;. Choose &quot;all&quot; or &quot;any&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of rules of %1 is empty. Add a rule to it or delete the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group of rules of %1 holds something other than a list of rules. Build the group again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps go to the user named in a record field, but no field is chosen. Choose a user field in &quot;Assign to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps go to the user in the field &quot;%1&quot;, which the record type does not have. Choose one of its user fields in &quot;Assign to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps go to the user in the field &quot;%1&quot;, but that field holds no user. Choose a user field in &quot;Assign to&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team member condition of the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds text; enter the value as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds numbers; enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds dates; enter a date as YYYY-MM-DD, for example 2025-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds yes or no; choose true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has no option %2; use the number of one of its options: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds a user; enter the user&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a rule that is not a field, operator and value. Build the rule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; does not say which field to update. Choose a field in the step&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; updates the field &quot;%2&quot;, which the record type does not have. Choose one of its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; updates the field &quot;%2&quot;, which is read-only. Choose a field that can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; updates the user field &quot;%2&quot;, which this step cannot set. Choose another field, or change the user in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has no value to set. Enter the new value of the field in the step&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; sets a value that does not fit its field. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence is for the record type &quot;%1&quot;, which the organisation profile does not have. Open the profile the sequence was made for, or recreate the sequence for one of this profile&apos;s record types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path comes back to the step &quot;%1&quot;, so it would never end. Remove the link that leads back to it: steps form a tree below the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has %2 incoming links, but paths do not merge: a step follows exactly one other step. Keep one link and give the other paths steps of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path from the start leads to the step &quot;%1&quot;, so it never runs. Link it below another step, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs &quot;%2&quot;. Fill it in in the step&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is not %3. Enter it again in the step&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is &quot;%3&quot;, which is not one of its values. Choose one of: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is %3, but it must be between %4 and %5. Change it in the step&apos;s properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; of the step &quot;%1&quot; is %3 days and %4 hours, but it must be at least 1 hour and at most 30 days. Change the days or hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; uses the email template &quot;%2&quot;, which the organisation profile does not list. Check the name, or choose one of the profile&apos;s templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; uses the text message template &quot;%2&quot;, which the organisation profile does not list. Check the name, or choose one of the profile&apos;s templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version with a name and a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an end mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 date and time such as 2025-06-30T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of a business process flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration in days and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wait &quot;%1&quot; lasts %2 days and %3 hours, but a wait lasts at least 1 hour and at most 30 days. Change its days or hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path ends with the wait &quot;%1&quot;. Add a step after it or delete the wait: a sequence cannot end by waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence begins with &quot;%1&quot;, which hands the record to another sequence at once. Add a step before it, or connect the records to the other sequence directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps follow &quot;%1&quot;, but the record leaves this sequence there, so they would never run. Move them above it or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest activity above the email condition &quot;%1&quot; is &quot;%2&quot;, which is not an email. Put an email, automated email or A/B test step above the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email condition &quot;%1&quot; has no email above it to check. Put an email, automated email or A/B test step above the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nearest activity above the phone call condition &quot;%1&quot; is &quot;%2&quot;, which is not a phone call. Put a phone call step above the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone call condition &quot;%1&quot; has no phone call above it to check. Put a phone call step above the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sent right after &quot;%2&quot;, with no time to react in between. Add a wait step above it if that is not intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence ends when the customer replies to an email, but it sends no email. Add an email step, or turn off leaving the sequence on a reply in its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; links to &quot;%2&quot;, which is not a step of this sequence. Link it to an existing step or remove the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition &quot;%1&quot; has a next step, but a condition continues only on its Yes and No paths. Link the step from Yes or No instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has a Yes path, but only conditions have Yes and No paths. Link the step as its next step instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; has a No path, but only conditions have Yes and No paths. Link the step as its next step instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence starts at &quot;%1&quot;, which is not a step of this sequence. Make one of its steps the first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another step already has the id &quot;%1&quot;. Give the step &quot;%2&quot; an id of its own: ids are unique in a sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; is of the kind &quot;%2&quot;, which this program does not know. Replace it with a step from &quot;Add an action or other element&quot;, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; has no steps. Add at least one step before you activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 has no operator. Choose how it compares, for example &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 has no value to compare with. Enter one, or use &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 uses &quot;%2&quot; on the %3 field &quot;%4&quot;. Use %5 on number and date fields, %6 on text fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence has steps but no first step. Make one of its steps the first step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ActivationController</name>
    <message>
        <source>“%1” is active: sellers can connect records to it and get its steps. %2 of at most %3 sequences are active. To change it, deactivate it or create a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is inactive: no new records can be connected to it, and it can be edited again. Activate it when the changes are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::AssignmentChoices</name>
    <message>
        <source>Condition is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members whose %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in a record field (none chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team member named in a record field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Comparison</name>
    <message>
        <source>Sequence name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit when the customer replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in %1; shown as a faded card where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ForecastRun</name>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1. Activities due: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are not a range with a working day: write them as 2026-12-07, the first no later than the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one persona a share above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the records %1: %2. Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing is shown. Run again to see the busy days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the picture %1. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::LibrarySession</name>
    <message>
        <source>The library %1 cannot be opened. Open another library or create a new one from the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a library file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1. Choose another file, or create a new library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to create the new library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it with Open library…, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open. Open a library or create a new one from the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template %1 cannot be used: %2. Choose another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damaged library is waiting to be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was left as it was. This is a recovered copy, %2. Sequences recovered: %3; rows that could not be read: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation profile %1 used with this library cannot be read, so the default profile is used: %2 Open the profile again from the menu once it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organisation profile file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was copied to the team library %2, inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) were copied to the team library %1, inactive.</source>
        <translation>
            <numerusform>%n sequence was copied to the team library %1, inactive.</numerusform>
            <numerusform>%n sequences were copied to the team library %1, inactive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the copies got a new id, because the team library already had theirs; nothing there was replaced.</source>
        <translation>
            <numerusform>The copy got a new id, because the team library already had its id; nothing there was replaced.</numerusform>
            <numerusform>%n of the copies got a new id, because the team library already had theirs; nothing there was replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>The description is longer than %L1 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Preview</name>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is not a date and time: write it as 2026-12-07 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview waits until this is fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1 Choose another file or a persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, step %2 of the sequence “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be used: %1 Correct it, or cancel to keep the scenario as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::PreviewTimeline</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email above it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email was skipped, never sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing within %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, within %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not within %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call outcome %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcome: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is at the stage %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s fields match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s fields do not match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run does not reach this condition, so there is nothing to change for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field condition follows the record&apos;s fields: open a scenario with other field values to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition has nothing chosen to look for, so it can never be Yes: choose some in its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no email above this condition for the customer to open or reply to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone call above this condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the sequence is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the customer replied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1: the record moves to another sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SequenceDocument</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and the steps below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 with the steps below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste. Copy a step on the canvas, or sequence file text, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened, so the sequence cannot be shown. Go back to the start page to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found, but the sequence was saved again since. Restore them on top of the saved version, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were found (the program may have closed unexpectedly). Restore them, or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is open read-only, so this sequence cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the sequence to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be kept for recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes could not be discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sequence&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the sequence on an email reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in the sequence on an email reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip non-working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count non-working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who the records are assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo your changes before you open an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version %1, shown read-only. Restore it to continue from it, or go back to the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or undo your changes before you compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n sequence(s); compare with a file of exactly one sequence (export the one you want into a file of its own).</source>
        <translation>
            <numerusform>“%1” holds %n sequence; compare with a file of exactly one sequence (export the one you want into a file of its own).</numerusform>
            <numerusform>“%1” holds %n sequences; compare with a file of exactly one sequence (export the one you want into a file of its own).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be compared: it could not be imported either. %2 Fix the file, then compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence could not be read to compare it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2, read-only. Close the comparison to edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved as a copy: %1 They are still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version could not be read to compare it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be kept for recovery, so they are not compared: %1 Save them as a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::SequenceTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::StepInspector</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded the attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TagModel</name>
    <message>
        <source>The tags could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tag a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name cannot contain “/”, which separates the levels of a tag. Use another character, or create the level as a tag below its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open. Open a library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That tag no longer exists. Choose another parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags can be nested %1 levels deep at most. Create the tag higher up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named “%1” already exists there. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TemplateGallery</name>
    <message>
        <source>The file holds no sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a template. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates that come with the program cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of your templates, so it was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be removed (%2). Check that you can write to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TemplateSaver</name>
    <message>
        <source>Enter a title: the gallery shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; shorten it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates folder %1 could not be created. Check that you can write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be written to %1 (%2). Check that the folder can be written to and the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence is open to save as a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category is %1 characters long; shorten it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template file called %1 already exists. Replace it, or choose another title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the template “%1”. It is in the template gallery of New sequence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::VersionHistory</name>
    <message>
        <source>The library is not open, so nothing was restored. Open it again from the start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was restored as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is not open, so the note was not kept. Open it again from the start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
