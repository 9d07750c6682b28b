<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <source>%n agent goals sit under this goal; it is judged on its own check-ins.</source>
        <translation>
            <numerusform>此目标下有 %n 个坐席目标；它按自己的进度检查来评判。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take actuals from &amp;agents</source>
        <translation>采用坐席的实际值(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Actuals come from %n agents</source>
        <translation>
            <numerusform>实际值来自 %n 名坐席</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this month)</source>
        <translation>
            <numerusform>（本月已有 %n 名报告）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n reported this week)</source>
        <translation>
            <numerusform>（本周已有 %n 名报告）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet: {0}</source>
        <translation>尚未报告：{0}</translation>
    </message>
    <message>
        <source>Use own &amp;check-ins</source>
        <translation>使用自己的进度检查(&amp;C)</translation>
    </message>
    <message>
        <source>Judge the team goal on check-ins typed for it, not on its agents&apos; (undoable).</source>
        <translation>按为团队目标本身录入的进度检查来评判，而不是按坐席的（可撤销）。</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BaselineFromExport</name>
    <message>
        <source>Compute from an e&amp;xport…</source>
        <translation>从导出文件计算(&amp;X)…</translation>
    </message>
    <message>
        <source>The export holds no finished period: no baseline from it.</source>
        <translation>导出文件中没有已结束的周期：无法据此得出基线值。</translation>
    </message>
    <message numerus="yes">
        <source>From an export: {0} over %n period(s), up to {1}.</source>
        <translation>
            <numerusform>来自导出文件：{0}，共 %n 个周期，截至 {1}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Breakdown</name>
    <message>
        <source>the deadline comes before the start</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>equal percentage steps need a baseline and a target above zero</source>
        <translation>等百分比步进要求基线值和目标值都大于零。</translation>
    </message>
    <message>
        <source>a seasonal curve follows calendar days; leave the working calendar out</source>
        <translation>季节性曲线按日历日计算；请不要使用工作日历。</translation>
    </message>
    <message>
        <source>there are no working days between the start and the deadline</source>
        <translation>开始日期与截止日期之间没有工作日。</translation>
    </message>
    <message>
        <source>the last period is the target itself: change the goal&apos;s target instead</source>
        <translation>最后一个周期的值就是目标值本身：请改为修改该目标的目标值。</translation>
    </message>
    <message>
        <source>Name at least one person to split the target between.</source>
        <translation>请至少填写一名分摊目标值的人员。</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>每个人只能出现一次。</translation>
    </message>
    <message>
        <source>Give one weight per person, none negative, not all zero.</source>
        <translation>请为每人填写一个权重，不能为负数，也不能全为零。</translation>
    </message>
</context>
<context>
    <name>Cadence</name>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Check in: {title}</source>
        <translation>进度检查：{title}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>The last check-in, on the deadline: record the final value and close the goal.</source>
        <translation>最后一次进度检查，在截止日期当天：记录最终值并关闭目标。</translation>
    </message>
    <message>
        <source>{plan} check-ins</source>
        <translation>{plan} 进度检查</translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>{0} check-ins.ics</source>
        <translation>{0} 进度检查.ics</translation>
    </message>
    <message>
        <source>Export check-in dates</source>
        <translation>导出进度检查日期</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Check-in dates not exported</source>
        <translation>进度检查日期未导出</translation>
    </message>
    <message numerus="yes">
        <source>Exported the check-in dates of %n goal(s) to {0}</source>
        <translation>
            <numerusform>已将 %n 个目标的进度检查日期导出到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins ahead</source>
        <translation>没有待进行的进度检查</translation>
    </message>
    <message>
        <source>No active goal has a check-in ahead: the calendar file holds no events.</source>
        <translation>没有进行中的目标有待进行的进度检查：日历文件中没有事件。</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Plan (total per period)</source>
        <translation>计划（每周期合计）</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>On track zone ({0}%+ of plan)</source>
        <translation>进展正常区（达到计划的 {0}% 及以上）</translation>
    </message>
    <message>
        <source>At risk zone ({0}–{1}% of plan)</source>
        <translation>有风险区（计划的 {0}–{1}%）</translation>
    </message>
    <message>
        <source>Not judged (no baseline or plan)</source>
        <translation>未评估（无基线值或计划）</translation>
    </message>
    <message>
        <source>Not judged: the goal needs a baseline and a plan · latest {0} on {1}</source>
        <translation>未评估：目标需要基线值和计划 · {1} 最新值 {0}</translation>
    </message>
    <message>
        <source>Healthy band {0}–{1}</source>
        <translation>健康区间 {0}–{1}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>目标值 {0}</translation>
    </message>
    <message>
        <source>Stretch {0}</source>
        <translation>挑战目标 {0}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ 越低越好</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ 越高越好</translation>
    </message>
    <message>
        <source>↕ keep inside the band</source>
        <translation>↕ 保持在区间内</translation>
    </message>
    <message>
        <source>{0} since {1}</source>
        <translation>{0}（自 {1} 起）</translation>
    </message>
    <message>
        <source>latest {0} on {1}, plan {2}</source>
        <translation>{1} 最新值 {0}，计划 {2}</translation>
    </message>
    <message>
        <source>latest {0} on {1}</source>
        <translation>{1} 最新值 {0}</translation>
    </message>
    <message>
        <source>No check-in yet · the first is due {0}</source>
        <translation>尚无进度检查 · 首次检查应在 {0}</translation>
    </message>
    <message>
        <source>No check-in yet · ready to close</source>
        <translation>尚无进度检查 · 可结束</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>可结束</translation>
    </message>
    <message>
        <source>Nothing to draw yet: give the goal a baseline, a target and a deadline, then record check-ins.</source>
        <translation>暂无可绘制的内容：请为目标设置基线值、目标值和截止日期，然后记录进度检查。</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>尚无进度检查</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <source>Active goals, worst first</source>
        <translation>进行中的目标（最差的在前）</translation>
    </message>
    <message>
        <source>No active goals yet. Create a goal, or set a goal&apos;s state to Active, to see it here.</source>
        <translation>尚无进行中的目标。创建一个目标，或将目标状态设为“进行中”，即可在此查看。</translation>
    </message>
    <message>
        <source>Share of the planned change reached at the latest check-in</source>
        <translation>最近一次进度检查时已完成的计划变化比例</translation>
    </message>
    <message>
        <source>… and {0} more, not shown (the best of the list)</source>
        <translation>… 另有 {0} 个未显示（列表中表现最好的）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>在区间内</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>尚未到检查日期</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>尚无进度检查</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>超出区间</translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation>比基线值更差</translation>
    </message>
    <message>
        <source>Its sub-goals side by side · together: {0}</source>
        <translation>子目标并列对比 · 合计：{0}</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet. Move a goal under it (Goal menu) to compare them here.</source>
        <translation>此目标尚无子目标。将目标移到它下面（“目标”菜单），即可在此对比。</translation>
    </message>
    <message>
        <source>{0} more sub-goals not shown</source>
        <translation>另有 {0} 个子目标未显示</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>in your currency</source>
        <translation>本币</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>联络量</translation>
    </message>
