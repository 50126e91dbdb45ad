"""One language on screen: the window in Marathi shows Latin digits in every number widget (one rule with
the ₹ amounts beside them), Marathi month names in its calendars, real plurals, the training login's name
in Marathi, destructive dialogs whose buttons do not both mean "cancel", and no English hub name."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QDateTimeEdit, QLabel, QProgressBar, QToolButton

from kiosk.ui.main_window import PAGES
from tests.ui.conftest import make_window

DEVANAGARI_DIGIT = re.compile("[\u0966-\u096f]")
DEVANAGARI = re.compile("[\u0900-\u097f]")
LATIN_DIGIT = re.compile("[0-9]")


def _numbers_shown(window: Any) -> list[str]:
    shown = [w.text() for w in window.findChildren(QAbstractSpinBox)]
    return shown + [w.text() for w in window.findChildren(QProgressBar) if w.isTextVisible()]


def test_every_screen_in_marathi_writes_numbers_in_latin_digits(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    for key, *_ in PAGES:
        window.navigate(key)
    qtbot.wait(50)
    shown = _numbers_shown(window)
    assert shown and any(LATIN_DIGIT.search(s) for s in shown)
    assert not [s for s in shown if DEVANAGARI_DIGIT.search(s)], shown
    settings = window.pages["settings"]
    assert LATIN_DIGIT.fullmatch(settings.font_size.text().strip() or "0") or settings.font_size.text().isdigit()
    day = window.pages["dayclose"].day
    assert re.fullmatch(r"\d\d-\d\d-\d{4}", day.text()), day.text()
    # the calendar keeps the language's month names (its day numbers are Latin in every locale), its year
    # is written in Latin digits, also after paging to another year
    for edit in window.findChildren(QDateTimeEdit):
        if edit.calendarPopup():
            calendar = edit.calendarWidget()
            assert DEVANAGARI.search(calendar.locale().standaloneMonthName(1))
            calendar.showNextYear()
            year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
            assert year.text() == str(calendar.yearShown())


def test_the_training_login_is_named_in_the_language_not_operator_1(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    who = window.findChild(QLabel, "operator_name")
    assert who is not None and "Operator 1" not in who.text() and "प्रशिक्षण" in who.text()


def test_the_hub_is_named_in_one_language(qtbot, ctx, marathi) -> None:
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    window.navigate("settings")
    label = window.pages["settings"].hub_label
    qtbot.waitUntil(lambda: bool(label.text()), timeout=10_000)
    name = re.sub(r"\([A-Z0-9-]+\)", "", label.text())  # the hub code is a code, not a word
    assert DEVANAGARI.search(name) and not re.search(r"[A-Za-z]{3,}", name), label.text()
    assert label.text().endswith(" · काउंटर 1"), label.text()  # issue 18: this PC's counter of the hub


def test_plurals_are_words_not_brackets(qapp, marathi) -> None:
    from kiosk.ui.i18n import N_, plural

    one = plural(1, N_("Printed {n} page."), N_("Printed {n} pages.")).format(n=1)
    two = plural(2, N_("Printed {n} page."), N_("Printed {n} pages.")).format(n=2)
    assert one == "1 पान छापले." and two == "2 पाने छापली."
    assert "(" not in one + two


def test_a_destructive_dialog_does_not_offer_cancel_twice(qtbot, qapp, marathi) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from kiosk.ui.i18n import tr
    from kiosk.ui.widgets import ok_cancel

    dialog = QDialog()
    qtbot.addWidget(dialog)
    buttons = ok_cancel(dialog, tr("Void application"))
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok).text()
    back = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert ok == "अर्ज रद्द करा" and back == "मागे जा"
    assert "रद्द" not in back


def test_the_name_is_proposed_in_the_other_script_and_never_overwrites_a_correction(qtbot, ctx, marathi) -> None:
    from PySide6.QtCore import Qt

    from tests.ui.conftest import new_page

    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    page = new_page(qtbot, window)
    page.search.setText("उत्पन्न")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    inputs = page.form.inputs
    inputs["name_mr.first"].setText("सुनीता")
    inputs["name_mr.surname"].setText("वाघ")
    assert inputs["name_en.first"].text() == "Sunita" and inputs["name_en.surname"].text() == "Wagh"
    inputs["name_en.first"].setText("Suneeta")  # the citizen's card says otherwise: the operator corrects it
    inputs["name_mr.first"].setText("सुनीताबाई")
    assert inputs["name_en.first"].text() == "Suneeta"
    inputs["name_en.mother"].setText("Kamala")  # typed in English first: a Devanagari draft is proposed
    assert inputs["name_mr.mother"].text() == "कमला"
    page.form.set_values({"name_en.father_or_husband": "Sumit"})  # as the Aadhaar QR or a draft fills it
    inputs["name_mr.father_or_husband"].setText("सुमीत")
    assert inputs["name_en.father_or_husband"].text() == "Sumit"


def _visible_words(window: Any) -> list[str]:
    """What the screens themselves say (buttons, headings, captions, column heads, list of screens,
    placeholders), not the data they show (names, receipt numbers, paths), which may be Latin."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLineEdit, QListWidget, QTableWidget

    said = [b.text() for b in window.findChildren(QAbstractButton)]
    said += [g.title() for g in window.findChildren(QGroupBox)]
    said += [e.placeholderText() for e in window.findChildren(QLineEdit)]
    for table in window.findChildren(QTableWidget):
        said += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                 if table.horizontalHeaderItem(c) is not None]
    nav = window.nav if isinstance(getattr(window, "nav", None), QListWidget) else None
    said += [nav.item(i).text() for i in range(nav.count())] if nav is not None else []
    said += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    return said


# Latin that Marathi and Hindi screens write as Latin: formats, keys and examples of what to type.
ALLOWED_LATIN = re.compile(r"PDF|CSV|ESC/POS|UIDAI|usb:\S+|tcp:\S+|DD-MM-YYYY|F\d+|Ctrl\+\w|PUN\w*|\d\w*|"
                           r"https?://\S+|98XXXXXXXX|XXXX|[\w.-]+@[a-z]+|"  # a UPI address, as typed
                           r"Wagholi")  # the ring box's example of what to type in a village's English-name field


def test_no_english_words_on_the_marathi_and_hindi_screens(qtbot, ctx, marathi) -> None:
    for language in ("mr", "hi"):
        ctx.language = marathi.switch(language)
        window = make_window(qtbot, ctx, "http://127.0.0.1:9")
        for key, *_ in PAGES:
            window.navigate(key)
        said = _visible_words(window)
        assert len([t for t in said if DEVANAGARI.search(t)]) > 60  # the probe reads the screens' words
        english = sorted({text for text in said if re.search(r"[A-Za-z]{3,}", ALLOWED_LATIN.sub("", text))})
        assert english == [], (language, english)
    ctx.language = marathi.switch("en")  # and in English the same probe does find English
    window = make_window(qtbot, ctx, "http://127.0.0.1:9")
    assert "Save portal settings" in _visible_words(window) or window.navigate("settings") or \
        "Save portal settings" in _visible_words(window)
