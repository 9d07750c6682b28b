<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <source>%n agent goals sit under this goal; it is judged on its own check-ins.</source>
        <translation>
            <numerusform>%n obiectiv de agent se află sub acest obiectiv; este judecat după propriile raportări.</numerusform>
            <numerusform>%n obiective de agent se află sub acest obiectiv; este judecat după propriile raportări.</numerusform>
            <numerusform>%n de obiective de agent se află sub acest obiectiv; este judecat după propriile raportări.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take actuals from &amp;agents</source>
        <translation>Preia realizările de la &amp;agenți</translation>
    </message>
    <message numerus="yes">
        <source>Actuals come from %n agents</source>
        <translation>
            <numerusform>Realizările vin de la %n agent</numerusform>
            <numerusform>Realizările vin de la %n agenți</numerusform>
            <numerusform>Realizările vin de la %n de agenți</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this month)</source>
        <translation>
            <numerusform>(%n a raportat luna aceasta)</numerusform>
            <numerusform>(%n au raportat luna aceasta)</numerusform>
            <numerusform>(%n de agenți au raportat luna aceasta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this week)</source>
        <translation>
            <numerusform>(%n a raportat săptămâna aceasta)</numerusform>
            <numerusform>(%n au raportat săptămâna aceasta)</numerusform>
            <numerusform>(%n de agenți au raportat săptămâna aceasta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: {0}</source>
        <translation>Încă nu: {0}</translation>
    </message>
    <message>
        <source>Use own &amp;check-ins</source>
        <translation>Folosește propriile &amp;raportări</translation>
    </message>
    <message>
        <source>Judge the team goal on check-ins typed for it, not on its agents&apos; (undoable).</source>
        <translation>Judecă obiectivul echipei după raportările introduse pentru el, nu după cele ale agenților (se poate anula).</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
</context>
<context>
    <name>BaselineFromExport</name>
    <message>
        <source>Compute from an e&amp;xport…</source>
        <translation>Calculează dintr-un e&amp;xport…</translation>
    </message>
    <message>
        <source>The export holds no finished period: no baseline from it.</source>
        <translation>Exportul nu conține nicio perioadă încheiată: nu se poate calcula valoarea inițială.</translation>
    </message>
    <message numerus="yes">
        <source>From an export: {0} over %n period(s), up to {1}.</source>
        <translation>
            <numerusform>Dintr-un export: {0} în %n perioadă, până la {1}.</numerusform>
            <numerusform>Dintr-un export: {0} în %n perioade, până la {1}.</numerusform>
            <numerusform>Dintr-un export: {0} în %n de perioade, până la {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>the deadline comes before the start</source>
        <translation>Termenul este înaintea datei de început.</translation>
    </message>
    <message>
        <source>equal percentage steps need a baseline and a target above zero</source>
        <translation>Pașii procentuali egali necesită o valoare inițială și o țintă peste zero.</translation>
    </message>
    <message>
        <source>a seasonal curve follows calendar days; leave the working calendar out</source>
        <translation>O curbă sezonieră urmează zilele calendaristice; nu folosiți calendarul de lucru.</translation>
    </message>
    <message>
        <source>there are no working days between the start and the deadline</source>
        <translation>Nu există zile lucrătoare între data de început și termen.</translation>
    </message>
    <message>
        <source>the last period is the target itself: change the goal&apos;s target instead</source>
        <translation>Ultima perioadă este chiar ținta: modificați în schimb ținta obiectivului.</translation>
    </message>
    <message>
        <source>Name at least one person to split the target between.</source>
        <translation>Numiți cel puțin o persoană între care să fie împărțită ținta.</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>Fiecare persoană poate apărea o singură dată.</translation>
    </message>
    <message>
        <source>Give one weight per person, none negative, not all zero.</source>
        <translation>Indicați câte o pondere pentru fiecare persoană, niciuna negativă și nu toate zero.</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Weekly</source>
        <translation>Săptămânal</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>La două săptămâni</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Lunar</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Check in: {title}</source>
        <translation>Raportare: {title}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Responsabil: {owner}</translation>
    </message>
    <message>
        <source>The last check-in, on the deadline: record the final value and close the goal.</source>
        <translation>Ultima raportare, la termen: înregistrați valoarea finală și închideți obiectivul.</translation>
    </message>
    <message>
        <source>{plan} check-ins</source>
        <translation>Raportări {plan}</translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>{0} check-ins.ics</source>
        <translation>Raportări {0}.ics</translation>
    </message>
    <message>
        <source>Export check-in dates</source>
        <translation>Exportă datele raportărilor</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>Fișier iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Check-in dates not exported</source>
        <translation>Datele raportărilor nu au fost exportate</translation>
    </message>
    <message numerus="yes">
        <source>Exported the check-in dates of %n goal(s) to {0}</source>
        <translation>
            <numerusform>Datele raportărilor pentru %n obiectiv au fost exportate în {0}</numerusform>
            <numerusform>Datele raportărilor pentru %n obiective au fost exportate în {0}</numerusform>
            <numerusform>Datele raportărilor pentru %n de obiective au fost exportate în {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins ahead</source>
        <translation>Nicio raportare programată</translation>
    </message>
    <message>
        <source>No active goal has a check-in ahead: the calendar file holds no events.</source>
        <translation>Niciun obiectiv activ nu are o raportare programată: fișierul calendar nu conține evenimente.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan (total per period)</source>
        <translation>Plan (total pe perioadă)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>On track zone ({0}%+ of plan)</source>
        <translation>Zona conform planului ({0}%+ din plan)</translation>
    </message>
    <message>
        <source>At risk zone ({0}–{1}% of plan)</source>
        <translation>Zona la risc ({0}–{1}% din plan)</translation>
    </message>
    <message>
        <source>Not judged (no baseline or plan)</source>
        <translation>Neevaluat (fără valoare inițială sau plan)</translation>
    </message>
    <message>
        <source>Not judged: the goal needs a baseline and a plan · latest {0} on {1}</source>
        <translation>Neevaluat: obiectivul are nevoie de o valoare inițială și de un plan · ultima valoare {0} la {1}</translation>
    </message>
    <message>
        <source>Healthy band {0}–{1}</source>
        <translation>Interval optim {0}–{1}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>Țintă {0}</translation>
    </message>
    <message>
        <source>Stretch {0}</source>
        <translation>Țintă ambițioasă {0}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ mai mic e mai bine</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ mai mare e mai bine</translation>
    </message>
    <message>
        <source>↕ keep inside the band</source>
        <translation>↕ în interiorul intervalului</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} din {1}</translation>
    </message>
    <message>
        <source>latest {0} on {1}, plan {2}</source>
        <translation>ultima valoare {0} la {1}, plan {2}</translation>
    </message>
    <message>
        <source>latest {0} on {1}</source>
        <translation>ultima valoare {0} la {1}</translation>
    </message>
    <message>
        <source>No check-in yet · the first is due {0}</source>
        <translation>Nicio raportare încă · prima este scadentă la {0}</translation>
    </message>
    <message>
        <source>No check-in yet · ready to close</source>
        <translation>Nicio raportare încă · gata de închidere</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>gata de închidere</translation>
    </message>
    <message>
        <source>Nothing to draw yet: give the goal a baseline, a target and a deadline, then record check-ins.</source>
        <translation>Nimic de afișat încă: dați obiectivului o valoare inițială, o țintă și un termen, apoi înregistrați raportări.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Nicio raportare încă</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Active goals, worst first</source>
        <translation>Obiective active, cele mai slabe primele</translation>
    </message>
    <message>
        <source>No active goals yet. Create a goal, or set a goal&apos;s state to Active, to see it here.</source>
        <translation>Încă nu există obiective active. Creați un obiectiv sau setați starea unui obiectiv la Activ pentru a-l vedea aici.</translation>
    </message>
    <message>
        <source>Share of the planned change reached at the latest check-in</source>
        <translation>Partea din schimbarea planificată atinsă la ultima raportare</translation>
    </message>
    <message>
        <source>… and {0} more, not shown (the best of the list)</source>
        <translation>… și încă {0}, neafișate (cele mai bune din listă)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>în interval</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>nimic scadent încă</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>nicio raportare încă</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>în afara intervalului</translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation>mai rău decât valoarea inițială</translation>
    </message>
    <message>
        <source>Its sub-goals side by side · together: {0}</source>
        <translation>Subobiectivele sale alăturate · împreună: {0}</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet. Move a goal under it (Goal menu) to compare them here.</source>
        <translation>Acest obiectiv nu are încă subobiective. Mutați un obiectiv sub el (meniul Obiectiv) pentru a le compara aici.</translation>
    </message>
    <message>
        <source>{0} more sub-goals not shown</source>
        <translation>Subobiective neafișate: {0}</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secunde</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puncte</translation>
    </message>
    <message>
        <source>score</source>
        <translation>scor</translation>
    </message>
    <message>
        <source>in your currency</source>
        <translation>în moneda dvs.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacte</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Th&amp;is goal</source>
        <translation>Acest ob&amp;iectiv</translation>
    </message>
    <message>
        <source>Sub-goals side &amp;by side</source>
        <translation>Subobiective &amp;alăturate</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>Salvează &amp;graficul…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (also on right-click).</source>
        <translation>Salvați graficul ca imagine PNG sau desen SVG (și prin clic dreapta).</translation>
    </message>
    <message>
        <source>Move goals under this one (Goal menu) to compare them here.</source>
        <translation>Mutați obiective sub acesta (meniul Obiectiv) pentru a le compara aici.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>MMM yyyy</source>
        <comment>date on a chart axis: month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date on a chart axis: month</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Se desenează…</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG image…</source>
        <translation>Salvează graficul ca imagine &amp;PNG…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG drawing…</source>
        <translation>Salvează graficul ca desen &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Copiază graficul</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagine PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Desen SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Salvează graficul</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graficul nu a fost salvat</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Actual value</source>
        <translation>Valoare realizată</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce s-a întâmplat (opțional)</translation>
    </message>
    <message>
        <source>The day the actual is for: today or an earlier day. Up and Down change it.</source>
        <translation>Ziua pentru care este valoarea realizată: azi sau o zi anterioară. Tastele Sus și Jos o schimbă.</translation>
    </message>
    <message>
        <source>What happened, for whoever reads the history later (optional).</source>
        <translation>Ce s-a întâmplat, pentru cine va citi istoricul mai târziu (opțional).</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>Î&amp;ncredere:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nespecificat</translation>
    </message>
    <message>
        <source>How the owner sees the goal going (optional). The status beside it is worked out from the plan and stays as it is.</source>
        <translation>Cum vede responsabilul mersul obiectivului (opțional). Statusul de alături este calculat din plan și rămâne așa cum este.</translation>
    </message>
    <message>
        <source>Blocker or next step (optional)</source>
        <translation>Obstacol sau pasul următor (opțional)</translation>
    </message>
    <message>
        <source>What stands in the way, or what happens next (optional).</source>
        <translation>Ce stă în cale sau ce urmează (opțional).</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Înr&amp;egistrează</translation>
    </message>
    <message>
        <source>Don&apos;t save it</source>
        <translation>Nu o salva</translation>
    </message>
    <message>
        <source>{0} on that day.</source>
        <translation>{0} în ziua respectivă.</translation>
    </message>
    <message>
        <source>{0} on that day, written like {1}.</source>
        <translation>{0} în ziua respectivă, scris sub forma {1}.</translation>
    </message>
    <message>
        <source>Or type the two counts below: the actual is worked out from them.</source>
        <translation>Sau introduceți cele două numere de mai jos: valoarea realizată se calculează din ele.</translation>
    </message>
    <message>
        <source>A check-in records what happened: choose today or an earlier date.</source>
        <translation>O raportare consemnează ce s-a întâmplat: alegeți data de azi sau o dată anterioară.</translation>
    </message>
    <message>
        <source>The number of responses cannot be 0.</source>
        <translation>Numărul de răspunsuri nu poate fi 0.</translation>
    </message>
    <message>
        <source>{0} is impossible for {1}: it cannot be below {2}.</source>
        <translation>{0} nu este o valoare posibilă pentru „{1}”: nu poate fi sub {2}.</translation>
    </message>
    <message>
        <source>{0} is impossible for {1} ({2} to {3}).</source>
        <translation>{0} nu este o valoare posibilă pentru „{1}” (între {2} și {3}).</translation>
    </message>
    <message>
        <source>Replace check-in with {0}</source>
        <translation>Înlocuire raportare cu {0}</translation>
    </message>
    <message>
        <source>The plan file is still busy. Your check-in is back in the fields: press Record to try again.</source>
        <translation>Fișierul de plan este încă ocupat. Raportarea dvs. a fost pusă înapoi în câmpuri: apăsați Înregistrează pentru a încerca din nou.</translation>
    </message>
    <message>
        <source>The plan file is busy: another program is writing to it. Your check-in ({0} on {1}) is kept and will be saved as soon as the file is free.</source>
        <translation>Fișierul de plan este ocupat: alt program scrie în el. Raportarea dvs. ({0} la {1}) este păstrată și va fi salvată de îndată ce fișierul devine liber.</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>Obiectivul nu mai există.</translation>
    </message>
    <message>
        <source>Record check-in {0}</source>
        <translation>Înregistrare raportare {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nesalvat.</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>&amp;Delete check-in</source>
        <translation>Ș&amp;terge raportarea</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>Obiectivul nu mai există.</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Editare raportare</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Ștergere raportare</translation>
    </message>
</context>
<context>
    <name>CheckInQuestions</name>
    <message>
        <source>A slip of the keyboard is easy to make. Record it anyway?</source>
        <translation>O greșeală de tastare se face ușor. O înregistrați totuși?</translation>
    </message>
    <message>
        <source>&amp;Record anyway</source>
        <translation>Înr&amp;egistrează oricum</translation>
    </message>
    <message>
        <source>&amp;Check the value</source>
        <translation>&amp;Verifică valoarea</translation>
    </message>
    <message>
        <source>{0} is far outside what this goal has seen ({1} to {2}).</source>
        <translation>{0} este mult în afara valorilor înregistrate până acum pentru acest obiectiv (între {1} și {2}).</translation>
    </message>
    <message>
        <source>{0} is {1} hours.</source>
        <translation>{0} înseamnă {1} ore.</translation>
    </message>
    <message>
        <source>{0} is {1} minutes.</source>
        <translation>{0} înseamnă {1} minute.</translation>
    </message>
    <message>
        <source>{0} is already recorded for {1}.</source>
        <translation>Pentru {1} este deja înregistrată valoarea {0}.</translation>
    </message>
    <message>
        <source>Replace it with {0}, or keep both check-ins for that date?</source>
        <translation>O înlocuiți cu {0} sau păstrați ambele raportări pentru acea dată?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>Î&amp;nlocuiește</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Păstrează ambele</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Raportare</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Pasul următor</translation>
    </message>
    <message>
        <source>The owner&apos;s confidence, as said when recording the check-in.</source>
        <translation>Încrederea responsabilului, așa cum a spus-o la înregistrarea verificării.</translation>
    </message>
    <message>
        <source>What blocks the goal, or the next step, as said when recording the check-in.</source>
        <translation>Ce blochează obiectivul sau pasul următor, așa cum s-a spus la înregistrarea verificării.</translation>
    </message>
    <message>
        <source>How the owner saw the goal going when recording it; the status is worked out from the plan.</source>
        <translation>Cum vedea responsabilul mersul obiectivului la înregistrare; statusul este calculat din plan.</translation>
    </message>
    <message>
        <source>Recorded as {0}</source>
        <translation>Înregistrat ca {0}</translation>
    </message>
    <message>
        <source>The planned total of the period of this date, which it is judged against.</source>
        <translation>Totalul planificat al perioadei din care face parte această dată, față de care este evaluată raportarea.</translation>
    </message>
    <message>
        <source>The plan on this date, which the check-in is judged against.</source>
        <translation>Planul la această dată, față de care este evaluată raportarea.</translation>
    </message>
    <message>
        <source>Owner&apos;s confidence: {0}</source>
        <translation>Încrederea responsabilului: {0}</translation>
    </message>
    <message>
        <source>Blocker or next step: {0}</source>
        <translation>Obstacol sau pasul următor: {0}</translation>
    </message>
    <message>
        <source>The share of the planned change made so far (100% is on plan).</source>
        <translation>Partea din schimbarea planificată realizată până acum (100% înseamnă conform planului).</translation>
    </message>
</context>
<context>
    <name>CloseGoalDialog</name>
    <message>
        <source>Close goal</source>
        <translation>Închiderea obiectivului</translation>
    </message>
    <message>
        <source>Say how the goal ended and what the team learned. The goal leaves the list of open goals; Undo or Goal → Reopen brings it back.</source>
        <translation>Spuneți cum s-a încheiat obiectivul și ce a învățat echipa. Obiectivul iese din lista obiectivelor deschise; Anulează sau Obiectiv → Redeschide îl aduce înapoi.</translation>
    </message>
    <message>
        <source>The target was reached.</source>
        <translation>Ținta a fost atinsă.</translation>
    </message>
    <message>
        <source>The deadline came before the target.</source>
        <translation>Termenul a venit înaintea țintei.</translation>
    </message>
    <message>
        <source>Stopped on purpose: priorities changed.</source>
        <translation>Oprit intenționat: prioritățile s-au schimbat.</translation>
    </message>
    <message>
        <source>What worked, what did not, what the next goal should do differently</source>
        <translation>Ce a funcționat, ce nu, ce ar trebui să facă diferit următorul obiectiv</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name</source>
        <translation>Numele evaluatorului</translation>
    </message>
    <message>
        <source>on</source>
        <translation>pe</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Rezultat:</translation>
    </message>
    <message>
        <source>&amp;Final value:</source>
        <translation>Valoare &amp;finală:</translation>
    </message>
    <message>
        <source>What was &amp;learned:</source>
        <translation>&amp;Lecții învățate:</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>&amp;Aprobat de:</translation>
    </message>
    <message>
        <source>&amp;Close goal</source>
        <translation>În&amp;chide obiectivul</translation>
    </message>
    <message>
        <source>Enter the date of the sign-off.</source>
        <translation>Introduceți data aprobării.</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <source>This goal is closed. To record more check-ins, reopen it (Goal → Reopen goal).</source>
        <translation>Acest obiectiv este închis. Pentru a înregistra alte verificări, redeschideți-l (Obiectiv → Redeschide obiectivul).</translation>
    </message>
    <message>
        <source>What was learned: {0}</source>
        <translation>Lecții învățate: {0}</translation>
    </message>
    <message>
        <source>No lessons recorded.</source>
        <translation>Nicio lecție înregistrată.</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>Închis: {outcome}</translation>
    </message>
    <message>
        <source>signed off by {name} on {day}</source>
        <translation>aprobat de {name} la {day}</translation>
    </message>
    <message>
        <source>signed off by {name}</source>
        <translation>aprobat de {name}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>Introduceți o dată.</translation>
    </message>
    <message>
        <source>Which year? Write it with four digits, e.g. “{0}”.</source>
        <translation>Ce an? Scrieți-l cu patru cifre, ex. „{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it like {1} or {2}.</source>
        <translation>„{0}” nu este o dată. Scrieți-o ca {1} sau {2}.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Alegeți din calendar (Alt+Săgeată jos)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation>Mai mare e mai bine</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Mai mic e mai bine</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>În interiorul unui interval</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>{0} — ready to close</source>
        <translation>{0} — gata de închidere</translation>
    </message>
    <message>
        <source>Past its deadline. Press Enter or double-click to close it (Goal → Close…).</source>
        <translation>Termenul a trecut. Apăsați Enter sau faceți dublu clic pentru a-l închide (Obiectiv → Închide obiectivul…).</translation>
    </message>
    <message>
        <source>{0} — due today</source>
        <translation>{0} — raportare scadentă azi</translation>
    </message>
    <message numerus="yes">
        <source>{0} — due {1}, %n day(s) late</source>
        <translation>
            <numerusform>{0} — raportare scadentă la {1}, cu %n zi întârziere</numerusform>
            <numerusform>{0} — raportare scadentă la {1}, cu %n zile întârziere</numerusform>
            <numerusform>{0} — raportare scadentă la {1}, cu %n de zile întârziere</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to record this check-in.</source>
        <translation>Apăsați Enter sau faceți dublu clic pentru a înregistra această raportare.</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt; · ready to close: {1}</source>
        <translation>&lt;b&gt;Raportări scadente acum: {0}&lt;/b&gt; · gata de închidere: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Raportări scadente acum: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals ready to close: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Obiective gata de închidere: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>Nicio raportare scadentă.</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Revizuire săptămânală…</translation>
    </message>
    <message>
        <source>Record every due check-in in one table (View → Weekly review).</source>
        <translation>Înregistrați toate raportările scadente într-un singur tabel (Vizualizare → Revizuire săptămânală).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the sample plan</source>
        <translation>Deschide planul de exemplu</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Niciun obiectiv încă</translation>
    </message>
    <message>
        <source>Turn a wish like “shorter waits” into a goal your team can meet: what, who, by when, why, and the number that shows it. Or look around the sample plan of a support department first.</source>
        <translation>Transformați o dorință precum „așteptări mai scurte” într-un obiectiv pe care echipa îl poate atinge: ce, cine, până când, de ce și cifra care o arată. Sau explorați mai întâi planul de exemplu al unui departament de suport.</translation>
    </message>
    <message>
        <source>Create your first goal</source>
        <translation>Creați primul obiectiv</translation>
    </message>
    <message>
        <source>No plan is open</source>
        <translation>Niciun plan deschis</translation>
    </message>
    <message>
        <source>Open a plan file, start a new one from the File menu, or look at the sample plan.</source>
        <translation>Deschideți un fișier de plan, creați unul nou din meniul Fișier sau priviți planul de exemplu.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Deschide un plan…</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Eroare neașteptată</translation>
    </message>
    <message>
        <source>Something went wrong inside goalplanner. Your saved work is safe; what you were doing may not have finished.</source>
        <translation>Ceva nu a funcționat în goalplanner. Munca salvată este în siguranță; este posibil ca ultima operație să nu se fi încheiat.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiază detaliile</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Raportări</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Valoare inițială</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Țintă ambițioasă</translation>
    </message>
    <message>
        <source>Healthy band</source>
        <translation>Interval optim</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Ultima valoare realizată</translation>
    </message>
    <message>
        <source>Latest on</source>
        <translation>Data ultimei raportări</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>Cu subobiectivele</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>Evaluat față de</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foaie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abatere</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Grad de realizare</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>Obstacol sau pasul următor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numărător</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Numitor</translation>
    </message>
    <message>
        <source>Weekly plan: type each week&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>Plan săptămânal: introduceți valoarea realizată a fiecărei săptămâni în celulele galbene; graficul se actualizează.</translation>
    </message>
    <message>
        <source>Monthly plan: type each month&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>Plan lunar: introduceți valoarea realizată a fiecărei luni în celulele galbene; graficul se actualizează.</translation>
    </message>
    <message>
        <source>Weekly plan (for reference)</source>
        <translation>Plan săptămânal (pentru referință)</translation>
    </message>
    <message>
        <source>Monthly plan (for reference)</source>
        <translation>Plan lunar (pentru referință)</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>Plan față de realizat</translation>
    </message>
    <message>
        <source>{metric}: a number from {low} to {high}.</source>
        <translation>{metric}: un număr între {low} și {high}.</translation>
    </message>
    <message>
        <source>{metric}: a number of at least {low}.</source>
        <translation>{metric}: un număr de cel puțin {low}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Un număr.</translation>
    </message>
    <message>
        <source>Not a possible value</source>
        <translation>Valoare imposibilă</translation>
    </message>
    <message>
        <source>“{goal}” ({sheet})</source>
        <translation>„{goal}” ({sheet})</translation>
    </message>
    <message>
        <source>Goal plan: {plan}</source>
        <translation>Plan de obiective: {plan}</translation>
    </message>
    <message>
        <source>SMART goals, their plans and check-ins</source>
        <translation>Obiective SMART, cu planurile și raportările lor</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>mai mic e mai bine</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mai mare e mai bine</translation>
    </message>
    <message>
        <source>keep inside the band</source>
        <translation>în interiorul intervalului</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizat</translation>
    </message>
    <message>
        <source>Exported on {day}</source>
        <translation>Exportat la {day}</translation>
    </message>
    <message>
        <source>Exported on {day} by {person}</source>
        <translation>Exportat la {day} de {person}</translation>
    </message>
    <message>
        <source>{status}: {percent}% or more of the planned change made</source>
        <translation>{status}: cel puțin {percent}% din schimbarea planificată este realizată</translation>
    </message>
    <message>
        <source>{status}: {low}–{high}%</source>
        <translation>{status}: {low}–{high}%</translation>
    </message>
    <message>
        <source>{status}: under {percent}%, or worse than the baseline</source>
        <translation>{status}: sub {percent}% sau mai rău decât valoarea inițială</translation>
    </message>
    <message>
        <source>{status}: the target is reached</source>
        <translation>{status}: ținta este atinsă</translation>
    </message>
    <message>
        <source>owner: {confidence}</source>
        <translation>responsabil: {confidence}</translation>
    </message>
    <message>
        <source>How the owner sees the goal: {choices}.</source>
        <translation>Cum vede responsabilul obiectivul: {choices}.</translation>
    </message>
    <message>
        <source>{status}: the worst status of the goal and the goals under it</source>
        <translation>{status}: cel mai slab status dintre obiectiv și obiectivele de sub el</translation>
    </message>
    <message>
        <source>Agents – {goal}</source>
        <translation>Agenți – {goal}</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric} ({unit})</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual in the yellow cells. The team row is computed from the agents: {rule}.</source>
        <translation>Introduceți valoarea realizată a fiecărui agent în celulele galbene. Rândul echipei se calculează din agenți: {rule}.</translation>
    </message>
    <message>
        <source>the sum of their values</source>
        <translation>suma valorilor lor</translation>
    </message>
    <message>
        <source>their values weighted by the contacts each handled</source>
        <translation>valorile lor ponderate cu contactele gestionate de fiecare</translation>
    </message>
    <message>
        <source>their shares weighted by each one&apos;s contacts, which is all numerators over all contacts</source>
        <translation>ponderile lor ponderate cu contactele fiecăruia, adică toți numărătorii împărțiți la toate contactele</translation>
    </message>
    <message>
        <source>done when every agent&apos;s is done</source>
        <translation>gata când fiecare agent a terminat</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team (from the agents)</source>
        <translation>Echipa (din agenți)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Planul echipei</translation>
    </message>
    <message>
        <source>Agents reported</source>
        <translation>Agenți care au raportat</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Total echipă</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Contacte gestionate</translation>
    </message>
    <message>
        <source>Contacts counted (the base of the share)</source>
        <translation>Contacte numărate (baza ponderii)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurse</translation>
    </message>
    <message>
        <source>For reading: change them in goalplanner. Import brings back only the actuals.</source>
        <translation>Doar pentru citire: modificați-le în goalplanner. Importul aduce înapoi doar valorile realizate.</translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} nu există.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export în Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n goal(s) to {0}</source>
        <translation>
            <numerusform>%n obiectiv exportat în {0}</numerusform>
            <numerusform>%n obiective exportate în {0}</numerusform>
            <numerusform>%n de obiective exportate în {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with changes</source>
        <translation>Exportat, cu modificări</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export anulat: nu a fost scris niciun fișier.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Se scrie {0}…</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>Registrul de lucru nu a fost scris</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Import valori realizate</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Se citește {0}…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nu s-a importat nimic</translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual(s)</source>
        <translation>
            <numerusform>Import %n valoare realizată</numerusform>
            <numerusform>Import %n valori realizate</numerusform>
            <numerusform>Import %n de valori realizate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n actual(s) from {0}</source>
        <translation>
            <numerusform>%n valoare realizată importată din {0}</numerusform>
            <numerusform>%n valori realizate importate din {0}</numerusform>
            <numerusform>%n de valori realizate importate din {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} nu există.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; goalplanner reads workbooks of up to {limit} MB. Nothing was imported.</source>
        <translation>{path} are {size} MB; goalplanner citește registre de lucru de cel mult {limit} MB. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>{path} nu este un registru de lucru Excel (.xlsx). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>{path} is malformed: it would unpack to far more data than a plan holds ({reason}). Nothing was imported.</source>
        <translation>{path} este deformat: s-ar despacheta în mult mai multe date decât conține un plan ({reason}). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook ({reason}). Nothing was imported.</source>
        <translation>{path} nu a putut fi citit ca registru de lucru ({reason}). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>foi de calcul</translation>
    </message>
    <message>
        <source>{path} has {count} {what} in its part {part}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} are prea multe {what} în partea {part} ({count}; se așteaptă cel mult {limit}). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>XML elements</source>
        <translation>elemente XML</translation>
    </message>
    <message>
        <source>cells in one row</source>
        <translation>celule într-un rând</translation>
    </message>
    <message>
        <source>XML elements in one row</source>
        <translation>elemente XML într-un rând</translation>
    </message>
    <message>
        <source>levels of nested XML elements</source>
        <translation>niveluri de elemente XML imbricate</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook: its part {part} declares XML entities or a document type, which no workbook does. Nothing was imported.</source>
        <translation>{path} nu a putut fi citit ca registru de lucru: partea sa {part} declară entități XML sau un tip de document, lucru pe care niciun registru de lucru nu îl face. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>{path} was not exported by goalplanner, so there is nothing in it to import. Export the plan (File → Export to Excel), fill in the Actual column, and import that workbook.</source>
        <translation>{path} nu a fost exportat de goalplanner, deci nu conține nimic de importat. Exportați planul (Fișier → Exportă în Excel), completați coloana Realizat și importați acel registru de lucru.</translation>
    </message>
    <message>
        <source>{path} was exported by a goalplanner whose workbook layout (version {found}) this one does not read (version {ours}). Nothing was imported.</source>
        <translation>{path} a fost exportat de o versiune goalplanner al cărei format de registru de lucru (versiunea {found}) nu poate fi citit de aceasta (versiunea {ours}). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>{path} was exported from another plan ({plan}), not from the plan that is open. Open that plan to import it. Nothing was imported.</source>
        <translation>{path} a fost exportat din alt plan ({plan}), nu din planul deschis. Deschideți acel plan pentru a-l importa. Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>{path} has {count} {what}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} are prea multe {what} ({count}; se așteaptă cel mult {limit}). Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>părți</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rânduri</translation>
    </message>
    <message>
        <source>The plan changed while {path} was being read (a check-in was recorded or edited). Nothing was imported; import the workbook again to see the changes against the plan as it is now.</source>
        <translation>Planul s-a modificat în timp ce {path} era citit (o raportare a fost înregistrată sau editată). Nu s-a importat nimic; importați din nou registrul de lucru pentru a vedea modificările față de planul actual.</translation>
    </message>
    <message>
        <source>{path} could not be written: it is open in another program, or you may not change it. Close it there (or choose another name) and try again.</source>
        <translation>{path} nu a putut fi scris: este deschis în alt program sau nu aveți dreptul să-l modificați. Închideți-l acolo (sau alegeți alt nume) și încercați din nou.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only. Choose another folder.</source>
        <translation>{path} nu a putut fi scris: folderul este doar în citire. Alegeți alt folder.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space and try again.</source>
        <translation>{path} nu a putut fi scris: discul este plin. Eliberați spațiu și încercați din nou.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder does not exist.</source>
        <translation>{path} nu a putut fi scris: folderul nu există.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} nu a putut fi scris: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>{where}: the text has {length} characters, more than the {limit} an Excel cell holds; the workbook shows the first {limit}, the plan keeps it all.</source>
        <translation>{where}: textul are lungimea {length}, peste limita de {limit} de caractere a unei celule Excel; registrul de lucru afișează primele {limit}, planul păstrează textul întreg.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number Excel can hold; left empty.</source>
        <translation>{where}: {value} nu este un număr pe care Excel îl poate stoca; celula a rămas goală.</translation>
    </message>
