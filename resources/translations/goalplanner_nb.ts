<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <source>%n agent goals sit under this goal; it is judged on its own check-ins.</source>
        <translation>
            <numerusform>%n agentmål ligger under dette målet; det vurderes etter sine egne oppfølginger.</numerusform>
            <numerusform>%n agentmål ligger under dette målet; det vurderes etter sine egne oppfølginger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take actuals from &amp;agents</source>
        <translation>Hent faktiske verdier fra &amp;agentene</translation>
    </message>
    <message numerus="yes">
        <source>Actuals come from %n agents</source>
        <translation>
            <numerusform>Faktiske verdier kommer fra %n agent</numerusform>
            <numerusform>Faktiske verdier kommer fra %n agenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this month)</source>
        <translation>
            <numerusform>(%n har rapportert denne måneden)</numerusform>
            <numerusform>(%n har rapportert denne måneden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this week)</source>
        <translation>
            <numerusform>(%n har rapportert denne uken)</numerusform>
            <numerusform>(%n har rapportert denne uken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: {0}</source>
        <translation>Ikke ennå: {0}</translation>
    </message>
    <message>
        <source>Use own &amp;check-ins</source>
        <translation>Bruk egne &amp;oppfølginger</translation>
    </message>
    <message>
        <source>Judge the team goal on check-ins typed for it, not on its agents&apos; (undoable).</source>
        <translation>Vurder teammålet etter oppfølginger registrert for det, ikke etter agentenes (kan angres).</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BaselineFromExport</name>
    <message>
        <source>Compute from an e&amp;xport…</source>
        <translation>Beregn fra en e&amp;ksport…</translation>
    </message>
    <message>
        <source>The export holds no finished period: no baseline from it.</source>
        <translation>Eksporten har ingen avsluttet periode: ingen utgangsverdi fra den.</translation>
    </message>
    <message numerus="yes">
        <source>From an export: {0} over %n period(s), up to {1}.</source>
        <translation>
            <numerusform>Fra en eksport: {0} over %n periode, til og med {1}.</numerusform>
            <numerusform>Fra en eksport: {0} over %n perioder, til og med {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>the deadline comes before the start</source>
        <translation>Fristen kommer før starten.</translation>
    </message>
    <message>
        <source>equal percentage steps need a baseline and a target above zero</source>
        <translation>Like prosentvise steg krever en utgangsverdi og en målverdi over null.</translation>
    </message>
    <message>
        <source>a seasonal curve follows calendar days; leave the working calendar out</source>
        <translation>En sesongkurve følger kalenderdager; utelat arbeidskalenderen.</translation>
    </message>
    <message>
        <source>there are no working days between the start and the deadline</source>
        <translation>Det er ingen arbeidsdager mellom starten og fristen.</translation>
    </message>
    <message>
        <source>the last period is the target itself: change the goal&apos;s target instead</source>
        <translation>Den siste perioden er selve målverdien: endre heller målets målverdi.</translation>
    </message>
    <message>
        <source>Name at least one person to split the target between.</source>
        <translation>Oppgi minst én person som målverdien skal fordeles på.</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>Hver person kan bare stå oppført én gang.</translation>
    </message>
    <message>
        <source>Give one weight per person, none negative, not all zero.</source>
        <translation>Oppgi én vekt per person, ingen negative og ikke alle null.</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Weekly</source>
        <translation>Ukentlig</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Annenhver uke</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Check in: {title}</source>
        <translation>Oppfølging: {title}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Eier: {owner}</translation>
    </message>
    <message>
        <source>The last check-in, on the deadline: record the final value and close the goal.</source>
        <translation>Siste oppfølging, på fristen: registrer sluttverdien og avslutt målet.</translation>
    </message>
    <message>
        <source>{plan} check-ins</source>
        <translation>{plan} – oppfølginger</translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>{0} check-ins.ics</source>
        <translation>{0} oppfølginger.ics</translation>
    </message>
    <message>
        <source>Export check-in dates</source>
        <translation>Eksporter oppfølgingsdatoer</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-fil (*.ics)</translation>
    </message>
    <message>
        <source>Check-in dates not exported</source>
        <translation>Oppfølgingsdatoene ble ikke eksportert</translation>
    </message>
    <message numerus="yes">
        <source>Exported the check-in dates of %n goal(s) to {0}</source>
        <translation>
            <numerusform>Eksporterte oppfølgingsdatoene for %n mål til {0}</numerusform>
            <numerusform>Eksporterte oppfølgingsdatoene for %n mål til {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins ahead</source>
        <translation>Ingen kommende oppfølginger</translation>
    </message>
    <message>
        <source>No active goal has a check-in ahead: the calendar file holds no events.</source>
        <translation>Ingen aktive mål har en kommende oppfølging: kalenderfilen inneholder ingen hendelser.</translation>
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
        <translation>Plan (sum per periode)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>On track zone ({0}%+ of plan)</source>
        <translation>Sone i rute ({0}%+ av plan)</translation>
    </message>
    <message>
        <source>At risk zone ({0}–{1}% of plan)</source>
        <translation>Faresone ({0}–{1}% av plan)</translation>
    </message>
    <message>
        <source>Not judged (no baseline or plan)</source>
        <translation>Ikke vurdert (mangler utgangsverdi eller plan)</translation>
    </message>
    <message>
        <source>Not judged: the goal needs a baseline and a plan · latest {0} on {1}</source>
        <translation>Ikke vurdert: målet trenger en utgangsverdi og en plan · siste {0} den {1}</translation>
    </message>
    <message>
        <source>Healthy band {0}–{1}</source>
        <translation>Sunt område {0}–{1}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>Målverdi {0}</translation>
    </message>
    <message>
        <source>Stretch {0}</source>
        <translation>Strekkmål {0}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ lavere er bedre</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ høyere er bedre</translation>
    </message>
    <message>
        <source>↕ keep inside the band</source>
        <translation>↕ hold innenfor området</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0} siden {1}</translation>
    </message>
    <message>
        <source>latest {0} on {1}, plan {2}</source>
        <translation>siste {0} den {1}, plan {2}</translation>
    </message>
    <message>
        <source>latest {0} on {1}</source>
        <translation>siste {0} den {1}</translation>
    </message>
    <message>
        <source>No check-in yet · the first is due {0}</source>
        <translation>Ingen oppfølging ennå · den første er satt til {0}</translation>
    </message>
    <message>
        <source>No check-in yet · ready to close</source>
        <translation>Ingen oppfølging ennå · klar til å avsluttes</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>klar til å avsluttes</translation>
    </message>
    <message>
        <source>Nothing to draw yet: give the goal a baseline, a target and a deadline, then record check-ins.</source>
        <translation>Ingenting å tegne ennå: gi målet en utgangsverdi, en målverdi og en frist, og registrer deretter oppfølginger.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Ingen oppfølginger ennå</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Active goals, worst first</source>
        <translation>Aktive mål, dårligst først</translation>
    </message>
    <message>
        <source>No active goals yet. Create a goal, or set a goal&apos;s state to Active, to see it here.</source>
        <translation>Ingen aktive mål ennå. Opprett et mål, eller sett tilstanden til et mål til Aktiv, for å se det her.</translation>
    </message>
    <message>
        <source>Share of the planned change reached at the latest check-in</source>
        <translation>Andel av planlagt endring nådd ved siste oppfølging</translation>
    </message>
    <message>
        <source>… and {0} more, not shown (the best of the list)</source>
        <translation>… og {0} til, ikke vist (de beste i listen)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>innenfor området</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>ingenting forventet ennå</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>ingen oppfølging ennå</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>utenfor området</translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation>dårligere enn utgangsverdien</translation>
    </message>
    <message>
        <source>Its sub-goals side by side · together: {0}</source>
        <translation>Delmålene side ved side · samlet: {0}</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet. Move a goal under it (Goal menu) to compare them here.</source>
        <translation>Dette målet har ingen delmål ennå. Flytt et mål under det (Mål-menyen) for å sammenligne dem her.</translation>
    </message>
    <message>
        <source>{0} more sub-goals not shown</source>
        <translation>{0} delmål til vises ikke</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poeng</translation>
    </message>
    <message>
        <source>score</source>
        <translation>poengsum</translation>
    </message>
    <message>
        <source>in your currency</source>
        <translation>i din valuta</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>henvendelser</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Th&amp;is goal</source>
        <translation>De&amp;tte målet</translation>
    </message>
    <message>
        <source>Sub-goals side &amp;by side</source>
        <translation>Delmål side &amp;ved side</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Lagre diagram…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (also on right-click).</source>
        <translation>Lagre diagrammet som PNG-bilde eller SVG-tegning (også med høyreklikk).</translation>
    </message>
    <message>
        <source>Move goals under this one (Goal menu) to compare them here.</source>
        <translation>Flytt mål under dette (Mål-menyen) for å sammenligne dem her.</translation>
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
        <translation>Tegner…</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG image…</source>
        <translation>Lagre diagrammet som &amp;PNG-bilde…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG drawing…</source>
        <translation>Lagre diagrammet som &amp;SVG-tegning…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>&amp;Kopier diagrammet</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-tegning (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lagre diagram</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagrammet ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Actual value</source>
        <translation>Faktisk verdi</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Hva skjedde (valgfritt)</translation>
    </message>
    <message>
        <source>The day the actual is for: today or an earlier day. Up and Down change it.</source>
        <translation>Dagen den faktiske verdien gjelder: i dag eller en tidligere dag. Piltastene opp og ned endrer den.</translation>
    </message>
    <message>
        <source>What happened, for whoever reads the history later (optional).</source>
        <translation>Hva som skjedde, for den som leser historikken senere (valgfritt).</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>Tiltr&amp;o:</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>How the owner sees the goal going (optional). The status beside it is worked out from the plan and stays as it is.</source>
        <translation>Hvordan eieren ser at målet går (valgfritt). Statusen ved siden av regnes ut fra planen og forblir som den er.</translation>
    </message>
    <message>
        <source>Blocker or next step (optional)</source>
        <translation>Hinder eller neste steg (valgfritt)</translation>
    </message>
    <message>
        <source>What stands in the way, or what happens next (optional).</source>
        <translation>Hva som står i veien, eller hva som skjer videre (valgfritt).</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <source>Don&apos;t save it</source>
        <translation>Ikke lagre den</translation>
    </message>
    <message>
        <source>{0} on that day.</source>
        <translation>{0} den dagen.</translation>
    </message>
    <message>
        <source>{0} on that day, written like {1}.</source>
        <translation>{0} den dagen, skrevet som {1}.</translation>
    </message>
    <message>
        <source>Or type the two counts below: the actual is worked out from them.</source>
        <translation>Eller skriv inn de to tallene nedenfor: den faktiske verdien beregnes ut fra dem.</translation>
    </message>
    <message>
        <source>A check-in records what happened: choose today or an earlier date.</source>
        <translation>En oppfølging registrerer det som har skjedd: velg dagens dato eller en tidligere dato.</translation>
    </message>
    <message>
        <source>The number of responses cannot be 0.</source>
        <translation>Antall svar kan ikke være 0.</translation>
    </message>
    <message>
        <source>{0} is impossible for {1}: it cannot be below {2}.</source>
        <translation>{0} er ikke mulig for {1}: verdien kan ikke være under {2}.</translation>
    </message>
    <message>
        <source>{0} is impossible for {1} ({2} to {3}).</source>
        <translation>{0} er ikke mulig for {1} ({2} til {3}).</translation>
    </message>
    <message>
        <source>Replace check-in with {0}</source>
        <translation>Erstatt oppfølging med {0}</translation>
    </message>
    <message>
        <source>The plan file is still busy. Your check-in is back in the fields: press Record to try again.</source>
        <translation>Planfilen er fortsatt opptatt. Oppfølgingen din er lagt tilbake i feltene: trykk Registrer for å prøve igjen.</translation>
    </message>
    <message>
        <source>The plan file is busy: another program is writing to it. Your check-in ({0} on {1}) is kept and will be saved as soon as the file is free.</source>
        <translation>Planfilen er opptatt: et annet program skriver til den. Oppfølgingen din ({0} den {1}) er tatt vare på og lagres så snart filen er ledig.</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>Målet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Record check-in {0}</source>
        <translation>Registrer oppfølging {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ikke lagret.</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>&amp;Delete check-in</source>
        <translation>&amp;Slett oppfølging</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>Målet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>Rediger oppfølging</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Slett oppfølging</translation>
    </message>
</context>
<context>
    <name>CheckInQuestions</name>
    <message>
        <source>A slip of the keyboard is easy to make. Record it anyway?</source>
        <translation>Det er lett å taste feil. Vil du registrere den likevel?</translation>
    </message>
    <message>
        <source>&amp;Record anyway</source>
        <translation>&amp;Registrer likevel</translation>
    </message>
    <message>
        <source>&amp;Check the value</source>
        <translation>&amp;Sjekk verdien</translation>
    </message>
    <message>
        <source>{0} is far outside what this goal has seen ({1} to {2}).</source>
        <translation>{0} ligger langt utenfor det dette målet har hatt til nå ({1} til {2}).</translation>
    </message>
    <message>
        <source>{0} is {1} hours.</source>
        <translation>{0} er {1} timer.</translation>
    </message>
    <message>
        <source>{0} is {1} minutes.</source>
        <translation>{0} er {1} minutter.</translation>
    </message>
    <message>
        <source>{0} is already recorded for {1}.</source>
        <translation>{0} er allerede registrert den {1}.</translation>
    </message>
    <message>
        <source>Replace it with {0}, or keep both check-ins for that date?</source>
        <translation>Vil du erstatte den med {0}, eller beholde begge oppfølgingene for den datoen?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>&amp;Erstatt den</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Behold begge</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Oppfølging</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Tiltro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>The owner&apos;s confidence, as said when recording the check-in.</source>
        <translation>Eierens tiltro, slik den ble oppgitt da innsjekkingen ble registrert.</translation>
    </message>
    <message>
        <source>What blocks the goal, or the next step, as said when recording the check-in.</source>
        <translation>Hva som hindrer målet, eller neste steg, slik det ble oppgitt da innsjekkingen ble registrert.</translation>
    </message>
    <message>
        <source>How the owner saw the goal going when recording it; the status is worked out from the plan.</source>
        <translation>Hvordan eieren så at målet gikk da det ble registrert; statusen regnes ut fra planen.</translation>
    </message>
    <message>
        <source>Recorded as {0}</source>
        <translation>Registrert som {0}</translation>
    </message>
    <message>
        <source>The planned total of the period of this date, which it is judged against.</source>
        <translation>Planlagt total for perioden denne datoen hører til, som oppfølgingen vurderes mot.</translation>
    </message>
    <message>
        <source>The plan on this date, which the check-in is judged against.</source>
        <translation>Planen på denne datoen, som oppfølgingen vurderes mot.</translation>
    </message>
    <message>
        <source>Owner&apos;s confidence: {0}</source>
        <translation>Eierens tiltro: {0}</translation>
    </message>
    <message>
        <source>Blocker or next step: {0}</source>
        <translation>Hinder eller neste steg: {0}</translation>
    </message>
    <message>
        <source>The share of the planned change made so far (100% is on plan).</source>
        <translation>Andel av planlagt endring nådd så langt (100% betyr etter planen).</translation>
    </message>
</context>
<context>
    <name>CloseGoalDialog</name>
    <message>
        <source>Close goal</source>
        <translation>Avslutt målet</translation>
    </message>
    <message>
        <source>Say how the goal ended and what the team learned. The goal leaves the list of open goals; Undo or Goal → Reopen brings it back.</source>
        <translation>Si hvordan målet endte og hva teamet lærte. Målet forsvinner fra listen over åpne mål; Angre eller Mål → Gjenåpne henter det tilbake.</translation>
    </message>
    <message>
        <source>The target was reached.</source>
        <translation>Målverdien ble nådd.</translation>
    </message>
    <message>
        <source>The deadline came before the target.</source>
        <translation>Fristen kom før målverdien.</translation>
    </message>
    <message>
        <source>Stopped on purpose: priorities changed.</source>
        <translation>Stanset med vilje: prioriteringene endret seg.</translation>
    </message>
    <message>
        <source>What worked, what did not, what the next goal should do differently</source>
        <translation>Hva som virket, hva som ikke gjorde det, hva neste mål bør gjøre annerledes</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name</source>
        <translation>Kvalitetssikrerens navn</translation>
    </message>
    <message>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Utfall:</translation>
    </message>
    <message>
        <source>&amp;Final value:</source>
        <translation>&amp;Sluttverdi:</translation>
    </message>
    <message>
        <source>What was &amp;learned:</source>
        <translation>Hva vi &amp;lærte:</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>Godkjent a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Close goal</source>
        <translation>&amp;Avslutt målet</translation>
    </message>
    <message>
        <source>Enter the date of the sign-off.</source>
        <translation>Skriv inn datoen for godkjenningen.</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <source>This goal is closed. To record more check-ins, reopen it (Goal → Reopen goal).</source>
        <translation>Dette målet er avsluttet. For å registrere flere innsjekkinger, gjenåpne det (Mål → Gjenåpne målet).</translation>
    </message>
    <message>
        <source>What was learned: {0}</source>
        <translation>Hva vi lærte: {0}</translation>
    </message>
    <message>
        <source>No lessons recorded.</source>
        <translation>Ingen lærdom registrert.</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>Avsluttet: {outcome}</translation>
    </message>
    <message>
        <source>signed off by {name} on {day}</source>
        <translation>godkjent av {name} den {day}</translation>
    </message>
    <message>
        <source>signed off by {name}</source>
        <translation>godkjent av {name}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>Skriv inn en dato.</translation>
    </message>
    <message>
        <source>Which year? Write it with four digits, e.g. “{0}”.</source>
        <translation>Hvilket år? Skriv det med fire sifre, f.eks. «{0}».</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it like {1} or {2}.</source>
        <translation>«{0}» er ikke en dato. Skriv den som {1} eller {2}.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Velg i en kalender (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation>Høyere er bedre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lavere er bedre</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>Hold innenfor et område</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>{0} — ready to close</source>
        <translation>{0} — klart til å avsluttes</translation>
    </message>
    <message>
        <source>Past its deadline. Press Enter or double-click to close it (Goal → Close…).</source>
        <translation>Fristen er passert. Trykk Enter eller dobbeltklikk for å avslutte det (Mål → Avslutt målet…).</translation>
    </message>
    <message>
        <source>{0} — due today</source>
        <translation>{0} — til oppfølging i dag</translation>
    </message>
    <message numerus="yes">
        <source>{0} — due {1}, %n day(s) late</source>
        <translation>
            <numerusform>{0} — til oppfølging {1}, %n dag for sent</numerusform>
            <numerusform>{0} — til oppfølging {1}, %n dager for sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to record this check-in.</source>
        <translation>Trykk Enter eller dobbeltklikk for å registrere denne oppfølgingen.</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt; · ready to close: {1}</source>
        <translation>&lt;b&gt;Oppfølginger å gjøre nå: {0}&lt;/b&gt; · klare til å avsluttes: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oppfølginger å gjøre nå: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals ready to close: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mål klare til å avsluttes: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>Ingen oppfølginger å gjøre.</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Ukentlig gjennomgang…</translation>
    </message>
    <message>
        <source>Record every due check-in in one table (View → Weekly review).</source>
        <translation>Registrer alle forfalte oppfølginger i én tabell (Vis → Ukentlig gjennomgang).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the sample plan</source>
        <translation>Åpne eksempelplanen</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Ingen mål ennå</translation>
    </message>
    <message>
        <source>Turn a wish like “shorter waits” into a goal your team can meet: what, who, by when, why, and the number that shows it. Or look around the sample plan of a support department first.</source>
        <translation>Gjør et ønske som «kortere ventetid» om til et mål teamet kan nå: hva, hvem, innen når, hvorfor, og tallet som viser det. Eller se deg først rundt i eksempelplanen for en supportavdeling.</translation>
    </message>
    <message>
        <source>Create your first goal</source>
        <translation>Opprett ditt første mål</translation>
    </message>
    <message>
        <source>No plan is open</source>
        <translation>Ingen plan er åpen</translation>
    </message>
    <message>
        <source>Open a plan file, start a new one from the File menu, or look at the sample plan.</source>
        <translation>Åpne en planfil, start en ny fra Fil-menyen, eller se på eksempelplanen.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>Åpne en plan…</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
    <message>
        <source>Something went wrong inside goalplanner. Your saved work is safe; what you were doing may not have finished.</source>
        <translation>Noe gikk galt i goalplanner. Arbeidet du har lagret, er trygt, men det du holdt på med, er kanskje ikke fullført.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Summary</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Utgangsverdi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Strekkmål</translation>
    </message>
    <message>
        <source>Healthy band</source>
        <translation>Sunt område</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>Siste faktiske</translation>
    </message>
    <message>
        <source>Latest on</source>
        <translation>Siste dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>Med delmål</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>Vurdert mot</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Avvik</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Måloppnåelse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Tiltro</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>Hinder eller neste steg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nevner</translation>
    </message>
    <message>
        <source>Weekly plan: type each week&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>Ukeplan: skriv inn hver ukes faktiske verdi i de gule cellene, så følger diagrammet med.</translation>
    </message>
    <message>
        <source>Monthly plan: type each month&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>Månedsplan: skriv inn hver måneds faktiske verdi i de gule cellene, så følger diagrammet med.</translation>
    </message>
    <message>
        <source>Weekly plan (for reference)</source>
        <translation>Ukeplan (til referanse)</translation>
    </message>
    <message>
        <source>Monthly plan (for reference)</source>
        <translation>Månedsplan (til referanse)</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>Plan mot faktisk</translation>
    </message>
    <message>
        <source>{metric}: a number from {low} to {high}.</source>
        <translation>{metric}: et tall fra {low} til {high}.</translation>
    </message>
    <message>
        <source>{metric}: a number of at least {low}.</source>
        <translation>{metric}: et tall på minst {low}.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>Et tall.</translation>
    </message>
    <message>
        <source>Not a possible value</source>
        <translation>Ikke en mulig verdi</translation>
    </message>
    <message>
        <source>“{goal}” ({sheet})</source>
        <translation>«{goal}» ({sheet})</translation>
    </message>
    <message>
        <source>Goal plan: {plan}</source>
        <translation>Målplan: {plan}</translation>
    </message>
    <message>
        <source>SMART goals, their plans and check-ins</source>
        <translation>SMART-mål med planer og oppfølginger</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lavere er bedre</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>høyere er bedre</translation>
    </message>
    <message>
        <source>keep inside the band</source>
        <translation>hold innenfor området</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>Exported on {day}</source>
        <translation>Eksportert {day}</translation>
    </message>
    <message>
        <source>Exported on {day} by {person}</source>
        <translation>Eksportert {day} av {person}</translation>
    </message>
    <message>
        <source>{status}: {percent}% or more of the planned change made</source>
        <translation>{status}: {percent}% eller mer av planlagt endring nådd</translation>
    </message>
    <message>
        <source>{status}: {low}–{high}%</source>
        <translation>{status}: {low}–{high}%</translation>
    </message>
    <message>
        <source>{status}: under {percent}%, or worse than the baseline</source>
        <translation>{status}: under {percent}%, eller dårligere enn utgangsverdien</translation>
    </message>
    <message>
        <source>{status}: the target is reached</source>
        <translation>{status}: målverdien er nådd</translation>
    </message>
    <message>
        <source>owner: {confidence}</source>
        <translation>eier: {confidence}</translation>
    </message>
    <message>
        <source>How the owner sees the goal: {choices}.</source>
        <translation>Slik ser eieren målet: {choices}.</translation>
    </message>
    <message>
        <source>{status}: the worst status of the goal and the goals under it</source>
        <translation>{status}: den dårligste statusen for målet og målene under det</translation>
    </message>
    <message>
        <source>Agents – {goal}</source>
        <translation>Agenter – {goal}</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric} ({unit})</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual in the yellow cells. The team row is computed from the agents: {rule}.</source>
        <translation>Skriv inn hver agents faktiske verdi i de gule cellene. Teamraden regnes ut fra agentene: {rule}.</translation>
    </message>
    <message>
        <source>the sum of their values</source>
        <translation>summen av verdiene deres</translation>
    </message>
    <message>
        <source>their values weighted by the contacts each handled</source>
        <translation>verdiene deres vektet med henvendelsene hver har behandlet</translation>
    </message>
    <message>
        <source>their shares weighted by each one&apos;s contacts, which is all numerators over all contacts</source>
        <translation>andelene deres vektet med hver enkelts henvendelser, altså alle tellere delt på alle henvendelser</translation>
    </message>
    <message>
        <source>done when every agent&apos;s is done</source>
        <translation>ferdig når alle agentene er ferdige</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team (from the agents)</source>
        <translation>Team (fra agentene)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Teamets plan</translation>
    </message>
    <message>
        <source>Agents reported</source>
        <translation>Agenter som har rapportert</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>Team totalt</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Behandlede henvendelser</translation>
    </message>
    <message>
        <source>Contacts counted (the base of the share)</source>
        <translation>Telte henvendelser (grunnlaget for andelen)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressurser</translation>
    </message>
    <message>
        <source>For reading: change them in goalplanner. Import brings back only the actuals.</source>
        <translation>Kun til lesing: endre dem i goalplanner. Importen henter bare inn de faktiske verdiene.</translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} finnes ikke.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Eksporter til Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n goal(s) to {0}</source>
        <translation>
            <numerusform>Eksporterte %n mål til {0}</numerusform>
            <numerusform>Eksporterte %n mål til {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with changes</source>
        <translation>Eksportert, med endringer</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Eksporten ble avbrutt: ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>Arbeidsboken ble ikke skrevet</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Importer faktiske verdier</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leser {0}…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual(s)</source>
        <translation>
            <numerusform>Importer %n faktisk verdi</numerusform>
            <numerusform>Importer %n faktiske verdier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n actual(s) from {0}</source>
        <translation>
            <numerusform>Importerte %n faktisk verdi fra {0}</numerusform>
            <numerusform>Importerte %n faktiske verdier fra {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} finnes ikke.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; goalplanner reads workbooks of up to {limit} MB. Nothing was imported.</source>
        <translation>{path} er på {size} MB; goalplanner leser arbeidsbøker på opptil {limit} MB. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>{path} er ikke en Excel-arbeidsbok (.xlsx). Ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} is malformed: it would unpack to far more data than a plan holds ({reason}). Nothing was imported.</source>
        <translation>{path} er ugyldig: filen ville pakkes ut til langt mer data enn en plan inneholder ({reason}). Ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook ({reason}). Nothing was imported.</source>
        <translation>{path} kunne ikke leses som en arbeidsbok ({reason}). Ingenting ble importert.</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>ark</translation>
    </message>
    <message>
        <source>{path} has {count} {what} in its part {part}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} har {count} {what} i delen {part}; høyst {limit} er forventet. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>XML elements</source>
        <translation>XML-elementer</translation>
    </message>
    <message>
        <source>cells in one row</source>
        <translation>celler i én rad</translation>
    </message>
    <message>
        <source>XML elements in one row</source>
        <translation>XML-elementer i én rad</translation>
    </message>
    <message>
        <source>levels of nested XML elements</source>
        <translation>nivåer med nestede XML-elementer</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook: its part {part} declares XML entities or a document type, which no workbook does. Nothing was imported.</source>
        <translation>{path} kunne ikke leses som en arbeidsbok: delen {part} deklarerer XML-entiteter eller en dokumenttype, noe ingen arbeidsbok gjør. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} was not exported by goalplanner, so there is nothing in it to import. Export the plan (File → Export to Excel), fill in the Actual column, and import that workbook.</source>
        <translation>{path} ble ikke eksportert fra goalplanner, så den inneholder ingenting å importere. Eksporter planen (Fil → Eksporter til Excel), fyll ut Faktisk-kolonnen, og importer den arbeidsboken.</translation>
    </message>
    <message>
        <source>{path} was exported by a goalplanner whose workbook layout (version {found}) this one does not read (version {ours}). Nothing was imported.</source>
        <translation>{path} ble eksportert av en goalplanner med et arbeidsbokoppsett (versjon {found}) som denne versjonen ikke kan lese (versjon {ours}). Ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} was exported from another plan ({plan}), not from the plan that is open. Open that plan to import it. Nothing was imported.</source>
        <translation>{path} ble eksportert fra en annen plan ({plan}), ikke fra planen som er åpen. Åpne den planen for å importere filen. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>{path} has {count} {what}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} har {count} {what}; høyst {limit} er forventet. Ingenting ble importert.</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>deler</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>The plan changed while {path} was being read (a check-in was recorded or edited). Nothing was imported; import the workbook again to see the changes against the plan as it is now.</source>
        <translation>Planen ble endret mens {path} ble lest (en oppfølging ble registrert eller redigert). Ingenting ble importert. Importer arbeidsboken på nytt for å se endringene mot planen slik den er nå.</translation>
    </message>
    <message>
        <source>{path} could not be written: it is open in another program, or you may not change it. Close it there (or choose another name) and try again.</source>
        <translation>{path} kunne ikke skrives: filen er åpen i et annet program, eller du har ikke lov til å endre den. Lukk den der (eller velg et annet navn) og prøv igjen.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only. Choose another folder.</source>
        <translation>{path} kunne ikke skrives: mappen er skrivebeskyttet. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space and try again.</source>
        <translation>{path} kunne ikke skrives: disken er full. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder does not exist.</source>
        <translation>{path} kunne ikke skrives: mappen finnes ikke.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} kunne ikke skrives: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>{where}: the text has {length} characters, more than the {limit} an Excel cell holds; the workbook shows the first {limit}, the plan keeps it all.</source>
        <translation>{where}: teksten har {length} tegn, flere enn de {limit} en Excel-celle rommer. Arbeidsboken viser de første {limit}, planen beholder hele teksten.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number Excel can hold; left empty.</source>
        <translation>{where}: {value} er ikke et tall Excel kan lagre; cellen står tom.</translation>
    </message>
