<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <source>%n agent goals sit under this goal; it is judged on its own check-ins.</source>
        <translation>
            <numerusform>상담사 목표 %n개가 이 목표 아래에 있습니다. 이 목표는 자체 점검 기록으로 판단합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take actuals from &amp;agents</source>
        <translation>상담사 실적 사용(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Actuals come from %n agents</source>
        <translation>
            <numerusform>실적은 상담사 %n명에게서 가져옵니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this month)</source>
        <translation>
            <numerusform>(이번 달 %n명 보고)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this week)</source>
        <translation>
            <numerusform>(이번 주 %n명 보고)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: {0}</source>
        <translation>아직 보고 안 함: {0}</translation>
    </message>
    <message>
        <source>Use own &amp;check-ins</source>
        <translation>자체 점검 기록 사용(&amp;C)</translation>
    </message>
    <message>
        <source>Judge the team goal on check-ins typed for it, not on its agents&apos; (undoable).</source>
        <translation>팀 목표를 상담사 기록이 아니라 이 목표에 입력한 점검 기록으로 판단합니다(실행 취소 가능).</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BaselineFromExport</name>
    <message>
        <source>Compute from an e&amp;xport…</source>
        <translation>내보낸 파일에서 계산(&amp;X)…</translation>
    </message>
    <message>
        <source>The export holds no finished period: no baseline from it.</source>
        <translation>내보낸 파일에 끝난 기간이 없어 기준값을 구할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>From an export: {0} over %n period(s), up to {1}.</source>
        <translation>
            <numerusform>내보낸 파일 기준: {0}, %n개 기간, {1}까지.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>the deadline comes before the start</source>
        <translation>마감일이 시작일보다 앞섭니다.</translation>
    </message>
    <message>
        <source>equal percentage steps need a baseline and a target above zero</source>
        <translation>동일 비율 단계로 계획하려면 기준값과 목표값이 모두 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>a seasonal curve follows calendar days; leave the working calendar out</source>
        <translation>계절 곡선은 달력 일수를 따릅니다. 근무 달력은 적용하지 마세요.</translation>
    </message>
    <message>
        <source>there are no working days between the start and the deadline</source>
        <translation>시작일과 마감일 사이에 근무일이 없습니다.</translation>
    </message>
    <message>
        <source>the last period is the target itself: change the goal&apos;s target instead</source>
        <translation>마지막 기간의 값은 곧 목표값입니다. 대신 목표의 목표값을 변경하세요.</translation>
    </message>
    <message>
        <source>Name at least one person to split the target between.</source>
        <translation>목표값을 나눌 인원을 한 명 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>같은 사람은 한 번만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>Give one weight per person, none negative, not all zero.</source>
        <translation>인원마다 가중치를 하나씩 입력하세요. 음수는 안 되며, 모두 0일 수도 없습니다.</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Weekly</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>2주마다</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>매월</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Check in: {title}</source>
        <translation>점검: {title}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>책임자: {owner}</translation>
    </message>
    <message>
        <source>The last check-in, on the deadline: record the final value and close the goal.</source>
        <translation>마감일의 마지막 점검: 최종 값을 기록하고 목표를 종료하세요.</translation>
    </message>
    <message>
        <source>{plan} check-ins</source>
        <translation>{plan} 점검</translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>{0} check-ins.ics</source>
        <translation>{0} 점검.ics</translation>
    </message>
    <message>
        <source>Export check-in dates</source>
        <translation>점검 날짜 내보내기</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 파일 (*.ics)</translation>
    </message>
    <message>
        <source>Check-in dates not exported</source>
        <translation>점검 날짜를 내보내지 못함</translation>
    </message>
    <message numerus="yes">
        <source>Exported the check-in dates of %n goal(s) to {0}</source>
        <translation>
            <numerusform>목표 %n개의 점검 날짜를 내보냈습니다: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins ahead</source>
        <translation>예정된 점검 없음</translation>
    </message>
    <message>
        <source>No active goal has a check-in ahead: the calendar file holds no events.</source>
        <translation>예정된 점검이 있는 진행 중인 목표가 없습니다. 캘린더 파일에 일정이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Plan (total per period)</source>
        <translation>계획(기간별 합계)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>On track zone ({0}%+ of plan)</source>
        <translation>정상 진행 구간(계획의 {0}% 이상)</translation>
    </message>
    <message>
        <source>At risk zone ({0}–{1}% of plan)</source>
        <translation>위험 구간(계획의 {0}–{1}%)</translation>
    </message>
    <message>
        <source>Not judged (no baseline or plan)</source>
        <translation>판정 불가(기준값 또는 계획 없음)</translation>
    </message>
    <message>
        <source>Not judged: the goal needs a baseline and a plan · latest {0} on {1}</source>
        <translation>판정 불가: 목표에 기준값과 계획이 필요합니다 · 최근 {0}({1})</translation>
    </message>
    <message>
        <source>Healthy band {0}–{1}</source>
        <translation>적정 범위 {0}–{1}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>목표값 {0}</translation>
    </message>
    <message>
        <source>Stretch {0}</source>
        <translation>도전 목표값 {0}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ 낮을수록 좋음</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ 높을수록 좋음</translation>
    </message>
    <message>
        <source>↕ keep inside the band</source>
        <translation>↕ 범위 내 유지</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0}({1}부터)</translation>
    </message>
    <message>
        <source>latest {0} on {1}, plan {2}</source>
        <translation>최근 {0}({1}), 계획 {2}</translation>
    </message>
    <message>
        <source>latest {0} on {1}</source>
        <translation>최근 {0}({1})</translation>
    </message>
    <message>
        <source>No check-in yet · the first is due {0}</source>
        <translation>아직 점검 없음 · 첫 점검 예정일 {0}</translation>
    </message>
    <message>
        <source>No check-in yet · ready to close</source>
        <translation>아직 점검 없음 · 종료 가능</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>종료 가능</translation>
    </message>
    <message>
        <source>Nothing to draw yet: give the goal a baseline, a target and a deadline, then record check-ins.</source>
        <translation>아직 표시할 내용이 없습니다. 목표에 기준값, 목표값, 마감일을 정한 다음 점검을 기록하세요.</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>아직 점검 없음</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Active goals, worst first</source>
        <translation>진행 중인 목표(부진한 순)</translation>
    </message>
    <message>
        <source>No active goals yet. Create a goal, or set a goal&apos;s state to Active, to see it here.</source>
        <translation>아직 진행 중인 목표가 없습니다. 목표를 만들거나 목표 상태를 ‘진행 중’으로 바꾸면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Share of the planned change reached at the latest check-in</source>
        <translation>최근 점검 시점에 달성한 계획 변화의 비율</translation>
    </message>
    <message>
        <source>… and {0} more, not shown (the best of the list)</source>
        <translation>… 외 {0}개는 표시하지 않음(목록에서 가장 양호한 목표)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>범위 안</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>아직 점검 시기 아님</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>아직 점검 없음</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>범위 밖</translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation>기준값보다 나쁨</translation>
    </message>
    <message>
        <source>Its sub-goals side by side · together: {0}</source>
        <translation>하위 목표 비교 · 종합: {0}</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet. Move a goal under it (Goal menu) to compare them here.</source>
        <translation>이 목표에는 아직 하위 목표가 없습니다. 다른 목표를 이 목표 아래로 옮기면(목표 메뉴) 여기에서 비교할 수 있습니다.</translation>
    </message>
    <message>
        <source>{0} more sub-goals not shown</source>
        <translation>표시하지 않은 하위 목표 {0}개</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>in your currency</source>
        <translation>사용 통화 기준</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>건</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Th&amp;is goal</source>
        <translation>이 목표(&amp;I)</translation>
    </message>
    <message>
        <source>Sub-goals side &amp;by side</source>
        <translation>하위 목표 비교(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>차트 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (also on right-click).</source>
        <translation>차트를 PNG 이미지 또는 SVG 벡터 그림으로 저장합니다(마우스 오른쪽 클릭으로도 가능).</translation>
    </message>
    <message>
        <source>Move goals under this one (Goal menu) to compare them here.</source>
        <translation>다른 목표를 이 목표 아래로 옮기면(목표 메뉴) 여기에서 비교할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>MMM yyyy</source>
        <comment>date on a chart axis: month and year</comment>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date on a chart axis: month</comment>
        <translation>M월</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>그리는 중…</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG image…</source>
        <translation>차트를 PNG 이미지로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG drawing…</source>
        <translation>차트를 SVG 벡터 그림으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>차트 복사(&amp;C)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 벡터 그림 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>차트 저장 실패</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Actual value</source>
        <translation>실적값</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>있었던 일(선택 사항)</translation>
    </message>
    <message>
        <source>The day the actual is for: today or an earlier day. Up and Down change it.</source>
        <translation>실적이 해당하는 날짜입니다. 오늘 또는 이전 날짜를 선택하세요. 위/아래 화살표 키로 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>What happened, for whoever reads the history later (optional).</source>
        <translation>나중에 기록을 읽을 사람을 위해 있었던 일을 적으세요(선택 사항).</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>확신도(&amp;O):</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>말하지 않음</translation>
    </message>
    <message>
        <source>How the owner sees the goal going (optional). The status beside it is worked out from the plan and stays as it is.</source>
        <translation>담당자가 보는 목표의 진행 상황입니다(선택 사항). 옆의 상태는 계획에서 계산되며 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Blocker or next step (optional)</source>
        <translation>장애 요인 또는 다음 단계(선택 사항)</translation>
    </message>
    <message>
        <source>What stands in the way, or what happens next (optional).</source>
        <translation>무엇이 가로막고 있는지, 또는 다음에 무엇을 할지(선택 사항).</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>기록(&amp;R)</translation>
    </message>
    <message>
        <source>Don&apos;t save it</source>
        <translation>저장하지 않음</translation>
    </message>
    <message>
        <source>{0} on that day.</source>
        <translation>해당 날짜의 {0} 값을 입력하세요.</translation>
    </message>
    <message>
        <source>{0} on that day, written like {1}.</source>
        <translation>해당 날짜의 {0} 값을 입력하세요(예: {1}).</translation>
    </message>
    <message>
        <source>Or type the two counts below: the actual is worked out from them.</source>
        <translation>또는 아래에 두 건수를 입력하면 실적이 계산됩니다.</translation>
    </message>
    <message>
        <source>A check-in records what happened: choose today or an earlier date.</source>
        <translation>점검은 이미 일어난 일을 기록합니다. 오늘 또는 이전 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>The number of responses cannot be 0.</source>
        <translation>응답 수는 0일 수 없습니다.</translation>
    </message>
    <message>
        <source>{0} is impossible for {1}: it cannot be below {2}.</source>
        <translation>{1}에는 {0} 값이 나올 수 없습니다(범위 {2} 이상).</translation>
    </message>
    <message>
        <source>{0} is impossible for {1} ({2} to {3}).</source>
        <translation>{1}에는 {0} 값이 나올 수 없습니다(범위 {2}~{3}).</translation>
    </message>
    <message>
        <source>Replace check-in with {0}</source>
        <translation>점검을 {0} 값으로 교체</translation>
    </message>
    <message>
        <source>The plan file is still busy. Your check-in is back in the fields: press Record to try again.</source>
        <translation>계획 파일이 아직 사용 중입니다. 입력한 점검 내용을 입력란에 되돌려 놓았으니 ‘기록’을 눌러 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The plan file is busy: another program is writing to it. Your check-in ({0} on {1}) is kept and will be saved as soon as the file is free.</source>
        <translation>계획 파일이 사용 중입니다. 다른 프로그램이 파일에 쓰고 있습니다. 입력한 점검({1}, {0})은 보관되며 파일을 사용할 수 있게 되는 즉시 저장됩니다.</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>목표가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Record check-in {0}</source>
        <translation>점검 기록 {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>&amp;Delete check-in</source>
        <translation>점검 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>목표가 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>점검 수정</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>점검 삭제</translation>
    </message>
</context>
<context>
    <name>CheckInQuestions</name>
    <message>
        <source>A slip of the keyboard is easy to make. Record it anyway?</source>
        <translation>키를 잘못 누르기 쉽습니다. 그래도 기록하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Record anyway</source>
        <translation>그래도 기록(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check the value</source>
        <translation>값 확인(&amp;C)</translation>
    </message>
    <message>
        <source>{0} is far outside what this goal has seen ({1} to {2}).</source>
        <translation>{0} 값은 이 목표에서 지금까지 나온 값({1}~{2})과 크게 동떨어져 있습니다.</translation>
    </message>
    <message>
        <source>{0} is {1} hours.</source>
        <translation>{0} 값은 {1}시간에 해당합니다.</translation>
    </message>
    <message>
        <source>{0} is {1} minutes.</source>
        <translation>{0} 값은 {1}분에 해당합니다.</translation>
    </message>
    <message>
        <source>{0} is already recorded for {1}.</source>
        <translation>{1}에 이미 {0} 값이 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Replace it with {0}, or keep both check-ins for that date?</source>
        <translation>{0} 값으로 교체하시겠습니까, 아니면 그 날짜의 점검을 둘 다 보관하시겠습니까?</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>교체(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>둘 다 보관(&amp;K)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>점검</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>확신도</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <source>The owner&apos;s confidence, as said when recording the check-in.</source>
        <translation>점검을 기록할 때 말한 담당자의 확신도입니다.</translation>
    </message>
    <message>
        <source>What blocks the goal, or the next step, as said when recording the check-in.</source>
        <translation>점검을 기록할 때 말한 목표의 장애 요인 또는 다음 단계입니다.</translation>
    </message>
    <message>
        <source>How the owner saw the goal going when recording it; the status is worked out from the plan.</source>
        <translation>기록할 때 담당자가 본 목표의 진행 상황입니다. 상태는 계획에서 계산됩니다.</translation>
    </message>
    <message>
        <source>Recorded as {0}</source>
        <translation>기록된 값: {0}</translation>
    </message>
    <message>
        <source>The planned total of the period of this date, which it is judged against.</source>
        <translation>이 날짜가 속한 기간의 계획 합계로, 점검은 이 값을 기준으로 판정됩니다.</translation>
    </message>
    <message>
        <source>The plan on this date, which the check-in is judged against.</source>
        <translation>이 날짜의 계획으로, 점검은 이 계획을 기준으로 판정됩니다.</translation>
    </message>
    <message>
        <source>Owner&apos;s confidence: {0}</source>
        <translation>담당자 확신도: {0}</translation>
    </message>
    <message>
        <source>Blocker or next step: {0}</source>
        <translation>장애 요인 또는 다음 단계: {0}</translation>
    </message>
    <message>
        <source>The share of the planned change made so far (100% is on plan).</source>
        <translation>지금까지 달성한 계획 변화의 비율입니다(100%면 계획대로).</translation>
    </message>
</context>
<context>
    <name>CloseGoalDialog</name>
    <message>
        <source>Close goal</source>
        <translation>목표 종료</translation>
    </message>
    <message>
        <source>Say how the goal ended and what the team learned. The goal leaves the list of open goals; Undo or Goal → Reopen brings it back.</source>
        <translation>목표가 어떻게 끝났는지, 팀이 무엇을 배웠는지 적으세요. 목표는 진행 중인 목표 목록에서 빠지며, 실행 취소나 목표 → 다시 열기로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>The target was reached.</source>
        <translation>목표값에 도달했습니다.</translation>
    </message>
    <message>
        <source>The deadline came before the target.</source>
        <translation>목표값에 도달하기 전에 마감일이 되었습니다.</translation>
    </message>
    <message>
        <source>Stopped on purpose: priorities changed.</source>
        <translation>의도적으로 중단: 우선순위가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>What worked, what did not, what the next goal should do differently</source>
        <translation>효과가 있었던 것, 없었던 것, 다음 목표에서 달리 할 것</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name</source>
        <translation>검토자 이름</translation>
    </message>
    <message>
        <source>on</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>결과:</translation>
    </message>
    <message>
        <source>&amp;Final value:</source>
        <translation>최종값(&amp;F):</translation>
    </message>
    <message>
        <source>What was &amp;learned:</source>
        <translation>배운 점(&amp;L):</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>검토 승인자(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Close goal</source>
        <translation>목표 종료(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the date of the sign-off.</source>
        <translation>승인 날짜를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <source>This goal is closed. To record more check-ins, reopen it (Goal → Reopen goal).</source>
        <translation>이 목표는 종료되었습니다. 점검을 더 기록하려면 다시 여세요(목표 → 목표 다시 열기).</translation>
    </message>
    <message>
        <source>What was learned: {0}</source>
        <translation>배운 점: {0}</translation>
    </message>
    <message>
        <source>No lessons recorded.</source>
        <translation>기록된 배운 점이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>종료됨: {outcome}</translation>
    </message>
    <message>
        <source>signed off by {name} on {day}</source>
        <translation>{name} 님이 {day}에 검토 승인</translation>
    </message>
    <message>
        <source>signed off by {name}</source>
        <translation>{name} 님이 검토 승인</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>날짜를 입력하세요.</translation>
    </message>
    <message>
        <source>Which year? Write it with four digits, e.g. “{0}”.</source>
        <translation>어느 연도인가요? 네 자리로 쓰세요. 예: “{0}”.</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it like {1} or {2}.</source>
        <translation>“{0}” 값은 날짜가 아닙니다. {1} 또는 {2}처럼 쓰세요.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>달력에서 선택(Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>범위 내 유지</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>{0} — ready to close</source>
        <translation>{0} — 종료 가능</translation>
    </message>
    <message>
        <source>Past its deadline. Press Enter or double-click to close it (Goal → Close…).</source>
        <translation>마감일이 지났습니다. Enter 키를 누르거나 두 번 클릭하여 종료하세요(목표 → 목표 종료…).</translation>
    </message>
    <message>
        <source>{0} — due today</source>
        <translation>{0} — 오늘 예정</translation>
    </message>
    <message numerus="yes">
        <source>{0} — due {1}, %n day(s) late</source>
        <translation>
            <numerusform>{0} — {1} 예정, %n일 지남</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to record this check-in.</source>
        <translation>Enter 키를 누르거나 두 번 클릭하여 이 점검을 기록하세요.</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt; · ready to close: {1}</source>
        <translation>&lt;b&gt;지금 해야 할 점검: {0}&lt;/b&gt; · 종료 가능: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;지금 해야 할 점검: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals ready to close: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;종료 가능한 목표: {0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>예정된 점검이 없습니다.</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>주간 검토…</translation>
    </message>
    <message>
        <source>Record every due check-in in one table (View → Weekly review).</source>
        <translation>기한이 된 모든 점검을 한 표에서 기록합니다(보기 → 주간 검토).</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the sample plan</source>
        <translation>예제 계획 열기</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>아직 목표가 없습니다</translation>
    </message>
    <message>
        <source>Turn a wish like “shorter waits” into a goal your team can meet: what, who, by when, why, and the number that shows it. Or look around the sample plan of a support department first.</source>
        <translation>“대기 시간 단축” 같은 바람을 팀이 달성할 수 있는 목표로 바꿔 보세요. 무엇을, 누가, 언제까지, 왜 하는지와 이를 보여 줄 숫자를 정합니다. 먼저 고객 지원 부서의 예제 계획을 둘러봐도 좋습니다.</translation>
    </message>
    <message>
        <source>Create your first goal</source>
        <translation>첫 목표 만들기</translation>
    </message>
    <message>
        <source>No plan is open</source>
        <translation>열린 계획이 없습니다</translation>
    </message>
    <message>
        <source>Open a plan file, start a new one from the File menu, or look at the sample plan.</source>
        <translation>계획 파일을 열거나, 파일 메뉴에서 새 계획 파일을 만들거나, 예제 계획을 살펴보세요.</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>계획 열기…</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong inside goalplanner. Your saved work is safe; what you were doing may not have finished.</source>
        <translation>goalplanner 내부에서 문제가 발생했습니다. 저장된 작업은 안전하지만, 진행 중이던 작업은 완료되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>점검 기록</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>도전 목표값</translation>
    </message>
    <message>
        <source>Healthy band</source>
        <translation>적정 범위</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>최근 실적</translation>
    </message>
    <message>
        <source>Latest on</source>
        <translation>최근 점검일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>하위 목표 포함</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>판정 기준</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>달성률</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>확신도</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>장애 요인 또는 다음 단계</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>분자</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>분모</translation>
    </message>
    <message>
        <source>Weekly plan: type each week&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>주간 계획: 노란색 셀에 주별 실적을 입력하면 차트에 반영됩니다.</translation>
    </message>
    <message>
        <source>Monthly plan: type each month&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>월간 계획: 노란색 셀에 월별 실적을 입력하면 차트에 반영됩니다.</translation>
    </message>
    <message>
        <source>Weekly plan (for reference)</source>
        <translation>주간 계획(참고용)</translation>
    </message>
    <message>
        <source>Monthly plan (for reference)</source>
        <translation>월간 계획(참고용)</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>계획 대비 실적</translation>
    </message>
    <message>
        <source>{metric}: a number from {low} to {high}.</source>
        <translation>{metric}: {low}~{high} 범위의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>{metric}: a number of at least {low}.</source>
        <translation>{metric}: {low} 이상의 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>Not a possible value</source>
        <translation>입력할 수 없는 값</translation>
    </message>
    <message>
        <source>“{goal}” ({sheet})</source>
        <translation>“{goal}” ({sheet})</translation>
    </message>
    <message>
        <source>Goal plan: {plan}</source>
        <translation>목표 계획: {plan}</translation>
    </message>
    <message>
        <source>SMART goals, their plans and check-ins</source>
        <translation>SMART 목표와 계획 및 점검 기록</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>keep inside the band</source>
        <translation>범위 내 유지</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>Exported on {day}</source>
        <translation>내보낸 날짜: {day}</translation>
    </message>
    <message>
        <source>Exported on {day} by {person}</source>
        <translation>내보낸 날짜: {day}, 내보낸 사람: {person}</translation>
    </message>
    <message>
        <source>{status}: {percent}% or more of the planned change made</source>
        <translation>{status}: 계획한 변화의 {percent}% 이상 달성</translation>
    </message>
    <message>
        <source>{status}: {low}–{high}%</source>
        <translation>{status}: {low}–{high}%</translation>
    </message>
    <message>
        <source>{status}: under {percent}%, or worse than the baseline</source>
        <translation>{status}: {percent}% 미만 또는 기준값보다 나쁨</translation>
    </message>
    <message>
        <source>{status}: the target is reached</source>
        <translation>{status}: 목표값 도달</translation>
    </message>
    <message>
        <source>owner: {confidence}</source>
        <translation>책임자: {confidence}</translation>
    </message>
    <message>
        <source>How the owner sees the goal: {choices}.</source>
        <translation>책임자가 보는 목표 상황: {choices}.</translation>
    </message>
    <message>
        <source>{status}: the worst status of the goal and the goals under it</source>
        <translation>{status}: 목표와 하위 목표 중 가장 나쁜 상태</translation>
    </message>
    <message>
        <source>Agents – {goal}</source>
        <translation>상담사 – {goal}</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric}({unit})</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual in the yellow cells. The team row is computed from the agents: {rule}.</source>
        <translation>노란색 셀에 상담사별 실적을 입력하세요. 팀 행은 상담사 실적으로 계산됩니다: {rule}.</translation>
    </message>
    <message>
        <source>the sum of their values</source>
        <translation>상담사 실적의 합계</translation>
    </message>
    <message>
        <source>their values weighted by the contacts each handled</source>
        <translation>상담사별 처리한 문의 수로 가중한 평균</translation>
    </message>
    <message>
        <source>their shares weighted by each one&apos;s contacts, which is all numerators over all contacts</source>
        <translation>상담사별 문의 수로 가중한 비율, 즉 전체 분자를 전체 문의 수로 나눈 값</translation>
    </message>
    <message>
        <source>done when every agent&apos;s is done</source>
        <translation>모든 상담사가 완료하면 완료</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Team (from the agents)</source>
        <translation>팀(상담사 기준)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>팀 계획</translation>
    </message>
    <message>
        <source>Agents reported</source>
        <translation>보고한 상담사</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>팀 합계</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>처리한 문의 수</translation>
    </message>
    <message>
        <source>Contacts counted (the base of the share)</source>
        <translation>집계한 문의 수(비율의 분모)</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>리소스</translation>
    </message>
    <message>
        <source>For reading: change them in goalplanner. Import brings back only the actuals.</source>
        <translation>참고용입니다. 변경은 goalplanner에서 하세요. 가져오기는 실적만 불러옵니다.</translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel로 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n goal(s) to {0}</source>
        <translation>
            <numerusform>목표 %n개를 내보냈습니다: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with changes</source>
        <translation>내보내기 완료(일부 변경됨)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>통합 문서를 저장하지 못함</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>실적 가져오기</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>가져온 항목 없음</translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual(s)</source>
        <translation>
            <numerusform>실적 %n건 가져오기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n actual(s) from {0}</source>
        <translation>
            <numerusform>{0}에서 실적 %n건을 가져왔습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; goalplanner reads workbooks of up to {limit} MB. Nothing was imported.</source>
        <translation>{path} 파일의 크기는 {size}MB입니다. goalplanner는 최대 {limit}MB의 통합 문서만 읽을 수 있습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>{path} 파일은 Excel 통합 문서(.xlsx)가 아닙니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is malformed: it would unpack to far more data than a plan holds ({reason}). Nothing was imported.</source>
        <translation>{path} 파일의 형식이 잘못되었습니다. 압축을 풀면 계획에 담길 수 있는 양보다 훨씬 많은 데이터가 됩니다({reason}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook ({reason}). Nothing was imported.</source>
        <translation>{path} 파일을 통합 문서로 읽을 수 없습니다({reason}). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>{path} has {count} {what} in its part {part}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} 파일의 {part} 구성 요소에 있는 {what} 수({count})가 최대 허용치({limit})를 넘습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>XML elements</source>
        <translation>XML 요소</translation>
    </message>
    <message>
        <source>cells in one row</source>
        <translation>한 행의 셀</translation>
    </message>
    <message>
        <source>XML elements in one row</source>
        <translation>한 행의 XML 요소</translation>
    </message>
    <message>
        <source>levels of nested XML elements</source>
        <translation>XML 요소 중첩 단계</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook: its part {part} declares XML entities or a document type, which no workbook does. Nothing was imported.</source>
        <translation>{path} 파일을 통합 문서로 읽을 수 없습니다. {part} 구성 요소에 XML 엔터티 또는 문서 유형이 선언되어 있는데, 통합 문서에는 이런 선언이 들어가지 않습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} was not exported by goalplanner, so there is nothing in it to import. Export the plan (File → Export to Excel), fill in the Actual column, and import that workbook.</source>
        <translation>{path} 파일은 goalplanner에서 내보낸 파일이 아니므로 가져올 내용이 없습니다. 계획을 내보내고(파일 → Excel로 내보내기) 실적 열을 채운 다음 그 통합 문서를 가져오세요.</translation>
    </message>
    <message>
        <source>{path} was exported by a goalplanner whose workbook layout (version {found}) this one does not read (version {ours}). Nothing was imported.</source>
        <translation>{path} 파일은 다른 버전의 goalplanner에서 내보낸 파일로, 이 버전(구조 버전 {ours})은 그 통합 문서 구조(버전 {found})를 읽을 수 없습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} was exported from another plan ({plan}), not from the plan that is open. Open that plan to import it. Nothing was imported.</source>
        <translation>{path} 파일은 현재 열린 계획이 아닌 다른 계획({plan})에서 내보낸 파일입니다. 가져오려면 그 계획을 여세요. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} has {count} {what}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} 파일의 {what} 수({count})가 최대 허용치({limit})를 넘습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>The plan changed while {path} was being read (a check-in was recorded or edited). Nothing was imported; import the workbook again to see the changes against the plan as it is now.</source>
        <translation>{path} 파일을 읽는 동안 계획이 변경되었습니다(점검이 기록되거나 수정됨). 아무것도 가져오지 않았습니다. 현재 계획을 기준으로 변경 내용을 보려면 통합 문서를 다시 가져오세요.</translation>
    </message>
    <message>
        <source>{path} could not be written: it is open in another program, or you may not change it. Close it there (or choose another name) and try again.</source>
        <translation>{path} 파일을 저장할 수 없습니다. 다른 프로그램에서 열려 있거나 변경 권한이 없습니다. 그 프로그램에서 파일을 닫고(또는 다른 이름을 선택하고) 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only. Choose another folder.</source>
        <translation>{path} 파일을 저장할 수 없습니다. 폴더가 읽기 전용입니다. 다른 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space and try again.</source>
        <translation>{path} 파일을 저장할 수 없습니다. 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder does not exist.</source>
        <translation>{path} 파일을 저장할 수 없습니다. 폴더가 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>{path} 파일을 저장할 수 없습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>{where}: the text has {length} characters, more than the {limit} an Excel cell holds; the workbook shows the first {limit}, the plan keeps it all.</source>
        <translation>{where}: 텍스트가 {length}자로, Excel 셀 한도인 {limit}자를 넘습니다. 통합 문서에는 처음 {limit}자만 표시되며, 계획에는 전체 내용이 보존됩니다.</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number Excel can hold; left empty.</source>
        <translation>{where}: {value} 값은 Excel에 저장할 수 없는 숫자이므로 비워 두었습니다.</translation>
    </message>
</context>
<context>
    <name>FillNote</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Put back the fields as they were before the sentence was read</source>
        <translation>문장을 읽기 전의 상태로 입력란을 되돌립니다</translation>
    </message>
    <message>
        <source>metric {0}</source>
        <translation>지표 {0}</translation>
    </message>
    <message>
        <source>direction {0}</source>
        <translation>방향 {0}</translation>
    </message>
    <message>
        <source>unit {0}</source>
        <translation>단위 {0}</translation>
    </message>
    <message>
        <source>baseline {0}</source>
        <translation>기준값 {0}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>목표값 {0}</translation>
    </message>
    <message>
        <source>deadline {0}</source>
        <translation>마감일 {0}</translation>
    </message>
    <message>
        <source>Filled from your sentence: {0}.</source>
        <translation>입력한 문장에서 채운 항목: {0}.</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message numerus="yes">
        <source>Split “{0}” among %n agents</source>
        <translation>
            <numerusform>“{0}” 목표를 상담사 %n명에게 나누기</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <source>You have an unfinished goal, “{0}”, last changed on {1} at {2}. Resume it?</source>
        <translation>작성 중이던 목표 “{0}”이(가) 있습니다(마지막 변경: {1} {2}). 이어서 작성하시겠습니까?</translation>
    </message>
    <message>
        <source>You have unfinished changes to the goal “{0}”, last changed on {1} at {2}. Resume them?</source>
        <translation>“{0}” 목표에 마치지 않은 변경 내용이 있습니다(마지막 변경: {1} {2}). 이어서 편집하시겠습니까?</translation>
    </message>
    <message>
        <source>Unfinished goal</source>
        <translation>작성 중이던 목표</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>이어서 작성(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>“{0}” 목표 편집</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>목표 삭제</translation>
    </message>
    <message>
        <source>Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.</source>
        <translation>“{0}” 목표를 계획 및 점검 기록과 함께 삭제하시겠습니까? 하위 목표는 상위 목표 없이 남습니다.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제하지 못함</translation>
    </message>
    <message>
        <source>(top level: no parent)</source>
        <translation>(최상위: 상위 목표 없음)</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>목표 이동</translation>
    </message>
    <message>
        <source>Put “{0}” under:</source>
        <translation>“{0}” 목표를 옮길 상위 목표:</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>이동할 수 없음</translation>
    </message>
    <message>
        <source>That goal sits under this one: moving would make a loop.</source>
        <translation>선택한 목표가 이 목표의 하위에 있어, 이동하면 순환 구조가 됩니다.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>이동하지 못함</translation>
    </message>
    <message>
        <source>Not split</source>
        <translation>나누지 못함</translation>
    </message>
    <message>
        <source>Take “{0}”&apos;s actuals from its agents</source>
        <translation>“{0}” 실적을 상담사에게서 가져오기</translation>
    </message>
    <message>
        <source>Use “{0}”&apos;s own check-ins</source>
        <translation>“{0}” 자체 점검 기록 사용</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation>점검 기록(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>계획(&amp;P)</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>차트(&amp;T)</translation>
    </message>
    <message>
        <source>Reso&amp;urces</source>
        <translation>리소스(&amp;U)</translation>
    </message>
    <message>
        <source>Team week grid…</source>
        <translation>팀 주간 입력표…</translation>
    </message>
    <message>
        <source>last judged: {0}</source>
        <translation>마지막 판정: {0}</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>범위 안</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>범위 밖</translation>
    </message>
    <message>
        <source>{0}% of the planned change</source>
        <translation>계획한 변화의 {0}%</translation>
    </message>
    <message>
        <source>at this pace inside the band by the deadline</source>
        <translation>이 속도면 마감일에 범위 안</translation>
    </message>
    <message>
        <source>at this pace outside the band by the deadline</source>
        <translation>이 속도면 마감일에 범위 밖</translation>
    </message>
    <message>
        <source>at this pace {0} by the deadline</source>
        <translation>이 속도면 마감일에 {0}</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>종료 가능</translation>
    </message>
    <message>
        <source>next check-in {0}</source>
        <translation>다음 점검 {0}</translation>
    </message>
    <message>
        <source>with sub-goals: {0}</source>
        <translation>하위 목표 포함: {0}</translation>
    </message>
</context>
<context>
    <name>GoalListPane</name>
    <message>
        <source>Search goals (Ctrl+F)</source>
        <translation>목표 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>모든 책임자</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>진행 중인 목표</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>모든 지표</translation>
    </message>
</context>
<context>
    <name>GoalState</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>미달성</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>중단</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>하위 목표 포함</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근 실적</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표값</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>마감일</translation>
    </message>
    <message>
        <source>{0} · ready to close</source>
        <translation>{0} · 종료 가능</translation>
    </message>
    <message>
        <source> — {0}% of the planned change so far</source>
        <translation> — 지금까지 계획한 변화의 {0}% 달성</translation>
    </message>
    <message>
        <source>The deadline has passed or the last check-in is in: nothing more is due.</source>
        <translation>마감일이 지났거나 마지막 점검이 기록되었습니다. 더 이상 해야 할 점검이 없습니다.</translation>
    </message>
    <message>
        <source>With its sub-goals: {0}</source>
        <translation>하위 목표 포함: {0}</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>New goal</source>
        <translation>새 목표</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>목표 편집</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>목표 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>목표를 저장하지 못함</translation>
    </message>
    <message>
        <source>Stop entering this goal?</source>
        <translation>이 목표 입력을 중단하시겠습니까?</translation>
    </message>
    <message>
        <source>What you typed can be kept as a draft to finish later, or thrown away.</source>
        <translation>입력한 내용을 초안으로 보관해 나중에 마무리하거나 버릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>초안으로 보관(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue editing</source>
        <translation>계속 편집(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GuardrailDialog</name>
    <message>
        <source>Guardrail</source>
        <translation>가드레일</translation>
    </message>
    <message>
        <source>A speed, cost or volume goal can hurt service when pushed alone. Choose the quality goal that guards it: its status is shown beside this goal&apos;s wherever it appears, and this goal is never shown on track while its guardrail is off track.</source>
        <translation>속도, 비용, 물량 목표만 밀어붙이면 서비스 품질이 떨어질 수 있습니다. 이 목표를 지켜 줄 품질 목표를 고르세요. 이 목표의 상태가 표시되는 곳마다 가드레일의 상태가 옆에 표시되며, 가드레일이 궤도 이탈인 동안에는 이 목표가 정상 진행으로 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Guarded by</source>
        <translation>가드레일 목표(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>이 계획</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>이 계획의 백업</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Your data folder (your default plan, the sample plans)</source>
        <translation>데이터 폴더(기본 계획, 예제 계획)</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>오류 로그</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>goalplanner Help</source>
        <translation>goalplanner 도움말</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>목차</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide to the first week</source>
        <translation>첫 주 안내서(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;SMART goals in brief</source>
        <translation>SMART 목표 한눈에 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where your plan is kept</source>
        <translation>계획이 저장되는 곳(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import actuals from {0}</source>
        <translation>{0}에서 실적 가져오기</translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} unchanged.</source>
        <translation>신규 {0}건, 변경 {1}건, 변경 없음 {2}건.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) need correcting: nothing will be imported.</source>
        <translation>
            <numerusform>수정이 필요한 셀이 %n개 있어 아무것도 가져오지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check.</source>
        <translation>
            <numerusform>확인할 값이 %n개 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재 값</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져올 값</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>new</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Nothing can be imported until these cells are corrected in the workbook (or emptied). Then import it again.</source>
        <translation>통합 문서에서 이 셀들을 수정하거나 비우기 전에는 아무것도 가져올 수 없습니다. 수정한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Check these values: they will be imported as they are.</source>
        <translation>이 값들을 확인하세요. 입력된 그대로 가져옵니다.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n actual(s)</source>
        <translation>
            <numerusform>실적 %n건 가져오기(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no new or changed actuals.</source>
        <translation>통합 문서에 새로 추가되거나 변경된 실적이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the sheet is missing (renamed or deleted?)</source>
        <translation>시트가 없습니다(이름이 바뀌었거나 삭제되었을 수 있습니다)</translation>
    </message>
    <message>
        <source>its goal is no longer in the plan</source>
        <translation>해당 목표가 더 이상 계획에 없습니다</translation>
    </message>
    <message>
        <source>the goal&apos;s check-ins are now {period}, but the sheet holds its {old} plan: export it again</source>
        <translation>목표는 이제 {period} 점검인데 시트에는 {old} 계획이 들어 있습니다. 통합 문서를 다시 내보내세요</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>주간</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>월간</translation>
    </message>
    <message>
        <source>“{label}” is not a period of the goal&apos;s plan any more (rows moved, or the plan was remade)</source>
        <translation>“{label}” 기간은 더 이상 목표 계획에 없습니다(행이 이동되었거나 계획이 다시 만들어졌습니다)</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}” 값은 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>a date or time, not a number</source>
        <translation>숫자가 아니라 날짜 또는 시간입니다</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric} ({low} to {high})</source>
        <translation>{metric}에는 {value} 값이 나올 수 없습니다({low}~{high})</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric}: it cannot be below {low}</source>
        <translation>{metric}에는 {value} 값이 나올 수 없습니다({low} 이상)</translation>
    </message>
    <message>
        <source>not imported: the goal takes its actuals from its agents; type theirs, or switch it back to its own check-ins</source>
        <translation>가져오지 않음: 이 목표의 실적은 상담사에게서 가져옵니다. 상담사의 실적을 입력하거나 목표를 자체 점검 기록으로 되돌리세요</translation>
    </message>
    <message>
        <source>{label} appears twice in the sheet</source>
        <translation>시트에 {label} 기간이 두 번 나옵니다</translation>
    </message>
    <message>
        <source>{value} was typed as a percentage, but the metric is not measured in per cent</source>
        <translation>{value} 값이 백분율로 입력되었지만 이 지표는 %로 측정하지 않습니다</translation>
    </message>
    <message>
        <source>{label} has not started yet: actuals are recorded for periods that have begun</source>
        <translation>{label} 기간은 아직 시작되지 않았습니다. 실적은 시작된 기간에만 기록합니다</translation>
    </message>
    <message>
        <source>{value} is far outside what this goal has seen for {metric} ({low} to {high}): check it is right</source>
        <translation>{value} 값은 이 목표의 {metric} 지표에서 지금까지 나온 값({low}~{high})과 크게 동떨어져 있습니다. 올바른 값인지 확인하세요</translation>
    </message>
    <message>
        <source>“{value}” is not a confidence: choose {choices}, or leave it blank. The actual is imported without it</source>
        <translation>“{value}”은(는) 확신도가 아닙니다: {choices} 중에서 고르거나 비워 두세요. 실적은 확신도 없이 가져옵니다</translation>
    </message>
    <message>
        <source>a confidence or next step is recorded with the period&apos;s actual: type the actual too, or it is not imported</source>
        <translation>확신도나 다음 단계는 해당 기간의 실적과 함께 기록됩니다: 실적도 입력하세요. 그렇지 않으면 가져오지 않습니다</translation>
    </message>
    <message>
        <source>another check-in of this goal is already recorded on {day} ({other}); it is kept, so that day will have two</source>
        <translation>이 목표의 다른 점검이 {day}에 이미 기록되어 있습니다({other}). 기존 점검은 그대로 보관되므로 그날의 점검은 두 개가 됩니다</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell as a number, which it is not: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>파일의 이 셀에 “{value}” 값이 숫자로 저장되어 있지만 숫자가 아닙니다. 통합 문서가 손상되었습니다. 스프레드시트 프로그램에서 값을 다시 입력하고 저장하거나 계획을 다시 내보내세요</translation>
    </message>
    <message>
        <source>the cell refers to text number {index} of the workbook, which has only {count}: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>셀이 통합 문서의 {index}번 텍스트를 가리키지만 통합 문서에는 텍스트가 {count}개뿐입니다. 통합 문서가 손상되었습니다. 스프레드시트 프로그램에서 값을 다시 입력하고 저장하거나 계획을 다시 내보내세요</translation>
    </message>
    <message>
        <source>the cell has format number {index}, which the workbook does not have (it has {count}): the workbook is damaged. Save it again in a spreadsheet, or export the plan again</source>
        <translation>셀에 {index}번 서식이 지정되어 있지만 통합 문서에는 그 서식이 없습니다(서식 {count}개). 통합 문서가 손상되었습니다. 스프레드시트 프로그램에서 다시 저장하거나 계획을 다시 내보내세요</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell in a form no spreadsheet writes: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>파일의 이 셀에 “{value}” 값이 어떤 스프레드시트 프로그램도 쓰지 않는 형태로 저장되어 있습니다. 통합 문서가 손상되었습니다. 스프레드시트 프로그램에서 값을 다시 입력하고 저장하거나 계획을 다시 내보내세요</translation>
    </message>
    <message>
        <source>the sheet is damaged (its XML is malformed at line {line}, column {column}) and could not be read. Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>시트가 손상되어(XML 형식이 {line}행 {column}열에서 잘못됨) 읽을 수 없습니다. 스프레드시트 프로그램에서 통합 문서를 다시 저장하거나 계획을 다시 내보내세요</translation>
    </message>
    <message>
        <source>the sheet is damaged and could not be read ({reason}). Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>시트가 손상되어 읽을 수 없습니다({reason}). 스프레드시트 프로그램에서 통합 문서를 다시 저장하거나 계획을 다시 내보내세요</translation>
    </message>
    <message>
        <source>its team goal is no longer in the plan, so the agents&apos; cells were not read</source>
        <translation>팀 목표가 더 이상 계획에 없어 상담사 셀을 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{person} is no longer one of the team&apos;s agents, so this row was not read</source>
        <translation>{person}은(는) 더 이상 팀의 상담사가 아니어서 이 행을 읽지 않았습니다</translation>
    </message>
    <message>
        <source>the agent sheets were laid out by another goalplanner version and were not read</source>
        <translation>상담사 시트가 다른 goalplanner 버전의 형식이어서 읽지 않았습니다</translation>
    </message>
    <message>
        <source>{person}&apos;s {label} is {value} here but {other} on the agent&apos;s own sheet: keep one of them</source>
        <translation>{person}의 {label} 값이 여기서는 {value}, 상담사 본인 시트에서는 {other}입니다: 하나만 남기세요</translation>
    </message>
    <message>
        <source>“{value}” is not a number of contacts: type a number of at least 0</source>
        <translation>“{value}”은(는) 문의 수가 아닙니다: 0 이상의 숫자를 입력하세요</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>최초 응답 시간</translation>
    </message>
    <message>
        <source>Sum of (first human reply - ticket created) / tickets replied to; automatic acknowledgements do not count.</source>
        <translation>(사람의 첫 회신 시각 - 티켓 생성 시각)의 합 / 회신한 티켓 수. 자동 접수 확인 메시지는 제외합니다.</translation>
    </message>
    <message>
        <source>E-mail replies average about 12 hours and many firms never reply (SuperOffice); leading teams answer chat within 40 s, social within 1 h and e-mail within 4 h (Lorikeet).</source>
        <translation>이메일 회신에는 평균 약 12시간이 걸리며 아예 회신하지 않는 기업도 많습니다(SuperOffice). 선도적인 팀은 채팅은 40초, 소셜 미디어는 1시간, 이메일은 4시간 이내에 응답합니다(Lorikeet).</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>평균 처리 시간</translation>
    </message>
    <message>
        <source>(Talk time + hold time + after-call work) / contacts handled.</source>
        <translation>(통화 시간 + 보류 시간 + 후처리 시간) / 처리한 문의 수.</translation>
    </message>
    <message>
        <source>About 6 minutes is the usual convention (Invoca); a Cornell report gives 3 min 10 s (Krisp). Compare with your own baseline.</source>
        <translation>통상 약 6분을 기준으로 봅니다(Invoca). 코넬 대학교 보고서는 3분 10초로 제시합니다(Krisp). 자체 기준값과 비교하세요.</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>평균 해결 시간</translation>
    </message>
    <message>
        <source>Sum of (resolved - created) / tickets resolved; say whether first or full resolution.</source>
        <translation>(해결 시각 - 생성 시각)의 합 / 해결한 티켓 수. 최초 해결인지 완전 해결인지 명시하세요.</translation>
    </message>
    <message>
        <source>No reliable industry figure: use your own baseline.</source>
        <translation>신뢰할 만한 업계 수치가 없습니다. 자체 기준값을 사용하세요.</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>1차 해결률</translation>
    </message>
    <message>
        <source>Contacts resolved at the first contact / all contacts x 100, usually measured by survey.</source>
        <translation>첫 문의에서 해결된 문의 수 / 전체 문의 수 x 100. 보통 설문으로 측정합니다.</translation>
    </message>
    <message>
        <source>69% or less is low, 70-79% good, 80% or more world-class; the average is 67% (SQM Group).</source>
        <translation>69% 이하는 낮음, 70-79%는 양호, 80% 이상은 세계 최고 수준이며, 평균은 67%입니다(SQM Group).</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>고객 만족도(CSAT)</translation>
    </message>
    <message>
        <source>Responses scoring 4 or 5 on a 1-5 scale / all responses x 100 (74 of 107 gives 69%).</source>
        <translation>1-5점 척도에서 4점 또는 5점 응답 수 / 전체 응답 수 x 100(107건 중 74건이면 69%).</translation>
    </message>
    <message>
        <source>Above 80% is excellent (SoGoSurvey); world-class centres reach 85% top-box or more (SQM Group).</source>
        <translation>80%를 넘으면 우수합니다(SoGoSurvey). 세계 최고 수준의 센터는 최고 점수 응답(top-box) 비율 85% 이상을 달성합니다(SQM Group).</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>순추천지수(NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) - % detractors (0-6) on the 0-10 &apos;would you recommend&apos; question.</source>
        <translation>0-10점 ‘추천 의향’ 질문에서 추천 고객(9-10점) 비율(%) - 비추천 고객(0-6점) 비율(%).</translation>
    </message>
    <message>
        <source>Global average about +32 (Observe.AI); telecoms 30 or below, retail 50 or above (CustomerGauge).</source>
        <translation>전 세계 평균은 약 +32입니다(Observe.AI). 통신업은 30 이하, 소매업은 50 이상입니다(CustomerGauge).</translation>
    </message>
    <message>
        <source>Customer effort score (CES): ease, 1-7</source>
        <translation>고객 노력 점수(CES): 용이성, 1-7점</translation>
    </message>
    <message>
        <source>Ease scale, higher is better: mean agreement, 1-7, with &apos;the company made it easy to handle my issue&apos; (CES 2.0); also report the share answering 5-7. Asking how much effort it took instead? Choose the effort scale.</source>
        <translation>용이성 척도, 높을수록 좋음: ‘회사가 내 문제를 쉽게 처리할 수 있게 해 주었다’에 대한 동의 정도의 평균(1-7점, CES 2.0). 5-7점 응답 비율도 함께 보고하세요. 대신 노력이 얼마나 들었는지 묻나요? 노력 척도를 선택하세요.</translation>
    </message>
    <message>
        <source>96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).</source>
        <translation>노력이 많이 드는 경험을 한 고객의 96%는 충성도가 낮아지지만, 노력이 적게 든 고객은 9%에 그칩니다(Gartner).</translation>
    </message>
    <message>
        <source>Customer effort score (CES): effort, 1-5</source>
        <translation>고객 노력 점수(CES): 노력, 1-5점</translation>
    </message>
    <message>
        <source>Effort scale, lower is better: mean answer, 1 (very low effort) to 5 (very high effort), to &apos;how much effort did you personally have to put forth to handle your request?&apos; (the original CES). Asking whether it was easy instead? Choose the ease scale.</source>
        <translation>노력 척도, 낮을수록 좋음: ‘요청을 처리하기 위해 개인적으로 얼마나 많은 노력을 들여야 했습니까?’에 대한 응답의 평균으로, 1(노력이 매우 적음)부터 5(노력이 매우 많음)까지입니다(초기 CES). 대신 쉬웠는지를 묻나요? 용이성 척도를 선택하세요.</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>문의당 비용</translation>
    </message>
    <message>
        <source>Contact-centre operating cost (salaries to software) / contacts handled, per channel.</source>
        <translation>컨택센터 운영비(인건비부터 소프트웨어까지) / 처리한 문의 수, 채널별로 계산.</translation>
    </message>
    <message>
        <source>$540,000 / 120,000 contacts = $4.50 (Klipfolio); live contact about $8.01 against about $0.10 for self-service (Gartner 2019).</source>
        <translation>$540,000 / 문의 120,000건 = $4.50(Klipfolio). 상담사 응대는 약 $8.01, 셀프서비스는 약 $0.10입니다(Gartner 2019).</translation>
    </message>
    <message>
        <source>Agent occupancy</source>
        <translation>상담사 점유율</translation>
    </message>
    <message>
        <source>Time handling contacts / time logged in x 100 (in Erlang terms, traffic / agents).</source>
        <translation>문의 처리 시간 / 로그인 시간 x 100(Erlang 용어로는 트래픽 / 상담사 수).</translation>
    </message>
    <message>
        <source>Aim for 75-85%; 85-90% is pressure, above 90% burns agents out, below 65% is idle time (Call Centre Helper, Turnella).</source>
        <translation>75-85%를 목표로 하세요. 85-90%는 부담이 크고, 90%를 넘으면 상담사가 소진되며, 65% 미만은 유휴 시간입니다(Call Centre Helper, Turnella).</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>후처리 시간</translation>
    </message>
    <message>
        <source>Total wrap-up time / calls handled.</source>
        <translation>총 후처리 시간 / 처리한 통화 수.</translation>
    </message>
    <message>
        <source>Sources range from 30 s to 5 minutes and more: treat as unbenchmarked and use your own baseline.</source>
        <translation>출처에 따라 30초에서 5분 이상까지 다양합니다. 벤치마크가 없다고 보고 자체 기준값을 사용하세요.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>서비스 레벨</translation>
    </message>
    <message>
        <source>(Contacts offered - answered after the threshold - abandoned after the threshold) / offered x 100, e.g. 80% within 20 s.</source>
        <translation>(인입 문의 수 - 기준 시간 이후 응답 수 - 기준 시간 이후 포기 수) / 인입 문의 수 x 100. 예: 20초 이내 80%.</translation>
    </message>
    <message>
        <source>80/20 is the most common target, not a standard (Fonolo).</source>
        <translation>80/20은 가장 흔한 목표일 뿐 표준은 아닙니다(Fonolo).</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>평균 응답 속도</translation>
    </message>
    <message>
        <source>Total queue wait of answered calls / answered calls; abandoned calls are left out.</source>
        <translation>응답한 통화의 총 대기열 대기 시간 / 응답한 통화 수. 포기한 통화는 제외합니다.</translation>
    </message>
    <message>
        <source>Global average about 28 s (Call Centre Helper).</source>
        <translation>전 세계 평균은 약 28초입니다(Call Centre Helper).</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>포기율</translation>
    </message>
    <message>
        <source>Contacts abandoned / contacts offered x 100 (40 of 1,000 is 4%).</source>
        <translation>포기한 문의 수 / 인입 문의 수 x 100(1,000건 중 40건이면 4%).</translation>
    </message>
    <message>
        <source>5-8% is typical (Uniphore); many aim for 3-5% (Convin); ICMI sets no standard.</source>
        <translation>보통 5-8%입니다(Uniphore). 3-5%를 목표로 하는 곳이 많으며(Convin), ICMI는 표준을 정하지 않았습니다.</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>이관율</translation>
    </message>
    <message>
        <source>Contacts transferred / contacts handled x 100; count each call once; IVR to agent is not a transfer.</source>
        <translation>이관한 문의 수 / 처리한 문의 수 x 100. 통화마다 한 번만 세며, IVR에서 상담사로 연결되는 것은 이관이 아닙니다.</translation>
    </message>
    <message>
        <source>Below 10% is a common aim, below 5% excellent (KPI Depot, a vendor source).</source>
        <translation>보통 10% 미만을 목표로 하며, 5% 미만이면 우수합니다(KPI Depot, 벤더 자료).</translation>
    </message>
    <message>
        <source>Net sentiment score</source>
        <translation>순 감성 점수</translation>
    </message>
    <message>
        <source>(Positive mentions - negative mentions) / all mentions x 100, neutral ones counted in the base (80 positive, 20 negative, 100 neutral gives 30).</source>
        <translation>(긍정 언급 수 - 부정 언급 수) / 전체 언급 수 x 100. 중립 언급도 분모에 포함합니다(긍정 80, 부정 20, 중립 100이면 30).</translation>
    </message>
    <message>
        <source>No published benchmark: compare month over month.</source>
        <translation>공개된 벤치마크가 없습니다. 전월과 비교하세요.</translation>
    </message>
    <message>
        <source>Cross-sell close rate</source>
        <translation>교차 판매 성공률</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed / tickets handled x 100 in the period, as the articles measure it. To count only the contacts where an offer was made, choose the per-opportunity rate.</source>
        <translation>기간 중 성사된 교차 판매 및 상향 판매 수 / 처리한 티켓 수 x 100. 관련 기사들이 측정하는 방식입니다. 제안이 이루어진 문의만 세려면 기회당 전환율을 선택하세요.</translation>
    </message>
    <message>
        <source>No verified benchmark: use your own baseline. 47% of business owners say good service raised their cross-selling.</source>
        <translation>검증된 벤치마크가 없습니다. 자체 기준값을 사용하세요. 사업주의 47%는 좋은 서비스 덕분에 교차 판매가 늘었다고 말합니다.</translation>
    </message>
    <message>
        <source>Cross-sell conversion per opportunity</source>
        <translation>기회당 교차 판매 전환율</translation>
    </message>
    <message>
        <source>Cross-sales closed / cross-sell opportunities (contacts where an offer was made) x 100.</source>
        <translation>성사된 교차 판매 수 / 교차 판매 기회 수(제안이 이루어진 문의) x 100.</translation>
    </message>
    <message>
        <source>No verified benchmark: KPI Depot&apos;s 15-25% is unsourced. Use your own baseline.</source>
        <translation>검증된 벤치마크가 없습니다. KPI Depot의 15-25%는 출처가 밝혀져 있지 않습니다. 자체 기준값을 사용하세요.</translation>
    </message>
    <message>
        <source>Milestone: done or not yet</source>
        <translation>마일스톤: 완료 또는 미완료</translation>
    </message>
    <message>
        <source>A yes/no goal with no number, e.g. &apos;launch live chat by 1 March&apos;: check in 0 while it is not done and 1 once it is. It is on track until the deadline while not done, achieved when done, and off track once the deadline passes undone.</source>
        <translation>숫자 없이 예/아니요로 판단하는 목표입니다. 예: ‘3월 1일까지 실시간 채팅 도입’. 완료되기 전에는 0, 완료되면 1로 점검을 기록합니다. 완료되지 않았더라도 마감일까지는 정상 진행, 완료되면 달성이며, 완료되지 않은 채 마감일이 지나면 궤도 이탈입니다.</translation>
    </message>
    <message>
        <source>Split a large launch into dated milestones, each with its own owner.</source>
        <translation>큰 규모의 도입은 날짜를 정한 여러 마일스톤으로 나누고, 마일스톤마다 책임자를 두세요.</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>인입 통화량</translation>
    </message>
    <message>
        <source>Calls (or contacts) received in the period; self-service and fixing root causes bring it down.</source>
        <translation>기간 중 인입된 통화(또는 문의) 수. 셀프서비스와 근본 원인 해결로 줄일 수 있습니다.</translation>
    </message>
    <message>
        <source>Compare with the same period last year to allow for seasons.</source>
        <translation>계절 요인을 감안해 전년 동기와 비교하세요.</translation>
    </message>
    <message>
        <source>Average call wait time</source>
        <translation>평균 통화 대기 시간</translation>
    </message>
    <message>
        <source>Total time callers wait in the queue / calls offered (abandoned calls included).</source>
        <translation>고객이 대기열에서 기다린 총 시간 / 인입 통화 수(포기 통화 포함).</translation>
    </message>
    <message>
        <source>Average speed of answer, the nearest published figure, is about 28 s (Call Centre Helper).</source>
        <translation>공개된 수치 중 가장 가까운 평균 응답 속도는 약 28초입니다(Call Centre Helper).</translation>
    </message>
</context>
<context>
    <name>LoopActions</name>
    <message>
        <source>&amp;Close goal…</source>
        <translation>목표 종료(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reopen goal</source>
        <translation>목표 다시 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;tinue into next period…</source>
        <translation>다음 기간으로 이어가기(&amp;T)…</translation>
    </message>
    <message>
        <source>Reopen goal “{0}”</source>
        <translation>“{0}” 목표 다시 열기</translation>
    </message>
    <message>
        <source>Close goal “{0}”</source>
        <translation>“{0}” 목표 종료</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New plan file…</source>
        <translation>새 계획 파일(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>계획 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation>예제 계획 열기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>지금 백업(&amp;B)</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>백업에서 복원(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Excel로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import actuals from Excel…</source>
        <translation>Excel에서 실적 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Export check-in &amp;dates…</source>
        <translation>점검 날짜 내보내기(&amp;D)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>새 목표(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>목표 편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation>목표 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Move under another goal…</source>
        <translation>다른 목표 아래로 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Find goals</source>
        <translation>목표 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Goals and details</source>
        <translation>목표 및 세부 정보(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Portfolio chart</source>
        <translation>포트폴리오 차트(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About goalplanner</source>
        <translation>goalplanner 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 계획 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>목표(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Select a goal to see its plan and record check-ins.</source>
        <translation>목표를 선택하면 계획을 보고 점검을 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>포트폴리오</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>열린 계획 없음</translation>
    </message>
    <message>
        <source>Goals: {0}</source>
        <translation>목표: {0}</translation>
    </message>
    <message>
        <source>About goalplanner</source>
        <translation>goalplanner 정보</translation>
    </message>
    <message>
        <source>goalplanner {0}
SMART goals for customer-service teams, planned and tracked in a file you own.

Data folder: {1}</source>
        <translation>goalplanner {0}
고객 서비스 팀을 위한 SMART 목표를 직접 관리하는 파일에서 계획하고 추적합니다.

데이터 폴더: {1}</translation>
    </message>
    <message>
        <source>This plan is open here: use this window.</source>
        <translation>이 계획은 이 창에 열려 있습니다. 이 창을 사용하세요.</translation>
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
        <translation>통화 기록</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>일 먼저 (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>월 먼저 (12/31/2025)</translation>
    </message>
    <message>
        <source>Good / Bad</source>
        <translation>좋음 / 나쁨</translation>
    </message>
    <message>
        <source>1 to 5 (4 and 5 count as satisfied)</source>
        <translation>1~5점 (4점과 5점을 만족으로 셈)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>형식(&amp;L)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>날짜 순서(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rating scale</source>
        <translation>평가 척도(&amp;R)</translation>
    </message>
    <message>
        <source>Answered &amp;within (seconds)</source>
        <translation>이 시간 안에 응답(&amp;W) (초)</translation>
    </message>
    <message>
        <source>Only &amp;rows where</source>
        <translation>다음 행만(&amp;R)</translation>
    </message>
    <message>
        <source>{0}: the first rows</source>
        <translation>{0}: 처음 몇 행</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>(모든 행)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (선택)</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>How will you measure it?</source>
        <translation>어떻게 측정할까요?</translation>
    </message>
    <message>
        <source>One metric. Write down where you are now (the baseline) before the target, and ask where the number comes from. A stretch target is optional.</source>
        <translation>지표는 하나만 정합니다. 목표값보다 먼저 현재 수준(기준값)을 적고, 그 숫자의 출처를 확인하세요. 도전 목표값은 선택 사항입니다.</translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation>사용자 지정 지표</translation>
    </message>
    <message>
        <source>% of today&apos;s value (relative)</source>
        <translation>현재 값 대비 %(상대)</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>%포인트</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>지표(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>단위(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>방향(&amp;D)</translation>
    </message>
    <message>
        <source>Base&amp;line (now)</source>
        <translation>기준값(현재)(&amp;L)</translation>
    </message>
    <message>
        <source>Measured &amp;on</source>
        <translation>측정일(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>목표값(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stretch target</source>
        <translation>도전 목표값(&amp;S)</translation>
    </message>
    <message>
        <source>Band &amp;from</source>
        <translation>범위 하한(&amp;F)</translation>
    </message>
    <message>
        <source>Band t&amp;o</source>
        <translation>범위 상한(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hange by</source>
        <translation>변화량(&amp;H)</translation>
    </message>
    <message>
        <source>A metric of your own: give its unit and say whether higher or lower is better.</source>
        <translation>직접 정하는 지표입니다. 단위를 입력하고 높을수록 좋은지 낮을수록 좋은지 정하세요.</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0} 단위</translation>
    </message>
    <message>
        <source>units</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>변화: {0}</translation>
    </message>
    <message>
        <source> ({0}{1}% relative)</source>
        <translation> (상대 {0}{1}%)</translation>
    </message>
    <message>
        <source>“{0}%” can mean two things: {1}% relative takes {2}% to {3}%; {1} points takes it to {4}%.</source>
        <translation>“{0}%”는 두 가지 뜻일 수 있습니다. 상대 {1}%이면 {2}%가 {3}%가 되고, {1}%포인트이면 {4}%가 됩니다.</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>“{0}” 값은 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>정수를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter {0} or more.</source>
        <translation>{0} 이상을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} 여는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop opening this plan; the plan shown now stays open.</source>
        <translation>이 계획 열기를 멈춥니다. 지금 보이는 계획은 그대로 열려 있습니다.</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Plan already open</source>
        <translation>이미 열려 있는 계획</translation>
    </message>
    <message>
        <source>{0} is open in another goalplanner window, which has been brought to the front. One window per plan keeps two windows from saving over each other.</source>
        <translation>{0} 파일이 다른 goalplanner 창에 열려 있어 그 창을 앞으로 가져왔습니다. 계획 하나에 창을 하나만 사용하면 두 창이 서로 덮어써 저장하는 일을 막을 수 있습니다.</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>계획을 찾을 수 없음</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Backups are failing</source>
        <translation>백업이 계속 실패함</translation>
    </message>
    <message>
        <source>This plan cannot be backed up. {0}</source>
        <translation>이 계획을 백업할 수 없습니다. {0}</translation>
    </message>
    <message>
        <source>The plan itself is fine and every change is saved. To keep backups, make {0} a folder you can write to, on a disk with space free, or choose another backup folder by setting {1} before starting goalplanner.</source>
        <translation>계획 자체에는 문제가 없으며 모든 변경 내용이 저장되어 있습니다. 백업을 계속하려면 {0} 폴더에 쓰기 권한이 있고 디스크에 여유 공간이 있도록 하거나, goalplanner를 시작하기 전에 {1} 변수를 설정해 다른 백업 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>이 계획을 열 수 없음</translation>
    </message>
    <message>
        <source>goalplanner can copy it into your plans folder ({0}) and open the copy.</source>
        <translation>goalplanner가 이 파일을 계획 폴더({0})에 복사한 뒤 사본을 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>사본 열기</translation>
    </message>
    <message>
        <source>A verified backup from {0} exists. Restoring copies it to a new file and opens that; the file above stays as it is.</source>
        <translation>{0}에 만든 검증된 백업이 있습니다. 복원하면 백업을 새 파일로 복사해 열며, 위의 파일은 그대로 둡니다.</translation>
    </message>
    <message>
        <source>Open a copy of the backup</source>
        <translation>백업 사본 열기</translation>
    </message>
    <message>
        <source>It holds no plan: it is empty, or was left half-made when goalplanner was stopped while creating it. Replace it with a new, empty plan?</source>
        <translation>이 파일에는 계획이 없습니다. 비어 있거나, goalplanner가 파일을 만드는 도중에 중단되어 완성되지 않은 채 남았습니다. 새 빈 계획으로 교체하시겠습니까?</translation>
    </message>
    <message>
        <source>Replace with a new plan</source>
        <translation>새 계획으로 교체</translation>
    </message>
    <message>
        <source>Setting it aside renames it to {0} in the same folder and opens the plan as it was last saved. Nothing is deleted.</source>
        <translation>따로 두면 같은 폴더에서 이름이 {0}(으)로 바뀌고, 마지막으로 저장된 상태의 계획이 열립니다. 아무것도 삭제되지 않습니다.</translation>
    </message>
    <message>
        <source>Set it aside and open</source>
        <translation>따로 두고 열기</translation>
    </message>
    <message>
        <source>You can also view what can be read of it: goals that read fine are shown, those that cannot be read are listed, and nothing in the file is changed.</source>
        <translation>읽을 수 있는 내용만 볼 수도 있습니다. 정상적으로 읽히는 목표는 표시되고, 읽을 수 없는 목표는 목록으로 나타나며, 파일은 전혀 변경되지 않습니다.</translation>
    </message>
    <message>
        <source>View what can be read</source>
        <translation>읽을 수 있는 내용 보기</translation>
    </message>
    <message>
        <source>{0} could not be renamed: {1}</source>
        <translation>{0}의 이름을 바꿀 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Cannot view this plan</source>
        <translation>이 계획을 볼 수 없음</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (사본)</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>복사 실패</translation>
    </message>
    <message>
        <source>{0} (restored {1})</source>
        <translation>{0} ({1} 복원)</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation>새 계획 파일</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>파일이 이미 있음</translation>
    </message>
    <message>
        <source>{0} already exists. Open it from File → Open plan, or choose another name.</source>
        <translation>{0} 파일이 이미 있습니다. 파일 → 계획 열기에서 열거나 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>계획 열기</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>목표 계획 (*{0});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>예제 계획</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>백업 완료: {0}</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>최근 계획 없음</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>The plan as it will be saved:</source>
        <translation>저장될 계획:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료일</translation>
    </message>
</context>
<context>
    <name>PlanShape</name>
    <message>
        <source>A change of x % every period needs a baseline and a target above zero.</source>
        <translation>기간마다 x% 변화로 계획하려면 기준값과 목표값이 모두 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The target is lower: enter a cut, such as -5.</source>
        <translation>목표값이 더 낮습니다. -5처럼 감소율을 입력하세요.</translation>
    </message>
    <message>
        <source>The target is higher: enter a rise, such as 5.</source>
        <translation>목표값이 더 높습니다. 5처럼 증가율을 입력하세요.</translation>
    </message>
    <message>
        <source>“{0}” is not a number: paste last year&apos;s 12 monthly values.</source>
        <translation>“{0}” 값은 숫자가 아닙니다. 작년 12개월의 월별 값을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>{0} is below zero: monthly values are 0 or more.</source>
        <translation>{0} 값은 0보다 작습니다. 월별 값은 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>{0} values found: give last year&apos;s 12, one for each month from January.</source>
        <translation>값이 {0}개 있습니다. 작년 12개월의 값을 1월부터 달마다 하나씩 입력하세요.</translation>
    </message>
    <message>
        <source>Every month is zero: the plan would not move.</source>
        <translation>모든 달의 값이 0이라 계획이 변하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>주 단위(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>월 단위(&amp;M)</translation>
    </message>
    <message>
        <source>Reset to &amp;curve</source>
        <translation>곡선으로 초기화(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Split among agents…</source>
        <translation>상담사별로 나누기(&amp;S)…</translation>
    </message>
    <message>
        <source>Make one goal per agent, each with their share of the team&apos;s target.</source>
        <translation>상담사마다 팀 목표값의 몫을 가진 목표를 하나씩 만듭니다.</translation>
    </message>
    <message>
        <source>Type over a planned value to fix it: it is locked and the other periods re-spread so the plan still ends at the target.</source>
        <translation>계획값을 덮어써 입력하면 그 값이 고정되고, 계획이 목표값에서 끝나도록 나머지 기간이 재분배됩니다.</translation>
    </message>
    <message>
        <source>Set plan for {0}</source>
        <translation>{0} 계획 설정</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>{0} 고정</translation>
    </message>
    <message>
        <source>Reset plan to curve</source>
        <translation>계획을 곡선으로 초기화</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>A locked value stays when the plan is re-spread.</source>
        <translation>고정된 값은 계획을 재분배해도 바뀌지 않습니다.</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Click a bar to open that goal. Right-click the chart to save or copy it.</source>
        <translation>막대를 클릭하면 해당 목표가 열립니다. 차트를 마우스 오른쪽 버튼으로 클릭하면 저장하거나 복사할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>차트 저장(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n행 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no value for the metric)</source>
        <translation>
            <numerusform>%n행 건너뜀 (지표 값 없음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) counted once</source>
        <translation>
            <numerusform>중복 %n건은 한 번만 셈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the filter</source>
        <translation>
            <numerusform>%n행은 필터로 제외</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Recording it</source>
        <translation>가져오면</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인할 점</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>새 점검</translation>
    </message>
    <message>
        <source>Replaces {0}</source>
        <translation>{0} 대체</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>이미 기록됨</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>기록하지 않음</translation>
    </message>
    <message>
        <source>Few to go on</source>
        <translation>근거가 적음</translation>
    </message>
    <message>
        <source>Period not over</source>
        <translation>기간이 끝나지 않음</translation>
    </message>
    <message>
        <source>Far from what the goal has seen</source>
        <translation>이 목표의 이전 값과 많이 다름</translation>
    </message>
    <message>
        <source>{0} used</source>
        <translation>{0} 사용</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 were read month first; choose the date order if that is wrong.</source>
        <translation>03/04/2025 같은 날짜는 월을 먼저 읽었습니다. 틀렸다면 날짜 순서를 고르세요.</translation>
    </message>
    <message>
        <source>No period of the file falls within the goal&apos;s time: nothing to import.</source>
        <translation>파일의 어느 기간도 목표 기간 안에 있지 않아 가져올 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Import records %n check-in(s).</source>
        <translation>
            <numerusform>가져오면 점검 %n건을 기록합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFromExport</name>
    <message>
        <source>From an &amp;export…</source>
        <translation>내보낸 파일에서(&amp;E)…</translation>
    </message>
    <message>
        <source>From an export: {0}, {1} to {2}.</source>
        <translation>내보낸 파일 기준: {0}, {1}부터 {2}까지.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) rest on fewer than {0}.</source>
        <translation>
            <numerusform>%n개월은 {0}건 미만을 바탕으로 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no finished month: no monthly values from it.</source>
        <translation>내보낸 파일에 끝난 달이 없어 월별 값을 구할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The 12 months up to {0} are needed; the export has nothing for %n month(s): {1}. Nothing was changed.</source>
        <translation>
            <numerusform>{0}까지 12개월이 필요한데 내보낸 파일에 %n개월의 데이터가 없습니다: {1}. 아무것도 바꾸지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatioCounts</name>
    <message>
        <source>{0}: how many were counted in the period. The actual is worked out from the two counts.</source>
        <translation>{0}: 기간 중 해당하는 건수입니다. 실적은 두 건수로 계산됩니다.</translation>
    </message>
    <message>
        <source>{0}: how many there were in all in the period, counted or not.</source>
        <translation>{0}: 해당 여부와 관계없이 기간 중 전체 건수입니다.</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>만족 응답 수</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>응답 수</translation>
    </message>
    <message>
        <source>Resolved first time</source>
        <translation>1차 해결 수</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>문의 수</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>기준 시간 내 응답 수</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>인입 통화 수</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기한 문의 수</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>인입 문의 수</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>이관한 문의 수</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>처리한 문의 수</translation>
    </message>
    <message>
        <source>Sales closed</source>
        <translation>성사된 판매 수</translation>
    </message>
    <message>
        <source>Tickets handled</source>
        <translation>처리한 티켓 수</translation>
    </message>
    <message>
        <source>Offers made</source>
        <translation>제안한 문의 수</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>해당 건수</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>전체 건수</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>{0} (read-only) — goalplanner</source>
        <translation>{0} (읽기 전용) — goalplanner</translation>
    </message>
    <message>
        <source>This plan is damaged and shown read-only: nothing can be changed or saved, and the file is left as it is. What is wrong ({0}), as `goalplanner check` lists it:</source>
        <translation>이 계획은 손상되어 읽기 전용으로 표시됩니다. 아무것도 변경하거나 저장할 수 없으며 파일은 그대로 둡니다. `goalplanner check`가 나열한 문제({0}개):</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… 외 {0}개</translation>
    </message>
    <message>
        <source>goal {0} “{1}”</source>
        <translation>목표 {0} “{1}”</translation>
    </message>
    <message>
        <source>goal {0} (its title cannot be read)</source>
        <translation>목표 {0} (제목을 읽을 수 없음)</translation>
    </message>
    <message>
        <source>Goals that cannot be read, so are not in the list: {0}</source>
        <translation>읽을 수 없어 목록에 없는 목표: {0}</translation>
    </message>
    <message>
        <source>Every goal could be read and is in the list.</source>
        <translation>모든 목표를 읽었으며 모두 목록에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Meeting pack: {0}</source>
        <translation>회의 자료: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} · page {2} of {3}</source>
        <translation>{0} · {1} · {3}쪽 중 {2}쪽</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier check-in(s)</source>
        <translation>
            <numerusform>이전 점검 %n건 더</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active goals: %n</source>
        <translation>
            <numerusform>진행 중인 목표: %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins in the last %n day(s)</source>
        <translation>
            <numerusform>최근 %n일간의 점검</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Who and what it needs</source>
        <translation>담당자와 필요한 자원</translation>
    </message>
    <message>
        <source>Last check-ins</source>
        <translation>최근 점검</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>No check-in recorded yet.</source>
        <translation>아직 기록된 점검이 없습니다.</translation>
    </message>
    <message>
        <source>Goals at a glance</source>
        <translation>목표 한눈에 보기</translation>
    </message>
    <message>
        <source>{0} · as of {1}</source>
        <translation>{0} · {1} 기준</translation>
    </message>
    <message>
        <source>Goals in this pack</source>
        <translation>이 자료의 목표</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>No active goal.</source>
        <translation>진행 중인 목표가 없습니다.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>없음.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print goal sheet…</source>
        <translation>목표 요약서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Save goal s&amp;heet as PDF…</source>
        <translation>목표 요약서를 PDF로 저장(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;meeting pack as PDF…</source>
        <translation>회의 자료를 PDF로 저장(&amp;M)…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Select a goal to print its sheet.</source>
        <translation>요약서를 인쇄할 목표를 선택하세요.</translation>
    </message>
    <message>
        <source>Save goal sheet as PDF</source>
        <translation>목표 요약서를 PDF로 저장</translation>
    </message>
    <message>
        <source>Save meeting pack as PDF</source>
        <translation>회의 자료를 PDF로 저장</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}</source>
        <translation>
            <numerusform>%n쪽을 {0}에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>취소됨: PDF를 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} 저장 중…</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF를 만들지 못함</translation>
    </message>
    <message>
        <source>The plan changed meanwhile; try again.</source>
        <translation>그사이 계획이 바뀌었습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Print goal sheet</source>
        <translation>목표 요약서 인쇄</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>인쇄하지 못함</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>프린터를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sent “{0}” to the printer.</source>
        <translation>“{0}”을(를) 프린터로 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Owner</source>
        <translation>책임자</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>참여자</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>인력</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>필요 상담사 수</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>역량</translation>
    </message>
    <message>
        <source>Yes, available.</source>
        <translation>예, 있습니다.</translation>
    </message>
    <message>
        <source>No, not yet.</source>
        <translation>아니요, 아직 없습니다.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>아직 답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>확보 계획: {plan}</translation>
    </message>
    <message>
        <source>No plan yet: say how the team will get it.</source>
        <translation>아직 확보 계획이 없습니다. 팀이 어떻게 확보할지 적으세요.</translation>
    </message>
    <message>
        <source>Headcount: {headcount}.</source>
        <translation>인원: {headcount}명.</translation>
    </message>
    <message>
        <source>Amount: {amount}.</source>
        <translation>금액: {amount}.</translation>
    </message>
    <message numerus="yes">
        <source>It covers %Ln contact(s).</source>
        <translation>
            <numerusform>문의 %Ln건에 해당하는 금액입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>응대 상담사 %n명, 손실률 반영 후 근무 편성 {scheduled}명이 필요합니다(소수점 이하 올림). {within}초 이내 응답 {service_level}, 평균 대기 {asa}초, 점유율 {occupancy}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Headcount {headcount}: {short} short on the rota.</source>
        <translation>인원 {headcount}명: 근무 편성에 {short}명 부족합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The busiest week needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>가장 바쁜 주에는 응대 상담사 %n명, 손실률 반영 후 근무 편성 {scheduled}명이 필요합니다(소수점 이하 올림). {within}초 이내 응답 {service_level}, 평균 대기 {asa}초, 점유율 {occupancy}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.</source>
        <translation>
            <numerusform>{weeks}주 중 %n주는 상담사가 부족합니다. 가장 부족한 {week}주차에는 {need}명이 필요한데 가용 인원은 {available}명입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills needed: {skills}.</source>
        <translation>필요한 역량: {skills}.</translation>
    </message>
    <message>
        <source>Nobody named yet: name who is responsible for the goal.</source>
        <translation>아직 지정된 사람이 없습니다. 목표를 책임질 사람을 지정하세요.</translation>
    </message>
    <message>
        <source>Nobody named yet: name who checks the goal with the owner.</source>
        <translation>아직 지정된 사람이 없습니다. 책임자와 함께 목표를 검토할 사람을 지정하세요.</translation>
    </message>
    <message>
        <source>Nobody named yet.</source>
        <translation>아직 지정된 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Not worked out. To see how many agents the queue needs, change the resources and tick “Work out the agents each week needs (Erlang C)”.</source>
        <translation>계산하지 않았습니다. 대기열에 필요한 상담사 수를 보려면 리소스를 변경하고 “주별 필요 상담사 수 계산(Erlang C)”을 선택하세요.</translation>
    </message>
    <message>
        <source>Headcount {headcount} is enough.</source>
        <translation>인원 {headcount}명으로 충분합니다.</translation>
    </message>
    <message>
        <source>Worked out for {volume}, handle time {aht} s, {aim} ({whose}), shrinkage {shrinkage} and an occupancy cap of {cap}.</source>
        <translation>계산 조건: {volume}, 처리 시간 {aht}초, {aim}({whose}), 손실률 {shrinkage}, 점유율 상한 {cap}.</translation>
    </message>
    <message>
        <source>{contacts} contacts every {minutes} minutes</source>
        <translation>{minutes}분마다 문의 {contacts}건</translation>
    </message>
    <message>
        <source>last year&apos;s monthly volumes</source>
        <translation>작년 월별 문의량</translation>
    </message>
    <message>
        <source>an average wait of {asa} s</source>
        <translation>평균 대기 {asa}초</translation>
    </message>
    <message>
        <source>{target} answered within {within} s</source>
        <translation>{within}초 이내 응답 {target}</translation>
    </message>
    <message>
        <source>{target} hanging up, at a patience of {patience} s</source>
        <translation>고객 인내 시간 {patience}초 기준 통화 포기 {target}</translation>
    </message>
    <message>
        <source>the goal&apos;s target</source>
        <translation>목표의 목표값</translation>
    </message>
    <message>
        <source>a target typed into the calculator</source>
        <translation>계산기에 입력한 목표</translation>
    </message>
    <message>
        <source>Cannot work it out: {reason}.</source>
        <translation>계산할 수 없습니다: {reason}.</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Can the team do it?</source>
        <translation>팀이 해낼 수 있을까요?</translation>
    </message>
    <message>
        <source>Three questions. Answer each honestly: a “no” does not end the goal, it asks how you will get what is missing.</source>
        <translation>세 가지 질문에 솔직하게 답하세요. “아니요”라고 답해도 목표가 끝나는 것은 아닙니다. 부족한 것을 어떻게 확보할지 묻는 것입니다.</translation>
    </message>
    <message>
        <source>Staff: do we have the people to carry the work?</source>
        <translation>인력: 업무를 감당할 인원이 있습니까?</translation>
    </message>
    <message>
        <source>Budget: can we pay for it, or cut elsewhere?</source>
        <translation>예산: 비용을 감당할 수 있습니까, 아니면 다른 곳에서 줄일 수 있습니까?</translation>
    </message>
    <message>
        <source>Skills: do we have the know-how, or someone to teach it?</source>
        <translation>역량: 필요한 노하우가 있습니까, 아니면 가르쳐 줄 사람이 있습니까?</translation>
    </message>
    <message>
        <source>If no: how will you get it, and by when?</source>
        <translation>‘아니요’라면: 언제까지 어떻게 확보하시겠습니까?</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>보유 여부</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>확보 계획</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Contacts it covers</source>
        <translation>예산으로 처리할 문의 수</translation>
    </message>
    <message>
        <source>e.g. training on the new CRM</source>
        <translation>예: 새 CRM 교육</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>필요한 역량</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Work out the agents each week needs (Erlang C)</source>
        <translation>주별 필요 상담사 수 계산(Erlang C)</translation>
    </message>
    <message>
        <source>For cost per contact: enter the contacts the budget covers to see the total.</source>
        <translation>문의당 비용 목표: 예산으로 처리할 문의 수를 입력하면 총액이 표시됩니다.</translation>
    </message>
    <message>
        <source>at today&apos;s cost</source>
        <translation>현재 비용 기준</translation>
    </message>
    <message>
        <source>at the target</source>
        <translation>목표값 기준</translation>
    </message>
    <message>
        <source>Contacts × cost per contact — {0}</source>
        <translation>문의 수 × 문의당 비용 — {0}</translation>
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <source>Not answered yet: {0}. Answer them to know whether the team can do it.</source>
        <translation>아직 답하지 않은 질문: {0}. 답하면 팀이 해낼 수 있는지 알 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Answer the questions…</source>
        <translation>질문에 답하기(&amp;A)…</translation>
    </message>
    <message>
        <source>What the goal needs and who is on it, as answered in the wizard.</source>
        <translation>마법사에서 답한 대로, 목표에 필요한 것과 참여하는 사람입니다.</translation>
    </message>
    <message>
        <source>C&amp;hange resources…</source>
        <translation>리소스 변경(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>일일 백업</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>‘지금 백업’으로 생성</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>형식 업그레이드 전</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. A copy of the one you choose is saved as a new file beside the plan and opened; the plan and its backups stay as they are.</source>
        <translation>{0}의 백업 목록입니다(최신순). 선택한 백업의 사본을 계획 옆에 새 파일로 저장해 엽니다. 계획과 기존 백업은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>사본 열기(&amp;O)</translation>
    </message>
    <message>
        <source>This plan has no backups yet. File → Back up now makes one.</source>
        <translation>이 계획에는 아직 백업이 없습니다. 파일 → 지금 백업으로 만들 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>검토 및 저장</translation>
    </message>
    <message>
        <source>Read the goal aloud: would the owner know what to do on Monday? Fix what is marked as an error; warnings are worth a second look.</source>
        <translation>목표를 소리 내어 읽어 보세요. 책임자가 월요일에 무엇을 해야 할지 알 수 있을까요? 오류로 표시된 항목은 수정하고, 경고는 한 번 더 살펴보세요.</translation>
    </message>
    <message>
        <source>Every SMART check passes.</source>
        <translation>모든 SMART 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>제안</translation>
    </message>
</context>
<context>
    <name>RollupActions</name>
    <message>
        <source>Roll-&amp;up rule…</source>
        <translation>종합 규칙(&amp;U)…</translation>
    </message>
    <message>
        <source>Guard&amp;rail…</source>
        <translation>가드레일(&amp;R)…</translation>
    </message>
    <message>
        <source>Roll-up rule of “{0}”</source>
        <translation>“{0}”의 종합 규칙</translation>
    </message>
    <message>
        <source>Guardrail of “{0}”</source>
        <translation>“{0}”의 가드레일</translation>
    </message>
</context>
<context>
    <name>RollupRuleDialog</name>
    <message>
        <source>Roll-up rule</source>
        <translation>종합 규칙</translation>
    </message>
    <message>
        <source>How this goal&apos;s status together with its sub-goals is worked out.</source>
        <translation>하위 목표를 포함한 이 목표의 상태를 정하는 방법입니다.</translation>
    </message>
    <message>
        <source>&amp;Worst wins: the worst status of the goal and everything under it</source>
        <translation>가장 나쁜 상태(&amp;W): 이 목표와 그 아래 모든 목표 중 가장 나쁜 상태</translation>
    </message>
    <message>
        <source>W&amp;eighted: graded from the weighted mean of the sub-goals&apos; achievement</source>
        <translation>가중(&amp;E): 하위 목표 달성도의 가중 평균으로 판정</translation>
    </message>
    <message>
        <source>Each sub-goal counts with its latest check-in&apos;s share of the planned change (at most 100%); one without a check-in leaves the mean and the other weights are rescaled. Leave every weight empty for equal shares.</source>
        <translation>각 하위 목표는 최근 점검에서 계획된 변화 중 이룬 비율(최대 100%)로 계산됩니다. 점검이 없는 하위 목표는 평균에서 빠지고 나머지 가중치가 다시 조정됩니다. 모든 가중치를 비워 두면 똑같이 나눕니다.</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>하위 목표</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>균등</translation>
    </message>
    <message>
        <source>Give every sub-goal a weight, or leave them all empty for equal shares.</source>
        <translation>모든 하위 목표에 가중치를 주거나, 모두 비워 두어 똑같이 나누세요.</translation>
    </message>
    <message>
        <source>The weights must make 100%.</source>
        <translation>가중치의 합은 100%여야 합니다.</translation>
    </message>
    <message>
        <source>Total: {0}%</source>
        <translation>합계: {0}%</translation>
    </message>
    <message>
        <source>Equal shares: {0}% each</source>
        <translation>균등 배분: 각 {0}%</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet.</source>
        <translation>이 목표에는 아직 하위 목표가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>support lead</source>
        <translation>고객지원 리더</translation>
    </message>
    <message>
        <source>Be recognised as the leader in customer service in our market, measured by NPS</source>
        <translation>NPS 기준으로 시장에서 고객서비스 선도 기업으로 인정받기</translation>
    </message>
    <message>
        <source>head of customer service</source>
        <translation>고객서비스 총괄</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>고객서비스</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>전 채널</translation>
    </message>
    <message>
        <source>Operations director</source>
        <translation>운영 이사</translation>
    </message>
    <message>
        <source>Customers who recommend us are the cheapest growth we have.</source>
        <translation>우리를 추천하는 고객이야말로 가장 적은 비용으로 얻는 성장 동력입니다.</translation>
    </message>
    <message>
        <source>Company strategy: win on service, not on price.</source>
        <translation>회사 전략: 가격이 아니라 서비스로 승부합니다.</translation>
    </message>
    <message>
        <source>Cut average support call wait time by 50% within six weeks through a plan led by Mark</source>
        <translation>Mark 주도 계획으로 6주 내 지원 통화 평균 대기 시간 50% 단축</translation>
    </message>
    <message>
        <source>Phone team A</source>
        <translation>전화 상담 A팀</translation>
    </message>
    <message>
        <source>Phone team B</source>
        <translation>전화 상담 B팀</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>전화 상담</translation>
    </message>
    <message>
        <source>Inbound support queue</source>
        <translation>인바운드 지원 대기열</translation>
    </message>
    <message>
        <source>Long waits are the first complaint in our surveys and push callers to hang up.</source>
        <translation>긴 대기 시간은 설문에서 불만 1위이며, 고객이 전화를 끊게 만듭니다.</translation>
    </message>
    <message>
        <source>Two senior agents coach the queue on the call-back script.</source>
        <translation>선임 상담사 2명이 대기열 상담사에게 콜백 스크립트를 코칭합니다.</translation>
    </message>
    <message>
        <source>Call-back scheduling, queue monitoring</source>
        <translation>콜백 일정 관리, 대기열 모니터링</translation>
    </message>
    <message>
        <source>Raise e-mail CSAT 25% versus last quarter, from 68% to 85%, within three months</source>
        <translation>3개월 내 이메일 CSAT를 전 분기 대비 25%, 68%에서 85%로 향상</translation>
    </message>
    <message>
        <source>team lead, e-mail</source>
        <translation>이메일 팀장</translation>
    </message>
    <message>
        <source>E-mail support</source>
        <translation>이메일 상담</translation>
    </message>
    <message>
        <source>E-mail channel</source>
        <translation>이메일 채널</translation>
    </message>
    <message>
        <source>Unhappy e-mail customers call back, which lengthens every queue.</source>
        <translation>이메일 응대에 불만인 고객은 다시 전화하고, 그만큼 모든 대기열이 길어집니다.</translation>
    </message>
    <message>
        <source>Cut support call volume 50% versus last year through a self-service library</source>
        <translation>셀프서비스 자료실로 지원 통화량을 전년 대비 50% 감축</translation>
    </message>
    <message>
        <source>self-service lead</source>
        <translation>셀프서비스 리더</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>셀프서비스</translation>
    </message>
    <message>
        <source>Phone support, all products</source>
        <translation>전 제품 전화 상담</translation>
    </message>
    <message>
        <source>Customers would rather find answers themselves; every call avoided frees an agent.</source>
        <translation>고객은 스스로 답을 찾는 편을 선호하며, 통화를 한 건 줄일 때마다 상담사의 여유가 생깁니다.</translation>
    </message>
    <message>
        <source>Fund the knowledge-base licence from the printed-manuals budget.</source>
        <translation>지식 베이스 라이선스 비용은 인쇄 매뉴얼 예산에서 충당합니다.</translation>
    </message>
    <message>
        <source>Technical writing</source>
        <translation>기술 문서 작성</translation>
    </message>
    <message>
        <source>Keep phone agents&apos; occupancy within the healthy 75-85% band every week</source>
        <translation>매주 전화 상담사 점유율을 적정 범위인 75-85%로 유지</translation>
    </message>
    <message>
        <source>Above 85% agents burn out; below 75% we pay for idle time.</source>
        <translation>85%를 넘으면 상담사가 소진되고, 75% 미만이면 유휴 시간에 비용을 치르게 됩니다.</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>6개월간 불필요한 이관 10% 감축</translation>
    </message>
    <message>
        <source>quality lead</source>
        <translation>품질관리 리더</translation>
    </message>
    <message>
        <source>Each needless transfer makes the customer repeat the story. Paired with the goal on beneficial transfers so agents do not stop sending callers to experts.</source>
        <translation>불필요한 이관이 있을 때마다 고객은 같은 이야기를 되풀이해야 합니다. 상담사가 전문가 연결까지 멈추지 않도록 ‘유익한 이관’ 목표와 함께 운영합니다.</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over the same six months</source>
        <translation>같은 6개월간 제품 전문가에게 하는 유익한 이관 5% 증가</translation>
    </message>
    <message>
        <source>The complement of the transfer cut: the right expert at once solves the issue on one call.</source>
        <translation>이관 감축 목표의 보완 목표입니다. 처음부터 적합한 전문가에게 연결되면 한 번의 통화로 문제가 해결됩니다.</translation>
    </message>
    <message>
        <source>transfers/week</source>
        <translation>이관/주</translation>
    </message>
    <message>
        <source>Two agents off sick; call-backs paused.</source>
        <translation>상담사 2명 병가, 콜백 일시 중단.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Spread plans over &amp;working days, not calendar days</source>
        <translation>계획을 달력 일수가 아닌 근무일 기준으로 분배(&amp;W)</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>근무 달력</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>공휴일 없음</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>근무 요일</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>공휴일 기준 국가</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Changes apply to plans made or reset from now on; existing plans keep their values.</source>
        <translation>변경 사항은 앞으로 새로 만들거나 초기화하는 계획에 적용됩니다. 기존 계획의 값은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>시스템 설정({0})</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>시스템 설정</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>전국</translation>
    </message>
</context>
<context>
    <name>ShapePage</name>
    <message>
        <source>How should the plan get there?</source>
        <translation>계획은 어떻게 목표에 도달할까요?</translation>
    </message>
    <message>
        <source>The pace from the baseline to the target. Each week&apos;s and month&apos;s check-in is judged against this plan.</source>
        <translation>기준값에서 목표값까지 가는 속도입니다. 주별·월별 점검은 이 계획을 기준으로 판정됩니다.</translation>
    </message>
    <message>
        <source>S&amp;traight line: the same step every week</source>
        <translation>직선: 매주 같은 폭으로(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;A steady percentage every month or week</source>
        <translation>매월 또는 매주 일정한 비율로(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Front-loaded: most of the change early</source>
        <translation>초반 집중: 변화의 대부분을 초반에(&amp;F)</translation>
    </message>
    <message>
        <source>Bac&amp;k-loaded: most of the change near the deadline</source>
        <translation>후반 집중: 변화의 대부분을 마감일 가까이에(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Like last year: progress comes in the months that went well last year</source>
        <translation>작년 패턴: 작년에 성과가 좋았던 달에 더 많이 진척(&amp;L)</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>Paste last year&apos;s 12 months (a column or a row), or type them: 120 110 130 …</source>
        <translation>작년 12개월 값을 붙여 넣거나(열 또는 행) 직접 입력하세요: 120 110 130 …</translation>
    </message>
    <message>
        <source>Enter a change above -100% and at most 1000%.</source>
        <translation>-100%보다 크고 1000% 이하인 변화율을 입력하세요.</translation>
    </message>
    <message>
        <source>Paste or type last year&apos;s 12 monthly values.</source>
        <translation>작년 12개월의 월별 값을 붙여 넣거나 입력하세요.</translation>
    </message>
    <message>
        <source>The preview appears once the goal has a baseline, a target and a deadline.</source>
        <translation>목표에 기준값, 목표값, 마감일이 정해지면 미리 보기가 나타납니다.</translation>
    </message>
    <message>
        <source>Type a rate to plan with your own.</source>
        <translation>직접 정한 비율로 계획하려면 비율을 입력하세요.</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>읽은 값: {0}</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>매월 {0}이면 마감일까지 {1}에 도달해 {3}보다 {2} 부족합니다.</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>매주 {0}이면 마감일까지 {1}에 도달해 {3}보다 {2} 부족합니다.</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a month would get there.</source>
        <translation>그러면 계획은 마감일에 목표값으로 한 번에 바뀝니다. 매월 {0}이면 목표값에 도달합니다.</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a week would get there.</source>
        <translation>그러면 계획은 마감일에 목표값으로 한 번에 바뀝니다. 매주 {0}이면 목표값에 도달합니다.</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by {2} and holds it to the deadline.</source>
        <translation>매월 {0}이면 {2}까지 {1}에 도달하고 마감일까지 그 값을 유지합니다.</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by {2} and holds it to the deadline.</source>
        <translation>매주 {0}이면 {2}까지 {1}에 도달하고 마감일까지 그 값을 유지합니다.</translation>
    </message>
    <message>
        <source>An even {0} a month ends exactly at the target.</source>
        <translation>매월 균등하게 {0}씩 변하면 정확히 목표값에서 끝납니다.</translation>
    </message>
    <message>
        <source>An even {0} a week ends exactly at the target.</source>
        <translation>매주 균등하게 {0}씩 변하면 정확히 목표값에서 끝납니다.</translation>
    </message>
    <message>
        <source>Halfway to the deadline, in the week ending {0}, the plan is at {1}.</source>
        <translation>마감일까지 절반이 지난 시점({0}에 끝나는 주)에 계획값은 {1}입니다.</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format: a month and its year</comment>
        <translation>yyyy년 M월</translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <source>improve, improving, better, enhance, optimise, optimize, boost, maximise, maximize, minimise, minimize, work on, focus on, try, strive, great, excellent</source>
        <translation>개선, 향상, 강화, 최적화, 극대화, 최소화, 더 나은, 더 좋은, 노력, 힘쓰, 집중, 우수, 탁월</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>매주</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>2주마다</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>매월</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>인력</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>역량</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>높은</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>낮은</translation>
    </message>
    <message>
        <source>Say in one sentence what the team will achieve, e.g. “Cut average call wait time by 50% within six weeks”.</source>
        <translation>팀이 달성할 내용을 한 문장으로 쓰세요. 예: “6주 내 평균 통화 대기 시간 50% 단축”.</translation>
    </message>
    <message>
        <source>“{title}” does not say how much or of what. Name the number that will change and by how much, e.g. “from 68% to 85% CSAT”.</source>
        <translation>“{title}”에는 무엇을 얼마나 바꿀지가 없습니다. 바뀔 숫자와 변화량을 밝히세요. 예: “CSAT 68%에서 85%로”.</translation>
    </message>
    <message>
        <source>Say which team, queue or channel the goal covers.</source>
        <translation>목표가 대상으로 하는 팀, 대기열 또는 채널을 적으세요.</translation>
    </message>
    <message>
        <source>Name one owner who champions the goal; a goal everyone owns, nobody drives.</source>
        <translation>목표를 이끌 책임자 한 명을 정하세요. 모두의 목표는 아무도 이끌지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a metric from the catalogue, or give a custom metric its unit.</source>
        <translation>목록에서 지표를 선택하거나, 사용자 지정 지표의 단위를 정하세요.</translation>
    </message>
    <message>
        <source>Record where you are now (the baseline) before setting a target.</source>
        <translation>목표값을 정하기 전에 현재 수준(기준값)을 기록하세요.</translation>
    </message>
    <message>
        <source>Say when the baseline was measured, so progress is compared with the right period.</source>
        <translation>진행 상황을 올바른 기간과 비교할 수 있도록 기준값을 측정한 날짜를 적으세요.</translation>
    </message>
    <message>
        <source>Set the value the metric should reach.</source>
        <translation>지표가 도달해야 할 값을 정하세요.</translation>
    </message>
    <message>
        <source>For {metric}, {better} is better, but this goal aims the other way. Check the target.</source>
        <translation>{metric} 지표는 {better} 값이 좋지만 이 목표는 반대 방향을 향합니다. 목표값을 확인하세요.</translation>
    </message>
    <message>
        <source>The target equals the baseline: there is nothing to achieve. Set a different target.</source>
        <translation>목표값이 기준값과 같아 달성할 것이 없습니다. 다른 목표값을 정하세요.</translation>
    </message>
    <message>
        <source>Today&apos;s value ({baseline}) already meets the target ({target}). Aim further, or make this a goal to hold the level.</source>
        <translation>현재 값({baseline})이 이미 목표값({target})을 충족합니다. 목표값을 더 도전적으로 정하거나, 현재 수준을 유지하는 목표로 바꾸세요.</translation>
    </message>
    <message>
        <source>A stretch target should go further than the target.</source>
        <translation>도전 목표값은 목표값보다 더 도전적이어야 합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The queue needs %n agent(s) on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</source>
        <translation>
            <numerusform>대기열에는 응대 상담사 %n명(근무 편성 {scheduled}명)이 필요하지만, 인원이 {headcount}명이면 손실률 반영 후 약 {available}명이 가용합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which runs from {low} to {high}.</source>
        <translation>{metric}의 범위는 {low}~{high}이므로 {value} {unit} 값은 나올 수 없습니다.</translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which cannot be below {low}.</source>
        <translation>{metric}의 값은 {low} 이상이어야 하므로 {value} {unit} 값은 나올 수 없습니다.</translation>
    </message>
    <message>
        <source>A 100% cut cannot be reached for a metric that never goes below zero. Choose a target above zero.</source>
        <translation>0 밑으로 내려가지 않는 지표는 100% 감소를 달성할 수 없습니다. 0보다 큰 목표값을 정하세요.</translation>
    </message>
    <message>
        <source>A {change} change is likely unrealistic: asks of 75% or more demoralise teams. Split it into stages, or make it the stretch target.</source>
        <translation>{change} 변화는 비현실적일 가능성이 큽니다. 75% 이상을 요구하면 팀의 사기가 떨어집니다. 단계로 나누거나 도전 목표값으로 정하세요.</translation>
    </message>
    <message>
        <source>A {change} change is large. Where does the number come from? Check it against the team&apos;s history or a benchmark.</source>
        <translation>{change} 변화는 큰 폭입니다. 이 숫자는 어디에서 나왔나요? 팀의 과거 실적이나 벤치마크와 비교해 확인하세요.</translation>
    </message>
    <message>
        <source>Give the band to stay within: a lower and an upper value.</source>
        <translation>유지할 범위의 하한값과 상한값을 입력하세요.</translation>
    </message>
    <message>
        <source>The lower end of the band must be below the upper end.</source>
        <translation>범위의 하한은 상한보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>Today&apos;s value is already inside the band: this goal is about holding it there.</source>
        <translation>현재 값이 이미 범위 안에 있습니다. 이 목표는 그 수준을 유지하는 것입니다.</translation>
    </message>
    <message>
        <source>Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.</source>
        <translation>점유율을 {low}%에서 {high}% 사이로 유지하세요. 그보다 높으면 상담사가 소진되고, 낮으면 유휴 시간이 생깁니다.</translation>
    </message>
    <message>
        <source>You answered “no” for {resource}: say how the team will get it.</source>
        <translation>{resource} 항목에 “아니요”라고 답했습니다. 팀이 이를 어떻게 확보할지 적으세요.</translation>
    </message>
    <message>
        <source>Say whether the team has the {resource} it needs: a “no” is fine, it only asks how you will get it.</source>
        <translation>{resource} 항목에 답하세요. 팀에 필요한 만큼 있습니까? “아니요”라도 괜찮습니다. 어떻게 확보할지를 물을 뿐입니다.</translation>
    </message>
    <message>
        <source>Link the goal to a parent goal or to the company strategy, so the team sees what it serves.</source>
        <translation>목표를 상위 목표나 회사 전략에 연결해 팀이 무엇을 위한 목표인지 알 수 있게 하세요.</translation>
    </message>
    <message>
        <source>Say why it matters to customers and to the team.</source>
        <translation>고객과 팀에게 왜 중요한지 적으세요.</translation>
    </message>
    <message>
        <source>Pushing speed, cost or volume alone can hurt service. Consider a companion goal on first contact resolution or CSAT.</source>
        <translation>속도, 비용, 물량만 밀어붙이면 서비스 품질이 떨어질 수 있습니다. 1차 해결률이나 CSAT에 대한 보완 목표를 함께 고려하세요.</translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation>마감일을 정하세요.</translation>
    </message>
    <message>
        <source>The deadline must come after the start.</source>
        <translation>마감일은 시작일 이후여야 합니다.</translation>
    </message>
    <message>
        <source>Checking in {cadence} leaves no check-in before the deadline. Check in more often or allow more time.</source>
        <translation>{cadence} 점검하면 마감일 전에 점검이 한 번도 없습니다. 더 자주 점검하거나 기간을 늘리세요.</translation>
    </message>
    <message>
        <source>Too few check-ins before the deadline ({count}) to correct course. Check in more often.</source>
        <translation>마감일 전 점검 횟수({count}회)가 너무 적어 방향을 바로잡기 어렵습니다. 더 자주 점검하세요.</translation>
    </message>
    <message>
        <source>{owner} will have “{title}” done for {scope} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} 책임하에 {deadline}까지 {scope}의 “{title}”을(를) 완료합니다({start} 시작, {cadence} 점검). 이유: {why}.</translation>
    </message>
    <message>
        <source>{owner} will keep {metric} for {scope} within {low} to {high} (now {baseline}) from {start} to {deadline}, checking in {cadence}, because {why}.</source>
        <translation>{owner} 책임하에 {start}부터 {deadline}까지 {scope}의 {metric} 지표를 {low}~{high} 범위로 유지합니다(현재 {baseline}). {cadence} 점검합니다. 이유: {why}.</translation>
    </message>
    <message>
        <source>{owner} will cut {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} 책임하에 {deadline}까지 {scope}의 {metric} 지표를 {baseline}에서 {target}까지 낮춥니다({start} 시작, {cadence} 점검). 이유: {why}.</translation>
    </message>
    <message>
        <source>{owner} will raise {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} 책임하에 {deadline}까지 {scope}의 {metric} 지표를 {baseline}에서 {target}까지 높입니다({start} 시작, {cadence} 점검). 이유: {why}.</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>구체성</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>측정 가능성</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>달성 가능성</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>관련성</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>기한 설정</translation>
    </message>
    <message>
        <source>The sentence speaks of {said} (“{text}”), but the metric chosen is {metric}.</source>
        <translation>문장은 {said}에 관한 내용인데(“{text}”), 선택한 지표는 {metric}입니다.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the baseline is {value}.</source>
        <translation>문장에는 “{text}”라고 되어 있지만 기준값은 {value}입니다.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the target is {value}.</source>
        <translation>문장에는 “{text}”라고 되어 있지만 목표값은 {value}입니다.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, which from the baseline makes {expected}, but the target is {value}.</source>
        <translation>문장에는 “{text}”라고 되어 있어 기준값에서 계산하면 {expected}이지만, 목표값은 {value}입니다.</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the goal counts {better} as better.</source>
        <translation>문장에는 “{text}”라고 되어 있지만, 이 목표는 {better} 값을 좋은 것으로 봅니다.</translation>
    </message>
    <message>
        <source>The sentence says “{text}” ({day}), but the deadline is {deadline}.</source>
        <translation>문장에는 “{text}”({day})라고 되어 있지만 마감일은 {deadline}입니다.</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split “{0}” among agents</source>
        <translation>“{0}” 목표를 상담사별로 나누기</translation>
    </message>
    <message>
        <source>Names, separated by commas: Ana, Ben, Chen</source>
        <translation>이름을 쉼표로 구분: Ana, Ben, Chen</translation>
    </message>
    <message>
        <source>Optional, e.g. {0} for a part-timer</source>
        <translation>선택 사항. 예: {0}(시간제 근무자 포함)</translation>
    </message>
    <message>
        <source>Optional, one per person separated by “;”; blank keeps the team&apos;s {0}</source>
        <translation>선택 사항. 한 사람에 하나씩 “;”로 구분하며, 비워 두면 팀 값 {0}을 따릅니다</translation>
    </message>
    <message>
        <source>&amp;Take the team&apos;s actuals from its agents</source>
        <translation>팀 실적을 상담사에게서 가져오기(&amp;T)</translation>
    </message>
    <message>
        <source>The team goal is then judged on its agents&apos; check-ins: counts add up, averages are weighted by contacts, shares come from the agents&apos; counts.</source>
        <translation>그러면 팀 목표는 상담사의 점검 기록으로 판단합니다. 건수는 합산하고, 평균은 처리한 문의 수로 가중하며, 비율은 상담사의 건수로 계산합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not ticked: the team has %n check-in(s) of its own, which it keeps being judged on until its agents report (switch in its detail).</source>
        <translation>
            <numerusform>선택 안 됨: 팀에 자체 점검 기록이 %n건 있으며, 상담사가 보고하기 전까지 그것으로 평가됩니다(세부 정보에서 전환).</numerusform>
        </translation>
    </message>
    <message>
        <source>Team target</source>
        <translation>팀 목표값</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>인원(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>가중치(&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>목표값(&amp;A)</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>몫</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>“{0}” 값은 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Give one weight per person.</source>
        <translation>한 사람에 가중치를 하나씩 입력하세요.</translation>
    </message>
    <message>
        <source>Weights are 0 or more, and not all 0.</source>
        <translation>가중치는 0 이상이어야 하며 모두 0일 수는 없습니다.</translation>
    </message>
    <message>
        <source>Give one target per person, or leave a place blank for the team&apos;s.</source>
        <translation>한 사람에 목표값을 하나씩 입력하세요. 팀 값을 따르려면 자리를 비워 두세요.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n agent goals</source>
        <translation>
            <numerusform>상담사 목표 %n개 만들기(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>This goal already has agents ({0}). Their goals and check-ins stay, as ordinary sub-goals; the new agents take their place.</source>
        <translation>이 목표에는 이미 상담사가 있습니다({0}). 그 목표와 점검 기록은 일반 하위 목표로 남고, 새 상담사가 그 자리를 대신합니다.</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>한 명 이상의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>같은 사람은 한 번만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>This goal is closed: reopen it to split it.</source>
        <translation>종료된 목표입니다. 나누려면 다시 여세요.</translation>
    </message>
    <message>
        <source>This goal is already one agent&apos;s share: split the team goal instead.</source>
        <translation>이 목표는 이미 한 상담사의 몫입니다. 팀 목표를 나누세요.</translation>
    </message>
    <message>
        <source>No plan can be made for the agents&apos; shares.</source>
        <translation>상담사 몫에 대한 계획을 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Staffing</name>
    <message>
        <source>the interval must be longer than 0 seconds</source>
        <translation>구간은 0초보다 길어야 합니다</translation>
    </message>
    <message>
        <source>the handle time must be longer than 0 seconds</source>
        <translation>처리 시간은 0초보다 길어야 합니다</translation>
    </message>
    <message>
        <source>the number of contacts cannot be negative</source>
        <translation>문의 수는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>an average wait of 0 seconds would need endless agents</source>
        <translation>평균 대기 시간을 0초로 하려면 상담사가 무한히 필요합니다</translation>
    </message>
    <message>
        <source>the service-level target must be above 0% and below 100%</source>
        <translation>서비스 레벨 목표는 0%보다 크고 100%보다 작아야 합니다</translation>
    </message>
    <message>
        <source>the abandonment target must be above 0% and below 100%</source>
        <translation>포기율 목표는 0%보다 크고 100%보다 작아야 합니다</translation>
    </message>
    <message>
        <source>callers&apos; patience must be longer than 0 seconds</source>
        <translation>고객 인내 시간은 0초보다 길어야 합니다</translation>
    </message>
    <message>
        <source>the answer time cannot be negative</source>
        <translation>목표 응답 시간은 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>the occupancy cap must be above 0% and at most 100%</source>
        <translation>점유율 상한은 0%보다 크고 100% 이하여야 합니다</translation>
    </message>
    <message>
        <source>shrinkage must be at least 0% and below 100%</source>
        <translation>손실률은 0% 이상이고 100% 미만이어야 합니다</translation>
    </message>
    <message>
        <source>the open hours must be above 0 and at most 168 a week</source>
        <translation>주당 운영 시간은 0보다 크고 168 이하여야 합니다</translation>
    </message>
    <message>
        <source>type last year&apos;s twelve monthly volumes</source>
        <translation>작년 12개월의 월별 문의량을 입력하세요</translation>
    </message>
    <message>
        <source>a monthly volume profile needs the goal&apos;s deadline</source>
        <translation>월별 문의량 분포를 쓰려면 목표의 마감일이 필요합니다</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>The goal&apos;s target</source>
        <translation>목표의 목표값</translation>
    </message>
    <message>
        <source>A service level I choose</source>
        <translation>직접 정한 서비스 레벨</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>계산 기준</translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation>처리 시간(초)</translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation>구간(분)</translation>
    </message>
    <message>
        <source>Open hours a week</source>
        <translation>주당 운영 시간</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>손실률(%)</translation>
    </message>
    <message>
        <source>Occupancy cap (%)</source>
        <translation>점유율 상한(%)</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>서비스 레벨(%)</translation>
    </message>
    <message>
        <source>Answered within (s)</source>
        <translation>목표 응답 시간(초)</translation>
    </message>
    <message>
        <source>Callers&apos; patience (s)</source>
        <translation>고객 인내 시간(초)</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <translation>구간당 문의 수</translation>
    </message>
    <message>
        <source>How long callers wait, on average, before they hang up. From your phone system: the total time all callers waited divided by the calls abandoned.</source>
        <translation>고객이 전화를 끊기 전까지 평균적으로 기다리는 시간입니다. 전화 시스템에서 모든 고객이 기다린 총 시간을 포기 통화 수로 나눈 값입니다.</translation>
    </message>
    <message>
        <source>Same every week</source>
        <translation>매주 동일</translation>
    </message>
    <message>
        <source>Last year&apos;s months</source>
        <translation>작년 월별 값</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>문의량</translation>
    </message>
    <message>
        <source>12 numbers, January first (paste a row or column)</source>
        <translation>숫자 12개, 1월부터(행 또는 열 붙여 넣기)</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>월 문의 수</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>문의 수</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>필요 상담사 수</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>보유 여부</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>부족 인원</translation>
    </message>
    <message>
        <source>“{0}” is not a monthly volume.</source>
        <translation>“{0}” 값은 월별 문의량이 아닙니다.</translation>
    </message>
    <message>
        <source>Last year&apos;s months: type 12 numbers, January first ({0} so far).</source>
        <translation>작년 월별 값: 1월부터 숫자 12개를 입력하세요(현재 {0}개).</translation>
    </message>
    <message>
        <source>Cannot work it out: {0}</source>
        <translation>계산할 수 없습니다: {0}</translation>
    </message>
</context>
<context>
    <name>StaffingWords</name>
    <message>
        <source>The goal&apos;s target: an average wait of {0} s.</source>
        <translation>목표의 목표값: 평균 대기 {0}초.</translation>
    </message>
    <message>
        <source>The goal&apos;s target: at most {0} % of callers hang up. Erlang C does not model hanging up: callers are taken to give up after {1} s on average, and the agents that keep it to {0} % are counted.</source>
        <translation>목표의 목표값: 전화를 끊는 고객 {0}% 이하. Erlang C는 통화 포기를 모델링하지 않으므로, 고객이 평균 {1}초 후에 포기한다고 보고 포기율을 {0}%로 유지하는 상담사 수를 계산합니다.</translation>
    </message>
    <message>
        <source>The goal&apos;s target: {0} % answered within the seconds below.</source>
        <translation>목표의 목표값: 아래 시간(초) 이내 응답 {0}%.</translation>
    </message>
    <message>
        <source>A service level of your own, below, instead of the goal&apos;s target.</source>
        <translation>목표의 목표값 대신 아래에 직접 정한 서비스 레벨을 사용합니다.</translation>
    </message>
    <message>
        <source>The goal has no target yet: the service level below is used until it has one.</source>
        <translation>목표에 아직 목표값이 없습니다. 목표값이 정해질 때까지 아래 서비스 레벨을 사용합니다.</translation>
    </message>
    <message>
        <source>The goal is not about waits or answering: the service level below is used.</source>
        <translation>대기나 응답에 관한 목표가 아니므로 아래 서비스 레벨을 사용합니다.</translation>
    </message>
    <message>
        <source>Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>응대 상담사 {0}명, 손실률 반영 후 근무 편성 {1}명이 필요합니다(소수점 이하 올림). 평균 대기 {2}초, {4}초 이내 응답 {3}%, 점유율 {5}%.</translation>
    </message>
    <message>
        <source>The busiest week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>가장 바쁜 주에는 응대 상담사 {0}명, 손실률 반영 후 근무 편성 {1}명이 필요합니다(소수점 이하 올림). 평균 대기 {2}초, {4}초 이내 응답 {3}%, 점유율 {5}%.</translation>
    </message>
    <message>
        <source>Each week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>매주 응대 상담사 {0}명, 손실률 반영 후 근무 편성 {1}명이 필요합니다(소수점 이하 올림). 평균 대기 {2}초, {4}초 이내 응답 {3}%, 점유율 {5}%.</translation>
    </message>
    <message>
        <source>Headcount {0}: {1} short on the rota.</source>
        <translation>인원 {0}명: 근무 편성에 {1}명 부족합니다.</translation>
    </message>
    <message>
        <source>Headcount {0} is enough.</source>
        <translation>인원 {0}명으로 충분합니다.</translation>
    </message>
    <message>
        <source>Enter the headcount to compare. The busiest week, week {0}, needs {1} agents.</source>
        <translation>비교하려면 인원을 입력하세요. 가장 바쁜 {0}주차에는 상담사 {1}명이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.</source>
        <translation>
            <numerusform>{0}주 중 %n주는 상담사가 부족합니다. 가장 부족한 {1}주차에는 {2}명이 필요한데 가용 인원은 {3}명입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week has enough agents; the busiest, week {0}, needs {1} of {2}.</source>
        <translation>모든 주에 상담사가 충분합니다. 가장 바쁜 {0}주차에는 {2}명 중 {1}명이 필요합니다.</translation>
    </message>
    <message>
        <source>below the healthy {0}–{1} % band, agents sit idle part of the time</source>
        <translation>적정 범위 {0}–{1}%보다 낮아 상담사가 일부 시간 동안 유휴 상태입니다</translation>
    </message>
    <message>
        <source>inside the healthy {0}–{1} % band</source>
        <translation>적정 범위 {0}–{1}% 안입니다</translation>
    </message>
    <message>
        <source>above the healthy {0}–{1} % band, no time to breathe between contacts</source>
        <translation>적정 범위 {0}–{1}%보다 높아 문의 사이에 숨 돌릴 틈이 없습니다</translation>
    </message>
    <message>
        <source>far above the healthy {0}–{1} % band, agents burn out</source>
        <translation>적정 범위 {0}–{1}%보다 훨씬 높아 상담사가 소진됩니다</translation>
    </message>
    <message>
        <source>too few agents: the queue never clears</source>
        <translation>상담사가 너무 적어 대기열이 해소되지 않습니다</translation>
    </message>
    <message>
        <source>Occupancy {0} %: {1}.</source>
        <translation>점유율 {0}%: {1}.</translation>
    </message>
    <message>
        <source>Occupancy {0} % in week {1}: {2}; {3} % in week {4}: {5}.</source>
        <translation>{1}주차 점유율 {0}%: {2}; {4}주차 {3}%: {5}.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a new goal</source>
        <translation>새 목표 시작</translation>
    </message>
    <message>
        <source>A template fills in the metric and a realistic change for a typical customer-service goal; you check every value on the next pages.</source>
        <translation>템플릿은 일반적인 고객 서비스 목표에 맞는 지표와 현실적인 변화량을 채워 줍니다. 모든 값은 다음 페이지에서 직접 확인합니다.</translation>
    </message>
    <message>
        <source>&amp;Blank goal</source>
        <translation>빈 목표(&amp;B)</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>템플릿에서(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy a goal in this plan (new dates)</source>
        <translation>이 계획의 목표 복사(새 날짜)(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>On track</source>
        <translation>정상 진행</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>궤도 이탈</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>아직 점검 없음</translation>
    </message>
    <message>
        <source>guardrail on track</source>
        <translation>가드레일 정상 진행</translation>
    </message>
    <message>
        <source>guardrail at risk</source>
        <translation>가드레일 위험</translation>
    </message>
    <message>
        <source>guardrail off track</source>
        <translation>가드레일 궤도 이탈</translation>
    </message>
    <message>
        <source>guardrail achieved</source>
        <translation>가드레일 달성</translation>
    </message>
    <message>
        <source>guardrail has no check-in yet</source>
        <translation>가드레일 아직 점검 없음</translation>
    </message>
    <message>
        <source>worst wins</source>
        <translation>가장 나쁜 상태 기준</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>가중</translation>
    </message>
    <message>
        <source>weighted mean {share}</source>
        <translation>가중 평균 {share}</translation>
    </message>
    <message>
        <source>driven by: {who}&apos;s {what}</source>
        <translation>주 원인: {who}의 {what}</translation>
    </message>
    <message>
        <source>driven by: {what}</source>
        <translation>주 원인: {what}</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The plan file {path} cannot be used: {reason}.</source>
        <translation>{path} 계획 파일을 사용할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a goalplanner plan file ({reason}). It was left untouched.</source>
        <translation>{path} 파일은 goalplanner 계획 파일이 아닙니다({reason}). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no plan. It was left untouched; open a backup or create a new file instead.</source>
        <translation>{path} 파일이 비어 있어(0바이트) 계획이 없습니다. 파일은 변경하지 않았습니다. 대신 백업을 열거나 새 파일을 만드세요.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
        <translation>{path} 파일이 손상되었습니다({reason}). 파일은 변경하지 않았습니다. 백업에서 복원하세요.</translation>
    </message>
    <message>
        <source>{path} was not opened: the file {wal} beside it holds the changes of another plan, which opening would mix into this one. Both were left untouched; move {wal} to another folder (it belongs with the plan it was written for) and open the plan again.</source>
        <translation>{path}을(를) 열지 않았습니다: 옆에 있는 파일 {wal}에는 다른 계획의 변경 내용이 들어 있어, 열면 이 계획에 섞이게 됩니다. 두 파일 모두 그대로 두었습니다. {wal}을(를) 다른 폴더로 옮긴 뒤(그 파일을 쓴 계획의 것입니다) 계획을 다시 여세요.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer goalplanner (file format {file_version}; this version reads up to {app_version}). Update goalplanner to open it; the file was left untouched.</source>
        <translation>{path} 파일은 더 새로운 버전의 goalplanner에서 저장되었습니다(파일 형식 {file_version}, 이 버전은 {app_version}까지 읽을 수 있음). 파일을 열려면 goalplanner를 업데이트하세요. 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>{path} 파일이 사용 중입니다. 다른 프로그램이 파일에 쓰고 있습니다. 손실된 내용은 없으니 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its folder is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>{path} 파일을 변경할 수 없습니다. 파일 또는 폴더가 읽기 전용입니다. 쓰기 가능한 폴더에 복사한 뒤 사본을 여세요.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space; nothing was saved.</source>
        <translation>{path} 파일이 있는 디스크가 가득 찼습니다. 공간을 확보하세요. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} could not be upgraded from format {from_version} to {to_version} ({reason}). The file was left as it was.</source>
        <translation>{path} 파일의 형식 업그레이드({from_version} → {to_version})에 실패했습니다({reason}). 파일은 원래대로 두었습니다.</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {reason}.</source>
        <translation>{path} 파일을 백업하지 못했습니다: {reason}.</translation>
    </message>
    <message>
        <source>The plan file is damaged: {problem}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <translation>계획 파일이 손상되었습니다: {problem}. 파일은 변경하지 않았습니다. `goalplanner check`로 모든 문제를 확인하거나 백업에서 계획을 복원하세요.</translation>
    </message>
    <message>
        <source>{path} is damaged: {first}{more}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <extracomment>The tables with many rows per goal, which ``validate(every_row=False)`` leaves to the readers.</extracomment>
        <translation>{path} 파일이 손상되었습니다: {first}{more}. 파일은 변경하지 않았습니다. `goalplanner check`로 모든 문제를 확인하거나 백업에서 계획을 복원하세요.</translation>
    </message>
    <message>
        <source>{path} is damaged and open only to be read: nothing in it can be changed or saved. Restore it from a backup to work on it.</source>
        <translation>{path} 파일이 손상되어 읽기 전용으로만 열려 있습니다. 파일의 내용을 변경하거나 저장할 수 없습니다. 작업하려면 백업에서 복원하세요.</translation>
    </message>
</context>
<context>
    <name>TeamCell</name>
    <message>
        <source>no values yet</source>
        <translation>아직 값 없음</translation>
    </message>
    <message>
        <source>driven by: {0}</source>
        <translation>주된 원인: {0}</translation>
    </message>
    <message>
        <source>waiting for: {0}</source>
        <translation>입력 대기: {0}</translation>
    </message>
    <message>
        <source>not weighted: some counts are missing</source>
        <translation>가중치 없음: 일부 건수가 빠졌습니다</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <source>This month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>{0} 주</translation>
    </message>
</context>
<context>
    <name>TeamGridAction</name>
    <message>
        <source>Team &amp;week grid…</source>
        <translation>팀 주간 입력표(&amp;W)…</translation>
    </message>
    <message>
        <source>Type every agent&apos;s actuals of the week in one grid.</source>
        <translation>상담사 모두의 이번 주 실적을 한 표에 입력합니다.</translation>
    </message>
    <message>
        <source>For a team goal split per person into agent goals: choose one first.</source>
        <translation>사람별 상담사 목표로 나눈 팀 목표에서 쓸 수 있습니다. 먼저 그런 목표를 고르세요.</translation>
    </message>
</context>
<context>
    <name>TeamGridDialog</name>
    <message>
        <source>Team week grid — {0}</source>
        <translation>팀 주간 입력표 — {0}</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>점검 날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the week; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>상담사마다 이번 주 실적을 입력하세요. Enter를 누르면 아래로, Tab을 누르면 옆으로 이동합니다. 팀 행은 입력하는 대로 상담사들의 값으로 계산됩니다. 이미 기록된 값은 그대로 표시됩니다.</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the month; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>상담사마다 이번 달 실적을 입력하세요. Enter를 누르면 아래로, Tab을 누르면 옆으로 이동합니다. 팀 행은 입력하는 대로 상담사들의 값으로 계산됩니다. 이미 기록된 값은 그대로 표시됩니다.</translation>
    </message>
    <message>
        <source>for the first column; earlier columns are dated on their last day</source>
        <translation>첫 번째 열에 적용되며, 이전 열은 그 기간의 마지막 날짜로 기록됩니다</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>처리한 문의 수</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담사</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>Recorded on {0}. Change it in {1}&apos;s check-ins.</source>
        <translation>{0}에 기록됨. {1}의 점검에서 바꾸세요.</translation>
    </message>
    <message>
        <source>The date is for the first column: choose a day from {0} to {1}.</source>
        <translation>날짜는 첫 번째 열에 적용됩니다. {0}부터 {1} 사이의 날을 고르세요.</translation>
    </message>
    <message>
        <source>{0} is missing.</source>
        <translation>{0} 값이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n check-in(s)</source>
        <translation>
            <numerusform>점검 %n건 저장(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>An agent&apos;s goal is gone.</source>
        <translation>상담사 목표 하나가 더 이상 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Team week grid: %n check-in(s)</source>
        <translation>
            <numerusform>팀 주간 입력표: 점검 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the values typed in the grid?</source>
        <translation>표에 입력한 값을 저장할까요?</translation>
    </message>
</context>
<context>
    <name>TeamPlanView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>위치 찾기(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove &amp;link</source>
        <translation>연결 제거(&amp;L)</translation>
    </message>
    <message>
        <source>Take a new copy of the team lead&apos;s file now.</source>
        <translation>팀장의 파일을 지금 새로 복사합니다.</translation>
    </message>
    <message>
        <source>Choose where the team lead&apos;s file is now.</source>
        <translation>팀장의 파일이 지금 있는 위치를 선택합니다.</translation>
    </message>
    <message>
        <source>Stop showing this team plan here. The team lead&apos;s file is not touched.</source>
        <translation>이 팀 계획을 여기에 더 이상 표시하지 않습니다. 팀장의 파일은 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>Reading the team plan {0}…</source>
        <translation>팀 계획 {0} 읽는 중…</translation>
    </message>
    <message>
        <source>Read-only: the team plan “{0}” ({1}), as copied {2}. The team lead changes it in their own file; nothing here is written to it or locks it.</source>
        <translation>읽기 전용: 팀 계획 “{0}”({1}), {2}에 복사한 내용입니다. 팀장이 자신의 파일에서 변경하며, 여기서는 그 파일에 아무것도 쓰거나 잠그지 않습니다.</translation>
    </message>
    <message>
        <source>Team plan “{0}”, linked from {1}. It cannot be shown now:</source>
        <translation>팀 계획 “{0}”, {1}에서 연결됨. 지금은 표시할 수 없습니다:</translation>
    </message>
    <message numerus="yes">
        <source>Goals in this plan: %n</source>
        <translation>
            <numerusform>이 계획의 목표: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPlans</name>
    <message>
        <source>Add a &amp;team&apos;s plan…</source>
        <translation>팀 계획 추가(&amp;T)…</translation>
    </message>
    <message>
        <source>Refresh team &amp;plans</source>
        <translation>팀 계획 새로 고침(&amp;P)</translation>
    </message>
    <message>
        <source>Remove team plan &amp;link</source>
        <translation>팀 계획 연결 제거(&amp;L)</translation>
    </message>
    <message>
        <source>Show a team lead&apos;s plan file read-only under the selected (department) goal.</source>
        <translation>선택한 (부서) 목표 아래에 팀장의 계획 파일을 읽기 전용으로 표시합니다.</translation>
    </message>
    <message>
        <source>Select the department goal the team&apos;s plan belongs under first.</source>
        <translation>먼저 팀 계획이 속할 부서 목표를 선택하세요.</translation>
    </message>
    <message>
        <source>Add a team&apos;s plan under “{0}”</source>
        <translation>“{0}” 아래에 팀 계획 추가</translation>
    </message>
    <message>
        <source>This is the plan that is open: choose a team lead&apos;s plan file.</source>
        <translation>지금 열려 있는 계획입니다. 팀장의 계획 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Add team plan {0}</source>
        <translation>팀 계획 {0} 추가</translation>
    </message>
    <message>
        <source>Team plan {0} shown under “{1}”.</source>
        <translation>팀 계획 {0}을(를) “{1}” 아래에 표시했습니다.</translation>
    </message>
    <message>
        <source>Locate the team&apos;s plan</source>
        <translation>팀 계획 위치 찾기</translation>
    </message>
    <message>
        <source>Remove team plan link {0}</source>
        <translation>팀 계획 {0} 연결 제거</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>목표 계획 (*{0});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>팀 계획</translation>
    </message>
    <message>
        <source>Team plan: {0} ({1})</source>
        <translation>팀 계획: {0} ({1})</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Read-only · as of {0}</source>
        <translation>읽기 전용 · {0} 기준</translation>
    </message>
    <message>
        <source>{0} was not found. If the shared folder is now mounted elsewhere, or the file was moved, use Locate… to choose it again.</source>
        <translation>{0}을(를) 찾을 수 없습니다. 공유 폴더가 이제 다른 위치에 연결되어 있거나 파일이 옮겨졌다면 “위치 찾기…”로 다시 선택하세요.</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>{0}을(를) 읽을 수 없습니다: {1}</translation>
    </message>
    <message>
        <source>Read-only: a copy taken {0}; the team lead&apos;s file is never changed or locked.</source>
        <translation>읽기 전용: {0}에 복사한 내용이며, 팀장의 파일은 변경되거나 잠기지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Shorter call waits</source>
        <translation>통화 대기 시간 단축</translation>
    </message>
    <message>
        <source>Cut average call wait time by 25% within six weeks</source>
        <translation>6주 내 평균 통화 대기 시간 25% 단축</translation>
    </message>
    <message>
        <source>The inbound queue or phone line</source>
        <translation>인바운드 대기열 또는 전화 회선</translation>
    </message>
    <message>
        <source>Average wait of all calls offered last month, in seconds, from the phone system&apos;s queue report.</source>
        <translation>전화 시스템 대기열 보고서에 나온 지난달 전체 인입 통화의 평균 대기 시간(초).</translation>
    </message>
    <message>
        <source>Long waits are the complaint customers mention first, and they make callers hang up.</source>
        <translation>긴 대기 시간은 고객이 가장 먼저 꼽는 불만이며, 고객이 전화를 끊게 만듭니다.</translation>
    </message>
    <message>
        <source>Fast first response</source>
        <translation>빠른 최초 응답</translation>
    </message>
    <message>
        <source>The e-mail or chat channel</source>
        <translation>이메일 또는 채팅 채널</translation>
    </message>
    <message>
        <source>Median or average hours to the first human reply last month; leave automatic acknowledgements out.</source>
        <translation>지난달 사람의 첫 회신까지 걸린 시간의 중앙값 또는 평균(시간). 자동 접수 확인 메시지는 제외합니다.</translation>
    </message>
    <message>
        <source>A third of customers want an e-mail answer within an hour; a quick first reply calms the rest.</source>
        <translation>고객의 3분의 1은 1시간 안에 이메일 답변을 받기를 원하며, 빠른 첫 회신은 나머지 고객도 안심시킵니다.</translation>
    </message>
    <message>
        <source>Lower cost per contact</source>
        <translation>문의당 비용 절감</translation>
    </message>
    <message>
        <source>Cut cost per contact by 10% within six months</source>
        <translation>6개월 내 문의당 비용 10% 절감</translation>
    </message>
    <message>
        <source>One channel (phone, e-mail, chat): costs differ by channel</source>
        <translation>하나의 채널(전화, 이메일, 채팅): 채널마다 비용이 다름</translation>
    </message>
    <message>
        <source>Last quarter&apos;s contact-centre operating cost (salaries to software) divided by contacts handled.</source>
        <translation>지난 분기 컨택센터 운영비(인건비부터 소프트웨어까지)를 처리한 문의 수로 나눈 값.</translation>
    </message>
    <message>
        <source>Money saved on routine contacts pays for the hard ones.</source>
        <translation>단순 문의에서 아낀 비용으로 어려운 문의에 투자할 수 있습니다.</translation>
    </message>
    <message>
        <source>Survey customers and raise CSAT</source>
        <translation>고객 설문 및 CSAT 향상</translation>
    </message>
    <message>
        <source>The team or channel surveyed</source>
        <translation>설문 대상 팀 또는 채널</translation>
    </message>
    <message>
        <source>Share of 4 and 5 answers on the 1-5 survey last quarter (satisfied / all responses).</source>
        <translation>지난 분기 1-5점 설문에서 4점과 5점 응답의 비율(만족 응답 수 / 전체 응답 수).</translation>
    </message>
    <message>
        <source>Regular surveys show what customers feel while there is still time to act on it.</source>
        <translation>정기적인 설문은 아직 대응할 시간이 있을 때 고객이 느끼는 바를 알려 줍니다.</translation>
    </message>
    <message>
        <source>Deflect calls to self-service</source>
        <translation>셀프서비스로 통화 분산</translation>
    </message>
    <message>
        <source>Cut support call volume 25% versus last year through a self-service library</source>
        <translation>셀프서비스 자료실로 지원 통화량을 전년 대비 25% 감축</translation>
    </message>
    <message>
        <source>Support calls for the products the library covers</source>
        <translation>자료실이 다루는 제품에 대한 지원 통화</translation>
    </message>
    <message>
        <source>Calls received in the same month last year, so seasons do not blur the comparison.</source>
        <translation>계절 요인으로 비교가 흐려지지 않도록 전년 같은 달에 인입된 통화 수.</translation>
    </message>
    <message>
        <source>Most customers would rather find the answer themselves; every call avoided frees an agent.</source>
        <translation>대부분의 고객은 스스로 답을 찾기를 원하며, 줄어든 통화 한 건마다 상담사에게 여유가 생깁니다.</translation>
    </message>
    <message>
        <source>Healthy agent occupancy</source>
        <translation>적정 상담사 점유율</translation>
    </message>
    <message>
        <source>Cut first response time on e-mail by 25% within three months</source>
        <translation>3개월 내 이메일 최초 응답 시간 25% 단축</translation>
    </message>
    <message>
        <source>Survey customers after every contact and raise CSAT by 5 points within three months</source>
        <translation>매 문의 후 고객 설문을 실시해 3개월 내 CSAT 5%포인트 향상</translation>
    </message>
    <message>
        <source>Keep agent occupancy within 75-85% every week for the next three months</source>
        <translation>향후 3개월간 매주 상담사 점유율을 75-85%로 유지</translation>
    </message>
    <message>
        <source>The agent group or queue</source>
        <translation>상담사 그룹 또는 대기열</translation>
    </message>
    <message>
        <source>Handling time over logged-in time last month, from the workforce report.</source>
        <translation>인력 관리 보고서 기준 지난달 로그인 시간 대비 처리 시간.</translation>
    </message>
    <message>
        <source>Above 85% agents burn out and leave; below 75% the team pays for idle time.</source>
        <translation>85%를 넘으면 상담사가 소진되어 떠나고, 75% 미만이면 유휴 시간에 비용을 치르게 됩니다.</translation>
    </message>
    <message>
        <source>After-call work under ten minutes</source>
        <translation>후처리 시간 10분 미만</translation>
    </message>
    <message>
        <source>Bring average after-call work under 10 minutes within two months</source>
        <translation>2개월 내 평균 후처리 시간 10분 미만으로 단축</translation>
    </message>
    <message>
        <source>The agent group</source>
        <translation>상담사 그룹</translation>
    </message>
    <message>
        <source>Total wrap-up time over calls handled last month, in seconds.</source>
        <translation>지난달 처리한 통화 수 대비 총 후처리 시간(초).</translation>
    </message>
    <message>
        <source>Time spent on notes after a call is time the next caller waits.</source>
        <translation>통화 후 메모에 쓰는 시간만큼 다음 고객이 기다립니다.</translation>
    </message>
    <message>
        <source>Fewer unnecessary transfers</source>
        <translation>불필요한 이관 줄이기</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>6개월간 불필요한 이관 10% 감축</translation>
    </message>
    <message>
        <source>The inbound queue</source>
        <translation>인바운드 대기열</translation>
    </message>
    <message>
        <source>Calls transferred over calls handled last quarter; count each call once, IVR routing is not a transfer.</source>
        <translation>지난 분기 처리한 통화 수 대비 이관한 통화 수. 통화마다 한 번만 세며, IVR 라우팅은 이관이 아닙니다.</translation>
    </message>
    <message>
        <source>Every needless transfer makes the customer tell the story again. Pair it with the beneficial-transfers goal.</source>
        <translation>불필요한 이관이 있을 때마다 고객은 같은 이야기를 다시 해야 합니다. ‘유익한 이관’ 목표와 함께 설정하세요.</translation>
    </message>
    <message>
        <source>More transfers to the right expert</source>
        <translation>적합한 전문가에게 더 많이 이관</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over six months</source>
        <translation>6개월간 제품 전문가에게 하는 유익한 이관 5% 증가</translation>
    </message>
    <message>
        <source>Weekly transfers that reached the right expert and solved the issue, from call reviews.</source>
        <translation>통화 검토 기준, 적합한 전문가에게 연결되어 문제를 해결한 주간 이관 건수.</translation>
    </message>
    <message>
        <source>The companion of the transfer cut: agents must not stop sending callers to the person who can help.</source>
        <translation>이관 감축 목표의 보완 목표입니다. 상담사는 도움을 줄 수 있는 사람에게 고객을 계속 연결해야 합니다.</translation>
    </message>
    <message>
        <source>Resolve more on first contact</source>
        <translation>1차 해결 늘리기</translation>
    </message>
    <message>
        <source>Raise first contact resolution by 3 points within six months</source>
        <translation>6개월 내 1차 해결률 3%포인트 향상</translation>
    </message>
    <message>
        <source>The team or queue</source>
        <translation>팀 또는 대기열</translation>
    </message>
    <message>
        <source>Share of customers who say in the survey that one contact solved it, last quarter.</source>
        <translation>지난 분기 설문에서 한 번의 문의로 해결되었다고 답한 고객의 비율.</translation>
    </message>
    <message>
        <source>A problem solved at once saves the customer a second call and the team a second contact.</source>
        <translation>한 번에 해결하면 고객은 다시 전화할 필요가 없고, 팀은 두 번째 문의를 처리하지 않아도 됩니다.</translation>
    </message>
    <message>
        <source>Raise NPS</source>
        <translation>NPS 향상</translation>
    </message>
    <message>
        <source>Raise our Net Promoter Score by 5 points within a year</source>
        <translation>1년 내 순추천지수(NPS) 5점 향상</translation>
    </message>
    <message>
        <source>Bring the abandonment rate down to 5% within three months</source>
        <translation>3개월 내 포기율 5%까지 감축</translation>
    </message>
    <message>
        <source>Within six months, raise the share of new customers onboarded within 30 days by 10 points</source>
        <translation>6개월 내 30일 안에 온보딩을 마친 신규 고객 비율 10%포인트 향상</translation>
    </message>
    <message>
        <source>Give every agent two 1:1 coaching sessions a month within three months</source>
        <translation>3개월 내 모든 상담사에게 월 2회 1:1 코칭 제공</translation>
    </message>
    <message>
        <source>One conversation across channels (omnichannel)</source>
        <translation>채널을 넘나드는 하나의 대화(옴니채널)</translation>
    </message>
    <message>
        <source>Give agents one shared history of every customer&apos;s contacts on phone, e-mail and chat within six months</source>
        <translation>6개월 내 전화, 이메일, 채팅에 걸친 모든 고객 문의의 통합 이력을 상담사에게 제공</translation>
    </message>
    <message>
        <source>The channels the team answers</source>
        <translation>팀이 응대하는 채널</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 each time until agents see every channel&apos;s history in one place, then 1.</source>
        <translation>미완료: 상담사가 모든 채널의 이력을 한곳에서 볼 수 있을 때까지는 매번 0, 그 후에는 1로 점검을 기록합니다.</translation>
    </message>
    <message>
        <source>Most customers expect a conversation to carry on when they switch channels, without telling the story again.</source>
        <translation>대부분의 고객은 채널을 바꿔도 같은 이야기를 되풀이하지 않고 대화가 이어지기를 기대합니다.</translation>
    </message>
    <message>
        <source>Accept more contact formats</source>
        <translation>더 다양한 문의 방식 지원</translation>
    </message>
    <message>
        <source>Answer customers by text message as well as phone and e-mail within three months</source>
        <translation>3개월 내 전화와 이메일에 더해 문자 메시지로도 고객 응대</translation>
    </message>
    <message>
        <source>The new channel and the team that answers it</source>
        <translation>새 채널과 이를 응대하는 팀</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customer text is answered in the live service, then 1.</source>
        <translation>미완료: 실제 서비스에서 첫 고객 문자에 답할 때까지는 0, 그 후에는 1로 점검을 기록합니다.</translation>
    </message>
    <message>
        <source>Customers use many channels and companies text more often than they chat; meeting them where they already are saves a call.</source>
        <translation>고객은 여러 채널을 이용하며, 기업은 채팅보다 문자를 더 자주 보냅니다. 고객이 이미 있는 곳에서 응대하면 통화 한 건을 줄일 수 있습니다.</translation>
    </message>
    <message>
        <source>Mobile-friendly support</source>
        <translation>모바일 친화적 지원</translation>
    </message>
    <message>
        <source>Make the help centre and the contact form work well on phones within two months</source>
        <translation>2개월 내 헬프 센터와 문의 양식이 휴대폰에서 잘 작동하도록 개선</translation>
    </message>
    <message>
        <source>The help centre and contact form</source>
        <translation>헬프 센터와 문의 양식</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until both pass a test on three common phones, then 1.</source>
        <translation>미완료: 둘 다 흔히 쓰는 휴대폰 세 종류에서 테스트를 통과할 때까지는 0, 그 후에는 1로 점검을 기록합니다.</translation>
    </message>
    <message>
        <source>Many customers look for help on their phone first; a page they cannot use there becomes a call.</source>
        <translation>많은 고객이 먼저 휴대폰으로 도움말을 찾습니다. 휴대폰에서 쓸 수 없는 페이지는 전화 문의로 이어집니다.</translation>
    </message>
    <message>
        <source>Automation that fills the gaps</source>
        <translation>빈틈을 메우는 자동화</translation>
    </message>
    <message>
        <source>Let a chatbot resolve 15% of chat conversations without an agent within six months</source>
        <translation>6개월 내 채팅 대화의 15%를 상담사 없이 챗봇이 해결</translation>
    </message>
    <message>
        <source>The chat channel and the questions the bot answers</source>
        <translation>채팅 채널과 챗봇이 답하는 질문</translation>
    </message>
    <message>
        <source>Share of last month&apos;s chat conversations the bot closed without handing over to an agent (0 before launch).</source>
        <translation>지난달 채팅 대화 중 챗봇이 상담사에게 넘기지 않고 종료한 비율(도입 전에는 0).</translation>
    </message>
    <message>
        <source>Simple questions answered at any hour free agents for the hard ones, and most customers would rather help themselves.</source>
        <translation>간단한 질문에 언제든 답하면 상담사는 어려운 문의에 집중할 수 있고, 대부분의 고객도 스스로 해결하기를 원합니다.</translation>
    </message>
    <message>
        <source>Quick answers on social media</source>
        <translation>소셜 미디어 빠른 응답</translation>
    </message>
    <message>
        <source>Within three months, answer messages on our social media pages within 30 minutes</source>
        <translation>3개월 내 소셜 미디어 페이지의 메시지에 30분 이내 응답</translation>
    </message>
    <message>
        <source>Facebook, Instagram and other social pages the team watches</source>
        <translation>팀이 관리하는 Facebook, Instagram 등 소셜 페이지</translation>
    </message>
    <message>
        <source>Average hours to the first human reply to social media messages last month; 0.5 h is 30 minutes.</source>
        <translation>지난달 소셜 미디어 메시지에 사람이 처음 회신하기까지 걸린 평균 시간(시간). 0.5시간은 30분입니다.</translation>
    </message>
    <message>
        <source>Most customers who write on social media expect an answer within half an hour, and others read the thread.</source>
        <translation>소셜 미디어에 글을 남기는 고객 대부분은 30분 안에 답변을 기대하며, 다른 고객들도 그 대화를 읽습니다.</translation>
    </message>
    <message>
        <source>Creative social media</source>
        <translation>창의적인 소셜 미디어 운영</translation>
    </message>
    <message>
        <source>Raise our net sentiment score on social media by 10 points over six months</source>
        <translation>6개월간 소셜 미디어 순 감성 점수 10점 향상</translation>
    </message>
    <message>
        <source>Mentions of the brand on social media</source>
        <translation>소셜 미디어의 브랜드 언급</translation>
    </message>
    <message>
        <source>Positive minus negative mentions over all mentions last month, from the social listening tool.</source>
        <translation>소셜 리스닝 도구 기준, 지난달 전체 언급 수 대비 긍정 언급 수에서 부정 언급 수를 뺀 값.</translation>
    </message>
    <message>
        <source>Many customers read social media before they buy; what they find there shapes whether they come to us.</source>
        <translation>많은 고객이 구매 전에 소셜 미디어를 보며, 거기서 접한 내용에 따라 우리를 찾을지가 결정됩니다.</translation>
    </message>
    <message>
        <source>Customer appreciation programme</source>
        <translation>고객 감사 프로그램</translation>
    </message>
    <message>
        <source>Launch a customer appreciation programme, with thank-you notes and loyalty rewards, within three months</source>
        <translation>3개월 내 감사 메시지와 충성 고객 보상을 담은 고객 감사 프로그램 시작</translation>
    </message>
    <message>
        <source>The customers the programme rewards</source>
        <translation>프로그램이 보상하는 고객</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customers have been thanked or rewarded, then 1.</source>
        <translation>미완료: 첫 고객들에게 감사 인사나 보상을 전할 때까지는 0, 그 후에는 1로 점검을 기록합니다.</translation>
    </message>
    <message>
        <source>Customers who feel valued stay longer and recommend us to others.</source>
        <translation>존중받는다고 느끼는 고객은 더 오래 머물고 다른 사람에게 우리를 추천합니다.</translation>
    </message>
    <message>
        <source>Keep up with support technology</source>
        <translation>지원 기술 발전에 발맞추기</translation>
    </message>
    <message>
        <source>Pilot one new support tool, such as co-browsing, with one team within three months</source>
        <translation>3개월 내 한 팀에서 공동 브라우징 같은 새 지원 도구 하나를 시범 운영</translation>
    </message>
    <message>
        <source>The pilot team</source>
        <translation>시범 운영 팀</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the pilot has run and its results are written up, then 1.</source>
        <translation>미완료: 시범 운영을 마치고 결과를 정리할 때까지는 0, 그 후에는 1로 점검을 기록합니다.</translation>
    </message>
    <message>
        <source>Trying one new tool at a time keeps the team current without risking the whole service.</source>
        <translation>새 도구를 한 번에 하나씩 시도하면 서비스 전체를 위험에 빠뜨리지 않고도 팀이 최신 기술을 따라갈 수 있습니다.</translation>
    </message>
    <message>
        <source>More cross-sales from service</source>
        <translation>서비스를 통한 교차 판매 확대</translation>
    </message>
    <message>
        <source>Raise the cross-sell close rate by 2 points within three months</source>
        <translation>3개월 내 교차 판매 성공률 2%포인트 향상</translation>
    </message>
    <message>
        <source>The team and the products it may offer</source>
        <translation>팀과 팀이 제안할 수 있는 제품</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed last month divided by tickets handled in the same month.</source>
        <translation>지난달 성사된 교차 판매 및 상향 판매 수를 같은 달 처리한 티켓 수로 나눈 값.</translation>
    </message>
    <message>
        <source>A customer whose problem was solved well is open to hearing what else would help.</source>
        <translation>문제를 잘 해결받은 고객은 또 어떤 것이 도움이 될지 귀 기울일 준비가 되어 있습니다.</translation>
    </message>
    <message>
        <source>Make it easy for customers</source>
        <translation>고객의 수고 덜기</translation>
    </message>
    <message>
        <source>Raise the customer effort score (ease, 1-7) by half a point within three months</source>
        <translation>3개월 내 고객 노력 점수(용이성, 1-7점) 0.5점 향상</translation>
    </message>
    <message>
        <source>The channel or process surveyed</source>
        <translation>설문 대상 채널 또는 프로세스</translation>
    </message>
    <message>
        <source>Mean answer, 1-7, to &apos;the company made it easy to handle my issue&apos; last quarter. Asked about effort instead (1-5, lower is better)? Choose that scale on the Measure page.</source>
        <translation>지난 분기 ‘회사가 내 문제를 쉽게 처리할 수 있게 해 주었다’에 대한 응답의 평균(1-7점). 대신 노력을 물었나요(1-5점, 낮을수록 좋음)? 측정 페이지에서 그 척도를 선택하세요.</translation>
    </message>
    <message>
        <source>Customers who had to work hard to get help are far more likely to leave.</source>
        <translation>도움을 받기 위해 많은 노력을 들여야 했던 고객은 떠날 가능성이 훨씬 높습니다.</translation>
    </message>
    <message>
        <source>All customers, or one segment</source>
        <translation>전체 고객 또는 특정 세그먼트</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) over the last survey period.</source>
        <translation>직전 설문 기간의 추천 고객(9-10점) 비율(%)에서 비추천 고객(0-6점) 비율(%)을 뺀 값.</translation>
    </message>
    <message>
        <source>Customers who recommend us bring the next customers.</source>
        <translation>우리를 추천하는 고객이 다음 고객을 데려옵니다.</translation>
    </message>
    <message>
        <source>Fewer abandoned calls</source>
        <translation>포기 통화 줄이기</translation>
    </message>
    <message>
        <source>Calls abandoned over calls offered last month.</source>
        <translation>지난달 인입 통화 수 대비 포기 통화 수.</translation>
    </message>
    <message>
        <source>A caller who hangs up is a customer we did not serve, and often one who calls again.</source>
        <translation>전화를 끊은 고객은 우리가 응대하지 못한 고객이며, 다시 전화하는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>Better customer onboarding</source>
        <translation>고객 온보딩 개선</translation>
    </message>
    <message>
        <source>New customers of one product or plan</source>
        <translation>특정 제품 또는 요금제의 신규 고객</translation>
    </message>
    <message>
        <source>Of last quarter&apos;s new customers, the share who completed set-up within 30 days.</source>
        <translation>지난 분기 신규 고객 중 30일 안에 설정을 완료한 고객의 비율.</translation>
    </message>
    <message>
        <source>Customers who get going quickly contact us less and stay longer.</source>
        <translation>빨리 자리 잡은 고객은 문의가 적고 더 오래 머뭅니다.</translation>
    </message>
    <message>
        <source>Help agents grow</source>
        <translation>상담사 성장 지원</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>팀</translation>
    </message>
    <message>
        <source>How many 1:1s with personal feedback each agent had last month, on average.</source>
        <translation>지난달 상담사 1인당 개인 피드백을 포함한 1:1 면담의 평균 횟수.</translation>
    </message>
    <message>
        <source>Agents who get feedback improve faster and stay longer.</source>
        <translation>피드백을 받는 상담사는 더 빨리 성장하고 더 오래 근무합니다.</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>Import from a &amp;ticket or call export…</source>
        <translation>티켓 또는 통화 내보내기 파일에서 가져오기(&amp;T)…</translation>
    </message>
    <message>
        <source>The goal&apos;s check-ins changed while the file was read: nothing was imported. The preview now shows them; import again to record it.</source>
        <translation>파일을 읽는 동안 목표의 점검이 바뀌어 아무것도 가져오지 않았습니다. 미리 보기에 지금 상태를 표시했으니 다시 가져오면 기록됩니다.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n check-in(s) from an export</source>
        <translation>
            <numerusform>내보낸 파일에서 점검 %n건 가져오기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n check-in(s) from {0}</source>
        <translation>
            <numerusform>{0}에서 점검 %n건을 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>티켓 번호</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>해결 시각</translation>
    </message>
    <message>
        <source>First reply time</source>
        <translation>첫 응답 시간</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>해결 시간</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>상담원 답변 수</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>재오픈 수</translation>
    </message>
    <message>
        <source>Satisfaction rating</source>
        <translation>만족도 평가</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>통화 시작</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>통화 시간</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>보류 시간</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>후처리 시간</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>포기한 문의 수</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>그룹</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>상담원</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>대기열</translation>
    </message>
    <message>
        <source>Select a goal whose metric an export can give: {0}.</source>
        <translation>내보낸 파일에서 지표를 얻을 수 있는 목표를 고르세요: {0}.</translation>
    </message>
    <message>
        <source>a call log</source>
        <translation>통화 기록</translation>
    </message>
    <message>
        <source>a ticket export</source>
        <translation>티켓 내보내기 파일</translation>
    </message>
    <message>
        <source>This file is {0}; {1} comes from {2}.</source>
        <translation>이 파일은 {0}입니다. {1}은(는) {2}에서 나옵니다.</translation>
    </message>
    <message>
        <source>The file has no column for: {0}. Choose one in the mapping.</source>
        <translation>파일에 다음 항목의 열이 없습니다: {0}. 매핑에서 열을 고르세요.</translation>
    </message>
    <message>
        <source>Row {0}, column “{1}”: “{2}” is not a {3}.</source>
        <translation>{0}행, “{1}” 열: “{2}”은(는) {3}이(가) 아닙니다.</translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation>… 외 더 있음.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>시간 길이</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>예 또는 아니요</translation>
    </message>
    <message>
        <source>rating from 1 to 5</source>
        <translation>1~5점 평가</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>date with a four-digit year</source>
        <translation>네 자리 연도가 있는 날짜</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>The file cannot be opened: {0}</source>
        <translation>파일을 열 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>파일이 비어 있습니다. 머리글 행이 없습니다.</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read (line {0}).</source>
        <translation>파일의 문자를 읽을 수 없습니다 ({0}행).</translation>
    </message>
    <message>
        <source>The file is not a table (line {0}).</source>
        <translation>파일이 표가 아닙니다 ({0}행).</translation>
    </message>
    <message>
        <source>The workbook cannot be read: {0}</source>
        <translation>통합 문서를 읽을 수 없습니다: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>통화 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>티켓 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>From an export: {0} (period not over)</source>
        <translation>내보낸 파일 기준: {0} (기간이 끝나지 않음)</translation>
    </message>
    <message>
        <source>From an export: {0}</source>
        <translation>내보낸 파일 기준: {0}</translation>
    </message>
</context>
<context>
    <name>TicketReadDialog</name>
    <message>
        <source>Import from a ticket or call export</source>
        <translation>티켓 또는 통화 내보내기 파일에서 가져오기</translation>
    </message>
    <message>
        <source>Baseline from an export</source>
        <translation>내보낸 파일에서 기준값 구하기</translation>
    </message>
    <message>
        <source>Last year&apos;s months from an export</source>
        <translation>내보낸 파일에서 작년 월별 값 구하기</translation>
    </message>
    <message>
        <source>{0}, per check-in period, from a helpdesk&apos;s ticket export or a phone system&apos;s call log.</source>
        <translation>{0}을(를) 점검 기간별로, 헬프데스크의 티켓 내보내기 파일이나 전화 시스템의 통화 기록에서 구합니다.</translation>
    </message>
    <message>
        <source>{0}, per calendar month, from a helpdesk&apos;s ticket export or a phone system&apos;s call log: the twelve most recent months that are over.</source>
        <translation>{0}을(를) 달력상의 월별로, 헬프데스크의 티켓 내보내기 파일이나 전화 시스템의 통화 기록에서 구합니다: 끝난 가장 최근 12개월.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>파일 선택(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>파일 읽기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compute baseline</source>
        <translation>기준값 계산(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compute the months</source>
        <translation>월별 값 계산(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Choose a ticket or call export</source>
        <translation>티켓 또는 통화 내보내기 파일 선택</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>내보낸 파일 (*.csv *.txt *.tsv *.xlsx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}</source>
        <translation>파일을 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>읽기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>실행 취소(&amp;U) {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>다시 실행(&amp;R) {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>points</source>
        <translation>점</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>건</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점</translation>
    </message>
</context>
<context>
    <name>VolumeField</name>
    <message>
        <source>Contacts &amp;handled</source>
        <translation>처리한 문의 수(&amp;H)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>How many contacts this average is over. The team&apos;s average weighs each agent by it; without it every agent counts the same.</source>
        <translation>이 평균이 몇 건의 문의에 대한 것인지 입력합니다. 팀 평균은 이 값으로 각 상담사에게 가중치를 줍니다. 없으면 모든 상담사를 같게 셉니다.</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>주간 검토(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>주간 검토</translation>
    </message>
    <message>
        <source>The day every check-in of this review is for: today or an earlier day.</source>
        <translation>이 검토의 모든 점검이 해당하는 날짜입니다. 오늘 또는 이전 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>점검 날짜(&amp;D):</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>최근 값</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>현재 계획</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>확신도</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>장애 요인 또는 다음 단계</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Type each goal&apos;s actual on that day; Enter moves down. The status shows as you type; confidence is how the owner sees it.</source>
        <translation>그날의 목표별 실적을 입력하세요. Enter 키를 누르면 아래로 이동합니다. 입력하는 대로 상태가 표시되며, 확신도는 담당자가 보는 전망입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n check-in(s) typed in this review?</source>
        <translation>
            <numerusform>이 검토에서 입력한 점검 %n건을 저장할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>저장하지 않으면 입력한 내용이 사라집니다.</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>예정된 점검이 없습니다.</translation>
    </message>
    <message>
        <source>% or 45/50</source>
        <translation>% 또는 45/50</translation>
    </message>
    <message>
        <source>The share in %, or the two counts as {0}/{1} (e.g. 45/50): the share is worked out from them and both counts are kept.</source>
        <translation>% 비율을 입력하거나 두 개수를 {0}/{1} 형식(예: 45/50)으로 입력하세요. 비율은 두 개수로 계산되며 두 개수 모두 저장됩니다.</translation>
    </message>
    <message>
        <source>Needs an actual</source>
        <translation>실적 필요</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a share worked out from two counts, then its status</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n check-in(s)</source>
        <translation>
            <numerusform>점검 %n건 기록(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>A check-in needs an actual: type one for “{0}”, or clear that row.</source>
        <translation>점검에는 실적이 필요합니다. “{0}”의 실적을 입력하거나 그 행을 비우세요.</translation>
    </message>
    <message>
        <source>A goal is gone.</source>
        <translation>목표 하나가 더 이상 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Weekly review: %n check-in(s)</source>
        <translation>
            <numerusform>주간 검토: 점검 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” starts on {1}: choose a check-in date on or after it.</source>
        <translation>“{0}”은(는) {1}에 시작합니다. 그날 또는 그 이후의 점검 날짜를 선택하세요.</translation>
    </message>
    <message>
        <source>{0} · replaces the check-in of {1}</source>
        <translation>{0} · {1} 점검을 교체함</translation>
    </message>
    <message>
        <source>“{0}” already has a check-in on {1} ({2}). Recording this row replaces its value; its note, confidence and next step stay unless you type new ones.</source>
        <translation>“{0}” 목표에는 {1}에 이미 점검이 있습니다({2}). 이 행을 기록하면 그 값이 교체되며, 새로 입력하지 않은 메모, 확신도, 다음 단계는 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>What will the team achieve?</source>
        <translation>팀은 무엇을 달성할까요?</translation>
    </message>
    <message>
        <source>One sentence with the number that changes and by how much, e.g. “Cut average call wait time by 50% within six weeks”. Avoid “improve” or “better” on their own.</source>
        <translation>바뀔 숫자와 변화량을 담아 한 문장으로 쓰세요. 예: “6주 내 평균 통화 대기 시간 50% 단축”. “개선”이나 “향상” 같은 말만 쓰는 것은 피하세요.</translation>
    </message>
    <message>
        <source>Cut average call wait time by 50% within six weeks</source>
        <translation>6주 내 평균 통화 대기 시간 50% 단축</translation>
    </message>
    <message>
        <source>e.g. inbound support queue, e-mail channel</source>
        <translation>예: 인바운드 지원 대기열, 이메일 채널</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>목표(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>대상(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>팀(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>By when?</source>
        <translation>언제까지?</translation>
    </message>
    <message>
        <source>A deadline, and check-ins often enough to correct course before it: weekly for a six-week goal, monthly for a year.</source>
        <translation>마감일을 정하고, 그 전에 방향을 바로잡을 수 있을 만큼 자주 점검하세요. 6주짜리 목표는 매주, 1년짜리 목표는 매월이 적당합니다.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작일(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>마감일(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>점검 주기(&amp;C)</translation>
    </message>
    <message>
        <source>Check-ins up to the deadline: {0}</source>
        <translation>마감일까지 점검 횟수: {0}</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Who owns it?</source>
        <translation>누가 책임지나요?</translation>
    </message>
    <message>
        <source>One named owner drives the goal. List who contributes, and ask a second manager to review it: a reality check before the team commits.</source>
        <translation>이름을 밝힌 책임자 한 명이 목표를 이끕니다. 참여자를 적고, 다른 관리자 한 명에게 검토를 요청하세요. 팀이 확정하기 전에 현실성을 확인하는 단계입니다.</translation>
    </message>
    <message>
        <source>e.g. Mark Ellis (support lead)</source>
        <translation>예: 김민준(지원팀 리더)</translation>
    </message>
    <message>
        <source>Names or teams, separated by commas</source>
        <translation>이름 또는 팀(쉼표로 구분)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>책임자(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation>참여자(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>검토자(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why does it matter?</source>
        <translation>왜 중요한가요?</translation>
    </message>
    <message>
        <source>Say what customers and the team gain, and link the goal to the goal above it or to the company strategy, so everyone sees what it serves.</source>
        <translation>고객과 팀이 얻는 것을 적고, 목표를 상위 목표나 회사 전략에 연결해 모두가 무엇을 위한 목표인지 알 수 있게 하세요.</translation>
    </message>
    <message>
        <source>e.g. Win on service, not on price</source>
        <translation>예: 가격이 아닌 서비스로 승부</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>이유(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Serves goal</source>
        <translation>상위 목표(&amp;S)</translation>
    </message>
    <message>
        <source>Or s&amp;trategy</source>
        <translation>또는 전략(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Link as guardrail:</source>
        <translation>가드레일로 연결(&amp;L):</translation>
    </message>
    <message>
        <source>None (top-level goal)</source>
        <translation>없음(최상위 목표)</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
</TS>