</context>
<context>
    <name>FillNote</name>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Put back the fields as they were before the sentence was read</source>
        <translation>Readuce câmpurile la starea dinainte de citirea propoziției</translation>
    </message>
    <message>
        <source>metric {0}</source>
        <translation>indicatorul „{0}”</translation>
    </message>
    <message>
        <source>direction {0}</source>
        <translation>direcția „{0}”</translation>
    </message>
    <message>
        <source>unit {0}</source>
        <translation>unitatea {0}</translation>
    </message>
    <message>
        <source>baseline {0}</source>
        <translation>valoarea inițială {0}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>ținta {0}</translation>
    </message>
    <message>
        <source>deadline {0}</source>
        <translation>termenul {0}</translation>
    </message>
    <message>
        <source>Filled from your sentence: {0}.</source>
        <translation>Completat din propoziția dvs.: {0}.</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message numerus="yes">
        <source>Split “{0}” among %n agents</source>
        <translation>
            <numerusform>Împărțire „{0}” la %n agent</numerusform>
            <numerusform>Împărțire „{0}” la %n agenți</numerusform>
            <numerusform>Împărțire „{0}” la %n de agenți</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(încă fără titlu)</translation>
    </message>
    <message>
        <source>You have an unfinished goal, “{0}”, last changed on {1} at {2}. Resume it?</source>
        <translation>Aveți un obiectiv neterminat, „{0}”, modificat ultima dată la {1}, ora {2}. Îl continuați?</translation>
    </message>
    <message>
        <source>You have unfinished changes to the goal “{0}”, last changed on {1} at {2}. Resume them?</source>
        <translation>Aveți modificări neterminate la obiectivul „{0}”, făcute ultima dată la {1}, ora {2}. Le continuați?</translation>
    </message>
    <message>
        <source>Unfinished goal</source>
        <translation>Obiectiv neterminat</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Continuă</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Renunță la el</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mai &amp;târziu</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>Editare obiectiv „{0}”</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ștergere obiectiv</translation>
    </message>
    <message>
        <source>Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.</source>
        <translation>Ștergeți „{0}” împreună cu planul și raportările sale? Subobiectivele rămân, fără acest obiectiv părinte.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nu a fost șters</translation>
    </message>
    <message>
        <source>(top level: no parent)</source>
        <translation>(nivel superior: fără părinte)</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Mutare obiectiv</translation>
    </message>
    <message>
        <source>Put “{0}” under:</source>
        <translation>Mutați „{0}” sub:</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Nu se poate muta</translation>
    </message>
    <message>
        <source>That goal sits under this one: moving would make a loop.</source>
        <translation>Acel obiectiv se află sub acesta: mutarea ar crea o buclă.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Nu a fost mutat</translation>
    </message>
    <message>
        <source>Not split</source>
        <translation>Nu a fost împărțit</translation>
    </message>
    <message>
        <source>Take “{0}”&apos;s actuals from its agents</source>
        <translation>Realizările pentru „{0}” vin de la agenți</translation>
    </message>
    <message>
        <source>Use “{0}”&apos;s own check-ins</source>
        <translation>Folosește propriile raportări pentru „{0}”</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Raportări</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>Gra&amp;fic</translation>
    </message>
    <message>
        <source>Reso&amp;urces</source>
        <translation>Res&amp;urse</translation>
    </message>
    <message>
        <source>Team week grid…</source>
        <translation>Grila săptămânală a echipei…</translation>
    </message>
    <message>
        <source>last judged: {0}</source>
        <translation>ultima evaluare: {0}</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>în interval</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>în afara intervalului</translation>
    </message>
    <message>
        <source>{0}% of the planned change</source>
        <translation>{0}% din schimbarea planificată</translation>
    </message>
    <message>
        <source>at this pace inside the band by the deadline</source>
        <translation>în acest ritm, în interval la termen</translation>
    </message>
    <message>
        <source>at this pace outside the band by the deadline</source>
        <translation>în acest ritm, în afara intervalului la termen</translation>
    </message>
    <message>
        <source>at this pace {0} by the deadline</source>
        <translation>în acest ritm, {0} la termen</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>gata de închidere</translation>
    </message>
    <message>
        <source>next check-in {0}</source>
        <translation>următoarea raportare la {0}</translation>
    </message>
    <message>
        <source>with sub-goals: {0}</source>
        <translation>cu subobiectivele: {0}</translation>
    </message>