</context>
<context>
    <name>FillNote</name>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Put back the fields as they were before the sentence was read</source>
        <translation>Sett feltene tilbake slik de var før setningen ble lest</translation>
    </message>
    <message>
        <source>metric {0}</source>
        <translation>nøkkeltall {0}</translation>
    </message>
    <message>
        <source>direction {0}</source>
        <translation>retning «{0}»</translation>
    </message>
    <message>
        <source>unit {0}</source>
        <translation>enhet {0}</translation>
    </message>
    <message>
        <source>baseline {0}</source>
        <translation>utgangsverdi {0}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>målverdi {0}</translation>
    </message>
    <message>
        <source>deadline {0}</source>
        <translation>frist {0}</translation>
    </message>
    <message>
        <source>Filled from your sentence: {0}.</source>
        <translation>Fylt ut fra setningen din: {0}.</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message numerus="yes">
        <source>Split “{0}” among %n agents</source>
        <translation>
            <numerusform>Del «{0}» på %n agent</numerusform>
            <numerusform>Del «{0}» på %n agenter</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen tittel ennå)</translation>
    </message>
    <message>
        <source>You have an unfinished goal, “{0}”, last changed on {1} at {2}. Resume it?</source>
        <translation>Du har et uferdig mål, «{0}», sist endret {1} kl. {2}. Vil du gjenoppta det?</translation>
    </message>
    <message>
        <source>You have unfinished changes to the goal “{0}”, last changed on {1} at {2}. Resume them?</source>
        <translation>Du har uferdige endringer i målet «{0}», sist endret {1} kl. {2}. Vil du gjenoppta dem?</translation>
    </message>
    <message>
        <source>Unfinished goal</source>
        <translation>Uferdig mål</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Gjenoppta</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Forkast det</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>Rediger målet «{0}»</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Slett mål</translation>
    </message>
    <message>
        <source>Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.</source>
        <translation>Vil du slette «{0}» med plan og oppfølginger? Delmålene blir værende, uten dette overordnede målet.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <source>(top level: no parent)</source>
        <translation>(øverste nivå: uten overordnet mål)</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>Flytt mål</translation>
    </message>
    <message>
        <source>Put “{0}” under:</source>
        <translation>Plasser «{0}» under:</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Kan ikke flytte</translation>
    </message>
    <message>
        <source>That goal sits under this one: moving would make a loop.</source>
        <translation>Det målet ligger under dette: flyttingen ville gi en sløyfe.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ikke flyttet</translation>
    </message>
    <message>
        <source>Not split</source>
        <translation>Ikke delt</translation>
    </message>
    <message>
        <source>Take “{0}”&apos;s actuals from its agents</source>
        <translation>Hent faktiske verdier for «{0}» fra agentene</translation>
    </message>
    <message>
        <source>Use “{0}”&apos;s own check-ins</source>
        <translation>Bruk egne oppfølginger for «{0}»</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Oppfølginger</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <source>Reso&amp;urces</source>
        <translation>R&amp;essurser</translation>
    </message>
    <message>
        <source>Team week grid…</source>
        <translation>Teamets ukerutenett…</translation>
    </message>
    <message>
        <source>last judged: {0}</source>
        <translation>sist vurdert: {0}</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>innenfor området</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>utenfor området</translation>
    </message>
    <message>
        <source>{0}% of the planned change</source>
        <translation>{0}% av planlagt endring</translation>
    </message>
    <message>
        <source>at this pace inside the band by the deadline</source>
        <translation>i dette tempoet innenfor området ved fristen</translation>
    </message>
    <message>
        <source>at this pace outside the band by the deadline</source>
        <translation>i dette tempoet utenfor området ved fristen</translation>
    </message>
    <message>
        <source>at this pace {0} by the deadline</source>
        <translation>i dette tempoet {0} ved fristen</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>klar til å avsluttes</translation>
    </message>
    <message>
        <source>next check-in {0}</source>
        <translation>neste oppfølging {0}</translation>
    </message>
    <message>
        <source>with sub-goals: {0}</source>
        <translation>med delmål: {0}</translation>
    </message>
