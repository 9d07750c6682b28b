<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <source>%n agent goals sit under this goal; it is judged on its own check-ins.</source>
        <translation>
            <numerusform>%n agent goal sits under this goal; it is judged on its own check-ins.</numerusform>
            <numerusform>%n agent goals sit under this goal; it is judged on its own check-ins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Actuals come from %n agents</source>
        <translation>
            <numerusform>Actuals come from %n agent</numerusform>
            <numerusform>Actuals come from %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this month)</source>
        <translation>
            <numerusform>(%n reported this month)</numerusform>
            <numerusform>(%n reported this month)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this week)</source>
        <translation>
            <numerusform>(%n reported this week)</numerusform>
            <numerusform>(%n reported this week)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineFromExport</name>
    <message numerus="yes">
        <source>From an export: {0} over %n period(s), up to {1}.</source>
        <translation>
            <numerusform>From an export: {0} over %n period, up to {1}.</numerusform>
            <numerusform>From an export: {0} over %n periods, up to {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message numerus="yes">
        <source>Exported the check-in dates of %n goal(s) to {0}</source>
        <translation>
            <numerusform>Exported the check-in dates of %n goal to {0}</numerusform>
            <numerusform>Exported the check-in dates of %n goals to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message numerus="yes">
        <source>{0} — due {1}, %n day(s) late</source>
        <translation>
            <numerusform>{0} — due {1}, %n day late</numerusform>
            <numerusform>{0} — due {1}, %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message numerus="yes">
        <source>Exported %n goal(s) to {0}</source>
        <translation>
            <numerusform>Exported %n goal to {0}</numerusform>
            <numerusform>Exported %n goals to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual(s)</source>
        <translation>
            <numerusform>Import %n actual</numerusform>
            <numerusform>Import %n actuals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n actual(s) from {0}</source>
        <translation>
            <numerusform>Imported %n actual from {0}</numerusform>
            <numerusform>Imported %n actuals from {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message numerus="yes">
        <source>Split “{0}” among %n agents</source>
        <translation>
            <numerusform>Split “{0}” among %n agent</numerusform>
            <numerusform>Split “{0}” among %n agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n cell(s) need correcting: nothing will be imported.</source>
        <translation>
            <numerusform>%n cell needs correcting: nothing will be imported.</numerusform>
            <numerusform>%n cells need correcting: nothing will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check.</source>
        <translation>
            <numerusform>%n value to check.</numerusform>
            <numerusform>%n values to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n actual(s)</source>
        <translation>
            <numerusform>&amp;Import %n actual</numerusform>
            <numerusform>&amp;Import %n actuals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no value for the metric)</source>
        <translation>
            <numerusform>%n skipped (no value for the metric)</numerusform>
            <numerusform>%n skipped (no value for the metric)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) counted once</source>
        <translation>
            <numerusform>%n duplicate counted once</numerusform>
            <numerusform>%n duplicates counted once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the filter</source>
        <translation>
            <numerusform>%n left out by the filter</numerusform>
            <numerusform>%n left out by the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import records %n check-in(s).</source>
        <translation>
            <numerusform>Import records %n check-in.</numerusform>
            <numerusform>Import records %n check-ins.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFromExport</name>
    <message numerus="yes">
        <source>%n month(s) rest on fewer than {0}.</source>
        <translation>
            <numerusform>%n month rests on fewer than {0}.</numerusform>
            <numerusform>%n months rest on fewer than {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The 12 months up to {0} are needed; the export has nothing for %n month(s): {1}. Nothing was changed.</source>
        <translation>
            <numerusform>The 12 months up to {0} are needed; the export has nothing for %n month: {1}. Nothing was changed.</numerusform>
            <numerusform>The 12 months up to {0} are needed; the export has nothing for %n months: {1}. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>and %n earlier check-in(s)</source>
        <translation>
            <numerusform>and %n earlier check-in</numerusform>
            <numerusform>and %n earlier check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active goals: %n</source>
        <translation>
            <numerusform>Active goals: %n</numerusform>
            <numerusform>Active goals: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins in the last %n day(s)</source>
        <translation>
            <numerusform>Check-ins in the last %n day</numerusform>
            <numerusform>Check-ins in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}</source>
        <translation>
            <numerusform>Saved %n page to {0}</numerusform>
            <numerusform>Saved %n pages to {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message numerus="yes">
        <source>It covers %Ln contact(s).</source>
        <translation>
            <numerusform>It covers %Ln contact.</numerusform>
            <numerusform>It covers %Ln contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>Needs %n agent on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</numerusform>
            <numerusform>Needs %n agents on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The busiest week needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>The busiest week needs %n agent on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</numerusform>
            <numerusform>The busiest week needs %n agents on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.</source>
        <translation>
            <numerusform>%n of {weeks} weeks is short of agents; the worst, week {week}, needs {need} and has {available}.</numerusform>
            <numerusform>%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message numerus="yes">
        <source>The queue needs %n agent(s) on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</source>
        <translation>
            <numerusform>The queue needs %n agent on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</numerusform>
            <numerusform>The queue needs %n agents on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message numerus="yes">
        <source>Not ticked: the team has %n check-in(s) of its own, which it keeps being judged on until its agents report (switch in its detail).</source>
        <translation>
            <numerusform>Not ticked: the team has %n check-in of its own, which it keeps being judged on until its agents report (switch in its detail).</numerusform>
            <numerusform>Not ticked: the team has %n check-ins of its own, which it keeps being judged on until its agents report (switch in its detail).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n agent goals</source>
        <translation>
            <numerusform>&amp;Create %n agent goal</numerusform>
            <numerusform>&amp;Create %n agent goals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffingWords</name>
    <message numerus="yes">
        <source>%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.</source>
        <translation>
            <numerusform>%n of {0} weeks is short of agents; the worst, week {1}, needs {2} and {3} are available.</numerusform>
            <numerusform>%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamGridDialog</name>
    <message numerus="yes">
        <source>&amp;Save %n check-in(s)</source>
        <translation>
            <numerusform>&amp;Save %n check-in</numerusform>
            <numerusform>&amp;Save %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team week grid: %n check-in(s)</source>
        <translation>
            <numerusform>Team week grid: %n check-in</numerusform>
            <numerusform>Team week grid: %n check-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPlanView</name>
    <message numerus="yes">
        <source>Goals in this plan: %n</source>
        <translation>
            <numerusform>Goals in this plan: %n</numerusform>
            <numerusform>Goals in this plan: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message numerus="yes">
        <source>Import %n check-in(s) from an export</source>
        <translation>
            <numerusform>Import %n check-in from an export</numerusform>
            <numerusform>Import %n check-ins from an export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n check-in(s) from {0}</source>
        <translation>
            <numerusform>Imported %n check-in from {0}</numerusform>
            <numerusform>Imported %n check-ins from {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message numerus="yes">
        <source>&amp;Record %n check-in(s)</source>
        <translation>
            <numerusform>&amp;Record %n check-in</numerusform>
            <numerusform>&amp;Record %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weekly review: %n check-in(s)</source>
        <translation>
            <numerusform>Weekly review: %n check-in</numerusform>
            <numerusform>Weekly review: %n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Save the %n check-in(s) typed in this review?</source>
        <translation>
            <numerusform>Save the %n check-in typed in this review?</numerusform>
            <numerusform>Save the %n check-ins typed in this review?</numerusform>
        </translation>
    </message>
</context>
</TS>
