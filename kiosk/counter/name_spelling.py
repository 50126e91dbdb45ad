"""How Maharashtra spells Marathi names in English, and back: the rules on top of the script conversion.

:mod:`kiosk.counter.transliteration` asks indic-transliteration for the IAST letters of a Devanagari name
(``सुनीता`` → ``sunītā``); the rules here turn those letters into the spelling on the citizen's cards:

* the inherent ``a`` that is written but not said goes (``deśamukha`` → *Deshmukh*), right to left as in
  the classic schwa-deletion rule (a vowel, one consonant, *a*, one consonant, a vowel), except before a
  last open syllable, where Marathi names keep it in English (*Mangala*, *Sayali*, *Bhosale*);
  a last ``a`` after a cluster stays (*Ramchandra*, *Aditya*) unless the cluster starts with ``r``
  (*Siddharth*);
* letters: ``ś ṣ`` → *sh*, ``c`` → *ch*, ``ch`` → *chh*, ``ṛ`` → *ru* (*Amruta*, *Mrunal*), ``jñ`` → *dny*
  (*Dnyaneshwar*), ``kṣ`` → *ksh* but *x* before ``m`` (*Laxmi*), ``ḷ`` → *l*, the anusvara *m* before a
  lip consonant (*Sambhaji*) and *n* elsewhere;
* long vowels are written short (*Sunita*, *Patil*), except ``ī`` in an open first syllable and in ``dīp``
  (*Geeta*, *Deepak*, *Sandeep*) and a last ``śrī`` (*Jayashree*); ``v`` is *w* after most consonants and
  between two ``a`` sounds (*Ashwini*, *Pawar*), *ao* at the end after ``ā`` (*Bapurao*).

The reverse, English → Harvard-Kyoto letters for the library to write in Devanagari, keeps the commonest
Marathi choice where English is ambiguous (``a`` is अ, ``ee`` is ई, a last ``i``/``u`` is long as Marathi
writes it, ``n``/``m`` before a consonant is the anusvara) and knows the usual name endings (*-rao*,
*-nath*, *-bai*, *-kant* …).
"""

from __future__ import annotations

import re

# Names whose English spelling is custom, not rule (checked before the rules; whole words only).
CUSTOM_ENGLISH = {"चव्हाण": "Chavan", "शेख": "Shaikh", "ठाकरे": "Thackeray", "पूजा": "Pooja", "पूनम": "Poonam"}
CUSTOM_MARATHI = {"chavan": "चव्हाण", "shaikh": "शेख", "thackeray": "ठाकरे", "laxmi": "लक्ष्मी", "patil": "पाटील"}

_VOWELS = ("ai", "au", "ā", "ī", "ū", "ṛ", "ṝ", "a", "i", "u", "e", "o")
_CONSONANTS = ("kh", "gh", "ch", "jh", "ṭh", "ḍh", "th", "dh", "ph", "bh", "k", "g", "ṅ", "c", "j", "ñ", "ṭ",
               "ḍ", "ṇ", "t", "d", "n", "p", "b", "m", "y", "r", "l", "v", "ś", "ṣ", "s", "h", "ḻ", "ṟ")
_TOKEN = re.compile("|".join(sorted((*_VOWELS, *_CONSONANTS, "ṃ", "m̐", "ḥ"), key=len, reverse=True)) + "|.",
                    re.DOTALL)
_ENGLISH = {"ā": "a", "ī": "i", "ū": "u", "ṛ": "ru", "ṝ": "ru", "kh": "kh", "gh": "gh", "ch": "chh",
            "jh": "jh", "ṭh": "th", "ḍh": "dh", "ṅ": "n", "c": "ch", "ñ": "n", "ṭ": "t", "ḍ": "d", "ṇ": "n",
            "ś": "sh", "ṣ": "sh", "ḻ": "l", "ṟ": "r", "ḥ": "h", "m̐": "n"}
_LIPS = ("p", "ph", "b", "bh", "m")
_EASY_BEFORE_E = ("s", "ś", "p", "g", "ṭ", "t")
_RETROFLEX = ("ḍ", "ṇ", "ḻ", "ṭ")


def _kind(token: str) -> str:
    if token in _VOWELS:
        return "V"
    if token in _CONSONANTS:
        return "C"
    return "N" if token in ("ṃ", "m̐") else "X"