</context>
<context>
    <name>GoalListPane</name>
    <message>
        <source>Search goals (Ctrl+F)</source>
        <translation>Søk i mål (Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eiere</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle tilstander</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>Åpne mål</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Alle nøkkeltall</translation>
    </message>
</context>
<context>
    <name>GoalState</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Ikke nådd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Skrinlagt</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>Med delmål</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Nøkkeltall</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målverdi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>{0} · ready to close</source>
        <translation>{0} · klar til å avsluttes</translation>
    </message>
    <message>
        <source> — {0}% of the planned change so far</source>
        <translation> — {0}% av planlagt endring så langt</translation>
    </message>
    <message>
        <source>The deadline has passed or the last check-in is in: nothing more is due.</source>
        <translation>Fristen er passert, eller den siste oppfølgingen er registrert: ingenting mer er forventet.</translation>
    </message>
    <message>
        <source>With its sub-goals: {0}</source>
        <translation>Med delmålene: {0}</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Rediger mål</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>&amp;Lagre mål</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>Målet ble ikke lagret</translation>
    </message>
    <message>
        <source>Stop entering this goal?</source>
        <translation>Slutte å legge inn dette målet?</translation>
    </message>
    <message>
        <source>What you typed can be kept as a draft to finish later, or thrown away.</source>
        <translation>Det du har skrevet, kan beholdes som utkast og fullføres senere, eller forkastes.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Behold som utkast</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Continue editing</source>
        <translation>Fortsett &amp;redigeringen</translation>
    </message>
</context>
<context>
    <name>GuardrailDialog</name>
    <message>
        <source>Guardrail</source>
        <translation>Vaktmål</translation>
    </message>
    <message>
        <source>A speed, cost or volume goal can hurt service when pushed alone. Choose the quality goal that guards it: its status is shown beside this goal&apos;s wherever it appears, and this goal is never shown on track while its guardrail is off track.</source>
        <translation>Et mål for tempo, kostnad eller volum kan gå ut over servicen når det presses alene. Velg kvalitetsmålet som vokter det: statusen til vaktmålet vises ved siden av dette målets status overalt, og dette målet vises aldri som i rute mens vaktmålet er ute av kurs.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>&amp;Guarded by</source>
        <translation>&amp;Voktet av</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Denne planen</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>Planens sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Your data folder (your default plan, the sample plans)</source>
        <translation>Datamappen din (standardplanen din, eksempelplanene)</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>Feillogg</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Åpne mappen</translation>
    </message>
    <message>
        <source>goalplanner Help</source>
        <translation>Hjelp til goalplanner</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide to the first week</source>
        <translation>&amp;Veiledning for den første uken</translation>
    </message>
    <message>
        <source>&amp;SMART goals in brief</source>
        <translation>&amp;SMART-mål kort fortalt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;Where your plan is kept</source>
        <translation>Hvor planen din &amp;lagres</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import actuals from {0}</source>
        <translation>Importer faktiske verdier fra {0}</translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} unchanged.</source>
        <translation>{0} nye, {1} endret, {2} uendret.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) need correcting: nothing will be imported.</source>
        <translation>
            <numerusform>%n celle må rettes: ingenting blir importert.</numerusform>
            <numerusform>%n celler må rettes: ingenting blir importert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check.</source>
        <translation>
            <numerusform>%n verdi å sjekke.</numerusform>
            <numerusform>%n verdier å sjekke.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Nothing can be imported until these cells are corrected in the workbook (or emptied). Then import it again.</source>
        <translation>Ingenting kan importeres før disse cellene er rettet i arbeidsboken (eller tømt). Importer den deretter på nytt.</translation>
    </message>
    <message>
        <source>Check these values: they will be imported as they are.</source>
        <translation>Sjekk disse verdiene: de importeres som de er.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n actual(s)</source>
        <translation>
            <numerusform>&amp;Importer %n faktisk verdi</numerusform>
            <numerusform>&amp;Importer %n faktiske verdier</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no new or changed actuals.</source>
        <translation>Arbeidsboken inneholder ingen nye eller endrede faktiske verdier.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the sheet is missing (renamed or deleted?)</source>
        <translation>arket mangler (omdøpt eller slettet?)</translation>
    </message>
    <message>
        <source>its goal is no longer in the plan</source>
        <translation>målet finnes ikke lenger i planen</translation>
    </message>
    <message>
        <source>the goal&apos;s check-ins are now {period}, but the sheet holds its {old} plan: export it again</source>
        <translation>målets oppfølginger er nå {period}, men arket inneholder den {old} planen: eksporter det på nytt</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>ukentlige</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>månedlige</translation>
    </message>
    <message>
        <source>“{label}” is not a period of the goal&apos;s plan any more (rows moved, or the plan was remade)</source>
        <translation>«{label}» er ikke lenger en periode i målets plan (rader er flyttet, eller planen er laget på nytt)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>«{value}» er ikke et tall</translation>
    </message>
    <message>
        <source>a date or time, not a number</source>
        <translation>en dato eller et klokkeslett, ikke et tall</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric} ({low} to {high})</source>
        <translation>{value} er ikke mulig for {metric} ({low} til {high})</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric}: it cannot be below {low}</source>
        <translation>{value} er ikke mulig for {metric}: verdien kan ikke være under {low}</translation>
    </message>
    <message>
        <source>not imported: the goal takes its actuals from its agents; type theirs, or switch it back to its own check-ins</source>
        <translation>ikke importert: målet henter faktiske verdier fra agentene sine; skriv inn deres, eller sett det tilbake til egne oppfølginger</translation>
    </message>
    <message>
        <source>{label} appears twice in the sheet</source>
        <translation>{label} står to ganger i arket</translation>
    </message>
    <message>
        <source>{value} was typed as a percentage, but the metric is not measured in per cent</source>
        <translation>{value} ble skrevet som prosent, men nøkkeltallet måles ikke i prosent</translation>
    </message>
    <message>
        <source>{label} has not started yet: actuals are recorded for periods that have begun</source>
        <translation>{label} har ikke startet ennå: faktiske verdier registreres bare for perioder som har begynt</translation>
    </message>
    <message>
        <source>{value} is far outside what this goal has seen for {metric} ({low} to {high}): check it is right</source>
        <translation>{value} ligger langt utenfor det dette målet har hatt for {metric} ({low} til {high}): sjekk at verdien stemmer</translation>
    </message>
    <message>
        <source>“{value}” is not a confidence: choose {choices}, or leave it blank. The actual is imported without it</source>
        <translation>«{value}» er ikke et tiltro-valg: velg {choices}, eller la feltet stå tomt. Faktisk verdi importeres uten det</translation>
    </message>
    <message>
        <source>a confidence or next step is recorded with the period&apos;s actual: type the actual too, or it is not imported</source>
        <translation>tiltro eller neste steg registreres sammen med periodens faktiske verdi: skriv inn den faktiske verdien også, ellers importeres det ikke</translation>
    </message>
    <message>
        <source>another check-in of this goal is already recorded on {day} ({other}); it is kept, so that day will have two</source>
        <translation>en annen oppfølging av dette målet er allerede registrert den {day} ({other}); den beholdes, så den dagen får to oppfølginger</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell as a number, which it is not: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>filen lagrer «{value}» i denne cellen som et tall, men det er ikke et tall: arbeidsboken er skadet. Skriv inn verdien på nytt i et regnearkprogram og lagre, eller eksporter planen på nytt</translation>
    </message>
    <message>
        <source>the cell refers to text number {index} of the workbook, which has only {count}: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>cellen viser til tekst nummer {index} i arbeidsboken, som bare har {count}: arbeidsboken er skadet. Skriv inn verdien på nytt i et regnearkprogram og lagre, eller eksporter planen på nytt</translation>
    </message>
    <message>
        <source>the cell has format number {index}, which the workbook does not have (it has {count}): the workbook is damaged. Save it again in a spreadsheet, or export the plan again</source>
        <translation>cellen har formatnummer {index}, som arbeidsboken ikke har (den har {count}): arbeidsboken er skadet. Lagre den på nytt i et regnearkprogram, eller eksporter planen på nytt</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell in a form no spreadsheet writes: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>filen lagrer «{value}» i denne cellen i en form som ikke noe regnearkprogram skriver: arbeidsboken er skadet. Skriv inn verdien på nytt i et regnearkprogram og lagre, eller eksporter planen på nytt</translation>
    </message>
    <message>
        <source>the sheet is damaged (its XML is malformed at line {line}, column {column}) and could not be read. Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>arket er skadet (XML-en er ugyldig på linje {line}, kolonne {column}) og kunne ikke leses. Lagre arbeidsboken på nytt i et regnearkprogram, eller eksporter planen på nytt</translation>
    </message>
    <message>
        <source>the sheet is damaged and could not be read ({reason}). Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>arket er skadet og kunne ikke leses ({reason}). Lagre arbeidsboken på nytt i et regnearkprogram, eller eksporter planen på nytt</translation>
    </message>
    <message>
        <source>its team goal is no longer in the plan, so the agents&apos; cells were not read</source>
        <translation>teammålet finnes ikke lenger i planen, så agentenes celler ble ikke lest</translation>
    </message>
    <message>
        <source>{person} is no longer one of the team&apos;s agents, so this row was not read</source>
        <translation>{person} er ikke lenger en av teamets agenter, så denne raden ble ikke lest</translation>
    </message>
    <message>
        <source>the agent sheets were laid out by another goalplanner version and were not read</source>
        <translation>agentarkene er satt opp av en annen goalplanner-versjon og ble ikke lest</translation>
    </message>
    <message>
        <source>{person}&apos;s {label} is {value} here but {other} on the agent&apos;s own sheet: keep one of them</source>
        <translation>{person}s {label} er {value} her, men {other} på agentens eget ark: behold én av dem</translation>
    </message>
    <message>
        <source>“{value}” is not a number of contacts: type a number of at least 0</source>
        <translation>«{value}» er ikke et antall henvendelser: skriv et tall på minst 0</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>Tid til første svar</translation>
    </message>
    <message>
        <source>Sum of (first human reply - ticket created) / tickets replied to; automatic acknowledgements do not count.</source>
        <translation>Summen av (første svar fra et menneske - saken opprettet) / besvarte saker; automatiske bekreftelser teller ikke.</translation>
    </message>
    <message>
        <source>E-mail replies average about 12 hours and many firms never reply (SuperOffice); leading teams answer chat within 40 s, social within 1 h and e-mail within 4 h (Lorikeet).</source>
        <translation>Svar på e-post tar i snitt rundt 12 timer, og mange bedrifter svarer aldri (SuperOffice); de beste teamene svarer på chat innen 40 s, i sosiale medier innen 1 t og på e-post innen 4 t (Lorikeet).</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Gjennomsnittlig behandlingstid</translation>
    </message>
    <message>
        <source>(Talk time + hold time + after-call work) / contacts handled.</source>
        <translation>(Samtaletid + tid på vent + etterarbeid) / behandlede henvendelser.</translation>
    </message>
    <message>
        <source>About 6 minutes is the usual convention (Invoca); a Cornell report gives 3 min 10 s (Krisp). Compare with your own baseline.</source>
        <translation>Rundt 6 minutter er den vanlige tommelfingerregelen (Invoca); en Cornell-rapport oppgir 3 min 10 s (Krisp). Sammenlign med din egen utgangsverdi.</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>Gjennomsnittlig løsningstid</translation>
    </message>
    <message>
        <source>Sum of (resolved - created) / tickets resolved; say whether first or full resolution.</source>
        <translation>Summen av (løst - opprettet) / løste saker; oppgi om det gjelder første eller endelig løsning.</translation>
    </message>
    <message>
        <source>No reliable industry figure: use your own baseline.</source>
        <translation>Ikke noe pålitelig bransjetall: bruk din egen utgangsverdi.</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>Løsning ved første kontakt</translation>
    </message>
    <message>
        <source>Contacts resolved at the first contact / all contacts x 100, usually measured by survey.</source>
        <translation>Henvendelser løst ved første kontakt / alle henvendelser x 100, vanligvis målt med spørreundersøkelse.</translation>
    </message>
    <message>
        <source>69% or less is low, 70-79% good, 80% or more world-class; the average is 67% (SQM Group).</source>
        <translation>69% eller lavere er lavt, 70-79% bra, 80% eller mer i verdensklasse; snittet er 67% (SQM Group).</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Kundetilfredshet (CSAT)</translation>
    </message>
    <message>
        <source>Responses scoring 4 or 5 on a 1-5 scale / all responses x 100 (74 of 107 gives 69%).</source>
        <translation>Svar med 4 eller 5 på en skala fra 1 til 5 / alle svar x 100 (74 av 107 gir 69%).</translation>
    </message>
    <message>
        <source>Above 80% is excellent (SoGoSurvey); world-class centres reach 85% top-box or more (SQM Group).</source>
        <translation>Over 80% er utmerket (SoGoSurvey); sentre i verdensklasse når 85% eller mer i toppkategorien (SQM Group).</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) - % detractors (0-6) on the 0-10 &apos;would you recommend&apos; question.</source>
        <translation>% ambassadører (9-10) - % kritikere (0-6) på spørsmålet «vil du anbefale oss?» med skala 0-10.</translation>
    </message>
    <message>
        <source>Global average about +32 (Observe.AI); telecoms 30 or below, retail 50 or above (CustomerGauge).</source>
        <translation>Globalt snitt rundt +32 (Observe.AI); telekom 30 eller lavere, detaljhandel 50 eller høyere (CustomerGauge).</translation>
    </message>
    <message>
        <source>Customer effort score (CES): ease, 1-7</source>
        <translation>Kundeinnsatsscore (CES): enkelhet, 1-7</translation>
    </message>
    <message>
        <source>Ease scale, higher is better: mean agreement, 1-7, with &apos;the company made it easy to handle my issue&apos; (CES 2.0); also report the share answering 5-7. Asking how much effort it took instead? Choose the effort scale.</source>
        <translation>Enkelhetsskala, høyere er bedre: gjennomsnittlig enighet, 1-7, med påstanden «selskapet gjorde det enkelt å få løst saken min» (CES 2.0); oppgi også andelen som svarer 5-7. Spør dere heller hvor mye innsats det krevde? Velg innsatsskalaen.</translation>
    </message>
    <message>
        <source>96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).</source>
        <translation>96% av kundene med en krevende opplevelse blir mindre lojale, mot 9% av dem med en enkel opplevelse (Gartner).</translation>
    </message>
    <message>
        <source>Customer effort score (CES): effort, 1-5</source>
        <translation>Kundeinnsatsscore (CES): innsats, 1-5</translation>
    </message>
    <message>
        <source>Effort scale, lower is better: mean answer, 1 (very low effort) to 5 (very high effort), to &apos;how much effort did you personally have to put forth to handle your request?&apos; (the original CES). Asking whether it was easy instead? Choose the ease scale.</source>
        <translation>Innsatsskala, lavere er bedre: gjennomsnittlig svar, fra 1 (svært liten innsats) til 5 (svært stor innsats), på «hvor mye innsats måtte du selv legge ned for å få behandlet henvendelsen din?» (den opprinnelige CES). Spør dere heller om det var enkelt? Velg enkelhetsskalaen.</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>Kostnad per henvendelse</translation>
    </message>
    <message>
        <source>Contact-centre operating cost (salaries to software) / contacts handled, per channel.</source>
        <translation>Driftskostnader for kundesenteret (fra lønn til programvare) / behandlede henvendelser, per kanal.</translation>
    </message>
    <message>
        <source>$540,000 / 120,000 contacts = $4.50 (Klipfolio); live contact about $8.01 against about $0.10 for self-service (Gartner 2019).</source>
        <translation>540 000 USD / 120 000 henvendelser = 4,50 USD (Klipfolio); en betjent henvendelse koster rundt 8,01 USD mot rundt 0,10 USD for selvbetjening (Gartner 2019).</translation>
    </message>
    <message>
        <source>Agent occupancy</source>
        <translation>Beleggsgrad</translation>
    </message>
    <message>
        <source>Time handling contacts / time logged in x 100 (in Erlang terms, traffic / agents).</source>
        <translation>Tid brukt på henvendelser / innlogget tid x 100 (i Erlang-termer: trafikk / agenter).</translation>
    </message>
    <message>
        <source>Aim for 75-85%; 85-90% is pressure, above 90% burns agents out, below 65% is idle time (Call Centre Helper, Turnella).</source>
        <translation>Sikt mot 75-85%; 85-90% er press, over 90% sliter ut agentene, under 65% er tomgang (Call Centre Helper, Turnella).</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Etterarbeid</translation>
    </message>
    <message>
        <source>Total wrap-up time / calls handled.</source>
        <translation>Samlet etterarbeidstid / behandlede samtaler.</translation>
    </message>
    <message>
        <source>Sources range from 30 s to 5 minutes and more: treat as unbenchmarked and use your own baseline.</source>
        <translation>Kildene spriker fra 30 s til 5 minutter og mer: regn det som uten referanseverdi og bruk din egen utgangsverdi.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicenivå</translation>
    </message>
    <message>
        <source>(Contacts offered - answered after the threshold - abandoned after the threshold) / offered x 100, e.g. 80% within 20 s.</source>
        <translation>(Innkommende henvendelser - besvart etter grensen - avbrutt etter grensen) / innkommende x 100, f.eks. 80% innen 20 s.</translation>
    </message>
    <message>
        <source>80/20 is the most common target, not a standard (Fonolo).</source>
        <translation>80/20 er det vanligste målet, ikke en standard (Fonolo).</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Gjennomsnittlig svartid</translation>
    </message>
    <message>
        <source>Total queue wait of answered calls / answered calls; abandoned calls are left out.</source>
        <translation>Samlet køtid for besvarte anrop / besvarte anrop; avbrutte anrop holdes utenfor.</translation>
    </message>
    <message>
        <source>Global average about 28 s (Call Centre Helper).</source>
        <translation>Globalt snitt rundt 28 s (Call Centre Helper).</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>Avbruddsrate</translation>
    </message>
    <message>
        <source>Contacts abandoned / contacts offered x 100 (40 of 1,000 is 4%).</source>
        <translation>Avbrutte henvendelser / innkommende henvendelser x 100 (40 av 1000 er 4%).</translation>
    </message>
    <message>
        <source>5-8% is typical (Uniphore); many aim for 3-5% (Convin); ICMI sets no standard.</source>
        <translation>5-8% er vanlig (Uniphore); mange sikter mot 3-5% (Convin); ICMI setter ingen standard.</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>Viderekoblingsrate</translation>
    </message>
    <message>
        <source>Contacts transferred / contacts handled x 100; count each call once; IVR to agent is not a transfer.</source>
        <translation>Viderekoblede henvendelser / behandlede henvendelser x 100; tell hver samtale én gang; IVR til agent er ikke en viderekobling.</translation>
    </message>
    <message>
        <source>Below 10% is a common aim, below 5% excellent (KPI Depot, a vendor source).</source>
        <translation>Under 10% er et vanlig mål, under 5% utmerket (KPI Depot, en leverandørkilde).</translation>
    </message>
    <message>
        <source>Net sentiment score</source>
        <translation>Netto sentimentscore</translation>
    </message>
    <message>
        <source>(Positive mentions - negative mentions) / all mentions x 100, neutral ones counted in the base (80 positive, 20 negative, 100 neutral gives 30).</source>
        <translation>(Positive omtaler - negative omtaler) / alle omtaler x 100, med nøytrale regnet med i grunnlaget (80 positive, 20 negative og 100 nøytrale gir 30).</translation>
    </message>
    <message>
        <source>No published benchmark: compare month over month.</source>
        <translation>Ingen publisert referanseverdi: sammenlign måned for måned.</translation>
    </message>
    <message>
        <source>Cross-sell close rate</source>
        <translation>Treffrate for kryssalg</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed / tickets handled x 100 in the period, as the articles measure it. To count only the contacts where an offer was made, choose the per-opportunity rate.</source>
        <translation>Avsluttede kryss- og mersalg / behandlede saker x 100 i perioden, slik artiklene måler det. For å telle bare henvendelsene der et tilbud ble gitt, velg konverteringen per salgsmulighet.</translation>
    </message>
    <message>
        <source>No verified benchmark: use your own baseline. 47% of business owners say good service raised their cross-selling.</source>
        <translation>Ingen verifisert referanseverdi: bruk din egen utgangsverdi. 47% av bedriftseiere sier at god service har økt kryssalget deres.</translation>
    </message>
    <message>
        <source>Cross-sell conversion per opportunity</source>
        <translation>Kryssalgskonvertering per salgsmulighet</translation>
    </message>
    <message>
        <source>Cross-sales closed / cross-sell opportunities (contacts where an offer was made) x 100.</source>
        <translation>Avsluttede kryssalg / kryssalgsmuligheter (henvendelser der et tilbud ble gitt) x 100.</translation>
    </message>
    <message>
        <source>No verified benchmark: KPI Depot&apos;s 15-25% is unsourced. Use your own baseline.</source>
        <translation>Ingen verifisert referanseverdi: 15-25% fra KPI Depot er uten kildegrunnlag. Bruk din egen utgangsverdi.</translation>
    </message>
    <message>
        <source>Milestone: done or not yet</source>
        <translation>Milepæl: fullført eller ikke ennå</translation>
    </message>
    <message>
        <source>A yes/no goal with no number, e.g. &apos;launch live chat by 1 March&apos;: check in 0 while it is not done and 1 once it is. It is on track until the deadline while not done, achieved when done, and off track once the deadline passes undone.</source>
        <translation>Et ja/nei-mål uten tall, f.eks. «lansere livechat innen 1. mars»: registrer 0 så lenge det ikke er fullført, og 1 når det er det. Målet er i rute fram til fristen så lenge det ikke er fullført, nådd når det er fullført, og ute av kurs når fristen passeres uten at det er fullført.</translation>
    </message>
    <message>
        <source>Split a large launch into dated milestones, each with its own owner.</source>
        <translation>Del en stor lansering opp i daterte milepæler, hver med sin egen eier.</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Anropsvolum</translation>
    </message>
    <message>
        <source>Calls (or contacts) received in the period; self-service and fixing root causes bring it down.</source>
        <translation>Anrop (eller henvendelser) mottatt i perioden; selvbetjening og å fjerne grunnårsaker får det ned.</translation>
    </message>
    <message>
        <source>Compare with the same period last year to allow for seasons.</source>
        <translation>Sammenlign med samme periode i fjor for å ta høyde for sesongvariasjoner.</translation>
    </message>
    <message>
        <source>Average call wait time</source>
        <translation>Gjennomsnittlig ventetid</translation>
    </message>
    <message>
        <source>Total time callers wait in the queue / calls offered (abandoned calls included).</source>
        <translation>Samlet tid innringerne venter i køen / innkommende anrop (avbrutte anrop inkludert).</translation>
    </message>
    <message>
        <source>Average speed of answer, the nearest published figure, is about 28 s (Call Centre Helper).</source>
        <translation>Gjennomsnittlig svartid, det nærmeste publiserte tallet, er rundt 28 s (Call Centre Helper).</translation>
    </message>
</context>
<context>
    <name>LoopActions</name>
    <message>
        <source>&amp;Close goal…</source>
        <translation>&amp;Avslutt målet…</translation>
    </message>
    <message>
        <source>&amp;Reopen goal</source>
        <translation>&amp;Gjenåpne målet</translation>
    </message>
    <message>
        <source>Con&amp;tinue into next period…</source>
        <translation>Fortse&amp;tt i neste periode…</translation>
    </message>
    <message>
        <source>Reopen goal “{0}”</source>
        <translation>Gjenåpne målet «{0}»</translation>
    </message>
    <message>
        <source>Close goal “{0}”</source>
        <translation>Avslutt målet «{0}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New plan file…</source>
        <translation>&amp;Ny planfil…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Å&amp;pne plan…</translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation>Åpne &amp;eksempelplanen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;ksporter til Excel…</translation>
    </message>
    <message>
        <source>&amp;Import actuals from Excel…</source>
        <translation>&amp;Importer faktiske verdier fra Excel…</translation>
    </message>
    <message>
        <source>Export check-in &amp;dates…</source>
        <translation>Eksporter oppfølgings&amp;datoer…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inn&amp;stillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nytt mål…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>&amp;Rediger mål…</translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation>&amp;Slett mål…</translation>
    </message>
    <message>
        <source>&amp;Move under another goal…</source>
        <translation>&amp;Flytt under et annet mål…</translation>
    </message>
    <message>
        <source>&amp;Find goals</source>
        <translation>&amp;Finn mål</translation>
    </message>
    <message>
        <source>&amp;Goals and details</source>
        <translation>&amp;Mål og detaljer</translation>
    </message>
    <message>
        <source>&amp;Portfolio chart</source>
        <translation>&amp;Porteføljediagram</translation>
    </message>
    <message>
        <source>&amp;About goalplanner</source>
        <translation>&amp;Om goalplanner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ny&amp;lig brukte</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Select a goal to see its plan and record check-ins.</source>
        <translation>Velg et mål for å se planen og registrere oppfølginger.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portefølje</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Ingen plan åpen</translation>
    </message>
    <message>
        <source>Goals: {0}</source>
        <translation>Mål: {0}</translation>
    </message>
    <message>
        <source>About goalplanner</source>
        <translation>Om goalplanner</translation>
    </message>
    <message>
        <source>goalplanner {0}
SMART goals for customer-service teams, planned and tracked in a file you own.

Data folder: {1}</source>
        <translation>goalplanner {0}
SMART-mål for kundeserviceteam, planlagt og fulgt opp i en fil du eier selv.