</context>
<context>
    <name>GoalListPane</name>
    <message>
        <source>Search goals (Ctrl+F)</source>
        <translation>Caută obiective (Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Obiective deschise</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Toți indicatorii</translation>
    </message>
</context>
<context>
    <name>GoalState</name>
    <message>
        <source>Draft</source>
        <translation>Ciornă</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atins</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ratat</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonat</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>Cu subobiectivele</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Ultima valoare</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>{0} · ready to close</source>
        <translation>{0} · gata de închidere</translation>
    </message>
    <message>
        <source> — {0}% of the planned change so far</source>
        <translation> — {0}% din schimbarea planificată până acum</translation>
    </message>
    <message>
        <source>The deadline has passed or the last check-in is in: nothing more is due.</source>
        <translation>Termenul a trecut sau ultima raportare a fost înregistrată: nu mai este nimic scadent.</translation>
    </message>
    <message>
        <source>With its sub-goals: {0}</source>
        <translation>Cu subobiectivele: {0}</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>New goal</source>
        <translation>Obiectiv nou</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editare obiectiv</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>&amp;Salvează obiectivul</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>Obiectivul nu a fost salvat</translation>
    </message>
    <message>
        <source>Stop entering this goal?</source>
        <translation>Renunțați la introducerea acestui obiectiv?</translation>
    </message>
    <message>
        <source>What you typed can be kept as a draft to finish later, or thrown away.</source>
        <translation>Ce ați introdus poate fi păstrat ca ciornă, pentru a fi terminat mai târziu, sau poate fi aruncat.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>Păstrează ca &amp;ciornă</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Renunță</translation>
    </message>
    <message>
        <source>&amp;Continue editing</source>
        <translation>Continuă &amp;editarea</translation>
    </message>
</context>
<context>
    <name>GuardrailDialog</name>
    <message>
        <source>Guardrail</source>
        <translation>Obiectiv de protecție</translation>
    </message>
    <message>
        <source>A speed, cost or volume goal can hurt service when pushed alone. Choose the quality goal that guards it: its status is shown beside this goal&apos;s wherever it appears, and this goal is never shown on track while its guardrail is off track.</source>
        <translation>Un obiectiv de viteză, cost sau volum urmărit singur poate afecta serviciul. Alegeți obiectivul de calitate care îl protejează: starea acestuia apare lângă starea acestui obiectiv oriunde este afișată, iar acest obiectiv nu apare niciodată conform planului cât timp obiectivul de protecție este în afara planului.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciunul</translation>
    </message>
    <message>
        <source>&amp;Guarded by</source>
        <translation>&amp;Protejat de</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comandă</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meniu</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Acest plan</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>Copiile sale de rezervă</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de rezervă</translation>
    </message>
    <message>
        <source>Your data folder (your default plan, the sample plans)</source>
        <translation>Folderul dvs. de date (planul implicit, planurile de exemplu)</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>Jurnal de erori</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Deschide folderul</translation>
    </message>
    <message>
        <source>goalplanner Help</source>
        <translation>Ajutor goalplanner</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secțiuni</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide to the first week</source>
        <translation>&amp;Ghid pentru prima săptămână</translation>
    </message>
    <message>
        <source>&amp;SMART goals in brief</source>
        <translation>Obiective &amp;SMART pe scurt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>&amp;Where your plan is kept</source>
        <translation>&amp;Unde este păstrat planul</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import actuals from {0}</source>
        <translation>Import valori realizate din {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} unchanged.</source>
        <translation>{0} noi, {1} modificate, {2} neschimbate.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) need correcting: nothing will be imported.</source>
        <translation>
            <numerusform>%n celulă trebuie corectată: nu se va importa nimic.</numerusform>
            <numerusform>%n celule trebuie corectate: nu se va importa nimic.</numerusform>
            <numerusform>%n de celule trebuie corectate: nu se va importa nimic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check.</source>
        <translation>
            <numerusform>%n valoare de verificat.</numerusform>
            <numerusform>%n valori de verificat.</numerusform>
            <numerusform>%n de valori de verificat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Acum</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nou</translation>
    </message>
    <message>
        <source>Nothing can be imported until these cells are corrected in the workbook (or emptied). Then import it again.</source>
        <translation>Nu se poate importa nimic până când aceste celule nu sunt corectate (sau golite) în registrul de lucru. Apoi importați-l din nou.</translation>
    </message>
    <message>
        <source>Check these values: they will be imported as they are.</source>
        <translation>Verificați aceste valori: vor fi importate așa cum sunt.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n actual(s)</source>
        <translation>
            <numerusform>&amp;Importă %n valoare realizată</numerusform>
            <numerusform>&amp;Importă %n valori realizate</numerusform>
            <numerusform>&amp;Importă %n de valori realizate</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no new or changed actuals.</source>
        <translation>Registrul de lucru nu conține valori realizate noi sau modificate.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the sheet is missing (renamed or deleted?)</source>
        <translation>foaia lipsește (redenumită sau ștearsă?)</translation>
    </message>
    <message>
        <source>its goal is no longer in the plan</source>
        <translation>obiectivul ei nu mai există în plan</translation>
    </message>
    <message>
        <source>the goal&apos;s check-ins are now {period}, but the sheet holds its {old} plan: export it again</source>
        <translation>obiectivul se raportează acum {period}, dar foaia conține planul său {old}: exportați-l din nou</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>săptămânal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>lunar</translation>
    </message>
    <message>
        <source>“{label}” is not a period of the goal&apos;s plan any more (rows moved, or the plan was remade)</source>
        <translation>„{label}” nu mai este o perioadă din planul obiectivului (rânduri mutate sau plan refăcut)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}” nu este un număr</translation>
    </message>
    <message>
        <source>a date or time, not a number</source>
        <translation>o dată sau o oră, nu un număr</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric} ({low} to {high})</source>
        <translation>{value} nu este o valoare posibilă pentru „{metric}” (între {low} și {high})</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric}: it cannot be below {low}</source>
        <translation>{value} nu este o valoare posibilă pentru „{metric}”: nu poate fi sub {low}</translation>
    </message>
    <message>
        <source>not imported: the goal takes its actuals from its agents; type theirs, or switch it back to its own check-ins</source>
        <translation>neimportat: obiectivul își preia realizările de la agenți; introduceți-le pe ale lor sau treceți-l înapoi la propriile raportări</translation>
    </message>
    <message>
        <source>{label} appears twice in the sheet</source>
        <translation>{label} apare de două ori în foaie</translation>
    </message>
    <message>
        <source>{value} was typed as a percentage, but the metric is not measured in per cent</source>
        <translation>{value} a fost introdus ca procent, dar indicatorul nu se măsoară în procente</translation>
    </message>
    <message>
        <source>{label} has not started yet: actuals are recorded for periods that have begun</source>
        <translation>{label} nu a început încă: valorile realizate se înregistrează doar pentru perioadele începute</translation>
    </message>
    <message>
        <source>{value} is far outside what this goal has seen for {metric} ({low} to {high}): check it is right</source>
        <translation>{value} este mult în afara valorilor înregistrate până acum pentru „{metric}” la acest obiectiv (între {low} și {high}): verificați dacă valoarea este corectă</translation>
    </message>
    <message>
        <source>“{value}” is not a confidence: choose {choices}, or leave it blank. The actual is imported without it</source>
        <translation>„{value}” nu este un nivel de încredere: alegeți {choices} sau lăsați gol. Valoarea realizată se importă fără el</translation>
    </message>
    <message>
        <source>a confidence or next step is recorded with the period&apos;s actual: type the actual too, or it is not imported</source>
        <translation>încrederea sau pasul următor se înregistrează împreună cu valoarea realizată a perioadei: introduceți și valoarea realizată, altfel nu se importă</translation>
    </message>
    <message>
        <source>another check-in of this goal is already recorded on {day} ({other}); it is kept, so that day will have two</source>
        <translation>o altă raportare a acestui obiectiv este deja înregistrată la {day} ({other}); aceasta se păstrează, deci ziua respectivă va avea două raportări</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell as a number, which it is not: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>fișierul stochează „{value}” în această celulă ca număr, deși nu este un număr: registrul de lucru este deteriorat. Introduceți din nou valoarea într-un program de calcul tabelar și salvați sau exportați din nou planul</translation>
    </message>
    <message>
        <source>the cell refers to text number {index} of the workbook, which has only {count}: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>celula face trimitere la textul numărul {index} din registrul de lucru, care are doar {count}: registrul de lucru este deteriorat. Introduceți din nou valoarea într-un program de calcul tabelar și salvați sau exportați din nou planul</translation>
    </message>
    <message>
        <source>the cell has format number {index}, which the workbook does not have (it has {count}): the workbook is damaged. Save it again in a spreadsheet, or export the plan again</source>
        <translation>celula are formatul numărul {index}, pe care registrul de lucru nu îl are (are {count}): registrul de lucru este deteriorat. Salvați-l din nou într-un program de calcul tabelar sau exportați din nou planul</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell in a form no spreadsheet writes: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>fișierul stochează „{value}” în această celulă într-o formă pe care niciun program de calcul tabelar nu o scrie: registrul de lucru este deteriorat. Introduceți din nou valoarea într-un program de calcul tabelar și salvați sau exportați din nou planul</translation>
    </message>
    <message>
        <source>the sheet is damaged (its XML is malformed at line {line}, column {column}) and could not be read. Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>foaia este deteriorată (XML-ul ei este deformat la linia {line}, coloana {column}) și nu a putut fi citită. Salvați din nou registrul de lucru într-un program de calcul tabelar sau exportați din nou planul</translation>
    </message>
    <message>
        <source>the sheet is damaged and could not be read ({reason}). Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>foaia este deteriorată și nu a putut fi citită ({reason}). Salvați din nou registrul de lucru într-un program de calcul tabelar sau exportați din nou planul</translation>
    </message>
    <message>
        <source>its team goal is no longer in the plan, so the agents&apos; cells were not read</source>
        <translation>obiectivul echipei nu mai există în plan, așa că celulele agenților nu au fost citite</translation>
    </message>
    <message>
        <source>{person} is no longer one of the team&apos;s agents, so this row was not read</source>
        <translation>{person} nu mai este unul dintre agenții echipei, așa că rândul nu a fost citit</translation>
    </message>
    <message>
        <source>the agent sheets were laid out by another goalplanner version and were not read</source>
        <translation>foile agenților au fost așezate de altă versiune goalplanner și nu au fost citite</translation>
    </message>
    <message>
        <source>{person}&apos;s {label} is {value} here but {other} on the agent&apos;s own sheet: keep one of them</source>
        <translation>{label} pentru {person} este {value} aici, dar {other} în foaia proprie a agentului: păstrați doar una</translation>
    </message>
    <message>
        <source>“{value}” is not a number of contacts: type a number of at least 0</source>
        <translation>„{value}” nu este un număr de contacte: introduceți un număr de cel puțin 0</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Custom</source>
        <translation>Personalizat</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Timp până la primul răspuns</translation>
    </message>
    <message>
        <source>Sum of (first human reply - ticket created) / tickets replied to; automatic acknowledgements do not count.</source>
        <translation>Suma (primul răspuns uman - crearea tichetului) / tichete cu răspuns; confirmările automate nu se iau în calcul.</translation>
    </message>
    <message>
        <source>E-mail replies average about 12 hours and many firms never reply (SuperOffice); leading teams answer chat within 40 s, social within 1 h and e-mail within 4 h (Lorikeet).</source>
        <translation>Răspunsurile la e-mail vin în medie în circa 12 ore, iar multe firme nu răspund deloc (SuperOffice); echipele de top răspund pe chat în 40 s, pe rețelele sociale în 1 h și pe e-mail în 4 h (Lorikeet).</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Timp mediu de gestionare</translation>
    </message>
    <message>
        <source>(Talk time + hold time + after-call work) / contacts handled.</source>
        <translation>(Timp de convorbire + timp în așteptare + activitate post-apel) / contacte gestionate.</translation>
    </message>
    <message>
        <source>About 6 minutes is the usual convention (Invoca); a Cornell report gives 3 min 10 s (Krisp). Compare with your own baseline.</source>
        <translation>Convenția uzuală este de circa 6 minute (Invoca); un raport Cornell indică 3 min 10 s (Krisp). Comparați cu propria valoare inițială.</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Timp mediu de rezolvare</translation>
    </message>
    <message>
        <source>Sum of (resolved - created) / tickets resolved; say whether first or full resolution.</source>
        <translation>Suma (rezolvare - creare) / tichete rezolvate; precizați dacă este vorba de prima rezolvare sau de rezolvarea completă.</translation>
    </message>
    <message>
        <source>No reliable industry figure: use your own baseline.</source>
        <translation>Nu există o cifră fiabilă pentru industrie: folosiți propria valoare inițială.</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Rezolvare la primul contact</translation>
    </message>
    <message>
        <source>Contacts resolved at the first contact / all contacts x 100, usually measured by survey.</source>
        <translation>Contacte rezolvate la primul contact / toate contactele x 100, măsurat de obicei prin sondaj.</translation>
    </message>
    <message>
        <source>69% or less is low, 70-79% good, 80% or more world-class; the average is 67% (SQM Group).</source>
        <translation>69% sau mai puțin este scăzut, 70-79% este bun, 80% sau mai mult este de clasă mondială; media este 67% (SQM Group).</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Satisfacția clienților (CSAT)</translation>
    </message>
    <message>
        <source>Responses scoring 4 or 5 on a 1-5 scale / all responses x 100 (74 of 107 gives 69%).</source>
        <translation>Răspunsuri cu nota 4 sau 5 pe o scală 1-5 / toate răspunsurile x 100 (74 din 107 înseamnă 69%).</translation>
    </message>
    <message>
        <source>Above 80% is excellent (SoGoSurvey); world-class centres reach 85% top-box or more (SQM Group).</source>
        <translation>Peste 80% este excelent (SoGoSurvey); centrele de clasă mondială ajung la 85% top-box sau mai mult (SQM Group).</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) - % detractors (0-6) on the 0-10 &apos;would you recommend&apos; question.</source>
        <translation>% promotori (9-10) - % detractori (0-6) la întrebarea 0-10 „ne-ați recomanda?”.</translation>
    </message>
    <message>
        <source>Global average about +32 (Observe.AI); telecoms 30 or below, retail 50 or above (CustomerGauge).</source>
        <translation>Media globală este de circa +32 (Observe.AI); telecomunicații 30 sau mai puțin, retail 50 sau mai mult (CustomerGauge).</translation>
    </message>
    <message>
        <source>Customer effort score (CES): ease, 1-7</source>
        <translation>Scorul efortului clientului (CES): ușurință, 1-7</translation>
    </message>
    <message>
        <source>Ease scale, higher is better: mean agreement, 1-7, with &apos;the company made it easy to handle my issue&apos; (CES 2.0); also report the share answering 5-7. Asking how much effort it took instead? Choose the effort scale.</source>
        <translation>Scala ușurinței, mai mare e mai bine: acordul mediu, 1-7, cu afirmația „compania mi-a ușurat rezolvarea problemei” (CES 2.0); raportați și ponderea răspunsurilor 5-7. Întrebați în schimb cât efort a fost necesar? Alegeți scala efortului.</translation>
    </message>
    <message>
        <source>96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).</source>
        <translation>96% dintre clienții cu o experiență care cere mult efort devin mai puțin loiali, față de 9% când efortul este redus (Gartner).</translation>
    </message>
    <message>
        <source>Customer effort score (CES): effort, 1-5</source>
        <translation>Scorul efortului clientului (CES): efort, 1-5</translation>
    </message>
    <message>
        <source>Effort scale, lower is better: mean answer, 1 (very low effort) to 5 (very high effort), to &apos;how much effort did you personally have to put forth to handle your request?&apos; (the original CES). Asking whether it was easy instead? Choose the ease scale.</source>
        <translation>Scala efortului, mai mic e mai bine: răspunsul mediu, de la 1 (efort foarte mic) la 5 (efort foarte mare), la întrebarea „cât efort a trebuit să depuneți personal pentru a vă rezolva solicitarea?” (CES-ul original). Întrebați în schimb dacă a fost ușor? Alegeți scala ușurinței.</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Cost per contact</translation>
    </message>
    <message>
        <source>Contact-centre operating cost (salaries to software) / contacts handled, per channel.</source>
        <translation>Costul de operare al centrului de contact (de la salarii la software) / contacte gestionate, pe canal.</translation>
    </message>
    <message>
        <source>$540,000 / 120,000 contacts = $4.50 (Klipfolio); live contact about $8.01 against about $0.10 for self-service (Gartner 2019).</source>
        <translation>540.000 $ / 120.000 contacte = 4,50 $ (Klipfolio); un contact asistat costă circa 8,01 $, față de circa 0,10 $ prin autoservire (Gartner 2019).</translation>
    </message>
    <message>
        <source>Agent occupancy</source>
        <translation>Gradul de ocupare al agenților</translation>
    </message>
    <message>
        <source>Time handling contacts / time logged in x 100 (in Erlang terms, traffic / agents).</source>
        <translation>Timp de gestionare a contactelor / timp conectat x 100 (în termeni Erlang, trafic / agenți).</translation>
    </message>
    <message>
        <source>Aim for 75-85%; 85-90% is pressure, above 90% burns agents out, below 65% is idle time (Call Centre Helper, Turnella).</source>
        <translation>Țintiți 75-85%; 85-90% înseamnă presiune, peste 90% epuizează agenții, sub 65% este timp neproductiv (Call Centre Helper, Turnella).</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Activitate post-apel</translation>
    </message>
    <message>
        <source>Total wrap-up time / calls handled.</source>
        <translation>Timp total de finalizare după apel / apeluri gestionate.</translation>
    </message>
    <message>
        <source>Sources range from 30 s to 5 minutes and more: treat as unbenchmarked and use your own baseline.</source>
        <translation>Sursele variază de la 30 s la 5 minute și mai mult: considerați indicatorul fără reper și folosiți propria valoare inițială.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de serviciu</translation>
    </message>
    <message>
        <source>(Contacts offered - answered after the threshold - abandoned after the threshold) / offered x 100, e.g. 80% within 20 s.</source>
        <translation>(Contacte primite - preluate după prag - abandonate după prag) / primite x 100, ex. 80% în 20 s.</translation>
    </message>
    <message>
        <source>80/20 is the most common target, not a standard (Fonolo).</source>
        <translation>80/20 este ținta cea mai frecventă, nu un standard (Fonolo).</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Viteza medie de răspuns</translation>
    </message>
    <message>
        <source>Total queue wait of answered calls / answered calls; abandoned calls are left out.</source>
        <translation>Timpul total de așteptare în coadă al apelurilor preluate / apeluri preluate; apelurile abandonate nu se iau în calcul.</translation>
    </message>
    <message>
        <source>Global average about 28 s (Call Centre Helper).</source>
        <translation>Media globală este de circa 28 s (Call Centre Helper).</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>Rata de abandon</translation>
    </message>
    <message>
        <source>Contacts abandoned / contacts offered x 100 (40 of 1,000 is 4%).</source>
        <translation>Contacte abandonate / contacte primite x 100 (40 din 1.000 înseamnă 4%).</translation>
    </message>
    <message>
        <source>5-8% is typical (Uniphore); many aim for 3-5% (Convin); ICMI sets no standard.</source>
        <translation>5-8% este tipic (Uniphore); mulți țintesc 3-5% (Convin); ICMI nu stabilește un standard.</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Rata de transfer</translation>
    </message>
    <message>
        <source>Contacts transferred / contacts handled x 100; count each call once; IVR to agent is not a transfer.</source>
        <translation>Contacte transferate / contacte gestionate x 100; fiecare apel se numără o singură dată; trecerea din IVR la un agent nu este un transfer.</translation>
    </message>
    <message>
        <source>Below 10% is a common aim, below 5% excellent (KPI Depot, a vendor source).</source>
        <translation>Sub 10% este o țintă obișnuită, sub 5% este excelent (KPI Depot, o sursă a unui furnizor).</translation>
    </message>
    <message>
        <source>Net sentiment score</source>
        <translation>Scor net de sentiment</translation>
    </message>
    <message>
        <source>(Positive mentions - negative mentions) / all mentions x 100, neutral ones counted in the base (80 positive, 20 negative, 100 neutral gives 30).</source>
        <translation>(Mențiuni pozitive - mențiuni negative) / toate mențiunile x 100, cele neutre incluse în bază (80 pozitive, 20 negative și 100 neutre înseamnă 30).</translation>
    </message>
    <message>
        <source>No published benchmark: compare month over month.</source>
        <translation>Nu există un reper publicat: comparați de la o lună la alta.</translation>
    </message>
    <message>
        <source>Cross-sell close rate</source>
        <translation>Rata de finalizare a vânzărilor încrucișate</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed / tickets handled x 100 in the period, as the articles measure it. To count only the contacts where an offer was made, choose the per-opportunity rate.</source>
        <translation>Vânzări încrucișate și vânzări suplimentare finalizate / tichete gestionate x 100 în perioada respectivă, așa cum le măsoară articolele. Pentru a număra doar contactele în care s-a făcut o ofertă, alegeți rata per oportunitate.</translation>
    </message>
    <message>
        <source>No verified benchmark: use your own baseline. 47% of business owners say good service raised their cross-selling.</source>
        <translation>Nu există un reper verificat: folosiți propria valoare inițială. 47% dintre proprietarii de afaceri spun că un serviciu bun le-a crescut vânzările încrucișate.</translation>
    </message>
    <message>
        <source>Cross-sell conversion per opportunity</source>
        <translation>Conversia vânzărilor încrucișate per oportunitate</translation>
    </message>
    <message>
        <source>Cross-sales closed / cross-sell opportunities (contacts where an offer was made) x 100.</source>
        <translation>Vânzări încrucișate finalizate / oportunități de vânzare încrucișată (contacte în care s-a făcut o ofertă) x 100.</translation>
    </message>
    <message>
        <source>No verified benchmark: KPI Depot&apos;s 15-25% is unsourced. Use your own baseline.</source>
        <translation>Nu există un reper verificat: intervalul de 15-25% al KPI Depot nu are sursă. Folosiți propria valoare inițială.</translation>
    </message>
    <message>
        <source>Milestone: done or not yet</source>
        <translation>Etapă: realizată sau încă nu</translation>
    </message>
    <message>
        <source>A yes/no goal with no number, e.g. &apos;launch live chat by 1 March&apos;: check in 0 while it is not done and 1 once it is. It is on track until the deadline while not done, achieved when done, and off track once the deadline passes undone.</source>
        <translation>Un obiectiv de tip da/nu, fără cifră, ex. „lansarea chatului live până la 1 martie”: raportați 0 cât timp nu este realizat și 1 după ce este realizat. Este conform planului până la termen cât timp nu este realizat, atins când este realizat și în afara planului dacă termenul trece fără să fie realizat.</translation>
    </message>
    <message>
        <source>Split a large launch into dated milestones, each with its own owner.</source>
        <translation>Împărțiți o lansare mare în etape cu date fixe, fiecare cu propriul responsabil.</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Volum de apeluri</translation>
    </message>
    <message>
        <source>Calls (or contacts) received in the period; self-service and fixing root causes bring it down.</source>
        <translation>Apeluri (sau contacte) primite în perioadă; autoservirea și eliminarea cauzelor de fond îl reduc.</translation>
    </message>
    <message>
        <source>Compare with the same period last year to allow for seasons.</source>
        <translation>Comparați cu aceeași perioadă de anul trecut, pentru a ține cont de sezonalitate.</translation>
    </message>
    <message>
        <source>Average call wait time</source>
        <translation>Timp mediu de așteptare</translation>
    </message>
    <message>
        <source>Total time callers wait in the queue / calls offered (abandoned calls included).</source>
        <translation>Timpul total petrecut de apelanți în coadă / apeluri primite (inclusiv cele abandonate).</translation>
    </message>
    <message>
        <source>Average speed of answer, the nearest published figure, is about 28 s (Call Centre Helper).</source>
        <translation>Viteza medie de răspuns, cea mai apropiată cifră publicată, este de circa 28 s (Call Centre Helper).</translation>
    </message>
</context>
<context>
    <name>LoopActions</name>
    <message>
        <source>&amp;Close goal…</source>
        <translation>În&amp;chide obiectivul…</translation>
    </message>
    <message>
        <source>&amp;Reopen goal</source>
        <translation>&amp;Redeschide obiectivul</translation>
    </message>
    <message>
        <source>Con&amp;tinue into next period…</source>
        <translation>Con&amp;tinuă în perioada următoare…</translation>
    </message>
    <message>
        <source>Reopen goal “{0}”</source>
        <translation>Redeschidere obiectiv „{0}”</translation>
    </message>
    <message>
        <source>Close goal “{0}”</source>
        <translation>Închidere obiectiv „{0}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New plan file…</source>
        <translation>Fișier de plan &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Deschide un plan…</translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation>Deschide planul de e&amp;xemplu</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copie de rezervă acum</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Res&amp;taurează din copie de rezervă…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exportă în Excel…</translation>
    </message>
    <message>
        <source>&amp;Import actuals from Excel…</source>
        <translation>Im&amp;portă valori realizate din Excel…</translation>
    </message>
    <message>
        <source>Export check-in &amp;dates…</source>
        <translation>Exportă &amp;datele raportărilor…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>Obiectiv &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Editează obiectivul…</translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation>Ș&amp;terge obiectivul…</translation>
    </message>
    <message>
        <source>&amp;Move under another goal…</source>
        <translation>&amp;Mută sub alt obiectiv…</translation>
    </message>
    <message>
        <source>&amp;Find goals</source>
        <translation>&amp;Caută obiective</translation>
    </message>
    <message>
        <source>&amp;Goals and details</source>
        <translation>&amp;Obiective și detalii</translation>
    </message>
    <message>
        <source>&amp;Portfolio chart</source>
        <translation>Grafic de &amp;portofoliu</translation>
    </message>
    <message>
        <source>&amp;About goalplanner</source>
        <translation>&amp;Despre goalplanner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Deschide &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Obiectiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Select a goal to see its plan and record check-ins.</source>
        <translation>Selectați un obiectiv pentru a-i vedea planul și a înregistra raportări.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portofoliu</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Niciun plan deschis</translation>
    </message>
    <message>
        <source>Goals: {0}</source>
        <translation>Obiective: {0}</translation>
    </message>
    <message>
        <source>About goalplanner</source>
        <translation>Despre goalplanner</translation>
    </message>
    <message>
        <source>goalplanner {0}
SMART goals for customer-service teams, planned and tracked in a file you own.

Data folder: {1}</source>
        <translation>goalplanner {0}
Obiective SMART pentru echipele de relații cu clienții, planificate și urmărite într-un fișier care vă aparține.

