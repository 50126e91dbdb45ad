"""`seva-kiosk outbox ring-key | export | import` as a supervisor meets them (the real CLI, in-process so it
shares the test keyring): the ring key never on the command line, a repeat import that says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import KioskContext
from kiosk.sync.bundle import ring_key
from tests.security.cli_helpers import run_cli
from tests.sync.carriers import CARRIER, CARRIER_SECRET, HOME, HOME_SECRET, carrier_kiosk, log_in
from tests.sync.conftest import take_apps

KEY = "5e" * 32


def test_ring_key_is_read_from_stdin_or_a_file_and_refused_as_an_argument(
        ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    home = ctx.paths.home
    # the ring key is the keyring's business: neither installing it nor refusing one opens the database
    monkeypatch.setattr("kiosk.app.KioskContext.database", lambda self: pytest.fail("the store was opened"))
    code, out, err = run_cli(home, capsys, monkeypatch, "outbox", "ring-key", "--stdin", stdin=f"{KEY}\n")
    assert code == 0, err
    assert ring_key().hex() == KEY and KEY not in out + err
    key_file = tmp_path / "ring.key"
    key_file.write_text(f"{'a7' * 32}\n")
    code, out, err = run_cli(home, capsys, monkeypatch, "outbox", "ring-key", "--file", str(key_file))
    assert code == 0 and ring_key().hex() == "a7" * 32, err
    code, out, err = run_cli(home, capsys, monkeypatch, "outbox", "ring-key", "--set", KEY)
    assert code == 1 and "never given on the command line" in err and KEY not in err
    code, out, err = run_cli(home, capsys, monkeypatch, "outbox", "export", "/media/usb", "--set", KEY)
    assert code == 1 and "never given on the command line" in err
    assert ring_key().hex() == "a7" * 32, "a key given as an argument is not installed"
    code, _, err = run_cli(home, capsys, monkeypatch, "outbox", "ring-key", "--stdin", stdin="\n")
    assert code == 1 and "No ring key could be read" in err
    code, _, err = run_cli(home, capsys, monkeypatch, "outbox", "ring-key", "--stdin", stdin="abc\n")
    assert code == 1 and "64 hex digits" in err
    # no source: a new key, alone on stdout (to redirect into a file for the other kiosks), the advice on stderr
    code, out, err = run_cli(home, capsys, monkeypatch, "outbox", "ring-key")
    assert code == 0 and out.strip() == ring_key().hex() and "--stdin" in err


def test_export_then_a_repeat_import_says_already_carried_nothing_new(
        ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    log_in(ctx, "http://127.0.0.1:9", HOME, HOME_SECRET)
    carrier = carrier_kiosk(tmp_path / "carrier")
    log_in(carrier, "http://127.0.0.1:9", CARRIER, CARRIER_SECRET)
    carrier_home = carrier.paths.home
    carrier.close()
    take_apps(ctx, 2)
    usb = tmp_path / "usb"
    run_cli(ctx.paths.home, capsys, monkeypatch, "outbox", "ring-key", "--stdin", stdin=KEY)
    code, out, err = run_cli(ctx.paths.home, capsys, monkeypatch, "outbox", "export", str(usb))
    assert code == 0, err
    assert f"sealed for the ring and signed by hub {HOME} (applications: 2, documents: 2)" in out
    assert "can no longer be voided" in out
    bundle = next(usb.glob("*.skb"))
    code, out, err = run_cli(carrier_home, capsys, monkeypatch, "outbox", "import", str(bundle))
    assert code == 0 and out.startswith("Carried applications of hub") and "queued: 2" in out, (out, err)
    code, out, err = run_cli(carrier_home, capsys, monkeypatch, "outbox", "import", str(bundle))
    assert code == 0 and out.startswith("Already carried, nothing new"), (out, err)
    code, out, _ = run_cli(carrier_home, capsys, monkeypatch, "outbox", "import", str(bundle), lang="mr")
    assert out.startswith("आधीच वाहून आणले, नवीन काही नाही")
    code, out, err = run_cli(ctx.paths.home, capsys, monkeypatch, "outbox", "export", str(usb), lang="hi")
    assert code == 0 and "हब" in out and "आवेदन: 2" in out  # the two still wait at home: carried again


def test_export_without_a_portal_login_is_refused_before_anything_is_marked(
        ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.store.hub import set_setting
    from kiosk.store.outbox import counts

    set_setting(ctx.database(), "portal.training", "0")
    take_apps(ctx, 1)
    run_cli(ctx.paths.home, capsys, monkeypatch, "outbox", "ring-key", "--stdin", stdin=KEY)
    code, out, err = run_cli(ctx.paths.home, capsys, monkeypatch, "outbox", "export", str(tmp_path / "usb"))
    assert code == 1 and "cannot sign a bundle" in err
    assert counts(ctx.database())["pending"] == 1 and not (tmp_path / "usb").exists()


def test_the_whole_carry_and_return_as_a_supervisor_types_it(
        ctx: KioskContext, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.portal.simulator import PortalSimulator
    from tests.sync.carriers import ring_config
    from tests.sync.conftest import sim_admin

    with PortalSimulator(ring_config()) as sim:
        log_in(ctx, sim.url, HOME, HOME_SECRET)
        carrier = carrier_kiosk(tmp_path / "carrier")
        log_in(carrier, sim.url, CARRIER, CARRIER_SECRET)
        carrier_home = carrier.paths.home
        carrier.close()
        take_apps(ctx, 1)
        usb = tmp_path / "usb"

        def cli(home: Path, *argv: str, stdin: str = "") -> str:
            code, out, err = run_cli(home, capsys, monkeypatch, *argv, stdin=stdin)
            assert code == 0, (argv, out, err)
            return out

        cli(ctx.paths.home, "outbox", "ring-key", "--stdin", stdin=KEY)
        cli(ctx.paths.home, "outbox", "export", str(usb))
        cli(carrier_home, "outbox", "import", str(next(usb.glob("seva-bundle-*.skb"))))
        assert cli(carrier_home, "sync", "--once", "--quiet").startswith("sent 1,")
        [app] = sim_admin(sim, "applications")["applications"]
        assert app["hub_id"] == HOME
        sim_admin(sim, "decide", {"application_id": app["id"], "status": "approved"})
        out = cli(carrier_home, "outbox", "return", str(usb))
        assert "(status changes: 2, certificates: 1)" in out and "import it there" in out
        out = cli(ctx.paths.home, "outbox", "import", str(next(usb.glob("seva-return-*.skb"))))
        assert out.startswith("Answers brought home for hub") and "certificates ready: 1" in out