Datamappe: {1}</translation>
    </message>
    <message>
        <source>This plan is open here: use this window.</source>
        <translation>Denne planen er åpen her: bruk dette vinduet.</translation>
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
        <translation>Samtalelogg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>Dag først (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>Måned først (12/31/2025)</translation>
    </message>
    <message>
        <source>Good / Bad</source>
        <translation>Bra / Dårlig</translation>
    </message>
    <message>
        <source>1 to 5 (4 and 5 count as satisfied)</source>
        <translation>1 til 5 (4 og 5 teller som fornøyd)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Oppsett</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>&amp;Datorekkefølge</translation>
    </message>
    <message>
        <source>&amp;Rating scale</source>
        <translation>&amp;Vurderingsskala</translation>
    </message>
    <message>
        <source>Answered &amp;within (seconds)</source>
        <translation>Besvart &amp;innen (sekunder)</translation>
    </message>
    <message>
        <source>Only &amp;rows where</source>
        <translation>Bare &amp;rader der</translation>
    </message>
    <message>
        <source>{0}: the first rows</source>
        <translation>{0}: de første radene</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(alle rader)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunder</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (valgfritt)</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>How will you measure it?</source>
        <translation>Hvordan skal dere måle det?</translation>
    </message>
    <message>
        <source>One metric. Write down where you are now (the baseline) before the target, and ask where the number comes from. A stretch target is optional.</source>
        <translation>Ett nøkkeltall. Skriv ned hvor dere står nå (utgangsverdien) før målverdien, og spør hvor tallet kommer fra. Et strekkmål er valgfritt.</translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation>Egendefinert nøkkeltall</translation>
    </message>
    <message>
        <source>% of today&apos;s value (relative)</source>
        <translation>% av dagens verdi (relativt)</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>prosentpoeng</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>Nø&amp;kkeltall</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Enhet</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Retning</translation>
    </message>
    <message>
        <source>Base&amp;line (now)</source>
        <translation>&amp;Utgangsverdi (nå)</translation>
    </message>
    <message>
        <source>Measured &amp;on</source>
        <translation>&amp;Målt den</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>Mål&amp;verdi</translation>
    </message>
    <message>
        <source>&amp;Stretch target</source>
        <translation>&amp;Strekkmål</translation>
    </message>
    <message>
        <source>Band &amp;from</source>
        <translation>Område &amp;fra</translation>
    </message>
    <message>
        <source>Band t&amp;o</source>
        <translation>Område t&amp;il</translation>
    </message>
    <message>
        <source>C&amp;hange by</source>
        <translation>En&amp;dre med</translation>
    </message>
    <message>
        <source>A metric of your own: give its unit and say whether higher or lower is better.</source>
        <translation>Et eget nøkkeltall: oppgi enheten, og si om høyere eller lavere er bedre.</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>i {0}</translation>
    </message>
    <message>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>Endring: {0}</translation>
    </message>
    <message>
        <source> ({0}{1}% relative)</source>
        <translation> ({0}{1}% relativt)</translation>
    </message>
    <message>
        <source>“{0}%” can mean two things: {1}% relative takes {2}% to {3}%; {1} points takes it to {4}%.</source>
        <translation>«{0}%» kan bety to ting: {1}% relativt tar {2}% til {3}%; {1} prosentpoeng tar det til {4}%.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Skriv inn et tall.</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>«{0}» er ikke et tall.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Skriv inn et heltall.</translation>
    </message>
    <message>
        <source>Enter {0} or more.</source>
        <translation>Skriv inn {0} eller mer.</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Åpner {0} …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop opening this plan; the plan shown now stays open.</source>
        <translation>Slutt å åpne denne planen; planen som vises nå, forblir åpen.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Plan already open</source>
        <translation>Planen er allerede åpen</translation>
    </message>
    <message>
        <source>{0} is open in another goalplanner window, which has been brought to the front. One window per plan keeps two windows from saving over each other.</source>
        <translation>{0} er åpen i et annet goalplanner-vindu, som er hentet fram. Ett vindu per plan hindrer at to vinduer lagrer over hverandre.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>Fant ikke planen</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} finnes ikke.</translation>
    </message>
    <message>
        <source>Backups are failing</source>
        <translation>Sikkerhetskopieringen fungerer ikke</translation>
    </message>
    <message>
        <source>This plan cannot be backed up. {0}</source>
        <translation>Denne planen kan ikke sikkerhetskopieres. {0}</translation>
    </message>
    <message>
        <source>The plan itself is fine and every change is saved. To keep backups, make {0} a folder you can write to, on a disk with space free, or choose another backup folder by setting {1} before starting goalplanner.</source>
        <translation>Selve planen er i orden, og alle endringer er lagret. For å fortsatt få sikkerhetskopier må {0} være en mappe du kan skrive til, på en disk med ledig plass, eller du kan velge en annen mappe for sikkerhetskopier ved å sette {1} før du starter goalplanner.</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>Kan ikke åpne denne planen</translation>
    </message>
    <message>
        <source>goalplanner can copy it into your plans folder ({0}) and open the copy.</source>
        <translation>goalplanner kan kopiere den til planmappen din ({0}) og åpne kopien.</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>Åpne en kopi</translation>
    </message>
    <message>
        <source>A verified backup from {0} exists. Restoring copies it to a new file and opens that; the file above stays as it is.</source>
        <translation>Det finnes en kontrollert sikkerhetskopi fra {0}. Gjenoppretting kopierer den til en ny fil og åpner den; filen over forblir som den er.</translation>
    </message>
    <message>
        <source>Open a copy of the backup</source>
        <translation>Åpne en kopi av sikkerhetskopien</translation>
    </message>
    <message>
        <source>It holds no plan: it is empty, or was left half-made when goalplanner was stopped while creating it. Replace it with a new, empty plan?</source>
        <translation>Den inneholder ingen plan: den er tom, eller den ble liggende halvferdig da goalplanner ble stoppet mens filen ble opprettet. Vil du erstatte den med en ny, tom plan?</translation>
    </message>
    <message>
        <source>Replace with a new plan</source>
        <translation>Erstatt med en ny plan</translation>
    </message>
    <message>
        <source>Setting it aside renames it to {0} in the same folder and opens the plan as it was last saved. Nothing is deleted.</source>
        <translation>Å legge den til side gir den navnet {0} i samme mappe og åpner planen slik den sist ble lagret. Ingenting slettes.</translation>
    </message>
    <message>
        <source>Set it aside and open</source>
        <translation>Legg den til side og åpne</translation>
    </message>
    <message>
        <source>You can also view what can be read of it: goals that read fine are shown, those that cannot be read are listed, and nothing in the file is changed.</source>
        <translation>Du kan også vise det som kan leses av den: mål som kan leses, vises, de som ikke kan leses, listes opp, og ingenting i filen endres.</translation>
    </message>
    <message>
        <source>View what can be read</source>
        <translation>Vis det som kan leses</translation>
    </message>
    <message>
        <source>{0} could not be renamed: {1}</source>
        <translation>{0} kunne ikke få nytt navn: {1}</translation>
    </message>
    <message>
        <source>Cannot view this plan</source>
        <translation>Kan ikke vise denne planen</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopi)</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Kopieringen mislyktes</translation>
    </message>
    <message>
        <source>{0} (restored {1})</source>
        <translation>{0} (gjenopprettet {1})</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Gjenopprettingen mislyktes</translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation>Ny planfil</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Filen finnes allerede</translation>
    </message>
    <message>
        <source>{0} already exists. Open it from File → Open plan, or choose another name.</source>
        <translation>{0} finnes allerede. Åpne den fra Fil → Åpne plan, eller velg et annet navn.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Åpne plan</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>Målplaner (*{0});;Alle filer (*)</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>Eksempelplan</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhetskopieringen mislyktes</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Sikkerhetskopi lagret i {0}</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Ingen nylige planer</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>The plan as it will be saved:</source>
        <translation>Planen slik den blir lagret:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
