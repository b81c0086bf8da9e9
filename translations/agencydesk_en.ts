<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ActionPlanDocument</name>
        <message numerus="yes">
            <source>Subtotal (%n action(s))</source>
            <translation>
                <numerusform>Subtotal (%n action)</numerusform>
                <numerusform>Subtotal (%n actions)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionTreeModel</name>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsChart</name>
        <message numerus="yes">
            <source>%1: %n action(s) (%2 of all). Click to list them.</source>
            <translation>
                <numerusform>%1: %n action (%2 of all). Click to list them.</numerusform>
                <numerusform>%1: %n actions (%2 of all). Click to list them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='#delayed'&gt;%n more action(s)&lt;/a&gt; past their end date but not marked delayed.</source>
            <translation>
                <numerusform>&lt;a href='#delayed'&gt;%n more action&lt;/a&gt; past their end date but not marked delayed.</numerusform>
                <numerusform>&lt;a href='#delayed'&gt;%n more actions&lt;/a&gt; past their end date but not marked delayed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActorTypeChart</name>
        <message numerus="yes">
            <source>%1: %n active participation(s)</source>
            <translation>
                <numerusform>%1: %n active participation</numerusform>
                <numerusform>%1: %n active participations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>held by %n organization(s).</source>
            <translation>
                <numerusform>held by %n organization.</numerusform>
                <numerusform>held by %n organizations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AddParticipantsDialog</name>
        <message numerus="yes">
            <source>&amp;Selected: %n organization(s)</source>
            <translation>
                <numerusform>&amp;Selected: %n organization</numerusform>
                <numerusform>&amp;Selected: %n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Add %n participant(s)</source>
            <translation>
                <numerusform>&amp;Add %n participant</numerusform>
                <numerusform>&amp;Add %n participants</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaListPage</name>
        <message numerus="yes">
            <source>%n agenda(s) found</source>
            <translation>
                <numerusform>%n agenda found</numerusform>
                <numerusform>%n agendas found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda(s)</source>
            <translation>
                <numerusform>%n agenda</numerusform>
                <numerusform>%n agendas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaPage</name>
        <message numerus="yes">
            <source>&amp;Meetings (%n)</source>
            <translation>
                <numerusform>&amp;Meetings (%n)</numerusform>
                <numerusform>&amp;Meetings (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Goals and priorities (%n)</source>
            <translation>
                <numerusform>&amp;Goals and priorities (%n)</numerusform>
                <numerusform>&amp;Goals and priorities (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>I&amp;nitiatives and plans (%n)</source>
            <translation>
                <numerusform>I&amp;nitiatives and plans (%n)</numerusform>
                <numerusform>I&amp;nitiatives and plans (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Initiatives and mesas (%n)</source>
            <translation>
                <numerusform>Initiatives and mesas (%n)</numerusform>
                <numerusform>Initiatives and mesas (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Action plans (%n)</source>
            <translation>
                <numerusform>Action plans (%n)</numerusform>
                <numerusform>Action plans (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementsArea</name>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due soon</source>
            <translation>
                <numerusform>%n due soon</numerusform>
                <numerusform>%n due soon</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n agreement(s) done on %1?</source>
            <translation>
                <numerusform>Mark %n agreement done on %1?</numerusform>
                <numerusform>Mark %n agreements done on %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) marked done.</source>
            <translation>
                <numerusform>%n agreement marked done.</numerusform>
                <numerusform>%n agreements marked done.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already closed, left as it was.</source>
            <translation>
                <numerusform>%n already closed, left as it was.</numerusform>
                <numerusform>%n already closed, left as it was.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementsFollowUpDocument</name>
        <message numerus="yes">
            <source>%n open agreement(s)</source>
            <translation>
                <numerusform>%n open agreement</numerusform>
                <numerusform>%n open agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s)</source>
            <translation>
                <numerusform>%n institution</numerusform>
                <numerusform>%n institutions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgreementsTab</name>
        <message numerus="yes">
            <source>%n agreement(s) marked done before this session meets: no longer pending here (%1 undoes it).</source>
            <translation>
                <numerusform>%n agreement marked done before this session meets: no longer pending here (%1 undoes it).</numerusform>
                <numerusform>%n agreements marked done before this session meets: no longer pending here (%1 undoes it).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still open</source>
            <translation>
                <numerusform>%n still open</numerusform>
                <numerusform>%n still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AllActionsPage</name>
        <message numerus="yes">
            <source>%n action(s) found</source>
            <translation>
                <numerusform>%n action found</numerusform>
                <numerusform>%n actions found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalNote</name>
        <message numerus="yes">
            <source>Changed after the minutes were approved on %1: %n change(s).</source>
            <translation>
                <numerusform>Changed after the minutes were approved on %1: %n change.</numerusform>
                <numerusform>Changed after the minutes were approved on %1: %n changes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceSummary</name>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n invited</numerusform>
                <numerusform>%n invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attended %1 of %n invited</source>
            <translation>
                <numerusform>Attended %1 of %n invited</numerusform>
                <numerusform>Attended %1 of %n invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n excused</numerusform>
                <numerusform>%n excused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absent</source>
            <translation>
                <numerusform>%n absent</numerusform>
                <numerusform>%n absent</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message numerus="yes">
            <source>Mark %n invitee(s) as attended</source>
            <translation>
                <numerusform>Mark %n invitee as attended</numerusform>
                <numerusform>Mark %n invitees as attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as excused</source>
            <translation>
                <numerusform>Mark %n invitee as excused</numerusform>
                <numerusform>Mark %n invitees as excused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n invitee(s) as absent</source>
            <translation>
                <numerusform>Mark %n invitee as absent</numerusform>
                <numerusform>Mark %n invitees as absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n invitee(s) as alternate</source>
            <translation>
                <numerusform>Set %n invitee as alternate</numerusform>
                <numerusform>Set %n invitees as alternate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n invitee(s) as titular</source>
            <translation>
                <numerusform>Set %n invitee as titular</numerusform>
                <numerusform>Set %n invitees as titular</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupCommand</name>
        <message numerus="yes">
            <source>the database %1 is damaged: %2 (and %n more). Restore a backup (agencydesk restore FILE).</source>
            <translation>
                <numerusform>the database %1 is damaged: %2 (and %n more). Restore a backup (agencydesk restore FILE).</numerusform>
                <numerusform>the database %1 is damaged: %2 (and %n more). Restore a backup (agencydesk restore FILE).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BottlenecksChart</name>
        <message numerus="yes">
            <source>%n more initiative(s) with fewer open bottlenecks not shown.</source>
            <translation>
                <numerusform>%n more initiative with fewer open bottlenecks not shown.</numerusform>
                <numerusform>%n more initiatives with fewer open bottlenecks not shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped</source>
            <translation>
                <numerusform>%n dropped</numerusform>
                <numerusform>%n dropped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s) in all</source>
            <translation>
                <numerusform>%n bottleneck in all</numerusform>
                <numerusform>%n bottlenecks in all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BottlenecksPanel</name>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n bottleneck</numerusform>
                <numerusform>%n bottlenecks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n resolved</numerusform>
                <numerusform>%n resolved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dropped</source>
            <translation>
                <numerusform>%n dropped</numerusform>
                <numerusform>%n dropped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message numerus="yes">
            <source>%n row(s) written to %1</source>
            <translation>
                <numerusform>%n row written to %1</numerusform>
                <numerusform>%n rows written to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountsBar</name>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organization</numerusform>
                <numerusform>%n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DueWords</name>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>due in %n day</numerusform>
                <numerusform>due in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message numerus="yes">
            <source>They stay as the coordinator of %n initiative(s), under the new name.</source>
            <translation>
                <numerusform>They stay as the coordinator of %n initiative, under the new name.</numerusform>
                <numerusform>They stay as the coordinator of %n initiatives, under the new name.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their name or contact details also appear in the text of %n other record(s). Those texts are not changed: edit them if they must go too.</source>
            <translation>
                <numerusform>Their name or contact details also appear in the text of %n other record. Those texts are not changed: edit them if they must go too.</numerusform>
                <numerusform>Their name or contact details also appear in the text of %n other records. Those texts are not changed: edit them if they must go too.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message numerus="yes">
            <source>%n record(s) written to %1.</source>
            <translation>
                <numerusform>%n record written to %1.</numerusform>
                <numerusform>%n records written to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeCommand</name>
        <message numerus="yes">
            <source>%n record(s) (%1) written to %2</source>
            <translation>
                <numerusform>%n record (%1) written to %2</numerusform>
                <numerusform>%n records (%1) written to %2</numerusform>
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
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
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
            <source>%n conflict(s) left as they are here; settle them in the program (File &gt; Exchange &gt; Import) or with --take-theirs / --keep-mine.</source>
            <translation>
                <numerusform>%n conflict left as they are here; settle them in the program (File &gt; Exchange &gt; Import) or with --take-theirs / --keep-mine.</numerusform>
                <numerusform>%n conflicts left as they are here; settle them in the program (File &gt; Exchange &gt; Import) or with --take-theirs / --keep-mine.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangeSummaryDialog</name>
        <message numerus="yes">
            <source>Changed both here and by %1 since your last exchange: %n record(s).</source>
            <translation>
                <numerusform>Changed both here and by %1 since your last exchange: %n record.</numerusform>
                <numerusform>Changed both here and by %1 since your last exchange: %n records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undecided: %n. They keep this database's version and are asked about again at the next exchange.</source>
            <translation>
                <numerusform>Undecided: %n. They keep this database's version and are asked about again at the next exchange.</numerusform>
                <numerusform>Undecided: %n. They keep this database's version and are asked about again at the next exchange.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Conflicts settled as you chose: %n.</source>
            <translation>
                <numerusform>Conflicts settled as you chose: %n.</numerusform>
                <numerusform>Conflicts settled as you chose: %n.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left as they are here, to be asked about at the next exchange: %n.</source>
            <translation>
                <numerusform>Left as they are here, to be asked about at the next exchange: %n.</numerusform>
                <numerusform>Left as they are here, to be asked about at the next exchange: %n.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</source>
            <translation>
                <numerusform>%n long text was cut to %1 characters, Excel's limit; the .csv export keeps it whole.</numerusform>
                <numerusform>%n long texts were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message numerus="yes">
            <source>%1: %n sheet(s)</source>
            <translation>
                <numerusform>%1: %n sheet</numerusform>
                <numerusform>%1: %n sheets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GenderChart</name>
        <message numerus="yes">
            <source>%1: %n participation(s) (%2). Click to list these people.</source>
            <translation>
                <numerusform>%1: %n participation (%2). Click to list these people.</numerusform>
                <numerusform>%1: %n participations (%2). Click to list these people.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverDocument</name>
        <message numerus="yes">
            <source>%n session(s) held</source>
            <translation>
                <numerusform>%n session held</numerusform>
                <numerusform>%n sessions held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandoverSections</name>
        <message numerus="yes">
            <source>%n institution(s)</source>
            <translation>
                <numerusform>%n institution</numerusform>
                <numerusform>%n institutions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s) today</source>
            <translation>
                <numerusform>%n institution today</numerusform>
                <numerusform>%n institutions today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n bottleneck</numerusform>
                <numerusform>%n bottlenecks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n still open</source>
            <translation>
                <numerusform>%n still open</numerusform>
                <numerusform>%n still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held</source>
            <translation>
                <numerusform>%n held</numerusform>
                <numerusform>%n held</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n invited</numerusform>
                <numerusform>%n invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n cancelled</numerusform>
                <numerusform>%n cancelled</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <source>%n change(s) recorded, newest first.</source>
            <translation>
                <numerusform>%n change recorded, newest first.</numerusform>
                <numerusform>%n changes recorded, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
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
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
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
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new organization(s)</source>
            <translation>
                <numerusform>%n new organization</numerusform>
                <numerusform>%n new organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected; they are in %1</source>
            <translation>
                <numerusform>%n row rejected; they are in %1</numerusform>
                <numerusform>%n rows rejected; they are in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) rejected</source>
            <translation>
                <numerusform>%n row rejected</numerusform>
                <numerusform>%n rows rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n created record(s) removed</source>
            <translation>
                <numerusform>%n created record removed</numerusform>
                <numerusform>%n created records removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated record(s) restored</source>
            <translation>
                <numerusform>%n updated record restored</numerusform>
                <numerusform>%n updated records restored</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportHistoryDialog</name>
        <message numerus="yes">
            <source>Undo the import of %1 (%2)? The %n record(s) it created will be deleted and the ones it updated will get their previous values back.</source>
            <translation>
                <numerusform>Undo the import of %1 (%2)? The %n record it created will be deleted and the ones it updated will get their previous values back.</numerusform>
                <numerusform>Undo the import of %1 (%2)? The %n records it created will be deleted and the ones it updated will get their previous values back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPanel</name>
        <message numerus="yes">
            <source>Delete the indicator “%1” and its %n measurement(s)?</source>
            <translation>
                <numerusform>Delete the indicator “%1” and its %n measurement?</numerusform>
                <numerusform>Delete the indicator “%1” and its %n measurements?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InitiativePage</name>
        <message numerus="yes">
            <source>&amp;Participants (%n)</source>
            <translation>
                <numerusform>&amp;Participants (%n)</numerusform>
                <numerusform>&amp;Participants (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Bottlenecks (%n open)</source>
            <translation>
                <numerusform>&amp;Bottlenecks (%n open)</numerusform>
                <numerusform>&amp;Bottlenecks (%n open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Meetings (%n)</source>
            <translation>
                <numerusform>&amp;Meetings (%n)</numerusform>
                <numerusform>&amp;Meetings (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InitiativesListPage</name>
        <message numerus="yes">
            <source>%n initiative(s) found</source>
            <translation>
                <numerusform>%n initiative found</numerusform>
                <numerusform>%n initiatives found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InviteActions</name>
        <message numerus="yes">
            <source>Nobody new to invite: %n already invited.</source>
            <translation>
                <numerusform>Nobody new to invite: %n already invited.</numerusform>
                <numerusform>Nobody new to invite: %n already invited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invite %n participant(s)</source>
            <translation>
                <numerusform>Invite %n participant</numerusform>
                <numerusform>Invite %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invite %n person(s)</source>
            <translation>
                <numerusform>Invite %n person</numerusform>
                <numerusform>Invite %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invitation(s) removed (%1 puts them back).</source>
            <translation>
                <numerusform>%n invitation removed (%1 puts them back).</numerusform>
                <numerusform>%n invitations removed (%1 puts them back).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n invitation(s)</source>
            <translation>
                <numerusform>Remove %n invitation</numerusform>
                <numerusform>Remove %n invitations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n invited</source>
            <translation>
                <numerusform>%n invited</numerusform>
                <numerusform>%n invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already invited</source>
            <translation>
                <numerusform>%n already invited</numerusform>
                <numerusform>%n already invited</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvitePeopleDialog</name>
        <message numerus="yes">
            <source>&amp;Selected: %n person(s)</source>
            <translation>
                <numerusform>&amp;Selected: %n person</numerusform>
                <numerusform>&amp;Selected: %n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Invite %n person(s)</source>
            <translation>
                <numerusform>&amp;Invite %n person</numerusform>
                <numerusform>&amp;Invite %n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organization</numerusform>
                <numerusform>%n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingPage</name>
        <message numerus="yes">
            <source>&amp;Attendance (%n invited)</source>
            <translation>
                <numerusform>&amp;Attendance (%n invited)</numerusform>
                <numerusform>&amp;Attendance (%n invited)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A&amp;greements (%1 · %n open)</source>
            <translation>
                <numerusform>A&amp;greements (%1 · %n open)</numerusform>
                <numerusform>A&amp;greements (%1 · %n open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A&amp;greements (%n)</source>
            <translation>
                <numerusform>A&amp;greements (%n)</numerusform>
                <numerusform>A&amp;greements (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsListPage</name>
        <message numerus="yes">
            <source>%n meeting(s) found</source>
            <translation>
                <numerusform>%n meeting found</numerusform>
                <numerusform>%n meetings found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsPanel</name>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n planned</source>
            <translation>
                <numerusform>%n planned</numerusform>
                <numerusform>%n planned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n held or closed</source>
            <translation>
                <numerusform>%n held or closed</numerusform>
                <numerusform>%n held or closed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesDocument</name>
        <message numerus="yes">
            <source>%n invited; attendance not recorded yet</source>
            <translation>
                <numerusform>%n invited; attendance not recorded yet</numerusform>
                <numerusform>%n invited; attendance not recorded yet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excused</source>
            <translation>
                <numerusform>%n excused</numerusform>
                <numerusform>%n excused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n absent</source>
            <translation>
                <numerusform>%n absent</numerusform>
                <numerusform>%n absent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not invited</source>
            <translation>
                <numerusform>%n not invited</numerusform>
                <numerusform>%n not invited</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NextMeetingsPanel</name>
        <message numerus="yes">
            <source>the next %n day(s)</source>
            <translation>
                <numerusform>the next %n day</numerusform>
                <numerusform>the next %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;a href='#due_soon'&gt;%n open agreement(s)&lt;/a&gt; due in %1.</source>
            <translation>
                <numerusform>&lt;a href='#due_soon'&gt;%n open agreement&lt;/a&gt; due in %1.</numerusform>
                <numerusform>&lt;a href='#due_soon'&gt;%n open agreements&lt;/a&gt; due in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OptionsPage</name>
        <message numerus="yes">
            <source>The columns were matched again for “%1”: %n column(s) recognised. Go Back to check them.</source>
            <translation>
                <numerusform>The columns were matched again for “%1”: %n column recognised. Go Back to check them.</numerusform>
                <numerusform>The columns were matched again for “%1”: %n columns recognised. Go Back to check them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganizationDetail</name>
        <message numerus="yes">
            <source>Peop&amp;le (%n)</source>
            <translation>
                <numerusform>Peop&amp;le (%n)</numerusform>
                <numerusform>Peop&amp;le (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Initiatives (%n)</source>
            <translation>
                <numerusform>&amp;Initiatives (%n)</numerusform>
                <numerusform>&amp;Initiatives (%n)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganizationsPage</name>
        <message numerus="yes">
            <source>%n organization(s) found</source>
            <translation>
                <numerusform>%n organization found</numerusform>
                <numerusform>%n organizations found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organization</numerusform>
                <numerusform>%n organizations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message numerus="yes">
            <source>Add %n participant(s)</source>
            <translation>
                <numerusform>Add %n participant</numerusform>
                <numerusform>Add %n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) already took part in the same role and were not added again.</source>
            <translation>
                <numerusform>%n participant already took part in the same role and were not added again.</numerusform>
                <numerusform>%n participants already took part in the same role and were not added again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfCommand</name>
        <message numerus="yes">
            <source>%1: %n page(s) written to %2</source>
            <translation>
                <numerusform>%1: %n page written to %2</numerusform>
                <numerusform>%1: %n pages written to %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s) sent to the printer.</source>
            <translation>
                <numerusform>%n page sent to the printer.</numerusform>
                <numerusform>%n pages sent to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <source>%n person(s) found</source>
            <translation>
                <numerusform>%n person found</numerusform>
                <numerusform>%n people found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanHeader</name>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlansListPage</name>
        <message numerus="yes">
            <source>%n plan(s) found</source>
            <translation>
                <numerusform>%n plan found</numerusform>
                <numerusform>%n plans found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s)</source>
            <translation>
                <numerusform>%n plan</numerusform>
                <numerusform>%n plans</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlansPanel</name>
        <message numerus="yes">
            <source>%n more plan(s) not shown.</source>
            <translation>
                <numerusform>%n more plan not shown.</numerusform>
                <numerusform>%n more plans not shown.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message numerus="yes">
            <source>Row(s) %1 of the file have quotation marks a CSV file does not allow (one never closed, or quotes inside quotes): each line was read as one row, as written. Check those rows.</source>
            <translation>
                <numerusform>Row %1 of the file has quotation marks a CSV file does not allow (one never closed, or quotes inside quotes): each line was read as one row, as written. Check that row.</numerusform>
                <numerusform>Rows %1 of the file have quotation marks a CSV file does not allow (one never closed, or quotes inside quotes): each line was read as one row, as written. Check those rows.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n data row(s)</source>
            <translation>
                <numerusform>%n data row</numerusform>
                <numerusform>%n data rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n valid</source>
            <translation>
                <numerusform>%n valid</numerusform>
                <numerusform>%n valid</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match existing records</source>
            <translation>
                <numerusform>%n matches an existing record</numerusform>
                <numerusform>%n match existing records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n repeated in the file</source>
            <translation>
                <numerusform>%n repeated in the file</numerusform>
                <numerusform>%n repeated in the file</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not take this choice and kept theirs.</source>
            <translation>
                <numerusform>%n row could not take this choice and kept its own.</numerusform>
                <numerusform>%n rows could not take this choice and kept theirs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <source>%n backup(s). Hover over a date to see its file.</source>
            <translation>
                <numerusform>%n backup. Hover over a date to see its file.</numerusform>
                <numerusform>%n backups. Hover over a date to see its file.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message numerus="yes">
            <source>%n row(s) saved to %1</source>
            <translation>
                <numerusform>%n row saved to %1</numerusform>
                <numerusform>%n rows saved to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RunPage</name>
        <message numerus="yes">
            <source>%n new record(s) will be created.</source>
            <translation>
                <numerusform>%n new record will be created.</numerusform>
                <numerusform>%n new records will be created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n existing record(s) will be updated.</source>
            <translation>
                <numerusform>%n existing record will be updated.</numerusform>
                <numerusform>%n existing records will be updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be skipped.</source>
            <translation>
                <numerusform>%n row will be skipped.</numerusform>
                <numerusform>%n rows will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) cannot be imported (you can save them afterwards).</source>
            <translation>
                <numerusform>%n row cannot be imported (you can save them afterwards).</numerusform>
                <numerusform>%n rows cannot be imported (you can save them afterwards).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s) will be added to the directory: %1</source>
            <translation>
                <numerusform>%n organization will be added to the directory: %1</numerusform>
                <numerusform>%n organizations will be added to the directory: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineChart</name>
        <message numerus="yes">
            <source>%n action(s) without dates</source>
            <translation>
                <numerusform>%n action without dates</numerusform>
                <numerusform>%n actions without dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UrgencyLegend</name>
        <message numerus="yes">
            <source>due within %n day(s)</source>
            <translation>
                <numerusform>due within %n day</numerusform>
                <numerusform>due within %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UsagePhrases</name>
        <message numerus="yes">
            <source>%n territory(ies)</source>
            <translation>
                <numerusform>%n territory</numerusform>
                <numerusform>%n territories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organization(s)</source>
            <translation>
                <numerusform>%n organization</numerusform>
                <numerusform>%n organizations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda(s)</source>
            <translation>
                <numerusform>%n agenda</numerusform>
                <numerusform>%n agendas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n priority sector(s)</source>
            <translation>
                <numerusform>%n priority sector</numerusform>
                <numerusform>%n priority sectors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n status change(s)</source>
            <translation>
                <numerusform>%n status change</numerusform>
                <numerusform>%n status changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n initiative(s)</source>
            <translation>
                <numerusform>%n initiative</numerusform>
                <numerusform>%n initiatives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participation(s) in initiatives</source>
            <translation>
                <numerusform>%n participation in initiatives</numerusform>
                <numerusform>%n participations in initiatives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bottleneck(s)</source>
            <translation>
                <numerusform>%n bottleneck</numerusform>
                <numerusform>%n bottlenecks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action plan(s)</source>
            <translation>
                <numerusform>%n action plan</numerusform>
                <numerusform>%n action plans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n funding line(s)</source>
            <translation>
                <numerusform>%n funding line</numerusform>
                <numerusform>%n funding lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n indicator</numerusform>
                <numerusform>%n indicators</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n measurement</numerusform>
                <numerusform>%n measurements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n agenda item</numerusform>
                <numerusform>%n agenda items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attendance record(s)</source>
            <translation>
                <numerusform>%n attendance record</numerusform>
                <numerusform>%n attendance records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s) of a meeting</source>
            <translation>
                <numerusform>%n agenda item of a meeting</numerusform>
                <numerusform>%n agenda items of a meeting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) of a meeting's log</source>
            <translation>
                <numerusform>%n step of a meeting's log</numerusform>
                <numerusform>%n steps of a meeting's log</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkflowBox</name>
        <message numerus="yes">
            <source>Open for %n day(s)</source>
            <translation>
                <numerusform>Open for %n day</numerusform>
                <numerusform>Open for %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Was open %n day(s)</source>
            <translation>
                <numerusform>Was open %n day</numerusform>
                <numerusform>Was open %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) of the plan remove it</source>
            <translation>
                <numerusform>%n action of the plan remove it</numerusform>
                <numerusform>%n actions of the plan remove it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) refer to it</source>
            <translation>
                <numerusform>%n agreement refer to it</numerusform>
                <numerusform>%n agreements refer to it</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Words</name>
        <message numerus="yes">
            <source>%n row(s) written to %1.</source>
            <translation>
                <numerusform>%n row written to %1.</numerusform>
                <numerusform>%n rows written to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n long text(s) were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</source>
            <translation>
                <numerusform>%n long text was cut to %1 characters, Excel's limit; the .csv export keeps it whole.</numerusform>
                <numerusform>%n long texts were cut to %1 characters, Excel's limit; the .csv export keeps them whole.</numerusform>
            </translation>
        </message>
    </context>
</TS>
