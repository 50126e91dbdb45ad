"""`seva-kiosk appeal RECEIPT --level 1|2|3 --reason CODE [--late-reason TEXT]` (issue 17): refused in plain
words in the operator's language, filed with the authority and its deadline, the Commission with none."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.app import KioskContext
from kiosk.domain.status import Status
from tests.counter.conftest import saved
from tests.security.cli_helpers import run_cli


def test_appeal_from_the_command_line(ctx: KioskContext, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home, apps = ctx.paths.home, ctx.applications()
    app = saved(ctx.use_cases())
    apps.set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-7")
    receipt = app.receipt_number
    code, _, err = run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "1", "--reason", "no_decision",
                           lang="mr")
    assert code == 1 and "अर्ज नामंजूर झालेला नाही" in err  # neither rejected nor late: said in Marathi
    code, _, err = run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "2", "--reason", "other")
    assert code == 1 and "appeal 1 must be filed first" in err
    apps.set_status(app.uuid, Status.REJECTED, decided_on=ctx.today() - timedelta(days=40))
    code, _, err = run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "1", "--reason", "rejected_wrongly")
    assert code == 1 and "give a reason for the delay" in err
    code, out, err = run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "1", "--reason",
                             "rejected_wrongly", "--late-reason", "was in hospital", "--check")
    assert code == 0 and "can be filed today" in out, err
    code, out, err = run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "1", "--reason",
                             "rejected_wrongly", "--late-reason", "was in hospital")
    assert code == 0, err
    assert f"Appeal 1 filed for {receipt}" in out and "(30 working days)" in out and "was in hospital" in out
    assert apps.get(app.uuid).status == Status.FIRST_APPEAL
    code, _, err = run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "1", "--reason", "other")
    assert code == 1 and "already filed" in err
    with pytest.raises(SystemExit):  # argparse: not one of the reason codes
        run_cli(home, capsys, monkeypatch, "appeal", receipt, "--level", "3", "--reason", "bribe")


def test_a_third_appeal_prints_no_guessed_deadline(ctx: KioskContext, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.store.appeals import record_order

    home, apps = ctx.paths.home, ctx.applications()
    app = saved(ctx.use_cases())
    apps.set_status(app.uuid, Status.SUBMITTED, portal_number="MHSIM-8")
    apps.set_status(app.uuid, Status.REJECTED, decided_on=ctx.today())
    for level in (1, 2):
        code, _, err = run_cli(home, capsys, monkeypatch, "appeal", app.receipt_number, "--level", str(level),
                               "--reason", "rejected_wrongly")
        assert code == 0, err
        with ctx.database().write() as conn:
            record_order(conn, app.uuid, level, ctx.today(), "dismissed")
    out_pdf = ctx.paths.home / "appeal3.pdf"
    code, out, err = run_cli(home, capsys, monkeypatch, "appeal", app.receipt_number, "--level", "3",
                             "--reason", "order_not_followed", "--out", str(out_pdf), lang="mr")
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF") and str(out_pdf) in out
    assert "राज्य सेवा हक्क आयोग" in out and "कालमर्यादा निश्चित माहीत नाही" in out
    assert "60" not in out and "पर्यंत (" not in out
    code, out, _ = run_cli(home, capsys, monkeypatch, "appeal", app.receipt_number, "--level", "3",
                           "--reason", "other", "--json")
    assert code == 1