</context>
<context>
    <name>PlanShape</name>
    <message>
        <source>A change of x % every period needs a baseline and a target above zero.</source>
        <translation>En endring på x % hver periode krever en utgangsverdi og en målverdi over null.</translation>
    </message>
    <message>
        <source>The target is lower: enter a cut, such as -5.</source>
        <translation>Målverdien er lavere: skriv inn en reduksjon, for eksempel -5.</translation>
    </message>
    <message>
        <source>The target is higher: enter a rise, such as 5.</source>
        <translation>Målverdien er høyere: skriv inn en økning, for eksempel 5.</translation>
    </message>
    <message>
        <source>“{0}” is not a number: paste last year&apos;s 12 monthly values.</source>
        <translation>«{0}» er ikke et tall: lim inn fjorårets 12 månedsverdier.</translation>
    </message>
    <message>
        <source>{0} is below zero: monthly values are 0 or more.</source>
        <translation>{0} er under null: månedsverdier er 0 eller mer.</translation>
    </message>
    <message>
        <source>{0} values found: give last year&apos;s 12, one for each month from January.</source>
        <translation>Fant {0} verdier: oppgi fjorårets 12, én for hver måned fra januar.</translation>
    </message>
    <message>
        <source>Every month is zero: the plan would not move.</source>
        <translation>Alle månedene er null: planen ville ikke endre seg.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Uker</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Måneder</translation>
    </message>
    <message>
        <source>Reset to &amp;curve</source>
        <translation>Tilbakestill til &amp;kurve</translation>
    </message>
    <message>
        <source>&amp;Split among agents…</source>
        <translation>&amp;Del på agenter…</translation>
    </message>
    <message>
        <source>Make one goal per agent, each with their share of the team&apos;s target.</source>
        <translation>Lag ett mål per agent, hver med sin andel av teamets målverdi.</translation>
    </message>
    <message>
        <source>Type over a planned value to fix it: it is locked and the other periods re-spread so the plan still ends at the target.</source>
        <translation>Skriv over en planlagt verdi for å feste den: den låses, og de andre periodene fordeles på nytt slik at planen fortsatt ender på målverdien.</translation>
    </message>
    <message>
        <source>Set plan for {0}</source>
        <translation>Sett plan for {0}</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>Lås {0}</translation>
    </message>
    <message>
        <source>Reset plan to curve</source>
        <translation>Tilbakestill planen til kurven</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>A locked value stays when the plan is re-spread.</source>
        <translation>En låst verdi blir stående når planen fordeles på nytt.</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Click a bar to open that goal. Right-click the chart to save or copy it.</source>
        <translation>Klikk på en stolpe for å åpne det målet. Høyreklikk på diagrammet for å lagre eller kopiere det.</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>&amp;Lagre diagram…</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n rad lest</numerusform>
            <numerusform>%n rader lest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no value for the metric)</source>
        <translation>
            <numerusform>%n hoppet over (ingen verdi for måltallet)</numerusform>
            <numerusform>%n hoppet over (ingen verdi for måltallet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) counted once</source>
        <translation>
            <numerusform>%n duplikat telt én gang</numerusform>
            <numerusform>%n duplikater telt én gang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the filter</source>
        <translation>
            <numerusform>%n utelatt av filteret</numerusform>
            <numerusform>%n utelatt av filteret</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>Bygger på</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recording it</source>
        <translation>Ved registrering</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <source>Replaces {0}</source>
        <translation>Erstatter {0}</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Allerede registrert</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Registreres ikke</translation>
    </message>
    <message>
        <source>Few to go on</source>
        <translation>Lite å bygge på</translation>
    </message>
    <message>
        <source>Period not over</source>
        <translation>Perioden er ikke over</translation>
    </message>
    <message>
        <source>Far from what the goal has seen</source>
        <translation>Langt fra det målet har sett før</translation>
    </message>
    <message>
        <source>{0} used</source>
        <translation>{0} brukt</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 were read month first; choose the date order if that is wrong.</source>
        <translation>Datoer som 03/04/2025 ble lest med måneden først; velg datorekkefølge hvis det er feil.</translation>
    </message>
    <message>
        <source>No period of the file falls within the goal&apos;s time: nothing to import.</source>
        <translation>Ingen periode i filen faller innenfor målets tid: ingenting å importere.</translation>
    </message>
    <message numerus="yes">
        <source>Import records %n check-in(s).</source>
        <translation>
            <numerusform>Importen registrerer %n oppfølging.</numerusform>
            <numerusform>Importen registrerer %n oppfølginger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFromExport</name>
    <message>
        <source>From an &amp;export…</source>
        <translation>Fra en &amp;eksport…</translation>
    </message>
    <message>
        <source>From an export: {0}, {1} to {2}.</source>
        <translation>Fra en eksport: {0}, {1} til {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) rest on fewer than {0}.</source>
        <translation>
            <numerusform>%n måned bygger på færre enn {0}.</numerusform>
            <numerusform>%n måneder bygger på færre enn {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no finished month: no monthly values from it.</source>
        <translation>Eksporten har ingen avsluttet måned: ingen månedsverdier fra den.</translation>
    </message>
    <message numerus="yes">
        <source>The 12 months up to {0} are needed; the export has nothing for %n month(s): {1}. Nothing was changed.</source>
        <translation>
            <numerusform>De 12 månedene til og med {0} trengs; eksporten har ingenting for %n måned: {1}. Ingenting ble endret.</numerusform>
            <numerusform>De 12 månedene til og med {0} trengs; eksporten har ingenting for %n måneder: {1}. Ingenting ble endret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatioCounts</name>
    <message>
        <source>{0}: how many were counted in the period. The actual is worked out from the two counts.</source>
        <translation>{0}: hvor mange som ble talt opp i perioden. Den faktiske verdien beregnes ut fra de to tallene.</translation>
    </message>
    <message>
        <source>{0}: how many there were in all in the period, counted or not.</source>
        <translation>{0}: hvor mange det var i alt i perioden, talt opp eller ikke.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Fornøyde</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Resolved first time</source>
        <translation>Løst ved første kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>Besvart i tide</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Innkommende anrop</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbrutte</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>Innkommende henvendelser</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Viderekoblede</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Behandlede henvendelser</translation>
    </message>
    <message>
        <source>Sales closed</source>
        <translation>Avsluttede salg</translation>
    </message>
    <message>
        <source>Tickets handled</source>
        <translation>Behandlede saker</translation>
    </message>
    <message>
        <source>Offers made</source>
        <translation>Tilbud gitt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Talt opp</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Av totalt</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>{0} (read-only) — goalplanner</source>
        <translation>{0} (skrivebeskyttet) — goalplanner</translation>
    </message>
    <message>
        <source>This plan is damaged and shown read-only: nothing can be changed or saved, and the file is left as it is. What is wrong ({0}), as `goalplanner check` lists it:</source>
        <translation>Denne planen er skadet og vises skrivebeskyttet: ingenting kan endres eller lagres, og filen blir latt være som den er. Problemene ({0}), slik `goalplanner check` viser dem:</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… og {0} til</translation>
    </message>
    <message>
        <source>goal {0} “{1}”</source>
        <translation>mål {0} «{1}»</translation>
    </message>
    <message>
        <source>goal {0} (its title cannot be read)</source>
        <translation>mål {0} (tittelen kan ikke leses)</translation>
    </message>
    <message>
        <source>Goals that cannot be read, so are not in the list: {0}</source>
        <translation>Mål som ikke kan leses, og som derfor ikke er i listen: {0}</translation>
    </message>
    <message>
        <source>Every goal could be read and is in the list.</source>
        <translation>Alle mål kunne leses og er i listen.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Meeting pack: {0}</source>
        <translation>Møtepakke: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} · page {2} of {3}</source>
        <translation>{0} · {1} · side {2} av {3}</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier check-in(s)</source>
        <translation>
            <numerusform>og %n tidligere oppfølging</numerusform>
            <numerusform>og %n tidligere oppfølginger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active goals: %n</source>
        <translation>
            <numerusform>Aktive mål: %n</numerusform>
            <numerusform>Aktive mål: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins in the last %n day(s)</source>
        <translation>
            <numerusform>Oppfølginger siste %n dag</numerusform>
            <numerusform>Oppfølginger siste %n dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Who and what it needs</source>
        <translation>Hvem og hva det trenger</translation>
    </message>
    <message>
        <source>Last check-ins</source>
        <translation>Siste oppfølginger</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>No check-in recorded yet.</source>
        <translation>Ingen oppfølging registrert ennå.</translation>
    </message>
    <message>
        <source>Goals at a glance</source>
        <translation>Målene i korte trekk</translation>
    </message>
    <message>
        <source>{0} · as of {1}</source>
        <translation>{0} · per {1}</translation>
    </message>
    <message>
        <source>Goals in this pack</source>
        <translation>Mål i denne pakken</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>No active goal.</source>
        <translation>Ingen aktive mål.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print goal sheet…</source>
        <translation>Skri&amp;v ut målark…</translation>
    </message>
    <message>
        <source>Save goal s&amp;heet as PDF…</source>
        <translation>Lagre målark som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;meeting pack as PDF…</source>
        <translation>Lagre &amp;møtepakke som PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Select a goal to print its sheet.</source>
        <translation>Velg et mål for å skrive ut målarket.</translation>
    </message>
    <message>
        <source>Save goal sheet as PDF</source>
        <translation>Lagre målark som PDF</translation>
    </message>
    <message>
        <source>Save meeting pack as PDF</source>
        <translation>Lagre møtepakke som PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}</source>
        <translation>
            <numerusform>Lagret %n side i {0}</numerusform>
            <numerusform>Lagret %n sider i {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>Avbrutt: ingen PDF ble skrevet.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Skriver {0}…</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF ble ikke skrevet</translation>
    </message>
    <message>
        <source>The plan changed meanwhile; try again.</source>
        <translation>Planen ble endret i mellomtiden; prøv igjen.</translation>
    </message>
    <message>
        <source>Print goal sheet</source>
        <translation>Skriv ut målark</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ikke skrevet ut</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>Skriveren kunne ikke brukes.</translation>
    </message>
    <message>
        <source>Sent “{0}” to the printer.</source>
        <translation>Sendte «{0}» til skriveren.</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Kvalitetssikrer</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Bidragsytere</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personell</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>Agenter som trengs</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budsjett</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Yes, available.</source>
        <translation>Ja, tilgjengelig.</translation>
    </message>
    <message>
        <source>No, not yet.</source>
        <translation>Nei, ikke ennå.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Ikke besvart ennå.</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <source>No plan yet: say how the team will get it.</source>
        <translation>Ingen plan ennå: si hvordan teamet skal skaffe det.</translation>
    </message>
    <message>
        <source>Headcount: {headcount}.</source>
        <translation>Bemanning: {headcount}.</translation>
    </message>
    <message>
        <source>Amount: {amount}.</source>
        <translation>Beløp: {amount}.</translation>
    </message>
    <message numerus="yes">
        <source>It covers %Ln contact(s).</source>
        <translation>
            <numerusform>Det dekker %Ln henvendelse.</numerusform>
            <numerusform>Det dekker %Ln henvendelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>Trenger %n agent på telefonene og {scheduled} på vaktplanen etter svinn (hele agenter, rundet opp): {service_level} besvart innen {within} s, gjennomsnittlig ventetid {asa} s, beleggsgrad {occupancy}.</numerusform>
            <numerusform>Trenger %n agenter på telefonene og {scheduled} på vaktplanen etter svinn (hele agenter, rundet opp): {service_level} besvart innen {within} s, gjennomsnittlig ventetid {asa} s, beleggsgrad {occupancy}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headcount {headcount}: {short} short on the rota.</source>
        <translation>Bemanning {headcount}: mangler {short} på vaktplanen.</translation>
    </message>
    <message numerus="yes">
        <source>The busiest week needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>Den travleste uken trenger %n agent på telefonene og {scheduled} på vaktplanen etter svinn (hele agenter, rundet opp): {service_level} besvart innen {within} s, gjennomsnittlig ventetid {asa} s, beleggsgrad {occupancy}.</numerusform>
            <numerusform>Den travleste uken trenger %n agenter på telefonene og {scheduled} på vaktplanen etter svinn (hele agenter, rundet opp): {service_level} besvart innen {within} s, gjennomsnittlig ventetid {asa} s, beleggsgrad {occupancy}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.</source>
        <translation>
            <numerusform>%n av {weeks} uker mangler agenter: uke {week} trenger {need} og har {available}.</numerusform>
            <numerusform>%n av {weeks} uker mangler agenter; den verste, uke {week}, trenger {need} og har {available}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills needed: {skills}.</source>
        <translation>Kompetanse som trengs: {skills}.</translation>
    </message>
    <message>
        <source>Nobody named yet: name who is responsible for the goal.</source>
        <translation>Ingen er oppgitt ennå: oppgi hvem som er ansvarlig for målet.</translation>
    </message>
    <message>
        <source>Nobody named yet: name who checks the goal with the owner.</source>
        <translation>Ingen er oppgitt ennå: oppgi hvem som kvalitetssikrer målet sammen med eieren.</translation>
    </message>
    <message>
        <source>Nobody named yet.</source>
        <translation>Ingen er oppgitt ennå.</translation>
    </message>
    <message>
        <source>Not worked out. To see how many agents the queue needs, change the resources and tick “Work out the agents each week needs (Erlang C)”.</source>
        <translation>Ikke beregnet. For å se hvor mange agenter køen trenger, endre ressursene og kryss av for «Beregn hvor mange agenter hver uke trenger (Erlang C)».</translation>
    </message>
    <message>
        <source>Headcount {headcount} is enough.</source>
        <translation>Bemanning {headcount} er nok.</translation>
    </message>
    <message>
        <source>Worked out for {volume}, handle time {aht} s, {aim} ({whose}), shrinkage {shrinkage} and an occupancy cap of {cap}.</source>
        <translation>Beregnet for {volume}, behandlingstid {aht} s, {aim} ({whose}), svinn {shrinkage} og maks beleggsgrad {cap}.</translation>
    </message>
    <message>
        <source>{contacts} contacts every {minutes} minutes</source>
        <translation>{contacts} henvendelser per {minutes} minutter</translation>
    </message>
    <message>
        <source>last year&apos;s monthly volumes</source>
        <translation>fjorårets månedsvolumer</translation>
    </message>
    <message>
        <source>an average wait of {asa} s</source>
        <translation>en gjennomsnittlig ventetid på {asa} s</translation>
    </message>
    <message>
        <source>{target} answered within {within} s</source>
        <translation>{target} besvart innen {within} s</translation>
    </message>
    <message>
        <source>{target} hanging up, at a patience of {patience} s</source>
        <translation>{target} som legger på, ved en tålmodighet på {patience} s</translation>
    </message>
    <message>
        <source>the goal&apos;s target</source>
        <translation>målets målverdi</translation>
    </message>
    <message>
        <source>a target typed into the calculator</source>
        <translation>en målverdi skrevet inn i kalkulatoren</translation>
    </message>
    <message>
        <source>Cannot work it out: {reason}.</source>
        <translation>Kan ikke beregne: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Can the team do it?</source>
        <translation>Klarer teamet det?</translation>
    </message>
    <message>
        <source>Three questions. Answer each honestly: a “no” does not end the goal, it asks how you will get what is missing.</source>
        <translation>Tre spørsmål. Svar ærlig på hvert av dem: et «nei» stopper ikke målet, men spør hvordan dere skal skaffe det som mangler.</translation>
    </message>
    <message>
        <source>Staff: do we have the people to carry the work?</source>
        <translation>Personell: har vi folk nok til å gjøre jobben?</translation>
    </message>
    <message>
        <source>Budget: can we pay for it, or cut elsewhere?</source>
        <translation>Budsjett: har vi råd, eller kan vi kutte et annet sted?</translation>
    </message>
    <message>
        <source>Skills: do we have the know-how, or someone to teach it?</source>
        <translation>Kompetanse: har vi kunnskapen, eller noen som kan lære den bort?</translation>
    </message>
    <message>
        <source>If no: how will you get it, and by when?</source>
        <translation>Hvis nei: hvordan skal dere skaffe det, og innen når?</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Beløp</translation>
    </message>
    <message>
        <source>Contacts it covers</source>
        <translation>Henvendelser det dekker</translation>
    </message>
    <message>
        <source>e.g. training on the new CRM</source>
        <translation>f.eks. opplæring i det nye CRM-systemet</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>Kompetanse som trengs</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Bemanning</translation>
    </message>
    <message>
        <source>Work out the agents each week needs (Erlang C)</source>
        <translation>Beregn hvor mange agenter hver uke trenger (Erlang C)</translation>
    </message>
    <message>
        <source>For cost per contact: enter the contacts the budget covers to see the total.</source>
        <translation>For kostnad per henvendelse: skriv inn hvor mange henvendelser budsjettet dekker, for å se totalen.</translation>
    </message>
    <message>
        <source>at today&apos;s cost</source>
        <translation>med dagens kostnad</translation>
    </message>
    <message>
        <source>at the target</source>
        <translation>ved målverdien</translation>
    </message>
    <message>
        <source>Contacts × cost per contact — {0}</source>
        <translation>Henvendelser × kostnad per henvendelse — {0}</translation>
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <source>Not answered yet: {0}. Answer them to know whether the team can do it.</source>
        <translation>Ikke besvart ennå: {0}. Svar på dem for å vite om teamet klarer det.</translation>
    </message>
    <message>
        <source>&amp;Answer the questions…</source>
        <translation>&amp;Besvar spørsmålene…</translation>
    </message>
    <message>
        <source>What the goal needs and who is on it, as answered in the wizard.</source>
        <translation>Hva målet trenger og hvem som jobber med det, slik det ble besvart i veiviseren.</translation>
    </message>
    <message>
        <source>C&amp;hange resources…</source>
        <translation>E&amp;ndre ressurser…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>tatt med «Ta sikkerhetskopi nå»</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>før en formatoppgradering</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. A copy of the one you choose is saved as a new file beside the plan and opened; the plan and its backups stay as they are.</source>
        <translation>Sikkerhetskopier av {0}, nyeste først. En kopi av den du velger, lagres som en ny fil ved siden av planen og åpnes; planen og sikkerhetskopiene forblir som de er.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>Å&amp;pne en kopi</translation>
    </message>
    <message>
        <source>This plan has no backups yet. File → Back up now makes one.</source>
        <translation>Denne planen har ingen sikkerhetskopier ennå. Fil → Ta sikkerhetskopi nå lager en.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>Gjennomgå og lagre</translation>
    </message>
    <message>
        <source>Read the goal aloud: would the owner know what to do on Monday? Fix what is marked as an error; warnings are worth a second look.</source>
        <translation>Les målet høyt: ville eieren visst hva som skal gjøres på mandag? Rett det som er merket som feil; advarsler er verdt en ekstra titt.</translation>
    </message>
    <message>
        <source>Every SMART check passes.</source>
        <translation>Alle SMART-kontrollene er bestått.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
</context>
<context>
    <name>RollupActions</name>
    <message>
        <source>Roll-&amp;up rule…</source>
        <translation>Regel for sa&amp;mlet status…</translation>
    </message>
    <message>
        <source>Guard&amp;rail…</source>
        <translation>Vakt&amp;mål…</translation>
    </message>
    <message>
        <source>Roll-up rule of “{0}”</source>
        <translation>Regel for samlet status for «{0}»</translation>
    </message>
    <message>
        <source>Guardrail of “{0}”</source>
        <translation>Vaktmål for «{0}»</translation>
    </message>
</context>
<context>
    <name>RollupRuleDialog</name>
    <message>
        <source>Roll-up rule</source>
        <translation>Regel for samlet status</translation>
    </message>
    <message>
        <source>How this goal&apos;s status together with its sub-goals is worked out.</source>
        <translation>Hvordan statusen til dette målet samlet med delmålene regnes ut.</translation>
    </message>
    <message>
        <source>&amp;Worst wins: the worst status of the goal and everything under it</source>
        <translation>&amp;Dårligste gjelder: den dårligste statusen til målet og alt under det</translation>
    </message>
    <message>
        <source>W&amp;eighted: graded from the weighted mean of the sub-goals&apos; achievement</source>
        <translation>V&amp;ektet: vurdert etter det vektede gjennomsnittet av delmålenes måloppnåelse</translation>
    </message>
    <message>
        <source>Each sub-goal counts with its latest check-in&apos;s share of the planned change (at most 100%); one without a check-in leaves the mean and the other weights are rescaled. Leave every weight empty for equal shares.</source>
        <translation>Hvert delmål teller med andelen av den planlagte endringen ved siste oppfølging (høyst 100 %); et delmål uten oppfølging går ut av gjennomsnittet, og de andre vektene skaleres på nytt. La alle vektene stå tomme for like andeler.</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Vekt</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>lik</translation>
    </message>
    <message>
        <source>Give every sub-goal a weight, or leave them all empty for equal shares.</source>
        <translation>Gi hvert delmål en vekt, eller la alle stå tomme for like andeler.</translation>
    </message>
    <message>
        <source>The weights must make 100%.</source>
        <translation>Vektene må bli 100 % til sammen.</translation>
    </message>
    <message>
        <source>Total: {0}%</source>
        <translation>Sum: {0} %</translation>
    </message>
    <message>
        <source>Equal shares: {0}% each</source>
        <translation>Like andeler: {0} % hver</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet.</source>
        <translation>Dette målet har ingen delmål ennå.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>support lead</source>
        <translation>supportleder</translation>
    </message>
    <message>
        <source>Be recognised as the leader in customer service in our market, measured by NPS</source>
        <translation>Bli anerkjent som ledende på kundeservice i vårt marked, målt med NPS</translation>
    </message>
    <message>
        <source>head of customer service</source>
        <translation>kundeservicesjef</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>Operations director</source>
        <translation>Driftsdirektør</translation>
    </message>
    <message>
        <source>Customers who recommend us are the cheapest growth we have.</source>
        <translation>Kunder som anbefaler oss, er den billigste veksten vi kan få.</translation>
    </message>
    <message>
        <source>Company strategy: win on service, not on price.</source>
        <translation>Selskapets strategi: vinn på service, ikke på pris.</translation>
    </message>
    <message>
        <source>Cut average support call wait time by 50% within six weeks through a plan led by Mark</source>
        <translation>Reduser gjennomsnittlig ventetid på supportanrop med 50% innen seks uker gjennom en plan ledet av Mark</translation>
    </message>
    <message>
        <source>Phone team A</source>
        <translation>Telefonteam A</translation>
    </message>
    <message>
        <source>Phone team B</source>
        <translation>Telefonteam B</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>Telefonsupport</translation>
    </message>
    <message>
        <source>Inbound support queue</source>
        <translation>Innkommende supportkø</translation>
    </message>
    <message>
        <source>Long waits are the first complaint in our surveys and push callers to hang up.</source>
        <translation>Lang ventetid er det kundene klager mest på i undersøkelsene våre, og den får innringere til å legge på.</translation>
    </message>
    <message>
        <source>Two senior agents coach the queue on the call-back script.</source>
        <translation>To erfarne agenter lærer opp køens agenter i manuset for tilbakeringing.</translation>
    </message>
    <message>
        <source>Call-back scheduling, queue monitoring</source>
        <translation>Planlegging av tilbakeringinger, køovervåking</translation>
    </message>
    <message>
        <source>Raise e-mail CSAT 25% versus last quarter, from 68% to 85%, within three months</source>
        <translation>Øk CSAT for e-post med 25% sammenlignet med forrige kvartal, fra 68% til 85%, innen tre måneder</translation>
    </message>
    <message>
        <source>team lead, e-mail</source>
        <translation>teamleder, e-post</translation>
    </message>
    <message>
        <source>E-mail support</source>
        <translation>E-postsupport</translation>
    </message>
    <message>
        <source>E-mail channel</source>
        <translation>E-postkanalen</translation>
    </message>
    <message>
        <source>Unhappy e-mail customers call back, which lengthens every queue.</source>
        <translation>Misfornøyde e-postkunder ringer oss i tillegg, og det gjør alle køene lengre.</translation>
    </message>
    <message>
        <source>Cut support call volume 50% versus last year through a self-service library</source>
        <translation>Reduser antall supportanrop med 50% sammenlignet med i fjor ved hjelp av en kunnskapsbase for selvbetjening</translation>
    </message>
    <message>
        <source>self-service lead</source>
        <translation>ansvarlig for selvbetjening</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <source>Phone support, all products</source>
        <translation>Telefonsupport, alle produkter</translation>
    </message>
    <message>
        <source>Customers would rather find answers themselves; every call avoided frees an agent.</source>
        <translation>Kundene foretrekker å finne svarene selv; hvert anrop som unngås, frigjør en agent.</translation>
    </message>
    <message>
        <source>Fund the knowledge-base licence from the printed-manuals budget.</source>
        <translation>Finansier lisensen for kunnskapsbasen med budsjettet for trykte brukerhåndbøker.</translation>
    </message>
    <message>
        <source>Technical writing</source>
        <translation>Teknisk skriving</translation>
    </message>
    <message>
        <source>Keep phone agents&apos; occupancy within the healthy 75-85% band every week</source>
        <translation>Hold beleggsgraden for telefonagentene innenfor det sunne området 75-85% hver uke</translation>
    </message>
    <message>
        <source>Above 85% agents burn out; below 75% we pay for idle time.</source>
        <translation>Agentene blir utbrent over 85%; under 75% betaler vi for tomgang.</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>Reduser unødvendige viderekoblinger med 10% over seks måneder</translation>
    </message>
    <message>
        <source>quality lead</source>
        <translation>kvalitetsansvarlig</translation>
    </message>
    <message>
        <source>Each needless transfer makes the customer repeat the story. Paired with the goal on beneficial transfers so agents do not stop sending callers to experts.</source>
        <translation>Hver unødvendig viderekobling tvinger kunden til å gjenta historien sin. Kombinert med målet for nyttige viderekoblinger, slik at agentene ikke slutter å sende innringere videre til eksperter.</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over the same six months</source>
        <translation>Øk nyttige viderekoblinger til produktspesialister med 5% over de samme seks månedene</translation>
    </message>
    <message>
        <source>The complement of the transfer cut: the right expert at once solves the issue on one call.</source>
        <translation>Motstykket til kuttet i viderekoblinger: når riktig ekspert kobles inn med en gang, blir saken løst i én samtale.</translation>
    </message>
    <message>
        <source>transfers/week</source>
        <translation>viderekoblinger/uke</translation>
    </message>
    <message>
        <source>Two agents off sick; call-backs paused.</source>
        <translation>To agenter er sykmeldt; tilbakeringinger satt på pause.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Spread plans over &amp;working days, not calendar days</source>
        <translation>Fordel planer over &amp;arbeidsdager, ikke kalenderdager</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>Arbeidskalender</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Ingen helligdager</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>Arbeidsdager</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Helligdager i</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Changes apply to plans made or reset from now on; existing plans keep their values.</source>
        <translation>Endringene gjelder planer som lages eller tilbakestilles fra nå av; eksisterende planer beholder verdiene sine.</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Som systemet ({0})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>Hele landet</translation>
    </message>
</context>
<context>
    <name>ShapePage</name>
    <message>
        <source>How should the plan get there?</source>
        <translation>Hvordan skal planen nå dit?</translation>
    </message>
    <message>
        <source>The pace from the baseline to the target. Each week&apos;s and month&apos;s check-in is judged against this plan.</source>
        <translation>Tempoet fra utgangsverdien til målverdien. Hver ukes og hver måneds oppfølging vurderes mot denne planen.</translation>
    </message>
    <message>
        <source>S&amp;traight line: the same step every week</source>
        <translation>&amp;Rett linje: samme steg hver uke</translation>
    </message>
    <message>
        <source>&amp;A steady percentage every month or week</source>
        <translation>Jevn &amp;prosent hver måned eller uke</translation>
    </message>
    <message>
        <source>&amp;Front-loaded: most of the change early</source>
        <translation>Fr&amp;amtung: mesteparten av endringen tidlig</translation>
    </message>
    <message>
        <source>Bac&amp;k-loaded: most of the change near the deadline</source>
        <translation>&amp;Baktung: mesteparten av endringen nær fristen</translation>
    </message>
    <message>
        <source>&amp;Like last year: progress comes in the months that went well last year</source>
        <translation>&amp;Som i fjor: fremgangen kommer i månedene som gikk bra i fjor</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>hver uke</translation>
    </message>
    <message>
        <source>Paste last year&apos;s 12 months (a column or a row), or type them: 120 110 130 …</source>
        <translation>Lim inn fjorårets 12 måneder (en kolonne eller en rad), eller skriv dem inn: 120 110 130 …</translation>
    </message>
    <message>
        <source>Enter a change above -100% and at most 1000%.</source>
        <translation>Skriv inn en endring over -100% og høyst 1000%.</translation>
    </message>
    <message>
        <source>Paste or type last year&apos;s 12 monthly values.</source>
        <translation>Lim inn eller skriv inn fjorårets 12 månedsverdier.</translation>
    </message>
    <message>
        <source>The preview appears once the goal has a baseline, a target and a deadline.</source>
        <translation>Forhåndsvisningen vises når målet har en utgangsverdi, en målverdi og en frist.</translation>
    </message>
    <message>
        <source>Type a rate to plan with your own.</source>
        <translation>Skriv inn en egen prosentsats for å planlegge med den.</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>Lest: {0}</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>{0} per måned når {1} ved fristen, {2} unna {3}.</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>{0} per uke når {1} ved fristen, {2} unna {3}.</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a month would get there.</source>
        <translation>Planen går deretter i ett steg til målverdien ved fristen; {0} per måned ville nådd dit.</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a week would get there.</source>
        <translation>Planen går deretter i ett steg til målverdien ved fristen; {0} per uke ville nådd dit.</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by {2} and holds it to the deadline.</source>
        <translation>{0} per måned når {1} innen {2} og holder det fram til fristen.</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by {2} and holds it to the deadline.</source>
        <translation>{0} per uke når {1} innen {2} og holder det fram til fristen.</translation>
    </message>
    <message>
        <source>An even {0} a month ends exactly at the target.</source>
        <translation>Jevnt {0} per måned ender nøyaktig på målverdien.</translation>
    </message>
    <message>
        <source>An even {0} a week ends exactly at the target.</source>
        <translation>Jevnt {0} per uke ender nøyaktig på målverdien.</translation>
    </message>
    <message>
        <source>Halfway to the deadline, in the week ending {0}, the plan is at {1}.</source>
        <translation>Halvveis til fristen, i uken som slutter {0}, er planen på {1}.</translation>
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
        <translation>forbedre, forbedring, bedre, optimalisere, styrke, maksimere, minimere, jobbe med, fokusere på, prøve, strebe, god, gode, utmerket, fremragende</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>hver uke</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>annenhver uke</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>hver måned</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personell</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budsjett</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>kompetanse</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>høyere</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>lavere</translation>
    </message>
    <message>
        <source>Say in one sentence what the team will achieve, e.g. “Cut average call wait time by 50% within six weeks”.</source>
        <translation>Si i én setning hva teamet skal oppnå, f.eks. «Reduser gjennomsnittlig ventetid på telefon med 50% innen seks uker».</translation>
    </message>
    <message>
        <source>“{title}” does not say how much or of what. Name the number that will change and by how much, e.g. “from 68% to 85% CSAT”.</source>
        <translation>«{title}» sier ikke hvor mye eller av hva. Nevn tallet som skal endres, og hvor mye, f.eks. «fra 68% til 85% CSAT».</translation>
    </message>
    <message>
        <source>Say which team, queue or channel the goal covers.</source>
        <translation>Si hvilket team, hvilken kø eller hvilken kanal målet gjelder.</translation>
    </message>
    <message>
        <source>Name one owner who champions the goal; a goal everyone owns, nobody drives.</source>
        <translation>Pek ut én eier som tar ansvar for målet; et mål som alle eier, er det ingen som driver.</translation>
    </message>
    <message>
        <source>Choose a metric from the catalogue, or give a custom metric its unit.</source>
        <translation>Velg et nøkkeltall fra katalogen, eller gi et egendefinert nøkkeltall en enhet.</translation>
    </message>
    <message>
        <source>Record where you are now (the baseline) before setting a target.</source>
        <translation>Registrer hvor dere står nå (utgangsverdien) før dere setter en målverdi.</translation>
    </message>
    <message>
        <source>Say when the baseline was measured, so progress is compared with the right period.</source>
        <translation>Oppgi når utgangsverdien ble målt, slik at fremgangen sammenlignes med riktig periode.</translation>
    </message>
    <message>
        <source>Set the value the metric should reach.</source>
        <translation>Angi verdien nøkkeltallet skal nå.</translation>
    </message>
    <message>
        <source>For {metric}, {better} is better, but this goal aims the other way. Check the target.</source>
        <translation>For {metric} er {better} bedre, men dette målet peker motsatt vei. Sjekk målverdien.</translation>
    </message>
    <message>
        <source>The target equals the baseline: there is nothing to achieve. Set a different target.</source>
        <translation>Målverdien er lik utgangsverdien: det er ingenting å oppnå. Angi en annen målverdi.</translation>
    </message>
    <message>
        <source>Today&apos;s value ({baseline}) already meets the target ({target}). Aim further, or make this a goal to hold the level.</source>
        <translation>Dagens verdi ({baseline}) når allerede målverdien ({target}). Sikt lenger, eller gjør dette til et mål om å holde nivået.</translation>
    </message>
    <message>
        <source>A stretch target should go further than the target.</source>
        <translation>Et strekkmål bør gå lenger enn målverdien.</translation>
    </message>
    <message numerus="yes">
        <source>The queue needs %n agent(s) on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</source>
        <translation>
            <numerusform>Køen trenger %n agent på telefonene ({scheduled} på vaktplanen); en bemanning på {headcount} gir rundt {available} etter svinn.</numerusform>
            <numerusform>Køen trenger %n agenter på telefonene ({scheduled} på vaktplanen); en bemanning på {headcount} gir rundt {available} etter svinn.</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which runs from {low} to {high}.</source>
        <translation>{value} {unit} er ikke mulig for {metric}, som går fra {low} til {high}.</translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which cannot be below {low}.</source>
        <translation>{value} {unit} er ikke mulig for {metric}, som ikke kan være under {low}.</translation>
    </message>
    <message>
        <source>A 100% cut cannot be reached for a metric that never goes below zero. Choose a target above zero.</source>
        <translation>En reduksjon på 100% kan ikke nås for et nøkkeltall som aldri går under null. Velg en målverdi over null.</translation>
    </message>
    <message>
        <source>A {change} change is likely unrealistic: asks of 75% or more demoralise teams. Split it into stages, or make it the stretch target.</source>
        <translation>En endring på {change} er trolig urealistisk: krav på 75% eller mer demotiverer team. Del den opp i etapper, eller gjør den til strekkmålet.</translation>
    </message>
    <message>
        <source>A {change} change is large. Where does the number come from? Check it against the team&apos;s history or a benchmark.</source>
        <translation>En endring på {change} er stor. Hvor kommer tallet fra? Sjekk det mot teamets historikk eller en referanseverdi.</translation>
    </message>
    <message>
        <source>Give the band to stay within: a lower and an upper value.</source>
        <translation>Angi området som skal holdes: en nedre og en øvre verdi.</translation>
    </message>
    <message>
        <source>The lower end of the band must be below the upper end.</source>
        <translation>Den nedre grensen for området må være lavere enn den øvre.</translation>
    </message>
    <message>
        <source>Today&apos;s value is already inside the band: this goal is about holding it there.</source>
        <translation>Dagens verdi er allerede innenfor området: dette målet handler om å holde den der.</translation>
    </message>
    <message>
        <source>Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.</source>
        <translation>Hold beleggsgraden mellom {low}% og {high}%: over dette brenner agentene ut, under dette går de på tomgang.</translation>
    </message>
    <message>
        <source>You answered “no” for {resource}: say how the team will get it.</source>
        <translation>Du svarte «nei» på spørsmålet om {resource}: si hvordan teamet skal skaffe det som mangler.</translation>
    </message>
    <message>
        <source>Say whether the team has the {resource} it needs: a “no” is fine, it only asks how you will get it.</source>
        <translation>Oppgi om teamet har {resource} det trenger: et «nei» er greit, det spør bare hvordan dere skal skaffe det.</translation>
    </message>
    <message>
        <source>Link the goal to a parent goal or to the company strategy, so the team sees what it serves.</source>
        <translation>Knytt målet til et overordnet mål eller til selskapets strategi, slik at teamet ser hva det tjener.</translation>
    </message>
    <message>
        <source>Say why it matters to customers and to the team.</source>
        <translation>Si hvorfor det betyr noe for kundene og for teamet.</translation>
    </message>
    <message>
        <source>Pushing speed, cost or volume alone can hurt service. Consider a companion goal on first contact resolution or CSAT.</source>
        <translation>Å presse bare tempo, kostnad eller volum kan gå ut over servicen. Vurder et tilhørende mål for løsning ved første kontakt eller CSAT.</translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation>Angi en frist.</translation>
    </message>
    <message>
        <source>The deadline must come after the start.</source>
        <translation>Fristen må komme etter starten.</translation>
    </message>
    <message>
        <source>Checking in {cadence} leaves no check-in before the deadline. Check in more often or allow more time.</source>
        <translation>Med oppfølging {cadence} blir det ingen oppfølging før fristen. Følg opp oftere, eller gi mer tid.</translation>
    </message>
    <message>
        <source>Too few check-ins before the deadline ({count}) to correct course. Check in more often.</source>
        <translation>For få oppfølginger før fristen ({count}) til å korrigere kursen. Følg opp oftere.</translation>
    </message>
    <message>
        <source>{owner} will have “{title}” done for {scope} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} skal ha fullført «{title}» for {scope} innen {deadline} (oppstart {start}, oppfølging {cadence}), fordi {why}.</translation>
    </message>
    <message>
        <source>{owner} will keep {metric} for {scope} within {low} to {high} (now {baseline}) from {start} to {deadline}, checking in {cadence}, because {why}.</source>
        <translation>{owner} skal holde {metric} for {scope} innenfor {low} til {high} (nå {baseline}) fra {start} til {deadline}, med oppfølging {cadence}, fordi {why}.</translation>
    </message>
    <message>
        <source>{owner} will cut {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} skal redusere {metric} for {scope} fra {baseline} til {target} innen {deadline} (oppstart {start}, oppfølging {cadence}), fordi {why}.</translation>
    </message>
    <message>
        <source>{owner} will raise {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} skal øke {metric} for {scope} fra {baseline} til {target} innen {deadline} (oppstart {start}, oppfølging {cadence}), fordi {why}.</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spesifikt</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Målbart</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Oppnåelig</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevant</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Tidsbestemt</translation>
    </message>
    <message>
        <source>The sentence speaks of {said} (“{text}”), but the metric chosen is {metric}.</source>
        <translation>Setningen snakker om {said} («{text}»), men det valgte nøkkeltallet er {metric}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the baseline is {value}.</source>
        <translation>Setningen sier «{text}», men utgangsverdien er {value}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the target is {value}.</source>
        <translation>Setningen sier «{text}», men målverdien er {value}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, which from the baseline makes {expected}, but the target is {value}.</source>
        <translation>Setningen sier «{text}», som ut fra utgangsverdien gir {expected}, men målverdien er {value}.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the goal counts {better} as better.</source>
        <translation>Setningen sier «{text}», men målet regner {better} som bedre.</translation>
    </message>
    <message>
        <source>The sentence says “{text}” ({day}), but the deadline is {deadline}.</source>
        <translation>Setningen sier «{text}» ({day}), men fristen er {deadline}.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split “{0}” among agents</source>
        <translation>Del «{0}» på agenter</translation>
    </message>
    <message>
        <source>Names, separated by commas: Ana, Ben, Chen</source>
        <translation>Navn, skilt med komma: Ana, Ben, Chen</translation>
    </message>
    <message>
        <source>Optional, e.g. {0} for a part-timer</source>
        <translation>Valgfritt, f.eks. {0} for en deltidsansatt</translation>
    </message>
    <message>
        <source>Optional, one per person separated by “;”; blank keeps the team&apos;s {0}</source>
        <translation>Valgfritt, én per person skilt med «;»; tomt beholder teamets {0}</translation>
    </message>
    <message>
        <source>&amp;Take the team&apos;s actuals from its agents</source>
        <translation>&amp;Hent teamets faktiske verdier fra agentene</translation>
    </message>
    <message>
        <source>The team goal is then judged on its agents&apos; check-ins: counts add up, averages are weighted by contacts, shares come from the agents&apos; counts.</source>
        <translation>Teammålet vurderes da etter agentenes oppfølginger: antall legges sammen, gjennomsnitt vektes etter henvendelser, andeler regnes ut fra agentenes tellinger.</translation>
    </message>
    <message numerus="yes">
        <source>Not ticked: the team has %n check-in(s) of its own, which it keeps being judged on until its agents report (switch in its detail).</source>
        <translation>
            <numerusform>Ikke krysset av: teamet har %n egen oppfølging, som det fortsatt vurderes etter til agentene rapporterer (bytt i detaljene).</numerusform>
            <numerusform>Ikke krysset av: teamet har %n egne oppfølginger, som det fortsatt vurderes etter til agentene rapporterer (bytt i detaljene).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team target</source>
        <translation>Teamets målverdi</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personer</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Vekter</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>&amp;Målverdier</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Andeler</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>«{0}» er ikke et tall.</translation>
    </message>
    <message>
        <source>Give one weight per person.</source>
        <translation>Oppgi én vekt per person.</translation>
    </message>
    <message>
        <source>Weights are 0 or more, and not all 0.</source>
        <translation>Vekter er 0 eller mer, og ikke alle 0.</translation>
    </message>
    <message>
        <source>Give one target per person, or leave a place blank for the team&apos;s.</source>
        <translation>Oppgi én målverdi per person, eller la en plass stå tom for teamets.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n agent goals</source>
        <translation>
            <numerusform>&amp;Opprett %n agentmål</numerusform>
            <numerusform>&amp;Opprett %n agentmål</numerusform>
        </translation>
    </message>
    <message>
        <source>This goal already has agents ({0}). Their goals and check-ins stay, as ordinary sub-goals; the new agents take their place.</source>
        <translation>Dette målet har allerede agenter ({0}). Målene og oppfølgingene deres blir værende som vanlige delmål; de nye agentene tar plassen deres.</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>Oppgi minst én person.</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>Hver person kan bare stå oppført én gang.</translation>
    </message>
    <message>
        <source>This goal is closed: reopen it to split it.</source>
        <translation>Dette målet er lukket: åpne det igjen for å dele det.</translation>
    </message>
    <message>
        <source>This goal is already one agent&apos;s share: split the team goal instead.</source>
        <translation>Dette målet er allerede én agents andel: del teammålet i stedet.</translation>
    </message>
    <message>
        <source>No plan can be made for the agents&apos; shares.</source>
        <translation>Det kan ikke lages en plan for agentenes andeler.</translation>
    </message>
