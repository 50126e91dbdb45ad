"""Render every screen in every language to PNG (offscreen), for ``seva-kiosk screenshots DIR``.

``seva-kiosk screenshots`` runs :func:`main` in a child process (``seva-kiosk --screenshots``: the CLI never
imports Qt), also for the README. Works on a throw-away data folder with the demo hub and demo data, so the
pictures are the same on every machine and no real data is ever shown.

Everything is rendered as a counter PC would show it, on one screen of ``--size`` (1366×768 unless told):
the screens maximised, as the kiosk shows them, and each dialog at its natural size — never clamped to the
picture — in ``DIR/dialogs/``, so a picture larger than the screen (less a title bar, for dialogs) shows
at once what would not fit.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kiosk.counter.login import Operator, account_of  # noqa: E402
from kiosk.counter.use_cases import UseCases  # noqa: E402
from kiosk.counter.users import Users  # noqa: E402

if TYPE_CHECKING:
    from kiosk.app import KioskContext
    from kiosk.domain.application import Application

SIZE = (1366, 768)
DIALOGS = ("void", "delivery", "correction", "printers", "appeal", "error")
SCREENS = ("setup", "supervisor", "login", "password", "dashboard", "new", "applications", "sync", "dayclose",
           "users", "settings", "receipt")


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let background tasks finish and their results reach the widgets."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()


def sample_scan(path: Path) -> Path:
    page = Image.new("L", (827, 1169), 255)
    draw = ImageDraw.Draw(page)
    for i in range(30):
        draw.rectangle((80, 120 + i * 32, 80 + (i * 37) % 600 + 100, 132 + i * 32), fill=30)
    page.save(path, "JPEG", quality=85, dpi=(100, 100))
    return path


def shoot(widget: QWidget, app: QApplication, out: Path) -> Path:
    """A screen as the kiosk shows it: maximised on the screen (larger if its minimum size is larger)."""
    from PySide6.QtCore import Qt

    widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
    widget.show()
    settle(app)
    widget.grab().save(str(out))
    return out


def shoot_dialog(dialog: QWidget, app: QApplication, out: Path, seconds: float = 0.3) -> Path:
    """A dialog at the size it takes by itself (its own sizing, else its layout's), then closed."""
    out.parent.mkdir(parents=True, exist_ok=True)
    dialog.show()
    settle(app, seconds)
    dialog.grab().save(str(out))
    dialog.close()
    return out


def render_all(folder: Path, open_demo: Callable[[Path, int], KioskContext],
               wanted: tuple[str, ...] = ("mr", "hi", "en"), count: int = 60) -> list[Path]:
    import keyring

    from kiosk.ui.application import make_app

    folder.mkdir(parents=True, exist_ok=True)
    app = make_app([])
    made: list[Path] = []
    # The throw-away data folder's keys (data key wrapping, audit) live in a throw-away keyring for the
    # whole run: a screenshot run must not need, nor touch, the machine's real keyring.
    previous_keyring = throwaway_keyring()
    try:
        return _render_all(folder, open_demo, wanted, count, app, made)
    finally:
        keyring.set_keyring(previous_keyring)


def _render_all(folder: Path, open_demo: Callable[[Path, int], KioskContext], wanted: tuple[str, ...], count: int,
                app: QApplication, made: list[Path]) -> list[Path]:
    from PySide6.QtCore import Qt

    from kiosk.counter.app_filters import Filters
    from kiosk.ui.application import prepare
    from kiosk.ui.i18n import Languages
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.receipt_view import ReceiptDialog

    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as home:
        ctx = open_demo(Path(home), count)
        prepare(app, ctx.use_cases())
        languages = Languages(ctx.paths.assets, ctx.paths.home / "cache" / "i18n")
        operator = demo_accounts(ctx.use_cases().users)
        for lang in wanted or ("mr", "hi", "en"):
            ctx.language = languages.switch(lang)
            counter = ctx.use_cases()
            for name, build in first_screens(counter):
                widget = build()
                made.append(shoot(widget, app, folder / f"{name}-{lang}.png"))
                widget.close()
            window = MainWindow(counter, operator)
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)  # a kiosk's first day
            window.show()
            for key in ("dashboard", "new", "applications", "sync", "dayclose", "users", "settings"):
                window.navigate(key)
                page = window.pages[key]
                if key == "new":
                    prepare_new(page, ctx, app)
                if key == "applications":
                    settle(app)
                    if page.table.rowCount():
                        page.table.selectRow(0)
                made.append(shoot(window, app, folder / f"{key}-{lang}.png"))
            receipts = counter.receipts
            first, _history = counter.finder.open(counter.finder.find(Filters(), limit=1)[0].uuid)
            dialog = ReceiptDialog(receipts, receipts.make(first), receipts.targets(), "operator1", counter.language,
                                   window)
            made.append(shoot_dialog(dialog, app, folder / f"receipt-{lang}.png", 1.0))  # as it opens
            for name, make in dialogs(counter, first, window):
                made.append(shoot_dialog(make(), app, folder / "dialogs" / f"{name}-{lang}.png"))
            window.pages["new"].reset()
            window.close()
            settle(app)
        ctx.close()
    return made


