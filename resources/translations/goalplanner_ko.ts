<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (total per period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track zone ({0}%+ of plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk zone ({0}–{1}% of plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged (no baseline or plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged: the goal needs a baseline and a plan · latest {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy band {0}–{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↕ keep inside the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest {0} on {1}, plan {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet · the first is due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to draw yet: give the goal a baseline, a target and a deadline, then record check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active goals, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active goals yet. Create a goal, or set a goal&apos;s state to Active, to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the planned change reached at the latest check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more, not shown (the best of the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sub-goals side by side · together: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet. Move a goal under it (Goal menu) to compare them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more sub-goals not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in your currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save chart as &amp;PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>{0} — due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — due {1}, {2} day(s) late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to record this check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a wish like “shorter waits” into a goal your team can meet: what, who, by when, why, and the number that shows it. Or look around the sample plan of a support department first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file, start a new one from the File menu, or look at the sample plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside goalplanner. Your saved work is safe; what you were doing may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly plan: type each week&apos;s actual in the yellow cells; the chart follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly plan: type each month&apos;s actual in the yellow cells; the chart follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly plan (for reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly plan (for reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: a number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: a number of at least {low}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a possible value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{goal}” ({sheet})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal plan: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART goals, their plans and check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep inside the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcelActionsMixin</name>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n goal(s) to {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n actual(s) from {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {size} MB; goalplanner reads workbooks of up to {limit} MB. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is malformed: it would unpack to far more data than a plan holds ({reason}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook ({reason}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was not exported by goalplanner, so there is nothing in it to import. Export the plan (File → Export to Excel), fill in the Actual column, and import that workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was exported by a goalplanner whose workbook layout (version {found}) this one does not read (version {ours}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was exported from another plan ({plan}), not from the plan that is open. Open that plan to import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has {count} {what}; at most {limit} are expected. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changed while {path} was being read (a check-in was recorded or edited). Nothing was imported; import the workbook again to see the changes against the plan as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: it is open in another program, or you may not change it. Close it there (or choose another name) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>{where}: the text has {length} characters, more than the {limit} an Excel cell holds; the workbook shows the first {limit}, the plan keeps it all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {value} is not a number Excel can hold; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalActionsMixin</name>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were entering the goal “{0}” when goalplanner stopped. Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level: no parent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put “{0}” under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal sits under this one: moving would make a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is impossible for {1} ({2} to {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in records what happened: choose today or an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of responses cannot be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is still busy. Your check-in is back in the fields: press Record to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan file is busy: another program is writing to it. Your check-in ({0} on {1}) is kept and will be saved as soon as the file is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record check-in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is impossible for {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split per person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Divide the selected period&apos;s team total between the contributors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type over a planned value to fix it: it is locked and the other periods re-spread so the plan still ends at the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set plan for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset plan to curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;is goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goals side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (also on right-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move goals under this one (Goal menu) to compare them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}% of the planned change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at this pace {0} by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check-in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {0}% of the planned change so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With its sub-goals: {0} (the worst of them counts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop entering this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed can be kept as a draft to finish later, or thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import actuals from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) need correcting: nothing will be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported until these cells are corrected in the workbook (or emptied). Then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n actual(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no new or changed actuals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the sheet is missing (renamed or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its goal is no longer in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goal is now checked {period}ly, but the sheet holds its {old}ly plan: export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is not a period of the goal&apos;s plan any more (rows moved, or the plan was remade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date or time, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is impossible for {metric} ({low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} appears twice in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} was typed as a percentage, but the metric is not measured in per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has not started yet: actuals are recorded for periods that have begun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of (first human reply - ticket created) / tickets replied to; automatic acknowledgements do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail replies average about 12 hours and many firms never reply (SuperOffice); leading teams answer chat within 40 s, social within 1 h and e-mail within 4 h (Lorikeet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Talk time + hold time + after-call work) / contacts handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 6 minutes is the usual convention (Invoca); a Cornell report gives 3 min 10 s (Krisp). Compare with your own baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of (resolved - created) / tickets resolved; say whether first or full resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reliable industry figure: use your own baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts resolved at the first contact / all contacts x 100, usually measured by survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>69% or less is low, 70-79% good, 80% or more world-class; the average is 67% (SQM Group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses scoring 4 or 5 on a 1-5 scale / all responses x 100 (74 of 107 gives 69%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 80% is excellent (SoGoSurvey); world-class centres reach 85% top-box or more (SQM Group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% promoters (9-10) - % detractors (0-6) on the 0-10 &apos;would you recommend&apos; question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global average about +32 (Observe.AI); telecoms 30 or below, retail 50 or above (CustomerGauge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean agreement, 1-7, with &apos;the company made it easy to handle my issue&apos; (CES 2.0); also report the share answering 5-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact-centre operating cost (salaries to software) / contacts handled, per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$540,000 / 120,000 contacts = $4.50 (Klipfolio); live contact about $8.01 against about $0.10 for self-service (Gartner 2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time handling contacts / time logged in x 100 (in Erlang terms, traffic / agents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for 75-85%; 85-90% is pressure, above 90% burns agents out, below 65% is idle time (Call Centre Helper, Turnella).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total wrap-up time / calls handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources range from 30 s to 5 minutes and more: treat as unbenchmarked and use your own baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Contacts offered - answered after the threshold - abandoned after the threshold) / offered x 100, e.g. 80% within 20 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80/20 is the most common target, not a standard (Fonolo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total queue wait of answered calls / answered calls; abandoned calls are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global average about 28 s (Call Centre Helper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts abandoned / contacts offered x 100 (40 of 1,000 is 4%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-8% is typical (Uniphore); many aim for 3-5% (Convin); ICMI sets no standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts transferred / contacts handled x 100; count each call once; IVR to agent is not a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 10% is a common aim, below 5% excellent (KPI Depot, a vendor source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net sentiment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Positive mentions - negative mentions) / all mentions x 100, neutral ones counted in the base (80 positive, 20 negative, 100 neutral gives 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published benchmark: compare month over month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sell close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-sales closed / cross-sell opportunities x 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified benchmark: use your own baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (or contacts) received in the period; self-service and fixing root causes bring it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the same period last year to allow for seasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average call wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time callers wait in the queue / calls offered (abandoned calls included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average speed of answer, the nearest published figure, is about 28 s (Call Centre Helper).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import actuals from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search goals (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a goal to see its plan and record check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move under another goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goals and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About goalplanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About goalplanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goalplanner {0}
SMART goals for customer-service teams, planned and tracked in a file you own.

Data folder: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is open here: use this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>How will you measure it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One metric. Write down where you are now (the baseline) before the target, and ask where the number comes from. A stretch target is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of today&apos;s value (relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stretch target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({0}{1}% relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}%” can mean two things: {1}% relative takes {2}% to {3}%; {1} points takes it to {4}%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {0} or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFilesMixin</name>
    <message>
        <source>Plan already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is open in another goalplanner window, which has been brought to the front. One window per plan keeps two windows from saving over each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goalplanner can copy it into your plans folder ({0}) and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup from {0} exists. Restoring copies it to a new file and opens that; the file above stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (restored {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} already exists. Open it from File → Open plan, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked value stays when the plan is re-spread.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Click a bar to open that goal. Right-click the chart to save or copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Can the team do it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three questions. Answer each honestly: a “no” does not end the goal, it asks how you will get what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: do we have the people to carry the work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: can we pay for it, or cut elsewhere?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: do we have the know-how, or someone to teach it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no: how will you get it, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. training on the new CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work out the agents a queue needs (Erlang C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy cap (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work it out: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Service level {2}%, average wait {3} s, occupancy {4}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount {0}: {1} short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount {0} is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For cost per contact: enter the contacts the budget covers to see the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at today&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts × cost per contact — {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. A copy of the one you choose is saved as a new file beside the plan and opened; the plan and its backups stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no backups yet. File → Back up now makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the goal aloud: would the owner know what to do on Monday? Fix what is marked as an error; warnings are worth a second look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SMART check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
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
        <source>Spread plans over &amp;working days, not calendar days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to plans made or reset from now on; existing plans keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time goalplanner starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <source>Say in one sentence what the team will achieve, e.g. “Cut average call wait time by 50% within six weeks”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” does not say how much or of what. Name the number that will change and by how much, e.g. “from 68% to 85% CSAT”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which team, queue or channel the goal covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one owner who champions the goal; a goal everyone owns, nobody drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a metric from the catalogue, or give a custom metric its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record where you are now (the baseline) before setting a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the baseline was measured, so progress is compared with the right period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the value the metric should reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {metric}, {better} is better, but this goal aims the other way. Check the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target equals the baseline: there is nothing to achieve. Set a different target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s value ({baseline}) already meets the target ({target}). Aim further, or make this a goal to hold the level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch target should go further than the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which runs from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 100% cut cannot be reached for a metric that never goes below zero. Choose a target above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {change} change is likely unrealistic: asks of 75% or more demoralise teams. Split it into stages, or make it the stretch target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {change} change is large. Where does the number come from? Check it against the team&apos;s history or a benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the band to stay within: a lower and an upper value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower end of the band must be below the upper end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s value is already inside the band: this goal is about holding it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered “no” for {resource}: say how the team will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue needs {agents} agents on the phones ({scheduled} on the rota); {headcount} people give about {available} after shrinkage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the goal to a parent goal or to the company strategy, so the team sees what it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it matters to customers and to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing speed, cost or volume alone can hurt service. Consider a companion goal on first contact resolution or CSAT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With {cadence} check-ins there is none before the deadline. Check in more often or allow more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {count} check-in(s) before the deadline: too few to correct course. Check in more often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} will keep {metric} for {scope} within {low} to {high} (now {baseline}) from {start} to {deadline}, checking in {cadence}, because {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} will cut {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} will raise {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split {0} per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 1, 1, 0.5 for a part-timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template fills in the metric and a realistic change for a typical customer-service goal; you check every value on the next pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy a goal in this plan (new dates)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The plan file {path} cannot be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a goalplanner plan file ({reason}). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no plan. It was left untouched; open a backup or create a new file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer goalplanner (file format {file_version}; this version reads up to {app_version}). Update goalplanner to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its folder is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be upgraded from format {from_version} to {to_version} ({reason}). The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {path} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Shorter call waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut average call wait time by 25% within six weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbound queue or phone line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait of all calls offered last month, in seconds, from the phone system&apos;s queue report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long waits are the complaint customers mention first, and they make callers hang up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut first response time on e-mail by 25% this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail or chat channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median or average hours to the first human reply last month; leave automatic acknowledgements out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third of customers want an e-mail answer within an hour; a quick first reply calms the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower cost per contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut cost per contact by 10% within six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One channel (phone, e-mail, chat): costs differ by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter&apos;s contact-centre operating cost (salaries to software) divided by contacts handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money saved on routine contacts pays for the hard ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey customers and raise CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey customers after every contact and raise CSAT by 5 points this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team or channel surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of 4 and 5 answers on the 1-5 survey last quarter (satisfied / all responses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular surveys show what customers feel while there is still time to act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deflect calls to self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut support call volume 25% versus last year through a self-service library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support calls for the products the library covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls received in the same month last year, so seasons do not blur the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most customers would rather find the answer themselves; every call avoided frees an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy agent occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep agent occupancy within 75-85% every week this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent group or queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling time over logged-in time last month, from the workforce report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above 85% agents burn out and leave; below 75% the team pays for idle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-call work under ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring average after-call work under 10 minutes within two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total wrap-up time over calls handled last month, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent on notes after a call is time the next caller waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer unnecessary transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbound queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls transferred over calls handled last quarter; count each call once, IVR routing is not a transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every needless transfer makes the customer tell the story again. Pair it with the beneficial-transfers goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More transfers to the right expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly transfers that reached the right expert and solved the issue, from call reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companion of the transfer cut: agents must not stop sending callers to the person who can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve more on first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise first contact resolution by 3 points within six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team or queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers who say in the survey that one contact solved it, last quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem solved at once saves the customer a second call and the team a second contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise our Net Promoter Score by 5 points this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers, or one segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) over the last survey period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who recommend us bring the next customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer abandoned calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the abandonment rate down to 5% this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls abandoned over calls offered last month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller who hangs up is a customer we did not serve, and often one who calls again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better customer onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the share of new customers onboarded within 30 days by 10 points this half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers of one product or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of last quarter&apos;s new customers, the share who completed set-up within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who get going quickly contact us less and stay longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help agents grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every agent two 1:1 coaching sessions a month by the end of the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many 1:1s with personal feedback each agent had last month, on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents who get feedback improve faster and stay longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>What will the team achieve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence with the number that changes and by how much, e.g. “Cut average call wait time by 50% within six weeks”. Avoid “improve” or “better” on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut average call wait time by 50% within six weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. inbound support queue, e-mail channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>By when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline, and check-ins often enough to correct course before it: weekly for a six-week goal, monthly for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins before the deadline: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Who owns it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One named owner drives the goal. List who contributes, and ask a second manager to review it: a reality check before the team commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mark Ellis (support lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or teams, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why does it matter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what customers and the team gain, and link the goal to the goal above it or to the company strategy, so everyone sees what it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Win on service, not on price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serves goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or s&amp;trategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (top-level goal)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