def _drop_schwas(tokens: list[str]) -> list[str]:
    kinds = [_kind(t) for t in tokens]
    out = list(tokens)

    def vowelish(i: int) -> bool:
        return 0 <= i < len(out) and kinds[i] in ("V", "N") and out[i] != ""

    # "āya" before a consonant carrying its own a is said "ai" (gāyakavāḍa → Gaikwad, rāyagaḍa → Raigad)
    for i in range(len(out) - 4):
        if out[i:i + 3] == ["ā", "y", "a"] and kinds[i + 3] == "C" and out[i + 4] == "a" and i + 5 < len(out):
            out[i:i + 3], kinds[i:i + 3] = ["ai", "", ""], ["V", "X", "X"]
    live = [i for i, t in enumerate(out) if t]
    if len(live) >= 3 and out[live[-1]] == "a" and kinds[live[-2]] == "C":
        run: list[int] = []
        for j in range(len(live) - 2, -1, -1):
            if kinds[live[j]] != "C":
                break
            run.append(live[j])
        if len(run) == 1 or out[run[-1]] == "r":
            out[live[-1]] = ""
    live = [i for i, t in enumerate(out) if t]
    for pos in range(len(live) - 3, 1, -1):
        i = live[pos]
        if out[i] != "a" or kinds[live[pos - 1]] != "C" or not vowelish(live[pos - 2]):
            continue
        nxt = [j for j in live[pos + 1:] if out[j]]
        if len(nxt) < 2 or kinds[nxt[0]] != "C" or kinds[nxt[1]] != "V":
            continue
        if len(nxt) == 2 and out[nxt[1]] != "a" and not (out[nxt[1]] == "e" and out[nxt[0]] in _EASY_BEFORE_E):
            continue  # before a last open syllable Marathi names keep it (but Apte, Godse, Karpe)
        out[i] = ""
    return [t for t in out if t]


def _is_open_first_syllable(tokens: list[str], i: int) -> bool:
    before = [t for t in tokens[:i] if _kind(t) == "V"]
    after = tokens[i + 1:i + 3]
    return not before and len(after) >= 2 and _kind(after[0]) == "C" and _kind(after[1]) == "V"


def spell_english(iast: str, *, surname: bool = False) -> str:
    """The usual English spelling for the IAST letters of one Marathi word."""
    tokens = _drop_schwas(_TOKEN.findall(iast))
    out: list[str] = []
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        after = tokens[i + 2] if i + 2 < len(tokens) else ""
        if t == nxt and t.endswith("h"):  # a doubled aspirate is written once aspirated: Vitthal
            out.append(t[:-1] if t not in _ENGLISH else _ENGLISH[t][:-1])
        elif t == "k" and nxt == "ṣ":
            out.append("x" if after == "m" else "k")
        elif t == "ṣ" and prev == "k" and after != "" and tokens[i + 1] == "m":
            out.append("")
        elif t == "j" and nxt == "ñ":
            out.append("d")
        elif t == "ñ" and prev == "j":
            out.append("ny")
        elif t in ("ṃ", "m̐"):
            out.append("m" if nxt in _LIPS or not nxt or (i == 1 and prev == "o") else "n")
        elif t == "v":
            out.append(_spell_v(tokens, i, surname))
        elif t == "ī":
            first_open = _is_open_first_syllable(tokens, i) and prev not in ("r",) or (prev == "d" and nxt == "p")
            last_shri = not nxt and prev == "r" and i >= 2 and tokens[i - 2] == "ś"
            out.append("ee" if first_open or last_shri else "i")
        elif t in ("ṛ", "ṝ") and not prev:
            out.append("ru")
        else:
            out.append(_ENGLISH.get(t, t))
    word = "".join(out)
    if word.endswith("av") and tokens[-2:] == ["ā", "v"]:
        word = word[:-1] + "o"
    return word[:1].upper() + word[1:]


def _spell_v(tokens: list[str], i: int, surname: bool) -> str:
    prev = tokens[i - 1] if i else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    after = tokens[i + 2] if i + 2 < len(tokens) else ""
    if not prev:
        return "w" if surname and nxt == "ā" else "v"
    if nxt == "h":
        return "w"
    if _kind(prev) == "C":
        if prev == "r" or (prev == "l" and nxt in ("i", "ī", "e")):
            return "v"
        return "w"
    between_a = prev in ("a", "ā") and (nxt == "ā" or (nxt == "a" and (after == "ṃ" or after in _RETROFLEX)))
    return "w" if between_a else "v"


# ----------------------------------------------------------------------------------------- English → HK
# Name endings whose Devanagari is settled (the long vowels English does not show): checked longest first.
_ENDINGS = (("chandra", "caMdra"), ("asaheb", "AsAheba"), ("akant", "AkAMta"), ("saheb", "sAheba"),
            ("shree", "zrI"), ("endra", "eMdra"), ("aram", "ArAma"), ("akar", "Akara"), ("ayan", "AyaNa"),
            ("ayak", "Ayaka"), ("abai", "AbAI"), ("nath", "nAtha"), ("kant", "kAMta"), ("wade", "vADe"),
            ("adev", "Adeva"), ("rao", "rAva"), ("bai", "bAI"), ("ram", "rAma"), ("das", "dAsa"),
            ("raj", "rAja"), ("wad", "vADa"), ("aji", "AjI"), ("ali", "AlI"), ("kar", "kara"))
