"""Windows and dialogs sized for the screen they open on: 1366×768 is the usual counter monitor, and
1280×720 is met too. A dialog asks for the size it would like; it gets that, or the screen's free area
less room for the window manager's title bar, so its buttons are never below the screen's edge.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room the window manager's frame takes around a window (title bar on top, borders); a window fits the
# screen when its own size plus this fits the free area.
FRAME = QSize(12, 40)


def free_area(widget: QWidget | None = None) -> QSize:
    """The screen's size less the panels (taskbar) — the screen ``widget`` is on, else the primary one."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else QSize(1366, 768)


def room(widget: QWidget | None = None) -> QSize:
    """The largest size a window's contents may take on ``widget``'s screen, its frame included."""
    area = free_area(widget)
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fit_size(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """``wanted``, shrunk to :func:`room`."""
    return wanted.boundedTo(room(widget))


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to width × height, or less when the screen is smaller."""
    widget.resize(fit_size(QSize(width, height), widget))


def fits(size: QSize, screen: QSize) -> bool:
    """Whether a window whose contents are ``size`` fits on a free area of ``screen``, its frame included."""
    return size.width() + FRAME.width() <= screen.width() and size.height() + FRAME.height() <= screen.height()


def restore_or_maximise(window: QWidget, geometry: bytes) -> None:
    """Put ``window`` back where the operator left it (``geometry`` from ``saveGeometry``), or maximised
    when nothing is remembered or what is remembered no longer fits (another monitor since)."""
    from PySide6.QtCore import Qt

    if geometry and window.restoreGeometry(QByteArray(geometry)) and fits(window.size(), free_area(window)):
        return
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """The ``-platform`` value for Qt's offscreen platform with one screen of width × height (a screenshot
    run, a test at the counter's 1366×768): its configuration file is written in ``folder``."""
    config = folder / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "counter", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpiX": 96, "logicalDpiY": 96,
                                               "dpr": 1}]}), "utf-8")
    return f"offscreen:configfile={config}"
