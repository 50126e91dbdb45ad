"""Our own file picker (instead of Qt's English file dialog): the kiosk's places, readable files only, newest
first, and the keyboard — Enter opens a folder or takes a file, Backspace goes up but never above the place."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from kiosk.ui.file_pick import FilePicker, entries, places, usb_drives


def _touch(path: Path, when: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    os.utime(path, (when, when))
    return path


def _tree(tmp_path: Path) -> tuple[Path, Path, Path]:
    scans, home, stick = tmp_path / "scan-inbox", tmp_path / "home", tmp_path / "media" / "op" / "PENDRIVE"
    _touch(scans / "old.pdf", 1_000)
    _touch(scans / "new.JPG", 2_000)
    _touch(scans / "notes.txt", 3_000)  # not something the kiosk can read
    _touch(scans / ".hidden.png", 3_000)
    _touch(scans / "sub" / "inner.png", 1_500)
    _touch(home / "Downloads" / "eaadhaar.pdf", 1_000)
    _touch(stick / "photo.webp", 1_000)
    return scans, home, stick


def _names(picker: FilePicker) -> list[str]:
    return [picker.list.item(i).text() for i in range(picker.list.count())]


def test_places_and_entries(tmp_path: Path) -> None:
    scans, home, stick = _tree(tmp_path)
    assert usb_drives("op", bases=(tmp_path / "media",)) == [stick]
    assert usb_drives("nobody", bases=(tmp_path / "media",)) == []
    found = places(scans, home=home, drives=[stick])
    assert [p.root for p in found] == [scans, home / "Downloads", home, stick]
    assert found[-1].label.endswith("PENDRIVE")
    folders, files = entries(scans)
    assert folders == [scans / "sub"] and files == [scans / "new.JPG", scans / "old.pdf"]
    assert entries(tmp_path / "missing") == ([], [])


def test_keyboard_opens_folders_goes_up_and_takes_a_file(qtbot: Any, tmp_path: Path) -> None:
    scans, home, stick = _tree(tmp_path)
    picker = FilePicker(None, "pick", places(scans, home=home, drives=[stick]))
    qtbot.addWidget(picker)
    picker.show()
    assert _names(picker) == ["▸ sub", "new.JPG", "old.pdf"]
    qtbot.keyClick(picker.list, Qt.Key.Key_Backspace)  # already at the place's root: stays
    assert picker.folder == scans
    picker.list.setCurrentRow(0)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)  # into "sub", without pressing "Use this file"
    assert picker.folder == scans / "sub" and picker.result() != QDialog.DialogCode.Accepted
    assert _names(picker)[1:] == ["inner.png"] and picker.list.currentRow() == 1
    qtbot.keyClick(picker.list, Qt.Key.Key_Backspace)
    assert picker.folder == scans
    picker.list.setCurrentRow(1)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted and picker.chosen == scans / "new.JPG"


def test_another_place_and_nothing_readable(qtbot: Any, tmp_path: Path) -> None:
    scans, home, stick = _tree(tmp_path)
    (tmp_path / "empty").mkdir()
    picker = FilePicker(None, "pick", places(tmp_path / "empty", home=home, drives=[stick]))
    qtbot.addWidget(picker)
    assert picker.list.count() == 0 and picker.note.text()  # says why the list is empty
    use = next(b for b in picker.findChildren(QPushButton) if b.text() == "Use this file")
    use.click()  # nothing chosen: a sentence, not a silent close
    assert picker.result() != QDialog.DialogCode.Accepted and picker.note.text() == "Choose a file first."
    picker.place.setCurrentIndex(3)  # the USB stick
    assert picker.folder == stick and _names(picker) == ["photo.webp"]


def test_marathi_words(qtbot: Any, marathi: Any, tmp_path: Path) -> None:
    scans, home, stick = _tree(tmp_path)
    picker = FilePicker(None, "pick", places(scans, home=home, drives=[stick]))
    qtbot.addWidget(picker)
    words = {b.text() for b in picker.findChildren(QPushButton)}
    assert "ही फाइल वापरा" in words and "Cancel" not in words
    assert picker.place.itemText(0) != "Scan folder"