</context>
<context>
    <name>Staffing</name>
    <message>
        <source>the interval must be longer than 0 seconds</source>
        <translation>intervallet må være lengre enn 0 sekunder</translation>
    </message>
    <message>
        <source>the handle time must be longer than 0 seconds</source>
        <translation>behandlingstiden må være lengre enn 0 sekunder</translation>
    </message>
    <message>
        <source>the number of contacts cannot be negative</source>
        <translation>antall henvendelser kan ikke være negativt</translation>
    </message>
    <message>
        <source>an average wait of 0 seconds would need endless agents</source>
        <translation>en gjennomsnittlig ventetid på 0 sekunder ville kreve uendelig mange agenter</translation>
    </message>
    <message>
        <source>the service-level target must be above 0% and below 100%</source>
        <translation>målet for servicenivå må være over 0% og under 100%</translation>
    </message>
    <message>
        <source>the abandonment target must be above 0% and below 100%</source>
        <translation>målet for avbruddsrate må være over 0% og under 100%</translation>
    </message>
    <message>
        <source>callers&apos; patience must be longer than 0 seconds</source>
        <translation>innringernes tålmodighet må være lengre enn 0 sekunder</translation>
    </message>
    <message>
        <source>the answer time cannot be negative</source>
        <translation>svartiden kan ikke være negativ</translation>
    </message>
    <message>
        <source>the occupancy cap must be above 0% and at most 100%</source>
        <translation>maks beleggsgrad må være over 0% og høyst 100%</translation>
    </message>
    <message>
        <source>shrinkage must be at least 0% and below 100%</source>
        <translation>svinnet må være minst 0% og under 100%</translation>
    </message>
    <message>
        <source>the open hours must be above 0 and at most 168 a week</source>
        <translation>åpningstiden må være over 0 og høyst 168 timer i uken</translation>
    </message>
    <message>
        <source>type last year&apos;s twelve monthly volumes</source>
        <translation>skriv inn fjorårets tolv månedsvolumer</translation>
    </message>
    <message>
        <source>a monthly volume profile needs the goal&apos;s deadline</source>
        <translation>en profil med månedsvolumer krever målets frist</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>The goal&apos;s target</source>
        <translation>Målets målverdi</translation>
    </message>
    <message>
        <source>A service level I choose</source>
        <translation>Et servicenivå jeg velger</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>Beregn ut fra</translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation>Behandlingstid (s)</translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation>Intervall (minutter)</translation>
    </message>
    <message>
        <source>Open hours a week</source>
        <translation>Åpningstimer per uke</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>Svinn (%)</translation>
    </message>
    <message>
        <source>Occupancy cap (%)</source>
        <translation>Maks beleggsgrad (%)</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Servicenivå (%)</translation>
    </message>
    <message>
        <source>Answered within (s)</source>
        <translation>Besvart innen (s)</translation>
    </message>
    <message>
        <source>Callers&apos; patience (s)</source>
        <translation>Innringernes tålmodighet (s)</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <translation>Henvendelser per intervall</translation>
    </message>
    <message>
        <source>How long callers wait, on average, before they hang up. From your phone system: the total time all callers waited divided by the calls abandoned.</source>
        <translation>Hvor lenge innringerne i snitt venter før de legger på. Fra telefonsystemet: den samlede ventetiden for alle innringere delt på antall avbrutte anrop.</translation>
    </message>
    <message>
        <source>Same every week</source>
        <translation>Likt hver uke</translation>
    </message>
    <message>
        <source>Last year&apos;s months</source>
        <translation>Fjorårets måneder</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>12 numbers, January first (paste a row or column)</source>
        <translation>12 tall, januar først (lim inn en rad eller kolonne)</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>Henvendelser per måned</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>Agenter som trengs</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>“{0}” is not a monthly volume.</source>
        <translation>«{0}» er ikke et månedsvolum.</translation>
    </message>
    <message>
        <source>Last year&apos;s months: type 12 numbers, January first ({0} so far).</source>
        <translation>Fjorårets måneder: skriv inn 12 tall, januar først ({0} så langt).</translation>
    </message>
    <message>
        <source>Cannot work it out: {0}</source>
        <translation>Kan ikke beregne: {0}</translation>
    </message>
</context>
<context>
    <name>StaffingWords</name>
    <message>
        <source>The goal&apos;s target: an average wait of {0} s.</source>
        <translation>Målets målverdi: en gjennomsnittlig ventetid på {0} s.</translation>
    </message>
    <message>
        <source>The goal&apos;s target: at most {0} % of callers hang up. Erlang C does not model hanging up: callers are taken to give up after {1} s on average, and the agents that keep it to {0} % are counted.</source>
        <translation>Målets målverdi: høyst {0} % av innringerne legger på. Erlang C modellerer ikke at innringere legger på: de antas å gi opp etter {1} s i snitt, og agentene som trengs for å holde det på {0} %, telles.</translation>
    </message>
    <message>
        <source>The goal&apos;s target: {0} % answered within the seconds below.</source>
        <translation>Målets målverdi: {0} % besvart innen sekundene nedenfor.</translation>
    </message>
    <message>
        <source>A service level of your own, below, instead of the goal&apos;s target.</source>
        <translation>Et eget servicenivå, nedenfor, i stedet for målets målverdi.</translation>
    </message>
    <message>
        <source>The goal has no target yet: the service level below is used until it has one.</source>
        <translation>Målet har ingen målverdi ennå: servicenivået nedenfor brukes til det får en.</translation>
    </message>
    <message>
        <source>The goal is not about waits or answering: the service level below is used.</source>
        <translation>Målet handler ikke om ventetid eller svar: servicenivået nedenfor brukes.</translation>
    </message>
    <message>
        <source>Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>Trenger {0} agenter på telefonene og {1} på vaktplanen etter svinn (hele agenter, rundet opp). Gjennomsnittlig ventetid {2} s, {3}% besvart innen {4} s, beleggsgrad {5}%.</translation>
    </message>
    <message>
        <source>The busiest week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>Den travleste uken trenger {0} agenter på telefonene og {1} på vaktplanen etter svinn (hele agenter, rundet opp). Gjennomsnittlig ventetid {2} s, {3}% besvart innen {4} s, beleggsgrad {5}%.</translation>
    </message>
    <message>
        <source>Each week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>Hver uke trenger {0} agenter på telefonene og {1} på vaktplanen etter svinn (hele agenter, rundet opp). Gjennomsnittlig ventetid {2} s, {3}% besvart innen {4} s, beleggsgrad {5}%.</translation>
    </message>
    <message>
        <source>Headcount {0}: {1} short on the rota.</source>
        <translation>Bemanning {0}: mangler {1} på vaktplanen.</translation>
    </message>
    <message>
        <source>Headcount {0} is enough.</source>
        <translation>Bemanning {0} er nok.</translation>
    </message>
    <message>
        <source>Enter the headcount to compare. The busiest week, week {0}, needs {1} agents.</source>
        <translation>Skriv inn bemanningen for å sammenligne. Den travleste uken, uke {0}, trenger {1} agenter.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.</source>
        <translation>
            <numerusform>%n av {0} uker mangler agenter: uke {1} trenger {2}, og {3} er tilgjengelige.</numerusform>
            <numerusform>%n av {0} uker mangler agenter; den verste, uke {1}, trenger {2}, og {3} er tilgjengelige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week has enough agents; the busiest, week {0}, needs {1} of {2}.</source>
        <translation>Alle ukene har nok agenter; den travleste, uke {0}, trenger {1} av {2}.</translation>
    </message>
    <message>
        <source>below the healthy {0}–{1} % band, agents sit idle part of the time</source>
        <translation>under det sunne området på {0}–{1} %, agentene går på tomgang deler av tiden</translation>
    </message>
    <message>
        <source>inside the healthy {0}–{1} % band</source>
        <translation>innenfor det sunne området på {0}–{1} %</translation>
    </message>
    <message>
        <source>above the healthy {0}–{1} % band, no time to breathe between contacts</source>
        <translation>over det sunne området på {0}–{1} %, ikke noe pusterom mellom henvendelsene</translation>
    </message>
    <message>
        <source>far above the healthy {0}–{1} % band, agents burn out</source>
        <translation>langt over det sunne området på {0}–{1} %, agentene blir utbrent</translation>
    </message>
    <message>
        <source>too few agents: the queue never clears</source>
        <translation>for få agenter: køen blir aldri tom</translation>
    </message>
    <message>
        <source>Occupancy {0} %: {1}.</source>
        <translation>Beleggsgrad {0} %: {1}.</translation>
    </message>
    <message>
        <source>Occupancy {0} % in week {1}: {2}; {3} % in week {4}: {5}.</source>
        <translation>Beleggsgrad {0} % i uke {1}: {2}; {3} % i uke {4}: {5}.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a new goal</source>
        <translation>Start et nytt mål</translation>
    </message>
    <message>
        <source>A template fills in the metric and a realistic change for a typical customer-service goal; you check every value on the next pages.</source>
        <translation>En mal fyller inn nøkkeltallet og en realistisk endring for et typisk kundeservicemål; du kontrollerer hver verdi på de neste sidene.</translation>
    </message>
    <message>
        <source>&amp;Blank goal</source>
        <translation>&amp;Tomt mål</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>Fra en &amp;mal</translation>
    </message>
    <message>
        <source>&amp;Copy a goal in this plan (new dates)</source>
        <translation>&amp;Kopier et mål i denne planen (nye datoer)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I faresonen</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Ute av kurs</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>Ingen oppfølging ennå</translation>
    </message>
    <message>
        <source>guardrail on track</source>
        <translation>vaktmålet i rute</translation>
    </message>
    <message>
        <source>guardrail at risk</source>
        <translation>vaktmålet i faresonen</translation>
    </message>
    <message>
        <source>guardrail off track</source>
        <translation>vaktmålet ute av kurs</translation>
    </message>
    <message>
        <source>guardrail achieved</source>
        <translation>vaktmålet nådd</translation>
    </message>
    <message>
        <source>guardrail has no check-in yet</source>
        <translation>vaktmålet uten oppfølging ennå</translation>
    </message>
    <message>
        <source>worst wins</source>
        <translation>dårligste gjelder</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>vektet</translation>
    </message>
    <message>
        <source>weighted mean {share}</source>
        <translation>vektet gjennomsnitt {share}</translation>
    </message>
    <message>
        <source>driven by: {who}&apos;s {what}</source>
        <translation>drevet av: {who}s {what}</translation>
    </message>
    <message>
        <source>driven by: {what}</source>
        <translation>drevet av: {what}</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The plan file {path} cannot be used: {reason}.</source>
        <translation>Planfilen {path} kan ikke brukes: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a goalplanner plan file ({reason}). It was left untouched.</source>
        <translation>{path} er ikke en planfil fra goalplanner ({reason}). Den ble ikke rørt.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no plan. It was left untouched; open a backup or create a new file instead.</source>
        <translation>{path} er tom (0 byte), så den inneholder ingen plan. Den ble ikke rørt; åpne en sikkerhetskopi eller opprett en ny fil i stedet.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
        <translation>{path} er skadet ({reason}). Den ble ikke rørt; gjenopprett den fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>{path} was not opened: the file {wal} beside it holds the changes of another plan, which opening would mix into this one. Both were left untouched; move {wal} to another folder (it belongs with the plan it was written for) and open the plan again.</source>
        <translation>{path} ble ikke åpnet: filen {wal} ved siden av inneholder endringene til en annen plan, som åpningen ville blandet inn i denne. Begge ble latt være i fred; flytt {wal} til en annen mappe (den hører til planen den ble skrevet for) og åpne planen igjen.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer goalplanner (file format {file_version}; this version reads up to {app_version}). Update goalplanner to open it; the file was left untouched.</source>
        <translation>{path} ble lagret av en nyere goalplanner (filformat {file_version}; denne versjonen leser opptil {app_version}). Oppdater goalplanner for å åpne den; filen ble ikke rørt.</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>{path} er opptatt: et annet program skriver til den. Ingenting gikk tapt; prøv igjen om et øyeblikk.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its folder is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} kan ikke endres: filen eller mappen er skrivebeskyttet. Kopier den til en mappe du kan skrive til, og åpne kopien.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space; nothing was saved.</source>
        <translation>Disken med {path} er full. Frigjør litt plass; ingenting ble lagret.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded from format {from_version} to {to_version} ({reason}). The file was left as it was.</source>
        <translation>{path} kunne ikke oppgraderes fra format {from_version} til {to_version} ({reason}). Filen ble latt være som den var.</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {reason}.</source>
        <translation>Sikkerhetskopieringen av {path} mislyktes: {reason}.</translation>
    </message>
    <message>
        <source>The plan file is damaged: {problem}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <translation>Planfilen er skadet: {problem}. Den ble ikke rørt; `goalplanner check` viser alle problemene, eller du kan gjenopprette planen fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>{path} is damaged: {first}{more}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <extracomment>The tables with many rows per goal, which ``validate(every_row=False)`` leaves to the readers.</extracomment>
        <translation>{path} er skadet: {first}{more}. Den ble ikke rørt; `goalplanner check` viser alle problemene, eller du kan gjenopprette planen fra en sikkerhetskopi.</translation>
    </message>
    <message>
        <source>{path} is damaged and open only to be read: nothing in it can be changed or saved. Restore it from a backup to work on it.</source>
        <translation>{path} er skadet og åpnet bare for lesing: ingenting i den kan endres eller lagres. Gjenopprett den fra en sikkerhetskopi for å arbeide med den.</translation>
    </message>
