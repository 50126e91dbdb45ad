"""Runtime language switching through Qt's translation system.

Every visible string in ``kiosk/ui`` is written in English inside :func:`tr` and translated from
``assets/i18n/kiosk_<lang>.ts``. Setup builds ``.qm`` files with ``pyside6-lrelease`` (PySide6-Essentials
ships it); if a ``.qm`` is missing or older than its ``.ts`` the window builds it into the data folder's
cache on first start, and if no ``lrelease`` binary exists at all the ``.ts`` is read directly into a
dictionary-backed translator — the operator never sees English by accident.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QSpinBox, QToolButton, QWidget

log = logging.getLogger("kiosk.ui")

CONTEXT = "kiosk"
# Marathi first: it is the default and the order of the language pickers (login, settings).
LANGUAGES: dict[str, str] = {"mr": "मराठी", "hi": "हिन्दी", "en": "English"}
# All three are India locales, so Qt's own number formatting groups in lakh/crore; the Marathi one also
# selects Marathi letter forms (ल, श) in the Devanagari font, the Hindi one the Hindi forms.
LOCALES = {"mr": QLocale(QLocale.Language.Marathi, QLocale.Country.India),
           "hi": QLocale(QLocale.Language.Hindi, QLocale.Country.India),
           "en": QLocale(QLocale.Language.English, QLocale.Country.India)}


# One digits rule (README): Latin digits on every screen, in every language, like the ₹ amounts, receipt
# numbers and mobile numbers beside them. Qt draws a spin box's, date field's or progress bar's digits from
# the widget's locale, and the Marathi and Hindi locales count in Devanagari; so windows take India English
# as their widgets' locale. The letters keep the language's forms: shaping follows QLocale's default,
# which stays the language's (see Languages.switch).
DIGITS = LOCALES["en"]


def follow_digits_rule(widget: QWidget) -> None:
    """Latin digits inside ``widget`` (a window: set on it; a screen: inherited from its window), and the
    language's month names in its date fields' calendars (their day numbers are Latin already)."""
    if widget.isWindow():
        widget.setLocale(DIGITS)
    for edit in widget.findChildren(QDateTimeEdit):
        if edit.calendarPopup():
            edit.setLocale(DIGITS)
            _calendar_in_latin_digits(edit.calendarWidget())


def _calendar_in_latin_digits(calendar: QCalendarWidget) -> None:
    """Month names in the language, the year in Latin digits: the calendar writes its year button from
    its own locale, so the button is rewritten after each page change (and its year editor counts Latin)."""
    calendar.setLocale(QLocale())
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    editor = calendar.findChild(QSpinBox, "qt_calendar_yearedit")
    if editor is not None:
        editor.setLocale(DIGITS)
    if year is not None and not calendar.property("latin_year"):
        calendar.setProperty("latin_year", True)
        calendar.currentPageChanged.connect(lambda y, _m: year.setText(str(y)))
        year.setText(str(calendar.yearShown()))


def tr(text: str) -> str:
    """The operator-facing text for English ``text`` in the installed language."""
    return QCoreApplication.translate(CONTEXT, text)


def plural(n: int, one: str, other: str) -> str:
    """The translated wording for a count: ``one`` (marked ``N_``) for exactly one, else ``other`` — a real
    singular and plural in each language (पान / पाने, पृष्ठ प्रिंट हुआ / हुए), never "page(s)" or "पान(े)".
    Marathi, Hindi and English all use the singular for 1 and the plural from 2 up."""
    return tr(one if n == 1 else other)


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "translate later"
    """Marks a string kept in a table for :func:`tr` to translate at the moment it is shown."""
    return text


class DictTranslator(QTranslator):
    """Fallback when no ``.qm`` can be built: the ``.ts`` messages in a dict (same lookups as lrelease)."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.table.get(source, "") if context == CONTEXT else ""

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.table


def read_ts(path: Path) -> dict[str, str]:
    """Finished translations of the ``kiosk`` context (our own repository file, not outside input)."""
    root = ElementTree.parse(path).getroot()  # noqa: S314 - a file from our own repository
    table: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is not None and node.text and node.get("type") not in ("unfinished", "obsolete"):
                table[source] = node.text
    return table


def _lrelease() -> str | None:
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / "lrelease"
        if bundled.exists():
            return str(bundled)
    except ImportError:  # pragma: no cover - PySide6 is what imports us
        pass
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_qm(ts: Path, cache: Path) -> Path | None:
    """A ``.qm`` no older than ``ts``: the one setup built beside it, else one built into ``cache``."""
    beside = ts.with_suffix(".qm")
    if beside.exists() and beside.stat().st_mtime >= ts.stat().st_mtime:
        return beside
    target = cache / beside.name
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".qm.tmp")
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp)], check=True, timeout=60,  # noqa: S603
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        tmp.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed for %s: %s", ts, exc)
        return None
    return target


class Languages:
    """Owns the installed translator; :meth:`switch` replaces it (Qt then sends LanguageChange)."""

    def __init__(self, assets: Path, cache: Path) -> None:
        self.folder = assets / "i18n"
        self.cache = cache
        self.current = "mr"
        self._translator: QTranslator | None = None

    def switch(self, language: str) -> str:
        language = language if language in LANGUAGES else "mr"
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        QLocale.setDefault(LOCALES[language])
        self.current = language
        if language == "en":
            return language
        ts = self.folder / f"kiosk_{language}.ts"
        translator: QTranslator
        qm = compiled_qm(ts, self.cache) if ts.exists() else None
        if qm is not None:
            translator = QTranslator()
            if not translator.load(str(qm)):
                log.warning("could not load %s; reading %s instead", qm, ts)
                translator = DictTranslator(read_ts(ts))
        else:
            translator = DictTranslator(read_ts(ts) if ts.exists() else {})
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return language
