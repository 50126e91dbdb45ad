"""Issue 17, the window: the intake's delivery channels, and the citizen with only a receipt — F6 on the
Applications screen looks it up (status, due, what next), shows the delivery history with the failure,
and the operator changes the channel keyboard-only at 1366×768 (committed, audited, queued for the portal)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.domain.delivery import DeliveryAttempt
from kiosk.domain.status import Status
from kiosk.store.deliveries import record_attempts
from kiosk.ui.intake_channels import ChannelsBox
from tests.ui.conftest import make_window
from tests.ui.test_applications_rows import OFFLINE, detail_settled, row_of
from tests.ui.test_screens import saved_app

SHOTS = Path("/work/shots/health")


def test_the_channels_box_gathers_each_channel_with_its_consent(qtbot: Any) -> None:
    box = ChannelsBox()
    qtbot.addWidget(box)
    assert box.form_part()["channels"] == [{"channel": "print_at_hub", "contact": "", "consent": True}]
    assert not box.contacts["whatsapp"].isEnabled()  # alive only once the channel is ticked
    box.ticks["whatsapp"].setFocus()
    QTest.keyClick(box.ticks["whatsapp"], Qt.Key.Key_Space)
    QTest.keyClicks(box.contacts["whatsapp"], "9822099999")
    QTest.keyClick(box.consents["whatsapp"], Qt.Key.Key_Space)
    part = box.form_part()
    assert part["channels"][1] == {"channel": "whatsapp", "contact": "9822099999", "consent": True}
    assert part["whatsapp_opt_in"] and part["delivery"] == "print_at_hub"
    again = ChannelsBox()
    qtbot.addWidget(again)
    again.set_values(box.values())
    assert again.form_part() == part
    older = ChannelsBox()  # a draft set aside before channels existed
    qtbot.addWidget(older)
    older.set_values({"delivery": "whatsapp", "whatsapp": "yes"})
    assert [c["channel"] for c in older.channels()] == ["whatsapp"] and older.consents["whatsapp"].isChecked()


def test_f6_looks_up_the_receipt_and_the_channel_is_changed_from_the_keyboard(qtbot: Any, ctx: Any) -> None:
    form_channels = [{"channel": "whatsapp", "contact": "9822010000", "consent": True}]
    sunita = saved_app(ctx, channels=form_channels)
    apps = ctx.applications()
    apps.set_status(sunita.uuid, Status.SUBMITTED, portal_number="MHSIM-00001-0000001")
    apps.set_status(sunita.uuid, Status.APPROVED, decided_on=ctx.today())
    with ctx.database().write() as conn:
        record_attempts(conn, sunita.uuid, [DeliveryAttempt("whatsapp", "not_on_whatsapp", "2026-12-03T14:02:00Z")])
    window = make_window(qtbot, ctx, OFFLINE)
    window.resize(1366, 768)
    window.navigate("applications")
    page = window.pages["applications"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=10_000)
    page.table.selectRow(row_of(page, sunita.uuid))
    detail_settled(qtbot, page)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: getattr(page, "citizen_desk", None) is not None and page.citizen_desk.isVisible(),
                    timeout=10_000)
    desk = page.citizen_desk
    qtbot.waitUntil(lambda: desk.save.isEnabled(), timeout=10_000)
    assert "could not be sent (WhatsApp)" in desk.answer.text()
    assert any("this number is not on WhatsApp" in desk.history.item(i).text() for i in range(desk.history.count()))
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "desk-window-1366.png"))
    desk.grab().save(str(SHOTS / "desk-failed-whatsapp.png"))
    box = desk.channels
    box.ticks["email"].setFocus()
    QTest.keyClick(box.ticks["email"], Qt.Key.Key_Space)
    QTest.keyClick(box.ticks["email"], Qt.Key.Key_Tab)
    QTest.keyClicks(box.contacts["email"], "sunita.p@example.org")
    QTest.keyClick(box.contacts["email"], Qt.Key.Key_Tab)
    QTest.keyClick(box.consents["email"], Qt.Key.Key_Space)
    QTest.keyClick(box.consents["email"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: [c.channel for c in ctx.use_cases().deliveries.view(sunita.uuid).channels]
                    == ["whatsapp", "email"], timeout=10_000)
    assert ("operator1", "delivery.changed") in [(r["actor"], r["action"]) for r in
                                                 ctx.database().query("SELECT actor, action FROM audit_log")]
    qtbot.waitUntil(lambda: "with the next sync" in desk.message.text(), timeout=10_000)
    desk.grab().save(str(SHOTS / "desk-after-change.png"))