Folder de date: {1}</translation>
    </message>
    <message>
        <source>This plan is open here: use this window.</source>
        <translation>Acest plan este deschis aici: folosiți această fereastră.</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Zendesk</source>
        <translation>Zendesk</translation>
    </message>
    <message>
        <source>Freshdesk</source>
        <translation>Freshdesk</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Jurnal de apeluri</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altul</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automat</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Întâi ziua (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Întâi luna (12/31/2025)</translation>
    </message>
    <message>
        <source>Good / Bad</source>
        <translation>Bun / Rău</translation>
    </message>
    <message>
        <source>1 to 5 (4 and 5 count as satisfied)</source>
        <translation>De la 1 la 5 (4 și 5 contează ca mulțumit)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>Or&amp;dinea datei</translation>
    </message>
    <message>
        <source>&amp;Rating scale</source>
        <translation>Scala de &amp;evaluare</translation>
    </message>
    <message>
        <source>Answered &amp;within (seconds)</source>
        <translation>Preluat în &amp;maximum (secunde)</translation>
    </message>
    <message>
        <source>Only &amp;rows where</source>
        <translation>Doar rân&amp;durile unde</translation>
    </message>
    <message>
        <source>{0}: the first rows</source>
        <translation>{0}: primele rânduri</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(toate rândurile)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secunde</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (opțional)</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>How will you measure it?</source>
        <translation>Cum îl veți măsura?</translation>
    </message>
    <message>
        <source>One metric. Write down where you are now (the baseline) before the target, and ask where the number comes from. A stretch target is optional.</source>
        <translation>Un singur indicator. Notați unde vă aflați acum (valoarea inițială) înainte de a stabili ținta și întrebați de unde provine cifra. Ținta ambițioasă este opțională.</translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation>Indicator personalizat</translation>
    </message>
    <message>
        <source>% of today&apos;s value (relative)</source>
        <translation>% din valoarea actuală (relativ)</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>puncte procentuale</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unitate</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Direcție</translation>
    </message>
    <message>
        <source>Base&amp;line (now)</source>
        <translation>&amp;Valoare inițială (acum)</translation>
    </message>
    <message>
        <source>Measured &amp;on</source>
        <translation>Măsurată l&amp;a</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>Ți&amp;ntă</translation>
    </message>
    <message>
        <source>&amp;Stretch target</source>
        <translation>Țintă a&amp;mbițioasă</translation>
    </message>
    <message>
        <source>Band &amp;from</source>
        <translation>Interval de &amp;la</translation>
    </message>
    <message>
        <source>Band t&amp;o</source>
        <translation>Interval &amp;până la</translation>
    </message>
    <message>
        <source>C&amp;hange by</source>
        <translation>Modifi&amp;care cu</translation>
    </message>
    <message>
        <source>A metric of your own: give its unit and say whether higher or lower is better.</source>
        <translation>Un indicator propriu: indicați-i unitatea și precizați dacă e mai bună o valoare mai mare sau una mai mică.</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>în {0}</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unități</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Modificare: {0}</translation>
    </message>
    <message>
        <source> ({0}{1}% relative)</source>
        <translation> ({0}{1}% relativ)</translation>
    </message>
    <message>
        <source>“{0}%” can mean two things: {1}% relative takes {2}% to {3}%; {1} points takes it to {4}%.</source>
        <translation>„{0}%” poate însemna două lucruri: {1}% relativ duce {2}% la {3}%; {1} puncte îl duc la {4}%.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Introduceți un număr.</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>„{0}” nu este un număr.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Introduceți un număr întreg.</translation>
    </message>
    <message>
        <source>Enter {0} or more.</source>
        <translation>Introduceți {0} sau mai mult.</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Se deschide {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Stop opening this plan; the plan shown now stays open.</source>
        <translation>Oprește deschiderea acestui plan; planul afișat acum rămâne deschis.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Plan already open</source>
        <translation>Planul este deja deschis</translation>
    </message>
    <message>
        <source>{0} is open in another goalplanner window, which has been brought to the front. One window per plan keeps two windows from saving over each other.</source>
        <translation>{0} este deschis în altă fereastră goalplanner, care a fost adusă în față. O singură fereastră per plan împiedică două ferestre să salveze una peste cealaltă.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Planul nu a fost găsit</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} nu există.</translation>
    </message>
    <message>
        <source>Backups are failing</source>
        <translation>Copiile de rezervă eșuează</translation>
    </message>
    <message>
        <source>This plan cannot be backed up. {0}</source>
        <translation>Pentru acest plan nu se poate face o copie de rezervă. {0}</translation>
    </message>
    <message>
        <source>The plan itself is fine and every change is saved. To keep backups, make {0} a folder you can write to, on a disk with space free, or choose another backup folder by setting {1} before starting goalplanner.</source>
        <translation>Planul în sine este în regulă și fiecare modificare este salvată. Pentru a avea în continuare copii de rezervă, asigurați-vă că {0} este un folder în care puteți scrie, pe un disc cu spațiu liber, sau alegeți alt folder pentru copiile de rezervă setând {1} înainte de a porni goalplanner.</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>Acest plan nu poate fi deschis</translation>
    </message>
    <message>
        <source>goalplanner can copy it into your plans folder ({0}) and open the copy.</source>
        <translation>goalplanner îl poate copia în folderul dvs. de planuri ({0}) și poate deschide copia.</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Deschide o copie</translation>
    </message>
    <message>
        <source>A verified backup from {0} exists. Restoring copies it to a new file and opens that; the file above stays as it is.</source>
        <translation>Există o copie de rezervă verificată din {0}. Restaurarea o copiază într-un fișier nou și îl deschide pe acesta; fișierul de mai sus rămâne neschimbat.</translation>
    </message>
    <message>
        <source>Open a copy of the backup</source>
        <translation>Deschide o copie din copia de rezervă</translation>
    </message>
    <message>
        <source>It holds no plan: it is empty, or was left half-made when goalplanner was stopped while creating it. Replace it with a new, empty plan?</source>
        <translation>Nu conține niciun plan: este gol sau a rămas neterminat când goalplanner a fost oprit în timp ce îl crea. Îl înlocuiți cu un plan nou, gol?</translation>
    </message>
    <message>
        <source>Replace with a new plan</source>
        <translation>Înlocuiește cu un plan nou</translation>
    </message>
    <message>
        <source>Setting it aside renames it to {0} in the same folder and opens the plan as it was last saved. Nothing is deleted.</source>
        <translation>Punerea deoparte îl redenumește {0} în același dosar și deschide planul așa cum a fost salvat ultima dată. Nu se șterge nimic.</translation>
    </message>
    <message>
        <source>Set it aside and open</source>
        <translation>Pune-l deoparte și deschide</translation>
    </message>
    <message>
        <source>You can also view what can be read of it: goals that read fine are shown, those that cannot be read are listed, and nothing in the file is changed.</source>
        <translation>Puteți, de asemenea, vizualiza ce se poate citi din el: obiectivele care se citesc corect sunt afișate, cele care nu pot fi citite sunt listate, iar nimic din fișier nu este modificat.</translation>
    </message>
    <message>
        <source>View what can be read</source>
        <translation>Vizualizează ce se poate citi</translation>
    </message>
    <message>
        <source>{0} could not be renamed: {1}</source>
        <translation>{0} nu a putut fi redenumit: {1}</translation>
    </message>
    <message>
        <source>Cannot view this plan</source>
        <translation>Acest plan nu poate fi vizualizat</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Copierea a eșuat</translation>
    </message>
    <message>
        <source>{0} (restored {1})</source>
        <translation>{0} (restaurat {1})</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restaurarea a eșuat</translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation>Fișier de plan nou</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Fișierul există</translation>
    </message>
    <message>
        <source>{0} already exists. Open it from File → Open plan, or choose another name.</source>
        <translation>{0} există deja. Deschideți-l din Fișier → Deschide un plan sau alegeți alt nume.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Deschide un plan</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>Planuri de obiective (*{0});;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>Plan de exemplu</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Copia de rezervă a eșuat</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Copie de rezervă salvată în {0}</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Niciun plan recent</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>The plan as it will be saved:</source>
        <translation>Planul, așa cum va fi salvat:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Săptămâna</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Se încheie</translation>
    </message>
</context>
<context>
    <name>PlanShape</name>
    <message>
        <source>A change of x % every period needs a baseline and a target above zero.</source>
        <translation>O schimbare de x % în fiecare perioadă necesită o valoare inițială și o țintă peste zero.</translation>
    </message>
    <message>
        <source>The target is lower: enter a cut, such as -5.</source>
        <translation>Ținta este mai mică: introduceți o reducere, de exemplu -5.</translation>
    </message>
    <message>
        <source>The target is higher: enter a rise, such as 5.</source>
        <translation>Ținta este mai mare: introduceți o creștere, de exemplu 5.</translation>
    </message>
    <message>
        <source>“{0}” is not a number: paste last year&apos;s 12 monthly values.</source>
        <translation>„{0}” nu este un număr: lipiți cele 12 valori lunare de anul trecut.</translation>
    </message>
    <message>
        <source>{0} is below zero: monthly values are 0 or more.</source>
        <translation>{0} este sub zero: valorile lunare sunt 0 sau mai mari.</translation>
    </message>
    <message>
        <source>{0} values found: give last year&apos;s 12, one for each month from January.</source>
        <translation>Valori găsite: {0}. Introduceți-le pe cele 12 de anul trecut, câte una pentru fiecare lună, începând cu ianuarie.</translation>
    </message>
    <message>
        <source>Every month is zero: the plan would not move.</source>
        <translation>Toate lunile sunt zero: planul nu s-ar mișca.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Săptămâni</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Luni</translation>
    </message>
    <message>
        <source>Reset to &amp;curve</source>
        <translation>Resetează la &amp;curbă</translation>
    </message>
    <message>
        <source>&amp;Split among agents…</source>
        <translation>Î&amp;mparte la agenți…</translation>
    </message>
    <message>
        <source>Make one goal per agent, each with their share of the team&apos;s target.</source>
        <translation>Creează câte un obiectiv pentru fiecare agent, cu partea sa din ținta echipei.</translation>
    </message>
    <message>
        <source>Type over a planned value to fix it: it is locked and the other periods re-spread so the plan still ends at the target.</source>
        <translation>Scrieți peste o valoare planificată pentru a o fixa: aceasta devine blocată, iar celelalte perioade se redistribuie astfel încât planul să se încheie tot la țintă.</translation>
    </message>
    <message>
        <source>Set plan for {0}</source>
        <translation>Setare plan pentru {0}</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>Blocare {0}</translation>
    </message>
    <message>
        <source>Reset plan to curve</source>
        <translation>Resetare plan la curbă</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Blocat</translation>
    </message>
    <message>
        <source>A locked value stays when the plan is re-spread.</source>
        <translation>O valoare blocată rămâne neschimbată când planul se redistribuie.</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Click a bar to open that goal. Right-click the chart to save or copy it.</source>
        <translation>Faceți clic pe o bară pentru a deschide obiectivul respectiv. Faceți clic dreapta pe grafic pentru a-l salva sau copia.</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Salvează graficul…</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rând citit</numerusform>
            <numerusform>%n rânduri citite</numerusform>
            <numerusform>%n de rânduri citite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no value for the metric)</source>
        <translation>
            <numerusform>%n omis (fără valoare pentru indicator)</numerusform>
            <numerusform>%n omise (fără valoare pentru indicator)</numerusform>
            <numerusform>%n de omise (fără valoare pentru indicator)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) counted once</source>
        <translation>
            <numerusform>%n duplicat numărat o singură dată</numerusform>
            <numerusform>%n duplicate numărate o singură dată</numerusform>
            <numerusform>%n de duplicate numărate o singură dată</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the filter</source>
        <translation>
            <numerusform>%n exclus de filtru</numerusform>
            <numerusform>%n excluse de filtru</numerusform>
            <numerusform>%n de excluse de filtru</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Se bazează pe</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediană</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recording it</source>
        <translation>La înregistrare</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>De verificat</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Raportare nouă</translation>
    </message>
    <message>
        <source>Replaces {0}</source>
        <translation>Înlocuiește {0}</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Deja înregistrată</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nu se înregistrează</translation>
    </message>
    <message>
        <source>Few to go on</source>
        <translation>Prea puține date</translation>
    </message>
    <message>
        <source>Period not over</source>
        <translation>Perioada nu s-a încheiat</translation>
    </message>
    <message>
        <source>Far from what the goal has seen</source>
        <translation>Departe de valorile de până acum ale obiectivului</translation>
    </message>
    <message>
        <source>{0} used</source>
        <translation>{0} folosite</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 were read month first; choose the date order if that is wrong.</source>
        <translation>Datele precum 03/04/2025 au fost citite cu luna întâi; alegeți ordinea datei dacă e greșit.</translation>
    </message>
    <message>
        <source>No period of the file falls within the goal&apos;s time: nothing to import.</source>
        <translation>Nicio perioadă din fișier nu cade în timpul obiectivului: nu este nimic de importat.</translation>
    </message>
    <message numerus="yes">
        <source>Import records %n check-in(s).</source>
        <translation>
            <numerusform>Importul înregistrează %n raportare.</numerusform>
            <numerusform>Importul înregistrează %n raportări.</numerusform>
            <numerusform>Importul înregistrează %n de raportări.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFromExport</name>
    <message>
        <source>From an &amp;export…</source>
        <translation>Dintr-un &amp;export…</translation>
    </message>
    <message>
        <source>From an export: {0}, {1} to {2}.</source>
        <translation>Dintr-un export: {0}, din {1} până în {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) rest on fewer than {0}.</source>
        <translation>
            <numerusform>%n lună se bazează pe mai puțin de {0}.</numerusform>
            <numerusform>%n luni se bazează pe mai puțin de {0}.</numerusform>
            <numerusform>%n de luni se bazează pe mai puțin de {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no finished month: no monthly values from it.</source>
        <translation>Exportul nu conține nicio lună încheiată: nu se pot calcula valorile lunare.</translation>
    </message>
    <message numerus="yes">
        <source>The 12 months up to {0} are needed; the export has nothing for %n month(s): {1}. Nothing was changed.</source>
        <translation>
            <numerusform>Sunt necesare cele 12 luni până în {0}; exportul nu conține nimic pentru %n lună: {1}. Nu s-a modificat nimic.</numerusform>
            <numerusform>Sunt necesare cele 12 luni până în {0}; exportul nu conține nimic pentru %n luni: {1}. Nu s-a modificat nimic.</numerusform>
            <numerusform>Sunt necesare cele 12 luni până în {0}; exportul nu conține nimic pentru %n de luni: {1}. Nu s-a modificat nimic.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatioCounts</name>
    <message>
        <source>{0}: how many were counted in the period. The actual is worked out from the two counts.</source>
        <translation>{0}: câte s-au numărat în perioada respectivă. Valoarea realizată se calculează din cele două numere.</translation>
    </message>
    <message>
        <source>{0}: how many there were in all in the period, counted or not.</source>
        <translation>{0}: câte au fost în total în perioada respectivă, numărate sau nu.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Mulțumiți</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Răspunsuri</translation>
    </message>
    <message>
        <source>Resolved first time</source>
        <translation>Rezolvate la primul contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Preluate la timp</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Apeluri primite</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonate</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Contacte primite</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferate</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Contacte gestionate</translation>
    </message>
    <message>
        <source>Sales closed</source>
        <translation>Vânzări finalizate</translation>
    </message>
    <message>
        <source>Tickets handled</source>
        <translation>Tichete gestionate</translation>
    </message>
    <message>
        <source>Offers made</source>
        <translation>Oferte făcute</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Numărate</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Din total</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>{0} (read-only) — goalplanner</source>
        <translation>{0} (doar în citire) — goalplanner</translation>
    </message>
    <message>
        <source>This plan is damaged and shown read-only: nothing can be changed or saved, and the file is left as it is. What is wrong ({0}), as `goalplanner check` lists it:</source>
        <translation>Acest plan este deteriorat și este afișat doar în citire: nimic nu poate fi modificat sau salvat, iar fișierul rămâne neschimbat. Problemele ({0}), așa cum le listează `goalplanner check`:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… și încă {0}</translation>
    </message>
    <message>
        <source>goal {0} “{1}”</source>
        <translation>obiectivul {0} „{1}”</translation>
    </message>
    <message>
        <source>goal {0} (its title cannot be read)</source>
        <translation>obiectivul {0} (titlul său nu poate fi citit)</translation>
    </message>
    <message>
        <source>Goals that cannot be read, so are not in the list: {0}</source>
        <translation>Obiective care nu pot fi citite și deci nu apar în listă: {0}</translation>
    </message>
    <message>
        <source>Every goal could be read and is in the list.</source>
        <translation>Toate obiectivele au putut fi citite și apar în listă.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Meeting pack: {0}</source>
        <translation>Pachet pentru ședință: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} · page {2} of {3}</source>
        <translation>{0} · {1} · pagina {2} din {3}</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier check-in(s)</source>
        <translation>
            <numerusform>și încă %n raportare anterioară</numerusform>
            <numerusform>și încă %n raportări anterioare</numerusform>
            <numerusform>și încă %n de raportări anterioare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active goals: %n</source>
        <translation>
            <numerusform>Obiective active: %n</numerusform>
            <numerusform>Obiective active: %n</numerusform>
            <numerusform>Obiective active: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins in the last %n day(s)</source>
        <translation>
            <numerusform>Raportări din ultima %n zi</numerusform>
            <numerusform>Raportări din ultimele %n zile</numerusform>
            <numerusform>Raportări din ultimele %n de zile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
            <numerusform>și încă %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Who and what it needs</source>
        <translation>Cine și de ce are nevoie</translation>
    </message>
    <message>
        <source>Last check-ins</source>
        <translation>Ultimele raportări</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>No check-in recorded yet.</source>
        <translation>Nicio raportare înregistrată încă.</translation>
    </message>
    <message>
        <source>Goals at a glance</source>
        <translation>Obiectivele pe scurt</translation>
    </message>
    <message>
        <source>{0} · as of {1}</source>
        <translation>{0} · la data de {1}</translation>
    </message>
    <message>
        <source>Goals in this pack</source>
        <translation>Obiectivele din acest pachet</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>No active goal.</source>
        <translation>Niciun obiectiv activ.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Niciuna.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print goal sheet…</source>
        <translation>Tipărește fiș&amp;a obiectivului…</translation>
    </message>
    <message>
        <source>Save goal s&amp;heet as PDF…</source>
        <translation>Salvează fișa obiectivului ca PD&amp;F…</translation>
    </message>
    <message>
        <source>Save &amp;meeting pack as PDF…</source>
        <translation>Salvează pac&amp;hetul pentru ședință ca PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Select a goal to print its sheet.</source>
        <translation>Selectați un obiectiv pentru a-i tipări fișa.</translation>
    </message>
    <message>
        <source>Save goal sheet as PDF</source>
        <translation>Salvează fișa obiectivului ca PDF</translation>
    </message>
    <message>
        <source>Save meeting pack as PDF</source>
        <translation>Salvează pachetul pentru ședință ca PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}</source>
        <translation>
            <numerusform>%n pagină salvată în {0}</numerusform>
            <numerusform>%n pagini salvate în {0}</numerusform>
            <numerusform>%n de pagini salvate în {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Anulat: nu s-a scris niciun PDF.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Se scrie {0}…</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF-ul nu a fost scris</translation>
    </message>
    <message>
        <source>The plan changed meanwhile; try again.</source>
        <translation>Planul s-a schimbat între timp; încercați din nou.</translation>
    </message>
    <message>
        <source>Print goal sheet</source>
        <translation>Tipărește fișa obiectivului</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Netipărit</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Imprimanta nu a putut fi folosită.</translation>
    </message>
    <message>
        <source>Sent “{0}” to the printer.</source>
        <translation>„{0}” a fost trimis la imprimantă.</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Colaboratori</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>Agenți necesari</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Buget</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competențe</translation>
    </message>
    <message>
        <source>Yes, available.</source>
        <translation>Da, disponibil.</translation>
    </message>
    <message>
        <source>No, not yet.</source>
        <translation>Nu, încă nu.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Fără răspuns încă.</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <source>No plan yet: say how the team will get it.</source>
        <translation>Niciun plan încă: precizați cum va obține echipa ce lipsește.</translation>
    </message>
    <message>
        <source>Headcount: {headcount}.</source>
        <translation>Efectiv: {headcount}.</translation>
    </message>
    <message>
        <source>Amount: {amount}.</source>
        <translation>Sumă: {amount}.</translation>
    </message>
    <message numerus="yes">
        <source>It covers %Ln contact(s).</source>
        <translation>
            <numerusform>Acoperă %Ln contact.</numerusform>
            <numerusform>Acoperă %Ln contacte.</numerusform>
            <numerusform>Acoperă %Ln de contacte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>Este necesar %n agent la telefoane și {scheduled} în program după indisponibilitate (agenți întregi, rotunjit în sus): {service_level} cu răspuns în {within} s, așteptare medie {asa} s, grad de ocupare {occupancy}.</numerusform>
            <numerusform>Sunt necesari %n agenți la telefoane și {scheduled} în program după indisponibilitate (agenți întregi, rotunjit în sus): {service_level} cu răspuns în {within} s, așteptare medie {asa} s, grad de ocupare {occupancy}.</numerusform>
            <numerusform>Sunt necesari %n de agenți la telefoane și {scheduled} în program după indisponibilitate (agenți întregi, rotunjit în sus): {service_level} cu răspuns în {within} s, așteptare medie {asa} s, grad de ocupare {occupancy}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headcount {headcount}: {short} short on the rota.</source>
        <translation>Efectiv {headcount}: lipsesc {short} în program.</translation>
    </message>
    <message numerus="yes">
        <source>The busiest week needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>Săptămâna cea mai aglomerată necesită %n agent la telefoane și {scheduled} în program după indisponibilitate (agenți întregi, rotunjit în sus): {service_level} cu răspuns în {within} s, așteptare medie {asa} s, grad de ocupare {occupancy}.</numerusform>
            <numerusform>Săptămâna cea mai aglomerată necesită %n agenți la telefoane și {scheduled} în program după indisponibilitate (agenți întregi, rotunjit în sus): {service_level} cu răspuns în {within} s, așteptare medie {asa} s, grad de ocupare {occupancy}.</numerusform>
            <numerusform>Săptămâna cea mai aglomerată necesită %n de agenți la telefoane și {scheduled} în program după indisponibilitate (agenți întregi, rotunjit în sus): {service_level} cu răspuns în {within} s, așteptare medie {asa} s, grad de ocupare {occupancy}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.</source>
        <translation>
            <numerusform>%n săptămână din {weeks} nu are suficienți agenți; cea mai deficitară, săptămâna {week}, necesită {need} și are {available}.</numerusform>
            <numerusform>%n săptămâni din {weeks} nu au suficienți agenți; cea mai deficitară, săptămâna {week}, necesită {need} și are {available}.</numerusform>
            <numerusform>%n de săptămâni din {weeks} nu au suficienți agenți; cea mai deficitară, săptămâna {week}, necesită {need} și are {available}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills needed: {skills}.</source>
        <translation>Competențe necesare: {skills}.</translation>
    </message>
    <message>
        <source>Nobody named yet: name who is responsible for the goal.</source>
        <translation>Nicio persoană numită încă: numiți persoana responsabilă de obiectiv.</translation>
    </message>
    <message>
        <source>Nobody named yet: name who checks the goal with the owner.</source>
        <translation>Nicio persoană numită încă: numiți persoana care verifică obiectivul împreună cu responsabilul.</translation>
    </message>
    <message>
        <source>Nobody named yet.</source>
        <translation>Nicio persoană numită încă.</translation>
    </message>
    <message>
        <source>Not worked out. To see how many agents the queue needs, change the resources and tick “Work out the agents each week needs (Erlang C)”.</source>
        <translation>Necalculat. Pentru a vedea de câți agenți are nevoie coada, modificați resursele și bifați „Calculează agenții necesari în fiecare săptămână (Erlang C)”.</translation>
    </message>
    <message>
        <source>Headcount {headcount} is enough.</source>
        <translation>Efectiv {headcount}: suficient.</translation>
    </message>
    <message>
        <source>Worked out for {volume}, handle time {aht} s, {aim} ({whose}), shrinkage {shrinkage} and an occupancy cap of {cap}.</source>
        <translation>Calculat pentru {volume}, timp de gestionare {aht} s, {aim} ({whose}), indisponibilitate {shrinkage} și ocupare maximă {cap}.</translation>
    </message>
    <message>
        <source>{contacts} contacts every {minutes} minutes</source>
        <translation>{contacts} contacte la fiecare {minutes} minute</translation>
    </message>
    <message>
        <source>last year&apos;s monthly volumes</source>
        <translation>volumele lunare de anul trecut</translation>
    </message>
    <message>
        <source>an average wait of {asa} s</source>
        <translation>o așteptare medie de {asa} s</translation>
    </message>
    <message>
        <source>{target} answered within {within} s</source>
        <translation>{target} cu răspuns în {within} s</translation>
    </message>
    <message>
        <source>{target} hanging up, at a patience of {patience} s</source>
        <translation>{target} abandonuri, la o răbdare a apelanților de {patience} s</translation>
    </message>
    <message>
        <source>the goal&apos;s target</source>
        <translation>ținta obiectivului</translation>
    </message>
    <message>
        <source>a target typed into the calculator</source>
        <translation>o țintă introdusă în calculator</translation>
    </message>
    <message>
        <source>Cannot work it out: {reason}.</source>
        <translation>Nu se poate calcula: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Can the team do it?</source>
        <translation>Poate echipa să-l realizeze?</translation>
    </message>
    <message>
        <source>Three questions. Answer each honestly: a “no” does not end the goal, it asks how you will get what is missing.</source>
        <translation>Trei întrebări. Răspundeți sincer la fiecare: un „nu” nu pune capăt obiectivului, ci vă întreabă cum veți obține ce lipsește.</translation>
    </message>
    <message>
        <source>Staff: do we have the people to carry the work?</source>
        <translation>Personal: avem oamenii necesari pentru acest volum de muncă?</translation>
    </message>
    <message>
        <source>Budget: can we pay for it, or cut elsewhere?</source>
        <translation>Buget: ne permitem costul sau putem reduce în altă parte?</translation>
    </message>
    <message>
        <source>Skills: do we have the know-how, or someone to teach it?</source>
        <translation>Competențe: avem cunoștințele necesare sau pe cineva care să le predea?</translation>
    </message>
    <message>
        <source>If no: how will you get it, and by when?</source>
        <translation>Dacă nu: cum veți obține ce lipsește și până când?</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Contacts it covers</source>
        <translation>Contacte acoperite</translation>
    </message>
    <message>
        <source>e.g. training on the new CRM</source>
        <translation>ex. instruire pentru noul CRM</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>Competențe necesare</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Efectiv</translation>
    </message>
    <message>
        <source>Work out the agents each week needs (Erlang C)</source>
        <translation>Calculează agenții necesari în fiecare săptămână (Erlang C)</translation>
    </message>
    <message>
        <source>For cost per contact: enter the contacts the budget covers to see the total.</source>
        <translation>Pentru costul per contact: introduceți contactele acoperite de buget pentru a vedea totalul.</translation>
    </message>
    <message>
        <source>at today&apos;s cost</source>
        <translation>la costul actual</translation>
    </message>
    <message>
        <source>at the target</source>
        <translation>la țintă</translation>
    </message>
    <message>
        <source>Contacts × cost per contact — {0}</source>
        <translation>Contacte × cost per contact — {0}</translation>
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <source>Not answered yet: {0}. Answer them to know whether the team can do it.</source>
        <translation>Întrebări fără răspuns încă: {0}. Răspundeți la ele pentru a ști dacă echipa poate realiza obiectivul.</translation>
    </message>
    <message>
        <source>&amp;Answer the questions…</source>
        <translation>Ră&amp;spunde la întrebări…</translation>
    </message>
    <message>
        <source>What the goal needs and who is on it, as answered in the wizard.</source>
        <translation>De ce are nevoie obiectivul și cine lucrează la el, conform răspunsurilor din asistent.</translation>
    </message>
    <message>
        <source>C&amp;hange resources…</source>
        <translation>&amp;Modifică resursele…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>zilnică</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>creată cu „Copie de rezervă acum”</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>înainte de o actualizare de format</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurare din copie de rezervă</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. A copy of the one you choose is saved as a new file beside the plan and opened; the plan and its backups stay as they are.</source>
        <translation>Copiile de rezervă pentru {0}, cele mai noi primele. O copie a celei alese este salvată ca fișier nou lângă plan și deschisă; planul și copiile sale de rezervă rămân neschimbate.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>&amp;Deschide o copie</translation>
    </message>
    <message>
        <source>This plan has no backups yet. File → Back up now makes one.</source>
        <translation>Acest plan nu are încă copii de rezervă. Fișier → Copie de rezervă acum creează una.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>Verificare și salvare</translation>
    </message>
    <message>
        <source>Read the goal aloud: would the owner know what to do on Monday? Fix what is marked as an error; warnings are worth a second look.</source>
        <translation>Citiți obiectivul cu voce tare: ar ști responsabilul ce are de făcut luni? Corectați ce este marcat ca eroare; avertismentele merită o a doua privire.</translation>
    </message>
    <message>
        <source>Every SMART check passes.</source>
        <translation>Toate verificările SMART sunt trecute.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestie</translation>
    </message>
</context>
<context>
    <name>RollupActions</name>
    <message>
        <source>Roll-&amp;up rule…</source>
        <translation>Regula de &amp;agregare…</translation>
    </message>
    <message>
        <source>Guard&amp;rail…</source>
        <translation>Obiectiv de p&amp;rotecție…</translation>
    </message>
    <message>
        <source>Roll-up rule of “{0}”</source>
        <translation>Regula de agregare pentru „{0}”</translation>
    </message>
    <message>
        <source>Guardrail of “{0}”</source>
        <translation>Obiectivul de protecție pentru „{0}”</translation>
    </message>
</context>
<context>
    <name>RollupRuleDialog</name>
    <message>
        <source>Roll-up rule</source>
        <translation>Regula de agregare</translation>
    </message>
    <message>
        <source>How this goal&apos;s status together with its sub-goals is worked out.</source>
        <translation>Cum se stabilește starea acestui obiectiv împreună cu subobiectivele sale.</translation>
    </message>
    <message>
        <source>&amp;Worst wins: the worst status of the goal and everything under it</source>
        <translation>Cea mai &amp;slabă stare: cea mai slabă stare a obiectivului și a tot ce este sub el</translation>
    </message>
    <message>
        <source>W&amp;eighted: graded from the weighted mean of the sub-goals&apos; achievement</source>
        <translation>&amp;Ponderat: evaluat după media ponderată a realizării subobiectivelor</translation>
    </message>
    <message>
        <source>Each sub-goal counts with its latest check-in&apos;s share of the planned change (at most 100%); one without a check-in leaves the mean and the other weights are rescaled. Leave every weight empty for equal shares.</source>
        <translation>Fiecare subobiectiv contează cu partea din schimbarea planificată atinsă la ultima raportare (cel mult 100%); unul fără raportare iese din medie, iar celelalte ponderi se recalculează. Lăsați toate ponderile goale pentru părți egale.</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Subobiectiv</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Pondere</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>egală</translation>
    </message>
    <message>
        <source>Give every sub-goal a weight, or leave them all empty for equal shares.</source>
        <translation>Dați o pondere fiecărui subobiectiv sau lăsați-le pe toate goale pentru părți egale.</translation>
    </message>
    <message>
        <source>The weights must make 100%.</source>
        <translation>Ponderile trebuie să însumeze 100%.</translation>
    </message>
    <message>
        <source>Total: {0}%</source>
        <translation>Total: {0}%</translation>
    </message>
    <message>
        <source>Equal shares: {0}% each</source>
        <translation>Părți egale: câte {0}%</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet.</source>
        <translation>Acest obiectiv nu are încă subobiective.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>support lead</source>
        <translation>coordonator suport</translation>
    </message>
    <message>
        <source>Be recognised as the leader in customer service in our market, measured by NPS</source>
        <translation>Recunoașterea ca lider în serviciul pentru clienți pe piața noastră, măsurată prin NPS</translation>
    </message>
    <message>
        <source>head of customer service</source>
        <translation>director serviciu clienți</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Serviciul clienți</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>Operations director</source>
        <translation>Director operațiuni</translation>
    </message>
    <message>
        <source>Customers who recommend us are the cheapest growth we have.</source>
        <translation>Clienții care ne recomandă sunt cea mai ieftină sursă de creștere pe care o avem.</translation>
    </message>
    <message>
        <source>Company strategy: win on service, not on price.</source>
        <translation>Strategia companiei: câștigăm prin calitatea serviciului, nu prin preț.</translation>
    </message>
    <message>
        <source>Cut average support call wait time by 50% within six weeks through a plan led by Mark</source>
        <translation>Reducerea cu 50% a timpului mediu de așteptare la apelurile de suport în șase săptămâni, printr-un plan condus de Mark</translation>
    </message>
    <message>
        <source>Phone team A</source>
        <translation>Echipa de telefonie A</translation>
    </message>
    <message>
        <source>Phone team B</source>
        <translation>Echipa de telefonie B</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>Suport telefonic</translation>
    </message>
    <message>
        <source>Inbound support queue</source>
        <translation>Coada de suport de intrare</translation>
    </message>
    <message>
        <source>Long waits are the first complaint in our surveys and push callers to hang up.</source>
        <translation>Așteptările lungi sunt principala nemulțumire din sondajele noastre și îi fac pe apelanți să închidă.</translation>
    </message>
    <message>
        <source>Two senior agents coach the queue on the call-back script.</source>
        <translation>Doi agenți seniori instruiesc agenții cozii pe scriptul de reapelare.</translation>
    </message>
    <message>
        <source>Call-back scheduling, queue monitoring</source>
        <translation>Programarea reapelărilor, monitorizarea cozii</translation>
    </message>
    <message>
        <source>Raise e-mail CSAT 25% versus last quarter, from 68% to 85%, within three months</source>
        <translation>Creșterea CSAT pe e-mail cu 25% față de trimestrul trecut, de la 68% la 85%, în trei luni</translation>
    </message>
    <message>
        <source>team lead, e-mail</source>
        <translation>coordonator de echipă, e-mail</translation>
    </message>
    <message>
        <source>E-mail support</source>
        <translation>Suport pe e-mail</translation>
    </message>
    <message>
        <source>E-mail channel</source>
        <translation>Canalul de e-mail</translation>
    </message>
    <message>
        <source>Unhappy e-mail customers call back, which lengthens every queue.</source>
        <translation>Clienții nemulțumiți de răspunsurile pe e-mail sună apoi, ceea ce lungește toate cozile.</translation>
    </message>
    <message>
        <source>Cut support call volume 50% versus last year through a self-service library</source>
        <translation>Reducerea cu 50% a volumului de apeluri de suport față de anul trecut, printr-o bibliotecă de autoservire</translation>
    </message>
    <message>
        <source>self-service lead</source>
        <translation>coordonator autoservire</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Autoservire</translation>
    </message>
    <message>
        <source>Phone support, all products</source>
        <translation>Suport telefonic, toate produsele</translation>
    </message>
    <message>
        <source>Customers would rather find answers themselves; every call avoided frees an agent.</source>
        <translation>Clienții preferă să găsească singuri răspunsurile; fiecare apel evitat eliberează un agent.</translation>
    </message>
    <message>
        <source>Fund the knowledge-base licence from the printed-manuals budget.</source>
        <translation>Licența bazei de cunoștințe se finanțează din bugetul pentru manuale tipărite.</translation>
    </message>
    <message>
        <source>Technical writing</source>
        <translation>Redactare tehnică</translation>
    </message>
    <message>
        <source>Keep phone agents&apos; occupancy within the healthy 75-85% band every week</source>
        <translation>Menținerea gradului de ocupare al agenților telefonici în intervalul sănătos de 75-85%, în fiecare săptămână</translation>
    </message>
    <message>
        <source>Above 85% agents burn out; below 75% we pay for idle time.</source>
        <translation>Peste 85% agenții se epuizează; sub 75% plătim timp neproductiv.</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>Reducerea cu 10% a transferurilor inutile în șase luni</translation>
    </message>
    <message>
        <source>quality lead</source>
        <translation>coordonator calitate</translation>
    </message>
    <message>
        <source>Each needless transfer makes the customer repeat the story. Paired with the goal on beneficial transfers so agents do not stop sending callers to experts.</source>
        <translation>Fiecare transfer inutil îl obligă pe client să-și repete povestea. Obiectivul este asociat cu cel privind transferurile utile, ca agenții să nu înceteze să trimită apelanții la experți.</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over the same six months</source>
        <translation>Creșterea cu 5% a transferurilor utile către experții de produs în aceleași șase luni</translation>
    </message>
    <message>
        <source>The complement of the transfer cut: the right expert at once solves the issue on one call.</source>
        <translation>Completează reducerea transferurilor: expertul potrivit, găsit imediat, rezolvă problema dintr-un singur apel.</translation>
    </message>
    <message>
        <source>transfers/week</source>
        <translation>transferuri/săptămână</translation>
    </message>
    <message>
        <source>Two agents off sick; call-backs paused.</source>
        <translation>Doi agenți în concediu medical; reapelările sunt suspendate.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Spread plans over &amp;working days, not calendar days</source>
        <translation>&amp;Distribuie planurile pe zile lucrătoare, nu pe zile calendaristice</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Calendar de lucru</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Fără sărbători legale</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Zile lucrătoare</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Sărbători legale din</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regiune</translation>
    </message>
    <message>
        <source>Changes apply to plans made or reset from now on; existing plans keep their values.</source>
        <translation>Modificările se aplică planurilor create sau resetate de acum înainte; planurile existente își păstrează valorile.</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>La fel ca sistemul ({0})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>La fel ca sistemul</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Toată țara</translation>
    </message>
</context>
<context>
    <name>ShapePage</name>
    <message>
        <source>How should the plan get there?</source>
        <translation>Cum ajunge planul la țintă?</translation>
    </message>
    <message>
        <source>The pace from the baseline to the target. Each week&apos;s and month&apos;s check-in is judged against this plan.</source>
        <translation>Ritmul de la valoarea inițială la țintă. Raportarea fiecărei săptămâni și luni este evaluată față de acest plan.</translation>
    </message>
    <message>
        <source>S&amp;traight line: the same step every week</source>
        <translation>Linie &amp;dreaptă: același pas în fiecare săptămână</translation>
    </message>
    <message>
        <source>&amp;A steady percentage every month or week</source>
        <translation>Procent &amp;constant în fiecare lună sau săptămână</translation>
    </message>
    <message>
        <source>&amp;Front-loaded: most of the change early</source>
        <translation>&amp;Rapid la început: majoritatea schimbării vine devreme</translation>
    </message>
    <message>
        <source>Bac&amp;k-loaded: most of the change near the deadline</source>
        <translation>&amp;Lent la început: majoritatea schimbării vine aproape de termen</translation>
    </message>
    <message>
        <source>&amp;Like last year: progress comes in the months that went well last year</source>
        <translation>Ca &amp;anul trecut: progresul vine în lunile care au mers bine anul trecut</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>o dată pe lună</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>o dată pe săptămână</translation>
    </message>
    <message>
        <source>Paste last year&apos;s 12 months (a column or a row), or type them: 120 110 130 …</source>
        <translation>Lipiți cele 12 luni de anul trecut (o coloană sau un rând) sau introduceți-le: 120 110 130 …</translation>
    </message>
    <message>
        <source>Enter a change above -100% and at most 1000%.</source>
        <translation>Introduceți o schimbare peste -100% și de cel mult 1000%.</translation>
    </message>
    <message>
        <source>Paste or type last year&apos;s 12 monthly values.</source>
        <translation>Lipiți sau introduceți cele 12 valori lunare de anul trecut.</translation>
    </message>
    <message>
        <source>The preview appears once the goal has a baseline, a target and a deadline.</source>
        <translation>Previzualizarea apare după ce obiectivul are o valoare inițială, o țintă și un termen.</translation>
    </message>
    <message>
        <source>Type a rate to plan with your own.</source>
        <translation>Introduceți o rată pentru a planifica cu una proprie.</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>Valori citite: {0}</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>{0} pe lună ajunge la {1} până la termen, la {2} distanță de {3}.</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>{0} pe săptămână ajunge la {1} până la termen, la {2} distanță de {3}.</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a month would get there.</source>
        <translation>La termen, planul face apoi un salt până la țintă; {0} pe lună ar ajunge la ea.</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a week would get there.</source>
        <translation>La termen, planul face apoi un salt până la țintă; {0} pe săptămână ar ajunge la ea.</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by {2} and holds it to the deadline.</source>
        <translation>{0} pe lună ajunge la {1} până la {2} și se menține acolo până la termen.</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by {2} and holds it to the deadline.</source>
        <translation>{0} pe săptămână ajunge la {1} până la {2} și se menține acolo până la termen.</translation>
    </message>
    <message>
        <source>An even {0} a month ends exactly at the target.</source>
        <translation>Un ritm constant de {0} pe lună se încheie exact la țintă.</translation>
    </message>
    <message>
        <source>An even {0} a week ends exactly at the target.</source>
        <translation>Un ritm constant de {0} pe săptămână se încheie exact la țintă.</translation>
    </message>
    <message>
        <source>Halfway to the deadline, in the week ending {0}, the plan is at {1}.</source>
        <translation>La jumătatea drumului până la termen, în săptămâna care se încheie la {0}, planul este la {1}.</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format: a month and its year</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <source>improve, improving, better, enhance, optimise, optimize, boost, maximise, maximize, minimise, minimize, work on, focus on, try, strive, great, excellent</source>
        <translation>îmbunătăți, îmbunătățire, îmbunătățirea, mai bun, mai bună, mai bune, optimiza, optimizare, maximiza, minimiza, spori, încerca, încercăm, lucra la, ne concentrăm, excelent, excelentă</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>o dată pe săptămână</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>o dată la două săptămâni</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>o dată pe lună</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>buget</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>competențe</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>mai mare</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>mai mică</translation>
    </message>
    <message>
        <source>Say in one sentence what the team will achieve, e.g. “Cut average call wait time by 50% within six weeks”.</source>
        <translation>Spuneți într-o propoziție ce va realiza echipa, ex. „Reducerea cu 50% a timpului mediu de așteptare la apeluri în șase săptămâni”.</translation>
    </message>
    <message>
        <source>“{title}” does not say how much or of what. Name the number that will change and by how much, e.g. “from 68% to 85% CSAT”.</source>
        <translation>„{title}” nu spune cât și din ce. Numiți cifra care se va schimba și cu cât, ex. „de la 68% la 85% CSAT”.</translation>
    </message>
    <message>
        <source>Say which team, queue or channel the goal covers.</source>
        <translation>Precizați ce echipă, coadă sau canal acoperă obiectivul.</translation>
    </message>
    <message>
        <source>Name one owner who champions the goal; a goal everyone owns, nobody drives.</source>
        <translation>Numiți un singur responsabil care susține obiectivul; un obiectiv al tuturor nu e condus de nimeni.</translation>
    </message>
    <message>
        <source>Choose a metric from the catalogue, or give a custom metric its unit.</source>
        <translation>Alegeți un indicator din catalog sau dați unui indicator personalizat o unitate.</translation>
    </message>
    <message>
        <source>Record where you are now (the baseline) before setting a target.</source>
        <translation>Notați unde vă aflați acum (valoarea inițială) înainte de a stabili o țintă.</translation>
    </message>
    <message>
        <source>Say when the baseline was measured, so progress is compared with the right period.</source>
        <translation>Precizați când a fost măsurată valoarea inițială, ca progresul să fie comparat cu perioada potrivită.</translation>
    </message>
    <message>
        <source>Set the value the metric should reach.</source>
        <translation>Stabiliți valoarea pe care trebuie să o atingă indicatorul.</translation>
    </message>
    <message>
        <source>For {metric}, {better} is better, but this goal aims the other way. Check the target.</source>
        <translation>Pentru „{metric}”, o valoare {better} este mai bună, dar acest obiectiv țintește în sens opus. Verificați ținta.</translation>
    </message>
    <message>
        <source>The target equals the baseline: there is nothing to achieve. Set a different target.</source>
        <translation>Ținta este egală cu valoarea inițială: nu este nimic de atins. Stabiliți altă țintă.</translation>
    </message>
    <message>
        <source>Today&apos;s value ({baseline}) already meets the target ({target}). Aim further, or make this a goal to hold the level.</source>
        <translation>Valoarea actuală ({baseline}) atinge deja ținta ({target}). Țintiți mai sus sau transformați-l într-un obiectiv de menținere a nivelului.</translation>
    </message>
    <message>
        <source>A stretch target should go further than the target.</source>
        <translation>O țintă ambițioasă trebuie să meargă mai departe decât ținta.</translation>
    </message>
    <message numerus="yes">
        <source>The queue needs %n agent(s) on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</source>
        <translation>
            <numerusform>Coada necesită %n agent la telefoane ({scheduled} în program); un efectiv de {headcount} asigură circa {available} după indisponibilitate.</numerusform>
            <numerusform>Coada necesită %n agenți la telefoane ({scheduled} în program); un efectiv de {headcount} asigură circa {available} după indisponibilitate.</numerusform>
            <numerusform>Coada necesită %n de agenți la telefoane ({scheduled} în program); un efectiv de {headcount} asigură circa {available} după indisponibilitate.</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which runs from {low} to {high}.</source>
        <translation>{value} {unit} nu este o valoare posibilă pentru „{metric}”, care variază între {low} și {high}.</translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which cannot be below {low}.</source>
        <translation>{value} {unit} nu este o valoare posibilă pentru „{metric}”, care nu poate fi sub {low}.</translation>
    </message>
    <message>
        <source>A 100% cut cannot be reached for a metric that never goes below zero. Choose a target above zero.</source>
        <translation>O reducere de 100% nu poate fi atinsă pentru un indicator care nu coboară niciodată sub zero. Alegeți o țintă peste zero.</translation>
    </message>
    <message>
        <source>A {change} change is likely unrealistic: asks of 75% or more demoralise teams. Split it into stages, or make it the stretch target.</source>
        <translation>O schimbare de {change} este probabil nerealistă: cerințele de 75% sau mai mult demoralizează echipele. Împărțiți-o în etape sau faceți din ea ținta ambițioasă.</translation>
    </message>
    <message>
        <source>A {change} change is large. Where does the number come from? Check it against the team&apos;s history or a benchmark.</source>
        <translation>O schimbare de {change} este mare. De unde provine cifra? Comparați-o cu istoricul echipei sau cu un reper din industrie.</translation>
    </message>
    <message>
        <source>Give the band to stay within: a lower and an upper value.</source>
        <translation>Indicați intervalul în care trebuie să rămână indicatorul: o valoare inferioară și una superioară.</translation>
    </message>
    <message>
        <source>The lower end of the band must be below the upper end.</source>
        <translation>Limita inferioară a intervalului trebuie să fie sub limita superioară.</translation>
    </message>
    <message>
        <source>Today&apos;s value is already inside the band: this goal is about holding it there.</source>
        <translation>Valoarea actuală este deja în interval: acest obiectiv urmărește menținerea ei acolo.</translation>
    </message>
    <message>
        <source>Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.</source>
        <translation>Mențineți gradul de ocupare între {low}% și {high}%: peste acest interval agenții se epuizează, sub el stau degeaba.</translation>
    </message>
    <message>
        <source>You answered “no” for {resource}: say how the team will get it.</source>
        <translation>Ați răspuns „nu” la întrebarea despre {resource}: precizați cum va obține echipa ce lipsește.</translation>
    </message>
    <message>
        <source>Say whether the team has the {resource} it needs: a “no” is fine, it only asks how you will get it.</source>
        <translation>Precizați dacă echipa are ce îi trebuie la capitolul {resource}: un „nu” este în regulă, doar vă întreabă cum veți obține ce lipsește.</translation>
    </message>
    <message>
        <source>Link the goal to a parent goal or to the company strategy, so the team sees what it serves.</source>
        <translation>Legați obiectivul de un obiectiv părinte sau de strategia companiei, ca echipa să vadă ce servește.</translation>
    </message>
    <message>
        <source>Say why it matters to customers and to the team.</source>
        <translation>Spuneți de ce contează pentru clienți și pentru echipă.</translation>
    </message>
    <message>
        <source>Pushing speed, cost or volume alone can hurt service. Consider a companion goal on first contact resolution or CSAT.</source>
        <translation>Urmărirea exclusivă a vitezei, a costului sau a volumului poate afecta serviciul. Luați în calcul un obiectiv complementar pentru rezolvarea la primul contact sau CSAT.</translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation>Stabiliți un termen.</translation>
    </message>
    <message>
        <source>The deadline must come after the start.</source>
        <translation>Termenul trebuie să fie după data de început.</translation>
    </message>
    <message>
        <source>Checking in {cadence} leaves no check-in before the deadline. Check in more often or allow more time.</source>
        <translation>Dacă raportați {cadence}, nu va avea loc nicio raportare înainte de termen. Raportați mai des sau acordați mai mult timp.</translation>
    </message>
    <message>
        <source>Too few check-ins before the deadline ({count}) to correct course. Check in more often.</source>
        <translation>Prea puține raportări înainte de termen ({count}) pentru a corecta direcția. Raportați mai des.</translation>
    </message>
    <message>
        <source>{owner} will have “{title}” done for {scope} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} va finaliza „{title}” pentru {scope} până la {deadline} (începând cu {start}, cu raportare {cadence}), deoarece {why}.</translation>
    </message>
    <message>
        <source>{owner} will keep {metric} for {scope} within {low} to {high} (now {baseline}) from {start} to {deadline}, checking in {cadence}, because {why}.</source>
        <translation>{owner} va menține indicatorul „{metric}” pentru {scope} între {low} și {high} (acum {baseline}) de la {start} până la {deadline}, cu raportare {cadence}, deoarece {why}.</translation>
    </message>
    <message>
        <source>{owner} will cut {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} va reduce indicatorul „{metric}” pentru {scope} de la {baseline} la {target} până la {deadline} (începând cu {start}, cu raportare {cadence}), deoarece {why}.</translation>
    </message>
    <message>
        <source>{owner} will raise {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} va crește indicatorul „{metric}” pentru {scope} de la {baseline} la {target} până la {deadline} (începând cu {start}, cu raportare {cadence}), deoarece {why}.</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specific</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Măsurabil</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Realizabil</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Încadrat în timp</translation>
    </message>
    <message>
        <source>The sentence speaks of {said} (“{text}”), but the metric chosen is {metric}.</source>
        <translation>Propoziția se referă la {said} („{text}”), dar indicatorul ales este {metric}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the baseline is {value}.</source>
        <translation>Propoziția spune „{text}”, dar valoarea inițială este {value}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the target is {value}.</source>
        <translation>Propoziția spune „{text}”, dar ținta este {value}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, which from the baseline makes {expected}, but the target is {value}.</source>
        <translation>Propoziția spune „{text}”, ceea ce, pornind de la valoarea inițială, înseamnă {expected}, dar ținta este {value}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the goal counts {better} as better.</source>
        <translation>Propoziția spune „{text}”, dar obiectivul consideră mai bună o valoare {better}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}” ({day}), but the deadline is {deadline}.</source>
        <translation>Propoziția spune „{text}” ({day}), dar termenul este {deadline}.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split “{0}” among agents</source>
        <translation>Împarte „{0}” la agenți</translation>
    </message>
    <message>
        <source>Names, separated by commas: Ana, Ben, Chen</source>
        <translation>Nume, separate prin virgulă: Ana, Ben, Chen</translation>
    </message>
    <message>
        <source>Optional, e.g. {0} for a part-timer</source>
        <translation>Opțional, ex. {0} pentru un angajat cu normă parțială</translation>
    </message>
    <message>
        <source>Optional, one per person separated by “;”; blank keeps the team&apos;s {0}</source>
        <translation>Opțional, câte una de persoană, separate prin „;”; un loc gol păstrează valoarea echipei, {0}</translation>
    </message>
    <message>
        <source>&amp;Take the team&apos;s actuals from its agents</source>
        <translation>&amp;Preia realizările echipei de la agenții săi</translation>
    </message>
    <message>
        <source>The team goal is then judged on its agents&apos; check-ins: counts add up, averages are weighted by contacts, shares come from the agents&apos; counts.</source>
        <translation>Obiectivul echipei este apoi judecat după raportările agenților: numărătorile se adună, mediile sunt ponderate cu contactele, procentele se calculează din numărătorile agenților.</translation>
    </message>
    <message numerus="yes">
        <source>Not ticked: the team has %n check-in(s) of its own, which it keeps being judged on until its agents report (switch in its detail).</source>
        <translation>
            <numerusform>Nebifat: echipa are %n raportare proprie, după care este evaluată în continuare până raportează agenții (schimbați în detaliile ei).</numerusform>
            <numerusform>Nebifat: echipa are %n raportări proprii, după care este evaluată în continuare până raportează agenții (schimbați în detaliile ei).</numerusform>
            <numerusform>Nebifat: echipa are %n de raportări proprii, după care este evaluată în continuare până raportează agenții (schimbați în detaliile ei).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team target</source>
        <translation>Ținta echipei</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Persoane</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>P&amp;onderi</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>Ț&amp;inte</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Părți</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>„{0}” nu este un număr.</translation>
    </message>
    <message>
        <source>Give one weight per person.</source>
        <translation>Dați câte o pondere pentru fiecare persoană.</translation>
    </message>
    <message>
        <source>Weights are 0 or more, and not all 0.</source>
        <translation>Ponderile sunt 0 sau mai mari și nu toate 0.</translation>
    </message>
    <message>
        <source>Give one target per person, or leave a place blank for the team&apos;s.</source>
        <translation>Dați câte o țintă pentru fiecare persoană sau lăsați locul gol pentru ținta echipei.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n agent goals</source>
        <translation>
            <numerusform>&amp;Creează %n obiectiv de agent</numerusform>
            <numerusform>&amp;Creează %n obiective de agent</numerusform>
            <numerusform>&amp;Creează %n de obiective de agent</numerusform>
        </translation>
    </message>
    <message>
        <source>This goal already has agents ({0}). Their goals and check-ins stay, as ordinary sub-goals; the new agents take their place.</source>
        <translation>Acest obiectiv are deja agenți ({0}). Obiectivele și raportările lor rămân, ca subobiective obișnuite; noii agenți le iau locul.</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>Numiți cel puțin o persoană.</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>Fiecare persoană poate apărea o singură dată.</translation>
    </message>
    <message>
        <source>This goal is closed: reopen it to split it.</source>
        <translation>Acest obiectiv este închis: redeschideți-l pentru a-l împărți.</translation>
    </message>
    <message>
        <source>This goal is already one agent&apos;s share: split the team goal instead.</source>
        <translation>Acest obiectiv este deja partea unui agent: împărțiți în schimb obiectivul echipei.</translation>
    </message>
    <message>
        <source>No plan can be made for the agents&apos; shares.</source>
        <translation>Nu se poate face un plan pentru părțile agenților.</translation>
    </message>
