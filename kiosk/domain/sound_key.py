"""A word's sound, spelt the same whether it was typed in Marathi, in English letters or read off a name.

The operator who types ``utpanna`` means उत्पन्नाचा दाखला, and one who types ``dakhla``, ``dakhala`` or
``dhakla`` means the same दाखला. A full transliteration (kiosk.counter.transliteration) proposes how a
*name* is spelt; search needs less and must be fast: both sides are folded to a skeleton in which the
differences people do not hear, or do not type, are gone —

- aspiration and retroflexion (ख/क → k, ठ/ट/त → t, श/ष/स and *sh* → s, फ and *ph* → f, झ/ज and *z* → j),
  long and short vowels (आ/अ, ई/इ, *ee*/*i*, *oo*/*u*), *w* / *v*, doubled letters;
- every *a* after a word's first letter: Devanagari writes no inherent vowel, Marathi does not say most
  of them, and people type them as they please (*dakhla* / *dakhala*, *utpanna* / *utpann*).

So ``उत्पन्नाचा`` and ``utpannacha`` both become ``utpnc``, and a typed prefix is a prefix of the key.
The keys are only compared with each other, never shown. English words go through the same rules, which
keep them distinct enough for a list of ~1,500 services and cost nothing in matching.

Pure tables, no library: it runs on every keystroke (a few microseconds a word).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Devanagari → Latin sounds. Consonants carry no vowel (the 'a' would be dropped anyway); matras and
# independent vowels map to the same letters; virama, nukta and visarga to nothing; anusvara to n.
_CONSONANTS = {
    "क": "k", "ख": "k", "ग": "g", "घ": "g", "ङ": "n",
    "च": "c", "छ": "c", "ज": "j", "झ": "j", "ञ": "n",
    "ट": "t", "ठ": "t", "ड": "d", "ढ": "d", "ण": "n",
    "त": "t", "थ": "t", "द": "d", "ध": "d", "न": "n",
    "प": "p", "फ": "f", "ब": "b", "भ": "b", "म": "m",
    "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "s", "ष": "s", "स": "s", "ह": "h",
    "\u0931": "r",  # ऱ (eyelash ra); the other nukta letters are a letter + nukta after NFC
}
_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ru", "ए": "e", "ऐ": "e",
    "ओ": "o", "औ": "o", "ऑ": "o", "ॲ": "e", "ऍ": "e",
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ru", "े": "e", "ै": "e", "ो": "o", "ौ": "o",
    "ॉ": "o", "ॅ": "e", "ं": "n", "ँ": "n", "ः": "", "्": "", "़": "",
}
_DEVANAGARI_DIGITS = {chr(0x0966 + i): str(i) for i in range(10)}
_FROM_DEVANAGARI = str.maketrans({**_CONSONANTS, **_VOWELS, **_DEVANAGARI_DIGITS})

# Latin spellings folded to the same letters, longest first ("chh" before "ch" before "h").
_LATIN_RULES = (
    ("ksh", "ks"), ("chh", "c"), ("ch", "c"), ("sh", "s"), ("ph", "f"), ("th", "t"), ("dh", "d"),
    ("kh", "k"), ("gh", "g"), ("jh", "j"), ("bh", "b"), ("ee", "i"), ("oo", "u"), ("ai", "e"), ("au", "o"),
    ("x", "ks"), ("w", "v"), ("z", "j"), ("q", "k"),
)
_LATIN = re.compile("|".join(re.escape(a) for a, _ in _LATIN_RULES))
_LATIN_MAP = dict(_LATIN_RULES)
_DOUBLES = re.compile(r"(.)\1+")
# A word: letters or digits of either script (Devanagari's combining marks included); anything else splits.
_WORD = re.compile(r"[0-9a-z\u0900-\u0963\u0966-\u097f]+")


def _ascii_letters(text: str) -> str:
    """Lower case, accents dropped (IAST ā → a, ṇ → n: a pasted transliteration folds like typing)."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) or "\u0900" <= ch <= "\u097f")


@lru_cache(maxsize=16384)  # a catalogue has a few thousand distinct words; a query repeats the last one
def word_key(word: str) -> str:
    """The skeleton of one word (``उत्पन्नाचा`` → ``utpnc``; ``utpannacha`` → ``utpnc``)."""
    if any("\u0900" <= ch <= "\u097f" for ch in word):
        latin = unicodedata.normalize("NFC", word).translate(_FROM_DEVANAGARI)
        latin = _ascii_letters(latin)  # a Latin letter typed into a Marathi word
    else:
        latin = _LATIN.sub(lambda m: _LATIN_MAP[m.group(0)], _ascii_letters(word))
    if len(latin) > 1:
        latin = latin[0] + latin[1:].replace("a", "")
    return _DOUBLES.sub(r"\1", latin)


def words(text: str) -> list[str]:
    """The words of ``text`` as typed (lower case, accents kept apart from Devanagari), in order."""
    # ZWJ/ZWNJ only shape a conjunct (the eyelash-ra): inside a word, never a break in it.
    text = unicodedata.normalize("NFC", text).replace("\u200c", "").replace("\u200d", "")
    return _WORD.findall(_ascii_letters(text))


def text_keys(text: str) -> list[str]:
    """The skeleton of every word of ``text``, in order, empty ones left out."""
    return [k for k in (word_key(w) for w in words(text)) if k]
