"""The window fits the counter's screen: the main window opens maximised on a kiosk's first day and comes
back where the operator left it (remembered on the pool, per PC); dialogs never reach past the screen's
edge, so the receipt's Print, Save PDF and Close stay on screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize

from kiosk.ui.screen_fit import FRAME, fits, room
from tests.ui.test_screens import saved_app


def signed_in_window(qtbot: Any, qapp: Any, ctx: Any) -> Any:
    from kiosk.counter.login import Operator
    from kiosk.ui.application import Shell, prepare

    counter = ctx.use_cases()
    prepare(qapp, counter)
    shell = Shell(qapp, counter)
    window = shell.show_main(Operator("operator1", "Operator 1"))
    qtbot.addWidget(window)
    return shell, window


def test_the_main_window_opens_maximised_then_where_the_operator_left_it(qtbot, qapp, ctx) -> None:
    from PySide6.QtCore import QRect

    _shell, window = signed_in_window(qtbot, qapp, ctx)
    assert window.isMaximized()
    window.showNormal()
    window.setGeometry(QRect(40, 50, 1100, 700))
    qtbot.waitUntil(lambda: bool(ctx.setting("ui.window_geometry")), timeout=10_000)  # saved on the pool
    window.close()
    _shell2, again = signed_in_window(qtbot, qapp, ctx)  # a new session on this PC
    assert not again.isMaximized() and again.size() == QSize(1100, 700)
    again.close()


def test_a_remembered_geometry_bigger_than_this_screen_opens_maximised(qtbot, qapp, ctx) -> None:
    from kiosk.ui.main_window import MainWindow

    _shell, window = signed_in_window(qtbot, qapp, ctx)
    window.showNormal()
    window.resize(room(window) + QSize(300, 300))  # as on the bigger monitor it once had
    geometry = bytes(window.saveGeometry().data())
    ctx.use_cases().settings.remember_window(geometry)
    window.close()
    _shell2, again = signed_in_window(qtbot, qapp, ctx)
    assert isinstance(again, MainWindow) and again.isMaximized()
    again.close()


def test_the_receipt_dialog_fits_the_screen_with_its_buttons_on_it(qtbot, ctx) -> None:
    from kiosk.ui.receipt_view import ReceiptDialog

    counter = ctx.use_cases()
    receipts = counter.receipts
    dialog = ReceiptDialog(receipts, receipts.make(saved_app(ctx)), receipts.targets(), "operator1", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    screen = dialog.screen().availableGeometry().size()
    assert fits(dialog.size(), screen), (dialog.size(), screen, FRAME)
    for button in (dialog.print_button, dialog.save_button):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom < dialog.height()


def test_screenshots_render_each_dialog_at_its_natural_size_and_nothing_exceeds_a_1280x720_screen(
        kiosk_home, tmp_path) -> None:
    import os
    import subprocess
    import sys

    from PIL import Image

    from kiosk.ui.screenshots import DIALOGS
    from tests.ui.test_screens import REPO

    env = dict(os.environ, KIOSK_HOME=str(kiosk_home))
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "screenshots", str(tmp_path), "--lang", "mr",
                           "--size", "1280x720"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    screen = QSize(1280, 720)
    dialogs = sorted(p.name for p in (tmp_path / "dialogs").glob("*.png"))
    assert dialogs == sorted(f"{d}-mr.png" for d in DIALOGS)
    for path in [*tmp_path.glob("*.png"), *(tmp_path / "dialogs").glob("*.png")]:
        with Image.open(path) as img:
            size = QSize(img.width, img.height)
        if path.parent.name == "dialogs" or path.name.startswith("receipt"):
            assert fits(size, screen), (path.name, size)  # its own size plus a title bar
        else:  # a screen, maximised: no bigger than the screen (a larger minimum size would show here)
            assert size.width() <= screen.width() and size.height() <= screen.height(), (path.name, size)


def test_a_bad_size_is_a_usage_error() -> None:
    import pytest

    from kiosk.technician import technician_parser

    with pytest.raises(SystemExit) as exit_:
        technician_parser().parse_args(["--screenshots", "out", "--size", "huge"])
    assert exit_.value.code == 2
    assert technician_parser().parse_args(["--screenshots", "o", "--size", "1280x720"]).size == (1280, 720)