</context>
<context>
    <name>Staffing</name>
    <message>
        <source>the interval must be longer than 0 seconds</source>
        <translation>intervalul trebuie să fie mai lung de 0 secunde</translation>
    </message>
    <message>
        <source>the handle time must be longer than 0 seconds</source>
        <translation>timpul de gestionare trebuie să fie mai mare de 0 secunde</translation>
    </message>
    <message>
        <source>the number of contacts cannot be negative</source>
        <translation>numărul de contacte nu poate fi negativ</translation>
    </message>
    <message>
        <source>an average wait of 0 seconds would need endless agents</source>
        <translation>o așteptare medie de 0 secunde ar necesita un număr infinit de agenți</translation>
    </message>
    <message>
        <source>the service-level target must be above 0% and below 100%</source>
        <translation>ținta pentru nivelul de serviciu trebuie să fie peste 0% și sub 100%</translation>
    </message>
    <message>
        <source>the abandonment target must be above 0% and below 100%</source>
        <translation>ținta pentru abandon trebuie să fie peste 0% și sub 100%</translation>
    </message>
    <message>
        <source>callers&apos; patience must be longer than 0 seconds</source>
        <translation>răbdarea apelanților trebuie să fie mai mare de 0 secunde</translation>
    </message>
    <message>
        <source>the answer time cannot be negative</source>
        <translation>timpul de răspuns nu poate fi negativ</translation>
    </message>
    <message>
        <source>the occupancy cap must be above 0% and at most 100%</source>
        <translation>ocuparea maximă trebuie să fie peste 0% și de cel mult 100%</translation>
    </message>
    <message>
        <source>shrinkage must be at least 0% and below 100%</source>
        <translation>indisponibilitatea trebuie să fie de cel puțin 0% și sub 100%</translation>
    </message>
    <message>
        <source>the open hours must be above 0 and at most 168 a week</source>
        <translation>programul trebuie să aibă peste 0 și cel mult 168 de ore pe săptămână</translation>
    </message>
    <message>
        <source>type last year&apos;s twelve monthly volumes</source>
        <translation>introduceți cele douăsprezece volume lunare de anul trecut</translation>
    </message>
    <message>
        <source>a monthly volume profile needs the goal&apos;s deadline</source>
        <translation>un profil de volum lunar necesită termenul obiectivului</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>The goal&apos;s target</source>
        <translation>Ținta obiectivului</translation>
    </message>
    <message>
        <source>A service level I choose</source>
        <translation>Un nivel de serviciu ales de mine</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>Calculează pentru</translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation>Timp de gestionare (s)</translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation>Interval (minute)</translation>
    </message>
    <message>
        <source>Open hours a week</source>
        <translation>Ore de program pe săptămână</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>Indisponibilitate (%)</translation>
    </message>
    <message>
        <source>Occupancy cap (%)</source>
        <translation>Ocupare maximă (%)</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Nivel de serviciu (%)</translation>
    </message>
    <message>
        <source>Answered within (s)</source>
        <translation>Răspuns în (s)</translation>
    </message>
    <message>
        <source>Callers&apos; patience (s)</source>
        <translation>Răbdarea apelanților (s)</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <translation>Contacte pe interval</translation>
    </message>
    <message>
        <source>How long callers wait, on average, before they hang up. From your phone system: the total time all callers waited divided by the calls abandoned.</source>
        <translation>Cât așteaptă în medie apelanții înainte să închidă. Din sistemul telefonic: timpul total de așteptare al tuturor apelanților împărțit la apelurile abandonate.</translation>
    </message>
    <message>
        <source>Same every week</source>
        <translation>La fel în fiecare săptămână</translation>
    </message>
    <message>
        <source>Last year&apos;s months</source>
        <translation>Lunile de anul trecut</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>12 numbers, January first (paste a row or column)</source>
        <translation>12 numere, începând cu ianuarie (lipiți un rând sau o coloană)</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>Contacte pe lună</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Săptămâna</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>Agenți necesari</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponibil</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Deficit</translation>
    </message>
    <message>
        <source>“{0}” is not a monthly volume.</source>
        <translation>„{0}” nu este un volum lunar.</translation>
    </message>
    <message>
        <source>Last year&apos;s months: type 12 numbers, January first ({0} so far).</source>
        <translation>Lunile de anul trecut: introduceți 12 numere, începând cu ianuarie (până acum: {0}).</translation>
    </message>
    <message>
        <source>Cannot work it out: {0}</source>
        <translation>Nu se poate calcula: {0}</translation>
    </message>
