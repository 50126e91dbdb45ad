"""The ring's villages as the domain checks them: both names in their scripts, an optional LGD code, a
Maharashtra PIN; a picked name found whatever its case or script; a code an application may carry."""

from __future__ import annotations

import pytest

from kiosk.domain.messages import describe
from kiosk.domain.ring import (
    RingRefused,
    RingVillage,
    checked_village,
    match_village,
    plain_village,
    ring_code,
)


def test_a_village_is_checked_and_normalised() -> None:
    v = checked_village("  Wagholi ", "वाघोली", "556677", "४१२२०७")  # Devanagari digits folded
    assert v == RingVillage("Wagholi", "वाघोली", "556677", "412207")
    assert v.code == "556677" and v.caption() == "Wagholi — वाघोली"
    assert RingVillage("Perne", "पेरणे", key=4).code == "ring-4"  # no LGD code: the ring's own key


@pytest.mark.parametrize(("en", "mr", "lgd", "pin", "why"), [
    ("Wagholi", "", "", "", "names_needed"),
    ("वाघोली", "Wagholi", "", "", "scripts"),
    ("Wagholi", "वाघोली", "55A", "", "bad_lgd"),
    ("Wagholi", "वाघोली", "1234567", "", "bad_lgd"),
    ("Wagholi", "वाघोली", "", "110001", "bad_pin"),
])
def test_a_bad_village_is_refused_in_the_operators_language(en: str, mr: str, lgd: str, pin: str, why: str) -> None:
    with pytest.raises(RingRefused) as caught:
        checked_village(en, mr, lgd, pin)
    assert caught.value.params["why"] == why
    mr_text = describe(caught.value, "mr")
    assert mr_text.startswith("गावांचा समूह") and "{" not in mr_text


def test_a_picked_or_typed_name_finds_its_village() -> None:
    ring = [RingVillage("Wagholi", "वाघोली", "556677", "412207", 1), RingVillage("Perne", "पेरणे", "", "", 2)]
    assert match_village(ring, "Wagholi — वाघोली") is ring[0]  # the picker's caption
    assert match_village(ring, "  wagholi ") is ring[0]
    assert match_village(ring, "पेरणे") is ring[1]
    assert match_village(ring, "ring-2") is ring[1] and match_village(ring, "556677") is ring[0]
    assert match_village(ring, "Lonikand") is None and match_village(ring, "") is None


def test_plain_names_go_to_their_script_and_codes_are_checked() -> None:
    assert plain_village("Wagholi") == RingVillage("Wagholi", "")
    assert plain_village("लोणीकंद") == RingVillage("", "लोणीकंद")
    assert [ring_code(c) for c in ("556677", "ring-3", "Wagholi", "1234567", "")] == ["556677", "ring-3", "", "", ""]
