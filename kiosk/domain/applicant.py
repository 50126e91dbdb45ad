"""The citizen applying: name parts in both scripts, contact, address, and at most a masked Aadhaar.

Names are kept in parts because documents for anyone born after 1 May 2024 carry first name + mother's
name + father's name + surname (a married woman: own name + husband's name + surname), and certificates
print them in Marathi and English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

GENDERS = ("M", "F", "T")
DELIVERY_CHANNELS = ("print_at_hub", "email", "portal_download", "whatsapp")


@dataclass(frozen=True)
class NameParts:
    first: str = ""
    mother: str = ""
    father_or_husband: str = ""
    surname: str = ""

    def full(self) -> str:
        return " ".join(p for p in (self.first, self.mother, self.father_or_husband, self.surname) if p)

    def is_empty(self) -> bool:
        return not any((self.first, self.mother, self.father_or_husband, self.surname))

    def to_dict(self) -> dict[str, str]:
        return {"first": self.first, "mother": self.mother,
                "father_or_husband": self.father_or_husband, "surname": self.surname}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> NameParts:
        d = d or {}
        return cls(str(d.get("first", "")), str(d.get("mother", "")),
                   str(d.get("father_or_husband", "")), str(d.get("surname", "")))


@dataclass(frozen=True)
class Address:
    house: str = ""
    street: str = ""
    village: str = ""
    taluka: str = ""
    district: str = ""
    pin: str = ""
    # The ring village's code when the village was picked from the hub's ring (kiosk.domain.ring): the LGD
    # code, or ``ring-<n>``; "" for a village typed outside the ring. The dashboard counts villages by it.
    village_code: str = ""

    def to_dict(self) -> dict[str, str]:
        out = {"house": self.house, "street": self.street, "village": self.village,
               "taluka": self.taluka, "district": self.district, "pin": self.pin}
        if self.village_code:  # absent, not empty, for an address outside the ring (older readers unchanged)
            out["village_code"] = self.village_code
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Address:
        d = d or {}
        return cls(**{k: str(d.get(k, "")) for k in ("house", "street", "village", "taluka", "district", "pin",
                                                      "village_code")})

    def one_line(self) -> str:
        return ", ".join(p for p in (self.house, self.street, self.village, self.taluka, self.district) if p) + (
            f" {self.pin}" if self.pin else "")


@dataclass(frozen=True)
class AadhaarRef:
    """All the kiosk ever keeps of an Aadhaar number (UIDAI's data-vault rule: store no full numbers)."""

    last4: str
    reference_id: str = ""
    verified: bool = False

    def masked(self) -> str:
        return f"XXXX XXXX {self.last4}"


@dataclass(frozen=True)
class Consent:
    """The notice the citizen was shown and accepted (DPDP Act: itemised, in their language)."""

    language: str
    text_version: str
    accepted_at: datetime
    whatsapp_opt_in: bool = False


@dataclass(frozen=True)
class Applicant:
    name_en: NameParts
    name_mr: NameParts = field(default_factory=NameParts)
    dob: date | None = None
    gender: str = ""
    mobile: str = ""
    email: str = ""
    address: Address = field(default_factory=Address)
    category: str = ""
    aadhaar: AadhaarRef | None = None

    def display_name(self, language: str = "en") -> str:
        if language in ("mr", "hi") and not self.name_mr.is_empty():
            return self.name_mr.full()
        return self.name_en.full() or self.name_mr.full()

    def age_on(self, day: date) -> int | None:
        if self.dob is None:
            return None
        years = day.year - self.dob.year
        if (day.month, day.day) < (self.dob.month, self.dob.day):
            years -= 1
        return years
