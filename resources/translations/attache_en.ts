<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConsolidateDialog</name>
    <message numerus="yes">
        <source>Consolidating %n report(s)…</source>
        <translation>
            <numerusform>Consolidating %n report…</numerusform>
            <numerusform>Consolidating %n reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) consolidated into {file}.</source>
        <translation>
            <numerusform>%n report consolidated into {file}.</numerusform>
            <numerusform>%n reports consolidated into {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more on the Deadlines page</source>
        <translation>
            <numerusform>… and %n more on the Deadlines page</numerusform>
            <numerusform>… and %n more on the Deadlines page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) without organisation</source>
        <translation>
            <numerusform>%n person without organisation</numerusform>
            <numerusform>%n people without organisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of suspected duplicates</source>
        <translation>
            <numerusform>%n group of suspected duplicates</numerusform>
            <numerusform>%n groups of suspected duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose data are due for review</source>
        <translation>
            <numerusform>%n person whose data are due for review</numerusform>
            <numerusform>%n people whose data are due for review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseTools</name>
    <message numerus="yes">
        <source>%n stored telephone number(s) belong to another country than their person&apos;s: see the details. Saving such a record again reads a national number with the person&apos;s country.</source>
        <translation>
            <numerusform>%n stored telephone number belongs to another country than its person&apos;s: see the details. Saving such a record again reads a national number with the person&apos;s country.</numerusform>
            <numerusform>%n stored telephone numbers belong to another country than their person&apos;s: see the details. Saving such a record again reads a national number with the person&apos;s country.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>{title}: %n stage(s) created, dates to confirm.</source>
        <translation>
            <numerusform>{title}: %n stage created, dates to confirm.</numerusform>
            <numerusform>{title}: %n stages created, dates to confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FullResultPage</name>
    <message numerus="yes">
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n record created</numerusform>
            <numerusform>%n records created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n record(s)? You can undo it with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n record? You can undo it with Ctrl+Z.</numerusform>
            <numerusform>Delete %n records? You can undo it with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n deadline</numerusform>
            <numerusform>%n deadlines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values look mis-decoded ({values}): if names read wrong, choose another encoding.</source>
        <translation>
            <numerusform>%n value looks mis-decoded ({values}): if names read wrong, choose another encoding.</numerusform>
            <numerusform>%n values look mis-decoded ({values}): if names read wrong, choose another encoding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message numerus="yes">
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n record created</numerusform>
            <numerusform>%n records created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>New (%n)</source>
        <translation>
            <numerusform>New (%n)</numerusform>
            <numerusform>New (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates (%n)</source>
        <translation>
            <numerusform>Duplicates (%n)</numerusform>
            <numerusform>Duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Errors (%n)</numerusform>
            <numerusform>Errors (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Telephones kept as typed (%n)</source>
        <translation>
            <numerusform>Telephones kept as typed (%n)</numerusform>
            <numerusform>Telephones kept as typed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Columns (%n)</source>
        <translation>
            <numerusform>Columns (%n)</numerusform>
            <numerusform>Columns (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns kept in the notes.</source>
        <translation>
            <numerusform>%n column kept in the notes.</numerusform>
            <numerusform>%n columns kept in the notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns ignored.</source>
        <translation>
            <numerusform>%n column ignored.</numerusform>
            <numerusform>%n columns ignored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dates of contact become activities.</source>
        <translation>
            <numerusform>%n date of contact becomes an activity.</numerusform>
            <numerusform>%n dates of contact become activities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations.</source>
        <translation>
            <numerusform>%n new organisation.</numerusform>
            <numerusform>%n new organisations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n telephone number(s) not valid in the country they were read with: kept as typed, without an international form.</source>
        <translation>
            <numerusform>%n telephone number not valid in the country it was read with: kept as typed, without an international form.</numerusform>
            <numerusform>%n telephone numbers not valid in the country they were read with: kept as typed, without an international form.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values look mis-decoded, such as {values}. Go back to choose another encoding if names read wrong.</source>
        <translation>
            <numerusform>%n value looks mis-decoded: {values}. Go back to choose another encoding if names read wrong.</numerusform>
            <numerusform>%n values look mis-decoded, such as {values}. Go back to choose another encoding if names read wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%n draft watch note(s) of the period left out.</source>
        <translation>
            <numerusform>%n draft watch note of the period left out.</numerusform>
            <numerusform>%n draft watch notes of the period left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private watch note(s) of the period left out: they stay at post.</source>
        <translation>
            <numerusform>%n private watch note of the period left out: it stays at post.</numerusform>
            <numerusform>%n private watch notes of the period left out: they stay at post.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities written for the dates of contact.</source>
        <translation>
            <numerusform>%n activity written for the date of contact.</numerusform>
            <numerusform>%n activities written for the dates of contact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n telephone number(s) were kept as typed, without an international form (listed below): they are not valid in the country they were read with.</source>
        <translation>
            <numerusform>%n telephone number was kept as typed, without an international form (listed below): it is not valid in the country it was read with.</numerusform>
            <numerusform>%n telephone numbers were kept as typed, without an international form (listed below): they are not valid in the country they were read with.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>Synced %n min ago</source>
        <translation>
            <numerusform>Synced %n min ago</numerusform>
            <numerusform>Synced %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message numerus="yes">
        <source>Tag %n record(s)</source>
        <translation>
            <numerusform>Tag %n record</numerusform>
            <numerusform>Tag %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n record(s)</source>
        <translation>
            <numerusform>Tag %n record</numerusform>
            <numerusform>Tag %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n reminder(s)</source>
        <translation>
            <numerusform>Snooze %n reminder</numerusform>
            <numerusform>Snooze %n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n reminder(s) done</source>
        <translation>
            <numerusform>Mark %n reminder done</numerusform>
            <numerusform>Mark %n reminders done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n date(s)</source>
        <translation>
            <numerusform>Confirm %n date</numerusform>
            <numerusform>Confirm %n dates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>%n record(s) missing from the search index.</source>
        <translation>
            <numerusform>%n record missing from the search index.</numerusform>
            <numerusform>%n records missing from the search index.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <source>%n programme(s) added from the catalogue.</source>
        <translation>
            <numerusform>%n programme added from the catalogue.</numerusform>
            <numerusform>%n programmes added from the catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the call {title} with %n stage(s), dates to confirm:</source>
        <translation>
            <numerusform>Created the call {title} with %n stage, dates to confirm:</numerusform>
            <numerusform>Created the call {title} with %n stages, dates to confirm:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) confirmed.</source>
        <translation>
            <numerusform>%n date confirmed.</numerusform>
            <numerusform>%n dates confirmed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) created</source>
        <translation>
            <numerusform>%n record created</numerusform>
            <numerusform>%n records created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made before still hold this person (in {folder}).</source>
        <translation>
            <numerusform>%n backup made before still holds this person (in {folder}).</numerusform>
            <numerusform>%n backups made before still hold this person (in {folder}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) removed</source>
        <translation>
            <numerusform>%n record removed</numerusform>
            <numerusform>%n records removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restored</source>
        <translation>
            <numerusform>%n restored</numerusform>
            <numerusform>%n restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {file}.</source>
        <translation>
            <numerusform>%n record written to {file}.</numerusform>
            <numerusform>%n records written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {file} ({kind}).</source>
        <translation>
            <numerusform>%n record written to {file} ({kind}).</numerusform>
            <numerusform>%n records written to {file} ({kind}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to {file}.</source>
        <translation>
            <numerusform>%n deadline written to {file}.</numerusform>
            <numerusform>%n deadlines written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than Excel allows (32,767 characters) were cut.</source>
        <translation>
            <numerusform>%n cell was longer than Excel allows (32,767 characters) and was cut.</numerusform>
            <numerusform>%n cells were longer than Excel allows (32,767 characters) and were cut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier backup(s) not encrypted; delete them if they must not be read: {paths}</source>
        <translation>
            <numerusform>%n earlier backup is not encrypted; delete it if it must not be read: {paths}</numerusform>
            <numerusform>%n earlier backups are not encrypted; delete them if they must not be read: {paths}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to {url} as {user}: the hub holds %n document(s).</source>
        <translation>
            <numerusform>Connected to {url} as {user}: the hub holds %n document.</numerusform>
            <numerusform>Connected to {url} as {user}: the hub holds %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message numerus="yes">
        <source>%n record(s) written to {file}.</source>
        <translation>
            <numerusform>%n record written to {file}.</numerusform>
            <numerusform>%n records written to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than Excel allows (32,767 characters) were cut.</source>
        <translation>
            <numerusform>%n cell was longer than Excel allows (32,767 characters) and was cut.</numerusform>
            <numerusform>%n cells were longer than Excel allows (32,767 characters) and were cut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n record(s) of import {batch} changed after it: {names}. Undoing would lose those changes; confirm to undo anyway.</source>
        <translation>
            <numerusform>%n record of import {batch} was changed after it: {names}. Undoing would lose that change; confirm to undo anyway.</numerusform>
            <numerusform>%n records of import {batch} were changed after it: {names}. Undoing would lose those changes; confirm to undo anyway.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) read from {file}</source>
        <translation>
            <numerusform>%n contact read from {file}</numerusform>
            <numerusform>%n contacts read from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with more values than the header has columns ({width}): {where}. A value probably holds an unquoted delimiter; nothing was imported.</source>
        <translation>
            <numerusform>%n row has more values than the header has columns ({width}): {where}. A value probably holds an unquoted delimiter; nothing was imported.</numerusform>
            <numerusform>%n rows have more values than the header has columns ({width}): {where}. A value probably holds an unquoted delimiter; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
