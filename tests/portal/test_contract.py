"""The contract, the simulator and the error vocabulary stay in step; the portal package stays apart."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import yaml

from kiosk.portal import codes
from kiosk.portal.simulator.routes import ROUTES

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "kiosk/portal/openapi.yaml").read_text("utf-8"))
PORTAL = Path(__file__).resolve().parents[2] / "kiosk" / "portal"


def _spec_pattern(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")


def test_every_simulator_route_is_in_the_contract() -> None:
    assert SPEC["openapi"].startswith("3.1")
    for method, pattern, *_ in ROUTES:
        example = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: "a" * 64 if m.group(1) == "sha" else "X1", pattern.pattern)
        example = example.strip("^$")
        matches = [p for p in SPEC["paths"] if _spec_pattern(p).match(example)]
        assert matches, f"{method} {example} is not in openapi.yaml"
        assert method.lower() in SPEC["paths"][matches[0]], f"{method} {matches[0]} missing"


def test_error_codes_match_the_vocabulary() -> None:
    listed = set(SPEC["components"]["schemas"]["ErrorCode"]["enum"])
    assert listed == set(codes.CODES)
    for code in codes.CODES:
        en, mr = codes.message(code)
        assert en and re.search("[\u0900-\u097f]", mr)  # Marathi text really is Devanagari
        assert re.search("[\u0900-\u097f]", codes.hindi(code) or "")  # and a Hindi screen reads Hindi


def test_portal_package_never_imports_store_sync_or_ui() -> None:
    forbidden = ("kiosk.store", "kiosk.sync", "kiosk.ui", "PySide6")
    for py in PORTAL.rglob("*.py"):
        for node in ast.walk(ast.parse(py.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not name.startswith(forbidden), f"{py} imports {name}"


def test_a_hindi_screen_reads_a_portal_refusal_in_hindi_unless_the_portal_said_more() -> None:
    from kiosk.portal.outcome import rejected

    generic = rejected(422, "VALIDATION_FAILED")
    assert generic.reason("hi") == "आवेदन पोर्टल की जाँच में विफल रहा।" == codes.hindi("VALIDATION_FAILED")
    assert generic.reason("mr") == codes.message("VALIDATION_FAILED")[1] and generic.reason("en").startswith("The ")
    specific = rejected(422, "VALIDATION_FAILED", "Name differs between the documents.", "कागदपत्रांमध्ये नाव वेगवेगळे आहे.")
    assert specific.reason("hi") == "कागदपत्रांमध्ये नाव वेगवेगळे आहे."  # a specific reason in Devanagari beats a generic one
    assert codes.hindi("NOT_A_CODE") is None and rejected(400, "NOT_A_CODE").reason("hi") == "पोर्टल त्रुटी NOT_A_CODE."


def test_every_hub_operation_declares_its_scope_401_and_403_as_the_simulator_enforces() -> None:
    from kiosk.portal.simulator.routes import required_scope

    declared = set(SPEC["components"]["securitySchemes"]["hubClient"]["flows"]["clientCredentials"]["scopes"])
    for method, pattern, _fn, needs_login, _scope in ROUTES:
        example = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: "a" * 64 if m.group(1) == "sha" else "X1", pattern.pattern)
        example = example.strip("^$")
        path = next(p for p in SPEC["paths"] if _spec_pattern(p).match(example))
        op = SPEC["paths"][path][method.lower()]
        if not needs_login:
            assert op.get("security") == [], f"{method} {path} needs no login and must say so"
            continue
        (requirement,) = op["security"]
        assert requirement == {"hubClient": [required_scope(method, example)]}, (method, path, requirement)
        assert set(requirement["hubClient"]) <= declared
        assert {"401", "403"} <= set(op["responses"]), f"{method} {path} must document 401 and 403"