</context>
<context>
    <name>StaffingWords</name>
    <message>
        <source>The goal&apos;s target: an average wait of {0} s.</source>
        <translation>Ținta obiectivului: o așteptare medie de {0} s.</translation>
    </message>
    <message>
        <source>The goal&apos;s target: at most {0} % of callers hang up. Erlang C does not model hanging up: callers are taken to give up after {1} s on average, and the agents that keep it to {0} % are counted.</source>
        <translation>Ținta obiectivului: cel mult {0} % dintre apelanți închid. Erlang C nu modelează abandonul: se consideră că apelanții renunță în medie după {1} s și se calculează agenții care îl mențin la {0} %.</translation>
    </message>
    <message>
        <source>The goal&apos;s target: {0} % answered within the seconds below.</source>
        <translation>Ținta obiectivului: {0} % cu răspuns în numărul de secunde de mai jos.</translation>
    </message>
    <message>
        <source>A service level of your own, below, instead of the goal&apos;s target.</source>
        <translation>Un nivel de serviciu propriu, mai jos, în locul țintei obiectivului.</translation>
    </message>
    <message>
        <source>The goal has no target yet: the service level below is used until it has one.</source>
        <translation>Obiectivul nu are încă o țintă: se folosește nivelul de serviciu de mai jos până când va avea una.</translation>
    </message>
    <message>
        <source>The goal is not about waits or answering: the service level below is used.</source>
        <translation>Obiectivul nu se referă la așteptare sau la preluarea apelurilor: se folosește nivelul de serviciu de mai jos.</translation>
    </message>
    <message>
        <source>Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>Agenți necesari: {0} la telefoane și {1} în program după indisponibilitate (agenți întregi, rotunjit în sus). Așteptare medie {2} s, {3}% cu răspuns în {4} s, grad de ocupare {5}%.</translation>
    </message>
    <message>
        <source>The busiest week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>Agenți necesari în săptămâna cea mai aglomerată: {0} la telefoane și {1} în program după indisponibilitate (agenți întregi, rotunjit în sus). Așteptare medie {2} s, {3}% cu răspuns în {4} s, grad de ocupare {5}%.</translation>
    </message>
    <message>
        <source>Each week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>Agenți necesari în fiecare săptămână: {0} la telefoane și {1} în program după indisponibilitate (agenți întregi, rotunjit în sus). Așteptare medie {2} s, {3}% cu răspuns în {4} s, grad de ocupare {5}%.</translation>
    </message>
    <message>
        <source>Headcount {0}: {1} short on the rota.</source>
        <translation>Efectiv {0}: lipsesc {1} în program.</translation>
    </message>
    <message>
        <source>Headcount {0} is enough.</source>
        <translation>Efectiv {0}: suficient.</translation>
    </message>
    <message>
        <source>Enter the headcount to compare. The busiest week, week {0}, needs {1} agents.</source>
        <translation>Introduceți efectivul pentru comparație. Agenți necesari în săptămâna cea mai aglomerată (săptămâna {0}): {1}.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.</source>
        <translation>
            <numerusform>%n săptămână din {0} nu are suficienți agenți; cea mai deficitară, săptămâna {1}, necesită {2}, iar disponibili sunt {3}.</numerusform>
            <numerusform>%n săptămâni din {0} nu au suficienți agenți; cea mai deficitară, săptămâna {1}, necesită {2}, iar disponibili sunt {3}.</numerusform>
            <numerusform>%n de săptămâni din {0} nu au suficienți agenți; cea mai deficitară, săptămâna {1}, necesită {2}, iar disponibili sunt {3}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week has enough agents; the busiest, week {0}, needs {1} of {2}.</source>
        <translation>Toate săptămânile au suficienți agenți; cea mai aglomerată, săptămâna {0}, necesită {1} din {2}.</translation>
    </message>
    <message>
        <source>below the healthy {0}–{1} % band, agents sit idle part of the time</source>
        <translation>sub intervalul optim de {0}–{1} %, agenții stau degeaba o parte din timp</translation>
    </message>
    <message>
        <source>inside the healthy {0}–{1} % band</source>
        <translation>în interiorul intervalului optim de {0}–{1} %</translation>
    </message>
    <message>
        <source>above the healthy {0}–{1} % band, no time to breathe between contacts</source>
        <translation>peste intervalul optim de {0}–{1} %, fără timp de respiro între contacte</translation>
    </message>
    <message>
        <source>far above the healthy {0}–{1} % band, agents burn out</source>
        <translation>mult peste intervalul optim de {0}–{1} %, agenții se epuizează</translation>
    </message>
    <message>
        <source>too few agents: the queue never clears</source>
        <translation>prea puțini agenți: coada nu se golește niciodată</translation>
    </message>
    <message>
        <source>Occupancy {0} %: {1}.</source>
        <translation>Grad de ocupare {0} %: {1}.</translation>
    </message>
    <message>
        <source>Occupancy {0} % in week {1}: {2}; {3} % in week {4}: {5}.</source>
        <translation>Grad de ocupare {0} % în săptămâna {1}: {2}; {3} % în săptămâna {4}: {5}.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a new goal</source>
        <translation>Începeți un obiectiv nou</translation>
    </message>
    <message>
        <source>A template fills in the metric and a realistic change for a typical customer-service goal; you check every value on the next pages.</source>
        <translation>Un șablon completează indicatorul și o schimbare realistă pentru un obiectiv tipic de relații cu clienții; verificați fiecare valoare în paginile următoare.</translation>
    </message>
    <message>
        <source>&amp;Blank goal</source>
        <translation>De la &amp;zero</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>Dintr-un ș&amp;ablon</translation>
    </message>
    <message>
        <source>&amp;Copy a goal in this plan (new dates)</source>
        <translation>&amp;Copiază un obiectiv din acest plan (date noi)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>On track</source>
        <translation>Conform planului</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>La risc</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>În afara planului</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atins</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Nicio raportare încă</translation>
    </message>
    <message>
        <source>guardrail on track</source>
        <translation>obiectivul de protecție conform planului</translation>
    </message>
    <message>
        <source>guardrail at risk</source>
        <translation>obiectivul de protecție la risc</translation>
    </message>
    <message>
        <source>guardrail off track</source>
        <translation>obiectivul de protecție în afara planului</translation>
    </message>
    <message>
        <source>guardrail achieved</source>
        <translation>obiectivul de protecție atins</translation>
    </message>
    <message>
        <source>guardrail has no check-in yet</source>
        <translation>obiectivul de protecție fără raportare încă</translation>
    </message>
    <message>
        <source>worst wins</source>
        <translation>cea mai slabă stare</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>ponderat</translation>
    </message>
    <message>
        <source>weighted mean {share}</source>
        <translation>medie ponderată {share}</translation>
    </message>
    <message>
        <source>driven by: {who}&apos;s {what}</source>
        <translation>determinat de: {what} ({who})</translation>
    </message>
    <message>
        <source>driven by: {what}</source>
        <translation>determinat de: {what}</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The plan file {path} cannot be used: {reason}.</source>
        <translation>Fișierul de plan {path} nu poate fi folosit: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a goalplanner plan file ({reason}). It was left untouched.</source>
        <translation>{path} nu este un fișier de plan goalplanner ({reason}). Fișierul a rămas neatins.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no plan. It was left untouched; open a backup or create a new file instead.</source>
        <translation>{path} este gol (0 octeți), deci nu conține niciun plan. Fișierul a rămas neatins; deschideți o copie de rezervă sau creați un fișier nou.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
        <translation>{path} este deteriorat ({reason}). Fișierul a rămas neatins; restaurați-l dintr-o copie de rezervă.</translation>
    </message>
    <message>
        <source>{path} was not opened: the file {wal} beside it holds the changes of another plan, which opening would mix into this one. Both were left untouched; move {wal} to another folder (it belongs with the plan it was written for) and open the plan again.</source>
        <translation>{path} nu a fost deschis: fișierul {wal} de lângă el conține modificările altui plan, pe care deschiderea le-ar amesteca în acesta. Ambele au rămas neatinse; mutați {wal} în alt dosar (aparține planului pentru care a fost scris) și deschideți din nou planul.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer goalplanner (file format {file_version}; this version reads up to {app_version}). Update goalplanner to open it; the file was left untouched.</source>
        <translation>{path} a fost salvat de o versiune mai nouă de goalplanner (format de fișier {file_version}; această versiune citește până la {app_version}). Actualizați goalplanner pentru a-l deschide; fișierul a rămas neatins.</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>{path} este ocupat: alt program scrie în el. Nu s-a pierdut nimic; încercați din nou peste câteva momente.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its folder is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} nu poate fi modificat: fișierul sau folderul său este doar în citire. Copiați-l într-un folder în care puteți scrie și deschideți copia.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space; nothing was saved.</source>
        <translation>Discul pe care se află {path} este plin. Eliberați spațiu; nu s-a salvat nimic.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded from format {from_version} to {to_version} ({reason}). The file was left as it was.</source>
        <translation>{path} nu a putut fi actualizat de la formatul {from_version} la {to_version} ({reason}). Fișierul a rămas așa cum era.</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {reason}.</source>
        <translation>Copia de rezervă pentru {path} a eșuat: {reason}.</translation>
    </message>
    <message>
        <source>The plan file is damaged: {problem}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <translation>Fișierul de plan este deteriorat: {problem}. Fișierul a rămas neatins; rulați `goalplanner check` pentru lista tuturor problemelor sau restaurați planul dintr-o copie de rezervă.</translation>
    </message>
    <message>
        <source>{path} is damaged: {first}{more}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <extracomment>The tables with many rows per goal, which ``validate(every_row=False)`` leaves to the readers.</extracomment>
        <translation>{path} este deteriorat: {first}{more}. Fișierul a rămas neatins; rulați `goalplanner check` pentru lista tuturor problemelor sau restaurați planul dintr-o copie de rezervă.</translation>
    </message>
    <message>
        <source>{path} is damaged and open only to be read: nothing in it can be changed or saved. Restore it from a backup to work on it.</source>
        <translation>{path} este deteriorat și deschis doar pentru citire: nimic din el nu poate fi modificat sau salvat. Restaurați-l dintr-o copie de rezervă pentru a lucra cu el.</translation>
    </message>
