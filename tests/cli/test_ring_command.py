"""``seva-kiosk ring list|add|remove``: a supervisor changes the hub's ring (an operator may not), each
change refused in one line when wrong, audited under the supervisor's name and queued for the portal."""

from __future__ import annotations

import json

from kiosk.app import build_context
from tests.security.conftest import hasher  # noqa: F401 - the fixture staffed needs
from tests.security.test_cli import BOSS_PW, OP_PW, Kiosk, kiosk, staffed  # noqa: F401 - fixtures


def test_a_supervisor_keeps_the_ring(staffed: Kiosk) -> None:  # noqa: F811 - the fixture
    code, out, err = staffed("init", "--hub", "MH-PUN-HVL-0042", "--name-en", "Seva Hub Wagholi", "--name-mr",
                             "सेवा केंद्र वाघोली", "--district", "Pune", "--taluka", "Haveli", "--village", "Wagholi",
                             "--village", "लोणीकंद")
    assert code == 0, err
    code, out, _ = staffed("ring", "list", "--json")
    assert [(v["code"], v["name_en"], v["name_mr"]) for v in json.loads(out)] == [
        ("ring-1", "Wagholi", ""), ("ring-2", "", "लोणीकंद")]

    code, _, err = staffed("ring", "add", "--en", "Perne", "--mr", "पेरणे", "--as", "op1", stdin=OP_PW + "\n")
    assert code == 1 and "supervisor" in err.lower()  # an operator may not change the ring
    code, _, err = staffed("ring", "add", "--en", "Perne", "--mr", "Perne", "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 1 and err.splitlines()[-1] == ("seva-kiosk: The ring cannot be changed: write the English name "
                                                 "in Latin letters and the Marathi name in Devanagari.")
    code, out, err = staffed("ring", "add", "--en", "Lonikand", "--mr", "लोणीकंद", "--pin", "412216",
                             "--as", "boss", stdin=BOSS_PW + "\n")
    assert code == 0 and "ring-2" in out, err  # the Marathi-only village completed, same code
    code, out, err = staffed("ring", "add", "--en", "Perne", "--mr", "पेरणे", "--lgd", "556701", "--as", "boss",
                             stdin=BOSS_PW + "\n")
    assert code == 0 and "code 556701" in out, err
    code, out, err = staffed("ring", "remove", "Wagholi", "--as", "boss", stdin=BOSS_PW + "\n", lang="mr")
    assert code == 0 and "समूहातून काढले" in out, err

    code, out, _ = staffed("ring", "list")
    assert out.splitlines() == ["ring-2\tLonikand\tलोणीकंद\tPIN 412216", "556701\tPerne\tपेरणे\tPIN —"]
    ctx = build_context(staffed.home, "en")
    try:
        store = ctx.database()
        assert [(r[0], r[1]) for r in store.query("SELECT actor, action FROM audit_log WHERE action LIKE 'ring.%' "
                                                  "ORDER BY seq")] == [
            ("boss", "ring.complete"), ("boss", "ring.add"), ("boss", "ring.remove")]
        queued = [json.loads(r[0]) for r in store.query("SELECT payload FROM outbox WHERE kind = 'ring' ORDER BY id")]
        assert [q["version"] for q in queued] == [1, 2, 3]
        assert [v["code"] for v in queued[-1]["villages"]] == ["ring-2", "556701"]
    finally:
        ctx.close()
