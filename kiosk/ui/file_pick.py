"""Our own "pick a file" dialog, in the operator's language, instead of Qt's file dialog.

Qt's file dialog is English on a Marathi screen (its buttons, its columns, its "Files of type"), opens on the
whole disk, and is a maze for an operator who only ever wants a scan, a downloaded e-Aadhaar or a photo on a
USB stick. This dialog offers exactly those places — the scan folder, Downloads, the home folder and any USB
drive that is plugged in — lists only files the kiosk can read, newest first, and works from the keyboard:
arrows to move, Enter to open a folder or use a file, Backspace to go up (never above the place), Esc to go back.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import tr
from kiosk.ui.widgets import ok_cancel

READABLE = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".pdf", ".webp")
_LISTED = 500  # a folder of thousands (a phone's DCIM) stays quick to open; the newest come first anyway


@dataclass(frozen=True)
class Place:
    label: str
    root: Path


def usb_drives(user: str | None = None, bases: Sequence[Path] = (Path("/media"), Path("/run/media"))) -> list[Path]:
    """Mounted removable drives as desktop Linux mounts them (/media/<user>/<label>, /run/media/<user>/<label>)."""
    user = user or getpass.getuser()
    found: list[Path] = []
    for base in bases:
        try:
            found.extend(sorted(p for p in (base / user).iterdir() if p.is_dir()))
        except OSError:
            continue
    return found


def places(scan_folder: Path | None, home: Path | None = None, drives: Sequence[Path] | None = None) -> list[Place]:
    home = home or Path.home()
    out: list[Place] = []
    if scan_folder is not None:
        out.append(Place(tr("Scan folder"), scan_folder))
    if (home / "Downloads").is_dir():
        out.append(Place(tr("Downloads"), home / "Downloads"))
    out.append(Place(tr("Home folder"), home))
    for drive in usb_drives() if drives is None else drives:
        out.append(Place(tr("USB drive: %1").replace("%1", drive.name), drive))
    return out


def entries(folder: Path, suffixes: Sequence[str] = READABLE) -> tuple[list[Path], list[Path]]:
    """(sub-folders by name, readable files newest first) of ``folder``; hidden ones and unreadable ones left out."""
    folders: list[Path] = []
    files: list[tuple[float, Path]] = []
    try:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir():
                        folders.append(Path(entry.path))
                    elif entry.is_file() and Path(entry.name).suffix.lower() in suffixes:
                        files.append((entry.stat().st_mtime, Path(entry.path)))
                except OSError:
                    continue
    except OSError:
        return [], []
    files.sort(key=lambda pair: pair[0], reverse=True)
    return sorted(folders, key=lambda p: p.name.lower()), [path for _, path in files[:_LISTED]]


class FilePicker(QDialog):
    """Modal picker; ``chosen`` holds the file once accepted."""

    def __init__(self, parent: QWidget | None, caption: str, where: Sequence[Place]) -> None:
        super().__init__(parent)
        self.setObjectName("file_picker")
        self.setWindowTitle(caption)
        self.chosen: Path | None = None
        self.places = list(where)
        self.folder = self.places[0].root if self.places else Path.home()
        box = QVBoxLayout(self)
        self.place = QComboBox()
        self.place.setObjectName("file_place")
        for place in self.places:
            self.place.addItem(place.label, str(place.root))
        self.place.currentIndexChanged.connect(lambda i: self.open_folder(self.places[i].root))
        where_label = QLabel(tr("Where"))
        where_label.setBuddy(self.place)
        box.addWidget(where_label)
        box.addWidget(self.place)
        self.path_label = QLabel("")
        self.path_label.setObjectName("file_folder")
        box.addWidget(self.path_label)
        self.list = QListWidget()
        self.list.setObjectName("file_list")
        self.list.itemActivated.connect(self._activated)
        self.list.installEventFilter(self)
        box.addWidget(self.list, 1)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        box.addWidget(self.note)
        buttons = ok_cancel(self, tr("Use this file"), self._use_current)
        for button in buttons.findChildren(QPushButton):  # Enter in the list opens a folder; it must not also press "Use"
            button.setAutoDefault(False)
            button.setDefault(False)
        box.addWidget(buttons)
        self.resize(640, 460)  # fits 1280x720 with room for the window's frame
        self.open_folder(self.folder)

    @property
    def root(self) -> Path:
        index = self.place.currentIndex()
        return self.places[index].root if 0 <= index < len(self.places) else self.folder

    def open_folder(self, folder: Path) -> None:
        self.folder = folder
        self.path_label.setText(str(folder))
        self.list.clear()
        folders, files = entries(folder)
        if folder != self.root:
            up = QListWidgetItem("⬑ " + tr("Up one folder"))
            up.setData(Qt.ItemDataRole.UserRole, str(folder.parent))
            up.setData(Qt.ItemDataRole.UserRole + 1, "dir")
            self.list.addItem(up)
        for path in folders:
            item = QListWidgetItem("▸ " + path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setData(Qt.ItemDataRole.UserRole + 1, "dir")
            self.list.addItem(item)
        for path in files:
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setData(Qt.ItemDataRole.UserRole + 1, "file")
            self.list.addItem(item)
        self.note.setText("" if files else tr("No files here that the kiosk can read (photos or PDF)."))
        if self.list.count():
            self.list.setCurrentRow(1 if folder != self.root and self.list.count() > 1 else 0)
        self.list.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        path = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        if item.data(Qt.ItemDataRole.UserRole + 1) == "dir":
            self.open_folder(path)
        else:
            self.chosen = path
            self.accept()

    def _use_current(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole + 1) != "file":
            self.note.setText(tr("Choose a file first."))
            return
        self._activated(item)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt's name
        """Enter is ours (a list view passes it on to the dialog, which would accept with a folder opened);
        Backspace goes up, never above the place."""
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None:
                    self._activated(item)
                return True
            if event.key() == Qt.Key.Key_Backspace and self.folder != self.root:
                self.open_folder(self.folder.parent)
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]


def pick_file(parent: QWidget | None, caption: str, scan_folder: Path | None) -> Path | None:
    dialog = FilePicker(parent, caption, places(scan_folder))
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