</context>
<context>
    <name>TeamCell</name>
    <message>
        <source>no values yet</source>
        <translation>încă nicio valoare</translation>
    </message>
    <message>
        <source>driven by: {0}</source>
        <translation>determinat de: {0}</translation>
    </message>
    <message>
        <source>waiting for: {0}</source>
        <translation>se așteaptă: {0}</translation>
    </message>
    <message>
        <source>not weighted: some counts are missing</source>
        <translation>neponderat: lipsesc unele numărători</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Săptămâna aceasta</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Săptămâna din {0}</translation>
    </message>
</context>
<context>
    <name>TeamGridAction</name>
    <message>
        <source>Team &amp;week grid…</source>
        <translation>Grila săptămânală a &amp;echipei…</translation>
    </message>
    <message>
        <source>Type every agent&apos;s actuals of the week in one grid.</source>
        <translation>Introduceți valorile realizate ale săptămânii pentru toți agenții într-o singură grilă.</translation>
    </message>
    <message>
        <source>For a team goal split per person into agent goals: choose one first.</source>
        <translation>Pentru un obiectiv de echipă împărțit pe persoane în obiective de agent: alegeți mai întâi unul.</translation>
    </message>
</context>
<context>
    <name>TeamGridDialog</name>
    <message>
        <source>Team week grid — {0}</source>
        <translation>Grila săptămânală a echipei — {0}</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>&amp;Data raportării:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the week; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>Introduceți valoarea realizată a fiecărui agent pentru săptămână; Enter trece mai jos, Tab la dreapta. Rândul echipei se calculează din valorile agenților pe măsură ce tastați. Valorile înregistrate apar așa cum sunt.</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the month; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>Introduceți valoarea realizată a fiecărui agent pentru lună; Enter trece mai jos, Tab la dreapta. Rândul echipei se calculează din valorile agenților pe măsură ce tastați. Valorile înregistrate apar așa cum sunt.</translation>
    </message>
    <message>
        <source>for the first column; earlier columns are dated on their last day</source>
        <translation>pentru prima coloană; coloanele anterioare primesc data ultimei lor zile</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Contacte gestionate</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Echipa</translation>
    </message>
    <message>
        <source>Recorded on {0}. Change it in {1}&apos;s check-ins.</source>
        <translation>Înregistrat pe {0}. Modificați-l în raportările lui {1}.</translation>
    </message>
    <message>
        <source>The date is for the first column: choose a day from {0} to {1}.</source>
        <translation>Data este pentru prima coloană: alegeți o zi între {0} și {1}.</translation>
    </message>
    <message>
        <source>{0} is missing.</source>
        <translation>Lipsește {0}.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n check-in(s)</source>
        <translation>
            <numerusform>&amp;Salvează %n raportare</numerusform>
            <numerusform>&amp;Salvează %n raportări</numerusform>
            <numerusform>&amp;Salvează %n de raportări</numerusform>
        </translation>
    </message>
    <message>
        <source>An agent&apos;s goal is gone.</source>
        <translation>Obiectivul unui agent nu mai există.</translation>
    </message>
    <message numerus="yes">
        <source>Team week grid: %n check-in(s)</source>
        <translation>
            <numerusform>Grila săptămânală a echipei: %n raportare</numerusform>
            <numerusform>Grila săptămânală a echipei: %n raportări</numerusform>
            <numerusform>Grila săptămânală a echipei: %n de raportări</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the values typed in the grid?</source>
        <translation>Salvați valorile introduse în grilă?</translation>
    </message>
