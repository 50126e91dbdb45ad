"""Settings: portal address + client id + secret (keyring only), printers remembered, an ESC/POS receipt
printer (real ESC/POS bytes into a file device), backup now and restore (bad backups refused)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
from keyring.backends import fail

from kiosk.portal.credentials import SERVICE, load_secret
from kiosk.store.hub import set_setting
from tests.ui.conftest import make_window
from tests.ui.test_screens import saved_app

OFFLINE = "http://127.0.0.1:9"
SECRET = "s3cr3t-portal-Wagholi-Ω"


def settings(qtbot: Any, ctx: Any) -> Any:
    window = make_window(qtbot, ctx, OFFLINE)
    window.navigate("settings")
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)  # what the screen shows is read on the pool
    return window, page


def answered(qtbot: Any, page: Any) -> None:
    """The change just asked for has been saved (on the pool) and its answer shown."""
    qtbot.waitUntil(lambda: page.pending == 0, timeout=10_000)


def test_portal_secret_goes_only_to_the_keyring_and_bad_input_is_refused(qtbot, ctx, test_keyring) -> None:
    _window, page = settings(qtbot, ctx)
    page.portal_url.setText("ftp://portal example")
    page.client_id.setText("a")
    page.save_portal()
    answered(qtbot, page)
    text = page.message.text()
    assert "https://" in text and "Client id" in text and "secret" in text  # every problem at once
    assert ctx.setting("portal.client_id") == ""
    page.portal_url.setText("https://aaplesarkar.example.gov.in/api/")
    page.client_id.setText("PUN0123")
    page.secret.setText(SECRET)
    page.save_portal()  # the demo hub's practice data must never reach a real portal
    answered(qtbot, page)
    assert "training hub" in page.message.text() and ctx.setting("portal.client_id") == ""
    set_setting(ctx.database(), "portal.training", "0")
    page.save_portal()
    answered(qtbot, page)
    assert "keyring" in page.message.text() and page.secret.text() == ""
    assert (ctx.setting("portal.url"), ctx.setting("portal.client_id")) == ("https://aaplesarkar.example.gov.in/api", "PUN0123")
    assert test_keyring.get_password(SERVICE, "PUN0123") == SECRET == load_secret("PUN0123")
    ctx.close()
    raw = ctx.paths.database.read_bytes() + b"".join(
        p.read_bytes() for p in ctx.paths.database.parent.glob(ctx.paths.database.name + "*"))
    assert SECRET.encode() not in raw
    # A saved secret need not be typed again to change the address.
    _window, page = settings(qtbot, ctx)
    assert "keyring" in page.secret.placeholderText()
    page.portal_url.setText("http://127.0.0.1:8800")
    page.save_portal()
    answered(qtbot, page)
    assert ctx.setting("portal.url") == "http://127.0.0.1:8800"


def test_without_a_keyring_the_secret_is_refused_with_its_sentence(qtbot, ctx) -> None:
    set_setting(ctx.database(), "portal.training", "0")
    _window, page = settings(qtbot, ctx)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        page.portal_url.setText("https://portal.example.in")
        page.client_id.setText("PUN0999")
        page.secret.setText(SECRET)
        page.save_portal()
        answered(qtbot, page)  # saved on the pool: the keyring stays refused until it has answered
    finally:
        keyring.set_keyring(previous)
    assert "keyring" in page.message.text().lower() and "Traceback" not in page.message.text()
    assert ctx.setting("portal.client_id") == "" and ctx.setting("portal.url") != "https://portal.example.in"


def test_printer_choice_is_remembered_and_escpos_receipts_reach_the_device(qtbot, ctx, tmp_path: Path) -> None:
    from kiosk.ui.receipt_view import ReceiptDialog

    set_setting(ctx.database(), "print.printer", "Counter-Laser")
    _window, page = settings(qtbot, ctx)
    assert page.printers.printer.currentData() == "Counter-Laser" and "Counter-Laser" in page.printers.printer.currentText()
    page.printers.printer.setCurrentIndex(0)
    page.printers.save_printer()
    answered(qtbot, page)
    assert ctx.setting("print.printer") == ""
    page.printers.escpos.setText("lpt1:")
    page.printers.save_escpos()
    answered(qtbot, page)
    assert "usb://" in page.message.text() or "ESC/POS" in page.message.text(), page.message.text()
    device = tmp_path / "escpos.bin"
    page.printers.escpos.setText(f"file://{device}")
    page.printers.save_escpos()
    answered(qtbot, page)
    assert ctx.setting("print.escpos_uri") == f"file://{device}"
    app = saved_app(ctx)
    receipts = ctx.use_cases().receipts
    dialog = ReceiptDialog(receipts, receipts.make(app), receipts.targets(), "operator1", "en")
    qtbot.addWidget(dialog)
    assert dialog.escpos_button.isVisibleTo(dialog)
    dialog.print_on_receipt_printer()
    qtbot.waitUntil(lambda: dialog.escpos_button.isEnabled(), timeout=15_000)
    job = device.read_bytes()
    assert job.startswith(b"\x1b@") and len(job) > 2000, dialog.message.text()  # ESC @ then a raster image
    assert ctx.applications().print_count(app.uuid) == 1


def test_backup_then_restore_brings_the_old_data_back_and_ends_the_session(qtbot, ctx) -> None:
    from kiosk.store.backup import list_backups

    saved_app(ctx)
    window, page = settings(qtbot, ctx)
    assert page.backups.backup_button.isEnabled()
    page.backups.backup()
    # The screen's answer, not the file: the file appears before the audit entry is committed, and the list
    # holds one row ("No backups yet.") before the backup too.
    qtbot.waitUntil(lambda: "Backup saved" in page.message.text(), timeout=10_000)
    assert len(list_backups(ctx.paths.backups)) == 1 and page.backups.backup_list.count() == 1
    made = ctx.database().query("SELECT actor, ids FROM audit_log WHERE action = 'backup.made'")
    assert len(made) == 1 and made[0]["actor"] == "operator1" and "kiosk-backup-" in made[0]["ids"]
    saved_app(ctx)
    assert len(ctx.applications().list(limit=10)) == 2
    # A damaged "backup" sorts first (newest name) and is refused; the live data stays.
    bad = ctx.paths.backups / "kiosk-backup-29991231-235959-000000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    page.backups.refresh_backups()
    page.backups.restore_chosen(confirm=False)
    assert page.backups.restoring and not page.backups.restore_button.isEnabled()  # the check runs off the GUI thread
    qtbot.waitUntil(lambda: not page.backups.restoring, timeout=10_000)
    assert "cannot be restored" in page.message.text() and len(ctx.applications().list(limit=10)) == 2
    locked: list[bool] = []
    window.lock_requested.connect(lambda: locked.append(True))
    page.backups.backup_list.setCurrentRow(1)
    page.backups.restore_chosen(confirm=False)
    qtbot.waitUntil(lambda: bool(locked), timeout=10_000)
    assert not page.backups.restoring and len(ctx.applications().list(limit=10)) == 1
    assert list(ctx.paths.database.parent.glob(ctx.paths.database.name + ".replaced-*"))  # old file kept
    # The restore is the newest entry of the restored chain (the backup's own entry came after its snapshot).
    actions = [(r["actor"], r["action"]) for r in ctx.database().query("SELECT actor, action FROM audit_log ORDER BY seq")]
    assert actions[-1] == ("operator1", "backup.restored") and ("operator1", "backup.made") not in actions


def test_an_operator_sees_backup_and_restore_greyed(qtbot, ctx) -> None:
    from kiosk.counter.login import Operator
    from kiosk.ui.main_window import MainWindow

    window = MainWindow(ctx.use_cases(), Operator("ravi", "Ravi", "operator"))
    qtbot.addWidget(window)
    page = window.pages["settings"]
    assert not page.backups.backup_button.isEnabled() and not page.backups.restore_button.isEnabled()


def test_check_for_update_fetches_only_the_service_list(qtbot, ctx, sim, catalogue_document) -> None:
    from kiosk.store.outbox import counts
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController
    from tests.sync.conftest import sim_admin, take_apps
    from tests.ui.conftest import make_client as ui_client
    from tests.ui.conftest import operator

    offline_window, offline_page = settings(qtbot, ctx)
    offline_page.check_update()
    qtbot.waitUntil(lambda: not offline_page.checking, timeout=15_000)
    assert "portal" in offline_page.message.text().lower() and "Traceback" not in offline_page.message.text()
    offline_window.close()

    take_apps(ctx, 1, docs=0)  # queued work that a catalogue check must not send
    sim_admin(sim, "catalogue", dict(catalogue_document, catalogue_version="2027.02.0"))
    window = MainWindow(ctx.use_cases(), operator(), sync=SyncController(ctx.use_cases().syncing, client_factory=lambda: ui_client(sim.url)))
    qtbot.addWidget(window)
    page = window.pages["settings"]
    page.check_update()
    page.check_update()
    assert "Already" in page.message.text()  # one check at a time
    qtbot.waitUntil(lambda: not page.checking, timeout=15_000)
    assert "2027.02.0" in page.message.text() and "2027.02.0" in page.catalogue_version.text()
    assert ctx.catalogues().active_version() == "2027.02.0"
    assert counts(ctx.database())["pending"] == 1 and not window.sync.running  # no sync ran
    assert sim_admin(sim, "stats")["applications_stored"] == 0
    page.check_update()
    qtbot.waitUntil(lambda: not page.checking, timeout=15_000)
    assert "newest" in page.message.text()

