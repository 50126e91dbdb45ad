"""The supervisor's update notice against the real simulator: a newer signed release is staged and
announced in the UI language; a refused one is shown as its error; an unreachable portal says nothing."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from kiosk.config import ASSETS_DIR
from kiosk.portal.releases import sign_manifest
from kiosk.portal.simulator import PortalSimulator
from kiosk.ui import background
from kiosk.ui.update_notice import UpdateNotice, start_update_check
from tests.portal.test_releases import PACKAGE, manifest, private_key
from tests.sync.conftest import sim_admin
from tests.ui.conftest import make_client


def _run_check(qtbot, notice: UpdateNotice, url: str, staging: Path, current: str = "0.1.0") -> None:
    relay = start_update_check(notice, lambda: make_client(url), ASSETS_DIR, staging, current)
    # The task may finish before a waitSignal could connect; run_in_background drops the relay from its
    # live set only after done/failed and finished were delivered on the GUI thread, so wait for that.
    qtbot.waitUntil(lambda: relay not in background._live, timeout=20_000)
    qtbot.wait(100)  # and let any queued result slot run


def _publish(sim: PortalSimulator, package: bytes = PACKAGE) -> None:
    envelope = sign_manifest(manifest(), private_key())
    sim_admin(sim, "release", {"envelope": envelope,
                               "files": {"seva-kiosk_0.2.0_amd64.deb": base64.b64encode(package).decode()}})


def test_newer_release_is_announced_and_follows_the_language(qtbot, qapp, sim: PortalSimulator,
                                                             tmp_path: Path) -> None:
    _publish(sim)
    notice = UpdateNotice()
    qtbot.addWidget(notice)
    QLocale.setDefault(QLocale(QLocale.Language.Marathi, QLocale.Country.India))
    try:
        _run_check(qtbot, notice, sim.url, tmp_path / "updates")
        qtbot.waitUntil(lambda: not notice.isHidden(), timeout=5_000)
        assert "0.2.0" in notice.label.text() and "हब तंत्रज्ञ" in notice.label.text()
        assert "कागदपत्रांचे" in notice.label.text()  # the Marathi release notes
        staged = tmp_path / "updates" / "seva-kiosk_0.2.0_amd64.deb"
        assert hashlib.sha256(staged.read_bytes()).hexdigest() == hashlib.sha256(PACKAGE).hexdigest()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.India))
        QCoreApplication.sendEvent(notice, QEvent(QEvent.Type.LanguageChange))
        assert "A hub technician installs it after day close" in notice.label.text()
        assert "Camera capture" in notice.label.text()
        with qtbot.waitSignal(notice.dismissed):
            notice.close_button.click()
        assert notice.isHidden()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.Marathi, QLocale.Country.India))


def test_up_to_date_shows_nothing(qtbot, qapp, sim: PortalSimulator, tmp_path: Path) -> None:
    _publish(sim)
    notice = UpdateNotice()
    qtbot.addWidget(notice)
    _run_check(qtbot, notice, sim.url, tmp_path / "updates", current="0.2.0")
    assert notice.isHidden() and not (tmp_path / "updates").exists()


def test_tampered_package_is_shown_as_refused(qtbot, qapp, sim: PortalSimulator, tmp_path: Path) -> None:
    # Marathi as the window's default; a test before this one on the same worker may have left English
    QLocale.setDefault(QLocale(QLocale.Language.Marathi, QLocale.Country.India))
    _publish(sim, PACKAGE[::-1])
    notice = UpdateNotice()
    qtbot.addWidget(notice)
    _run_check(qtbot, notice, sim.url, tmp_path / "updates")
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=5_000)
    assert "चेकसम" in notice.label.text()  # Marathi by default: the checksum sentence
    assert not any((tmp_path / "updates").iterdir())


def test_unreachable_portal_stays_quiet(qtbot, qapp, tmp_path: Path) -> None:
    notice = UpdateNotice()
    qtbot.addWidget(notice)
    _run_check(qtbot, notice, "http://127.0.0.1:9", tmp_path / "updates")
    assert notice.isHidden()


def test_a_supervisor_hears_of_a_release_after_a_sync_an_operator_does_not(qtbot, ctx, sim: PortalSimulator,
                                                                           point_portal) -> None:
    from kiosk.counter.login import Operator
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    point_portal(sim.url)
    _publish(sim)
    windows = {}
    for who, role in (("ravi", "operator"), ("asha", "supervisor")):
        window = MainWindow(ctx.use_cases(), Operator(who, who.title(), role),
                            sync=SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client(sim.url)))
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.sync.finished, timeout=30_000):
            window.sync_now()
        windows[role] = window
    supervisor = windows["supervisor"]
    qtbot.waitUntil(lambda: supervisor.update_notice.isVisible(), timeout=20_000)
    assert "0.2.0" in supervisor.update_notice.label.text()
    assert windows["operator"].update_notice.isHidden()
    assert (ctx.paths.home / "updates" / "seva-kiosk_0.2.0_amd64.deb").is_file()


def test_settings_says_when_this_is_the_newest_version(qtbot, ctx, sim: PortalSimulator, point_portal) -> None:
    from kiosk.counter.login import Operator
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    point_portal(sim.url)
    window = MainWindow(ctx.use_cases(), Operator("asha", "Asha", "supervisor"),
                        sync=SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client(sim.url)))
    qtbot.addWidget(window)
    window.navigate("settings")
    page = window.pages["settings"]
    relay = page.check_version()
    qtbot.waitUntil(lambda: relay not in background._live, timeout=20_000)
    qtbot.waitUntil(lambda: "newest" in page.message.text(), timeout=5_000)
    assert page.update_notice.isHidden() and page.version_button.isEnabled()
