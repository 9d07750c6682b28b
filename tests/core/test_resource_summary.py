"""A goal's resources in words: every answer, plan and the Erlang C result, and what is still open."""

from goalplanner.core.model import Goal, ResourceCheck, Resources, StaffingInputs
from goalplanner.core.resource_summary import KEYS, resource_lines, unanswered


def texts(goal: Goal) -> dict[str, str]:
    return {line.key: line.text() for line in resource_lines(goal)}


def test_every_answer_and_plan_is_in_the_lines():
    goal = Goal(
        owner="Mark Ellis",
        reviewer="Dana Whitfield",
        contributors=("Ana", "Ben"),
        resources=Resources(
            staff=ResourceCheck(False, "hire two agents by March"),
            budget=ResourceCheck(True),
            skills=ResourceCheck(False, "CRM course in January"),
            headcount=16,
            budget_amount=12000.5,
            skills_needed="the new CRM",
        ),
    )
    shown = texts(goal)
    assert list(shown) == list(KEYS)
    assert shown["owner"] == "Mark Ellis"
    assert shown["reviewer"] == "Dana Whitfield"
    assert shown["contributors"] == "Ana, Ben"
    assert shown["staff"] == "No, not yet. Headcount: 16. Plan: hire two agents by March"
    assert shown["budget"] == "Yes, available. Amount: 12000.5."
    assert shown["skills"] == "No, not yet. Skills needed: the new CRM. Plan: CRM course in January"
    assert shown["staffing"].startswith("Not worked out.")


def test_erlang_c_result_matches_the_hand_calculation():
    """shared/DOMAIN.md test 1: 100 calls per 30 min, 180 s, 80/20, cap 85 %, shrinkage 30 %."""
    goal = Goal(resources=Resources(headcount=16, staffing=StaffingInputs()))
    shown = texts(goal)["staffing"]
    assert shown.startswith(
        "Needs 14 agents on the phones and 20 on the rota after shrinkage (whole agents, rounded up): "
        "88.8% answered within 20 s, average wait 7.8 s, occupancy 71.4%."
    )
    assert "Headcount 16: 4 short on the rota." in shown
    assert (
        "Worked out for 100 contacts every 30 minutes, handle time 180 s, 80% answered within 20 s "
        "(a target typed into the calculator), shrinkage 30% and an occupancy cap of 85%." in shown
    )
    enough = texts(Goal(resources=Resources(headcount=20, staffing=StaffingInputs())))["staffing"]
    assert "Headcount 20 is enough." in enough


def test_unanswered_questions_say_so_and_a_no_without_plan_asks_for_one():
    goal = Goal(resources=Resources(budget=ResourceCheck(False)))
    lines = {line.key: line for line in resource_lines(goal)}
    assert lines["staff"].text() == "Not answered yet." and not lines["staff"].answered
    assert lines["budget"].text() == "No, not yet. No plan yet: say how the team will get it."
    assert lines["budget"].answered
    assert unanswered(goal) == ["staff", "skills"]
    assert texts(goal)["reviewer"].startswith("Nobody named yet")


def test_a_queue_that_cannot_be_worked_out_says_why():
    goal = Goal(resources=Resources(staffing=StaffingInputs(aht_s=0)))
    assert texts(goal)["staffing"] == "Cannot work it out: the handle time must be longer than 0 seconds."


def test_cost_per_contact_budget_names_the_contacts_it_covers():
    goal = Goal(kpi="cpc", resources=Resources(budget_amount=540000, budget_contacts=120000))
    assert texts(goal)["budget"] == "Not answered yet. Amount: 540,000. It covers 120,000 contacts."


def test_a_draft_keeps_every_resource_through_json():
    """The wizard's draft (saved as JSON while typing) brings every answer back when resumed."""
    import json

    from goalplanner.core.serialize import goal_from_dict, goal_to_dict

    goal = Goal(
        reviewer="Dana",
        contributors=("Ana",),
        resources=Resources(
            staff=ResourceCheck(False, "hire"),
            budget=ResourceCheck(True),
            skills=ResourceCheck(None, "course"),
            headcount=16,
            budget_amount=12000.5,
            skills_needed="CRM",
            staffing=StaffingInputs(contacts=120, shrinkage=0.25),
            budget_contacts=5000,
        ),
    )
    assert goal_from_dict(json.loads(json.dumps(goal_to_dict(goal)))) == goal
