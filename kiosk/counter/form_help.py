"""What the new-application form can fill in by itself, so the operator types only what is the citizen's own.

Most citizens of a hub live in its ring of villages, in the hub's taluka and district: those are offered
(the village from a picker over the ring, taluka and district named as the LGD names them). A village's PIN
code and the answers a service's text fields usually get at this counter ("शैक्षणिक प्रवेशासाठी", "2025-26")
are learnt from the hub's own recent applications. A text answer is offered only once two different
applications gave it, so one citizen's free text is never shown to the next citizen. Qt-free: the screen
reads this once per service on the worker pool.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.domain.application import Application
from kiosk.domain.catalogue import Service
from kiosk.domain.geography import Geography, UnknownPlace
from kiosk.domain.ring import RingVillage, match_village, plain_village
from kiosk.store.hub import Hub

RECENT = 60  # applications looked at: about a busy day's worth at one counter
SEEN_TWICE = 2
SUGGESTED_TYPES = ("text", "year")


@dataclass(frozen=True)
class FormHelp:
    villages: tuple[str, ...] = ()  # what the picker offers: the ring's villages first, then others seen lately
    taluka: str = ""
    district: str = ""
    pins: dict[str, str] = field(default_factory=dict)  # village (as typed) → the PIN last used with it
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field name → usual answers, commonest first
    ring: tuple[RingVillage, ...] = ()  # the hub's ring (issue 18): both names, LGD code, PIN

    def ring_village(self, typed: str) -> RingVillage | None:
        """The ring village the picker's text names (its caption, either name, its code), or None."""
        return match_village(self.ring, typed)

    def pin_for(self, village: str) -> str:
        picked = self.ring_village(village)
        if picked is not None and picked.pin:
            return picked.pin
        name = picked.name_en or picked.name_mr if picked is not None else village
        return self.pins.get(name.strip().casefold(), "")

    def address_village(self, typed: str) -> tuple[str, str]:
        """The village as the application keeps it, and its code: a ring village by its English name (the
        address's taluka and district are the LGD's English names) and its code; anything else as typed."""
        picked = self.ring_village(typed)
        if picked is None:
            return typed, ""
        return picked.name_en or picked.name_mr, picked.code


def hub_place(hub: Hub, geography: Geography | None) -> tuple[str, str]:
    """The hub's taluka and district as names (English: the LGD has no Marathi taluka names, and an address
    is written in one script), or empty where the codes are unknown."""
    if geography is None:
        return "", ""
    taluka = district = ""
    try:
        district = geography.district(int(hub.district_code)).name_en
        taluka = geography.taluka(int(hub.taluka_code)).name_en
    except (UnknownPlace, ValueError):
        pass
    return taluka, district


def learn(service: Service, recent: Iterable[Application]) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """PIN per village and the usual answers to ``service``'s text fields, from recent applications."""
    pins: dict[str, str] = {}
    counts: dict[str, Counter[str]] = {}
    wanted = {f.name for f in service.fields if f.type in SUGGESTED_TYPES}
    for app in recent:  # newest first: the first PIN seen for a village is the latest
        address = app.applicant.address
        if address.village and address.pin:
            pins.setdefault(address.village.strip().casefold(), address.pin)
        if app.service_code != service.code:
            continue
        for name in wanted:
            value = str(app.fields.get(name, "")).strip()
            if value:
                counts.setdefault(name, Counter())[value] += 1
    answers = {name: tuple(v for v, n in c.most_common() if n >= SEEN_TWICE) for name, c in counts.items()}
    return pins, {k: v for k, v in answers.items() if v}


def other_villages(recent: Iterable[Application], ring: tuple[RingVillage, ...], limit: int = 20) -> tuple[str, ...]:
    """Villages outside the ring that recent applications named, commonest first (offered after the ring's:
    a citizen from a neighbouring ring still comes to this counter now and then)."""
    seen = Counter(a.applicant.address.village.strip() for a in recent if a.applicant.address.village.strip()
                   and match_village(ring, a.applicant.address.village) is None)
    return tuple(v for v, _ in seen.most_common(limit))


def form_help(service: Service, hub: Hub, geography: Geography | None, recent: Iterable[Application],
              ring: Iterable[RingVillage] | None = None) -> FormHelp:
    """``ring`` None (a caller without the ring's table) offers the hub's plain village names."""
    recent = list(recent)
    taluka, district = hub_place(hub, geography)
    pins, answers = learn(service, recent)
    villages = tuple(ring) if ring is not None else tuple(plain_village(v) for v in hub.villages)
    # The ring's villages by the name the address keeps (English, as the taluka and district are); the
    # picker shows both names as each one's tooltip, and a Marathi name typed is matched all the same.
    offered = tuple(v.name_en or v.name_mr for v in villages) + other_villages(recent, villages)
    return FormHelp(villages=offered, taluka=taluka, district=district, pins=pins, answers=answers, ring=villages)