</context>
<context>
    <name>ChartTab</name>
    <message>
        <source>Th&amp;is goal</source>
        <translation>此目标(&amp;I)</translation>
    </message>
    <message>
        <source>Sub-goals side &amp;by side</source>
        <translation>子目标并列对比(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>保存图表(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing (also on right-click).</source>
        <translation>将图表保存为 PNG 图片或 SVG 矢量图（也可右键单击）。</translation>
    </message>
    <message>
        <source>Move goals under this one (Goal menu) to compare them here.</source>
        <translation>将目标移到此目标之下（“目标”菜单），即可在此对比。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>MMM yyyy</source>
        <comment>date on a chart axis: month and year</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date on a chart axis: month</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG image…</source>
        <translation>将图表另存为 PNG 图片(&amp;P)…</translation>
    </message>
    <message>
        <source>Save chart as &amp;SVG drawing…</source>
        <translation>将图表另存为 SVG 矢量图(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>图表未保存</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>发生了什么（可选）</translation>
    </message>
    <message>
        <source>The day the actual is for: today or an earlier day. Up and Down change it.</source>
        <translation>实际值对应的日期：今天或更早的某一天。按上/下方向键可更改。</translation>
    </message>
    <message>
        <source>What happened, for whoever reads the history later (optional).</source>
        <translation>发生了什么，供日后查看历史记录的人参考（可选）。</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>信心(&amp;O)：</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>How the owner sees the goal going (optional). The status beside it is worked out from the plan and stays as it is.</source>
        <translation>负责人认为目标进展如何（可选）。旁边的状态根据计划算出，保持不变。</translation>
    </message>
    <message>
        <source>Blocker or next step (optional)</source>
        <translation>障碍或下一步（可选）</translation>
    </message>
    <message>
        <source>What stands in the way, or what happens next (optional).</source>
        <translation>有什么阻碍，或者接下来做什么（可选）。</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
    <message>
        <source>Don&apos;t save it</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>{0} on that day.</source>
        <translation>当天的{0}。</translation>
    </message>
    <message>
        <source>{0} on that day, written like {1}.</source>
        <translation>当天的{0}，格式如 {1}。</translation>
    </message>
    <message>
        <source>Or type the two counts below: the actual is worked out from them.</source>
        <translation>也可以在下方输入两个计数：实际值将根据它们计算得出。</translation>
    </message>
    <message>
        <source>A check-in records what happened: choose today or an earlier date.</source>
        <translation>进度检查记录的是已发生的情况：请选择今天或更早的日期。</translation>
    </message>
    <message>
        <source>The number of responses cannot be 0.</source>
        <translation>回复总数不能为 0。</translation>
    </message>
    <message>
        <source>{0} is impossible for {1}: it cannot be below {2}.</source>
        <translation>{1} 不可能为 {0}（不能低于 {2}）。</translation>
    </message>
    <message>
        <source>{0} is impossible for {1} ({2} to {3}).</source>
        <translation>{1} 不可能为 {0}（范围为 {2} 到 {3}）。</translation>
    </message>
    <message>
        <source>Replace check-in with {0}</source>
        <translation>将进度检查替换为 {0}</translation>
    </message>
    <message>
        <source>The plan file is still busy. Your check-in is back in the fields: press Record to try again.</source>
        <translation>计划文件仍被占用。您的进度检查已放回输入框：请按“记录”重试。</translation>
    </message>
    <message>
        <source>The plan file is busy: another program is writing to it. Your check-in ({0} on {1}) is kept and will be saved as soon as the file is free.</source>
        <translation>计划文件被占用：另一个程序正在写入。您的进度检查（{1} 的 {0}）已保留，文件空闲后会立即保存。</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <source>Record check-in {0}</source>
        <translation>记录进度检查 {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
</context>
<context>
    <name>CheckInHistory</name>
    <message>
        <source>&amp;Delete check-in</source>
        <translation>删除进度检查(&amp;D)</translation>
    </message>
    <message>
        <source>The goal is gone.</source>
        <translation>该目标已不存在。</translation>
    </message>
    <message>
        <source>Edit check-in</source>
        <translation>编辑进度检查</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>删除进度检查</translation>
    </message>
</context>
<context>
    <name>CheckInQuestions</name>
    <message>
        <source>A slip of the keyboard is easy to make. Record it anyway?</source>
        <translation>输入时很容易按错键。仍要记录吗？</translation>
    </message>
    <message>
        <source>&amp;Record anyway</source>
        <translation>仍然记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check the value</source>
        <translation>检查数值(&amp;C)</translation>
    </message>
    <message>
        <source>{0} is far outside what this goal has seen ({1} to {2}).</source>
        <translation>{0} 远远超出此目标以往的数值范围（{1} 到 {2}）。</translation>
    </message>
    <message>
        <source>{0} is {1} hours.</source>
        <translation>{0} 即 {1} 小时。</translation>
    </message>
    <message>
        <source>{0} is {1} minutes.</source>
        <translation>{0} 即 {1} 分钟。</translation>
    </message>
    <message>
        <source>{0} is already recorded for {1}.</source>
        <translation>{1} 已记录了 {0}。</translation>
    </message>
    <message>
        <source>Replace it with {0}, or keep both check-ins for that date?</source>
        <translation>要将其替换为 {0}，还是保留该日期的两次进度检查？</translation>
    </message>
    <message>
        <source>&amp;Replace it</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>进度检查</translation>
    </message>
</context>
<context>
    <name>CheckInTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信心</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The owner&apos;s confidence, as said when recording the check-in.</source>
        <translation>负责人的信心，记录检查时所说。</translation>
    </message>
    <message>
        <source>What blocks the goal, or the next step, as said when recording the check-in.</source>
        <translation>阻碍目标的因素或下一步，记录检查时所说。</translation>
    </message>
    <message>
        <source>How the owner saw the goal going when recording it; the status is worked out from the plan.</source>
        <translation>记录时负责人认为目标进展如何；状态根据计划算出。</translation>
    </message>
    <message>
        <source>Recorded as {0}</source>
        <translation>记录值为 {0}</translation>
    </message>
    <message>
        <source>The planned total of the period of this date, which it is judged against.</source>
        <translation>该日期所在周期的计划总量，此次进度检查以它为评估依据。</translation>
    </message>
    <message>
        <source>The plan on this date, which the check-in is judged against.</source>
        <translation>该日期的计划值，此次进度检查以它为评估依据。</translation>
    </message>
    <message>
        <source>Owner&apos;s confidence: {0}</source>
        <translation>负责人的信心：{0}</translation>
    </message>
    <message>
        <source>Blocker or next step: {0}</source>
        <translation>障碍或下一步：{0}</translation>
    </message>
    <message>
        <source>The share of the planned change made so far (100% is on plan).</source>
        <translation>目前已完成的计划变化比例（100% 即符合计划）。</translation>
    </message>
</context>
<context>
    <name>CloseGoalDialog</name>
    <message>
        <source>Close goal</source>
        <translation>关闭目标</translation>
    </message>
    <message>
        <source>Say how the goal ended and what the team learned. The goal leaves the list of open goals; Undo or Goal → Reopen brings it back.</source>
        <translation>说明目标的结果以及团队的收获。该目标将离开未结束目标列表；撤销或“目标 → 重新打开”可将其恢复。</translation>
    </message>
    <message>
        <source>The target was reached.</source>
        <translation>已达到目标值。</translation>
    </message>
    <message>
        <source>The deadline came before the target.</source>
        <translation>截止日期已到，但未达到目标值。</translation>
    </message>
    <message>
        <source>Stopped on purpose: priorities changed.</source>
        <translation>有意停止：优先级已改变。</translation>
    </message>
    <message>
        <source>What worked, what did not, what the next goal should do differently</source>
        <translation>哪些有效，哪些无效，下一个目标应有何不同</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name</source>
        <translation>审核人姓名</translation>
    </message>
    <message>
        <source>on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>&amp;Final value:</source>
        <translation>最终值(&amp;F)：</translation>
    </message>
    <message>
        <source>What was &amp;learned:</source>
        <translation>收获(&amp;L)：</translation>
    </message>
    <message>
        <source>Signed off &amp;by:</source>
        <translation>审核确认人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Close goal</source>
        <translation>关闭目标(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the date of the sign-off.</source>
        <translation>请输入审核确认的日期。</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <source>This goal is closed. To record more check-ins, reopen it (Goal → Reopen goal).</source>
        <translation>该目标已关闭。要记录更多检查，请重新打开它（目标 → 重新打开目标）。</translation>
    </message>
    <message>
        <source>What was learned: {0}</source>
        <translation>收获：{0}</translation>
    </message>
    <message>
        <source>No lessons recorded.</source>
        <translation>未记录收获。</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Closed: {outcome}</source>
        <translation>已关闭：{outcome}</translation>
    </message>
    <message>
        <source>signed off by {name} on {day}</source>
        <translation>由 {name} 于 {day} 审核确认</translation>
    </message>
    <message>
        <source>signed off by {name}</source>
        <translation>由 {name} 审核确认</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date.</source>
        <translation>请输入日期。</translation>
    </message>
    <message>
        <source>Which year? Write it with four digits, e.g. “{0}”.</source>
        <translation>哪一年？请用四位数字填写年份，例如“{0}”。</translation>
    </message>
    <message>
        <source>“{0}” is not a date. Write it like {1} or {2}.</source>
        <translation>“{0}”不是日期。请按 {1} 或 {2} 的格式填写。</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择 (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Keep within a band</source>
        <translation>保持在区间内</translation>
    </message>
</context>
<context>
    <name>DueListModel</name>
    <message>
        <source>{0} — ready to close</source>
        <translation>{0} — 可以关闭</translation>
    </message>
    <message>
        <source>Past its deadline. Press Enter or double-click to close it (Goal → Close…).</source>
        <translation>已过截止日期。按 Enter 键或双击以关闭它（目标 → 关闭目标…）。</translation>
    </message>
    <message>
        <source>{0} — due today</source>
        <translation>{0} — 今天到期</translation>
    </message>
    <message numerus="yes">
        <source>{0} — due {1}, %n day(s) late</source>
        <translation>
            <numerusform>{0} — {1} 到期，已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to record this check-in.</source>
        <translation>按 Enter 键或双击以记录此次进度检查。</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt; · ready to close: {1}</source>
        <translation>&lt;b&gt;当前到期的进度检查：{0}&lt;/b&gt; · 可以关闭：{1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-ins due now: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前到期的进度检查：{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals ready to close: {0}&lt;/b&gt;</source>
        <translation>&lt;b&gt;可以关闭的目标：{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>没有到期的进度检查。</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>每周回顾…</translation>
    </message>
    <message>
        <source>Record every due check-in in one table (View → Weekly review).</source>
        <translation>在一张表中记录所有到期的进度检查（视图 → 每周回顾）。</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the sample plan</source>
        <translation>打开示例计划</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>尚无目标</translation>
    </message>
    <message>
        <source>Turn a wish like “shorter waits” into a goal your team can meet: what, who, by when, why, and the number that shows it. Or look around the sample plan of a support department first.</source>
        <translation>把“缩短等待时间”这样的愿望变成团队能够达成的目标：做什么、谁负责、何时完成、为什么做，以及用哪个数字来衡量。也可以先看看某客服部门的示例计划。</translation>
    </message>
    <message>
        <source>Create your first goal</source>
        <translation>创建第一个目标</translation>
    </message>
    <message>
        <source>No plan is open</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <source>Open a plan file, start a new one from the File menu, or look at the sample plan.</source>
        <translation>打开计划文件，或从“文件”菜单新建计划，或者查看示例计划。</translation>
    </message>
    <message>
        <source>Open a plan…</source>
        <translation>打开计划…</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong inside goalplanner. Your saved work is safe; what you were doing may not have finished.</source>
        <translation>goalplanner 内部出错。已保存的内容是安全的；刚才进行的操作可能未完成。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>进度检查</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>挑战目标</translation>
    </message>
    <message>
        <source>Healthy band</source>
        <translation>健康区间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>最新实际值</translation>
    </message>
    <message>
        <source>Latest on</source>
        <translation>最新日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>含子目标</translation>
    </message>
    <message>
        <source>Judged against</source>
        <translation>评估基准</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信心</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>障碍或下一步</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Weekly plan: type each week&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>周计划：请在黄色单元格中填写每周的实际值，图表会随之更新。</translation>
    </message>
    <message>
        <source>Monthly plan: type each month&apos;s actual in the yellow cells; the chart follows.</source>
        <translation>月计划：请在黄色单元格中填写每月的实际值，图表会随之更新。</translation>
    </message>
    <message>
        <source>Weekly plan (for reference)</source>
        <translation>周计划（仅供参考）</translation>
    </message>
    <message>
        <source>Monthly plan (for reference)</source>
        <translation>月计划（仅供参考）</translation>
    </message>
    <message>
        <source>Plan against actual</source>
        <translation>计划与实际对比</translation>
    </message>
    <message>
        <source>{metric}: a number from {low} to {high}.</source>
        <translation>{metric}：介于 {low} 到 {high} 之间的数字。</translation>
    </message>
    <message>
        <source>{metric}: a number of at least {low}.</source>
        <translation>{metric}：不小于 {low} 的数字。</translation>
    </message>
    <message>
        <source>A number.</source>
        <translation>一个数字。</translation>
    </message>
    <message>
        <source>Not a possible value</source>
        <translation>数值无效</translation>
    </message>
    <message>
        <source>“{goal}” ({sheet})</source>
        <translation>“{goal}”（{sheet}）</translation>
    </message>
    <message>
        <source>Goal plan: {plan}</source>
        <translation>目标计划：{plan}</translation>
    </message>
    <message>
        <source>SMART goals, their plans and check-ins</source>
        <translation>SMART 目标及其计划和进度检查</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>keep inside the band</source>
        <translation>保持在区间内</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Exported on {day}</source>
        <translation>导出于 {day}</translation>
    </message>
    <message>
        <source>Exported on {day} by {person}</source>
        <translation>由 {person} 于 {day} 导出</translation>
    </message>
    <message>
        <source>{status}: {percent}% or more of the planned change made</source>
        <translation>{status}：已完成计划变化的 {percent}% 及以上</translation>
    </message>
    <message>
        <source>{status}: {low}–{high}%</source>
        <translation>{status}：{low}–{high}%</translation>
    </message>
    <message>
        <source>{status}: under {percent}%, or worse than the baseline</source>
        <translation>{status}：低于 {percent}%，或比基线值更差</translation>
    </message>
    <message>
        <source>{status}: the target is reached</source>
        <translation>{status}：已达到目标值</translation>
    </message>
    <message>
        <source>owner: {confidence}</source>
        <translation>负责人：{confidence}</translation>
    </message>
    <message>
        <source>How the owner sees the goal: {choices}.</source>
        <translation>负责人对目标的判断：{choices}。</translation>
    </message>
    <message>
        <source>{status}: the worst status of the goal and the goals under it</source>
        <translation>{status}：目标及其所有子目标中最差的状态</translation>
    </message>
    <message>
        <source>Agents – {goal}</source>
        <translation>坐席 – {goal}</translation>
    </message>
    <message>
        <source>{metric} ({unit})</source>
        <translation>{metric}（{unit}）</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual in the yellow cells. The team row is computed from the agents: {rule}.</source>
        <translation>请在黄色单元格中填写每位坐席的实际值。团队行由坐席的数值计算得出：{rule}。</translation>
    </message>
    <message>
        <source>the sum of their values</source>
        <translation>各坐席数值之和</translation>
    </message>
    <message>
        <source>their values weighted by the contacts each handled</source>
        <translation>按各坐席已处理联络量加权的平均值</translation>
    </message>
    <message>
        <source>their shares weighted by each one&apos;s contacts, which is all numerators over all contacts</source>
        <translation>按各坐席联络量加权的比率，即所有分子之和除以所有联络量之和</translation>
    </message>
    <message>
        <source>done when every agent&apos;s is done</source>
        <translation>所有坐席都完成时即完成</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team (from the agents)</source>
        <translation>团队（由坐席计算）</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>团队计划</translation>
    </message>
    <message>
        <source>Agents reported</source>
        <translation>已报告的坐席</translation>
    </message>
    <message>
        <source>Team total</source>
        <translation>团队合计</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>已处理联络量</translation>
    </message>
    <message>
        <source>Contacts counted (the base of the share)</source>
        <translation>计入的联络量（比率的分母）</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>For reading: change them in goalplanner. Import brings back only the actuals.</source>
        <translation>仅供查阅：请在 goalplanner 中修改。导入时只会读回实际值。</translation>
    </message>
</context>
<context>
    <name>ExcelTransfer</name>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} 不存在。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n goal(s) to {0}</source>
        <translation>
            <numerusform>已将 %n 个目标导出到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported, with changes</source>
        <translation>已导出，但有改动</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Workbook not written</source>
        <translation>工作簿未写入</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>导入实际值</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Import %n actual(s)</source>
        <translation>
            <numerusform>导入 %n 个实际值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n actual(s) from {0}</source>
        <translation>
            <numerusform>已从 {0} 导入 %n 个实际值</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportError</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is {size} MB; goalplanner reads workbooks of up to {limit} MB. Nothing was imported.</source>
        <translation>{path} 大小为 {size} MB；goalplanner 最多只能读取 {limit} MB 的工作簿。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Nothing was imported.</source>
        <translation>{path} 不是 Excel 工作簿 (.xlsx)。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} is malformed: it would unpack to far more data than a plan holds ({reason}). Nothing was imported.</source>
        <translation>{path} 格式异常：解压后的数据量远超一个计划应有的大小（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook ({reason}). Nothing was imported.</source>
        <translation>{path} 无法作为工作簿读取（{reason}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>{path} has {count} {what} in its part {part}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} 的部件 {part} 中的{what}数为 {count}，最多应为 {limit}。未导入任何内容。</translation>
    </message>
    <message>
        <source>XML elements</source>
        <translation>XML 元素</translation>
    </message>
    <message>
        <source>cells in one row</source>
        <translation>单行中的单元格</translation>
    </message>
    <message>
        <source>XML elements in one row</source>
        <translation>单行中的 XML 元素</translation>
    </message>
    <message>
        <source>levels of nested XML elements</source>
        <translation>XML 元素嵌套层</translation>
    </message>
    <message>
        <source>{path} could not be read as a workbook: its part {part} declares XML entities or a document type, which no workbook does. Nothing was imported.</source>
        <translation>{path} 无法作为工作簿读取：其部件 {part} 声明了 XML 实体或文档类型，而工作簿从不包含这些内容。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} was not exported by goalplanner, so there is nothing in it to import. Export the plan (File → Export to Excel), fill in the Actual column, and import that workbook.</source>
        <translation>{path} 不是由 goalplanner 导出的，其中没有可导入的内容。请先导出计划（文件 → 导出到 Excel），填写“实际值”列，再导入该工作簿。</translation>
    </message>
    <message>
        <source>{path} was exported by a goalplanner whose workbook layout (version {found}) this one does not read (version {ours}). Nothing was imported.</source>
        <translation>{path} 由另一版本的 goalplanner 导出，其工作簿格式（版本 {found}）本程序无法读取（本程序为版本 {ours}）。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} was exported from another plan ({plan}), not from the plan that is open. Open that plan to import it. Nothing was imported.</source>
        <translation>{path} 导出自另一个计划（{plan}），而不是当前打开的计划。请打开该计划后再导入。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path} has {count} {what}; at most {limit} are expected. Nothing was imported.</source>
        <translation>{path} 中的{what}数为 {count}，最多应为 {limit}。未导入任何内容。</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>部件</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>The plan changed while {path} was being read (a check-in was recorded or edited). Nothing was imported; import the workbook again to see the changes against the plan as it is now.</source>
        <translation>读取 {path} 期间计划发生了变化（有进度检查被记录或修改）。未导入任何内容；请重新导入该工作簿，以便与当前计划对比变化。</translation>
    </message>
    <message>
        <source>{path} could not be written: it is open in another program, or you may not change it. Close it there (or choose another name) and try again.</source>
        <translation>无法写入 {path}：该文件已在其他程序中打开，或您没有修改权限。请在该程序中关闭它（或换一个文件名）后重试。</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder is read-only. Choose another folder.</source>
        <translation>无法写入 {path}：文件夹为只读。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space and try again.</source>
        <translation>无法写入 {path}：磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>{path} could not be written: the folder does not exist.</source>
        <translation>无法写入 {path}：文件夹不存在。</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <source>{where}: the text has {length} characters, more than the {limit} an Excel cell holds; the workbook shows the first {limit}, the plan keeps it all.</source>
        <translation>{where}：文本有 {length} 个字符，超过 Excel 单元格可容纳的 {limit} 个；工作簿中只显示前 {limit} 个字符，计划中保留全部内容。</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number Excel can hold; left empty.</source>
        <translation>{where}：{value} 不是 Excel 可以存储的数字，已留空。</translation>
    </message>
</context>
<context>
    <name>FillNote</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put back the fields as they were before the sentence was read</source>
        <translation>将各字段恢复为读取目标语句之前的状态</translation>
    </message>
    <message>
        <source>metric {0}</source>
        <translation>指标 {0}</translation>
    </message>
    <message>
        <source>direction {0}</source>
        <translation>方向 {0}</translation>
    </message>
    <message>
        <source>unit {0}</source>
        <translation>单位 {0}</translation>
    </message>
    <message>
        <source>baseline {0}</source>
        <translation>基线值 {0}</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>目标值 {0}</translation>
    </message>
    <message>
        <source>deadline {0}</source>
        <translation>截止日期 {0}</translation>
    </message>
    <message>
        <source>Filled from your sentence: {0}.</source>
        <translation>已根据您的目标语句填入：{0}。</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message numerus="yes">
        <source>Split “{0}” among %n agents</source>
        <translation>
            <numerusform>将“{0}”拆分给 %n 名坐席</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>（尚无标题）</translation>
    </message>
    <message>
        <source>You have an unfinished goal, “{0}”, last changed on {1} at {2}. Resume it?</source>
        <translation>您有一个未完成的目标“{0}”，上次修改于 {1} {2}。要继续吗？</translation>
    </message>
    <message>
        <source>You have unfinished changes to the goal “{0}”, last changed on {1} at {2}. Resume them?</source>
        <translation>您对目标“{0}”有未完成的更改，上次修改于 {1} {2}。要继续吗？</translation>
    </message>
    <message>
        <source>Unfinished goal</source>
        <translation>未完成的目标</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>Edit goal “{0}”</source>
        <translation>编辑目标“{0}”</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Delete “{0}” with its plan and check-ins? Sub-goals stay, without this parent.</source>
        <translation>删除“{0}”及其计划和进度检查吗？其子目标会保留，但不再有上级目标。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>(top level: no parent)</source>
        <translation>（顶层：无上级目标）</translation>
    </message>
    <message>
        <source>Move goal</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <source>Put “{0}” under:</source>
        <translation>将“{0}”移到以下目标之下：</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>无法移动</translation>
    </message>
    <message>
        <source>That goal sits under this one: moving would make a loop.</source>
        <translation>该目标位于此目标之下：移动会形成循环。</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>未移动</translation>
    </message>
    <message>
        <source>Not split</source>
        <translation>未拆分</translation>
    </message>
    <message>
        <source>Take “{0}”&apos;s actuals from its agents</source>
        <translation>“{0}”的实际值改为来自坐席</translation>
    </message>
    <message>
        <source>Use “{0}”&apos;s own check-ins</source>
        <translation>“{0}”改用自己的进度检查</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>&amp;Check-ins</source>
        <translation>进度检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>计划(&amp;P)</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>图表(&amp;T)</translation>
    </message>
    <message>
        <source>Reso&amp;urces</source>
        <translation>资源(&amp;U)</translation>
    </message>
    <message>
        <source>Team week grid…</source>
        <translation>团队周表…</translation>
    </message>
    <message>
        <source>last judged: {0}</source>
        <translation>最后判定：{0}</translation>
    </message>
    <message>
        <source>inside the band</source>
        <translation>在区间内</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>超出区间</translation>
    </message>
    <message>
        <source>{0}% of the planned change</source>
        <translation>已完成计划变化的 {0}%</translation>
    </message>
    <message>
        <source>at this pace inside the band by the deadline</source>
        <translation>按此进度，截止日期时将在区间内</translation>
    </message>
    <message>
        <source>at this pace outside the band by the deadline</source>
        <translation>按此进度，截止日期时将超出区间</translation>
    </message>
    <message>
        <source>at this pace {0} by the deadline</source>
        <translation>按此进度，截止日期时将达到 {0}</translation>
    </message>
    <message>
        <source>ready to close</source>
        <translation>可结束</translation>
    </message>
    <message>
        <source>next check-in {0}</source>
        <translation>下次进度检查 {0}</translation>
    </message>
    <message>
        <source>with sub-goals: {0}</source>
        <translation>含子目标：{0}</translation>
    </message>
</context>
<context>
    <name>GoalListPane</name>
    <message>
        <source>Search goals (Ctrl+F)</source>
        <translation>搜索目标 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open goals</source>
        <translation>未结束的目标</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>全部指标</translation>
    </message>
</context>
<context>
    <name>GoalState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>GoalTreeModel</name>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>With sub-goals</source>
        <translation>含子目标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>{0} · ready to close</source>
        <translation>{0} · 可结束</translation>
    </message>
    <message>
        <source> — {0}% of the planned change so far</source>
        <translation> — 目前已完成计划变化的 {0}%</translation>
    </message>
    <message>
        <source>The deadline has passed or the last check-in is in: nothing more is due.</source>
        <translation>截止日期已过，或最后一次进度检查已记录：不再有待做的进度检查。</translation>
    </message>
    <message>
        <source>With its sub-goals: {0}</source>
        <translation>含子目标：{0}</translation>
    </message>
</context>
<context>
    <name>GoalWizard</name>
    <message>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <source>Goal not saved</source>
        <translation>目标未保存</translation>
    </message>
    <message>
        <source>Stop entering this goal?</source>
        <translation>停止填写此目标？</translation>
    </message>
    <message>
        <source>What you typed can be kept as a draft to finish later, or thrown away.</source>
        <translation>已填写的内容可以保存为草稿以后再完成，也可以丢弃。</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>保存为草稿(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue editing</source>
        <translation>继续编辑(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GuardrailDialog</name>
    <message>
        <source>Guardrail</source>
        <translation>护栏目标</translation>
    </message>
    <message>
        <source>A speed, cost or volume goal can hurt service when pushed alone. Choose the quality goal that guards it: its status is shown beside this goal&apos;s wherever it appears, and this goal is never shown on track while its guardrail is off track.</source>
        <translation>单纯追求速度、成本或量的目标可能会损害服务。请选择守护它的质量目标：凡是显示本目标状态的地方，都会在旁边显示该护栏目标的状态；护栏目标已偏离时，本目标绝不会显示为进展正常。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Guarded by</source>
        <translation>护栏目标(&amp;G)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>此计划</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>此计划的备份</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Your data folder (your default plan, the sample plans)</source>
        <translation>您的数据文件夹（默认计划、示例计划）</translation>
    </message>
    <message>
        <source>Error log</source>
        <translation>错误日志</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>goalplanner Help</source>
        <translation>goalplanner 帮助</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide to the first week</source>
        <translation>第一周指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;SMART goals in brief</source>
        <translation>SMART 目标简介(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where your plan is kept</source>
        <translation>计划文件存放位置(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import actuals from {0}</source>
        <translation>从 {0} 导入实际值</translation>
    </message>
    <message>
        <source>{0} new, {1} changed, {2} unchanged.</source>
        <translation>新增 {0} 个，更改 {1} 个，未变 {2} 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) need correcting: nothing will be imported.</source>
        <translation>
            <numerusform>%n 个单元格需要更正：不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check.</source>
        <translation>
            <numerusform>%n 个值需要检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Nothing can be imported until these cells are corrected in the workbook (or emptied). Then import it again.</source>
        <translation>在工作簿中更正（或清空）这些单元格之前，无法导入任何内容。更正后请重新导入。</translation>
    </message>
    <message>
        <source>Check these values: they will be imported as they are.</source>
        <translation>请检查这些值：它们将按原样导入。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n actual(s)</source>
        <translation>
            <numerusform>导入 %n 个实际值(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook holds no new or changed actuals.</source>
        <translation>工作簿中没有新增或更改的实际值。</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>the sheet is missing (renamed or deleted?)</source>
        <translation>工作表缺失（被重命名或删除了？）</translation>
    </message>
    <message>
        <source>its goal is no longer in the plan</source>
        <translation>其目标已不在计划中</translation>
    </message>
    <message>
        <source>the goal&apos;s check-ins are now {period}, but the sheet holds its {old} plan: export it again</source>
        <translation>该目标的进度检查现已改为{period}进行，但工作表中仍是{old}的计划：请重新导出</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>“{label}” is not a period of the goal&apos;s plan any more (rows moved, or the plan was remade)</source>
        <translation>“{label}”已不再是该目标计划中的周期（行被移动，或计划已重新生成）</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>“{value}”不是数字</translation>
    </message>
    <message>
        <source>a date or time, not a number</source>
        <translation>是日期或时间，不是数字</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric} ({low} to {high})</source>
        <translation>{metric} 不可能为 {value}（范围为 {low} 到 {high}）</translation>
    </message>
    <message>
        <source>{value} is impossible for {metric}: it cannot be below {low}</source>
        <translation>{metric} 不可能为 {value}（不能低于 {low}）</translation>
    </message>
    <message>
        <source>not imported: the goal takes its actuals from its agents; type theirs, or switch it back to its own check-ins</source>
        <translation>未导入：该目标的实际值来自其坐席；请填写坐席的值，或将其改回使用自己的进度检查</translation>
    </message>
    <message>
        <source>{label} appears twice in the sheet</source>
        <translation>{label} 在工作表中出现了两次</translation>
    </message>
    <message>
        <source>{value} was typed as a percentage, but the metric is not measured in per cent</source>
        <translation>{value} 以百分比形式输入，但该指标并非以百分比衡量</translation>
    </message>
    <message>
        <source>{label} has not started yet: actuals are recorded for periods that have begun</source>
        <translation>{label} 尚未开始：只能为已开始的周期记录实际值</translation>
    </message>
    <message>
        <source>{value} is far outside what this goal has seen for {metric} ({low} to {high}): check it is right</source>
        <translation>{value} 远远超出此目标以往的 {metric} 数值范围（{low} 到 {high}）：请确认是否正确</translation>
    </message>
    <message>
        <source>“{value}” is not a confidence: choose {choices}, or leave it blank. The actual is imported without it</source>
        <translation>“{value}”不是有效的信心：请选择 {choices}，或留空。实际值将在不带信心的情况下导入</translation>
    </message>
    <message>
        <source>a confidence or next step is recorded with the period&apos;s actual: type the actual too, or it is not imported</source>
        <translation>信心或下一步随该期间的实际值一起记录：请同时填写实际值，否则不会导入</translation>
    </message>
    <message>
        <source>another check-in of this goal is already recorded on {day} ({other}); it is kept, so that day will have two</source>
        <translation>此目标在 {day} 已记录了另一次进度检查（{other}）；该记录会保留，因此当天将有两次进度检查</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell as a number, which it is not: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>文件在此单元格中将“{value}”存储为数字，但它并不是数字：工作簿已损坏。请在电子表格程序中重新输入该值并保存，或重新导出计划</translation>
    </message>
    <message>
        <source>the cell refers to text number {index} of the workbook, which has only {count}: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>该单元格引用了工作簿中的第 {index} 条文本，但工作簿只有 {count} 条：工作簿已损坏。请在电子表格程序中重新输入该值并保存，或重新导出计划</translation>
    </message>
    <message>
        <source>the cell has format number {index}, which the workbook does not have (it has {count}): the workbook is damaged. Save it again in a spreadsheet, or export the plan again</source>
        <translation>该单元格使用第 {index} 号格式，但工作簿中没有该格式（工作簿只有 {count} 种格式）：工作簿已损坏。请在电子表格程序中重新保存，或重新导出计划</translation>
    </message>
    <message>
        <source>the file stores “{value}” in this cell in a form no spreadsheet writes: the workbook is damaged. Type the value again in a spreadsheet and save, or export the plan again</source>
        <translation>文件在此单元格中以任何电子表格程序都不会写入的形式存储“{value}”：工作簿已损坏。请在电子表格程序中重新输入该值并保存，或重新导出计划</translation>
    </message>
    <message>
        <source>the sheet is damaged (its XML is malformed at line {line}, column {column}) and could not be read. Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>工作表已损坏（其 XML 在第 {line} 行第 {column} 列格式异常），无法读取。请在电子表格程序中重新保存工作簿，或重新导出计划</translation>
    </message>
    <message>
        <source>the sheet is damaged and could not be read ({reason}). Save the workbook again in a spreadsheet, or export the plan again</source>
        <translation>工作表已损坏，无法读取（{reason}）。请在电子表格程序中重新保存工作簿，或重新导出计划</translation>
    </message>
    <message>
        <source>its team goal is no longer in the plan, so the agents&apos; cells were not read</source>
        <translation>其团队目标已不在计划中，因此未读取坐席的单元格</translation>
    </message>
    <message>
        <source>{person} is no longer one of the team&apos;s agents, so this row was not read</source>
        <translation>{person} 已不再是该团队的坐席，因此未读取此行</translation>
    </message>
    <message>
        <source>the agent sheets were laid out by another goalplanner version and were not read</source>
        <translation>坐席工作表由其他版本的 goalplanner 排版，未读取</translation>
    </message>
    <message>
        <source>{person}&apos;s {label} is {value} here but {other} on the agent&apos;s own sheet: keep one of them</source>
        <translation>{person} 的 {label} 在此处为 {value}，在该坐席自己的工作表中为 {other}：请只保留其一</translation>
    </message>
    <message>
        <source>“{value}” is not a number of contacts: type a number of at least 0</source>
        <translation>“{value}”不是联络量：请填写不小于 0 的数字</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>首次响应时间</translation>
    </message>
    <message>
        <source>Sum of (first human reply - ticket created) / tickets replied to; automatic acknowledgements do not count.</source>
        <translation>（首次人工回复时间 - 工单创建时间）之和 / 已回复工单数；自动确认回复不计入。</translation>
    </message>
    <message>
        <source>E-mail replies average about 12 hours and many firms never reply (SuperOffice); leading teams answer chat within 40 s, social within 1 h and e-mail within 4 h (Lorikeet).</source>
        <translation>电子邮件平均约 12 小时才回复，许多企业从不回复（SuperOffice）；领先团队在 40 秒内响应在线聊天、1 小时内响应社交媒体、4 小时内响应电子邮件（Lorikeet）。</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>(Talk time + hold time + after-call work) / contacts handled.</source>
        <translation>（通话时长 + 保持时长 + 话后处理时长）/ 已处理联络量。</translation>
    </message>
    <message>
        <source>About 6 minutes is the usual convention (Invoca); a Cornell report gives 3 min 10 s (Krisp). Compare with your own baseline.</source>
        <translation>通常约定为 6 分钟左右（Invoca）；康奈尔大学的一份报告给出的数字是 3 分 10 秒（Krisp）。请与您自己的基线值比较。</translation>
    </message>
    <message>
        <source>Average resolution time</source>
        <translation>平均解决时长</translation>
    </message>
    <message>
        <source>Sum of (resolved - created) / tickets resolved; say whether first or full resolution.</source>
        <translation>（解决时间 - 创建时间）之和 / 已解决工单数；请注明是首次解决还是彻底解决。</translation>
    </message>
    <message>
        <source>No reliable industry figure: use your own baseline.</source>
        <translation>没有可靠的行业数据：请使用您自己的基线值。</translation>
    </message>
    <message>
        <source>First contact resolution</source>
        <translation>首次联络解决率</translation>
    </message>
    <message>
        <source>Contacts resolved at the first contact / all contacts x 100, usually measured by survey.</source>
        <translation>首次联络即解决的联络量 / 全部联络量 × 100，通常通过调查衡量。</translation>
    </message>
    <message>
        <source>69% or less is low, 70-79% good, 80% or more world-class; the average is 67% (SQM Group).</source>
        <translation>69% 及以下为偏低，70–79% 为良好，80% 及以上为世界一流；平均水平为 67%（SQM Group）。</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>客户满意度 (CSAT)</translation>
    </message>
    <message>
        <source>Responses scoring 4 or 5 on a 1-5 scale / all responses x 100 (74 of 107 gives 69%).</source>
        <translation>在 1–5 分量表上评 4 分或 5 分的回复数 / 全部回复数 × 100（107 份中有 74 份即为 69%）。</translation>
    </message>
    <message>
        <source>Above 80% is excellent (SoGoSurvey); world-class centres reach 85% top-box or more (SQM Group).</source>
        <translation>高于 80% 为优秀（SoGoSurvey）；世界一流的联络中心可达到 85% 或更高的最高两档占比（SQM Group）。</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>净推荐值 (NPS)</translation>
    </message>
    <message>
        <source>% promoters (9-10) - % detractors (0-6) on the 0-10 &apos;would you recommend&apos; question.</source>
        <translation>在 0–10 分的“您是否愿意推荐”问题上，推荐者（9–10 分）占比 - 贬损者（0–6 分）占比。</translation>
    </message>
    <message>
        <source>Global average about +32 (Observe.AI); telecoms 30 or below, retail 50 or above (CustomerGauge).</source>
        <translation>全球平均约为 +32（Observe.AI）；电信业在 30 及以下，零售业在 50 及以上（CustomerGauge）。</translation>
    </message>
    <message>
        <source>Customer effort score (CES): ease, 1-7</source>
        <translation>客户费力度 (CES)：轻松度，1–7</translation>
    </message>
    <message>
        <source>Ease scale, higher is better: mean agreement, 1-7, with &apos;the company made it easy to handle my issue&apos; (CES 2.0); also report the share answering 5-7. Asking how much effort it took instead? Choose the effort scale.</source>
        <translation>轻松度量表，越高越好：对“公司让我轻松解决了问题”的平均认同度，1–7 分（CES 2.0）；同时报告回答 5–7 分的占比。如果问的是付出了多少努力，请选择费力度量表。</translation>
    </message>
    <message>
        <source>96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).</source>
        <translation>经历高费力体验的客户中有 96% 变得更不忠诚，而低费力体验的客户中仅为 9%（Gartner）。</translation>
    </message>
    <message>
        <source>Customer effort score (CES): effort, 1-5</source>
        <translation>客户费力度 (CES)：费力程度，1–5</translation>
    </message>
    <message>
        <source>Effort scale, lower is better: mean answer, 1 (very low effort) to 5 (very high effort), to &apos;how much effort did you personally have to put forth to handle your request?&apos; (the original CES). Asking whether it was easy instead? Choose the ease scale.</source>
        <translation>费力度量表，越低越好：对“为处理您的请求，您个人付出了多少努力？”的平均回答，从 1（非常省力）到 5（非常费力）（最初版 CES）。如果问的是是否轻松，请选择轻松度量表。</translation>
    </message>
    <message>
        <source>Cost per contact</source>
        <translation>单次联络成本</translation>
    </message>
    <message>
        <source>Contact-centre operating cost (salaries to software) / contacts handled, per channel.</source>
        <translation>联络中心运营成本（从薪资到软件）/ 已处理联络量，按渠道分别计算。</translation>
    </message>
    <message>
        <source>$540,000 / 120,000 contacts = $4.50 (Klipfolio); live contact about $8.01 against about $0.10 for self-service (Gartner 2019).</source>
        <translation>$540,000 / 120,000 次联络 = $4.50（Klipfolio）；人工联络约 $8.01，自助服务约 $0.10（Gartner 2019）。</translation>
    </message>
    <message>
        <source>Agent occupancy</source>
        <translation>坐席占用率</translation>
    </message>
    <message>
        <source>Time handling contacts / time logged in x 100 (in Erlang terms, traffic / agents).</source>
        <translation>处理联络的时长 / 登录时长 × 100（用 Erlang 术语表示，即话务量 / 坐席数）。</translation>
    </message>
    <message>
        <source>Aim for 75-85%; 85-90% is pressure, above 90% burns agents out, below 65% is idle time (Call Centre Helper, Turnella).</source>
        <translation>以 75–85% 为目标；85–90% 压力较大，超过 90% 会让坐席身心耗竭，低于 65% 则属闲置（Call Centre Helper、Turnella）。</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <source>Total wrap-up time / calls handled.</source>
        <translation>话后处理总时长 / 已处理来电数。</translation>
    </message>
    <message>
        <source>Sources range from 30 s to 5 minutes and more: treat as unbenchmarked and use your own baseline.</source>
        <translation>各方数据从 30 秒到 5 分钟甚至更长不等：视为无基准，请使用您自己的基线值。</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>(Contacts offered - answered after the threshold - abandoned after the threshold) / offered x 100, e.g. 80% within 20 s.</source>
        <translation>（呼入联络量 - 超过阈值后接听的 - 超过阈值后放弃的）/ 呼入联络量 × 100，例如 20 秒内接通 80%。</translation>
    </message>
    <message>
        <source>80/20 is the most common target, not a standard (Fonolo).</source>
        <translation>80/20 是最常见的目标，但并非标准（Fonolo）。</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>平均应答速度</translation>
    </message>
    <message>
        <source>Total queue wait of answered calls / answered calls; abandoned calls are left out.</source>
        <translation>已接听来电的排队等待总时长 / 已接听来电数；放弃的来电不计入。</translation>
    </message>
    <message>
        <source>Global average about 28 s (Call Centre Helper).</source>
        <translation>全球平均约 28 秒（Call Centre Helper）。</translation>
    </message>
    <message>
        <source>Abandonment rate</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Contacts abandoned / contacts offered x 100 (40 of 1,000 is 4%).</source>
        <translation>放弃的联络量 / 呼入联络量 × 100（1,000 次中放弃 40 次即为 4%）。</translation>
    </message>
    <message>
        <source>5-8% is typical (Uniphore); many aim for 3-5% (Convin); ICMI sets no standard.</source>
        <translation>5–8% 较为常见（Uniphore）；许多企业以 3–5% 为目标（Convin）；ICMI 未设定标准。</translation>
    </message>
    <message>
        <source>Transfer rate</source>
        <translation>转接率</translation>
    </message>
    <message>
        <source>Contacts transferred / contacts handled x 100; count each call once; IVR to agent is not a transfer.</source>
        <translation>转接的联络量 / 已处理联络量 × 100；每通来电只计一次；IVR 转到坐席不算转接。</translation>
    </message>
    <message>
        <source>Below 10% is a common aim, below 5% excellent (KPI Depot, a vendor source).</source>
        <translation>常见目标为低于 10%，低于 5% 为优秀（KPI Depot，供应商来源）。</translation>
    </message>
    <message>
        <source>Net sentiment score</source>
        <translation>净情感得分</translation>
    </message>
    <message>
        <source>(Positive mentions - negative mentions) / all mentions x 100, neutral ones counted in the base (80 positive, 20 negative, 100 neutral gives 30).</source>
        <translation>（正面提及数 - 负面提及数）/ 全部提及数 × 100，中性提及计入基数（正面 80、负面 20、中性 100，得分为 30）。</translation>
    </message>
    <message>
        <source>No published benchmark: compare month over month.</source>
        <translation>没有公开的基准：请逐月比较。</translation>
    </message>
    <message>
        <source>Cross-sell close rate</source>
        <translation>交叉销售成交率</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed / tickets handled x 100 in the period, as the articles measure it. To count only the contacts where an offer was made, choose the per-opportunity rate.</source>
        <translation>周期内交叉销售和追加销售成交数 / 已处理工单数 × 100，与相关文章的衡量方式一致。若只计算提出了推荐的联络，请选择按机会计算的转化率。</translation>
    </message>
    <message>
        <source>No verified benchmark: use your own baseline. 47% of business owners say good service raised their cross-selling.</source>
        <translation>没有经过验证的基准：请使用您自己的基线值。47% 的企业主表示，优质服务提升了他们的交叉销售。</translation>
    </message>
    <message>
        <source>Cross-sell conversion per opportunity</source>
        <translation>按机会计算的交叉销售转化率</translation>
    </message>
    <message>
        <source>Cross-sales closed / cross-sell opportunities (contacts where an offer was made) x 100.</source>
        <translation>交叉销售成交数 / 交叉销售机会数（提出了推荐的联络）× 100。</translation>
    </message>
    <message>
        <source>No verified benchmark: KPI Depot&apos;s 15-25% is unsourced. Use your own baseline.</source>
        <translation>没有经过验证的基准：KPI Depot 给出的 15–25% 没有注明来源。请使用您自己的基线值。</translation>
    </message>
    <message>
        <source>Milestone: done or not yet</source>
        <translation>里程碑：已完成或尚未完成</translation>
    </message>
    <message>
        <source>A yes/no goal with no number, e.g. &apos;launch live chat by 1 March&apos;: check in 0 while it is not done and 1 once it is. It is on track until the deadline while not done, achieved when done, and off track once the deadline passes undone.</source>
        <translation>没有数字的“是/否”型目标，例如“3 月 1 日前上线在线聊天”：未完成时进度检查记录 0，完成后记录 1。未完成时在截止日期前均为“进展正常”，完成即为“已达成”，截止日期已过仍未完成则为“已偏离”。</translation>
    </message>
    <message>
        <source>Split a large launch into dated milestones, each with its own owner.</source>
        <translation>将大型上线项目拆分为带日期的里程碑，每个里程碑各有负责人。</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>来电量</translation>
    </message>
    <message>
        <source>Calls (or contacts) received in the period; self-service and fixing root causes bring it down.</source>
        <translation>周期内收到的来电（或联络）数；自助服务和根治问题根源可以降低来电量。</translation>
    </message>
    <message>
        <source>Compare with the same period last year to allow for seasons.</source>
        <translation>与去年同期比较，以排除季节因素。</translation>
    </message>
    <message>
        <source>Average call wait time</source>
        <translation>平均来电等待时长</translation>
    </message>
    <message>
        <source>Total time callers wait in the queue / calls offered (abandoned calls included).</source>
        <translation>来电者在队列中等待的总时长 / 呼入来电数（含放弃的来电）。</translation>
    </message>
    <message>
        <source>Average speed of answer, the nearest published figure, is about 28 s (Call Centre Helper).</source>
        <translation>与之最接近的公开数据是平均应答速度，约为 28 秒（Call Centre Helper）。</translation>
    </message>
</context>
<context>
    <name>LoopActions</name>
    <message>
        <source>&amp;Close goal…</source>
        <translation>关闭目标(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Reopen goal</source>
        <translation>重新打开目标(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;tinue into next period…</source>
        <translation>延续到下一周期(&amp;T)…</translation>
    </message>
    <message>
        <source>Reopen goal “{0}”</source>
        <translation>重新打开目标“{0}”</translation>
    </message>
    <message>
        <source>Close goal “{0}”</source>
        <translation>关闭目标“{0}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New plan file…</source>
        <translation>新建计划文件(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>打开计划(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample plan</source>
        <translation>打开示例计划(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import actuals from Excel…</source>
        <translation>从 Excel 导入实际值(&amp;I)…</translation>
    </message>
    <message>
        <source>Export check-in &amp;dates…</source>
        <translation>导出进度检查日期(&amp;D)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>新建目标(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit goal…</source>
        <translation>编辑目标(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete goal…</source>
        <translation>删除目标(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Move under another goal…</source>
        <translation>移到其他目标之下(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Find goals</source>
        <translation>查找目标(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Goals and details</source>
        <translation>目标与详情(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Portfolio chart</source>
        <translation>目标总览图(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About goalplanner</source>
        <translation>关于 goalplanner(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Select a goal to see its plan and record check-ins.</source>
        <translation>选择一个目标，以查看其计划并记录进度检查。</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>未打开计划</translation>
    </message>
    <message>
        <source>Goals: {0}</source>
        <translation>目标：{0}</translation>
    </message>
    <message>
        <source>About goalplanner</source>
        <translation>关于 goalplanner</translation>
    </message>
    <message>
        <source>goalplanner {0}
SMART goals for customer-service teams, planned and tracked in a file you own.

Data folder: {1}</source>
        <translation>goalplanner {0}
面向客服团队的 SMART 目标工具，在您自己掌控的文件中制定计划并跟踪进度。

数据文件夹：{1}</translation>
    </message>
    <message>
        <source>This plan is open here: use this window.</source>
        <translation>此计划已在本窗口打开：请使用此窗口。</translation>
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
        <translation>通话记录</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Day first (31/12/2025)</source>
        <translation>日在前 (31/12/2025)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025)</source>
        <translation>月在前 (12/31/2025)</translation>
    </message>
    <message>
        <source>Good / Bad</source>
        <translation>满意 / 不满意</translation>
    </message>
    <message>
        <source>1 to 5 (4 and 5 count as satisfied)</source>
        <translation>1 到 5（4 和 5 计为满意）</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>格式(&amp;L)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>日期顺序(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rating scale</source>
        <translation>评分方式(&amp;R)</translation>
    </message>
    <message>
        <source>Answered &amp;within (seconds)</source>
        <translation>在此时间内接听(&amp;W)（秒）</translation>
    </message>
    <message>
        <source>Only &amp;rows where</source>
        <translation>仅限以下行(&amp;R)</translation>
    </message>
    <message>
        <source>{0}: the first rows</source>
        <translation>{0}：前几行</translation>
    </message>
    <message>
        <source>(all rows)</source>
        <translation>（所有行）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0}（可选）</translation>
    </message>
</context>
<context>
    <name>MeasurePage</name>
    <message>
        <source>How will you measure it?</source>
        <translation>如何衡量？</translation>
    </message>
    <message>
        <source>One metric. Write down where you are now (the baseline) before the target, and ask where the number comes from. A stretch target is optional.</source>
        <translation>选择一个指标。先写下当前水平（基线值），再设定目标值，并弄清数据从何而来。挑战目标为可选项。</translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation>自定义指标</translation>
    </message>
    <message>
        <source>% of today&apos;s value (relative)</source>
        <translation>当前值的 %（相对）</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>&amp;Metric</source>
        <translation>指标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>方向(&amp;D)</translation>
    </message>
    <message>
        <source>Base&amp;line (now)</source>
        <translation>基线值（当前）(&amp;L)</translation>
    </message>
    <message>
        <source>Measured &amp;on</source>
        <translation>测量日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>目标值(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stretch target</source>
        <translation>挑战目标(&amp;S)</translation>
    </message>
    <message>
        <source>Band &amp;from</source>
        <translation>区间下限(&amp;F)</translation>
    </message>
    <message>
        <source>Band t&amp;o</source>
        <translation>区间上限(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;hange by</source>
        <translation>变化量(&amp;H)</translation>
    </message>
    <message>
        <source>A metric of your own: give its unit and say whether higher or lower is better.</source>
        <translation>自定义指标：请填写单位，并说明越高越好还是越低越好。</translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>以 {0} 计</translation>
    </message>
    <message>
        <source>units</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Change: {0}</source>
        <translation>变化：{0}</translation>
    </message>
    <message>
        <source> ({0}{1}% relative)</source>
        <translation> （相对变化 {0}{1}%）</translation>
    </message>
    <message>
        <source>“{0}%” can mean two things: {1}% relative takes {2}% to {3}%; {1} points takes it to {4}%.</source>
        <translation>“{0}%”有两种理解：相对变化 {1}% 会使 {2}% 变为 {3}%；{1} 个百分点则会使其变为 {4}%。</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>“{0}”不是数字。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter {0} or more.</source>
        <translation>请输入 {0} 或更大的数。</translation>
    </message>
</context>
<context>
    <name>OpeningStatus</name>
    <message>
        <source>Opening {0}…</source>
        <translation>正在打开 {0}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening this plan; the plan shown now stays open.</source>
        <translation>停止打开此计划；当前显示的计划保持打开。</translation>
    </message>
</context>
<context>
    <name>PlanFiles</name>
    <message>
        <source>Plan already open</source>
        <translation>计划已打开</translation>
    </message>
    <message>
        <source>{0} is open in another goalplanner window, which has been brought to the front. One window per plan keeps two windows from saving over each other.</source>
        <translation>{0} 已在另一个 goalplanner 窗口中打开，该窗口已被切换到前台。每个计划只用一个窗口，可避免两个窗口互相覆盖保存。</translation>
    </message>
    <message>
        <source>Plan not found</source>
        <translation>找不到计划</translation>
    </message>
    <message>
        <source>{0} does not exist.</source>
        <translation>{0} 不存在。</translation>
    </message>
    <message>
        <source>Backups are failing</source>
        <translation>备份持续失败</translation>
    </message>
    <message>
        <source>This plan cannot be backed up. {0}</source>
        <translation>无法备份此计划。{0}</translation>
    </message>
    <message>
        <source>The plan itself is fine and every change is saved. To keep backups, make {0} a folder you can write to, on a disk with space free, or choose another backup folder by setting {1} before starting goalplanner.</source>
        <translation>计划本身没有问题，所有更改均已保存。若要继续备份，请确保 {0} 是您有写入权限的文件夹，且所在磁盘有可用空间；或在启动 goalplanner 前设置 {1}，以选择其他备份文件夹。</translation>
    </message>
    <message>
        <source>Cannot open this plan</source>
        <translation>无法打开此计划</translation>
    </message>
    <message>
        <source>goalplanner can copy it into your plans folder ({0}) and open the copy.</source>
        <translation>goalplanner 可以将它复制到您的计划文件夹（{0}）并打开副本。</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>打开副本</translation>
    </message>
    <message>
        <source>A verified backup from {0} exists. Restoring copies it to a new file and opens that; the file above stays as it is.</source>
        <translation>存在一个来自 {0} 的已验证备份。恢复时会将其复制为新文件并打开；上述文件保持不变。</translation>
    </message>
    <message>
        <source>Open a copy of the backup</source>
        <translation>打开备份的副本</translation>
    </message>
    <message>
        <source>It holds no plan: it is empty, or was left half-made when goalplanner was stopped while creating it. Replace it with a new, empty plan?</source>
        <translation>该文件不包含任何计划：它是空的，或是 goalplanner 在创建它时被中断而留下的不完整文件。要将其替换为一个新的空计划吗？</translation>
    </message>
    <message>
        <source>Replace with a new plan</source>
        <translation>替换为新计划</translation>
    </message>
    <message>
        <source>Setting it aside renames it to {0} in the same folder and opens the plan as it was last saved. Nothing is deleted.</source>
        <translation>搁置会将其在同一文件夹中重命名为 {0}，并打开计划上次保存时的状态。不会删除任何内容。</translation>
    </message>
    <message>
        <source>Set it aside and open</source>
        <translation>搁置并打开</translation>
    </message>
    <message>
        <source>You can also view what can be read of it: goals that read fine are shown, those that cannot be read are listed, and nothing in the file is changed.</source>
        <translation>您也可以查看其中能读取的内容：可正常读取的目标会显示出来，无法读取的目标会列出，文件中的任何内容都不会被更改。</translation>
    </message>
    <message>
        <source>View what can be read</source>
        <translation>查看可读取的内容</translation>
    </message>
    <message>
        <source>{0} could not be renamed: {1}</source>
        <translation>无法重命名 {0}：{1}</translation>
    </message>
    <message>
        <source>Cannot view this plan</source>
        <translation>无法查看此计划</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0}（副本）</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>复制失败</translation>
    </message>
    <message>
        <source>{0} (restored {1})</source>
        <translation>{0}（恢复于 {1}）</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>New plan file</source>
        <translation>新建计划文件</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>{0} already exists. Open it from File → Open plan, or choose another name.</source>
        <translation>{0} 已存在。请通过“文件 → 打开计划”打开它，或选择其他名称。</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开计划</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>目标计划 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>示例计划</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>已备份到 {0}</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>没有最近打开的计划</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <source>The plan as it will be saved:</source>
        <translation>将要保存的计划：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
</context>
<context>
    <name>PlanShape</name>
    <message>
        <source>A change of x % every period needs a baseline and a target above zero.</source>
        <translation>每个周期变化 x% 需要基线值和目标值都大于零。</translation>
    </message>
    <message>
        <source>The target is lower: enter a cut, such as -5.</source>
        <translation>目标值更低：请输入降幅，例如 -5。</translation>
    </message>
    <message>
        <source>The target is higher: enter a rise, such as 5.</source>
        <translation>目标值更高：请输入增幅，例如 5。</translation>
    </message>
    <message>
        <source>“{0}” is not a number: paste last year&apos;s 12 monthly values.</source>
        <translation>“{0}”不是数字：请粘贴去年 12 个月的数值。</translation>
    </message>
    <message>
        <source>{0} is below zero: monthly values are 0 or more.</source>
        <translation>{0} 小于零：月度数值应为 0 或更大。</translation>
    </message>
    <message>
        <source>{0} values found: give last year&apos;s 12, one for each month from January.</source>
        <translation>找到 {0} 个数值：请提供去年的 12 个数值，从 1 月起每月一个。</translation>
    </message>
    <message>
        <source>Every month is zero: the plan would not move.</source>
        <translation>每个月都为零：计划不会有任何变化。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>&amp;Weeks</source>
        <translation>按周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>按月(&amp;M)</translation>
    </message>
    <message>
        <source>Reset to &amp;curve</source>
        <translation>重置为曲线(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Split among agents…</source>
        <translation>拆分给坐席(&amp;S)…</translation>
    </message>
    <message>
        <source>Make one goal per agent, each with their share of the team&apos;s target.</source>
        <translation>为每名坐席建立一个目标，各自承担团队目标值中的一份。</translation>
    </message>
    <message>
        <source>Type over a planned value to fix it: it is locked and the other periods re-spread so the plan still ends at the target.</source>
        <translation>直接改写计划值即可固定它：该值会被锁定，其他周期重新分摊，使计划仍在目标值处结束。</translation>
    </message>
    <message>
        <source>Set plan for {0}</source>
        <translation>设置 {0} 的计划</translation>
    </message>
    <message>
        <source>Lock {0}</source>
        <translation>锁定 {0}</translation>
    </message>
    <message>
        <source>Reset plan to curve</source>
        <translation>将计划重置为曲线</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划值</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>A locked value stays when the plan is re-spread.</source>
        <translation>重新分摊计划时，锁定的值保持不变。</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <source>Click a bar to open that goal. Right-click the chart to save or copy it.</source>
        <translation>单击条形可打开该目标。右键单击图表可保存或复制图表。</translation>
    </message>
    <message>
        <source>&amp;Save chart…</source>
        <translation>保存图表(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (no value for the metric)</source>
        <translation>
            <numerusform>跳过 %n 行（没有该指标的值）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) counted once</source>
        <translation>
            <numerusform>%n 个重复项只计一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the filter</source>
        <translation>
            <numerusform>%n 行被筛选排除</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recording it</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>需注意</translation>
    </message>
    <message>
        <source>New check-in</source>
        <translation>新的进度检查</translation>
    </message>
    <message>
        <source>Replaces {0}</source>
        <translation>替换 {0}</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>不记录</translation>
    </message>
    <message>
        <source>Few to go on</source>
        <translation>依据太少</translation>
    </message>
    <message>
        <source>Period not over</source>
        <translation>周期尚未结束</translation>
    </message>
    <message>
        <source>Far from what the goal has seen</source>
        <translation>与该目标以往的数值相差很大</translation>
    </message>
    <message>
        <source>{0} used</source>
        <translation>使用了 {0}</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2025 were read month first; choose the date order if that is wrong.</source>
        <translation>03/04/2025 这样的日期按月在前读取；如有误，请选择日期顺序。</translation>
    </message>
    <message>
        <source>No period of the file falls within the goal&apos;s time: nothing to import.</source>
        <translation>文件中没有落在目标期间内的周期：没有可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Import records %n check-in(s).</source>
        <translation>
            <numerusform>导入将记录 %n 次进度检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileFromExport</name>
    <message>
        <source>From an &amp;export…</source>
        <translation>从导出文件获取(&amp;E)…</translation>
    </message>
    <message>
        <source>From an export: {0}, {1} to {2}.</source>
        <translation>来自导出文件：{0}，{1} 至 {2}。</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) rest on fewer than {0}.</source>
        <translation>
            <numerusform>%n 个月的数据不足 {0} 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export holds no finished month: no monthly values from it.</source>
        <translation>导出文件中没有已结束的月份：无法据此得出月度数值。</translation>
    </message>
    <message numerus="yes">
        <source>The 12 months up to {0} are needed; the export has nothing for %n month(s): {1}. Nothing was changed.</source>
        <translation>
            <numerusform>需要截至 {0} 的 12 个月；导出文件中有 %n 个月没有数据：{1}。未作任何更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatioCounts</name>
    <message>
        <source>{0}: how many were counted in the period. The actual is worked out from the two counts.</source>
        <translation>{0}：本周期内计入的数量。实际值根据这两个数计算得出。</translation>
    </message>
    <message>
        <source>{0}: how many there were in all in the period, counted or not.</source>
        <translation>{0}：本周期内的总数，无论是否计入。</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意数</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>Resolved first time</source>
        <translation>首次解决数</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联络量</translation>
    </message>
    <message>
        <source>Answered in time</source>
        <translation>及时接通数</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>呼入来电数</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃数</translation>
    </message>
    <message>
        <source>Contacts offered</source>
        <translation>呼入联络量</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转接数</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>已处理联络量</translation>
    </message>
    <message>
        <source>Sales closed</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>Tickets handled</source>
        <translation>已处理工单数</translation>
    </message>
    <message>
        <source>Offers made</source>
        <translation>推荐次数</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>计入数</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>总数</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>{0} (read-only) — goalplanner</source>
        <translation>{0}（只读）— goalplanner</translation>
    </message>
    <message>
        <source>This plan is damaged and shown read-only: nothing can be changed or saved, and the file is left as it is. What is wrong ({0}), as `goalplanner check` lists it:</source>
        <translation>此计划已损坏，正以只读方式显示：无法更改或保存任何内容，文件保持原样。`goalplanner check` 列出的问题（{0} 个）：</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… 另有 {0} 个</translation>
    </message>
    <message>
        <source>goal {0} “{1}”</source>
        <translation>目标 {0}“{1}”</translation>
    </message>
    <message>
        <source>goal {0} (its title cannot be read)</source>
        <translation>目标 {0}（其标题无法读取）</translation>
    </message>
    <message>
        <source>Goals that cannot be read, so are not in the list: {0}</source>
        <translation>无法读取、因而不在列表中的目标：{0}</translation>
    </message>
    <message>
        <source>Every goal could be read and is in the list.</source>
        <translation>所有目标均已读取，且都在列表中。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Meeting pack: {0}</source>
        <translation>会议资料：{0}</translation>
    </message>
    <message>
        <source>{0} · {1} · page {2} of {3}</source>
        <translation>{0} · {1} · 第 {2} 页，共 {3} 页</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier check-in(s)</source>
        <translation>
            <numerusform>及之前的 %n 次进度检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active goals: %n</source>
        <translation>
            <numerusform>进行中的目标：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins in the last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天的进度检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Who and what it needs</source>
        <translation>人员与所需资源</translation>
    </message>
    <message>
        <source>Last check-ins</source>
        <translation>最近的进度检查</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No check-in recorded yet.</source>
        <translation>尚未记录进度检查。</translation>
    </message>
    <message>
        <source>Goals at a glance</source>
        <translation>目标一览</translation>
    </message>
    <message>
        <source>{0} · as of {1}</source>
        <translation>{0} · 截至 {1}</translation>
    </message>
    <message>
        <source>Goals in this pack</source>
        <translation>本资料中的目标</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>No active goal.</source>
        <translation>没有进行中的目标。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Print goal sheet…</source>
        <translation>打印目标概要页(&amp;P)…</translation>
    </message>
    <message>
        <source>Save goal s&amp;heet as PDF…</source>
        <translation>将目标概要页另存为 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;meeting pack as PDF…</source>
        <translation>将会议资料另存为 PDF(&amp;M)…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Select a goal to print its sheet.</source>
        <translation>请先选择一个目标，再打印其概要页。</translation>
    </message>
    <message>
        <source>Save goal sheet as PDF</source>
        <translation>将目标概要页另存为 PDF</translation>
    </message>
    <message>
        <source>Save meeting pack as PDF</source>
        <translation>将会议资料另存为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {0}</source>
        <translation>
            <numerusform>已将 %n 页保存到 {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no PDF was written.</source>
        <translation>已取消：未写入 PDF。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>未写入 PDF</translation>
    </message>
    <message>
        <source>The plan changed meanwhile; try again.</source>
        <translation>计划在此期间已更改，请重试。</translation>
    </message>
    <message>
        <source>Print goal sheet</source>
        <translation>打印目标概要页</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <source>Sent “{0}” to the printer.</source>
        <translation>已将“{0}”发送到打印机。</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>参与人</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>所需坐席</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Yes, available.</source>
        <translation>是，已具备。</translation>
    </message>
    <message>
        <source>No, not yet.</source>
        <translation>否，尚不具备。</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>尚未回答。</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>应对计划：{plan}</translation>
    </message>
    <message>
        <source>No plan yet: say how the team will get it.</source>
        <translation>尚无应对计划：请说明团队将如何获得。</translation>
    </message>
    <message>
        <source>Headcount: {headcount}.</source>
        <translation>在编人数：{headcount}。</translation>
    </message>
    <message>
        <source>Amount: {amount}.</source>
        <translation>金额：{amount}。</translation>
    </message>
    <message numerus="yes">
        <source>It covers %Ln contact(s).</source>
        <translation>
            <numerusform>可覆盖 %Ln 次联络。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>需要 %n 名坐席在线，计入损耗后排班 {scheduled} 名（按整人向上取整）：{within} s 内接通 {service_level}，平均等待 {asa} s，占用率 {occupancy}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Headcount {headcount}: {short} short on the rota.</source>
        <translation>在编人数 {headcount}：排班缺 {short} 人。</translation>
    </message>
    <message numerus="yes">
        <source>The busiest week needs %n agent(s) on the phones and {scheduled} on the rota after shrinkage (whole agents, rounded up): {service_level} answered within {within} s, average wait {asa} s, occupancy {occupancy}.</source>
        <translation>
            <numerusform>最繁忙的一周需要 %n 名坐席在线，计入损耗后排班 {scheduled} 名（按整人向上取整）：{within} s 内接通 {service_level}，平均等待 {asa} s，占用率 {occupancy}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {weeks} weeks are short of agents; the worst, week {week}, needs {need} and has {available}.</source>
        <translation>
            <numerusform>{weeks} 周中有 %n 周坐席不足；最严重的是第 {week} 周，需要 {need} 名，现有 {available} 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Skills needed: {skills}.</source>
        <translation>所需技能：{skills}。</translation>
    </message>
    <message>
        <source>Nobody named yet: name who is responsible for the goal.</source>
        <translation>尚未指定：请指定负责此目标的人。</translation>
    </message>
    <message>
        <source>Nobody named yet: name who checks the goal with the owner.</source>
        <translation>尚未指定：请指定与负责人一起审核此目标的人。</translation>
    </message>
    <message>
        <source>Nobody named yet.</source>
        <translation>尚未指定。</translation>
    </message>
    <message>
        <source>Not worked out. To see how many agents the queue needs, change the resources and tick “Work out the agents each week needs (Erlang C)”.</source>
        <translation>尚未计算。若要查看队列需要多少坐席，请更改资源并勾选“计算每周所需坐席数 (Erlang C)”。</translation>
    </message>
    <message>
        <source>Headcount {headcount} is enough.</source>
        <translation>在编人数 {headcount}，足够。</translation>
    </message>
    <message>
        <source>Worked out for {volume}, handle time {aht} s, {aim} ({whose}), shrinkage {shrinkage} and an occupancy cap of {cap}.</source>
        <translation>计算依据：{volume}，处理时长 {aht} s，{aim}（{whose}），损耗率 {shrinkage}，占用率上限 {cap}。</translation>
    </message>
    <message>
        <source>{contacts} contacts every {minutes} minutes</source>
        <translation>每 {minutes} 分钟 {contacts} 次联络</translation>
    </message>
    <message>
        <source>last year&apos;s monthly volumes</source>
        <translation>去年各月的联络量</translation>
    </message>
    <message>
        <source>an average wait of {asa} s</source>
        <translation>平均等待 {asa} s</translation>
    </message>
    <message>
        <source>{target} answered within {within} s</source>
        <translation>{within} s 内接通 {target}</translation>
    </message>
    <message>
        <source>{target} hanging up, at a patience of {patience} s</source>
        <translation>放弃率 {target}，耐心时长 {patience} s</translation>
    </message>
    <message>
        <source>the goal&apos;s target</source>
        <translation>此目标的目标值</translation>
    </message>
    <message>
        <source>a target typed into the calculator</source>
        <translation>在计算器中输入的目标值</translation>
    </message>
    <message>
        <source>Cannot work it out: {reason}.</source>
        <translation>无法计算：{reason}。</translation>
    </message>
</context>
<context>
    <name>ResourcesPage</name>
    <message>
        <source>Can the team do it?</source>
        <translation>团队能做到吗？</translation>
    </message>
    <message>
        <source>Three questions. Answer each honestly: a “no” does not end the goal, it asks how you will get what is missing.</source>
        <translation>三个问题，请如实回答：回答“否”并不意味着目标作废，而是要说明如何补足所缺的资源。</translation>
    </message>
    <message>
        <source>Staff: do we have the people to carry the work?</source>
        <translation>人员：我们是否有足够的人手完成这项工作？</translation>
    </message>
    <message>
        <source>Budget: can we pay for it, or cut elsewhere?</source>
        <translation>预算：我们能否负担，或能否从别处削减？</translation>
    </message>
    <message>
        <source>Skills: do we have the know-how, or someone to teach it?</source>
        <translation>技能：我们是否具备相应的专业能力，或有人能教？</translation>
    </message>
    <message>
        <source>If no: how will you get it, and by when?</source>
        <translation>如果否：您将如何获得，何时获得？</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>是否具备</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>应对计划</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Contacts it covers</source>
        <translation>覆盖的联络量</translation>
    </message>
    <message>
        <source>e.g. training on the new CRM</source>
        <translation>例如：新 CRM 系统培训</translation>
    </message>
    <message>
        <source>Skills needed</source>
        <translation>所需技能</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>在编人数</translation>
    </message>
    <message>
        <source>Work out the agents each week needs (Erlang C)</source>
        <translation>计算每周所需坐席数 (Erlang C)</translation>
    </message>
    <message>
        <source>For cost per contact: enter the contacts the budget covers to see the total.</source>
        <translation>单次联络成本：输入预算覆盖的联络量即可查看总额。</translation>
    </message>
    <message>
        <source>at today&apos;s cost</source>
        <translation>按当前成本</translation>
    </message>
    <message>
        <source>at the target</source>
        <translation>按目标值</translation>
    </message>
    <message>
        <source>Contacts × cost per contact — {0}</source>
        <translation>联络量 × 单次联络成本 — {0}</translation>
    </message>
</context>
<context>
    <name>ResourcesTab</name>
    <message>
        <source>Not answered yet: {0}. Answer them to know whether the team can do it.</source>
        <translation>尚未回答：{0}。回答这些问题，才能知道团队能否做到。</translation>
    </message>
    <message>
        <source>&amp;Answer the questions…</source>
        <translation>回答问题(&amp;A)…</translation>
    </message>
    <message>
        <source>What the goal needs and who is on it, as answered in the wizard.</source>
        <translation>目标所需的资源和参与人员，即在向导中填写的内容。</translation>
    </message>
    <message>
        <source>C&amp;hange resources…</source>
        <translation>更改资源(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>made with Back up now</source>
        <translation>通过“立即备份”创建</translation>
    </message>
    <message>
        <source>before a format upgrade</source>
        <translation>格式升级前</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of {0}, newest first. A copy of the one you choose is saved as a new file beside the plan and opened; the plan and its backups stay as they are.</source>
        <translation>{0} 的备份，最新的在前。所选备份的副本会另存为计划旁边的新文件并打开；计划及其备份保持不变。</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>&amp;Open a copy</source>
        <translation>打开副本(&amp;O)</translation>
    </message>
    <message>
        <source>This plan has no backups yet. File → Back up now makes one.</source>
        <translation>此计划尚无备份。可通过“文件 → 立即备份”创建。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <source>Read the goal aloud: would the owner know what to do on Monday? Fix what is marked as an error; warnings are worth a second look.</source>
        <translation>把目标大声读一遍：负责人周一就知道该做什么吗？请修正标为错误的问题；警告也值得再看一眼。</translation>
    </message>
    <message>
        <source>Every SMART check passes.</source>
        <translation>所有 SMART 检查均已通过。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>RollupActions</name>
    <message>
        <source>Roll-&amp;up rule…</source>
        <translation>汇总规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Guard&amp;rail…</source>
        <translation>护栏目标(&amp;R)…</translation>
    </message>
    <message>
        <source>Roll-up rule of “{0}”</source>
        <translation>“{0}”的汇总规则</translation>
    </message>
    <message>
        <source>Guardrail of “{0}”</source>
        <translation>“{0}”的护栏目标</translation>
    </message>
</context>
<context>
    <name>RollupRuleDialog</name>
    <message>
        <source>Roll-up rule</source>
        <translation>汇总规则</translation>
    </message>
    <message>
        <source>How this goal&apos;s status together with its sub-goals is worked out.</source>
        <translation>本目标含子目标的状态如何得出。</translation>
    </message>
    <message>
        <source>&amp;Worst wins: the worst status of the goal and everything under it</source>
        <translation>最差为准(&amp;W)：取本目标及其下所有目标中最差的状态</translation>
    </message>
    <message>
        <source>W&amp;eighted: graded from the weighted mean of the sub-goals&apos; achievement</source>
        <translation>加权(&amp;E)：按子目标完成度的加权平均评定</translation>
    </message>
    <message>
        <source>Each sub-goal counts with its latest check-in&apos;s share of the planned change (at most 100%); one without a check-in leaves the mean and the other weights are rescaled. Leave every weight empty for equal shares.</source>
        <translation>每个子目标按其最近一次进度检查完成的计划变化比例计入（最多 100%）；没有进度检查的子目标不计入平均值，其余权重按比例重新分配。所有权重留空即为平均分配。</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>子目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Give every sub-goal a weight, or leave them all empty for equal shares.</source>
        <translation>请为每个子目标设定权重，或全部留空以平均分配。</translation>
    </message>
    <message>
        <source>The weights must make 100%.</source>
        <translation>权重之和必须为 100%。</translation>
    </message>
    <message>
        <source>Total: {0}%</source>
        <translation>合计：{0}%</translation>
    </message>
    <message>
        <source>Equal shares: {0}% each</source>
        <translation>平均分配：每个 {0}%</translation>
    </message>
    <message>
        <source>This goal has no sub-goals yet.</source>
        <translation>本目标还没有子目标。</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>support lead</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Be recognised as the leader in customer service in our market, measured by NPS</source>
        <translation>成为本市场公认的客户服务领先者，以 NPS 衡量</translation>
    </message>
    <message>
        <source>head of customer service</source>
        <translation>客户服务总监</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务部</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>Operations director</source>
        <translation>运营总监</translation>
    </message>
    <message>
        <source>Customers who recommend us are the cheapest growth we have.</source>
        <translation>客户的推荐是我们成本最低的增长来源</translation>
    </message>
    <message>
        <source>Company strategy: win on service, not on price.</source>
        <translation>公司战略：以服务取胜，而不是靠价格。</translation>
    </message>
    <message>
        <source>Cut average support call wait time by 50% within six weeks through a plan led by Mark</source>
        <translation>通过 Mark 牵头的计划，六周内将客服来电平均等待时长缩短 50%</translation>
    </message>
    <message>
        <source>Phone team A</source>
        <translation>电话组 A</translation>
    </message>
    <message>
        <source>Phone team B</source>
        <translation>电话组 B</translation>
    </message>
    <message>
        <source>Phone support</source>
        <translation>电话客服</translation>
    </message>
    <message>
        <source>Inbound support queue</source>
        <translation>呼入客服队列</translation>
    </message>
    <message>
        <source>Long waits are the first complaint in our surveys and push callers to hang up.</source>
        <translation>等待时间长是我们调查中排名第一的投诉，还会迫使来电者挂断</translation>
    </message>
    <message>
        <source>Two senior agents coach the queue on the call-back script.</source>
        <translation>由两名资深坐席为队列坐席辅导回拨话术。</translation>
    </message>
    <message>
        <source>Call-back scheduling, queue monitoring</source>
        <translation>回拨排程、队列监控</translation>
    </message>
    <message>
        <source>Raise e-mail CSAT 25% versus last quarter, from 68% to 85%, within three months</source>
        <translation>三个月内将电子邮件 CSAT 比上季度提高 25%，从 68% 提高到 85%</translation>
    </message>
    <message>
        <source>team lead, e-mail</source>
        <translation>电子邮件组组长</translation>
    </message>
    <message>
        <source>E-mail support</source>
        <translation>电子邮件客服</translation>
    </message>
    <message>
        <source>E-mail channel</source>
        <translation>电子邮件渠道</translation>
    </message>
    <message>
        <source>Unhappy e-mail customers call back, which lengthens every queue.</source>
        <translation>对邮件回复不满意的客户会再打电话来，使每个队列都变长</translation>
    </message>
    <message>
        <source>Cut support call volume 50% versus last year through a self-service library</source>
        <translation>通过自助服务知识库，使客服来电量比去年减少 50%</translation>
    </message>
    <message>
        <source>self-service lead</source>
        <translation>自助服务主管</translation>
    </message>
    <message>
        <source>Self-service</source>
        <translation>自助服务组</translation>
    </message>
    <message>
        <source>Phone support, all products</source>
        <translation>电话客服（全部产品）</translation>
    </message>
    <message>
        <source>Customers would rather find answers themselves; every call avoided frees an agent.</source>
        <translation>客户更愿意自己找到答案；每少一通来电，就能空出一名坐席</translation>
    </message>
    <message>
        <source>Fund the knowledge-base licence from the printed-manuals budget.</source>
        <translation>用纸质手册的预算支付知识库的许可费用。</translation>
    </message>
    <message>
        <source>Technical writing</source>
        <translation>技术写作</translation>
    </message>
    <message>
        <source>Keep phone agents&apos; occupancy within the healthy 75-85% band every week</source>
        <translation>每周将电话坐席占用率保持在 75–85% 的健康区间内</translation>
    </message>
    <message>
        <source>Above 85% agents burn out; below 75% we pay for idle time.</source>
        <translation>超过 85% 坐席会身心耗竭；低于 75% 我们就要为闲置时间买单</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>六个月内将不必要的转接减少 10%</translation>
    </message>
    <message>
        <source>quality lead</source>
        <translation>质检主管</translation>
    </message>
    <message>
        <source>Each needless transfer makes the customer repeat the story. Paired with the goal on beneficial transfers so agents do not stop sending callers to experts.</source>
        <translation>每一次不必要的转接都让客户不得不重述问题。本目标与“有效转接”目标配套，以免坐席因此不再把来电者转给专家</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over the same six months</source>
        <translation>在同样的六个月内将转接给产品专家的有效转接提高 5%</translation>
    </message>
    <message>
        <source>The complement of the transfer cut: the right expert at once solves the issue on one call.</source>
        <translation>这是转接削减目标的配套目标：直接转给合适的专家，一通电话就能解决问题</translation>
    </message>
    <message>
        <source>transfers/week</source>
        <translation>次转接/周</translation>
    </message>
    <message>
        <source>Two agents off sick; call-backs paused.</source>
        <translation>两名坐席病假；回拨暂停。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Spread plans over &amp;working days, not calendar days</source>
        <translation>按工作日而非日历日分摊计划(&amp;W)</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>无法定节假日</translation>
    </message>
    <message>
        <source>Days worked</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>节假日所属国家</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Changes apply to plans made or reset from now on; existing plans keep their values.</source>
        <translation>更改仅适用于此后新建或重置的计划；现有计划保留原值。</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>跟随系统（{0}）</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Whole country</source>
        <translation>全国</translation>
    </message>
</context>
<context>
    <name>ShapePage</name>
    <message>
        <source>How should the plan get there?</source>
        <translation>计划应如何推进到目标值？</translation>
    </message>
    <message>
        <source>The pace from the baseline to the target. Each week&apos;s and month&apos;s check-in is judged against this plan.</source>
        <translation>从基线值到目标值的推进节奏。每周和每月的进度检查都以此计划为评估依据。</translation>
    </message>
    <message>
        <source>S&amp;traight line: the same step every week</source>
        <translation>直线：每周步进相同(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;A steady percentage every month or week</source>
        <translation>固定百分比：每月或每周按相同比例变化(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Front-loaded: most of the change early</source>
        <translation>前期集中：大部分变化在早期完成(&amp;F)</translation>
    </message>
    <message>
        <source>Bac&amp;k-loaded: most of the change near the deadline</source>
        <translation>后期集中：大部分变化在临近截止日期时完成(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Like last year: progress comes in the months that went well last year</source>
        <translation>参照去年：进展集中在去年表现好的月份(&amp;L)</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Paste last year&apos;s 12 months (a column or a row), or type them: 120 110 130 …</source>
        <translation>粘贴去年 12 个月的数值（一列或一行），或直接输入：120 110 130 …</translation>
    </message>
    <message>
        <source>Enter a change above -100% and at most 1000%.</source>
        <translation>请输入大于 -100% 且不超过 1000% 的变化量。</translation>
    </message>
    <message>
        <source>Paste or type last year&apos;s 12 monthly values.</source>
        <translation>请粘贴或输入去年 12 个月的数值。</translation>
    </message>
    <message>
        <source>The preview appears once the goal has a baseline, a target and a deadline.</source>
        <translation>目标有了基线值、目标值和截止日期后，即会显示预览。</translation>
    </message>
    <message>
        <source>Type a rate to plan with your own.</source>
        <translation>也可以输入您自己的变化率来制定计划。</translation>
    </message>
    <message>
        <source>Read: {0}</source>
        <translation>已读取：{0}</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>每月 {0}，到截止日期时达到 {1}，距 {3} 还差 {2}。</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by the deadline, {2} short of {3}.</source>
        <translation>每周 {0}，到截止日期时达到 {1}，距 {3} 还差 {2}。</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a month would get there.</source>
        <translation>计划随后在截止日期时直接跳到目标值；每月 {0} 才能如期达到目标值。</translation>
    </message>
    <message>
        <source>The plan then steps to the target at the deadline; {0} a week would get there.</source>
        <translation>计划随后在截止日期时直接跳到目标值；每周 {0} 才能如期达到目标值。</translation>
    </message>
    <message>
        <source>{0} a month reaches {1} by {2} and holds it to the deadline.</source>
        <translation>每月 {0}，将在 {2} 达到 {1}，并保持到截止日期。</translation>
    </message>
    <message>
        <source>{0} a week reaches {1} by {2} and holds it to the deadline.</source>
        <translation>每周 {0}，将在 {2} 达到 {1}，并保持到截止日期。</translation>
    </message>
    <message>
        <source>An even {0} a month ends exactly at the target.</source>
        <translation>每月均匀变化 {0}，正好在目标值处结束。</translation>
    </message>
    <message>
        <source>An even {0} a week ends exactly at the target.</source>
        <translation>每周均匀变化 {0}，正好在目标值处结束。</translation>
    </message>
    <message>
        <source>Halfway to the deadline, in the week ending {0}, the plan is at {1}.</source>
        <translation>到截止日期的一半时（截至 {0} 的那一周），计划值为 {1}。</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>Qt date format: a month and its year</comment>
        <translation>yyyy年M月</translation>
    </message>
</context>
<context>
    <name>Smart</name>
    <message>
        <source>improve, improving, better, enhance, optimise, optimize, boost, maximise, maximize, minimise, minimize, work on, focus on, try, strive, great, excellent</source>
        <translation>改善, 改进, 提升, 提高, 优化, 加强, 增强, 更好, 最大化, 最小化, 努力, 尽量, 争取, 致力于, 出色, 卓越</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>高</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Say in one sentence what the team will achieve, e.g. “Cut average call wait time by 50% within six weeks”.</source>
        <translation>用一句话说明团队将达成什么，例如“六周内将平均来电等待时长缩短 50%”。</translation>
    </message>
    <message>
        <source>“{title}” does not say how much or of what. Name the number that will change and by how much, e.g. “from 68% to 85% CSAT”.</source>
        <translation>“{title}”没有说明改变什么、改变多少。请写明要变化的数字及变化幅度，例如“CSAT 从 68% 提高到 85%”。</translation>
    </message>
    <message>
        <source>Say which team, queue or channel the goal covers.</source>
        <translation>请说明目标涵盖哪个团队、队列或渠道。</translation>
    </message>
    <message>
        <source>Name one owner who champions the goal; a goal everyone owns, nobody drives.</source>
        <translation>指定一名负责推动目标的负责人；人人负责的目标，最终无人推动。</translation>
    </message>
    <message>
        <source>Choose a metric from the catalogue, or give a custom metric its unit.</source>
        <translation>从指标库中选择一个指标，或为自定义指标指定单位。</translation>
    </message>
    <message>
        <source>Record where you are now (the baseline) before setting a target.</source>
        <translation>设定目标值之前，请先记录当前水平（基线值）。</translation>
    </message>
    <message>
        <source>Say when the baseline was measured, so progress is compared with the right period.</source>
        <translation>请说明基线值的测量日期，以便与正确的周期比较进展。</translation>
    </message>
    <message>
        <source>Set the value the metric should reach.</source>
        <translation>请设定指标应达到的值。</translation>
    </message>
    <message>
        <source>For {metric}, {better} is better, but this goal aims the other way. Check the target.</source>
        <translation>{metric} 越{better}越好，但此目标的方向相反。请检查目标值。</translation>
    </message>
    <message>
        <source>The target equals the baseline: there is nothing to achieve. Set a different target.</source>
        <translation>目标值等于基线值：没有需要达成的变化。请设定不同的目标值。</translation>
    </message>
    <message>
        <source>Today&apos;s value ({baseline}) already meets the target ({target}). Aim further, or make this a goal to hold the level.</source>
        <translation>当前值（{baseline}）已达到目标值（{target}）。请设定更高的目标，或将其改为保持现有水平的目标。</translation>
    </message>
    <message>
        <source>A stretch target should go further than the target.</source>
        <translation>挑战目标应比目标值更进一步。</translation>
    </message>
    <message numerus="yes">
        <source>The queue needs %n agent(s) on the phones ({scheduled} on the rota); a headcount of {headcount} gives about {available} after shrinkage.</source>
        <translation>
            <numerusform>队列需要 %n 名坐席在线（排班 {scheduled} 名）；在编人数 {headcount}，计入损耗后约有 {available} 名可用。</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which runs from {low} to {high}.</source>
        <translation>{metric} 的范围为 {low} 到 {high}，不可能为 {value} {unit}。</translation>
    </message>
    <message>
        <source>{value} {unit} is impossible for {metric}, which cannot be below {low}.</source>
        <translation>{metric} 不能低于 {low}，不可能为 {value} {unit}。</translation>
    </message>
    <message>
        <source>A 100% cut cannot be reached for a metric that never goes below zero. Choose a target above zero.</source>
        <translation>对于永远不会低于零的指标，无法实现 100% 的降幅。请选择大于零的目标值。</translation>
    </message>
    <message>
        <source>A {change} change is likely unrealistic: asks of 75% or more demoralise teams. Split it into stages, or make it the stretch target.</source>
        <translation>{change} 的变化可能不切实际：要求 75% 或更大的变化会挫伤团队士气。请分阶段实现，或将其设为挑战目标。</translation>
    </message>
    <message>
        <source>A {change} change is large. Where does the number come from? Check it against the team&apos;s history or a benchmark.</source>
        <translation>{change} 的变化幅度很大。这个数字从何而来？请对照团队的历史数据或行业基准进行核实。</translation>
    </message>
    <message>
        <source>Give the band to stay within: a lower and an upper value.</source>
        <translation>请给出要保持的区间：下限值和上限值。</translation>
    </message>
    <message>
        <source>The lower end of the band must be below the upper end.</source>
        <translation>区间下限必须低于上限。</translation>
    </message>
    <message>
        <source>Today&apos;s value is already inside the band: this goal is about holding it there.</source>
        <translation>当前值已在区间内：此目标旨在将其保持在区间内。</translation>
    </message>
    <message>
        <source>Keep occupancy between {low}% and {high}%: above it agents burn out, below it they sit idle.</source>
        <translation>请将占用率保持在 {low}% 到 {high}% 之间：过高会让坐席身心耗竭，过低则会造成闲置。</translation>
    </message>
    <message>
        <source>You answered “no” for {resource}: say how the team will get it.</source>
        <translation>您在{resource}方面回答了“否”：请说明团队将如何获得。</translation>
    </message>
    <message>
        <source>Say whether the team has the {resource} it needs: a “no” is fine, it only asks how you will get it.</source>
        <translation>请说明团队是否具备所需的{resource}：回答“否”也没关系，只需说明将如何获得。</translation>
    </message>
    <message>
        <source>Link the goal to a parent goal or to the company strategy, so the team sees what it serves.</source>
        <translation>将目标关联到上级目标或公司战略，让团队明白它服务于什么。</translation>
    </message>
    <message>
        <source>Say why it matters to customers and to the team.</source>
        <translation>请说明它为什么对客户和团队都很重要。</translation>
    </message>
    <message>
        <source>Pushing speed, cost or volume alone can hurt service. Consider a companion goal on first contact resolution or CSAT.</source>
        <translation>单纯追求速度、成本或量可能会损害服务。建议设立一个关于首次联络解决率或 CSAT 的配套目标。</translation>
    </message>
    <message>
        <source>Set a deadline.</source>
        <translation>请设定截止日期。</translation>
    </message>
    <message>
        <source>The deadline must come after the start.</source>
        <translation>截止日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>Checking in {cadence} leaves no check-in before the deadline. Check in more often or allow more time.</source>
        <translation>若{cadence}检查一次，截止日期前将没有任何进度检查。请提高检查频率或放宽期限。</translation>
    </message>
    <message>
        <source>Too few check-ins before the deadline ({count}) to correct course. Check in more often.</source>
        <translation>截止日期前的进度检查太少（{count} 次），来不及纠偏。请提高检查频率。</translation>
    </message>
    <message>
        <source>{owner} will have “{title}” done for {scope} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} 将在 {deadline} 前为 {scope} 完成“{title}”（自 {start} 开始，{cadence}检查一次），因为{why}。</translation>
    </message>
    <message>
        <source>{owner} will keep {metric} for {scope} within {low} to {high} (now {baseline}) from {start} to {deadline}, checking in {cadence}, because {why}.</source>
        <translation>{owner} 将在 {start} 至 {deadline} 期间把 {scope} 的 {metric} 保持在 {low} 到 {high} 之间（当前为 {baseline}），{cadence}检查一次，因为{why}。</translation>
    </message>
    <message>
        <source>{owner} will cut {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} 将在 {deadline} 前把 {scope} 的 {metric} 从 {baseline} 降低到 {target}（自 {start} 开始，{cadence}检查一次），因为{why}。</translation>
    </message>
    <message>
        <source>{owner} will raise {metric} for {scope} from {baseline} to {target} by {deadline} (starting {start}, checking in {cadence}), because {why}.</source>
        <translation>{owner} 将在 {deadline} 前把 {scope} 的 {metric} 从 {baseline} 提高到 {target}（自 {start} 开始，{cadence}检查一次），因为{why}。</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>具体</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>可衡量</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>可实现</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>有时限</translation>
    </message>
    <message>
        <source>The sentence speaks of {said} (“{text}”), but the metric chosen is {metric}.</source>
        <translation>目标语句提到的是{said}（“{text}”），但所选的指标是{metric}。</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the baseline is {value}.</source>
        <translation>目标语句中写的是“{text}”，但基线值为 {value}。</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the target is {value}.</source>
        <translation>目标语句中写的是“{text}”，但目标值为 {value}。</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, which from the baseline makes {expected}, but the target is {value}.</source>
        <translation>目标语句中写的是“{text}”，按基线值计算应为 {expected}，但目标值为 {value}。</translation>
    </message>
    <message>
        <source>The sentence says “{text}”, but the goal counts {better} as better.</source>
        <translation>目标语句中写的是“{text}”，但此目标设定为越{better}越好。</translation>
    </message>
    <message>
        <source>The sentence says “{text}” ({day}), but the deadline is {deadline}.</source>
        <translation>目标语句中写的是“{text}”（{day}），但截止日期为 {deadline}。</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split “{0}” among agents</source>
        <translation>将“{0}”拆分给坐席</translation>
    </message>
    <message>
        <source>Names, separated by commas: Ana, Ben, Chen</source>
        <translation>姓名，用逗号分隔：Ana, Ben, Chen</translation>
    </message>
    <message>
        <source>Optional, e.g. {0} for a part-timer</source>
        <translation>可选，例如兼职人员填 {0}</translation>
    </message>
    <message>
        <source>Optional, one per person separated by “;”; blank keeps the team&apos;s {0}</source>
        <translation>可选，每人一个，用“;”分隔；留空则沿用团队的 {0}</translation>
    </message>
    <message>
        <source>&amp;Take the team&apos;s actuals from its agents</source>
        <translation>团队实际值来自其坐席(&amp;T)</translation>
    </message>
    <message>
        <source>The team goal is then judged on its agents&apos; check-ins: counts add up, averages are weighted by contacts, shares come from the agents&apos; counts.</source>
        <translation>此后团队目标按坐席的进度检查来评判：数量相加，平均值按联络量加权，比率由坐席的计数算出。</translation>
    </message>
    <message numerus="yes">
        <source>Not ticked: the team has %n check-in(s) of its own, which it keeps being judged on until its agents report (switch in its detail).</source>
        <translation>
            <numerusform>未勾选：该团队有 %n 条自己的进度检查，在坐席开始报告之前仍按它们评估（可在其详情中切换）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Team target</source>
        <translation>团队目标值</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>T&amp;argets</source>
        <translation>目标值(&amp;A)</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>“{0}”不是数字。</translation>
    </message>
    <message>
        <source>Give one weight per person.</source>
        <translation>请为每人填写一个权重。</translation>
    </message>
    <message>
        <source>Weights are 0 or more, and not all 0.</source>
        <translation>权重须为 0 或更大，且不能全为 0。</translation>
    </message>
    <message>
        <source>Give one target per person, or leave a place blank for the team&apos;s.</source>
        <translation>请为每人填写一个目标值，或留空以沿用团队的值。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n agent goals</source>
        <translation>
            <numerusform>创建 %n 个坐席目标(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>This goal already has agents ({0}). Their goals and check-ins stay, as ordinary sub-goals; the new agents take their place.</source>
        <translation>此目标已有坐席（{0}）。他们的目标和进度检查会保留为普通子目标；新坐席取而代之。</translation>
    </message>
    <message>
        <source>Name at least one person.</source>
        <translation>请至少填写一个人。</translation>
    </message>
    <message>
        <source>Each person can appear only once.</source>
        <translation>每个人只能出现一次。</translation>
    </message>
    <message>
        <source>This goal is closed: reopen it to split it.</source>
        <translation>此目标已关闭：请重新打开后再拆分。</translation>
    </message>
    <message>
        <source>This goal is already one agent&apos;s share: split the team goal instead.</source>
        <translation>此目标已是某名坐席的份额：请改为拆分团队目标。</translation>
    </message>
    <message>
        <source>No plan can be made for the agents&apos; shares.</source>
        <translation>无法为坐席的份额制定计划。</translation>
    </message>
</context>
<context>
    <name>Staffing</name>
    <message>
        <source>the interval must be longer than 0 seconds</source>
        <translation>时段长度必须大于 0 秒</translation>
    </message>
    <message>
        <source>the handle time must be longer than 0 seconds</source>
        <translation>处理时长必须大于 0 秒</translation>
    </message>
    <message>
        <source>the number of contacts cannot be negative</source>
        <translation>联络量不能为负数</translation>
    </message>
    <message>
        <source>an average wait of 0 seconds would need endless agents</source>
        <translation>平均等待 0 秒需要无限多的坐席</translation>
    </message>
    <message>
        <source>the service-level target must be above 0% and below 100%</source>
        <translation>服务水平目标必须大于 0% 且小于 100%</translation>
    </message>
    <message>
        <source>the abandonment target must be above 0% and below 100%</source>
        <translation>放弃率目标必须大于 0% 且小于 100%</translation>
    </message>
    <message>
        <source>callers&apos; patience must be longer than 0 seconds</source>
        <translation>来电者耐心时长必须大于 0 秒</translation>
    </message>
    <message>
        <source>the answer time cannot be negative</source>
        <translation>接通时限不能为负数</translation>
    </message>
    <message>
        <source>the occupancy cap must be above 0% and at most 100%</source>
        <translation>占用率上限必须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <source>shrinkage must be at least 0% and below 100%</source>
        <translation>损耗率必须不低于 0% 且小于 100%</translation>
    </message>
    <message>
        <source>the open hours must be above 0 and at most 168 a week</source>
        <translation>每周营业时长必须大于 0 且不超过 168 小时</translation>
    </message>
    <message>
        <source>type last year&apos;s twelve monthly volumes</source>
        <translation>请输入去年十二个月的联络量</translation>
    </message>
    <message>
        <source>a monthly volume profile needs the goal&apos;s deadline</source>
        <translation>按月联络量分布需要目标的截止日期</translation>
    </message>
</context>
<context>
    <name>StaffingPanel</name>
    <message>
        <source>The goal&apos;s target</source>
        <translation>此目标的目标值</translation>
    </message>
    <message>
        <source>A service level I choose</source>
        <translation>自选服务水平</translation>
    </message>
    <message>
        <source>Solve for</source>
        <translation>求解依据</translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation>处理时长（秒）</translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation>时段（分钟）</translation>
    </message>
    <message>
        <source>Open hours a week</source>
        <translation>每周营业小时数</translation>
    </message>
    <message>
        <source>Shrinkage (%)</source>
        <translation>损耗率 (%)</translation>
    </message>
    <message>
        <source>Occupancy cap (%)</source>
        <translation>占用率上限 (%)</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>服务水平 (%)</translation>
    </message>
    <message>
        <source>Answered within (s)</source>
        <translation>接通时限（秒）</translation>
    </message>
    <message>
        <source>Callers&apos; patience (s)</source>
        <translation>来电者耐心时长（秒）</translation>
    </message>
    <message>
        <source>Contacts per interval</source>
        <translation>每时段联络量</translation>
    </message>
    <message>
        <source>How long callers wait, on average, before they hang up. From your phone system: the total time all callers waited divided by the calls abandoned.</source>
        <translation>来电者挂断前平均等待多长时间。可从电话系统获取：所有来电者的等待总时长除以放弃的来电数。</translation>
    </message>
    <message>
        <source>Same every week</source>
        <translation>每周相同</translation>
    </message>
    <message>
        <source>Last year&apos;s months</source>
        <translation>按去年各月</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>联络量</translation>
    </message>
    <message>
        <source>12 numbers, January first (paste a row or column)</source>
        <translation>12 个数字，从 1 月开始（可粘贴一行或一列）</translation>
    </message>
    <message>
        <source>Contacts a month</source>
        <translation>每月联络量</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联络量</translation>
    </message>
    <message>
        <source>Agents needed</source>
        <translation>所需坐席</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>是否具备</translation>
    </message>
    <message>
        <source>Short by</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>“{0}” is not a monthly volume.</source>
        <translation>“{0}”不是有效的月联络量。</translation>
    </message>
    <message>
        <source>Last year&apos;s months: type 12 numbers, January first ({0} so far).</source>
        <translation>去年各月：请输入 12 个数字，从 1 月开始（目前 {0} 个）。</translation>
    </message>
    <message>
        <source>Cannot work it out: {0}</source>
        <translation>无法计算：{0}</translation>
    </message>
</context>
<context>
    <name>StaffingWords</name>
    <message>
        <source>The goal&apos;s target: an average wait of {0} s.</source>
        <translation>此目标的目标值：平均等待 {0} s。</translation>
    </message>
    <message>
        <source>The goal&apos;s target: at most {0} % of callers hang up. Erlang C does not model hanging up: callers are taken to give up after {1} s on average, and the agents that keep it to {0} % are counted.</source>
        <translation>此目标的目标值：最多 {0}% 的来电者挂断。Erlang C 不模拟挂断：假定来电者平均在 {1} s 后放弃，并按能将挂断比例控制在 {0}% 以内的坐席数计算。</translation>
    </message>
    <message>
        <source>The goal&apos;s target: {0} % answered within the seconds below.</source>
        <translation>此目标的目标值：在下方设定的秒数内接通 {0}%。</translation>
    </message>
    <message>
        <source>A service level of your own, below, instead of the goal&apos;s target.</source>
        <translation>使用下方自定的服务水平，而不是此目标的目标值。</translation>
    </message>
    <message>
        <source>The goal has no target yet: the service level below is used until it has one.</source>
        <translation>此目标尚无目标值：在设定目标值之前，使用下方的服务水平。</translation>
    </message>
    <message>
        <source>The goal is not about waits or answering: the service level below is used.</source>
        <translation>此目标与等待或接通无关：使用下方的服务水平。</translation>
    </message>
    <message>
        <source>Needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>需要 {0} 名坐席在线，计入损耗后排班 {1} 名（按整人向上取整）。平均等待 {2} s，{4} s 内接通 {3}%，占用率 {5}%。</translation>
    </message>
    <message>
        <source>The busiest week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>最繁忙的一周需要 {0} 名坐席在线，计入损耗后排班 {1} 名（按整人向上取整）。平均等待 {2} s，{4} s 内接通 {3}%，占用率 {5}%。</translation>
    </message>
    <message>
        <source>Each week needs {0} agents on the phones and {1} on the rota after shrinkage (whole agents, rounded up). Average wait {2} s, {3}% answered within {4} s, occupancy {5}%.</source>
        <translation>每周需要 {0} 名坐席在线，计入损耗后排班 {1} 名（按整人向上取整）。平均等待 {2} s，{4} s 内接通 {3}%，占用率 {5}%。</translation>
    </message>
    <message>
        <source>Headcount {0}: {1} short on the rota.</source>
        <translation>在编人数 {0}：排班缺 {1} 人。</translation>
    </message>
    <message>
        <source>Headcount {0} is enough.</source>
        <translation>在编人数 {0}，足够。</translation>
    </message>
    <message>
        <source>Enter the headcount to compare. The busiest week, week {0}, needs {1} agents.</source>
        <translation>请输入在编人数以进行比较。最繁忙的是第 {0} 周，需要 {1} 名坐席。</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} weeks are short of agents; the worst, week {1}, needs {2} and {3} are available.</source>
        <translation>
            <numerusform>{0} 周中有 %n 周坐席不足；最严重的是第 {1} 周，需要 {2} 名，可用 {3} 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week has enough agents; the busiest, week {0}, needs {1} of {2}.</source>
        <translation>每周坐席都充足；最繁忙的是第 {0} 周，需要 {1} 名，可用 {2} 名。</translation>
    </message>
    <message>
        <source>below the healthy {0}–{1} % band, agents sit idle part of the time</source>
        <translation>低于 {0}–{1}% 的健康区间，坐席有部分时间闲置</translation>
    </message>
    <message>
        <source>inside the healthy {0}–{1} % band</source>
        <translation>处于 {0}–{1}% 的健康区间内</translation>
    </message>
    <message>
        <source>above the healthy {0}–{1} % band, no time to breathe between contacts</source>
        <translation>高于 {0}–{1}% 的健康区间，坐席在两次联络之间没有喘息时间</translation>
    </message>
    <message>
        <source>far above the healthy {0}–{1} % band, agents burn out</source>
        <translation>远高于 {0}–{1}% 的健康区间，坐席会身心耗竭</translation>
    </message>
    <message>
        <source>too few agents: the queue never clears</source>
        <translation>坐席太少：队列永远无法清空</translation>
    </message>
    <message>
        <source>Occupancy {0} %: {1}.</source>
        <translation>占用率 {0}%：{1}。</translation>
    </message>
    <message>
        <source>Occupancy {0} % in week {1}: {2}; {3} % in week {4}: {5}.</source>
        <translation>第 {1} 周占用率 {0}%：{2}；第 {4} 周占用率 {3}%：{5}。</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start a new goal</source>
        <translation>开始新目标</translation>
    </message>
    <message>
        <source>A template fills in the metric and a realistic change for a typical customer-service goal; you check every value on the next pages.</source>
        <translation>模板会为典型的客服目标填入指标和合理的变化幅度；您将在后续页面中逐项检查每个值。</translation>
    </message>
    <message>
        <source>&amp;Blank goal</source>
        <translation>空白目标(&amp;B)</translation>
    </message>
    <message>
        <source>From a &amp;template</source>
        <translation>使用模板(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy a goal in this plan (new dates)</source>
        <translation>复制本计划中的目标（使用新日期）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>On track</source>
        <translation>进展正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>已偏离</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>No check-in yet</source>
        <translation>尚无进度检查</translation>
    </message>
    <message>
        <source>guardrail on track</source>
        <translation>护栏目标进展正常</translation>
    </message>
    <message>
        <source>guardrail at risk</source>
        <translation>护栏目标有风险</translation>
    </message>
    <message>
        <source>guardrail off track</source>
        <translation>护栏目标已偏离</translation>
    </message>
    <message>
        <source>guardrail achieved</source>
        <translation>护栏目标已达成</translation>
    </message>
    <message>
        <source>guardrail has no check-in yet</source>
        <translation>护栏目标尚无进度检查</translation>
    </message>
    <message>
        <source>worst wins</source>
        <translation>最差为准</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>weighted mean {share}</source>
        <translation>加权平均 {share}</translation>
    </message>
    <message>
        <source>driven by: {who}&apos;s {what}</source>
        <translation>主要原因：{who}的{what}</translation>
    </message>
    <message>
        <source>driven by: {what}</source>
        <translation>主要原因：{what}</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The plan file {path} cannot be used: {reason}.</source>
        <translation>无法使用计划文件 {path}：{reason}。</translation>
    </message>
    <message>
        <source>{path} is not a goalplanner plan file ({reason}). It was left untouched.</source>
        <translation>{path} 不是 goalplanner 计划文件（{reason}）。该文件未做任何改动。</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes), so it holds no plan. It was left untouched; open a backup or create a new file instead.</source>
        <translation>{path} 为空（0 字节），不包含任何计划。该文件未做任何改动；请打开备份或新建文件。</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
        <translation>{path} 已损坏（{reason}）。该文件未做任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>{path} was not opened: the file {wal} beside it holds the changes of another plan, which opening would mix into this one. Both were left untouched; move {wal} to another folder (it belongs with the plan it was written for) and open the plan again.</source>
        <translation>{path} 未被打开：它旁边的文件 {wal} 保存的是另一个计划的更改，打开会把这些更改混入本计划。两个文件都保持原样；请将 {wal} 移到其他文件夹（它属于写入它的那个计划），然后重新打开本计划。</translation>
    </message>
    <message>
        <source>{path} was saved by a newer goalplanner (file format {file_version}; this version reads up to {app_version}). Update goalplanner to open it; the file was left untouched.</source>
        <translation>{path} 由更新版本的 goalplanner 保存（文件格式 {file_version}；本版本最高只能读取 {app_version}）。请更新 goalplanner 后再打开；该文件未做任何改动。</translation>
    </message>
    <message>
        <source>{path} is busy: another program is writing to it. Nothing was lost; try again in a moment.</source>
        <translation>{path} 被占用：另一个程序正在写入。没有丢失任何内容；请稍后重试。</translation>
    </message>
    <message>
        <source>{path} cannot be changed: the file or its folder is read-only. Copy it to a folder you can write to and open the copy.</source>
        <translation>无法修改 {path}：该文件或其所在文件夹为只读。请将其复制到您有写入权限的文件夹，然后打开副本。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space; nothing was saved.</source>
        <translation>{path} 所在的磁盘已满。请释放一些空间；未保存任何内容。</translation>
    </message>
    <message>
        <source>{path} could not be upgraded from format {from_version} to {to_version} ({reason}). The file was left as it was.</source>
        <translation>无法将 {path} 从格式 {from_version} 升级到 {to_version}（{reason}）。该文件保持原样。</translation>
    </message>
    <message>
        <source>The backup of {path} failed: {reason}.</source>
        <translation>{path} 备份失败：{reason}。</translation>
    </message>
    <message>
        <source>The plan file is damaged: {problem}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <translation>计划文件已损坏：{problem}。该文件未做任何改动；`goalplanner check` 可列出所有问题，或者请从备份恢复计划。</translation>
    </message>
    <message>
        <source>{path} is damaged: {first}{more}. It was left untouched; `goalplanner check` lists every problem, or restore the plan from a backup.</source>
        <extracomment>The tables with many rows per goal, which ``validate(every_row=False)`` leaves to the readers.</extracomment>
        <translation>{path} 已损坏：{first}{more}。该文件未做任何改动；`goalplanner check` 可列出所有问题，或者请从备份恢复计划。</translation>
    </message>
    <message>
        <source>{path} is damaged and open only to be read: nothing in it can be changed or saved. Restore it from a backup to work on it.</source>
        <translation>{path} 已损坏，仅以只读方式打开：无法更改或保存其中的任何内容。若要继续编辑，请从备份恢复。</translation>
    </message>
</context>
<context>
    <name>TeamCell</name>
    <message>
        <source>no values yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <source>driven by: {0}</source>
        <translation>主要影响：{0}</translation>
    </message>
    <message>
        <source>waiting for: {0}</source>
        <translation>等待：{0}</translation>
    </message>
    <message>
        <source>not weighted: some counts are missing</source>
        <translation>未加权：缺少部分数量</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Week of {0}</source>
        <translation>{0} 当周</translation>
    </message>
</context>
<context>
    <name>TeamGridAction</name>
    <message>
        <source>Team &amp;week grid…</source>
        <translation>团队周表(&amp;W)…</translation>
    </message>
    <message>
        <source>Type every agent&apos;s actuals of the week in one grid.</source>
        <translation>在一张表中填写每位坐席本周的实际值。</translation>
    </message>
    <message>
        <source>For a team goal split per person into agent goals: choose one first.</source>
        <translation>适用于已按人拆分为坐席目标的团队目标：请先选择一个。</translation>
    </message>
</context>
<context>
    <name>TeamGridDialog</name>
    <message>
        <source>Team week grid — {0}</source>
        <translation>团队周表 — {0}</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>检查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the week; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>填写每位坐席本周的实际值；按 Enter 下移，按 Tab 右移。团队行随输入由各坐席的数值算出。已记录的数值按原样显示。</translation>
    </message>
    <message>
        <source>Type each agent&apos;s actual for the month; Enter moves down, Tab across. The team row is worked out from the agents&apos; values as you type. Recorded values are shown as they are.</source>
        <translation>填写每位坐席本月的实际值；按 Enter 下移，按 Tab 右移。团队行随输入由各坐席的数值算出。已记录的数值按原样显示。</translation>
    </message>
    <message>
        <source>for the first column; earlier columns are dated on their last day</source>
        <translation>用于第一列；之前各列记为该期的最后一天</translation>
    </message>
    <message>
        <source>Contacts handled</source>
        <translation>已处理联络量</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Recorded on {0}. Change it in {1}&apos;s check-ins.</source>
        <translation>记录于 {0}。请在 {1} 的进度检查中修改。</translation>
    </message>
    <message>
        <source>The date is for the first column: choose a day from {0} to {1}.</source>
        <translation>该日期用于第一列：请选择 {0} 至 {1} 之间的一天。</translation>
    </message>
    <message>
        <source>{0} is missing.</source>
        <translation>缺少{0}。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n check-in(s)</source>
        <translation>
            <numerusform>保存 %n 次进度检查(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>An agent&apos;s goal is gone.</source>
        <translation>有一个坐席目标已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Team week grid: %n check-in(s)</source>
        <translation>
            <numerusform>团队周表：%n 次进度检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the values typed in the grid?</source>
        <translation>保存在表中填写的数值吗？</translation>
    </message>
</context>
<context>
    <name>TeamPlanView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>定位(&amp;L)…</translation>
    </message>
    <message>
        <source>Remove &amp;link</source>
        <translation>移除链接(&amp;L)</translation>
    </message>
    <message>
        <source>Take a new copy of the team lead&apos;s file now.</source>
        <translation>立即重新复制团队负责人的文件。</translation>
    </message>
    <message>
        <source>Choose where the team lead&apos;s file is now.</source>
        <translation>选择团队负责人的文件现在所在的位置。</translation>
    </message>
    <message>
        <source>Stop showing this team plan here. The team lead&apos;s file is not touched.</source>
        <translation>不再在此显示此团队计划。团队负责人的文件不会被改动。</translation>
    </message>
    <message>
        <source>Reading the team plan {0}…</source>
        <translation>正在读取团队计划 {0}…</translation>
    </message>
    <message>
        <source>Read-only: the team plan “{0}” ({1}), as copied {2}. The team lead changes it in their own file; nothing here is written to it or locks it.</source>
        <translation>只读：团队计划“{0}”（{1}），复制于 {2}。团队负责人在自己的文件中修改它；这里不会写入或锁定该文件。</translation>
    </message>
    <message>
        <source>Team plan “{0}”, linked from {1}. It cannot be shown now:</source>
        <translation>团队计划“{0}”，链接自 {1}。现在无法显示：</translation>
    </message>
    <message numerus="yes">
        <source>Goals in this plan: %n</source>
        <translation>
            <numerusform>此计划中的目标：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamPlans</name>
    <message>
        <source>Add a &amp;team&apos;s plan…</source>
        <translation>添加团队的计划(&amp;T)…</translation>
    </message>
    <message>
        <source>Refresh team &amp;plans</source>
        <translation>刷新团队计划(&amp;P)</translation>
    </message>
    <message>
        <source>Remove team plan &amp;link</source>
        <translation>移除团队计划链接(&amp;L)</translation>
    </message>
    <message>
        <source>Show a team lead&apos;s plan file read-only under the selected (department) goal.</source>
        <translation>在所选（部门）目标下以只读方式显示团队负责人的计划文件。</translation>
    </message>
    <message>
        <source>Select the department goal the team&apos;s plan belongs under first.</source>
        <translation>请先选择团队计划所属的部门目标。</translation>
    </message>
    <message>
        <source>Add a team&apos;s plan under “{0}”</source>
        <translation>在“{0}”下添加团队的计划</translation>
    </message>
    <message>
        <source>This is the plan that is open: choose a team lead&apos;s plan file.</source>
        <translation>这是当前打开的计划：请选择团队负责人的计划文件。</translation>
    </message>
    <message>
        <source>Add team plan {0}</source>
        <translation>添加团队计划 {0}</translation>
    </message>
    <message>
        <source>Team plan {0} shown under “{1}”.</source>
        <translation>团队计划 {0} 已显示在“{1}”下。</translation>
    </message>
    <message>
        <source>Locate the team&apos;s plan</source>
        <translation>定位团队的计划</translation>
    </message>
    <message>
        <source>Remove team plan link {0}</source>
        <translation>移除团队计划 {0} 的链接</translation>
    </message>
    <message>
        <source>Goal plans (*{0});;All files (*)</source>
        <translation>目标计划 (*{0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Team plan</source>
        <translation>团队计划</translation>
    </message>
    <message>
        <source>Team plan: {0} ({1})</source>
        <translation>团队计划：{0}（{1}）</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Read-only · as of {0}</source>
        <translation>只读 · 截至 {0}</translation>
    </message>
    <message>
        <source>{0} was not found. If the shared folder is now mounted elsewhere, or the file was moved, use Locate… to choose it again.</source>
        <translation>未找到 {0}。如果共享文件夹现在挂载在别处，或文件已被移动，请用“定位…”重新选择它。</translation>
    </message>
    <message>
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <source>Read-only: a copy taken {0}; the team lead&apos;s file is never changed or locked.</source>
        <translation>只读：复制于 {0}；团队负责人的文件从不被更改或锁定。</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Shorter call waits</source>
        <translation>缩短来电等待</translation>
    </message>
    <message>
        <source>Cut average call wait time by 25% within six weeks</source>
        <translation>六周内将平均来电等待时长缩短 25%</translation>
    </message>
    <message>
        <source>The inbound queue or phone line</source>
        <translation>呼入队列或电话线路</translation>
    </message>
    <message>
        <source>Average wait of all calls offered last month, in seconds, from the phone system&apos;s queue report.</source>
        <translation>上个月所有呼入来电的平均等待时长（秒），取自电话系统的队列报表。</translation>
    </message>
    <message>
        <source>Long waits are the complaint customers mention first, and they make callers hang up.</source>
        <translation>等待时间长是客户最先抱怨的问题，还会导致来电者挂断。</translation>
    </message>
    <message>
        <source>Fast first response</source>
        <translation>快速首次响应</translation>
    </message>
    <message>
        <source>The e-mail or chat channel</source>
        <translation>电子邮件或在线聊天渠道</translation>
    </message>
    <message>
        <source>Median or average hours to the first human reply last month; leave automatic acknowledgements out.</source>
        <translation>上个月到首次人工回复的中位或平均小时数；不计自动确认回复。</translation>
    </message>
    <message>
        <source>A third of customers want an e-mail answer within an hour; a quick first reply calms the rest.</source>
        <translation>三分之一的客户希望在一小时内收到邮件回复；快速的首次回复能让其余客户安心。</translation>
    </message>
    <message>
        <source>Lower cost per contact</source>
        <translation>降低单次联络成本</translation>
    </message>
    <message>
        <source>Cut cost per contact by 10% within six months</source>
        <translation>六个月内将单次联络成本降低 10%</translation>
    </message>
    <message>
        <source>One channel (phone, e-mail, chat): costs differ by channel</source>
        <translation>单个渠道（电话、电子邮件、在线聊天）：各渠道成本不同</translation>
    </message>
    <message>
        <source>Last quarter&apos;s contact-centre operating cost (salaries to software) divided by contacts handled.</source>
        <translation>上季度联络中心运营成本（从薪资到软件）除以已处理联络量。</translation>
    </message>
    <message>
        <source>Money saved on routine contacts pays for the hard ones.</source>
        <translation>在常规联络上节省的钱，可以用来处理疑难联络。</translation>
    </message>
    <message>
        <source>Survey customers and raise CSAT</source>
        <translation>调查客户并提升 CSAT</translation>
    </message>
    <message>
        <source>The team or channel surveyed</source>
        <translation>接受调查的团队或渠道</translation>
    </message>
    <message>
        <source>Share of 4 and 5 answers on the 1-5 survey last quarter (satisfied / all responses).</source>
        <translation>上季度 1–5 分调查中 4 分和 5 分回答的占比（满意数 / 全部回复数）。</translation>
    </message>
    <message>
        <source>Regular surveys show what customers feel while there is still time to act on it.</source>
        <translation>定期调查能及时反映客户的感受，让您还有时间采取行动。</translation>
    </message>
    <message>
        <source>Deflect calls to self-service</source>
        <translation>将来电分流到自助服务</translation>
    </message>
    <message>
        <source>Cut support call volume 25% versus last year through a self-service library</source>
        <translation>通过自助服务知识库，使客服来电量比去年减少 25%</translation>
    </message>
    <message>
        <source>Support calls for the products the library covers</source>
        <translation>知识库所覆盖产品的客服来电</translation>
    </message>
    <message>
        <source>Calls received in the same month last year, so seasons do not blur the comparison.</source>
        <translation>去年同月的来电量，以免季节因素影响比较。</translation>
    </message>
    <message>
        <source>Most customers would rather find the answer themselves; every call avoided frees an agent.</source>
        <translation>大多数客户更愿意自己找到答案；每少一通来电，就能空出一名坐席。</translation>
    </message>
    <message>
        <source>Healthy agent occupancy</source>
        <translation>健康的坐席占用率</translation>
    </message>
    <message>
        <source>Cut first response time on e-mail by 25% within three months</source>
        <translation>三个月内将电子邮件首次响应时间缩短 25%</translation>
    </message>
    <message>
        <source>Survey customers after every contact and raise CSAT by 5 points within three months</source>
        <translation>每次联络后调查客户，三个月内将 CSAT 提高 5 个百分点</translation>
    </message>
    <message>
        <source>Keep agent occupancy within 75-85% every week for the next three months</source>
        <translation>未来三个月内每周将坐席占用率保持在 75–85%</translation>
    </message>
    <message>
        <source>The agent group or queue</source>
        <translation>坐席组或队列</translation>
    </message>
    <message>
        <source>Handling time over logged-in time last month, from the workforce report.</source>
        <translation>上个月处理时长除以登录时长，取自人力管理报表。</translation>
    </message>
    <message>
        <source>Above 85% agents burn out and leave; below 75% the team pays for idle time.</source>
        <translation>占用率超过 85% 会让坐席身心耗竭而离职；低于 75% 则团队要为闲置时间买单。</translation>
    </message>
    <message>
        <source>After-call work under ten minutes</source>
        <translation>话后处理不超过十分钟</translation>
    </message>
    <message>
        <source>Bring average after-call work under 10 minutes within two months</source>
        <translation>两个月内将平均话后处理时长降到 10 分钟以下</translation>
    </message>
    <message>
        <source>The agent group</source>
        <translation>坐席组</translation>
    </message>
    <message>
        <source>Total wrap-up time over calls handled last month, in seconds.</source>
        <translation>上个月话后处理总时长除以已处理来电数，单位为秒。</translation>
    </message>
    <message>
        <source>Time spent on notes after a call is time the next caller waits.</source>
        <translation>通话后写记录的时间，就是下一位来电者等待的时间。</translation>
    </message>
    <message>
        <source>Fewer unnecessary transfers</source>
        <translation>减少不必要的转接</translation>
    </message>
    <message>
        <source>Cut unnecessary transfers 10% over six months</source>
        <translation>六个月内将不必要的转接减少 10%</translation>
    </message>
    <message>
        <source>The inbound queue</source>
        <translation>呼入队列</translation>
    </message>
    <message>
        <source>Calls transferred over calls handled last quarter; count each call once, IVR routing is not a transfer.</source>
        <translation>上季度转接来电数除以已处理来电数；每通来电只计一次，IVR 路由不算转接。</translation>
    </message>
    <message>
        <source>Every needless transfer makes the customer tell the story again. Pair it with the beneficial-transfers goal.</source>
        <translation>每一次不必要的转接都让客户不得不重述问题。请与“有效转接”目标搭配使用。</translation>
    </message>
    <message>
        <source>More transfers to the right expert</source>
        <translation>更多转接给合适的专家</translation>
    </message>
    <message>
        <source>Raise beneficial transfers to product experts 5% over six months</source>
        <translation>六个月内将转接给产品专家的有效转接提高 5%</translation>
    </message>
    <message>
        <source>Weekly transfers that reached the right expert and solved the issue, from call reviews.</source>
        <translation>每周转接到合适专家并解决问题的次数，取自通话质检。</translation>
    </message>
    <message>
        <source>The companion of the transfer cut: agents must not stop sending callers to the person who can help.</source>
        <translation>转接削减目标的配套目标：坐席不应因此不再把来电者转给能提供帮助的人。</translation>
    </message>
    <message>
        <source>Resolve more on first contact</source>
        <translation>提高首次联络解决率</translation>
    </message>
    <message>
        <source>Raise first contact resolution by 3 points within six months</source>
        <translation>六个月内将首次联络解决率提高 3 个百分点</translation>
    </message>
    <message>
        <source>The team or queue</source>
        <translation>团队或队列</translation>
    </message>
    <message>
        <source>Share of customers who say in the survey that one contact solved it, last quarter.</source>
        <translation>上季度在调查中表示一次联络即解决问题的客户占比。</translation>
    </message>
    <message>
        <source>A problem solved at once saves the customer a second call and the team a second contact.</source>
        <translation>问题当场解决，客户免去再次来电，团队也少了一次联络。</translation>
    </message>
    <message>
        <source>Raise NPS</source>
        <translation>提升 NPS</translation>
    </message>
    <message>
        <source>Raise our Net Promoter Score by 5 points within a year</source>
        <translation>一年内将我们的净推荐值提高 5 分</translation>
    </message>
    <message>
        <source>Bring the abandonment rate down to 5% within three months</source>
        <translation>三个月内将放弃率降到 5%</translation>
    </message>
    <message>
        <source>Within six months, raise the share of new customers onboarded within 30 days by 10 points</source>
        <translation>六个月内将 30 天内完成上手的新客户占比提高 10 个百分点</translation>
    </message>
    <message>
        <source>Give every agent two 1:1 coaching sessions a month within three months</source>
        <translation>三个月内做到每名坐席每月接受两次一对一辅导</translation>
    </message>
    <message>
        <source>One conversation across channels (omnichannel)</source>
        <translation>跨渠道的连贯对话（全渠道）</translation>
    </message>
    <message>
        <source>Give agents one shared history of every customer&apos;s contacts on phone, e-mail and chat within six months</source>
        <translation>六个月内为坐席提供每位客户在电话、电子邮件和在线聊天中的统一联络记录</translation>
    </message>
    <message>
        <source>The channels the team answers</source>
        <translation>团队负责应答的渠道</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 each time until agents see every channel&apos;s history in one place, then 1.</source>
        <translation>尚未完成：在坐席能在同一处看到所有渠道的记录之前，每次进度检查都记录 0，之后记录 1。</translation>
    </message>
    <message>
        <source>Most customers expect a conversation to carry on when they switch channels, without telling the story again.</source>
        <translation>大多数客户希望切换渠道时对话能继续下去，而不必重述问题。</translation>
    </message>
    <message>
        <source>Accept more contact formats</source>
        <translation>支持更多联络方式</translation>
    </message>
    <message>
        <source>Answer customers by text message as well as phone and e-mail within three months</source>
        <translation>三个月内除电话和电子邮件外，也通过短信答复客户</translation>
    </message>
    <message>
        <source>The new channel and the team that answers it</source>
        <translation>新渠道及负责应答的团队</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customer text is answered in the live service, then 1.</source>
        <translation>尚未完成：在正式服务中答复第一条客户短信之前，进度检查记录 0，之后记录 1。</translation>
    </message>
    <message>
        <source>Customers use many channels and companies text more often than they chat; meeting them where they already are saves a call.</source>
        <translation>客户会使用多种渠道，企业发短信也比在线聊天更常见；在客户已在使用的渠道上服务他们，可以省去一通来电。</translation>
    </message>
    <message>
        <source>Mobile-friendly support</source>
        <translation>适配手机的客服</translation>
    </message>
    <message>
        <source>Make the help centre and the contact form work well on phones within two months</source>
        <translation>两个月内让帮助中心和联系表单在手机上运行良好</translation>
    </message>
    <message>
        <source>The help centre and contact form</source>
        <translation>帮助中心和联系表单</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until both pass a test on three common phones, then 1.</source>
        <translation>尚未完成：在两者都通过三款常见手机上的测试之前，进度检查记录 0，之后记录 1。</translation>
    </message>
    <message>
        <source>Many customers look for help on their phone first; a page they cannot use there becomes a call.</source>
        <translation>许多客户首先会在手机上寻求帮助；在手机上用不了的页面就会变成一通来电。</translation>
    </message>
    <message>
        <source>Automation that fills the gaps</source>
        <translation>填补空缺的自动化</translation>
    </message>
    <message>
        <source>Let a chatbot resolve 15% of chat conversations without an agent within six months</source>
        <translation>六个月内让聊天机器人在无需坐席的情况下解决 15% 的在线聊天会话</translation>
    </message>
    <message>
        <source>The chat channel and the questions the bot answers</source>
        <translation>在线聊天渠道及机器人回答的问题</translation>
    </message>
    <message>
        <source>Share of last month&apos;s chat conversations the bot closed without handing over to an agent (0 before launch).</source>
        <translation>上个月由机器人独立结束、未转给坐席的在线聊天会话占比（上线前为 0）。</translation>
    </message>
    <message>
        <source>Simple questions answered at any hour free agents for the hard ones, and most customers would rather help themselves.</source>
        <translation>简单问题随时都能得到解答，坐席就能腾出手处理疑难问题；而且大多数客户更愿意自助解决。</translation>
    </message>
    <message>
        <source>Quick answers on social media</source>
        <translation>在社交媒体上快速回复</translation>
    </message>
    <message>
        <source>Within three months, answer messages on our social media pages within 30 minutes</source>
        <translation>三个月内做到在 30 分钟内回复我们社交媒体主页上的消息</translation>
    </message>
    <message>
        <source>Facebook, Instagram and other social pages the team watches</source>
        <translation>团队关注的 Facebook、Instagram 等社交媒体主页</translation>
    </message>
    <message>
        <source>Average hours to the first human reply to social media messages last month; 0.5 h is 30 minutes.</source>
        <translation>上个月社交媒体消息到首次人工回复的平均小时数；0.5 h 即 30 分钟。</translation>
    </message>
    <message>
        <source>Most customers who write on social media expect an answer within half an hour, and others read the thread.</source>
        <translation>大多数在社交媒体上留言的客户期望在半小时内得到回复，其他人也会看到这些对话。</translation>
    </message>
    <message>
        <source>Creative social media</source>
        <translation>有创意的社交媒体</translation>
    </message>
    <message>
        <source>Raise our net sentiment score on social media by 10 points over six months</source>
        <translation>六个月内将我们在社交媒体上的净情感得分提高 10 分</translation>
    </message>
    <message>
        <source>Mentions of the brand on social media</source>
        <translation>社交媒体上对品牌的提及</translation>
    </message>
    <message>
        <source>Positive minus negative mentions over all mentions last month, from the social listening tool.</source>
        <translation>上个月正面提及数减去负面提及数，再除以全部提及数，取自社交聆听工具。</translation>
    </message>
    <message>
        <source>Many customers read social media before they buy; what they find there shapes whether they come to us.</source>
        <translation>许多客户在购买前会先看社交媒体；他们在那里看到的内容决定了他们是否会选择我们。</translation>
    </message>
    <message>
        <source>Customer appreciation programme</source>
        <translation>客户答谢项目</translation>
    </message>
    <message>
        <source>Launch a customer appreciation programme, with thank-you notes and loyalty rewards, within three months</source>
        <translation>三个月内推出客户答谢项目，包括感谢信和忠诚度奖励</translation>
    </message>
    <message>
        <source>The customers the programme rewards</source>
        <translation>该项目奖励的客户</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the first customers have been thanked or rewarded, then 1.</source>
        <translation>尚未完成：在第一批客户获得感谢或奖励之前，进度检查记录 0，之后记录 1。</translation>
    </message>
    <message>
        <source>Customers who feel valued stay longer and recommend us to others.</source>
        <translation>感到被重视的客户留存时间更长，也会向他人推荐我们。</translation>
    </message>
    <message>
        <source>Keep up with support technology</source>
        <translation>跟上客服技术发展</translation>
    </message>
    <message>
        <source>Pilot one new support tool, such as co-browsing, with one team within three months</source>
        <translation>三个月内在一个团队中试点一款新的客服工具（如协同浏览）</translation>
    </message>
    <message>
        <source>The pilot team</source>
        <translation>试点团队</translation>
    </message>
    <message>
        <source>Not done yet: check in 0 until the pilot has run and its results are written up, then 1.</source>
        <translation>尚未完成：在试点完成并写出结果报告之前，进度检查记录 0，之后记录 1。</translation>
    </message>
    <message>
        <source>Trying one new tool at a time keeps the team current without risking the whole service.</source>
        <translation>一次只试用一款新工具，既能让团队跟上技术发展，又不会给整体服务带来风险。</translation>
    </message>
    <message>
        <source>More cross-sales from service</source>
        <translation>通过服务带来更多交叉销售</translation>
    </message>
    <message>
        <source>Raise the cross-sell close rate by 2 points within three months</source>
        <translation>三个月内将交叉销售成交率提高 2 个百分点</translation>
    </message>
    <message>
        <source>The team and the products it may offer</source>
        <translation>团队及其可推荐的产品</translation>
    </message>
    <message>
        <source>Cross-sales and up-sales closed last month divided by tickets handled in the same month.</source>
        <translation>上个月交叉销售和追加销售成交数除以同月已处理工单数。</translation>
    </message>
    <message>
        <source>A customer whose problem was solved well is open to hearing what else would help.</source>
        <translation>问题得到妥善解决的客户，更愿意了解还有什么能帮到他们。</translation>
    </message>
    <message>
        <source>Make it easy for customers</source>
        <translation>让客户省心省力</translation>
    </message>
    <message>
        <source>Raise the customer effort score (ease, 1-7) by half a point within three months</source>
        <translation>三个月内将客户费力度（轻松度，1–7）提高 0.5 分</translation>
    </message>
    <message>
        <source>The channel or process surveyed</source>
        <translation>接受调查的渠道或流程</translation>
    </message>
    <message>
        <source>Mean answer, 1-7, to &apos;the company made it easy to handle my issue&apos; last quarter. Asked about effort instead (1-5, lower is better)? Choose that scale on the Measure page.</source>
        <translation>上季度对“公司让我轻松解决了问题”的平均回答（1–7 分）。如果调查的是费力程度（1–5 分，越低越好），请在“如何衡量？”页面选择该量表。</translation>
    </message>
    <message>
        <source>Customers who had to work hard to get help are far more likely to leave.</source>
        <translation>为获得帮助而费尽周折的客户，流失的可能性要大得多。</translation>
    </message>
    <message>
        <source>All customers, or one segment</source>
        <translation>全部客户，或某一客户群</translation>
    </message>
    <message>
        <source>% promoters (9-10) minus % detractors (0-6) over the last survey period.</source>
        <translation>上一个调查周期中推荐者（9–10 分）占比减去贬损者（0–6 分）占比。</translation>
    </message>
    <message>
        <source>Customers who recommend us bring the next customers.</source>
        <translation>愿意推荐我们的客户会带来新客户。</translation>
    </message>
    <message>
        <source>Fewer abandoned calls</source>
        <translation>减少放弃的来电</translation>
    </message>
    <message>
        <source>Calls abandoned over calls offered last month.</source>
        <translation>上个月放弃的来电数除以呼入来电数。</translation>
    </message>
    <message>
        <source>A caller who hangs up is a customer we did not serve, and often one who calls again.</source>
        <translation>挂断的来电者就是我们没有服务到的客户，而且往往还会再打来。</translation>
    </message>
    <message>
        <source>Better customer onboarding</source>
        <translation>改善新客户上手体验</translation>
    </message>
    <message>
        <source>New customers of one product or plan</source>
        <translation>某一产品或套餐的新客户</translation>
    </message>
    <message>
        <source>Of last quarter&apos;s new customers, the share who completed set-up within 30 days.</source>
        <translation>上季度新客户中在 30 天内完成设置的占比。</translation>
    </message>
    <message>
        <source>Customers who get going quickly contact us less and stay longer.</source>
        <translation>上手快的客户联系我们更少，留存时间更长。</translation>
    </message>
    <message>
        <source>Help agents grow</source>
        <translation>帮助坐席成长</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>How many 1:1s with personal feedback each agent had last month, on average.</source>
        <translation>上个月每名坐席平均接受了多少次带个人反馈的一对一沟通。</translation>
    </message>
    <message>
        <source>Agents who get feedback improve faster and stay longer.</source>
        <translation>获得反馈的坐席进步更快，留任时间更长。</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>Import from a &amp;ticket or call export…</source>
        <translation>从工单或通话导出文件导入(&amp;T)…</translation>
    </message>
    <message>
        <source>The goal&apos;s check-ins changed while the file was read: nothing was imported. The preview now shows them; import again to record it.</source>
        <translation>读取文件期间该目标的进度检查已发生变化：未导入任何内容。预览现已显示最新情况；请再次导入以记录。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n check-in(s) from an export</source>
        <translation>
            <numerusform>从导出文件导入 %n 次进度检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n check-in(s) from {0}</source>
        <translation>
            <numerusform>已从 {0} 导入 %n 次进度检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket id</source>
        <translation>工单编号</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>First reply time</source>
        <translation>首次回复时长</translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation>解决时长</translation>
    </message>
    <message>
        <source>Agent replies</source>
        <translation>客服回复次数</translation>
    </message>
    <message>
        <source>Reopens</source>
        <translation>重新打开次数</translation>
    </message>
    <message>
        <source>Satisfaction rating</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Call start</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <source>Wrap-up time</source>
        <translation>话后处理时长</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃数</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Select a goal whose metric an export can give: {0}.</source>
        <translation>请选择一个指标可从导出文件得到的目标：{0}。</translation>
    </message>
    <message>
        <source>a call log</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <source>a ticket export</source>
        <translation>工单导出文件</translation>
    </message>
    <message>
        <source>This file is {0}; {1} comes from {2}.</source>
        <translation>此文件是{0}；{1}来自{2}。</translation>
    </message>
    <message>
        <source>The file has no column for: {0}. Choose one in the mapping.</source>
        <translation>文件中没有以下字段的列：{0}。请在映射中选择一列。</translation>
    </message>
    <message>
        <source>Row {0}, column “{1}”: “{2}” is not a {3}.</source>
        <translation>第 {0} 行，“{1}”列：“{2}”不是{3}。</translation>
    </message>
    <message>
        <source>… and more.</source>
        <translation>……还有更多。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>rating from 1 to 5</source>
        <translation>1 到 5 的评分</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>date with a four-digit year</source>
        <translation>带四位年份的日期</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>The file cannot be opened: {0}</source>
        <translation>无法打开文件：{0}</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>文件为空：没有标题行。</translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read (line {0}).</source>
        <translation>无法读取文件中的字符（第 {0} 行）。</translation>
    </message>
    <message>
        <source>The file is not a table (line {0}).</source>
        <translation>文件不是表格（第 {0} 行）。</translation>
    </message>
    <message>
        <source>The workbook cannot be read: {0}</source>
        <translation>无法读取工作簿：{0}</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n 个通话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 个工单</numerusform>
        </translation>
    </message>
    <message>
        <source>From an export: {0} (period not over)</source>
        <translation>来自导出文件：{0}（周期尚未结束）</translation>
    </message>
    <message>
        <source>From an export: {0}</source>
        <translation>来自导出文件：{0}</translation>
    </message>
</context>
<context>
    <name>TicketReadDialog</name>
    <message>
        <source>Import from a ticket or call export</source>
        <translation>从工单或通话导出文件导入</translation>
    </message>
    <message>
        <source>Baseline from an export</source>
        <translation>从导出文件得出基线值</translation>
    </message>
    <message>
        <source>Last year&apos;s months from an export</source>
        <translation>从导出文件得出去年的月度数值</translation>
    </message>
    <message>
        <source>{0}, per check-in period, from a helpdesk&apos;s ticket export or a phone system&apos;s call log.</source>
        <translation>{0}，按进度检查周期，取自客服系统的工单导出文件或电话系统的通话记录。</translation>
    </message>
    <message>
        <source>{0}, per calendar month, from a helpdesk&apos;s ticket export or a phone system&apos;s call log: the twelve most recent months that are over.</source>
        <translation>{0}，按自然月，取自客服系统的工单导出文件或电话系统的通话记录：最近已结束的 12 个月。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation>读取文件(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compute baseline</source>
        <translation>计算基线值(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Compute the months</source>
        <translation>计算月度数值(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a ticket or call export</source>
        <translation>选择工单或通话导出文件</translation>
    </message>
    <message>
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>导出文件 (*.csv *.txt *.tsv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}</source>
        <translation>无法读取文件：{0}</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was imported.</source>
        <translation>已取消读取：未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>撤销(&amp;U) {0}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>重做(&amp;R) {0}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>次联络</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分</translation>
    </message>
</context>
<context>
    <name>VolumeField</name>
    <message>
        <source>Contacts &amp;handled</source>
        <translation>已处理联络量(&amp;H)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>How many contacts this average is over. The team&apos;s average weighs each agent by it; without it every agent counts the same.</source>
        <translation>此平均值基于多少次联络。团队平均值按此为每名坐席加权；不填则每名坐席同等计算。</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>每周回顾(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Weekly review</source>
        <translation>每周回顾</translation>
    </message>
    <message>
        <source>The day every check-in of this review is for: today or an earlier day.</source>
        <translation>本次回顾中每次进度检查对应的日期：今天或更早的某一天。</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>检查日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>上次的值</translation>
    </message>
    <message>
        <source>Plan now</source>
        <translation>当前计划</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>信心</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Blocker or next step</source>
        <translation>障碍或下一步</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Type each goal&apos;s actual on that day; Enter moves down. The status shows as you type; confidence is how the owner sees it.</source>
        <translation>输入每个目标当天的实际值；按 Enter 下移。输入时即显示状态；信心是负责人自己的判断。</translation>
    </message>
    <message numerus="yes">
        <source>Save the %n check-in(s) typed in this review?</source>
        <translation>
            <numerusform>保存本次回顾中输入的 %n 次进度检查吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>If you don&apos;t save, what you typed is lost.</source>
        <translation>如果不保存，输入的内容将会丢失。</translation>
    </message>
    <message>
        <source>No check-ins due.</source>
        <translation>没有到期的进度检查。</translation>
    </message>
    <message>
        <source>% or 45/50</source>
        <translation>% 或 45/50</translation>
    </message>
    <message>
        <source>The share in %, or the two counts as {0}/{1} (e.g. 45/50): the share is worked out from them and both counts are kept.</source>
        <translation>输入百分比，或按 {0}/{1} 输入两个计数（如 45/50）：比例由它们算出，两个计数都会保存。</translation>
    </message>
    <message>
        <source>Needs an actual</source>
        <translation>需要实际值</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <comment>a share worked out from two counts, then its status</comment>
        <translation>{0}：{1}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n check-in(s)</source>
        <translation>
            <numerusform>记录 %n 次进度检查(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>A check-in needs an actual: type one for “{0}”, or clear that row.</source>
        <translation>进度检查需要实际值：请为“{0}”输入一个，或清空该行。</translation>
    </message>
    <message>
        <source>A goal is gone.</source>
        <translation>有一个目标已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Weekly review: %n check-in(s)</source>
        <translation>
            <numerusform>每周回顾：%n 次进度检查</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” starts on {1}: choose a check-in date on or after it.</source>
        <translation>“{0}”于 {1} 开始：请选择当天或之后的检查日期。</translation>
    </message>
    <message>
        <source>{0} · replaces the check-in of {1}</source>
        <translation>{0} · 将替换 {1} 的进度检查</translation>
    </message>
    <message>
        <source>“{0}” already has a check-in on {1} ({2}). Recording this row replaces its value; its note, confidence and next step stay unless you type new ones.</source>
        <translation>“{0}”在 {1} 已有一次进度检查（{2}）。记录此行会替换其数值；若未输入新的备注、信心和下一步，将保留原有内容。</translation>
    </message>
</context>
<context>
    <name>WhatPage</name>
    <message>
        <source>What will the team achieve?</source>
        <translation>团队将达成什么？</translation>
    </message>
    <message>
        <source>One sentence with the number that changes and by how much, e.g. “Cut average call wait time by 50% within six weeks”. Avoid “improve” or “better” on their own.</source>
        <translation>用一句话写明要变化的数字及变化幅度，例如“六周内将平均来电等待时长缩短 50%”。避免单独使用“改进”或“更好”这类词。</translation>
    </message>
    <message>
        <source>Cut average call wait time by 50% within six weeks</source>
        <translation>六周内将平均来电等待时长缩短 50%</translation>
    </message>
    <message>
        <source>e.g. inbound support queue, e-mail channel</source>
        <translation>例如：呼入客服队列、电子邮件渠道</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>目标(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>涵盖范围(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>By when?</source>
        <translation>何时完成？</translation>
    </message>
    <message>
        <source>A deadline, and check-ins often enough to correct course before it: weekly for a six-week goal, monthly for a year.</source>
        <translation>设定截止日期，并安排足够频繁的进度检查，以便在截止前纠偏：六周的目标每周检查，一年的目标每月检查。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始日期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>截止日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Check-ins</source>
        <translation>进度检查(&amp;C)</translation>
    </message>
    <message>
        <source>Check-ins up to the deadline: {0}</source>
        <translation>截止日期前的进度检查次数：{0}</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <source>Who owns it?</source>
        <translation>由谁负责？</translation>
    </message>
    <message>
        <source>One named owner drives the goal. List who contributes, and ask a second manager to review it: a reality check before the team commits.</source>
        <translation>由一位指定的负责人推动目标。列出参与人，并请另一位经理审核：在团队投入之前做一次现实检验。</translation>
    </message>
    <message>
        <source>e.g. Mark Ellis (support lead)</source>
        <translation>例如：张伟（客服主管）</translation>
    </message>
    <message>
        <source>Names or teams, separated by commas</source>
        <translation>姓名或团队，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Contributors</source>
        <translation>参与人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation>审核人(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <source>Why does it matter?</source>
        <translation>为什么重要？</translation>
    </message>
    <message>
        <source>Say what customers and the team gain, and link the goal to the goal above it or to the company strategy, so everyone sees what it serves.</source>
        <translation>说明客户和团队将获得什么，并将目标关联到上级目标或公司战略，让每个人都明白它服务于什么。</translation>
    </message>
    <message>
        <source>e.g. Win on service, not on price</source>
        <translation>例如：靠服务取胜，而不是靠价格</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>原因(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Serves goal</source>
        <translation>服务于目标(&amp;S)</translation>
    </message>
    <message>
        <source>Or s&amp;trategy</source>
        <translation>或战略(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Link as guardrail:</source>
        <translation>设为护栏目标(&amp;L)：</translation>
    </message>
    <message>
        <source>None (top-level goal)</source>
        <translation>无（顶层目标）</translation>
    </message>
</context>
<context>
    <name>YesNo</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
</TS>