</context>
<context>
    <name>TeamPlanView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătează</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Localizează…</translation>
    </message>
    <message>
        <source>Remove &amp;link</source>
        <translation>Elimină &amp;legătura</translation>
    </message>
    <message>
        <source>Take a new copy of the team lead&apos;s file now.</source>
        <translation>Fă acum o copie nouă a fișierului liderului de echipă.</translation>
    </message>
    <message>
        <source>Choose where the team lead&apos;s file is now.</source>
        <translation>Alege unde se află acum fișierul liderului de echipă.</translation>
    </message>
    <message>
        <source>Stop showing this team plan here. The team lead&apos;s file is not touched.</source>
        <translation>Nu mai afișa aici acest plan de echipă. Fișierul liderului de echipă nu este atins.</translation>
    </message>
    <message>
        <source>Reading the team plan {0}…</source>
        <translation>Se citește planul de echipă {0}…</translation>
    </message>
    <message>
        <source>Read-only: the team plan “{0}” ({1}), as copied {2}. The team lead changes it in their own file; nothing here is written to it or locks it.</source>
        <translation>Doar în citire: planul de echipă „{0}” ({1}), așa cum a fost copiat la {2}. Liderul de echipă îl modifică în propriul fișier; nimic de aici nu scrie în el și nu îl blochează.</translation>
    </message>
    <message>
        <source>Team plan “{0}”, linked from {1}. It cannot be shown now:</source>
        <translation>Planul de echipă „{0}”, legat din {1}. Nu poate fi afișat acum:</translation>
    </message>
    <message numerus="yes">
        <source>Goals in this plan: %n</source>
        <translation>
            <numerusform>Obiective în acest plan: %n</numerusform>
            <numerusform>Obiective în acest plan: %n</numerusform>
            <numerusform>Obiective în acest plan: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPlans</name>
    <message>
        <source>Add a &amp;team&apos;s plan…</source>
        <translation>Adaugă planul unei &amp;echipe…</translation>
    </message>
    <message>
        <source>Refresh team &amp;plans</source>
        <translation>Reîmprospătează &amp;planurile echipelor</translation>
    </message>
    <message>
        <source>Remove team plan &amp;link</source>
        <translation>Elimină &amp;legătura planului de echipă</translation>
    </message>
    <message>
        <source>Show a team lead&apos;s plan file read-only under the selected (department) goal.</source>
        <translation>Afișează fișierul de plan al unui lider de echipă doar în citire, sub obiectivul (departamentului) selectat.</translation>
    </message>
    <message>
        <source>Select the department goal the team&apos;s plan belongs under first.</source>
        <translation>Selectează mai întâi obiectivul departamentului sub care ține planul echipei.</translation>
    </message>
    <message>
        <source>Add a team&apos;s plan under “{0}”</source>
        <translation>Adaugă planul unei echipe sub „{0}”</translation>
    </message>
    <message>
        <source>This is the plan that is open: choose a team lead&apos;s plan file.</source>
        <translation>Acesta este planul deschis: alege fișierul de plan al unui lider de echipă.</translation>
    </message>
    <message>
        <source>Add team plan {0}</source>
        <translation>Adaugă planul de echipă {0}</translation>
    </message>
    <message>
        <source>Team plan {0} shown under “{1}”.</source>
        <translation>Planul de echipă {0} este afișat sub „{1}”.</translation>
    </message>
    <message>
        <source>Locate the team&apos;s plan</source>
        <translation>Localizează planul echipei</translation>
    </message>
    <message>
        <source>Remove team plan link {0}</source>
        <translation>Elimină legătura planului de echipă {0}</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>Planuri de obiective (*{0});;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Plan de echipă</translation>
    </message>
    <message>
        <source>Team plan: {0} ({1})</source>
        <translation>Plan de echipă: {0} ({1})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Negăsit</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nu poate fi citit</translation>
    </message>
    <message>
        <source>Read-only · as of {0}</source>
        <translation>Doar în citire · la {0}</translation>
    </message>
    <message>
        <source>{0} was not found. If the shared folder is now mounted elsewhere, or the file was moved, use Locate… to choose it again.</source>
        <translation>{0} nu a fost găsit. Dacă dosarul partajat este montat acum în altă parte sau fișierul a fost mutat, folosește Localizează… pentru a-l alege din nou.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} nu poate fi citit: {1}</translation>
    </message>
    <message>
        <source>Read-only: a copy taken {0}; the team lead&apos;s file is never changed or locked.</source>
        <translation>Doar în citire: o copie făcută la {0}; fișierul liderului de echipă nu este niciodată modificat sau blocat.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Shorter call waits</source>
        <translation>Așteptare mai scurtă la apeluri</translation>
    </message>
    <message>
        <source>Cut average call wait time by 25% within six weeks</source>
        <translation>Reducerea cu 25% a timpului mediu de așteptare la apeluri în șase săptămâni</translation>
    </message>
    <message>
        <source>The inbound queue or phone line</source>
        <translation>Coada de intrare sau linia telefonică</translation>
    </message>
    <message>
        <source>Average wait of all calls offered last month, in seconds, from the phone system&apos;s queue report.</source>
        <translation>Așteptarea medie a tuturor apelurilor primite luna trecută, în secunde, din raportul de coadă al sistemului telefonic.</translation>
    </message>
    <message>
        <source>Long waits are the complaint customers mention first, and they make callers hang up.</source>
        <translation>Așteptarea lungă este prima plângere a clienților și îi face pe apelanți să închidă.</translation>
    </message>
    <message>
        <source>Fast first response</source>
        <translation>Primul răspuns rapid</translation>
    </message>
    <message>
        <source>The e-mail or chat channel</source>
        <translation>Canalul de e-mail sau de chat</translation>
    </message>
    <message>
        <source>Median or average hours to the first human reply last month; leave automatic acknowledgements out.</source>
        <translation>Mediana sau media orelor până la primul răspuns uman luna trecută; nu includeți confirmările automate.</translation>
    </message>
    <message>
        <source>A third of customers want an e-mail answer within an hour; a quick first reply calms the rest.</source>
        <translation>O treime dintre clienți vor un răspuns pe e-mail într-o oră; un prim răspuns rapid îi liniștește pe ceilalți.</translation>
    </message>
    <message>
        <source>Lower cost per contact</source>
        <translation>Cost per contact mai mic</translation>
    </message>
    <message>
        <source>Cut cost per contact by 10% within six months</source>
        <translation>Reducerea cu 10% a costului per contact în șase luni</translation>
    </message>
    <message>
        <source>One channel (phone, e-mail, chat): costs differ by channel</source>
        <translation>Un singur canal (telefon, e-mail, chat): costurile diferă de la un canal la altul</translation>
    </message>
    <message>
        <source>Last quarter&apos;s contact-centre operating cost (salaries to software) divided by contacts handled.</source>
        <translation>Costul de operare al centrului de contact din trimestrul trecut (de la salarii la software), împărțit la contactele gestionate.</translation>
    </message>
    <message>
        <source>Money saved on routine contacts pays for the hard ones.</source>
        <translation>Banii economisiți la contactele de rutină plătesc pentru cele dificile.</translation>
    </message>
    <message>
        <source>Survey customers and raise CSAT</source>
        <translation>Sondarea clienților și creșterea CSAT</translation>
    </message>
    <message>
        <source>The team or channel surveyed</source>
        <translation>Echipa sau canalul sondat</translation>
    </message>
    <message>
        <source>Share of 4 and 5 answers on the 1-5 survey last quarter (satisfied / all responses).</source>
        <translation>Ponderea notelor 4 și 5 în sondajul pe scala 1-5 din trimestrul trecut (mulțumiți / toate răspunsurile).</translation>
    </message>
    <message>
        <source>Regular surveys show what customers feel while there is still time to act on it.</source>
        <translation>Sondajele regulate arată ce simt clienții cât timp se mai poate acționa.</translation>
    </message>
    <message>
        <source>Deflect calls to self-service</source>
        <translation>Redirecționarea apelurilor către autoservire</translation>
    </message>
    <message>
        <source>Cut support call volume 25% versus last year through a self-service library</source>
        <translation>Reducerea cu 25% a volumului de apeluri de suport față de anul trecut, printr-o bibliotecă de autoservire</translation>
    </message>
    <message>
        <source>Support calls for the products the library covers</source>
        <translation>Apelurile de suport pentru produsele acoperite de bibliotecă</translation>
    </message>
    <message>
        <source>Calls received in the same month last year, so seasons do not blur the comparison.</source>
        <translation>Apelurile primite în aceeași lună de anul trecut, ca sezonalitatea să nu distorsioneze comparația.</translation>
    </message>
    <message>
        <source>Most customers would rather find the answer themselves; every call avoided frees an agent.</source>
        <translation>Majoritatea clienților preferă să găsească singuri răspunsul; fiecare apel evitat eliberează un agent.</translation>
    </message>
    <message>
        <source>Healthy agent occupancy</source>
        <translation>Grad de ocupare sănătos al agenților</translation>
    </message>
    <message>
        <source>Cut first response time on e-mail by 25% within three months</source>
        <translation>Reducerea cu 25% a timpului până la primul răspuns pe e-mail în trei luni</translation>
    </message>
    <message>
        <source>Survey customers after every contact and raise CSAT by 5 points within three months</source>
        <translation>Sondarea clienților după fiecare contact și creșterea CSAT cu 5 puncte în trei luni</translation>
    </message>
    <message>
        <source>Keep agent occupancy within 75-85% every week for the next three months</source>
        <translation>Menținerea gradului de ocupare al agenților în intervalul 75-85% în fiecare săptămână, în următoarele trei luni</translation>
    </message>
    <message>
        <source>The agent group or queue</source>
        <translation>Grupul de agenți sau coada</translation>
    </message>
    <message>
        <source>Handling time over logged-in time last month, from the workforce report.</source>
        <translation>Timpul de gestionare raportat la timpul conectat luna trecută, din raportul de planificare a personalului.</translation>
    </message>
    <message>
        <source>Above 85% agents burn out and leave; below 75% the team pays for idle time.</source>
        <translation>Peste 85%, agenții se epuizează și pleacă; sub 75%, echipa plătește timp neproductiv.</translation>
    </message>
    <message>
        <source>After-call work under ten minutes</source>
        <translation>Activitate post-apel sub zece minute</translation>
    </message>
    <message>
        <source>Bring average after-call work under 10 minutes within two months</source>
        <translation>Reducerea activității post-apel medii sub 10 minute în două luni</translation>
    </message>
    <message>
        <source>The agent group</source>
        <translation>Grupul de agenți</translation>
    </message>
    <message>
        <source>Total wrap-up time over calls handled last month, in seconds.</source>
        <translation>Timpul total de finalizare după apel raportat la apelurile gestionate luna trecută, în secunde.</translation>
    </message>
    <message>
        <source>Time spent on notes after a call is time the next caller waits.</source>
        <translation>Timpul petrecut cu notițele după un apel este timp în care următorul apelant așteaptă.</translation>
    </message>
    <message>
        <source>Fewer unnecessary transfers</source>
        <translation>Mai puține transferuri inutile</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>Reducerea cu 10% a transferurilor inutile în șase luni</translation>
    </message>
    <message>
        <source>The inbound queue</source>
        <translation>Coada de intrare</translation>
    </message>
    <message>
        <source>Calls transferred over calls handled last quarter; count each call once, IVR routing is not a transfer.</source>
        <translation>Apelurile transferate raportate la apelurile gestionate în trimestrul trecut; fiecare apel se numără o singură dată, rutarea prin IVR nu este un transfer.</translation>
    </message>
    <message>
        <source>Every needless transfer makes the customer tell the story again. Pair it with the beneficial-transfers goal.</source>
        <translation>Fiecare transfer inutil îl obligă pe client să-și spună povestea din nou. Combinați-l cu obiectivul privind transferurile utile.</translation>
    </message>
    <message>
        <source>More transfers to the right expert</source>
        <translation>Mai multe transferuri către expertul potrivit</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over six months</source>
        <translation>Creșterea cu 5% a transferurilor utile către experții de produs în șase luni</translation>
    </message>
    <message>
        <source>Weekly transfers that reached the right expert and solved the issue, from call reviews.</source>
        <translation>Transferurile săptămânale care au ajuns la expertul potrivit și au rezolvat problema, din evaluările apelurilor.</translation>
    </message>
    <message>
        <source>The companion of the transfer cut: agents must not stop sending callers to the person who can help.</source>
        <translation>Complementul reducerii transferurilor: agenții nu trebuie să înceteze să trimită apelanții la persoana care îi poate ajuta.</translation>
    </message>
    <message>
        <source>Resolve more on first contact</source>
        <translation>Mai multe rezolvări la primul contact</translation>
    </message>
    <message>
        <source>Raise first contact resolution by 3 points within six months</source>
        <translation>Creșterea rezolvării la primul contact cu 3 puncte în șase luni</translation>
    </message>
    <message>
        <source>The team or queue</source>
        <translation>Echipa sau coada</translation>
    </message>
    <message>
        <source>Share of customers who say in the survey that one contact solved it, last quarter.</source>
        <translation>Ponderea clienților care spun în sondaj că un singur contact le-a rezolvat problema, în trimestrul trecut.</translation>
    </message>
    <message>
        <source>A problem solved at once saves the customer a second call and the team a second contact.</source>
        <translation>O problemă rezolvată pe loc îl scutește pe client de un al doilea apel și echipa de un al doilea contact.</translation>
    </message>
    <message>
        <source>Raise NPS</source>
        <translation>Creșterea NPS</translation>
    </message>
    <message>
        <source>Raise our Net Promoter Score by 5 points within a year</source>
        <translation>Creșterea Net Promoter Score (NPS) cu 5 puncte într-un an</translation>
    </message>
    <message>
        <source>Bring the abandonment rate down to 5% within three months</source>
        <translation>Reducerea ratei de abandon la 5% în trei luni</translation>
    </message>
    <message>
        <source>Within six months, raise the share of new customers onboarded within 30 days by 10 points</source>
        <translation>În șase luni, creșterea cu 10 puncte a ponderii clienților noi integrați în 30 de zile</translation>
    </message>
    <message>
        <source>Give every agent two 1:1 coaching sessions a month within three months</source>
        <translation>Două sesiuni de coaching 1:1 pe lună pentru fiecare agent, în trei luni</translation>
    </message>
    <message>
        <source>One conversation across channels (omnichannel)</source>
        <translation>O singură conversație pe toate canalele (omnichannel)</translation>
    </message>
    <message>
        <source>Give agents one shared history of every customer&apos;s contacts on phone, e-mail and chat within six months</source>
        <translation>Un istoric comun al contactelor fiecărui client prin telefon, e-mail și chat, la dispoziția agenților, în șase luni</translation>
    </message>
    <message>
        <source>The channels the team answers</source>
        <translation>Canalele pe care răspunde echipa</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 each time until agents see every channel&apos;s history in one place, then 1.</source>
        <translation>Nerealizat încă: raportați 0 de fiecare dată până când agenții văd istoricul tuturor canalelor într-un singur loc, apoi 1.</translation>
    </message>
    <message>
        <source>Most customers expect a conversation to carry on when they switch channels, without telling the story again.</source>
        <translation>Majoritatea clienților se așteaptă ca o conversație să continue când schimbă canalul, fără să-și spună povestea din nou.</translation>
    </message>
    <message>
        <source>Accept more contact formats</source>
        <translation>Mai multe formate de contact acceptate</translation>
    </message>
    <message>
        <source>Answer customers by text message as well as phone and e-mail within three months</source>
        <translation>Răspunsuri pentru clienți prin SMS, pe lângă telefon și e-mail, în trei luni</translation>
    </message>
    <message>
        <source>The new channel and the team that answers it</source>
        <translation>Noul canal și echipa care răspunde pe el</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customer text is answered in the live service, then 1.</source>
        <translation>Nerealizat încă: raportați 0 până când primul SMS al unui client primește răspuns în serviciul real, apoi 1.</translation>
    </message>
    <message>
        <source>Customers use many channels and companies text more often than they chat; meeting them where they already are saves a call.</source>
        <translation>Clienții folosesc multe canale, iar companiile comunică mai des prin SMS decât prin chat; dacă îi întâlnim acolo unde sunt deja, economisim un apel.</translation>
    </message>
    <message>
        <source>Mobile-friendly support</source>
        <translation>Suport adaptat pentru mobil</translation>
    </message>
    <message>
        <source>Make the help centre and the contact form work well on phones within two months</source>
        <translation>Funcționarea bună a centrului de ajutor și a formularului de contact pe telefoane, în două luni</translation>
    </message>
    <message>
        <source>The help centre and contact form</source>
        <translation>Centrul de ajutor și formularul de contact</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until both pass a test on three common phones, then 1.</source>
        <translation>Nerealizat încă: raportați 0 până când ambele trec un test pe trei telefoane obișnuite, apoi 1.</translation>
    </message>
    <message>
        <source>Many customers look for help on their phone first; a page they cannot use there becomes a call.</source>
        <translation>Mulți clienți caută ajutor mai întâi pe telefon; o pagină pe care nu o pot folosi acolo devine un apel.</translation>
    </message>
    <message>
        <source>Automation that fills the gaps</source>
        <translation>Automatizare care acoperă golurile</translation>
    </message>
    <message>
        <source>Let a chatbot resolve 15% of chat conversations without an agent within six months</source>
        <translation>Rezolvarea de către un chatbot a 15% din conversațiile de chat, fără agent, în șase luni</translation>
    </message>
    <message>
        <source>The chat channel and the questions the bot answers</source>
        <translation>Canalul de chat și întrebările la care răspunde botul</translation>
    </message>
    <message>
        <source>Share of last month&apos;s chat conversations the bot closed without handing over to an agent (0 before launch).</source>
        <translation>Ponderea conversațiilor de chat de luna trecută închise de bot fără transfer către un agent (0 înainte de lansare).</translation>
    </message>
    <message>
        <source>Simple questions answered at any hour free agents for the hard ones, and most customers would rather help themselves.</source>
        <translation>Întrebările simple cu răspuns la orice oră eliberează agenții pentru cele dificile, iar majoritatea clienților preferă să se descurce singuri.</translation>
    </message>
    <message>
        <source>Quick answers on social media</source>
        <translation>Răspunsuri rapide pe rețelele sociale</translation>
    </message>
    <message>
        <source>Within three months, answer messages on our social media pages within 30 minutes</source>
        <translation>În trei luni, răspunsuri în 30 de minute la mesajele de pe paginile noastre de pe rețelele sociale</translation>
    </message>
    <message>
        <source>Facebook, Instagram and other social pages the team watches</source>
        <translation>Facebook, Instagram și alte pagini sociale urmărite de echipă</translation>
    </message>
    <message>
        <source>Average hours to the first human reply to social media messages last month; 0.5 h is 30 minutes.</source>
        <translation>Media orelor până la primul răspuns uman la mesajele de pe rețelele sociale luna trecută; 0,5 h înseamnă 30 de minute.</translation>
    </message>
    <message>
        <source>Most customers who write on social media expect an answer within half an hour, and others read the thread.</source>
        <translation>Majoritatea clienților care scriu pe rețelele sociale așteaptă un răspuns în jumătate de oră, iar alții citesc conversația.</translation>
    </message>
    <message>
        <source>Creative social media</source>
        <translation>Prezență creativă pe rețelele sociale</translation>
    </message>
    <message>
        <source>Raise our net sentiment score on social media by 10 points over six months</source>
        <translation>Creșterea cu 10 puncte a scorului net de sentiment pe rețelele sociale în șase luni</translation>
    </message>
    <message>
        <source>Mentions of the brand on social media</source>
        <translation>Mențiunile mărcii pe rețelele sociale</translation>
    </message>
    <message>
        <source>Positive minus negative mentions over all mentions last month, from the social listening tool.</source>
        <translation>Mențiunile pozitive minus cele negative, raportate la toate mențiunile de luna trecută, din instrumentul de monitorizare a rețelelor sociale.</translation>
    </message>
    <message>
        <source>Many customers read social media before they buy; what they find there shapes whether they come to us.</source>
        <translation>Mulți clienți citesc rețelele sociale înainte să cumpere; ce găsesc acolo influențează dacă vin la noi.</translation>
    </message>
    <message>
        <source>Customer appreciation programme</source>
        <translation>Program de apreciere a clienților</translation>
    </message>
    <message>
        <source>Launch a customer appreciation programme, with thank-you notes and loyalty rewards, within three months</source>
        <translation>Lansarea unui program de apreciere a clienților, cu mesaje de mulțumire și recompense de fidelitate, în trei luni</translation>
    </message>
    <message>
        <source>The customers the programme rewards</source>
        <translation>Clienții recompensați prin program</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customers have been thanked or rewarded, then 1.</source>
        <translation>Nerealizat încă: raportați 0 până când primii clienți au primit mulțumiri sau recompense, apoi 1.</translation>
    </message>
    <message>
        <source>Customers who feel valued stay longer and recommend us to others.</source>
        <translation>Clienții care se simt apreciați rămân mai mult și ne recomandă altora.</translation>
    </message>
    <message>
        <source>Keep up with support technology</source>
        <translation>La curent cu tehnologia de suport</translation>
    </message>
    <message>
        <source>Pilot one new support tool, such as co-browsing, with one team within three months</source>
        <translation>Pilotarea unui instrument nou de suport, cum ar fi co-browsingul, cu o singură echipă, în trei luni</translation>
    </message>
    <message>
        <source>The pilot team</source>
        <translation>Echipa pilot</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the pilot has run and its results are written up, then 1.</source>
        <translation>Nerealizat încă: raportați 0 până când pilotul s-a încheiat și rezultatele sale au fost documentate, apoi 1.</translation>
    </message>
    <message>
        <source>Trying one new tool at a time keeps the team current without risking the whole service.</source>
        <translation>Testarea câte unui singur instrument nou menține echipa la zi fără a pune în pericol întregul serviciu.</translation>
    </message>
    <message>
        <source>More cross-sales from service</source>
        <translation>Mai multe vânzări încrucișate din serviciul clienți</translation>
    </message>
    <message>
        <source>Raise the cross-sell close rate by 2 points within three months</source>
        <translation>Creșterea cu 2 puncte a ratei de finalizare a vânzărilor încrucișate în trei luni</translation>
    </message>
    <message>
        <source>The team and the products it may offer</source>
        <translation>Echipa și produsele pe care le poate oferi</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed last month divided by tickets handled in the same month.</source>
        <translation>Vânzările încrucișate și suplimentare finalizate luna trecută, împărțite la tichetele gestionate în aceeași lună.</translation>
    </message>
    <message>
        <source>A customer whose problem was solved well is open to hearing what else would help.</source>
        <translation>Un client a cărui problemă a fost bine rezolvată este deschis să afle ce l-ar mai putea ajuta.</translation>
    </message>
    <message>
        <source>Make it easy for customers</source>
        <translation>Simplu pentru clienți</translation>
    </message>
    <message>
        <source>Raise the customer effort score (ease, 1-7) by half a point within three months</source>
        <translation>Creșterea scorului efortului clientului (ușurință, 1-7) cu jumătate de punct în trei luni</translation>
    </message>
    <message>
        <source>The channel or process surveyed</source>
        <translation>Canalul sau procesul sondat</translation>
    </message>
    <message>
        <source>Mean answer, 1-7, to &apos;the company made it easy to handle my issue&apos; last quarter. Asked about effort instead (1-5, lower is better)? Choose that scale on the Measure page.</source>
        <translation>Răspunsul mediu, 1-7, la afirmația „compania mi-a ușurat rezolvarea problemei” din trimestrul trecut. Ați întrebat în schimb despre efort (1-5, mai mic e mai bine)? Alegeți acea scală pe pagina „Cum îl veți măsura?”.</translation>
    </message>
    <message>
        <source>Customers who had to work hard to get help are far more likely to leave.</source>
        <translation>Clienții care au trebuit să se chinuie ca să primească ajutor sunt mult mai predispuși să plece.</translation>
    </message>
    <message>
        <source>All customers, or one segment</source>
        <translation>Toți clienții sau un segment</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) over the last survey period.</source>
        <translation>% promotori (9-10) minus % detractori (0-6) în ultima perioadă de sondaj.</translation>
    </message>
    <message>
        <source>Customers who recommend us bring the next customers.</source>
        <translation>Clienții care ne recomandă aduc următorii clienți.</translation>
    </message>
    <message>
        <source>Fewer abandoned calls</source>
        <translation>Mai puține apeluri abandonate</translation>
    </message>
    <message>
        <source>Calls abandoned over calls offered last month.</source>
        <translation>Apelurile abandonate raportate la apelurile primite luna trecută.</translation>
    </message>
    <message>
        <source>A caller who hangs up is a customer we did not serve, and often one who calls again.</source>
        <translation>Un apelant care închide este un client pe care nu l-am servit și adesea unul care va suna din nou.</translation>
    </message>
    <message>
        <source>Better customer onboarding</source>
        <translation>Integrare mai bună a clienților noi</translation>
    </message>
    <message>
        <source>New customers of one product or plan</source>
        <translation>Clienții noi ai unui produs sau abonament</translation>
    </message>
    <message>
        <source>Of last quarter&apos;s new customers, the share who completed set-up within 30 days.</source>
        <translation>Dintre clienții noi din trimestrul trecut, ponderea celor care au finalizat configurarea în 30 de zile.</translation>
    </message>
    <message>
        <source>Customers who get going quickly contact us less and stay longer.</source>
        <translation>Clienții care pornesc repede ne contactează mai rar și rămân mai mult.</translation>
    </message>
    <message>
        <source>Help agents grow</source>
        <translation>Dezvoltarea agenților</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Echipa</translation>
    </message>
    <message>
        <source>How many 1:1s with personal feedback each agent had last month, on average.</source>
        <translation>Câte întâlniri 1:1 cu feedback personal a avut în medie fiecare agent luna trecută.</translation>
    </message>
    <message>
        <source>Agents who get feedback improve faster and stay longer.</source>
        <translation>Agenții care primesc feedback progresează mai repede și rămân mai mult.</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>Import from a &amp;ticket or call export…</source>
        <translation>Importă dintr-un export de &amp;tichete sau apeluri…</translation>
    </message>
    <message>
        <source>The goal&apos;s check-ins changed while the file was read: nothing was imported. The preview now shows them; import again to record it.</source>
        <translation>Raportările obiectivului s-au schimbat în timp ce fișierul era citit: nu s-a importat nimic. Previzualizarea le arată acum; importați din nou pentru a înregistra.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nu s-a importat nimic.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n check-in(s) from an export</source>
        <translation>
            <numerusform>Import %n raportare dintr-un export</numerusform>
            <numerusform>Import %n raportări dintr-un export</numerusform>
            <numerusform>Import %n de raportări dintr-un export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n check-in(s) from {0}</source>
        <translation>
            <numerusform>Am importat %n raportare din {0}</numerusform>
            <numerusform>Am importat %n raportări din {0}</numerusform>
            <numerusform>Am importat %n de raportări din {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>ID tichet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creat</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>First reply time</source>
        <translation>Timp până la primul răspuns</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Timp de rezolvare</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>Răspunsuri ale agentului</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>Redeschideri</translation>
    </message>
    <message>
        <source>Satisfaction rating</source>
        <translation>Evaluare a satisfacției</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Începutul apelului</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Așteptare</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Timp de convorbire</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Timp în așteptare (hold)</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Timp de încheiere</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonate</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Coadă</translation>
    </message>
    <message>
        <source>Select a goal whose metric an export can give: {0}.</source>
        <translation>Selectați un obiectiv al cărui indicator poate veni dintr-un export: {0}.</translation>
    </message>
    <message>
        <source>a call log</source>
        <translation>un jurnal de apeluri</translation>
    </message>
    <message>
        <source>a ticket export</source>
        <translation>un export de tichete</translation>
    </message>
    <message>
        <source>This file is {0}; {1} comes from {2}.</source>
        <translation>Acest fișier este {0}; {1} vine din {2}.</translation>
    </message>
    <message>
        <source>The file has no column for: {0}. Choose one in the mapping.</source>
        <translation>Fișierul nu are o coloană pentru: {0}. Alegeți una în corespondență.</translation>
    </message>
    <message>
        <source>Row {0}, column “{1}”: “{2}” is not a {3}.</source>
        <translation>Rândul {0}, coloana „{1}”: „{2}” nu este {3}.</translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation>… și altele.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>un număr</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>o durată</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>da sau nu</translation>
    </message>
    <message>
        <source>rating from 1 to 5</source>
        <translation>o notă de la 1 la 5</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>o evaluare</translation>
    </message>
    <message>
        <source>date</source>
        <translation>o dată</translation>
    </message>
    <message>
        <source>date with a four-digit year</source>
        <translation>o dată cu anul din patru cifre</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>un număr întreg</translation>
    </message>
    <message>
        <source>The file cannot be opened: {0}</source>
        <translation>Fișierul nu poate fi deschis: {0}</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Fișierul este gol: nu are rând de antet.</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read (line {0}).</source>
        <translation>Caracterele fișierului nu pot fi citite (linia {0}).</translation>
    </message>
    <message>
        <source>The file is not a table (line {0}).</source>
        <translation>Fișierul nu este un tabel (linia {0}).</translation>
    </message>
    <message>
        <source>The workbook cannot be read: {0}</source>
        <translation>Registrul de lucru nu poate fi citit: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n apel</numerusform>
            <numerusform>%n apeluri</numerusform>
            <numerusform>%n de apeluri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n tichet</numerusform>
            <numerusform>%n tichete</numerusform>
            <numerusform>%n de tichete</numerusform>
        </translation>
    </message>
    <message>
        <source>From an export: {0} (period not over)</source>
        <translation>Dintr-un export: {0} (perioada nu s-a încheiat)</translation>
    </message>
    <message>
        <source>From an export: {0}</source>
        <translation>Dintr-un export: {0}</translation>
    </message>
</context>
<context>
    <name>TicketReadDialog</name>
    <message>
        <source>Import from a ticket or call export</source>
        <translation>Import dintr-un export de tichete sau apeluri</translation>
    </message>
    <message>
        <source>Baseline from an export</source>
        <translation>Valoarea inițială dintr-un export</translation>
    </message>
    <message>
        <source>Last year&apos;s months from an export</source>
        <translation>Lunile de anul trecut dintr-un export</translation>
    </message>
    <message>
        <source>{0}, per check-in period, from a helpdesk&apos;s ticket export or a phone system&apos;s call log.</source>
        <translation>{0}, pe fiecare perioadă de raportare, dintr-un export de tichete al sistemului de asistență sau din jurnalul de apeluri al centralei.</translation>
    </message>
    <message>
        <source>{0}, per calendar month, from a helpdesk&apos;s ticket export or a phone system&apos;s call log: the twelve most recent months that are over.</source>
        <translation>{0}, pe fiecare lună calendaristică, dintr-un export de tichete al sistemului de asistență sau din jurnalul de apeluri al centralei: cele mai recente douăsprezece luni încheiate.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Niciun fișier ales</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Alege fișierul…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Înapoi (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Citește fișierul</translation>
    </message>
    <message>
        <source>&amp;Compute baseline</source>
        <translation>&amp;Calculează valoarea inițială</translation>
    </message>
    <message>
        <source>&amp;Compute the months</source>
        <translation>&amp;Calculează lunile</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Choose a ticket or call export</source>
        <translation>Alegeți un export de tichete sau apeluri</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exporturi (*.csv *.txt *.tsv *.xlsx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}</source>
        <translation>Fișierul nu poate fi citit: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Se citește {0}…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nu s-a importat nimic.</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Citire anulată: nu s-a importat nimic.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Anulează {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Refă {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>points</source>
        <translation>puncte</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacte</translation>
    </message>
    <message>
        <source>score</source>
        <translation>scor</translation>
    </message>
</context>
<context>
    <name>VolumeField</name>
    <message>
        <source>Contacts &amp;handled</source>
        <translation>Contacte &amp;gestionate</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <source>How many contacts this average is over. The team&apos;s average weighs each agent by it; without it every agent counts the same.</source>
        <translation>Pe câte contacte se calculează această medie. Media echipei ponderează fiecare agent cu ea; fără ea, fiecare agent contează la fel.</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>Revizuire &amp;săptămânală…</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>Revizuire săptămânală</translation>
    </message>
    <message>
        <source>The day every check-in of this review is for: today or an earlier day.</source>
        <translation>Ziua pentru care sunt toate raportările acestei revizuiri: azi sau o zi anterioară.</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>&amp;Data raportării:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiectiv</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Ultima valoare</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>Planul acum</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Realizat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>Obstacol sau pasul următor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Type each goal&apos;s actual on that day; Enter moves down. The status shows as you type; confidence is how the owner sees it.</source>
        <translation>Scrieți valoarea realizată a fiecărui obiectiv în acea zi; Enter coboară un rând. Statusul apare pe măsură ce scrieți; încrederea este cum vede responsabilul situația.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n check-in(s) typed in this review?</source>
        <translation>
            <numerusform>Salvați raportarea (%n) scrisă în această revizuire?</numerusform>
            <numerusform>Salvați cele %n raportări scrise în această revizuire?</numerusform>
            <numerusform>Salvați cele %n de raportări scrise în această revizuire?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>Dacă nu le salvați, ce ați scris se pierde.</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>Nicio raportare scadentă.</translation>
    </message>
    <message>
        <source>% or 45/50</source>
        <translation>% sau 45/50</translation>
    </message>
    <message>
        <source>The share in %, or the two counts as {0}/{1} (e.g. 45/50): the share is worked out from them and both counts are kept.</source>
        <translation>Procentul, sau cele două numărători ca {0}/{1} (de ex. 45/50): procentul se calculează din ele și ambele numărători se păstrează.</translation>
    </message>
    <message>
        <source>Needs an actual</source>
        <translation>Lipsește realizatul</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a share worked out from two counts, then its status</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n check-in(s)</source>
        <translation>
            <numerusform>Înr&amp;egistrează %n raportare</numerusform>
            <numerusform>Înr&amp;egistrează %n raportări</numerusform>
            <numerusform>Înr&amp;egistrează %n de raportări</numerusform>
        </translation>
    </message>
    <message>
        <source>A check-in needs an actual: type one for “{0}”, or clear that row.</source>
        <translation>O raportare are nevoie de o valoare realizată: scrieți una pentru „{0}” sau goliți rândul.</translation>
    </message>
    <message>
        <source>A goal is gone.</source>
        <translation>Un obiectiv nu mai există.</translation>
    </message>
    <message numerus="yes">
        <source>Weekly review: %n check-in(s)</source>
        <translation>
            <numerusform>Revizuire săptămânală: %n raportare</numerusform>
            <numerusform>Revizuire săptămânală: %n raportări</numerusform>
            <numerusform>Revizuire săptămânală: %n de raportări</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” starts on {1}: choose a check-in date on or after it.</source>
        <translation>„{0}” începe pe {1}: alegeți o dată a raportării din acea zi sau de după.</translation>
    </message>
    <message>
        <source>{0} · replaces the check-in of {1}</source>
        <translation>{0} · înlocuiește raportarea din {1}</translation>
    </message>
    <message>
        <source>“{0}” already has a check-in on {1} ({2}). Recording this row replaces its value; its note, confidence and next step stay unless you type new ones.</source>
        <translation>„{0}” are deja o raportare pe {1} ({2}). Înregistrarea acestui rând îi înlocuiește valoarea; nota, încrederea și pasul următor rămân, dacă nu tastați altele noi.</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>What will the team achieve?</source>
        <translation>Ce va realiza echipa?</translation>
    </message>
    <message>
        <source>One sentence with the number that changes and by how much, e.g. “Cut average call wait time by 50% within six weeks”. Avoid “improve” or “better” on their own.</source>
        <translation>O propoziție cu cifra care se schimbă și cu cât, ex. „Reducerea cu 50% a timpului mediu de așteptare la apeluri în șase săptămâni”. Evitați „îmbunătățire” sau „mai bine” folosite singure.</translation>
    </message>
    <message>
        <source>Cut average call wait time by 50% within six weeks</source>
        <translation>Reducerea cu 50% a timpului mediu de așteptare la apeluri în șase săptămâni</translation>
    </message>
    <message>
        <source>e.g. inbound support queue, e-mail channel</source>
        <translation>ex. coada de suport de intrare, canalul de e-mail</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Obiectiv</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Domeniu</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Echipă</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>By when?</source>
        <translation>Până când?</translation>
    </message>
    <message>
        <source>A deadline, and check-ins often enough to correct course before it: weekly for a six-week goal, monthly for a year.</source>
        <translation>Un termen și raportări suficient de dese pentru a corecta direcția înainte de el: săptămânal pentru un obiectiv de șase săptămâni, lunar pentru unul de un an.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Înce&amp;put</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Termen</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Raportări</translation>
    </message>
    <message>
        <source>Check-ins up to the deadline: {0}</source>
        <translation>Raportări până la termen: {0}</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Who owns it?</source>
        <translation>Cine răspunde de el?</translation>
    </message>
    <message>
        <source>One named owner drives the goal. List who contributes, and ask a second manager to review it: a reality check before the team commits.</source>
        <translation>Un responsabil numit conduce obiectivul. Enumerați cine contribuie și rugați un alt manager să-l evalueze: o verificare a realismului înainte ca echipa să se angajeze.</translation>
    </message>
    <message>
        <source>e.g. Mark Ellis (support lead)</source>
        <translation>ex. Mihai Popescu (coordonator suport)</translation>
    </message>
    <message>
        <source>Names or teams, separated by commas</source>
        <translation>Nume sau echipe, separate prin virgulă</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsabil</translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation>&amp;Colaboratori</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Evaluator</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why does it matter?</source>
        <translation>De ce contează?</translation>
    </message>
    <message>
        <source>Say what customers and the team gain, and link the goal to the goal above it or to the company strategy, so everyone sees what it serves.</source>
        <translation>Spuneți ce câștigă clienții și echipa și legați obiectivul de obiectivul de deasupra lui sau de strategia companiei, ca toată lumea să vadă ce servește.</translation>
    </message>
    <message>
        <source>e.g. Win on service, not on price</source>
        <translation>ex. Câștigăm prin servicii, nu prin preț</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;De ce</translation>
    </message>
    <message>
        <source>&amp;Serves goal</source>
        <translation>&amp;Servește obiectivul</translation>
    </message>
    <message>
        <source>Or s&amp;trategy</source>
        <translation>Sau s&amp;trategia</translation>
    </message>
    <message>
        <source>&amp;Link as guardrail:</source>
        <translation>&amp;Leagă ca obiectiv de protecție:</translation>
    </message>
    <message>
        <source>None (top-level goal)</source>
        <translation>Niciunul (obiectiv de nivel superior)</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nu</translation>
    </message>
</context>
</TS>
