"""`seva-kiosk void` (supervisors only, before the portal could have it, audited) and account problems told
wholly in the operator's language."""

from __future__ import annotations

import json

import pytest

from kiosk.app import build_context
from kiosk.domain.intake import take_application
from kiosk.domain.status import Status
from kiosk.security.verify import chain_keys, verify_chain
from kiosk.store.hub import Hub, has_hub, save_hub
from kiosk.store.outbox import claim_next
from tests.forms import income_form
from tests.security.test_cli import BOSS_PW, OP_PW, Kiosk, kiosk, staffed  # noqa: F401, F811 - fixtures


def take(home, operator: str = "op1"):  # type: ignore[no-untyped-def]
    ctx = build_context(home, "en")
    if not has_hub(ctx.database()):
        save_hub(ctx.database(), Hub("MH-PUN-HVL-0042", "Wagholi Hub", "वाघोली केंद्र", "490", "4193", ("Wagholi",)))
    try:
        result = take_application(income_form(), catalogue=ctx.catalogue(), calendar=ctx.calendar(),
                                  hub_code=ctx.hub().code, operator=operator, now=ctx.now(), today=ctx.today())
        assert result.application is not None
        return ctx.applications().save_new(result.application)
    finally:
        ctx.close()


def test_a_supervisor_voids_a_queued_application_and_it_is_audited(staffed: Kiosk) -> None:  # noqa: F811 - the fixture
    app = take(staffed.home)
    code, _out, err = staffed("void", app.receipt_number, "--reason", "duplicate", "--as", "op1", stdin=OP_PW + "\n")
    assert code != 0 and "supervisor" in err.lower()  # an operator may not void
    code, out, err = staffed("void", app.receipt_number, "--reason", "duplicate", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0, err
    assert app.receipt_number in out and "Refund" in out and "₹" in out
    code, out, _ = staffed("show", app.receipt_number, "--json")
    assert json.loads(out)["status"] == str(Status.VOIDED)
    ctx = build_context(staffed.home, "en")
    try:
        store = ctx.database()
        entries = store.query("SELECT actor, action, ids FROM audit_log ORDER BY seq")
        voided = [e for e in entries if e["action"] == "application.voided"]
        assert len(voided) == 1 and voided[0]["actor"] == "boss"
        assert json.loads(voided[0]["ids"]) == {"receipt": app.receipt_number, "reason": "duplicate"}
        assert any(e["action"] == "application.saved" and e["actor"] == "op1" for e in entries)
        assert verify_chain(store, chain_keys(store)).ok
    finally:
        ctx.close()


def test_void_after_sending_started_is_refused_in_the_operators_language(staffed: Kiosk) -> None:  # noqa: F811 - the fixture
    app = take(staffed.home)
    ctx = build_context(staffed.home, "en")
    try:
        assert claim_next(ctx.database(), 0.0) is not None  # a sync took it: the portal may have it now
    finally:
        ctx.close()
    code, _out, err = staffed("void", app.receipt_number, "--reason", "wrong_service", "--as", "boss",
                              stdin=BOSS_PW + "\n", lang="mr")
    assert code != 0 and app.receipt_number in err and "रद्द करता येणार नाही" in err and "Traceback" not in err
    with pytest.raises(SystemExit):  # argparse refuses a free-text reason before anything runs
        staffed("void", app.receipt_number, "--reason", "bogus", "--as", "boss", stdin=BOSS_PW + "\n")
    assert "invalid choice" in staffed.capsys.readouterr().err


def test_account_problems_are_told_wholly_in_the_operators_language(staffed: Kiosk) -> None:  # noqa: F811
    code, _out, err = staffed("users", "add", "x", "--name", "Ravi", "--as", "boss", stdin=BOSS_PW + "\n", lang="mr")
    assert code != 0 and "वापरकर्ता नाव 3-32" in err and "letters" not in err
    code, _out, err = staffed("users", "add", "ravi2", "--name", "", "--as", "boss", stdin=BOSS_PW + "\n", lang="mr")
    assert code != 0 and "दाखवायचे नाव" in err and "printable" not in err


def test_the_command_line_speaks_hindi_too(staffed: Kiosk) -> None:  # noqa: F811 - the fixture
    code, _out, err = staffed("users", "add", "x", "--name", "Ravi", "--as", "boss", stdin=BOSS_PW + "\n", lang="hi")
    assert code != 0 and "उपयोगकर्ता नाम 3-32" in err and "letters" not in err and "वापरकर्ता" not in err
    code, _out, err = staffed("users", "passwd", "boss", stdin=f"{BOSS_PW}\nasha\nasha\n", lang="hi")
    assert code != 0 and "कम से कम 8 अक्षर रखें।" in err and "अक्षरे" not in err  # password rules in Hindi
    app = take(staffed.home)
    code, out, _err = staffed("void", app.receipt_number, "--reason", "duplicate", "--as", "boss",
                              stdin=BOSS_PW + "\n", lang="hi")
    assert code == 0 and "रद्द किया गया (आवेदन गलती से दो बार लिया गया)। नागरिक को" in out