def dialogs(counter: UseCases, app: Application, parent: QWidget) -> list[tuple[str, Callable[[], QWidget]]]:
    """The counter's dialogs, each as it opens over the window (the receipt's own picture is taken above)."""
    from kiosk.domain.appeals import AppealPlan, decide_by
    from kiosk.domain.errors import VoidNotAllowed
    from kiosk.ui.appeal_dialog import AppealDialog
    from kiosk.ui.correction_dialog import CorrectionDialog
    from kiosk.ui.delivery import DeliveryDialog
    from kiosk.ui.errors import sentence
    from kiosk.ui.i18n import tr
    from kiosk.ui.printer_pick import PrinterList
    from kiosk.ui.void_dialog import VoidDialog

    lang, receipts = counter.language, counter.receipts
    service, _catalogue = receipts.service_of(app)

    def error() -> QWidget:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, tr("Seva Kiosk"),
                          sentence(VoidNotAllowed("sent", receipt=app.receipt_number), lang),
                          QMessageBox.StandardButton.Ok, parent)
        box.button(QMessageBox.StandardButton.Ok).setText(tr("OK"))
        return box

    made: list[tuple[str, Callable[[], QWidget]]] = [
        ("void", lambda: VoidDialog(app.receipt_number, lang, parent)),
        ("delivery", lambda: DeliveryDialog(lang, parent)),
        ("printers", lambda: PrinterList(["Counter-A4 (HP LaserJet)", "Office-A4", "Receipt-80mm"], parent)),
        ("appeal", lambda: AppealDialog(app.receipt_number, AppealPlan(1, "first_appellate", "rejected", True, decide_by(
            1, counter.appeals.today(), counter.appeals.calendar())), lang, parent)),
        ("error", error),
    ]
    if service is not None:
        made.append(("correction", lambda: CorrectionDialog(app, service, "FIELD_INVALID: annual_income", lang,
                                                            counter.appeals.today(), parent)))
    return made


def first_screens(counter: UseCases) -> list[tuple[str, Callable[[], QWidget]]]:
    """The screens before the window: setup, its supervisor step, the login, the forced password change."""
    from kiosk.ui.login import LoginPresenter, LoginView
    from kiosk.ui.setup_wizard import SetupWizard

    return [
        ("setup", lambda: SetupWizard(counter.hub, counter.paths.assets, counter.language)),
        ("supervisor", lambda: supervisor_step(counter)),
        ("login", lambda: LoginView(LoginPresenter(counter.login.sign_in), hub_name=counter.hub.hub().name_mr,
                                    training=True, language=counter.language)),
        ("password", lambda: password_problems_shown(counter)),
    ]


