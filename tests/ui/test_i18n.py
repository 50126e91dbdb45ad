"""The three UI languages: every tr() string translated in Marathi and Hindi (and no stale entries), runtime
switching to Hindi rebuilds real widgets, Indian numbers and dates in Hindi, Hindi screenshots."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from kiosk.domain.catalogue import Label
from kiosk.domain.status import LABELS, Status
from kiosk.ui.i18n import LANGUAGES, LOCALES, DictTranslator, Languages, read_ts
from tests.ui.strings import ui_strings

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "assets" / "i18n"
DEVANAGARI = re.compile("[\u0900-\u097f]")


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\w", text))


@pytest.mark.parametrize("lang", ["mr", "hi"])
def test_every_tr_string_has_a_translation_and_every_entry_is_used(lang: str) -> None:
    table = read_ts(I18N / f"kiosk_{lang}.ts")
    found = ui_strings()
    assert found.pop("<unsupported>", []) == [], "translation calls the extractor cannot read: use tr(\"...\")"
    non_literal = found.pop("<non-literal>", [])
    # tr(variable) is allowed only where the variable can come from an N_() table: one in the same file or
    # imported from another kiosk/ui module that marks its table with N_().
    assert [f for f in non_literal if not uses_marked_table(f.split(":")[0])] == []
    missing = sorted(s for s in found if not table.get(s))
    assert missing == [], f"translate these in assets/i18n/kiosk_{lang}.ts"
    unused = sorted(s for s in table if s not in found)
    assert unused == [], f"no tr() uses these any more: remove them from assets/i18n/kiosk_{lang}.ts"
    for source, text in table.items():
        assert placeholders(source) == placeholders(text), source
        assert DEVANAGARI.search(text), f"not Devanagari: {text}"
        assert not re.search(r"[A-Za-z]{4,}", re.sub(r"\{\w*\}|%\w|QR|PDF|KB|F5|DD-MM-YYYY|Operator", "", text)), \
            f"untranslated English in: {text}"


@pytest.mark.parametrize("lang", ["mr", "hi"])
def test_each_message_is_in_the_ts_once(lang: str) -> None:
    """Parallel edits each adding the same string left it twice (lrelease dropped one with a warning); a
    second copy could later be edited apart from the first and the screen would show either."""
    import collections
    import xml.etree.ElementTree as ET  # noqa: S405 - our own file

    seen: collections.Counter[tuple[str, str]] = collections.Counter()
    for context in ET.parse(I18N / f"kiosk_{lang}.ts").getroot().iter("context"):  # noqa: S314
        for message in context.iter("message"):
            seen[(context.findtext("name") or "", message.findtext("source") or "")] += 1
    assert [k for k, n in seen.items() if n > 1] == []


def uses_marked_table(name: str) -> bool:
    ui = REPO / "kiosk" / "ui"
    source = (ui / name).read_text("utf-8")
    imported = re.findall(r"^from kiosk\.ui\.(\w+) import", source, re.MULTILINE)
    return "N_(" in source or any("N_(" in (ui / f"{m}.py").read_text("utf-8") for m in imported
                                  if (ui / f"{m}.py").exists())


def test_hindi_is_its_own_translation_not_a_copy_of_marathi() -> None:
    mr, hi = read_ts(I18N / "kiosk_mr.ts"), read_ts(I18N / "kiosk_hi.ts")
    same = sorted(s for s in hi if hi[s] == mr.get(s))
    # words the two languages genuinely share (सेवा, पोर्टल, सिंक, ...) may repeat; sentences may not
    assert len(same) < len(hi) // 5, same
    assert all(len(hi[s]) <= 1.4 * len(mr[s]) + 6 for s in hi), "a Hindi text much longer than the Marathi clips"
    assert hi["Applications"] == "आवेदन" and hi["Receipt no."] == "रसीद सं." and hi["Fees"] == "शुल्क"


def test_the_extractor_finds_every_kind_of_call(tmp_path: Path) -> None:
    (tmp_path / "screen.py").write_text(
        "from kiosk.ui.i18n import N_, tr\n"
        "from kiosk.ui.i18n import tr as _\n"
        "A = tr('plain')\nB = tr('joined ' 'literal')\nC = N_('marked')\n"
        "D = tr(f'{A} formatted')\nE = self.tr('qt method')\nF = QCoreApplication.translate('kiosk', 'x')\n"
        "G = tr(text='keyword')\n", "utf-8")
    found = ui_strings(tmp_path)
    assert {"plain", "joined literal", "marked"} <= set(found)
    assert found["<non-literal>"] == ["screen.py:6", "screen.py:9"]
    assert found["<unsupported>"] == ["screen.py:2", "screen.py:7", "screen.py:8"]


def test_hindi_is_offered_with_a_hindi_india_locale() -> None:
    assert list(LANGUAGES) == ["mr", "hi", "en"] and LANGUAGES["hi"] == "हिन्दी"
    assert LOCALES["hi"].name() == "hi_IN"


def test_switching_to_hindi_at_runtime_rewrites_the_visible_widgets(qtbot, qapp, ctx) -> None:
    from kiosk.counter.login import Operator
    from kiosk.ui.application import Shell, prepare

    ctx.language = "mr"
    counter = ctx.use_cases()
    prepare(qapp, counter)
    shell = Shell(qapp, counter)
    login = shell.start()
    qtbot.addWidget(login)
    assert form_labels(login)[0] == "वापरकर्ता नाव"
    assert [login.language.itemData(i) for i in range(login.language.count())] == ["mr", "hi", "en"]
    login.language.setCurrentIndex(login.language.findData("hi"))
    login.language.activated.emit(login.language.currentIndex())  # what a click on the list sends
    hindi_login = shell.window
    assert hindi_login is not login and counter.language == "hi"
    qtbot.waitUntil(lambda: ctx.setting("ui.language") == "hi")  # remembered on the pool
    assert form_labels(hindi_login) == ["उपयोगकर्ता नाम", "पासवर्ड", "भाषा"]
    assert hindi_login.language.currentData() == "hi"
    shell.show_main(Operator("operator1", "Operator 1", "supervisor", training=True))
    window = shell.window
    window.navigate("settings")
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav == ["डैशबोर्ड", "नया आवेदन", "आवेदन", "सिंक", "बाकी भुगतान", "माँगे गए दस्तावेज़", "दिन समापन", "उपयोगकर्ता", "सेटिंग्स"]
    qtbot.waitUntil(lambda: "—" in window.windowTitle(), timeout=10_000)  # the hub is read on the pool
    assert window.windowTitle() == "सेवा कियोस्क — " + ctx.hub().name_mr  # the hub has no Hindi name
    settings = window.pages["settings"]
    assert settings.language.currentData() == "hi"
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.language.activated.emit(settings.language.currentIndex())  # the settings page's own switcher
    assert shell.window is not window and shell.window.current_key() == "settings"
    assert shell.window.nav.item(0).text() == "Dashboard"
    qtbot.waitUntil(lambda: ctx.setting("ui.language") == "en")
    shell.set_language("hi")
    assert shell.window.nav.item(0).text() == "डैशबोर्ड"
    shell.window.close()
    shell.languages.switch("en")


def form_labels(widget) -> list[str]:
    form = widget.findChild(QFormLayout)
    labels = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            labels.append(item.widget().text())
    return labels


def test_hindi_reads_the_ts_directly_when_no_qm_can_be_built(qapp, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication

    import kiosk.ui.i18n as i18n

    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    assets = tmp_path / "assets"
    (assets / "i18n").mkdir(parents=True)
    (assets / "i18n" / "kiosk_hi.ts").write_bytes((I18N / "kiosk_hi.ts").read_bytes())
    languages = Languages(assets, tmp_path / "cache")
    try:
        assert languages.switch("hi") == "hi"
        assert isinstance(languages._translator, DictTranslator)
        assert QCoreApplication.translate("kiosk", "New application") == "नया आवेदन"
    finally:
        languages.switch("en")
    assert QCoreApplication.translate("kiosk", "New application") == "New application"


def test_numbers_and_dates_in_hindi_are_indian(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QDate, QLocale

    from kiosk.ui.formatting import HINDI_STATUS, day_text, group_indian, moment_text, money, status_text

    languages = Languages(REPO / "assets", tmp_path / "cache")
    try:
        languages.switch("hi")
        assert QLocale().name() == "hi_IN"
        assert QLocale().toString(123456789) == "12,34,56,789"  # lakh/crore, Latin digits
        assert QLocale().toString(QDate(2026, 11, 27), "dd-MM-yyyy") == "27-11-2026"
        assert money(12_34_56_789_50) == "₹12,34,56,789.50"
        assert group_indian(10_00_00_000) == "10,00,00,000"
        assert day_text(date(2026, 3, 5)) == "05-03-2026"
        assert moment_text(datetime(2026, 11, 27, 6, 30, tzinfo=UTC)) == "27-11-2026 12:00"  # IST
    finally:
        languages.switch("en")
    assert set(HINDI_STATUS) == set(Status)
    for status in Status:
        hi = status_text(status, "hi")
        assert DEVANAGARI.search(hi) and hi not in (LABELS[status].en, LABELS[status].mr), status
    assert status_text(Status.APPROVED, "hi") == "स्वीकृत" and status_text(Status.APPROVED, "mr") == "मंजूर"
    # the portal's catalogue (and places, holidays) comes in en + mr only: Hindi shows Marathi
    assert Label("Income certificate", "उत्पन्नाचा दाखला").text("hi") == "उत्पन्नाचा दाखला"


def test_sentences_on_screen_are_hindi() -> None:
    from kiosk.domain.errors import PortalUnavailable
    from kiosk.ui.errors import sentence

    assert sentence(PortalUnavailable("x"), "hi").startswith("पोर्टल से संपर्क नहीं हो पा रहा")
    assert sentence(OSError(28, "No space left on device"), "hi").startswith("जानकारी सहेजी नहीं गई")
    assert sentence(RuntimeError("boom"), "hi").startswith("अनपेक्षित समस्या")


def test_screenshots_command_renders_every_screen_in_hindi(kiosk_home: Path, tmp_path: Path) -> None:
    from PIL import Image

    env = dict(os.environ, KIOSK_HOME=str(kiosk_home))
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "screenshots", str(tmp_path), "--lang", "hi"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == sorted(f"{s}-hi.png" for s in ("setup", "supervisor", "login", "password", "dashboard", "new",
                                                   "applications", "sync", "dayclose", "users", "settings",
                                                   "receipt"))
    for path in tmp_path.glob("*.png"):
        with Image.open(path) as img:
            assert img.width >= 700 and len(img.convert("L").getcolors(1 << 16) or []) > 20, path.name


def test_screenshots_offer_all_three_languages() -> None:
    from kiosk.ui.screenshots import render_all

    assert render_all.__defaults__ is not None and render_all.__defaults__[0] == ("mr", "hi", "en")
