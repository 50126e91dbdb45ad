"""UI tests drive the real window (offscreen) against the real store and the project's portal simulator.

Devanagari never goes through ``qtbot.keyClicks`` (QTest is ASCII-only and aborts the process): text is
set with ``setText`` or sent as ``QKeyEvent``s carrying the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext
from kiosk.portal.client import PortalClient
from kiosk.portal.simulator import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kiosk.portal.transport import Timeouts
from kiosk.store.hub import set_setting
from tests.sync.conftest import free_port, sim, sim_config  # noqa: F401 - shared simulator helpers/fixture

DATA = Path(__file__).resolve().parents[1] / "data" / "documents"

NAMES_MR = {"name_mr.first": "सुनीता", "name_mr.mother": "आशा", "name_mr.father_or_husband": "गणेश",
            "name_mr.surname": "क्षीरसागर"}
NAMES_EN = {"name_en.first": "Sunita", "name_en.mother": "Asha", "name_en.father_or_husband": "Ganesh",
            "name_en.surname": "Kshirsagar"}
PERSON = {"dob": "14-08-1986", "gender": "F", "mobile": "9822012345", "address.house": "12",
          "address.street": "Shivaji Chowk", "address.village": "Wagholi", "address.taluka": "Haveli",
          "address.district": "Pune", "address.pin": "412207"}
INCOME = {"fields.purpose": "शैक्षणिक प्रवेशासाठी", "fields.annual_income": "120000",
          "fields.income_year": "2025-26", "fields.income_source": "agriculture"}


def make_client(url: str) -> PortalClient:
    return PortalClient(url, DEMO_CLIENT_ID, lambda: DEMO_CLIENT_SECRET, timeouts=Timeouts(0.5, 2.0))


@pytest.fixture
def point_portal(ctx: KioskContext) -> Callable[[str], None]:
    def point(url: str) -> None:
        set_setting(ctx.database(), "portal.url", url)
        set_setting(ctx.database(), "portal.training", "1")
    return point


@pytest.fixture
def marathi(qapp: Any, ctx: KioskContext) -> Iterator[Any]:
    """The window's default language, installed as the real window installs it."""
    from kiosk.ui.application import prepare
    from kiosk.ui.i18n import Languages

    prepare(qapp, ctx.use_cases())
    languages = Languages(ctx.paths.assets, ctx.paths.home / "cache" / "i18n")
    ctx.language = languages.switch("mr")
    yield languages
    languages.switch("en")


def answered(qtbot: Any, view: Any) -> None:
    """The sign-in, password change or setup step just asked for has run on the pool and its answer is shown."""
    qtbot.waitUntil(lambda: not getattr(view, "busy", False) and not getattr(view, "pending", 0), timeout=10_000)


def operator() -> Any:
    from kiosk.counter.login import Operator

    return Operator("operator1", "Operator 1", "supervisor", training=True)


def make_window(qtbot: Any, ctx: KioskContext, url: str | Callable[[], str]) -> Any:
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sync_control import SyncController

    controller = SyncController(ctx.use_cases().syncing, client_factory=lambda: make_client(url() if callable(url) else url))
    window = MainWindow(ctx.use_cases(), operator(), sync=controller)
    qtbot.addWidget(window)
    window.show()
    return window


def new_page(qtbot: Any, window: Any) -> Any:
    """The New application screen once what a form's check needs has arrived from the pool (and any
    unfinished draft has come back)."""
    window.navigate("new")
    page = window.pages["new"]
    qtbot.waitUntil(lambda: page.ready, timeout=10_000)
    return page


def fill(page: Any, values: dict[str, str]) -> None:
    """Set inputs the way typing would end (setText → textChanged), marking them touched."""
    from PySide6.QtWidgets import QComboBox, QLineEdit

    for key, value in values.items():
        widget = page.form.inputs[key]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            widget.setEditText(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))


def scan_jpeg(folder: Path, name: str, seed: int = 3) -> Path:
    from tests.documents.docsynth import a4_page, jpeg

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(jpeg(a4_page(seed, dpi=150, noise=4), 80, dpi=150))
    return path


def aadhaar_scan(folder: Path) -> Path:
    from tests.documents.docsynth import a4_page, jpeg

    sample = (DATA / "sumit_v1_uidai_sample.txt").read_text("ascii").strip()
    path = folder / "aadhaar-card.jpg"
    path.write_bytes(jpeg(a4_page(21, qr=sample, qr_box=3, qr_numeric=True, blur=0.5, noise=8), 80, dpi=300))
    return path


def gui_thread_store_calls(monkeypatch: pytest.MonkeyPatch, screens: tuple[str, ...]) -> list[str]:
    """Notes each store call (query, read, write) made on the GUI thread from one of ``screens`` (module
    file names under kiosk/ui), as the screen line that made it; the real store still answers. The tests
    that screens work off the GUI thread share this one recorder."""
    import threading
    import traceback

    from kiosk.store.db import Store

    seen: list[str] = []

    def noting(name: str) -> None:
        original = getattr(Store, name)

        def call(self: Store, *args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                lines = [f"{Path(f.filename).name}:{f.lineno} {f.line}" for f in traceback.extract_stack()
                         if Path(f.filename).name in screens and "/kiosk/ui/" in f.filename]
                seen.extend(lines[-1:])
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, call)

    for name in ("query", "read", "write"):
        noting(name)
    return seen


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real Argon2id, with the smallest cost: the window's tests are about the flows, and every sign-in
    costs ~0.4 s at the production parameters on a busy 2-core runner (the security package's own tests
    and benchmark use the real parameters)."""
    from argon2 import PasswordHasher

    import kiosk.security.auth
    import kiosk.security.users

    def cheap() -> PasswordHasher:
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)

    monkeypatch.setattr(kiosk.security.auth, "default_hasher", cheap)
    monkeypatch.setattr(kiosk.security.users, "default_hasher", cheap)


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The window's tests run on one 1366×768 screen, the usual counter monitor (Qt's offscreen default is
    800×800): what fits, maximises or is cut off is then what a counter sees. ``-platform`` overrides
    QT_QPA_PLATFORM=offscreen."""
    import os

    from kiosk.ui.screen_fit import offscreen_platform

    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return ["pytest-qt-qapp"]  # a real display (Xvfb): its own screen
    return ["pytest-qt-qapp", "-platform", offscreen_platform(1366, 768, tmp_path_factory.mktemp("screen"))]