def throwaway_keyring() -> Any:
    """A keyring that lives only in this process, for the throw-away data folder's audit key (a screenshot
    run must not need, nor touch, the machine's real keyring). Returns the backend it replaced."""
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    return previous


def demo_accounts(users: Users) -> Operator:
    """A supervisor and an operator in the throw-away data folder, so the Users screen has rows."""
    supervisor = Operator("asha", "आशा कुलकर्णी", "supervisor")
    users.add(None, "asha", "आशा कुलकर्णी", "supervisor")
    users.add(account_of(supervisor), "ravi", "रवी पाटील", "operator")
    return supervisor


def supervisor_step(counter: UseCases) -> QWidget:
    from kiosk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(counter.hub, counter.paths.assets, counter.language, supervisor_only=True)
    wizard.sup_user.setText("asha")
    wizard.sup_name.setText("आशा कुलकर्णी")
    return wizard


def password_problems_shown(counter: UseCases) -> QWidget:
    """The forced change after a temporary password, with a too-weak choice refused (nothing is saved)."""
    from kiosk.ui.password_change import PasswordChangeView

    view = PasswordChangeView(counter.login, counter.language, "asha", "tdnq-ekxn-q8w8")
    view.new.setText("asha12")
    view.repeat.setText("asha13")
    view.submit()
    return view


def prepare_new(page: object, ctx: object, app: QApplication) -> None:
    """A form part-way through: service chosen, applicant typed, one scan waiting, one attached."""
    from kiosk.ui.new_application import NewApplicationPage

    assert isinstance(page, NewApplicationPage)
    while not page.ready:  # the catalogue arrives from the pool
        settle(app, 0.05)
    page.choose("income-certificate")
    assert page.form is not None and page.docs is not None and page.side is not None
    page.form.set_values({"name_mr.first": "सुनीता", "name_mr.surname": "क्षीरसागर", "name_en.first": "Sunita",
                          "name_en.surname": "Kshirsagar", "dob": "14-08-1986", "gender": "F",
                          "mobile": "98220", "fields.purpose": "शैक्षणिक प्रवेशासाठी"})
    page.form.touched.update({"mobile", "name_mr.mother"})
    page.on_changed()
    inbox = page.paths.scan_inbox
    inbox.mkdir(parents=True, exist_ok=True)
    page.docs.watcher.settle_seconds = 0.0
    sample_scan(inbox / "ration-card.jpg")
    sample_scan(inbox / "income-proof.jpg")
    page.docs.poll_now()
    page.docs.poll_now()
    page.docs.incoming.setCurrentRow(0)
    page.docs.attach_selected()
    settle(app, 1.5)
    page.side.consent.setChecked(True)


def main(folder: Path, languages: tuple[str, ...], open_demo: Callable[[Path, int], KioskContext],
         size: tuple[int, int] = SIZE) -> int:
    """``seva-kiosk --screenshots DIR [--lang mr] … [--size WxH]`` (the CLI's ``screenshots`` runs it in a
    child process). The composition root passes ``open_demo(home, count)``: a context on a throw-away data
    folder holding the demo hub and ``count`` demo applications (kiosk.ui may not import kiosk.app). Each
    picture is printed with its size."""
    from kiosk.ui.screen_fit import offscreen_platform

    if QApplication.instance() is None:  # one screen of ``size``, the counter's monitor
        with tempfile.TemporaryDirectory(prefix="kiosk-screen-") as config:
            os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*size, Path(config))
            return _print_all(folder, languages, open_demo)
    return _print_all(folder, languages, open_demo)


def _print_all(folder: Path, languages: tuple[str, ...], open_demo: Callable[[Path, int], KioskContext]) -> int:
    for path in render_all(folder, open_demo, languages or ("mr", "hi", "en")):
        with Image.open(path) as picture:
            print(f"{path}\t{picture.width}x{picture.height}")
    return 0
