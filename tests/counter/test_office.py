"""The back office of the counter, as the window and the CLI use it: the dashboard's figures, the day close,
the start-up checks, the hub's setup and the settings (portal, printers, backup and restore) — each against a
real, encrypted hub database and real files in a temporary home."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from kiosk.counter.settings import PortalProblem
from kiosk.counter.use_cases import UseCases
from kiosk.documents.storage import has_document, store_document
from kiosk.domain.errors import BackupError, DeviceError
from kiosk.store.hub import Hub
from tests.counter.conftest import saved


def test_the_dashboard_counts_todays_takings_and_waiting_deadlines(desk: UseCases) -> None:
    empty = desk.dashboard.load()
    assert (empty.today_count, empty.today_paise, empty.queue_depth) == (0, 0, 0)
    first, second = saved(desk), saved(desk)
    desk.voiding.void(second.uuid, "duplicate", actor="asha")
    board = desk.dashboard.load()
    assert board.today == desk.dashboard.today() and board.today_count == 1
    assert board.today_paise == first.total_paise > 0  # a voided fee went back to the citizen
    assert board.per_day[-1] == (board.today, 1) and len(board.per_day) == 14
    assert board.catalogue is not None and board.catalogue.has(first.service_code)
    assert board.queue_depth == 1 and board.last_sync is None


def test_the_day_close_report_is_the_operators_own_or_everyones(desk: UseCases, tmp_path: Path) -> None:
    saved(desk)
    day = desk.day_close.today()
    everyone = desk.day_close.report(day, counted={"operator1": 100})
    assert len(everyone.entries) == 1 and everyone.audit_head
    assert [o.operator for o in everyone.by_operator()] == ["operator1"]
    assert desk.day_close.report(day, operator="someone-else").entries == ()
    path, pdf = desk.day_close.save_report(everyone)
    assert path == desk.day_close.pdf_path(day) and path.read_bytes() == pdf and pdf.startswith(b"%PDF")
    other, _pdf = desk.day_close.save_report(everyone, "80mm", tmp_path / "close.pdf")
    assert other == tmp_path / "close.pdf" and other.is_file()
    csv = desk.day_close.export_csv(day)
    assert csv.name == f"applications-{day.isoformat()}.csv" and len(csv.read_text("utf-8").splitlines()) == 2


def test_start_up_keeps_what_a_row_or_the_draft_names_and_collects_the_rest(desk: UseCases, ctx) -> None:
    app = saved(desk)
    folder = ctx.paths.documents
    orphan = store_document(ctx.sealed().documents, b"a scan whose application never committed")
    young = store_document(ctx.sealed().documents, b"a scan being saved right now")
    old = time.time() - 7200
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if young not in name:
                os.utime(os.path.join(root, name), (old, old))
    removed = desk.start_up.collect_orphan_documents()
    assert orphan in " ".join(removed) and not has_document(folder, orphan)
    assert has_document(folder, young)  # too young to be an orphan yet
    desk.start_up.run()  # the whole sweep runs again without complaint
    assert desk.finder.open(app.uuid)[0].uuid == app.uuid


def test_a_new_hub_is_set_up_then_needs_its_first_supervisor(ctx) -> None:
    from kiosk.app import build_context

    fresh = build_context(ctx.paths.home.parent / "new-hub", "mr")
    try:
        setup = fresh.use_cases().hub
        assert setup.needs_setup() and not setup.has_users()
        assert setup.save_hub(Hub("WAG01", "Wagholi", "वाघोली", "521", "4174", ("Wagholi",))) is True
        assert not setup.needs_setup() and setup.needs_supervisor() and setup.hub().name_mr == "वाघोली"
        temporary = setup.add_first_supervisor("asha", "Asha")
        assert temporary and not setup.needs_supervisor()
        assert setup.add_first_supervisor("meena", "Meena") is None  # made meanwhile: nothing more
    finally:
        fresh.close()


def test_portal_settings_refuse_bad_input_and_keep_the_secret_in_the_keyring(desk: UseCases, test_keyring) -> None:
    settings = desk.settings
    assert settings.training()  # the demo hub
    found = settings.portal_problems("ftp://portal example", "a", "")
    assert found == [PortalProblem.ADDRESS, PortalProblem.CLIENT_ID, PortalProblem.TRAINING_HUB,
                     PortalProblem.NO_SECRET]
    assert settings.portal_problems("http://127.0.0.1:8800", "PUN0123", "s3cret") == []
    settings.save_portal("http://127.0.0.1:8800/", " PUN0123 ", "s3cret")
    portal = settings.portal()
    assert (portal.url, portal.client_id, portal.secret_stored) == ("http://127.0.0.1:8800", "PUN0123", True)
    assert settings.portal_problems("http://127.0.0.1:8800", "PUN0123", "") == []  # stored: need not retype
    assert b"s3cret" not in desk.settings.store().path.read_bytes()


def test_printers_text_size_and_language_are_remembered(desk: UseCases) -> None:
    settings = desk.settings
    settings.save_printer("Counter-Laser")
    settings.save_font_size(16)
    settings.remember_language("hi")
    with pytest.raises(DeviceError):
        settings.save_escpos_uri("lpt1:")
    settings.save_escpos_uri("tcp://192.168.1.50:9100")
    assert (settings.printer(), settings.font_size(), settings.remembered_language()) == ("Counter-Laser", 16, "hi")
    assert settings.escpos_uri() == "tcp://192.168.1.50:9100"
    settings.save_escpos_uri("")
    assert settings.escpos_uri() == ""


def test_backup_then_restore_brings_the_old_data_back(desk: UseCases, ctx) -> None:
    saved(desk)
    path = desk.settings.back_up("asha").path
    assert [row.path for row in desk.settings.backups()] == [path]
    saved(desk)
    bad = path.with_name("kiosk-backup-29991231-235959-000000.sqlite3")
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(BackupError):
        desk.settings.restore(bad, "asha")
    assert len(ctx.applications().list(limit=10)) == 2  # the live data is untouched
    aside = desk.settings.restore(path, "asha")
    assert aside is not None and aside.exists()
    assert len(ctx.applications().list(limit=10)) == 1
    last = ctx.database().query("SELECT actor, action FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    assert (last["actor"], last["action"]) == ("asha", "backup.restored")


def test_the_sync_state_counts_the_queue(desk: UseCases) -> None:
    assert desk.syncing.queue().pending == 0
    saved(desk)
    queue = desk.syncing.queue()
    assert (queue.pending, queue.quarantined, queue.last_sync) == (1, 0, None)
