"""Catalogue change sets: only what changed, applied exactly (digest-checked) or not at all."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from kiosk.domain.catalogue_delta import apply_change_set, change_set, document_digest, is_change_set
from kiosk.domain.errors import CatalogueError


def _doc(n: int = 6) -> dict[str, Any]:
    return {"catalogue_version": "v1", "published": "2026-12-01", "source": "s", "document_types": {},
            "services": [{"code": f"s{i}", "name": {"en": f"S{i}", "mr": f"से{i}"}} for i in range(n)]}


def test_a_change_set_holds_only_what_changed_and_rebuilds_the_new_document() -> None:
    old = _doc()
    new = copy.deepcopy(old)
    new["catalogue_version"] = "v2"
    new["services"][1]["rts_days"] = 9
    del new["services"][3]
    new["services"].insert(2, {"code": "fresh", "name": {"en": "F", "mr": "फ"}})
    new["services"].insert(0, {"code": "first", "name": {"en": "A", "mr": "अ"}})
    changes = change_set(old, new)
    assert is_change_set(changes) and changes["base_version"] == "v1"
    assert [s["code"] for s in changes["changed"]] == ["first", "s1", "fresh"] and changes["removed"] == ["s3"]
    assert changes["head"] == {"catalogue_version": "v2"}
    assert apply_change_set(old, json.loads(json.dumps(changes))) == new


def test_reordered_services_travel_with_their_order() -> None:
    old = _doc()
    new = copy.deepcopy(old)
    new["catalogue_version"] = "v2"
    new["services"].reverse()
    changes = change_set(old, new)
    assert changes["changed"] == [] and "order" in changes
    assert apply_change_set(old, changes) == new


def test_a_change_set_for_another_base_or_that_does_not_add_up_is_refused() -> None:
    old = _doc()
    new = dict(copy.deepcopy(old), catalogue_version="v2")
    new["services"][0]["name"]["mr"] = "नवे"
    changes = change_set(old, new)
    with pytest.raises(CatalogueError, match="is for v1"):
        apply_change_set(dict(old, catalogue_version="v0"), changes)
    other_base = copy.deepcopy(old)
    other_base["services"][4]["name"]["en"] = "drifted"  # same version name, different content
    with pytest.raises(CatalogueError, match="digest"):
        apply_change_set(other_base, changes)
    with pytest.raises(CatalogueError, match="malformed"):
        apply_change_set(old, dict(changes, changed=[{"no": "code"}]))


def test_the_digest_ignores_key_order_and_spacing() -> None:
    a = _doc()
    b = json.loads(json.dumps(a, indent=3, sort_keys=False))
    assert document_digest(a) == document_digest(b)
