<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
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
        <source>%n kinds of step are available.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>sd</name>
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
</context>
<context>
    <name>sd::Sequence</name>
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
</TS>
