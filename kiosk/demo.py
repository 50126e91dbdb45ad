"""Realistic demo data for training mode and the README's first command.

Names come in matching Marathi/English pairs, services and statuses are mixed, and everything goes
through the same intake and store paths as real work — the demo is also a smoke test of those paths.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.domain.catalogue import Catalogue, FormField, Service
from kiosk.domain.clock import IST, local_day, utc_now
from kiosk.domain.intake import DueDateCalendar, take_application
from kiosk.domain.ring import RingVillage
from kiosk.domain.status import Status
from kiosk.store.applications import Applications
from kiosk.store.db import Store
from kiosk.store.hub import Hub, has_hub, save_hub, set_setting
from kiosk.store.outbox import mark_settled
from kiosk.store.ring import seed_villages

DEMO_HUB = Hub(code="MH-PUN-HVL-0042", name_en="Digital Seva Hub, Wagholi", name_mr="डिजिटल सेवा केंद्र, वाघोली",
               district_code="490", taluka_code="4193",
               villages=("Wagholi", "Lonikand", "Kesnand", "Perne", "Bhavadi", "Wade", "Bakori", "Tulapur",
                         "Phulgaon", "Koregaon Bhima", "Sanaswadi", "Dongargaon"))
VILLAGES_MR = {"Wagholi": "वाघोली", "Lonikand": "लोणीकंद", "Kesnand": "केसनंद", "Perne": "पेरणे"}
# The training hub's ring with both names; PINs only where the India Post PIN is known (no LGD codes: the
# kiosk has no village list to take them from, and an invented code would be counted as a real one).
DEMO_RING = tuple(RingVillage(en, mr, "", pin) for en, mr, pin in (
    ("Wagholi", "वाघोली", "412207"), ("Lonikand", "लोणीकंद", "412216"), ("Kesnand", "केसनंद", "412207"),
    ("Perne", "पेरणे", "412216"), ("Bhavadi", "भावडी", ""), ("Wade", "वाडे", ""), ("Bakori", "बकोरी", ""),
    ("Tulapur", "तुळापूर", ""), ("Phulgaon", "फुलगाव", ""), ("Koregaon Bhima", "कोरेगाव भीमा", "412216"),
    ("Sanaswadi", "सणसवाडी", "412208"), ("Dongargaon", "डोंगरगाव", "")))

FIRST_F = [("Sunita", "सुनीता"), ("Priya", "प्रिया"), ("Savita", "सविता"), ("Asha", "आशा"), ("Meena", "मीना"),
           ("Kavita", "कविता"), ("Anita", "अनिता"), ("Rekha", "रेखा"), ("Jyoti", "ज्योती"), ("Shubhangi", "शुभांगी")]
FIRST_M = [("Rahul", "राहुल"), ("Ganesh", "गणेश"), ("Vijay", "विजय"), ("Santosh", "संतोष"), ("Prakash", "प्रकाश"),
           ("Sachin", "सचिन"), ("Mahesh", "महेश"), ("Dnyaneshwar", "ज्ञानेश्वर"), ("Tukaram", "तुकाराम"),
           ("Shrikrishna", "श्रीकृष्ण")]
SURNAMES = [("Patil", "पाटील"), ("Jadhav", "जाधव"), ("Shinde", "शिंदे"), ("Pawar", "पवार"), ("Kulkarni", "कुलकर्णी"),
            ("Deshmukh", "देशमुख"), ("Gaikwad", "गायकवाड"), ("Kale", "काळे"), ("More", "मोरे"), ("Chavan", "चव्हाण"),
            ("Bhosale", "भोसले"), ("Salunkhe", "साळुंखे"), ("Kshirsagar", "क्षीरसागर"), ("Wagh", "वाघ")]
DEMO_SERVICES = ("income-certificate", "domicile-certificate", "caste-certificate", "non-creamy-layer-certificate",
                 "senior-citizen-certificate", "satbara-extract", "birth-certificate-rural")
FIELD_SAMPLES = {"income_year": "2025-26", "purpose": "शैक्षणिक प्रवेशासाठी", "financial_year": "2025-26"}


@dataclass(frozen=True)
class DemoProgress:
    done: int
    total: int


def ensure_demo_hub(store: Store) -> Hub:
    """The demo hub works in training mode: its portal is the bundled simulator, started on demand."""
    if not has_hub(store):
        save_hub(store, DEMO_HUB)
        seed_villages(store, DEMO_RING, utc_now().isoformat())
        set_setting(store, "portal.training", "1")
    return DEMO_HUB


def _field_value(f: FormField, rng: random.Random) -> str:
    if f.name in FIELD_SAMPLES:
        return FIELD_SAMPLES[f.name]
    if f.type == "select":
        return rng.choice(f.options).value
    if f.type in ("number", "money"):
        lo = f.min_value or 0
        hi = f.max_value if f.max_value is not None else max(lo, 1) * 10 + 250000
        return str(rng.randint(max(lo, 1), max(hi, lo + 1)) if hi > lo else lo)
    if f.type == "year":
        return str(min(f.max_value or 2025, max(f.min_value or 2000, 2024)))
    if f.type == "date":
        return (date(2026, 1, 1) + timedelta(days=rng.randint(0, 300))).isoformat()
    if f.type == "checkbox":
        return "yes"
    if f.pattern:
        return ""
    return "माहिती"


def demo_form(service: Service, rng: random.Random, today: date) -> dict[str, Any]:
    female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    father = rng.choice(FIRST_M)
    mother = rng.choice(FIRST_F)
    surname = rng.choice(SURNAMES)
    min_age = service.min_age or 18
    age = rng.randint(min_age, min_age + 30)
    dob = today.replace(year=today.year - age) - timedelta(days=rng.randint(1, 300))
    village = rng.choice(DEMO_HUB.villages[:4])
    return {
        "service_code": service.code,
        "applicant": {
            "name_en": {"first": first[0], "mother": mother[0], "father_or_husband": father[0], "surname": surname[0]},
            "name_mr": {"first": first[1], "mother": mother[1], "father_or_husband": father[1], "surname": surname[1]},
            "dob": dob.isoformat(), "gender": "F" if female else "M",
            "mobile": f"{rng.choice('6789')}{rng.randint(0, 999_999_999):09d}",
            "address": {"house": f"{rng.randint(1, 400)}", "street": "Main Road", "village": village,
                        "taluka": "Haveli", "district": "Pune", "pin": "412207"},
            "category": rng.choice(["SC", "ST", "OBC", "VJNT", "SBC"]),
        },
        "fields": {f.name: _field_value(f, rng) for f in service.fields},
        "delivery": rng.choice(["print_at_hub", "portal_download", "print_at_hub"]),
        "consent": {"accepted": True, "language": "mr"},
    }


def seed_demo(store: Store, catalogue: Catalogue, calendar: DueDateCalendar, *, count: int, now: datetime,
              seed: int = 42) -> Iterator[DemoProgress]:
    """Take ``count`` demo applications through real intake and the one-transaction save."""
    rng = random.Random(seed)
    hub = ensure_demo_hub(store)
    apps = Applications(store)
    services = [catalogue.service(c) for c in DEMO_SERVICES if catalogue.has(c)] or list(catalogue.services[:5])
    made = 0
    attempts = 0
    while made < count and attempts < count * 5:
        attempts += 1
        service = rng.choice(services)
        # A third of the demo is today's work, so the dashboard and day-close have something to show.
        days_back = 0 if made < count // 3 else rng.randint(1, 13)
        local_now = now.astimezone(IST)
        since_midnight = local_now.hour * 60 + local_now.minute
        taken = now - timedelta(days=days_back, minutes=rng.randint(0, min(120, since_midnight)))
        today = local_day(taken)
        form = demo_form(service, rng, today)
        result = take_application(form, catalogue=catalogue, calendar=calendar, hub_code=hub.code,
                                  operator=rng.choice(["operator1", "operator2"]), now=taken, today=today)
        if result.application is None:
            continue
        saved = apps.save_new(result.application)
        _advance(apps, saved.uuid, rng, today)
        made += 1
        yield DemoProgress(made, count)


def _advance(apps: Applications, uuid: str, rng: random.Random, today: date) -> None:
    """Give some demo applications a later life, through legal transitions only."""
    roll = rng.random()
    if roll < 0.45:
        return
    # History from before this demo began: it reached the portal long ago, so its outbox item is settled.
    mark_settled(apps.store, uuid)
    apps.set_status(uuid, Status.SUBMITTED, source="demo", portal_number=f"AS{rng.randint(10**9, 10**10 - 1)}")
    if roll < 0.6:
        return
    apps.set_status(uuid, Status.UNDER_SCRUTINY, source="demo")
    if roll < 0.75:
        return
    if roll < 0.85:
        apps.set_status(uuid, Status.APPROVED, source="demo", decided_on=today)
        if roll < 0.8:
            apps.set_status(uuid, Status.DELIVERED, source="demo")
    elif roll < 0.93:
        apps.set_status(uuid, Status.DOCUMENTS_PENDING, source="demo")
    else:
        apps.set_status(uuid, Status.REJECTED, source="demo", decided_on=today,
                        note="Income proof unreadable / उत्पन्नाचा पुरावा वाचता येत नाही")
