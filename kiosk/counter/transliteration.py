"""Names in the other script, proposed as the operator types: Marathi → the usual English spelling, and back.

A citizen's name goes on the application twice (Devanagari and Latin). Typing it twice is the counter's
biggest waste of keystrokes, and a strict scholarly transliteration is no help: ``सुनीता`` is *Sunita* on
every card she owns, not *sunītā*; ``क्षीरसागर`` is *Kshirsagar*; ``ज्ञानेश्वर`` is *Dnyaneshwar*.

So the work is split. indic-transliteration (the well-kept library behind sanscript) does the part that
is pure script knowledge — Devanagari to IAST letters, and the Harvard-Kyoto letters back to Devanagari —
and :mod:`kiosk.counter.name_spelling` holds the rules of how Maharashtra spells names (the inherent ``a``
that is not said, ``ṛ`` → *ru*, ``jñ`` → *dny*, ``v`` → *w* after a consonant, long vowels written short,
a short list of words spelt by custom). The result is only a proposal: the screen fills the other field
while the operator has not typed in it, and the operator corrects it like any other text.

Accuracy on 417 common names (tests/data/names/marathi_names.tsv) is measured by
tests/counter/test_transliteration.py, which also prints the misses.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from kiosk.counter import name_spelling
from kiosk.domain.text import normalise_text

Part = Literal["given", "surname"]
# Words are separated by spaces, hyphens and dots (initials: "S. R. Patil"); the separators are kept.
_WORDS = re.compile(r"([\s\-.]+)")


@lru_cache(maxsize=1)
def _sanscript():  # type: ignore[no-untyped-def]
    """Imported on first use: the library reads its scheme tables at import (~0.2 s), not worth paying
    at start-up for a kiosk that may never open the form."""
    from indic_transliteration import sanscript

    return sanscript


def _iast(word: str) -> str:
    s = _sanscript()
    return str(s.transliterate(word, s.DEVANAGARI, s.IAST))


def _devanagari(hk: str) -> str:
    s = _sanscript()
    return str(s.transliterate(hk, s.HK, s.DEVANAGARI))


def _each_word(text: str, convert: object) -> str:
    assert callable(convert)
    return "".join(piece if _WORDS.fullmatch(piece) or not piece else convert(piece)
                   for piece in _WORDS.split(normalise_text(text)))


def english_from_marathi(name: str, part: Part = "given") -> str:
    """The usual English spelling of a Marathi name (``सुनीता पाटील`` → ``Sunita Patil``).

    Latin letters already in ``name`` are kept as typed; ``part`` says whether it is a surname, whose
    spelling customs differ a little (``वाघ`` → *Wagh*, but ``विजय`` → *Vijay*).
    """
    def convert(word: str) -> str:
        if not any("\u0900" <= ch <= "\u097f" for ch in word):
            return word
        custom = name_spelling.CUSTOM_ENGLISH.get(word)
        if custom:
            return custom
        return name_spelling.spell_english(_iast(word), surname=part == "surname")

    return _each_word(name, convert)


def marathi_from_english(name: str, part: Part = "given") -> str:
    """A Devanagari proposal for an English name (``Sunita Patil`` → ``सुनीता पाटील``).

    The harder direction: English spelling drops what Devanagari keeps (long vowels, ण / न, ट / त, ळ / ल),
    so the proposal follows the commonest Marathi choice and the operator fixes the rest.
    """
    def convert(word: str) -> str:
        if not word.isascii() or not word.isalpha():
            return word
        custom = name_spelling.CUSTOM_MARATHI.get(word.casefold())
        if custom:
            return custom
        return _devanagari(name_spelling.spell_hk(word.casefold(), surname=part == "surname"))

    return _each_word(name, convert)


def part_of(field_key: str) -> Part:
    """The spelling customs for a name field of the form (``name_mr.surname`` → ``"surname"``)."""
    return "surname" if field_key.endswith("surname") else "given"


def propose_name(text: str, target: str, field: str = "") -> str:
    """The application form's hook: ``text`` typed in one script → the name proposed in ``target``
    (``"en"`` or ``"mr"``); ``field`` is the input's key (``name_mr.surname``) when the form knows it."""
    part = part_of(field)
    return english_from_marathi(text, part) if target == "en" else marathi_from_english(text, part)


def warm_up() -> None:
    """Load the library's tables now (for a worker thread when the form opens), not on the first keystroke."""
    english_from_marathi("गणेश")
