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
from kiosk.store.hub import Hub

RECENT = 60  # applications looked at: about a busy day's worth at one counter
SEEN_TWICE = 2
SUGGESTED_TYPES = ("text", "year")


@dataclass(frozen=True)
class FormHelp:
    villages: tuple[str, ...] = ()
    taluka: str = ""
    district: str = ""
    pins: dict[str, str] = field(default_factory=dict)  # village (as typed) → the PIN last used with it
    answers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # field name → usual answers, commonest first

    def pin_for(self, village: str) -> str:
        return self.pins.get(village.strip().casefold(), "")


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


def form_help(service: Service, hub: Hub, geography: Geography | None, recent: Iterable[Application]) -> FormHelp:
    taluka, district = hub_place(hub, geography)
    pins, answers = learn(service, recent)
    return FormHelp(villages=tuple(hub.villages), taluka=taluka, district=district, pins=pins, answers=answers)
