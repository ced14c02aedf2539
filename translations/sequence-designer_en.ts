<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Commands</name>
    <message>
        <source>Usage: sequence-designer validate [--json] [--profile FILE] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>The library file cannot be written (%1). Check that the file and its folder are writable, or copy it somewhere you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged (%1). Close it and open it again to be offered a recovered copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a rule of the library (%1), so it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not complete the operation: %1.</source>
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
        <source>The library %1 is damaged (%2). The file was not changed. Sequence Designer can copy what is still readable into a new library: open the recovered copy and check your sequences, or restore the file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 is damaged beyond what can be recovered (%2). The file was not changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 cannot be read: %2. Check that you may read the file and its folder.</source>
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
        <source>The library %1 cannot be opened: %2. Check that you may read the file and its folder.</source>
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
        <source>The library %1 could not be prepared (%2). It was left as it was%3; try again, and if this repeats, open the backup copy or another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and a backup is at %1</source>
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
        <source>Nothing can be recovered from %1 (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence needs a name. Type a name of 1 to 160 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 160 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of “%1” is longer than 2,000 characters. Shorten it.</source>
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
        <source>“%1” was changed by %2 at %3 after you opened it. Reload it to see their changes, or save yours as a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record type of “%1” cannot change from %2 to %3. Create a new sequence for %3 records instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name cannot be empty. Type a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name “%1” contains /, which separates levels. Use another character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag name “%1” is longer than 100 characters. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” has more than 4 levels. Use at most 4, such as Region/Country/Team/Topic.</source>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Sequence Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design sales sequences: emails, calls, tasks, waits and LinkedIn actions, with branches on what the customer did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Library %1: %n sequence(s), %2 active.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of step are available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>The profile is not valid JSON: %1 at line %2, column %3. Correct the JSON there.</source>
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
        <source>A step name can have at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A description can have at most 2,000 characters.</source>
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
        <source>A rule of %1 has no operator. Choose how it compares, for example &quot;equals&quot;.</source>
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
        <source>A rule of %1 has no value to compare with. Enter one, or use &quot;isEmpty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule of %1 uses &quot;%2&quot; on the %3 field &quot;%4&quot;. Use &quot;greaterThan&quot; and &quot;lessThan&quot; on number and date fields, &quot;contains&quot;, &quot;notContains&quot; and &quot;beginsWith&quot; on text fields.</source>
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
</context>
</TS>