</context>
<context>
    <name>TeamCell</name>
    <message>
        <source>no values yet</source>
        <translation>ingen verdier ennå</translation>
    </message>
    <message>
        <source>driven by: {0}</source>
        <translation>drevet av: {0}</translation>
    </message>
    <message>
        <source>waiting for: {0}</source>
        <translation>venter på: {0}</translation>
    </message>
    <message>
        <source>not weighted: some counts are missing</source>
        <translation>ikke vektet: noen antall mangler</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>Uken fra {0}</translation>
    </message>
</context>
<context>
    <name>TeamGridAction</name>
    <message>
        <source>Team &amp;week grid…</source>
        <translation>Teamets uke&amp;rutenett…</translation>
    </message>
    <message>
        <source>Type every agent&apos;s actuals of the week in one grid.</source>
        <translation>Skriv inn alle agentenes faktiske verdier for uken i ett rutenett.</translation>
    </message>
    <message>
        <source>For a team goal split per person into agent goals: choose one first.</source>
        <translation>For et teammål som er delt per person i agentmål: velg et først.</translation>
    </message>
</context>
<context>
    <name>TeamGridDialog</name>
    <message>
        <source>Team week grid — {0}</source>
        <translation>Teamets ukerutenett — {0}</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>Oppfølgings&amp;dato:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the week; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>Skriv inn hver agents faktiske verdi for uken; Enter flytter ned, Tab til siden. Teamraden regnes ut fra agentenes verdier mens du skriver. Registrerte verdier vises som de er.</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the month; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>Skriv inn hver agents faktiske verdi for måneden; Enter flytter ned, Tab til siden. Teamraden regnes ut fra agentenes verdier mens du skriver. Registrerte verdier vises som de er.</translation>
    </message>
    <message>
        <source>for the first column; earlier columns are dated on their last day</source>
        <translation>for første kolonne; tidligere kolonner dateres på sin siste dag</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>Behandlede henvendelser</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Recorded on {0}. Change it in {1}&apos;s check-ins.</source>
        <translation>Registrert {0}. Endre den i oppfølgingene til {1}.</translation>
    </message>
    <message>
        <source>The date is for the first column: choose a day from {0} to {1}.</source>
        <translation>Datoen gjelder første kolonne: velg en dag fra {0} til {1}.</translation>
    </message>
    <message>
        <source>{0} is missing.</source>
        <translation>{0} mangler.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n check-in(s)</source>
        <translation>
            <numerusform>&amp;Lagre %n oppfølging</numerusform>
            <numerusform>&amp;Lagre %n oppfølginger</numerusform>
        </translation>
    </message>
    <message>
        <source>An agent&apos;s goal is gone.</source>
        <translation>Et agentmål finnes ikke lenger.</translation>
    </message>
    <message numerus="yes">
        <source>Team week grid: %n check-in(s)</source>
        <translation>
            <numerusform>Teamets ukerutenett: %n oppfølging</numerusform>
            <numerusform>Teamets ukerutenett: %n oppfølginger</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the values typed in the grid?</source>
        <translation>Lagre verdiene som er skrevet inn i rutenettet?</translation>
    </message>
