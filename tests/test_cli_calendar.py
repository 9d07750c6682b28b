"""``goalplanner calendar``: the check-in dates as an .ics file, from a real process; the plan only read."""

from icalendar import Calendar

from goalplanner.store import Store
from tests.test_cli import goalplanner


def test_calendar_writes_every_active_goals_check_ins_and_changes_nothing(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    assert goalplanner("demo", "--db", plan, home=private_home).returncode == 0
    before = plan.read_bytes()
    target = tmp_path / "check-ins.ics"
    result = goalplanner("calendar", "--db", plan, "-o", target, home=private_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("(7 goals, 14 events)")
    calendar = Calendar.from_ical(target.read_bytes())
    with Store.open(plan) as store:
        titles = {goal.title for goal in store.list_goals()}
    assert {str(event["summary"]).removeprefix("Check in: ") for event in calendar.walk("VEVENT")} == titles
    assert plan.read_bytes() == before


def test_calendar_refuses_other_names_missing_plans_and_unwritable_places(tmp_path, private_home):
    plan = tmp_path / "demo.goalplan"
    assert goalplanner("demo", "--db", plan, home=private_home).returncode == 0
    wrong = goalplanner("calendar", "--db", plan, "-o", tmp_path / "x.txt", home=private_home)
    assert wrong.returncode == 2 and "must end in .ics" in wrong.stderr
    missing = tmp_path / "none.goalplan"
    absent = goalplanner("calendar", "--db", missing, "-o", tmp_path / "x.ics", home=private_home)
    assert absent.returncode == 2 and "does not exist" in absent.stderr
    assert not (tmp_path / "none.goalplan").exists()
    nowhere = goalplanner("calendar", "--db", plan, "-o", tmp_path / "no" / "x.ics", home=private_home)
    assert nowhere.returncode == 2 and "the folder does not exist" in nowhere.stderr
