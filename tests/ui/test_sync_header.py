"""The operator sees sync: the coloured header (offline and why, syncing with progress, waiting, need
attention, last contact), a Sync page that never says done when the portal was not reached, and the notice
of the portal's answers leading to the filtered Applications list. The real window, offscreen, against the
simulator over loopback (or a port nobody listens on)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.portal.simulator import PortalSimulator
from kiosk.store.outbox import claim_next, counts, mark_rejected
from kiosk.ui.answers_notice import AnswersNotice
from tests.sync.conftest import free_port, sim_admin, take_apps
from tests.ui.conftest import make_window


def synced(qtbot: Any, window: Any) -> Any:
    with qtbot.waitSignal(window.sync.finished, timeout=60_000) as finished:
        assert window.sync.start()
    qtbot.waitUntil(lambda: not window.sync.running, timeout=15_000)
    return finished.args[0]


def test_portal_not_reached_is_never_done_and_the_header_says_why(qtbot, ctx, marathi, point_portal) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    point_portal(url)
    take_apps(ctx, 2, docs=0)
    window = make_window(qtbot, ctx, url)
    window.navigate("sync")
    page = window.pages["sync"]
    qtbot.waitUntil(lambda: "2" in window.indicator.waiting.text(), timeout=15_000)
    assert window.indicator.link.property("tone") == "neutral"  # nothing tried yet
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.sync.running and page.result.text() != "", timeout=30_000)
    assert "पूर्ण" not in page.stage.text()  # neither "done" nor "finished"
    assert "पोर्टलपर्यंत पोहोचता आले नाही" in page.stage.text() and "पोर्टलशी जोडणी नाही" in page.stage.text()
    assert page.stage.property("tone") == "bad"
    assert "रांगेतच" in page.result.text()  # the applications stay queued, in words
    header = window.indicator
    assert header.link.property("tone") == "bad" and header.link.text() == "ऑफलाइन: पोर्टलशी जोडणी नाही"
    assert header.waiting.property("tone") == "warn" and header.waiting.text().endswith(": 2")
    assert "—" in header.contact.text()  # the portal has never answered this kiosk
    assert counts(ctx.database())["pending"] == 2


def test_header_shows_progress_then_online_and_last_contact(qtbot, ctx, sim, point_portal) -> None:
    point_portal(sim.url)
    take_apps(ctx, 3, docs=1)
    window = make_window(qtbot, ctx, sim.url)
    header = window.indicator
    seen: list[tuple[str, str, bool]] = []
    window.sync.progress.connect(  # connected after the header's own slot: sees what it drew
        lambda _p: seen.append((header.link.text(), str(header.link.property("tone")), header.bar.isVisibleTo(header))))
    report = synced(qtbot, window)
    assert report.online and report.sent == 3
    assert ("Syncing… Sending applications: 2 of 3", "busy", True) in seen
    assert all(tone == "busy" for _t, tone, _b in seen)
    qtbot.waitUntil(lambda: header.waiting.text() == "Nothing waiting to send", timeout=15_000)
    assert header.link.text() == "Online" and header.link.property("tone") == "good"
    assert not header.bar.isVisibleTo(header) and "—" not in header.contact.text()
    assert "Online · Nothing waiting to send · Last contact: " in header.text()


def test_need_attention_leads_to_the_sync_page(qtbot, ctx, point_portal) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    point_portal(url)
    take_apps(ctx, 1, docs=0)
    store = ctx.database()
    mark_rejected(store, claim_next(store, 1e12), "FIELD_INVALID: annual income")
    window = make_window(qtbot, ctx, url)
    button = window.indicator.attention
    qtbot.waitUntil(lambda: button.isVisibleTo(window.indicator), timeout=15_000)
    assert button.text() == "Need attention: 1"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "sync"
    qtbot.waitUntil(lambda: window.pages["sync"].quarantine.rowCount() == 1, timeout=15_000)


def decide(ctx: Any, portal: PortalSimulator, uuid: str, status: str) -> None:
    sim_admin(portal, "decide", {"application_id": ctx.applications().get(uuid).portal_number, "status": status})


def test_answers_notice_leads_to_the_filtered_list_and_is_told_once(qtbot, ctx, sim, point_portal) -> None:
    point_portal(sim.url)
    a, b, c, d = take_apps(ctx, 4, docs=0)
    window = make_window(qtbot, ctx, sim.url)
    notice: AnswersNotice = window.notice
    assert synced(qtbot, window).sent == 4
    decide(ctx, sim, a, "approved")
    decide(ctx, sim, b, "approved")
    decide(ctx, sim, c, "rejected")
    decide(ctx, sim, d, "documents_pending")
    report = synced(qtbot, window)
    assert report.status_applied == 4 and report.certificates == 2
    told = "2 certificates ready to hand over · 1 application rejected · 1 application returned for more documents"
    qtbot.waitUntil(lambda: notice.text() == told, timeout=15_000)  # read from the store after the pass
    assert notice.isVisibleTo(window)

    qtbot.mouseClick(notice.buttons["certificates"], Qt.MouseButton.LeftButton)
    page = window.pages["applications"]
    assert window.current_key() == "applications" and page.status.currentData() == "approved"
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=15_000)
    assert notice.isVisibleTo(window) and not notice.buttons["certificates"].isVisibleTo(notice)

    qtbot.mouseClick(notice.buttons["rejected"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.status.currentData() == "rejected", timeout=15_000)
    with qtbot.waitSignal(notice.read, timeout=15_000):
        qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisibleTo(window)

    # the next sign-in (a new window on the same hub) is not told again
    again = make_window(qtbot, ctx, sim.url)
    with qtbot.waitSignal(again.notice.read, timeout=15_000):
        again.notice.check()
    assert not again.notice.isVisibleTo(again) and again.notice.text() == ""


def test_a_pass_skipped_for_another_sync_is_neither_done_nor_a_contact(qtbot, ctx, point_portal) -> None:
    """The background ``sync --watch`` holds the pass: the window's pass did nothing and must not say
    it reached the portal."""
    from kiosk.sync.progress import SyncReport

    url = f"http://127.0.0.1:{free_port()}"
    point_portal(url)
    window = make_window(qtbot, ctx, url)
    window.navigate("sync")
    page = window.pages["sync"]
    window.sync.finished.emit(SyncReport(skipped=True))
    assert "Another sync is running" in page.stage.text() and "Done" not in page.stage.text()
    assert window.indicator.last_contact is None and "—" in window.indicator.contact.text()


def test_a_try_that_failed_and_stays_queued_is_partly_done_not_done(qtbot, ctx, sim, point_portal) -> None:
    point_portal(sim.url)
    take_apps(ctx, 1, docs=0)
    sim_admin(sim, "faults", {"script": ["5xx"], "path": "/applications", "method": "POST"})
    window = make_window(qtbot, ctx, sim.url)
    window.navigate("sync")
    page = window.pages["sync"]
    report = synced(qtbot, window)
    assert report.online and report.retried == 1 and report.sent == 0, report
    qtbot.waitUntil(lambda: page.stage.property("tone") == "warn", timeout=15_000)  # once the queue is re-read
    assert page.stage.text().startswith("Reached the portal, but not everything went through. "
                                        "Still waiting to be sent: 1")
    assert window.indicator.link.text() == "Online" and window.indicator.waiting.text() == "Waiting to send: 1"
    report = synced(qtbot, window)  # the next pass sends it: now, and only now, it is done
    assert report.sent == 1
    qtbot.waitUntil(lambda: page.stage.property("tone") == "good", timeout=15_000)
    assert page.stage.text() == "Done: nothing is left waiting to be sent."


def test_header_and_notice_never_widen_the_window_past_1366_at_text_size_18(qtbot, qapp, ctx) -> None:
    """English is the widest; every part shown at once (syncing, waiting, need attention, three answers)."""
    from kiosk.counter.answers import Answer
    from kiosk.sync.progress import SyncProgress
    from kiosk.ui.theme import apply_theme

    apply_theme(qapp, 18)
    try:
        window = make_window(qtbot, ctx, "http://127.0.0.1:9")
        window.notice._show(window.notice._generation, [  # what a read of the store would bring
            Answer("certificates", ("a", "b"), 1), Answer("rejected", ("c",), 1),
            Answer("documents_pending", ("d",), 1)])
        state = window.sync.state
        state.pending, state.quarantined, state.last_sync, state.running = 12, 3, 1.7e9, True
        window.sync.changed.emit(state)
        window.sync.progress.emit(SyncProgress("send", 2, 12))
        assert window.indicator.minimumSizeHint().width() <= 1366 - 20
        assert window.notice.minimumSizeHint().width() <= 1366 - 20
        button = window.notice.buttons["documents_pending"]
        assert button.toolTip() == "1 application returned for more documents"  # whole, even if it ends in …
    finally:
        apply_theme(qapp)


def test_an_automatic_pass_that_fails_here_does_not_blame_the_portal(qtbot, ctx) -> None:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController
    from tests.ui.conftest import operator

    def broken_client() -> Any:
        raise OSError(28, "No space left on device")

    controller = SyncController(ctx.use_cases().syncing, client_factory=broken_client)
    window = MainWindow(ctx.use_cases(), operator(), sync=controller)
    qtbot.addWidget(window)
    window.show()
    controller.automate(watch_network=False)  # the loop's first pass starts at once, and fails on this PC
    qtbot.waitUntil(lambda: controller.state.online is False, timeout=10_000)
    assert window.indicator.link.text() == "Offline: a problem on this computer (details in the log)"
    assert window.indicator.link.property("tone") == "bad"
    controller.stop()