</context>
<context>
    <name>TeamPlanView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <source>Remove &amp;link</source>
        <translation>Fjern &amp;kobling</translation>
    </message>
    <message>
        <source>Take a new copy of the team lead&apos;s file now.</source>
        <translation>Ta en ny kopi av teamlederens fil nå.</translation>
    </message>
    <message>
        <source>Choose where the team lead&apos;s file is now.</source>
        <translation>Velg hvor teamlederens fil ligger nå.</translation>
    </message>
    <message>
        <source>Stop showing this team plan here. The team lead&apos;s file is not touched.</source>
        <translation>Slutt å vise denne teamplanen her. Teamlederens fil blir ikke rørt.</translation>
    </message>
    <message>
        <source>Reading the team plan {0}…</source>
        <translation>Leser teamplanen {0}…</translation>
    </message>
    <message>
        <source>Read-only: the team plan “{0}” ({1}), as copied {2}. The team lead changes it in their own file; nothing here is written to it or locks it.</source>
        <translation>Skrivebeskyttet: teamplanen «{0}» ({1}), slik den ble kopiert {2}. Teamlederen endrer den i sin egen fil; ingenting her skriver til den eller låser den.</translation>
    </message>
    <message>
        <source>Team plan “{0}”, linked from {1}. It cannot be shown now:</source>
        <translation>Teamplanen «{0}», koblet fra {1}. Den kan ikke vises nå:</translation>
    </message>
    <message numerus="yes">
        <source>Goals in this plan: %n</source>
        <translation>
            <numerusform>Mål i denne planen: %n</numerusform>
            <numerusform>Mål i denne planen: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPlans</name>
    <message>
        <source>Add a &amp;team&apos;s plan…</source>
        <translation>Legg til et &amp;teams plan…</translation>
    </message>
    <message>
        <source>Refresh team &amp;plans</source>
        <translation>Oppdater team&amp;planer</translation>
    </message>
    <message>
        <source>Remove team plan &amp;link</source>
        <translation>Fjern teamplan&amp;kobling</translation>
    </message>
    <message>
        <source>Show a team lead&apos;s plan file read-only under the selected (department) goal.</source>
        <translation>Vis en teamleders planfil skrivebeskyttet under det valgte (avdelings)målet.</translation>
    </message>
    <message>
        <source>Select the department goal the team&apos;s plan belongs under first.</source>
        <translation>Velg først avdelingsmålet teamets plan hører under.</translation>
    </message>
    <message>
        <source>Add a team&apos;s plan under “{0}”</source>
        <translation>Legg til et teams plan under «{0}»</translation>
    </message>
    <message>
        <source>This is the plan that is open: choose a team lead&apos;s plan file.</source>
        <translation>Dette er planen som er åpen: velg en teamleders planfil.</translation>
    </message>
    <message>
        <source>Add team plan {0}</source>
        <translation>Legg til teamplan {0}</translation>
    </message>
    <message>
        <source>Team plan {0} shown under “{1}”.</source>
        <translation>Teamplanen {0} vises under «{1}».</translation>
    </message>
    <message>
        <source>Locate the team&apos;s plan</source>
        <translation>Finn teamets plan</translation>
    </message>
    <message>
        <source>Remove team plan link {0}</source>
        <translation>Fjern koblingen til teamplan {0}</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>Målplaner (*{0});;Alle filer (*)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>Teamplan</translation>
    </message>
    <message>
        <source>Team plan: {0} ({1})</source>
        <translation>Teamplan: {0} ({1})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leser…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kan ikke leses</translation>
    </message>
    <message>
        <source>Read-only · as of {0}</source>
        <translation>Skrivebeskyttet · per {0}</translation>
    </message>
    <message>
        <source>{0} was not found. If the shared folder is now mounted elsewhere, or the file was moved, use Locate… to choose it again.</source>
        <translation>{0} ble ikke funnet. Hvis den delte mappen nå er montert et annet sted, eller filen er flyttet, bruk Finn… for å velge den igjen.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} kan ikke leses: {1}</translation>
    </message>
    <message>
        <source>Read-only: a copy taken {0}; the team lead&apos;s file is never changed or locked.</source>
        <translation>Skrivebeskyttet: en kopi tatt {0}; teamlederens fil blir aldri endret eller låst.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Shorter call waits</source>
        <translation>Kortere ventetid på telefon</translation>
    </message>
    <message>
        <source>Cut average call wait time by 25% within six weeks</source>
        <translation>Reduser gjennomsnittlig ventetid på telefon med 25% innen seks uker</translation>
    </message>
    <message>
        <source>The inbound queue or phone line</source>
        <translation>Den innkommende køen eller telefonlinjen</translation>
    </message>
    <message>
        <source>Average wait of all calls offered last month, in seconds, from the phone system&apos;s queue report.</source>
        <translation>Gjennomsnittlig ventetid for alle innkommende anrop forrige måned, i sekunder, fra kørapporten i telefonsystemet.</translation>
    </message>
    <message>
        <source>Long waits are the complaint customers mention first, and they make callers hang up.</source>
        <translation>Lang ventetid er det kundene klager på først, og den får innringere til å legge på.</translation>
    </message>
    <message>
        <source>Fast first response</source>
        <translation>Raskt første svar</translation>
    </message>
    <message>
        <source>The e-mail or chat channel</source>
        <translation>E-post- eller chatkanalen</translation>
    </message>
    <message>
        <source>Median or average hours to the first human reply last month; leave automatic acknowledgements out.</source>
        <translation>Median eller gjennomsnittlig antall timer til første svar fra et menneske forrige måned; hold automatiske bekreftelser utenfor.</translation>
    </message>
    <message>
        <source>A third of customers want an e-mail answer within an hour; a quick first reply calms the rest.</source>
        <translation>En tredjedel av kundene vil ha svar på e-post innen en time; et raskt første svar beroliger resten.</translation>
    </message>
    <message>
        <source>Lower cost per contact</source>
        <translation>Lavere kostnad per henvendelse</translation>
    </message>
    <message>
        <source>Cut cost per contact by 10% within six months</source>
        <translation>Reduser kostnaden per henvendelse med 10% innen seks måneder</translation>
    </message>
    <message>
        <source>One channel (phone, e-mail, chat): costs differ by channel</source>
        <translation>Én kanal (telefon, e-post, chat): kostnadene varierer mellom kanalene</translation>
    </message>
    <message>
        <source>Last quarter&apos;s contact-centre operating cost (salaries to software) divided by contacts handled.</source>
        <translation>Forrige kvartals driftskostnader for kundesenteret (fra lønn til programvare) delt på behandlede henvendelser.</translation>
    </message>
    <message>
        <source>Money saved on routine contacts pays for the hard ones.</source>
        <translation>Penger spart på rutinehenvendelser betaler for de vanskelige.</translation>
    </message>
    <message>
        <source>Survey customers and raise CSAT</source>
        <translation>Spør kundene og øk CSAT</translation>
    </message>
    <message>
        <source>The team or channel surveyed</source>
        <translation>Teamet eller kanalen som undersøkes</translation>
    </message>
    <message>
        <source>Share of 4 and 5 answers on the 1-5 survey last quarter (satisfied / all responses).</source>
        <translation>Andel svar med 4 og 5 i undersøkelsen med skala 1-5 forrige kvartal (fornøyde / alle svar).</translation>
    </message>
    <message>
        <source>Regular surveys show what customers feel while there is still time to act on it.</source>
        <translation>Jevnlige undersøkelser viser hva kundene føler mens det ennå er tid til å gjøre noe med det.</translation>
    </message>
    <message>
        <source>Deflect calls to self-service</source>
        <translation>Flytt anrop over til selvbetjening</translation>
    </message>
    <message>
        <source>Cut support call volume 25% versus last year through a self-service library</source>
        <translation>Reduser antall supportanrop med 25% sammenlignet med i fjor ved hjelp av en kunnskapsbase for selvbetjening</translation>
    </message>
    <message>
        <source>Support calls for the products the library covers</source>
        <translation>Supportanrop om produktene kunnskapsbasen dekker</translation>
    </message>
    <message>
        <source>Calls received in the same month last year, so seasons do not blur the comparison.</source>
        <translation>Anrop mottatt i samme måned i fjor, slik at sesongvariasjoner ikke forstyrrer sammenligningen.</translation>
    </message>
    <message>
        <source>Most customers would rather find the answer themselves; every call avoided frees an agent.</source>
        <translation>De fleste kunder vil helst finne svaret selv; hvert anrop som unngås, frigjør en agent.</translation>
    </message>
    <message>
        <source>Healthy agent occupancy</source>
        <translation>Sunn beleggsgrad</translation>
    </message>
    <message>
        <source>Cut first response time on e-mail by 25% within three months</source>
        <translation>Reduser tiden til første svar på e-post med 25% innen tre måneder</translation>
    </message>
    <message>
        <source>Survey customers after every contact and raise CSAT by 5 points within three months</source>
        <translation>Spør kundene etter hver henvendelse og øk CSAT med 5 poeng innen tre måneder</translation>
    </message>
    <message>
        <source>Keep agent occupancy within 75-85% every week for the next three months</source>
        <translation>Hold beleggsgraden for agentene innenfor 75-85% hver uke de neste tre månedene</translation>
    </message>
    <message>
        <source>The agent group or queue</source>
        <translation>Agentgruppen eller køen</translation>
    </message>
    <message>
        <source>Handling time over logged-in time last month, from the workforce report.</source>
        <translation>Behandlingstid delt på innlogget tid forrige måned, fra bemanningsrapporten.</translation>
    </message>
    <message>
        <source>Above 85% agents burn out and leave; below 75% the team pays for idle time.</source>
        <translation>Over 85% blir agentene utbrent og slutter; under 75% betaler teamet for tomgang.</translation>
    </message>
    <message>
        <source>After-call work under ten minutes</source>
        <translation>Etterarbeid under ti minutter</translation>
    </message>
    <message>
        <source>Bring average after-call work under 10 minutes within two months</source>
        <translation>Få gjennomsnittlig etterarbeid under 10 minutter innen to måneder</translation>
    </message>
    <message>
        <source>The agent group</source>
        <translation>Agentgruppen</translation>
    </message>
    <message>
        <source>Total wrap-up time over calls handled last month, in seconds.</source>
        <translation>Samlet etterarbeidstid delt på behandlede samtaler forrige måned, i sekunder.</translation>
    </message>
    <message>
        <source>Time spent on notes after a call is time the next caller waits.</source>
        <translation>Tid brukt på notater etter en samtale er tid neste innringer må vente.</translation>
    </message>
    <message>
        <source>Fewer unnecessary transfers</source>
        <translation>Færre unødvendige viderekoblinger</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>Reduser unødvendige viderekoblinger med 10% over seks måneder</translation>
    </message>
    <message>
        <source>The inbound queue</source>
        <translation>Den innkommende køen</translation>
    </message>
    <message>
        <source>Calls transferred over calls handled last quarter; count each call once, IVR routing is not a transfer.</source>
        <translation>Viderekoblede samtaler delt på behandlede samtaler forrige kvartal; tell hver samtale én gang, og IVR-ruting er ikke en viderekobling.</translation>
    </message>
    <message>
        <source>Every needless transfer makes the customer tell the story again. Pair it with the beneficial-transfers goal.</source>
        <translation>Hver unødvendige viderekobling får kunden til å fortelle historien sin på nytt. Kombiner dette med målet for nyttige viderekoblinger.</translation>
    </message>
    <message>
        <source>More transfers to the right expert</source>
        <translation>Flere viderekoblinger til riktig ekspert</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over six months</source>
        <translation>Øk nyttige viderekoblinger til produktspesialister med 5% over seks måneder</translation>
    </message>
    <message>
        <source>Weekly transfers that reached the right expert and solved the issue, from call reviews.</source>
        <translation>Viderekoblinger per uke som nådde riktig ekspert og løste saken, fra samtalegjennomganger.</translation>
    </message>
    <message>
        <source>The companion of the transfer cut: agents must not stop sending callers to the person who can help.</source>
        <translation>Motstykket til kuttet i viderekoblinger: agentene må ikke slutte å sende innringere videre til den som kan hjelpe.</translation>
    </message>
    <message>
        <source>Resolve more on first contact</source>
        <translation>Løs mer ved første kontakt</translation>
    </message>
    <message>
        <source>Raise first contact resolution by 3 points within six months</source>
        <translation>Øk løsning ved første kontakt med 3 poeng innen seks måneder</translation>
    </message>
    <message>
        <source>The team or queue</source>
        <translation>Teamet eller køen</translation>
    </message>
    <message>
        <source>Share of customers who say in the survey that one contact solved it, last quarter.</source>
        <translation>Andel kunder som i undersøkelsen sier at én henvendelse løste saken, forrige kvartal.</translation>
    </message>
    <message>
        <source>A problem solved at once saves the customer a second call and the team a second contact.</source>
        <translation>Et problem som løses med en gang, sparer kunden for en ny samtale og teamet for en ny henvendelse.</translation>
    </message>
    <message>
        <source>Raise NPS</source>
        <translation>Øk NPS</translation>
    </message>
    <message>
        <source>Raise our Net Promoter Score by 5 points within a year</source>
        <translation>Øk vår Net Promoter Score med 5 poeng innen et år</translation>
    </message>
    <message>
        <source>Bring the abandonment rate down to 5% within three months</source>
        <translation>Få avbruddsraten ned til 5% innen tre måneder</translation>
    </message>
    <message>
        <source>Within six months, raise the share of new customers onboarded within 30 days by 10 points</source>
        <translation>Øk i løpet av seks måneder andelen nye kunder som fullfører oppstarten innen 30 dager, med 10 poeng</translation>
    </message>
    <message>
        <source>Give every agent two 1:1 coaching sessions a month within three months</source>
        <translation>Gi hver agent to 1:1-samtaler med coaching i måneden innen tre måneder</translation>
    </message>
    <message>
        <source>One conversation across channels (omnichannel)</source>
        <translation>Én samtale på tvers av kanaler (omnikanal)</translation>
    </message>
    <message>
        <source>Give agents one shared history of every customer&apos;s contacts on phone, e-mail and chat within six months</source>
        <translation>Gi agentene én felles historikk over hver kundes henvendelser på telefon, e-post og chat innen seks måneder</translation>
    </message>
    <message>
        <source>The channels the team answers</source>
        <translation>Kanalene teamet besvarer</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 each time until agents see every channel&apos;s history in one place, then 1.</source>
        <translation>Ikke fullført ennå: registrer 0 ved hver oppfølging til agentene ser historikken fra alle kanaler på ett sted, deretter 1.</translation>
    </message>
    <message>
        <source>Most customers expect a conversation to carry on when they switch channels, without telling the story again.</source>
        <translation>De fleste kunder forventer at samtalen fortsetter når de bytter kanal, uten at de må fortelle historien på nytt.</translation>
    </message>
    <message>
        <source>Accept more contact formats</source>
        <translation>Ta imot flere kontaktformer</translation>
    </message>
    <message>
        <source>Answer customers by text message as well as phone and e-mail within three months</source>
        <translation>Svar kundene på SMS i tillegg til telefon og e-post innen tre måneder</translation>
    </message>
    <message>
        <source>The new channel and the team that answers it</source>
        <translation>Den nye kanalen og teamet som besvarer den</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customer text is answered in the live service, then 1.</source>
        <translation>Ikke fullført ennå: registrer 0 til den første SMS-en fra en kunde er besvart i ordinær drift, deretter 1.</translation>
    </message>
    <message>
        <source>Customers use many channels and companies text more often than they chat; meeting them where they already are saves a call.</source>
        <translation>Kundene bruker mange kanaler, og bedrifter sender oftere SMS enn de chatter; å møte kundene der de allerede er, sparer en samtale.</translation>
    </message>
    <message>
        <source>Mobile-friendly support</source>
        <translation>Mobilvennlig support</translation>
    </message>
    <message>
        <source>Make the help centre and the contact form work well on phones within two months</source>
        <translation>Få hjelpesenteret og kontaktskjemaet til å fungere godt på mobil innen to måneder</translation>
    </message>
    <message>
        <source>The help centre and contact form</source>
        <translation>Hjelpesenteret og kontaktskjemaet</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until both pass a test on three common phones, then 1.</source>
        <translation>Ikke fullført ennå: registrer 0 til begge består en test på tre vanlige mobiltelefoner, deretter 1.</translation>
    </message>
    <message>
        <source>Many customers look for help on their phone first; a page they cannot use there becomes a call.</source>
        <translation>Mange kunder leter etter hjelp på mobilen først; en side de ikke kan bruke der, blir til et anrop.</translation>
    </message>
    <message>
        <source>Automation that fills the gaps</source>
        <translation>Automatisering som fyller hullene</translation>
    </message>
    <message>
        <source>Let a chatbot resolve 15% of chat conversations without an agent within six months</source>
        <translation>La en chatbot løse 15% av chatsamtalene uten agent innen seks måneder</translation>
    </message>
    <message>
        <source>The chat channel and the questions the bot answers</source>
        <translation>Chatkanalen og spørsmålene boten svarer på</translation>
    </message>
    <message>
        <source>Share of last month&apos;s chat conversations the bot closed without handing over to an agent (0 before launch).</source>
        <translation>Andel av forrige måneds chatsamtaler som boten avsluttet uten å sende dem videre til en agent (0 før lansering).</translation>
    </message>
    <message>
        <source>Simple questions answered at any hour free agents for the hard ones, and most customers would rather help themselves.</source>
        <translation>Enkle spørsmål som besvares når som helst på døgnet, frigjør agentene til de vanskelige, og de fleste kunder vil helst hjelpe seg selv.</translation>
    </message>
    <message>
        <source>Quick answers on social media</source>
        <translation>Raske svar i sosiale medier</translation>
    </message>
    <message>
        <source>Within three months, answer messages on our social media pages within 30 minutes</source>
        <translation>Innen tre måneder skal meldinger på sidene våre i sosiale medier besvares innen 30 minutter</translation>
    </message>
    <message>
        <source>Facebook, Instagram and other social pages the team watches</source>
        <translation>Facebook, Instagram og andre sosiale sider teamet følger med på</translation>
    </message>
    <message>
        <source>Average hours to the first human reply to social media messages last month; 0.5 h is 30 minutes.</source>
        <translation>Gjennomsnittlig antall timer til første svar fra et menneske på meldinger i sosiale medier forrige måned; 0,5 h er 30 minutter.</translation>
    </message>
    <message>
        <source>Most customers who write on social media expect an answer within half an hour, and others read the thread.</source>
        <translation>De fleste kunder som skriver i sosiale medier, forventer svar innen en halvtime, og andre leser tråden.</translation>
    </message>
    <message>
        <source>Creative social media</source>
        <translation>Kreative sosiale medier</translation>
    </message>
    <message>
        <source>Raise our net sentiment score on social media by 10 points over six months</source>
        <translation>Øk netto sentimentscore i sosiale medier med 10 poeng over seks måneder</translation>
    </message>
    <message>
        <source>Mentions of the brand on social media</source>
        <translation>Omtaler av merkevaren i sosiale medier</translation>
    </message>
    <message>
        <source>Positive minus negative mentions over all mentions last month, from the social listening tool.</source>
        <translation>Positive minus negative omtaler delt på alle omtaler forrige måned, fra verktøyet for overvåking av sosiale medier.</translation>
    </message>
    <message>
        <source>Many customers read social media before they buy; what they find there shapes whether they come to us.</source>
        <translation>Mange kunder leser sosiale medier før de kjøper; det de finner der, avgjør om de kommer til oss.</translation>
    </message>
    <message>
        <source>Customer appreciation programme</source>
        <translation>Program for kundeverdsettelse</translation>
    </message>
    <message>
        <source>Launch a customer appreciation programme, with thank-you notes and loyalty rewards, within three months</source>
        <translation>Lanser et program for kundeverdsettelse, med takkekort og lojalitetsbelønninger, innen tre måneder</translation>
    </message>
    <message>
        <source>The customers the programme rewards</source>
        <translation>Kundene programmet belønner</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customers have been thanked or rewarded, then 1.</source>
        <translation>Ikke fullført ennå: registrer 0 til de første kundene er takket eller belønnet, deretter 1.</translation>
    </message>
    <message>
        <source>Customers who feel valued stay longer and recommend us to others.</source>
        <translation>Kunder som føler seg verdsatt, blir lenger og anbefaler oss til andre.</translation>
    </message>
    <message>
        <source>Keep up with support technology</source>
        <translation>Hold tritt med supportteknologien</translation>
    </message>
    <message>
        <source>Pilot one new support tool, such as co-browsing, with one team within three months</source>
        <translation>Prøv ut ett nytt supportverktøy, for eksempel felles nettlesing (co-browsing), med ett team innen tre måneder</translation>
    </message>
    <message>
        <source>The pilot team</source>
        <translation>Pilotteamet</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the pilot has run and its results are written up, then 1.</source>
        <translation>Ikke fullført ennå: registrer 0 til piloten er gjennomført og resultatene er skrevet ned, deretter 1.</translation>
    </message>
    <message>
        <source>Trying one new tool at a time keeps the team current without risking the whole service.</source>
        <translation>Å prøve ut ett nytt verktøy om gangen holder teamet oppdatert uten å sette hele tjenesten på spill.</translation>
    </message>
    <message>
        <source>More cross-sales from service</source>
        <translation>Mer kryssalg fra kundeservice</translation>
    </message>
    <message>
        <source>Raise the cross-sell close rate by 2 points within three months</source>
        <translation>Øk treffraten for kryssalg med 2 poeng innen tre måneder</translation>
    </message>
    <message>
        <source>The team and the products it may offer</source>
        <translation>Teamet og produktene det kan tilby</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed last month divided by tickets handled in the same month.</source>
        <translation>Avsluttede kryss- og mersalg forrige måned delt på behandlede saker samme måned.</translation>
    </message>
    <message>
        <source>A customer whose problem was solved well is open to hearing what else would help.</source>
        <translation>En kunde som har fått problemet sitt godt løst, er åpen for å høre hva annet som kan hjelpe.</translation>
    </message>
    <message>
        <source>Make it easy for customers</source>
        <translation>Gjør det enkelt for kundene</translation>
    </message>
    <message>
        <source>Raise the customer effort score (ease, 1-7) by half a point within three months</source>
        <translation>Øk kundeinnsatsscoren (enkelhet, 1-7) med et halvt poeng innen tre måneder</translation>
    </message>
    <message>
        <source>The channel or process surveyed</source>
        <translation>Kanalen eller prosessen som undersøkes</translation>
    </message>
    <message>
        <source>Mean answer, 1-7, to &apos;the company made it easy to handle my issue&apos; last quarter. Asked about effort instead (1-5, lower is better)? Choose that scale on the Measure page.</source>
        <translation>Gjennomsnittlig svar, 1-7, på «selskapet gjorde det enkelt å få løst saken min» forrige kvartal. Spurte dere heller om innsats (1-5, lavere er bedre)? Velg den skalaen på siden «Hvordan skal dere måle det?».</translation>
    </message>
    <message>
        <source>Customers who had to work hard to get help are far more likely to leave.</source>
        <translation>Kunder som har måttet anstrenge seg for å få hjelp, er langt mer tilbøyelige til å forlate oss.</translation>
    </message>
    <message>
        <source>All customers, or one segment</source>
        <translation>Alle kunder, eller ett segment</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) over the last survey period.</source>
        <translation>% ambassadører (9-10) minus % kritikere (0-6) i siste undersøkelsesperiode.</translation>
    </message>
    <message>
        <source>Customers who recommend us bring the next customers.</source>
        <translation>Kunder som anbefaler oss, bringer inn de neste kundene.</translation>
    </message>
    <message>
        <source>Fewer abandoned calls</source>
        <translation>Færre avbrutte anrop</translation>
    </message>
    <message>
        <source>Calls abandoned over calls offered last month.</source>
        <translation>Avbrutte anrop delt på innkommende anrop forrige måned.</translation>
    </message>
    <message>
        <source>A caller who hangs up is a customer we did not serve, and often one who calls again.</source>
        <translation>En innringer som legger på, er en kunde vi ikke betjente, og ofte en som ringer igjen.</translation>
    </message>
    <message>
        <source>Better customer onboarding</source>
        <translation>Bedre oppstart for nye kunder</translation>
    </message>
    <message>
        <source>New customers of one product or plan</source>
        <translation>Nye kunder av ett produkt eller abonnement</translation>
    </message>
    <message>
        <source>Of last quarter&apos;s new customers, the share who completed set-up within 30 days.</source>
        <translation>Av forrige kvartals nye kunder: andelen som fullførte oppsettet innen 30 dager.</translation>
    </message>
    <message>
        <source>Customers who get going quickly contact us less and stay longer.</source>
        <translation>Kunder som kommer raskt i gang, kontakter oss mindre og blir lenger.</translation>
    </message>
    <message>
        <source>Help agents grow</source>
        <translation>Hjelp agentene å utvikle seg</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Teamet</translation>
    </message>
    <message>
        <source>How many 1:1s with personal feedback each agent had last month, on average.</source>
        <translation>Hvor mange 1:1-samtaler med personlig tilbakemelding hver agent hadde forrige måned, i snitt.</translation>
    </message>
    <message>
        <source>Agents who get feedback improve faster and stay longer.</source>
        <translation>Agenter som får tilbakemelding, blir raskere bedre og blir lenger.</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>Import from a &amp;ticket or call export…</source>
        <translation>Importer fra en eksport av &amp;saker eller samtaler…</translation>
    </message>
    <message>
        <source>The goal&apos;s check-ins changed while the file was read: nothing was imported. The preview now shows them; import again to record it.</source>
        <translation>Målets oppfølginger endret seg mens filen ble lest: ingenting ble importert. Forhåndsvisningen viser dem nå; importer igjen for å registrere.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n check-in(s) from an export</source>
        <translation>
            <numerusform>Importer %n oppfølging fra en eksport</numerusform>
            <numerusform>Importer %n oppfølginger fra en eksport</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n check-in(s) from {0}</source>
        <translation>
            <numerusform>Importerte %n oppfølging fra {0}</numerusform>
            <numerusform>Importerte %n oppfølginger fra {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>First reply time</source>
        <translation>Tid til første svar</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>Løsningstid</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>Svar fra saksbehandler</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>Gjenåpninger</translation>
    </message>
    <message>
        <source>Satisfaction rating</source>
        <translation>Tilfredshetsvurdering</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>Samtalestart</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Samtaletid</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Parkeringstid</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>Etterarbeidstid</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Avbrutte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>Select a goal whose metric an export can give: {0}.</source>
        <translation>Velg et mål med et måltall en eksport kan gi: {0}.</translation>
    </message>
    <message>
        <source>a call log</source>
        <translation>en samtalelogg</translation>
    </message>
    <message>
        <source>a ticket export</source>
        <translation>en sakseksport</translation>
    </message>
    <message>
        <source>This file is {0}; {1} comes from {2}.</source>
        <translation>Denne filen er {0}; {1} kommer fra {2}.</translation>
    </message>
    <message>
        <source>The file has no column for: {0}. Choose one in the mapping.</source>
        <translation>Filen har ingen kolonne for: {0}. Velg en i koblingen.</translation>
    </message>
    <message>
        <source>Row {0}, column “{1}”: “{2}” is not a {3}.</source>
        <translation>Rad {0}, kolonne «{1}»: «{2}» er ikke {3}.</translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation>… og flere.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>en varighet</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja eller nei</translation>
    </message>
    <message>
        <source>rating from 1 to 5</source>
        <translation>en vurdering fra 1 til 5</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>en vurdering</translation>
    </message>
    <message>
        <source>date</source>
        <translation>en dato</translation>
    </message>
    <message>
        <source>date with a four-digit year</source>
        <translation>en dato med firesifret år</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>The file cannot be opened: {0}</source>
        <translation>Filen kan ikke åpnes: {0}</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Filen er tom: den har ingen overskriftsrad.</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read (line {0}).</source>
        <translation>Tegnene i filen kan ikke leses (linje {0}).</translation>
    </message>
    <message>
        <source>The file is not a table (line {0}).</source>
        <translation>Filen er ikke en tabell (linje {0}).</translation>
    </message>
    <message>
        <source>The workbook cannot be read: {0}</source>
        <translation>Arbeidsboken kan ikke leses: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n sak</numerusform>
            <numerusform>%n saker</numerusform>
        </translation>
    </message>
    <message>
        <source>From an export: {0} (period not over)</source>
        <translation>Fra en eksport: {0} (perioden er ikke over)</translation>
    </message>
    <message>
        <source>From an export: {0}</source>
        <translation>Fra en eksport: {0}</translation>
    </message>
</context>
<context>
    <name>TicketReadDialog</name>
    <message>
        <source>Import from a ticket or call export</source>
        <translation>Import fra en eksport av saker eller samtaler</translation>
    </message>
    <message>
        <source>Baseline from an export</source>
        <translation>Utgangsverdi fra en eksport</translation>
    </message>
    <message>
        <source>Last year&apos;s months from an export</source>
        <translation>Fjorårets måneder fra en eksport</translation>
    </message>
    <message>
        <source>{0}, per check-in period, from a helpdesk&apos;s ticket export or a phone system&apos;s call log.</source>
        <translation>{0}, per oppfølgingsperiode, fra en sakseksport fra kundeservicesystemet eller en samtalelogg fra telefonsystemet.</translation>
    </message>
    <message>
        <source>{0}, per calendar month, from a helpdesk&apos;s ticket export or a phone system&apos;s call log: the twelve most recent months that are over.</source>
        <translation>{0}, per kalendermåned, fra en sakseksport fra kundeservicesystemet eller en samtalelogg fra telefonsystemet: de tolv siste avsluttede månedene.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>&amp;Les filen</translation>
    </message>
    <message>
        <source>&amp;Compute baseline</source>
        <translation>&amp;Beregn utgangsverdi</translation>
    </message>
    <message>
        <source>&amp;Compute the months</source>
        <translation>&amp;Beregn månedene</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Choose a ticket or call export</source>
        <translation>Velg en eksport av saker eller samtaler</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Eksporter (*.csv *.txt *.tsv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}</source>
        <translation>Filen kan ikke leses: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leser {0}…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting ble importert.</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>Lesingen ble avbrutt: ingenting ble importert.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Angre {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Gjør om {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>points</source>
        <translation>poeng</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>henvendelser</translation>
    </message>
    <message>
        <source>score</source>
        <translation>poeng</translation>
    </message>
</context>
<context>
    <name>VolumeField</name>
    <message>
        <source>Contacts &amp;handled</source>
        <translation>&amp;Behandlede henvendelser</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <source>How many contacts this average is over. The team&apos;s average weighs each agent by it; without it every agent counts the same.</source>
        <translation>Hvor mange henvendelser dette gjennomsnittet gjelder. Teamets gjennomsnitt vekter hver agent etter det; uten det teller alle agenter likt.</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>&amp;Ukentlig gjennomgang…</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>Ukentlig gjennomgang</translation>
    </message>
    <message>
        <source>The day every check-in of this review is for: today or an earlier day.</source>
        <translation>Dagen alle oppfølgingene i denne gjennomgangen gjelder: i dag eller en tidligere dag.</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>Oppfølgings&amp;dato:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Siste verdi</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>Plan nå</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Tiltro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>Hinder eller neste steg</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Type each goal&apos;s actual on that day; Enter moves down. The status shows as you type; confidence is how the owner sees it.</source>
        <translation>Skriv inn hvert måls faktiske verdi den dagen; Enter flytter ned. Statusen vises mens du skriver; tiltro er hvordan eieren ser det.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n check-in(s) typed in this review?</source>
        <translation>
            <numerusform>Lagre %n oppfølging skrevet inn i denne gjennomgangen?</numerusform>
            <numerusform>Lagre de %n oppfølgingene skrevet inn i denne gjennomgangen?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>Hvis du ikke lagrer dem, går det du skrev tapt.</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>Ingen oppfølginger å gjøre.</translation>
    </message>
    <message>
        <source>% or 45/50</source>
        <translation>% eller 45/50</translation>
    </message>
    <message>
        <source>The share in %, or the two counts as {0}/{1} (e.g. 45/50): the share is worked out from them and both counts are kept.</source>
        <translation>Andelen i %, eller de to tellingene som {0}/{1} (f.eks. 45/50): andelen regnes ut av dem, og begge tellingene lagres.</translation>
    </message>
    <message>
        <source>Needs an actual</source>
        <translation>Mangler faktisk verdi</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a share worked out from two counts, then its status</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n check-in(s)</source>
        <translation>
            <numerusform>&amp;Registrer %n oppfølging</numerusform>
            <numerusform>&amp;Registrer %n oppfølginger</numerusform>
        </translation>
    </message>
    <message>
        <source>A check-in needs an actual: type one for “{0}”, or clear that row.</source>
        <translation>En oppfølging trenger en faktisk verdi: skriv inn en for «{0}», eller tøm den raden.</translation>
    </message>
    <message>
        <source>A goal is gone.</source>
        <translation>Et mål finnes ikke lenger.</translation>
    </message>
    <message numerus="yes">
        <source>Weekly review: %n check-in(s)</source>
        <translation>
            <numerusform>Ukentlig gjennomgang: %n oppfølging</numerusform>
            <numerusform>Ukentlig gjennomgang: %n oppfølginger</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” starts on {1}: choose a check-in date on or after it.</source>
        <translation>«{0}» starter {1}: velg en oppfølgingsdato den dagen eller senere.</translation>
    </message>
    <message>
        <source>{0} · replaces the check-in of {1}</source>
        <translation>{0} · erstatter oppfølgingen fra {1}</translation>
    </message>
    <message>
        <source>“{0}” already has a check-in on {1} ({2}). Recording this row replaces its value; its note, confidence and next step stay unless you type new ones.</source>
        <translation>«{0}» har allerede en oppfølging {1} ({2}). Registrerer du denne raden, erstattes verdien; notat, tiltro og neste steg blir stående med mindre du skriver nye.</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>What will the team achieve?</source>
        <translation>Hva skal teamet oppnå?</translation>
    </message>
    <message>
        <source>One sentence with the number that changes and by how much, e.g. “Cut average call wait time by 50% within six weeks”. Avoid “improve” or “better” on their own.</source>
        <translation>Én setning med tallet som endres, og hvor mye, f.eks. «Reduser gjennomsnittlig ventetid på telefon med 50% innen seks uker». Unngå «forbedre» eller «bedre» alene.</translation>
    </message>
    <message>
        <source>Cut average call wait time by 50% within six weeks</source>
        <translation>Reduser gjennomsnittlig ventetid på telefon med 50% innen seks uker</translation>
    </message>
    <message>
        <source>e.g. inbound support queue, e-mail channel</source>
        <translation>f.eks. innkommende supportkø, e-postkanal</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Omfatter</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>By when?</source>
        <translation>Innen når?</translation>
    </message>
    <message>
        <source>A deadline, and check-ins often enough to correct course before it: weekly for a six-week goal, monthly for a year.</source>
        <translation>En frist, og oppfølginger ofte nok til å korrigere kursen før den: ukentlig for et mål på seks uker, månedlig for et år.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <source>Check-ins up to the deadline: {0}</source>
        <translation>Oppfølginger fram til fristen: {0}</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Who owns it?</source>
        <translation>Hvem eier det?</translation>
    </message>
    <message>
        <source>One named owner drives the goal. List who contributes, and ask a second manager to review it: a reality check before the team commits.</source>
        <translation>Én navngitt eier driver målet. List opp hvem som bidrar, og be en annen leder om å kvalitetssikre det: en realitetssjekk før teamet forplikter seg.</translation>
    </message>
    <message>
        <source>e.g. Mark Ellis (support lead)</source>
        <translation>f.eks. Kari Nordmann (supportleder)</translation>
    </message>
    <message>
        <source>Names or teams, separated by commas</source>
        <translation>Navn eller team, skilt med komma</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eier</translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation>&amp;Bidragsytere</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>&amp;Kvalitetssikrer</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why does it matter?</source>
        <translation>Hvorfor er det viktig?</translation>
    </message>
    <message>
        <source>Say what customers and the team gain, and link the goal to the goal above it or to the company strategy, so everyone sees what it serves.</source>
        <translation>Si hva kundene og teamet vinner, og knytt målet til målet over det eller til selskapets strategi, så alle ser hva det tjener.</translation>
    </message>
    <message>
        <source>e.g. Win on service, not on price</source>
        <translation>f.eks. Vinn på service, ikke på pris</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Hvorfor</translation>
    </message>
    <message>
        <source>&amp;Serves goal</source>
        <translation>&amp;Tjener målet</translation>
    </message>
    <message>
        <source>Or s&amp;trategy</source>
        <translation>Eller &amp;strategi</translation>
    </message>
    <message>
        <source>&amp;Link as guardrail:</source>
        <translation>&amp;Koble som vaktmål:</translation>
    </message>
    <message>
        <source>None (top-level goal)</source>
        <translation>Ingen (mål på øverste nivå)</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
</TS>
