"""Made by resources/translations/update.py for pyside6-lupdate: do not edit, do not import."""

from goalplanner.core.i18n import QT_TRANSLATE_NOOP

QT_TRANSLATE_NOOP('Kpi', 'First response time')  # frt.name
QT_TRANSLATE_NOOP('Kpi', 'Sum of (first human reply - ticket created) / tickets replied to; automatic acknowledgements do not count.')  # frt.formula
QT_TRANSLATE_NOOP('Kpi', 'E-mail replies average about 12 hours and many firms never reply (SuperOffice); leading teams answer chat within 40 s, social within 1 h and e-mail within 4 h (Lorikeet).')  # frt.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Average handle time')  # aht.name
QT_TRANSLATE_NOOP('Kpi', '(Talk time + hold time + after-call work) / contacts handled.')  # aht.formula
QT_TRANSLATE_NOOP('Kpi', 'About 6 minutes is the usual convention (Invoca); a Cornell report gives 3 min 10 s (Krisp). Compare with your own baseline.')  # aht.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Average resolution time')  # art.name
QT_TRANSLATE_NOOP('Kpi', 'Sum of (resolved - created) / tickets resolved; say whether first or full resolution.')  # art.formula
QT_TRANSLATE_NOOP('Kpi', 'No reliable industry figure: use your own baseline.')  # art.benchmark
QT_TRANSLATE_NOOP('Kpi', 'First contact resolution')  # fcr.name
QT_TRANSLATE_NOOP('Kpi', 'Contacts resolved at the first contact / all contacts x 100, usually measured by survey.')  # fcr.formula
QT_TRANSLATE_NOOP('Kpi', '69% or less is low, 70-79% good, 80% or more world-class; the average is 67% (SQM Group).')  # fcr.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Customer satisfaction (CSAT)')  # csat.name
QT_TRANSLATE_NOOP('Kpi', 'Responses scoring 4 or 5 on a 1-5 scale / all responses x 100 (74 of 107 gives 69%).')  # csat.formula
QT_TRANSLATE_NOOP('Kpi', 'Above 80% is excellent (SoGoSurvey); world-class centres reach 85% top-box or more (SQM Group).')  # csat.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Net Promoter Score (NPS)')  # nps.name
QT_TRANSLATE_NOOP('Kpi', "% promoters (9-10) - % detractors (0-6) on the 0-10 'would you recommend' question.")  # nps.formula
QT_TRANSLATE_NOOP('Kpi', 'Global average about +32 (Observe.AI); telecoms 30 or below, retail 50 or above (CustomerGauge).')  # nps.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Customer effort score (CES): ease, 1-7')  # ces.name
QT_TRANSLATE_NOOP('Kpi', "Ease scale, higher is better: mean agreement, 1-7, with 'the company made it easy to handle my issue' (CES 2.0); also report the share answering 5-7. Asking how much effort it took instead? Choose the effort scale.")  # ces.formula
QT_TRANSLATE_NOOP('Kpi', '96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).')  # ces.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Customer effort score (CES): effort, 1-5')  # ces_effort.name
QT_TRANSLATE_NOOP('Kpi', "Effort scale, lower is better: mean answer, 1 (very low effort) to 5 (very high effort), to 'how much effort did you personally have to put forth to handle your request?' (the original CES). Asking whether it was easy instead? Choose the ease scale.")  # ces_effort.formula
QT_TRANSLATE_NOOP('Kpi', '96% of customers with a high-effort experience become more disloyal, against 9% with low effort (Gartner).')  # ces_effort.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Cost per contact')  # cpc.name
QT_TRANSLATE_NOOP('Kpi', 'Contact-centre operating cost (salaries to software) / contacts handled, per channel.')  # cpc.formula
QT_TRANSLATE_NOOP('Kpi', '$540,000 / 120,000 contacts = $4.50 (Klipfolio); live contact about $8.01 against about $0.10 for self-service (Gartner 2019).')  # cpc.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Agent occupancy')  # occupancy.name
QT_TRANSLATE_NOOP('Kpi', 'Time handling contacts / time logged in x 100 (in Erlang terms, traffic / agents).')  # occupancy.formula
QT_TRANSLATE_NOOP('Kpi', 'Aim for 75-85%; 85-90% is pressure, above 90% burns agents out, below 65% is idle time (Call Centre Helper, Turnella).')  # occupancy.benchmark
QT_TRANSLATE_NOOP('Kpi', 'After-call work')  # acw.name
QT_TRANSLATE_NOOP('Kpi', 'Total wrap-up time / calls handled.')  # acw.formula
QT_TRANSLATE_NOOP('Kpi', 'Sources range from 30 s to 5 minutes and more: treat as unbenchmarked and use your own baseline.')  # acw.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Service level')  # service_level.name
QT_TRANSLATE_NOOP('Kpi', '(Contacts offered - answered after the threshold - abandoned after the threshold) / offered x 100, e.g. 80% within 20 s.')  # service_level.formula
QT_TRANSLATE_NOOP('Kpi', '80/20 is the most common target, not a standard (Fonolo).')  # service_level.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Average speed of answer')  # asa.name
QT_TRANSLATE_NOOP('Kpi', 'Total queue wait of answered calls / answered calls; abandoned calls are left out.')  # asa.formula
QT_TRANSLATE_NOOP('Kpi', 'Global average about 28 s (Call Centre Helper).')  # asa.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Abandonment rate')  # abandonment.name
QT_TRANSLATE_NOOP('Kpi', 'Contacts abandoned / contacts offered x 100 (40 of 1,000 is 4%).')  # abandonment.formula
QT_TRANSLATE_NOOP('Kpi', '5-8% is typical (Uniphore); many aim for 3-5% (Convin); ICMI sets no standard.')  # abandonment.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Transfer rate')  # transfer_rate.name
QT_TRANSLATE_NOOP('Kpi', 'Contacts transferred / contacts handled x 100; count each call once; IVR to agent is not a transfer.')  # transfer_rate.formula
QT_TRANSLATE_NOOP('Kpi', 'Below 10% is a common aim, below 5% excellent (KPI Depot, a vendor source).')  # transfer_rate.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Net sentiment score')  # net_sentiment.name
QT_TRANSLATE_NOOP('Kpi', '(Positive mentions - negative mentions) / all mentions x 100, neutral ones counted in the base (80 positive, 20 negative, 100 neutral gives 30).')  # net_sentiment.formula
QT_TRANSLATE_NOOP('Kpi', 'No published benchmark: compare month over month.')  # net_sentiment.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Cross-sell close rate')  # cross_sell.name
QT_TRANSLATE_NOOP('Kpi', 'Cross-sales and up-sales closed / tickets handled x 100 in the period, as the articles measure it. To count only the contacts where an offer was made, choose the per-opportunity rate.')  # cross_sell.formula
QT_TRANSLATE_NOOP('Kpi', 'No verified benchmark: use your own baseline. 47% of business owners say good service raised their cross-selling.')  # cross_sell.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Cross-sell conversion per opportunity')  # cross_sell_opportunity.name
QT_TRANSLATE_NOOP('Kpi', 'Cross-sales closed / cross-sell opportunities (contacts where an offer was made) x 100.')  # cross_sell_opportunity.formula
QT_TRANSLATE_NOOP('Kpi', "No verified benchmark: KPI Depot's 15-25% is unsourced. Use your own baseline.")  # cross_sell_opportunity.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Call volume')  # call_volume.name
QT_TRANSLATE_NOOP('Kpi', 'Calls (or contacts) received in the period; self-service and fixing root causes bring it down.')  # call_volume.formula
QT_TRANSLATE_NOOP('Kpi', 'Compare with the same period last year to allow for seasons.')  # call_volume.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Average call wait time')  # wait_time.name
QT_TRANSLATE_NOOP('Kpi', 'Total time callers wait in the queue / calls offered (abandoned calls included).')  # wait_time.formula
QT_TRANSLATE_NOOP('Kpi', 'Average speed of answer, the nearest published figure, is about 28 s (Call Centre Helper).')  # wait_time.benchmark
QT_TRANSLATE_NOOP('Kpi', 'Milestone: done or not yet')  # milestone.name
QT_TRANSLATE_NOOP('Kpi', "A yes/no goal with no number, e.g. 'launch live chat by 1 March': check in 0 while it is not done and 1 once it is. It is on track until the deadline while not done, achieved when done, and off track once the deadline passes undone.")  # milestone.formula
QT_TRANSLATE_NOOP('Kpi', 'Split a large launch into dated milestones, each with its own owner.')  # milestone.benchmark
QT_TRANSLATE_NOOP('Template', 'Shorter call waits')  # wait_time.name
QT_TRANSLATE_NOOP('Template', 'Cut average call wait time by 25% within six weeks')  # wait_time.title
QT_TRANSLATE_NOOP('Template', 'The inbound queue or phone line')  # wait_time.scope_hint
QT_TRANSLATE_NOOP('Template', "Average wait of all calls offered last month, in seconds, from the phone system's queue report.")  # wait_time.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Long waits are the complaint customers mention first, and they make callers hang up.')  # wait_time.why
QT_TRANSLATE_NOOP('Template', 'Fast first response')  # first_response.name
QT_TRANSLATE_NOOP('Template', 'Cut first response time on e-mail by 25% this quarter')  # first_response.title
QT_TRANSLATE_NOOP('Template', 'The e-mail or chat channel')  # first_response.scope_hint
QT_TRANSLATE_NOOP('Template', 'Median or average hours to the first human reply last month; leave automatic acknowledgements out.')  # first_response.baseline_hint
QT_TRANSLATE_NOOP('Template', 'A third of customers want an e-mail answer within an hour; a quick first reply calms the rest.')  # first_response.why
QT_TRANSLATE_NOOP('Template', 'Lower cost per contact')  # cost_per_contact.name
QT_TRANSLATE_NOOP('Template', 'Cut cost per contact by 10% within six months')  # cost_per_contact.title
QT_TRANSLATE_NOOP('Template', 'One channel (phone, e-mail, chat): costs differ by channel')  # cost_per_contact.scope_hint
QT_TRANSLATE_NOOP('Template', "Last quarter's contact-centre operating cost (salaries to software) divided by contacts handled.")  # cost_per_contact.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Money saved on routine contacts pays for the hard ones.')  # cost_per_contact.why
QT_TRANSLATE_NOOP('Template', 'Survey customers and raise CSAT')  # csat_survey.name
QT_TRANSLATE_NOOP('Template', 'Survey customers after every contact and raise CSAT by 5 points this quarter')  # csat_survey.title
QT_TRANSLATE_NOOP('Template', 'The team or channel surveyed')  # csat_survey.scope_hint
QT_TRANSLATE_NOOP('Template', 'Share of 4 and 5 answers on the 1-5 survey last quarter (satisfied / all responses).')  # csat_survey.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Regular surveys show what customers feel while there is still time to act on it.')  # csat_survey.why
QT_TRANSLATE_NOOP('Template', 'Deflect calls to self-service')  # self_service.name
QT_TRANSLATE_NOOP('Template', 'Cut support call volume 25% versus last year through a self-service library')  # self_service.title
QT_TRANSLATE_NOOP('Template', 'Support calls for the products the library covers')  # self_service.scope_hint
QT_TRANSLATE_NOOP('Template', 'Calls received in the same month last year, so seasons do not blur the comparison.')  # self_service.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Most customers would rather find the answer themselves; every call avoided frees an agent.')  # self_service.why
QT_TRANSLATE_NOOP('Template', 'Healthy agent occupancy')  # occupancy_band.name
QT_TRANSLATE_NOOP('Template', 'Keep agent occupancy within 75-85% every week this quarter')  # occupancy_band.title
QT_TRANSLATE_NOOP('Template', 'The agent group or queue')  # occupancy_band.scope_hint
QT_TRANSLATE_NOOP('Template', 'Handling time over logged-in time last month, from the workforce report.')  # occupancy_band.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Above 85% agents burn out and leave; below 75% the team pays for idle time.')  # occupancy_band.why
QT_TRANSLATE_NOOP('Template', 'After-call work under ten minutes')  # after_call_work.name
QT_TRANSLATE_NOOP('Template', 'Bring average after-call work under 10 minutes within two months')  # after_call_work.title
QT_TRANSLATE_NOOP('Template', 'The agent group')  # after_call_work.scope_hint
QT_TRANSLATE_NOOP('Template', 'Total wrap-up time over calls handled last month, in seconds.')  # after_call_work.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Time spent on notes after a call is time the next caller waits.')  # after_call_work.why
QT_TRANSLATE_NOOP('Template', 'Fewer unnecessary transfers')  # transfers_down.name
QT_TRANSLATE_NOOP('Template', 'Cut unnecessary transfers 10% over six months')  # transfers_down.title
QT_TRANSLATE_NOOP('Template', 'The inbound queue')  # transfers_down.scope_hint
QT_TRANSLATE_NOOP('Template', 'Calls transferred over calls handled last quarter; count each call once, IVR routing is not a transfer.')  # transfers_down.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Every needless transfer makes the customer tell the story again. Pair it with the beneficial-transfers goal.')  # transfers_down.why
QT_TRANSLATE_NOOP('Template', 'More transfers to the right expert')  # transfers_up.name
QT_TRANSLATE_NOOP('Template', 'Raise beneficial transfers to product experts 5% over six months')  # transfers_up.title
QT_TRANSLATE_NOOP('Template', 'The inbound queue')  # transfers_up.scope_hint
QT_TRANSLATE_NOOP('Template', 'Weekly transfers that reached the right expert and solved the issue, from call reviews.')  # transfers_up.baseline_hint
QT_TRANSLATE_NOOP('Template', 'The companion of the transfer cut: agents must not stop sending callers to the person who can help.')  # transfers_up.why
QT_TRANSLATE_NOOP('Template', 'Resolve more on first contact')  # fcr.name
QT_TRANSLATE_NOOP('Template', 'Raise first contact resolution by 3 points within six months')  # fcr.title
QT_TRANSLATE_NOOP('Template', 'The team or queue')  # fcr.scope_hint
QT_TRANSLATE_NOOP('Template', 'Share of customers who say in the survey that one contact solved it, last quarter.')  # fcr.baseline_hint
QT_TRANSLATE_NOOP('Template', 'A problem solved at once saves the customer a second call and the team a second contact.')  # fcr.why
QT_TRANSLATE_NOOP('Template', 'Raise NPS')  # nps.name
QT_TRANSLATE_NOOP('Template', 'Raise our Net Promoter Score by 5 points this year')  # nps.title
QT_TRANSLATE_NOOP('Template', 'All customers, or one segment')  # nps.scope_hint
QT_TRANSLATE_NOOP('Template', '% promoters (9-10) minus % detractors (0-6) over the last survey period.')  # nps.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Customers who recommend us bring the next customers.')  # nps.why
QT_TRANSLATE_NOOP('Template', 'Fewer abandoned calls')  # abandonment.name
QT_TRANSLATE_NOOP('Template', 'Bring the abandonment rate down to 5% this quarter')  # abandonment.title
QT_TRANSLATE_NOOP('Template', 'The inbound queue')  # abandonment.scope_hint
QT_TRANSLATE_NOOP('Template', 'Calls abandoned over calls offered last month.')  # abandonment.baseline_hint
QT_TRANSLATE_NOOP('Template', 'A caller who hangs up is a customer we did not serve, and often one who calls again.')  # abandonment.why
QT_TRANSLATE_NOOP('Template', 'Better customer onboarding')  # onboarding.name
QT_TRANSLATE_NOOP('Template', 'Raise the share of new customers onboarded within 30 days by 10 points this half-year')  # onboarding.title
QT_TRANSLATE_NOOP('Template', 'New customers of one product or plan')  # onboarding.scope_hint
QT_TRANSLATE_NOOP('Template', "Of last quarter's new customers, the share who completed set-up within 30 days.")  # onboarding.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Customers who get going quickly contact us less and stay longer.')  # onboarding.why
QT_TRANSLATE_NOOP('Template', 'Help agents grow')  # agent_growth.name
QT_TRANSLATE_NOOP('Template', 'Give every agent two 1:1 coaching sessions a month by the end of the quarter')  # agent_growth.title
QT_TRANSLATE_NOOP('Template', 'The team')  # agent_growth.scope_hint
QT_TRANSLATE_NOOP('Template', 'How many 1:1s with personal feedback each agent had last month, on average.')  # agent_growth.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Agents who get feedback improve faster and stay longer.')  # agent_growth.why
QT_TRANSLATE_NOOP('Template', 'One conversation across channels (omnichannel)')  # omnichannel.name
QT_TRANSLATE_NOOP('Template', "Give agents one shared history of every customer's contacts on phone, e-mail and chat by the end of the half-year")  # omnichannel.title
QT_TRANSLATE_NOOP('Template', 'The channels the team answers')  # omnichannel.scope_hint
QT_TRANSLATE_NOOP('Template', "Not done yet: check in 0 each time until agents see every channel's history in one place, then 1.")  # omnichannel.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Most customers expect a conversation to carry on when they switch channels, without telling the story again.')  # omnichannel.why
QT_TRANSLATE_NOOP('Template', 'Accept more contact formats')  # contact_formats.name
QT_TRANSLATE_NOOP('Template', 'Answer customers by text message as well as phone and e-mail within three months')  # contact_formats.title
QT_TRANSLATE_NOOP('Template', 'The new channel and the team that answers it')  # contact_formats.scope_hint
QT_TRANSLATE_NOOP('Template', 'Not done yet: check in 0 until the first customer text is answered in the live service, then 1.')  # contact_formats.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Customers use many channels and companies text more often than they chat; meeting them where they already are saves a call.')  # contact_formats.why
QT_TRANSLATE_NOOP('Template', 'Mobile-friendly support')  # mobile_support.name
QT_TRANSLATE_NOOP('Template', 'Make the help centre and the contact form work well on phones within two months')  # mobile_support.title
QT_TRANSLATE_NOOP('Template', 'The help centre and contact form')  # mobile_support.scope_hint
QT_TRANSLATE_NOOP('Template', 'Not done yet: check in 0 until both pass a test on three common phones, then 1.')  # mobile_support.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Many customers look for help on their phone first; a page they cannot use there becomes a call.')  # mobile_support.why
QT_TRANSLATE_NOOP('Template', 'Automation that fills the gaps')  # automation_bot.name
QT_TRANSLATE_NOOP('Template', 'Let a chatbot resolve 15% of chat conversations without an agent within six months')  # automation_bot.title
QT_TRANSLATE_NOOP('Template', 'The chat channel and the questions the bot answers')  # automation_bot.scope_hint
QT_TRANSLATE_NOOP('Template', "Share of last month's chat conversations the bot closed without handing over to an agent (0 before launch).")  # automation_bot.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Simple questions answered at any hour free agents for the hard ones, and most customers would rather help themselves.')  # automation_bot.why
QT_TRANSLATE_NOOP('Template', 'Quick answers on social media')  # social_response.name
QT_TRANSLATE_NOOP('Template', 'Answer messages on our social media pages within 30 minutes this quarter')  # social_response.title
QT_TRANSLATE_NOOP('Template', 'Facebook, Instagram and other social pages the team watches')  # social_response.scope_hint
QT_TRANSLATE_NOOP('Template', 'Average hours to the first human reply to social media messages last month; 0.5 h is 30 minutes.')  # social_response.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Most customers who write on social media expect an answer within half an hour, and others read the thread.')  # social_response.why
QT_TRANSLATE_NOOP('Template', 'Creative social media')  # social_sentiment.name
QT_TRANSLATE_NOOP('Template', 'Raise our net sentiment score on social media by 10 points over six months')  # social_sentiment.title
QT_TRANSLATE_NOOP('Template', 'Mentions of the brand on social media')  # social_sentiment.scope_hint
QT_TRANSLATE_NOOP('Template', 'Positive minus negative mentions over all mentions last month, from the social listening tool.')  # social_sentiment.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Many customers read social media before they buy; what they find there shapes whether they come to us.')  # social_sentiment.why
QT_TRANSLATE_NOOP('Template', 'Customer appreciation programme')  # appreciation.name
QT_TRANSLATE_NOOP('Template', 'Launch a customer appreciation programme, with thank-you notes and loyalty rewards, this quarter')  # appreciation.title
QT_TRANSLATE_NOOP('Template', 'The customers the programme rewards')  # appreciation.scope_hint
QT_TRANSLATE_NOOP('Template', 'Not done yet: check in 0 until the first customers have been thanked or rewarded, then 1.')  # appreciation.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Customers who feel valued stay longer and recommend us to others.')  # appreciation.why
QT_TRANSLATE_NOOP('Template', 'Keep up with support technology')  # innovation.name
QT_TRANSLATE_NOOP('Template', 'Pilot one new support tool, such as co-browsing, with one team within three months')  # innovation.title
QT_TRANSLATE_NOOP('Template', 'The pilot team')  # innovation.scope_hint
QT_TRANSLATE_NOOP('Template', 'Not done yet: check in 0 until the pilot has run and its results are written up, then 1.')  # innovation.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Trying one new tool at a time keeps the team current without risking the whole service.')  # innovation.why
QT_TRANSLATE_NOOP('Template', 'More cross-sales from service')  # cross_sell.name
QT_TRANSLATE_NOOP('Template', 'Raise the cross-sell close rate by 2 points this quarter')  # cross_sell.title
QT_TRANSLATE_NOOP('Template', 'The team and the products it may offer')  # cross_sell.scope_hint
QT_TRANSLATE_NOOP('Template', 'Cross-sales and up-sales closed last month divided by tickets handled in the same month.')  # cross_sell.baseline_hint
QT_TRANSLATE_NOOP('Template', 'A customer whose problem was solved well is open to hearing what else would help.')  # cross_sell.why
QT_TRANSLATE_NOOP('Template', 'Make it easy for customers')  # customer_effort.name
QT_TRANSLATE_NOOP('Template', 'Raise the customer effort score (ease, 1-7) by half a point this quarter')  # customer_effort.title
QT_TRANSLATE_NOOP('Template', 'The channel or process surveyed')  # customer_effort.scope_hint
QT_TRANSLATE_NOOP('Template', "Mean answer, 1-7, to 'the company made it easy to handle my issue' last quarter. Asked about effort instead (1-5, lower is better)? Choose that scale on the Measure page.")  # customer_effort.baseline_hint
QT_TRANSLATE_NOOP('Template', 'Customers who had to work hard to get help are far more likely to leave.')  # customer_effort.why
QT_TRANSLATE_NOOP("Kpi", "Custom")
