"""Schemathesis — a client nobody here wrote — against the simulator, with nothing but ``openapi.yaml``.

Every operation in the contract, positive and negative examples (the schema's own examples, its
boundaries, then a bounded fuzz with a fixed seed), through the real HTTP server in its own process (so
the server has a core of its own while the generator uses the other). A case fails on any 5xx, a dropped
connection, a response or status code or header the contract does not describe, a schema-valid request
refused or a schema-violating one accepted: the simulator and the contract must agree.

Idempotency keys: schemathesis reuses a few keys for different bodies, which the contract rightly
answers 422 ``IDEMPOTENCY_KEY_REUSED``; a well-formed generated key is made unique per case so that a
valid body is judged on its own. Malformed keys are sent as generated.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance

from kiosk.portal.simulator import spawn_simulator
from kiosk.portal.simulator.process import SimulatorProcess

SPEC = Path(__file__).resolve().parents[2] / "kiosk" / "portal" / "openapi.yaml"
SEED = 20261203
# per operation in the fuzzing phase (the examples and coverage phases add their own): 4,599 cases over the
# 20 operations, ~120 CPU-seconds in all (pytest and the simulator), so about a minute on two free cores
EXAMPLES = 200
HUB, SECRET = "st-hub-a", "schemathesis-hub-a-secret"
ALLOWED_WHEN_VALID = {401, 403, 404, 409, 429}  # as schemathesis: no token, not yours/unknown, busy
# a well-formed request the portal refuses on its merits: a service it does not offer, documents it lacks,
# an appeal out of turn, documents nobody asked for, bytes that do not hash right, a relay whose home-hub
# signature does not verify
BUSINESS_REFUSALS = {"UNKNOWN_SERVICE", "DOCUMENTS_MISSING", "APPEAL_NOT_ALLOWED", "NOT_PENDING", "CHECKSUM_MISMATCH",
                     "RELAY_NOT_ACCEPTED"}
REJECTED = [400, 401, 403, 404, 405, 406, 409, 411, 413, 415, 422]  # 413: a declared document over 25 MB

CONFIG = schemathesis.Config.from_dict({
    "seed": SEED,
    "cache": {"enabled": False},  # no crash files replayed from an earlier run: the same cases every run
    "generation": {"mode": "all", "max-examples": EXAMPLES, "database": "none",
                   "allow-extra-parameters": False},  # an extra HTTP header is no contract breach
    "checks": {"negative_data_rejection": {"expected-statuses": REJECTED}},
})
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")
_keys = itertools.count()
KEY = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")  # the contract's Idempotency-Key
CASES = 0


@dataclass
class Portal:
    url: str
    auth: dict[str, str]
    ids: tuple[str, str]  # real applications of the hub: one approved (a certificate), one rejected (appealable)
    session: requests.Session  # one keep-alive connection (reopened after every answer that closes it)


@pytest.fixture(scope="module")
def portal() -> Iterator[Portal]:
    with spawn_simulator(["--seed", str(SEED), "--client", f"{HUB}:{SECRET}", "--decision-seconds", "3600"]) as proc:
        auth = {"Authorization": f"Bearer {_token(proc)}"}
        ids = (_decided(proc.url, auth, "approved"), _decided(proc.url, auth, "rejected"))
        with requests.Session() as session:
            yield Portal(proc.url, auth, ids, session)
        print(f"\nschemathesis: {CASES} cases sent", end=" ")


def _decided(url: str, auth: dict[str, str], status: str) -> str:
    service = requests.get(f"{url}/catalogue", headers=auth, timeout=10).json()["services"][0]["code"]
    body = {"service_code": service, "applicant": {"name": {"en": "Asha Patil", "mr": "आशा पाटील"}}}
    ack = requests.post(f"{url}/applications", json=body, headers={**auth, "Idempotency-Key": f"seed-{status}-0001"},
                        timeout=10)
    app_id: str = ack.json()["application_id"]
    requests.post(f"{url}/_sim/decide", json={"application_id": app_id, "status": status}, timeout=10)
    return app_id


def _token(proc: SimulatorProcess) -> str:
    resp = requests.post(f"{proc.url}/oauth/token", timeout=10,
                         data={"grant_type": "client_credentials", "client_id": HUB, "client_secret": SECRET})
    resp.raise_for_status()
    token: str = resp.json()["access_token"]
    return token


def valid_data_is_accepted(ctx: Any, response: Any, case: Any) -> bool | None:
    """Schemathesis' own positive-data check, except for the portal's business refusals: a well-formed
    application of a service the portal does not offer, or whose documents it lacks, is a 422 by design."""
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code in ALLOWED_WHEN_VALID:
        return None
    if response.status_code < 400 or response.status_code >= 500:
        return None
    code = _error_code(response)
    if response.status_code == 422 and code in BUSINESS_REFUSALS:
        return None
    raise AssertionError(f"a schema-valid request was refused: {response.status_code} {code} "
                         f"{response.text[:300]}")


def _error_code(response: Any) -> str:
    try:
        return str(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return ""


@schema.parametrize()
def test_the_simulator_keeps_the_contract(case: Any, portal: Portal) -> None:
    global CASES
    CASES += 1
    if case.meta is not None and case.meta.generation.mode.is_positive and CASES % 2:
        # every other well-formed case names one of the hub's real applications, so that the answers
        # about an existing application (status, certificate PDF, appeal, feedback) are checked too
        real = portal.ids[CASES // 2 % 2]
        if "application_id" in (case.path_parameters or {}):
            case.path_parameters["application_id"] = real
        if isinstance(case.body, dict) and isinstance(case.body.get("application_id"), str):
            case.body["application_id"] = real
    key = (case.headers or {}).get("Idempotency-Key")
    if isinstance(key, str) and KEY.match(key):
        case.headers["Idempotency-Key"] = f"{key[:80]}-{next(_keys)}"
    case.call_and_validate(base_url=portal.url, session=portal.session, headers=portal.auth, timeout=30, excluded_checks=[positive_data_acceptance],
                           additional_checks=[valid_data_is_accepted])
