"""``seva-kiosk verify-calls`` (issue 18): the quality agency's call list — the real CLI in-process against
the simulator over loopback and a real SQLite hub. Only sampled applications whose citizen ticked the
consent appear; the file holds only the allowed columns; a hostile name cannot run as a formula; offline
nothing is written; the export is audited with ids only."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import KioskContext
from kiosk.domain.verification import COLUMNS, CONSENT_FIELD, CONSENT_KEY
from kiosk.portal.simulator import PortalSimulator, verification
from kiosk.store.hub import set_setting
from tests.forms import income_form
from tests.security.cli_helpers import BOSS_PW, add_supervisor, run_cli
from tests.security.conftest import hasher  # noqa: F401 - the fixture add_supervisor needs
from tests.sync.conftest import sim_config
from tests.sync.test_delivery_channels import sync, take


@pytest.fixture
def sim() -> Iterator[PortalSimulator]:
    with PortalSimulator(sim_config()) as running:
        yield running


def citizen(i: int, consent: Any, **changes: Any) -> dict[str, Any]:
    form = income_form(applicant__mobile=f"98220{i:05d}", applicant__dob=f"{10 + i:02d}-03-1980", **changes)
    del form["applicant"]["aadhaar"]  # each citizen her own; no Aadhaar shared between them
    if consent is not None:
        form[CONSENT_FIELD] = consent
    return form


def rows_of(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM, as `export`: a spreadsheet reads Devanagari right
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_only_consenting_sampled_citizens_with_only_the_allowed_columns(
        ctx: KioskContext, sim: PortalSimulator, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, hasher: object, tmp_path: Path) -> None:  # noqa: F811
    home = ctx.paths.home
    add_supervisor(home, capsys, monkeypatch, hasher)
    consenting = [take(ctx, citizen(1, True)), take(ctx, citizen(2, "yes")),
                  take(ctx, citizen(3, True))]
    with ctx.database().write() as conn:  # the intake refuses such a name; an older or restored store may not
        conn.execute("UPDATE applicants SET first_mr = ?, surname_mr = '+Patil' WHERE app_id = "
                     "(SELECT rowid FROM applications WHERE uuid = ?)", ("=cmd|' /C calc'!A0", consenting[2]))
    refusing = [take(ctx, citizen(4, False)), take(ctx, citizen(5, None)), take(ctx, citizen(6, ""))]
    apps = ctx.applications()
    assert all(apps.get(u).extra.get(CONSENT_KEY) for u in consenting)
    assert not any(apps.get(u).extra.get(CONSENT_KEY) for u in refusing)  # never assumed
    sync(ctx, sim)
    set_setting(ctx.database(), "portal.url", sim.url)
    set_setting(ctx.database(), "portal.training", "1")  # the simulator's published demo credentials
    monkeypatch.setattr(verification, "RATE", 1.0)  # the agency samples everyone: consent alone decides
    month = ctx.today().isoformat()[:7]
    out = tmp_path / "calls.csv"

    code, said, err = run_cli(home, capsys, monkeypatch, "verify-calls", "--month", month, "--out", str(out),
                              "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0, err
    assert f"3 of the 6 sampled applications of {month}" in said
    rows = rows_of(out)
    assert tuple(rows[0]) == COLUMNS
    receipts = {apps.get(u).receipt_number: u for u in consenting + refusing}
    assert sorted(r[0] for r in rows[1:]) == sorted(apps.get(u).receipt_number for u in consenting)
    by_receipt = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]}
    first = by_receipt[apps.get(consenting[0]).receipt_number]
    assert (first["first_name"], first["surname"], first["name_en"]) == ("सुनीता", "क्षीरसागर", "Sunita Kshirsagar")
    assert first["mobile"] == "9822000001" and first["language"] == "mr" and first["taken_on"] == ctx.today().isoformat()
    assert first["service"] == "Income certificate"
    hostile = by_receipt[apps.get(consenting[2]).receipt_number]
    assert hostile["first_name"].startswith("'=") and hostile["surname"] == "'+Patil"  # text, never a formula
    text = out.read_text("utf-8-sig")
    for private in ("2341", "1980", "Shivaji Chowk", "412207", "Wagholi", "Asha", "Ganesh", "sunita@example.org"):
        assert private not in text  # no Aadhaar, birth date, address, parents' names, e-mail
    assert set(receipts) >= set(by_receipt)

    audit = ctx.database().query_tuples("SELECT actor, ids FROM audit_log WHERE action = 'verification.exported'")
    assert [(a, json.loads(i)) for a, i in audit] == [("boss", {"month": month, "sampled": 6, "written": 3})]


def test_offline_says_so_and_writes_nothing(ctx: KioskContext, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch, hasher: object,  # noqa: F811
                                            tmp_path: Path) -> None:
    home = ctx.paths.home
    add_supervisor(home, capsys, monkeypatch, hasher)
    take(ctx, citizen(1, True))
    set_setting(ctx.database(), "portal.url", "http://127.0.0.1:9")  # nothing listens there
    set_setting(ctx.database(), "portal.training", "1")
    out = tmp_path / "calls.csv"
    code, said, err = run_cli(home, capsys, monkeypatch, "verify-calls", "--month", "2026-12", "--out", str(out),
                              "--as", "boss", stdin=BOSS_PW + "\n", lang="mr")
    assert code == 1 and said == "" and "पोर्टलशी संपर्क झाला नाही" in err and "काहीही लिहिले नाही" in err
    assert not out.exists() and not list(tmp_path.glob("calls*"))
    assert not ctx.database().query_tuples("SELECT 1 FROM audit_log WHERE action = 'verification.exported'")
    code, _, err = run_cli(home, capsys, monkeypatch, "verify-calls", "--month", "2026-13", "--out", str(out),
                           "--as", "boss", stdin=BOSS_PW + "\n", lang="hi")
    assert code == 2 and "YYYY-MM" in err and "महीना" in err and not out.exists()
