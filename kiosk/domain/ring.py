"""The hub's ring: the 10–12 villages its team serves (the 2025 reforms), each named in Marathi and English,
with its LGD village code where known and its PIN.

The LGD code is optional: there is no village list in the kiosk's LGD data (districts and talukas only), so
a supervisor types it from the LGD directory when they have it. An application whose village was picked
from the ring keeps the ring village's code (its ``village_code``), so the dashboard counts villages by
code, not by however the name was spelt; a ring village without an LGD code has the ring's own key
``ring-<n>`` (stable on this hub, sent to the portal with the ring, so the ring's dashboard can name it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.domain.errors import KioskError
from kiosk.domain.text import has_devanagari, normalise_digits, normalise_text

LGD_DIGITS = 6  # LGD village codes are at most six digits (e.g. 556677)
NAME_CHARS = 80
RING_KEY_PREFIX = "ring-"


class RingRefused(KioskError):
    """A ring change that cannot be made as asked (``why`` names the reason in the message catalogue)."""

    code = "ring_refused"


@dataclass(frozen=True)
class RingVillage:
    name_en: str
    name_mr: str
    lgd_code: str = ""  # digits, or "" where unknown
    pin: str = ""
    key: int = 0  # the ring's own number for it on this hub (0 before it is saved)

    @property
    def code(self) -> str:
        """What an application keeps: the LGD code where known, else the ring's own key."""
        return self.lgd_code or (f"{RING_KEY_PREFIX}{self.key}" if self.key else "")

    def name(self, language: str) -> str:
        """The name in the operator's script (Marathi for mr and hi), falling back to the other."""
        first, second = (self.name_mr, self.name_en) if language in ("mr", "hi") else (self.name_en, self.name_mr)
        return first or second

    def caption(self) -> str:
        """Both names, as the picker shows them: ``Wagholi — वाघोली``."""
        names = [n for n in (self.name_en, self.name_mr) if n]
        return " — ".join(dict.fromkeys(names))

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "name_en": self.name_en, "name_mr": self.name_mr, "lgd_code": self.lgd_code,
                "pin": self.pin}


_CODE = re.compile(rf"[0-9]{{1,{LGD_DIGITS}}}|{RING_KEY_PREFIX}[0-9]{{1,6}}")


def ring_code(value: str) -> str:
    """A village code as an application may carry it (an LGD code or ``ring-<n>``), or "" for anything else:
    a file given to ``seva-kiosk new`` cannot put free text where the dashboard groups."""
    return value if _CODE.fullmatch(value) else ""


def plain_village(name: str) -> RingVillage:
    """A village known only by one name (``init --village``, the ring before issue 18): the name goes to the
    script it is written in; the other name stays empty until a supervisor adds it."""
    text = normalise_text(name)
    return RingVillage("", text) if has_devanagari(text) else RingVillage(text, "")


def checked_village(name_en: str, name_mr: str, lgd_code: str = "", pin: str = "") -> RingVillage:
    """A new ring village from what a supervisor typed, normalised; raises :class:`RingRefused`."""
    en, mr = normalise_text(name_en), normalise_text(name_mr)
    code, pin_ = normalise_digits(lgd_code.strip()), normalise_digits(pin.strip())
    if not en or not mr:
        raise RingRefused("both names are needed", why="names_needed")
    if has_devanagari(en) or not has_devanagari(mr):
        raise RingRefused("English name in Latin letters, Marathi name in Devanagari", why="scripts")
    if len(en) > NAME_CHARS or len(mr) > NAME_CHARS:
        raise RingRefused("name too long", why="too_long", n=NAME_CHARS)
    if code and (not code.isdigit() or len(code) > LGD_DIGITS):
        raise RingRefused("bad LGD village code", why="bad_lgd", n=LGD_DIGITS)
    if pin_ and not (len(pin_) == 6 and pin_.isdigit() and pin_[:2] in ("40", "41", "42", "43", "44")):
        raise RingRefused("bad PIN", why="bad_pin")
    return RingVillage(en, mr, code, pin_)


def _folded(text: str) -> str:
    return " ".join(normalise_text(text).casefold().split())


def match_village(ring: Iterable[RingVillage], typed: str) -> RingVillage | None:
    """The ring village ``typed`` names: its caption (picked from the list), either name in any case, its
    LGD code or its ring code; None for a village outside the ring."""
    want = _folded(typed)
    if not want:
        return None
    for village in ring:
        names = {_folded(village.caption()), _folded(village.name_en), _folded(village.name_mr), village.code}
        if want in names - {""}:
            return village
    return None


def find_in_ring(ring: Iterable[RingVillage], which: str) -> RingVillage:
    """The ring village a supervisor named (either name or its code); raises :class:`RingRefused`."""
    found = match_village(ring, which)
    if found is None:
        raise RingRefused("not in the ring", why="not_in_ring", village=which)
    return found
