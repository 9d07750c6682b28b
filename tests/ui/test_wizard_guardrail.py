"""The wizard's guardrail suggestion links the quality goal of the plan when the user says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers import wait_goal
from tests.ui.test_wizard import WHAT, field, fill_wait_goal, finish, store, wizard  # noqa: F401 (fixtures)


def test_a_speed_goal_links_the_suggested_quality_goal_as_its_guardrail(qtbot, wizard, store):  # noqa: F811
    fcr = wait_goal(title="Keep first-contact resolution", kpi="fcr", direction="increase", baseline=70.0,
                    target=75.0, unit="%")  # fmt: skip
    fcr_id = store.save_goal(fcr)
    wizard.next()
    assert wizard.currentId() == WHAT
    fill_wait_goal(qtbot, wizard)
    wizard.back()
    wizard.back()
    wizard.back()  # back on the Why page, where the suggestion is
    link = field(wizard, "link_guardrail")
    assert link.isVisible() and not link.isChecked()
    partner = field(wizard, "guardrail_partner")
    assert partner.currentData() == fcr_id and not partner.isEnabled()
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Space)
    assert link.isChecked() and partner.isEnabled()
    for _page in range(3):
        wizard.next()
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    assert store.get_goal(saved.args[0]).guardrail_id == fcr_id


def test_no_suggestion_to_link_without_a_quality_goal_in_the_plan(qtbot, wizard, store):  # noqa: F811
    wizard.next()
    fill_wait_goal(qtbot, wizard)
    for _page in range(3):
        wizard.back()
    assert not field(wizard, "link_guardrail").isVisible()
    with qtbot.waitSignal(wizard.saved) as saved:
        finish(qtbot, wizard)
    assert store.get_goal(saved.args[0]).guardrail_id is None