_LETTERS = (("ksh", "kS"), ("dny", "jJ"), ("chh", "ch"), ("tth", "ThTh"), ("sh", "z"), ("ch", "c"), ("kh", "kh"),
            ("gh", "gh"), ("jh", "jh"), ("th", "th"), ("dh", "dh"), ("ph", "ph"), ("bh", "bh"), ("x", "kS"),
            ("w", "v"), ("f", "ph"), ("z", "j"), ("q", "k"), ("c", "k"),
            ("aa", "A"), ("ee", "I"), ("oo", "U"), ("ai", "ai"), ("au", "au"), ("ou", "au"))
_HK_VOWELS = ("A", "I", "U", "ai", "au", "a", "i", "u", "e", "o", "R")
_CLUSTER_SECOND = ("r", "y", "v")
# Sanskrit's n → ṇ after r, ṛ, ṣ (Arun, Kiran, Krushna, Kulkarni) unless one of these comes between.
_NATVA_BLOCKERS = ("c", "ch", "j", "jh", "T", "Th", "D", "Dh", "t", "th", "d", "dh", "l", "z", "s")


def _english_tokens(word: str) -> list[str]:
    tokens: list[str] = []
    i = 0
    while i < len(word):
        for latin, hk in _LETTERS:
            if word.startswith(latin, i):
                tokens.append(hk)
                i += len(latin)
                break
        else:
            tokens.append(word[i])
            i += 1
    return tokens


def _clustered(t: str, nxt: str, prev: str) -> bool:
    """Whether consonant ``t`` joins ``nxt`` with no vowel written between (else Marathi writes the a)."""
    return (nxt in _CLUSTER_SECOND or nxt == t or nxt == t + "h" or (t, nxt) == ("kS", "m")
            or (nxt == "h" and t in ("m", "n", "l", "v"))
            or (t == "s" and nxt in ("t", "th", "n", "m", "k", "p")) or (t in ("z", "S") and nxt in ("t", "n", "N"))
            or (t, nxt) in (("p", "n"), ("l", "p"), ("k", "t"), ("p", "t"))
            or (t == "r" and prev in _HK_VOWELS and nxt != "k"))


def spell_hk(word: str, *, surname: bool = False) -> str:
    """Harvard-Kyoto letters for one lower-case English name word (the library writes them in Devanagari)."""
    ending = ""
    for latin, hk in _ENDINGS:
        if word.endswith(latin) and len(word) > len(latin) + 1:
            word, ending = word[: -len(latin)], hk
            break
    tokens = _english_tokens(word)
    if surname and word.endswith("de") and len(tokens) > 2:
        tokens[-2] = "D"  # Ranade, Ghorpade, Deshpande: the surname ending is the retroflex -डे
    out: list[str] = []
    retroflex_n = False
    for i, t in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ending[:1]
        if t == "z" and out and out[-1] in ("u", "R", "r", "kS"):
            t = "S"  # the ruki rule: Usha, Krushna, Varsha
        if t in ("r", "R", "S", "kS"):
            retroflex_n = True
        elif t in _NATVA_BLOCKERS:
            retroflex_n = False
        if t == "r" and nxt == "u" and prev and prev not in _HK_VOWELS:
            out.append("R")
            tokens[i + 1] = ""
            continue
        if t == "":
            continue
        if t in _HK_VOWELS:
            last = i == len(tokens) - 1 and not ending
            if t == "au" and (last or ending == "sAheba" or nxt == "t" and i == len(tokens) - 2):
                out.append("AU")  # Bhau, Raut: Marathi writes आऊ
            elif t == "a" and nxt in ("z", "s") and i == len(tokens) - 2 and not ending:
                out.append("A")  # Prakash, Akash, Vikas, Vishwas
            else:
                out.append({"a": "A", "i": "I", "u": "U"}.get(t, t) if last else t)
            continue
        next_vowel = nxt in _HK_VOWELS or nxt == ""
        if t in ("n", "m") and prev in _HK_VOWELS and nxt and not next_vowel and nxt not in (t, "h", "r", "y"):
            out.append("M" if t == "n" or nxt in ("p", "ph", "b", "bh") else "ma")
            continue
        if t == "n" and retroflex_n and nxt != "n":
            t = "N"
        if t == "d" and nxt == "k" and i + 2 < len(tokens) and tokens[i + 2] == "a" and ending == "kara":
            t = "D"  # -डकर: Ambedkar, Shirodkar
        out.append(t)
        if not next_vowel and not _clustered(t, nxt, prev):
            out.append("a")
        elif nxt == "" and not ending:
            out.append("a")
    hk = "".join(out) + ending
    if hk.endswith("A") and (re.search(r"(dr|ty)A$", hk) or surname and hk.endswith("yA")):
        hk = hk[:-1] + "a"
    return hk
