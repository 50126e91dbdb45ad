"""Run the real CLI in-process (so it sees the in-memory keyring) and make a signed-in-able supervisor."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.app import build_context

BOSS_PW = "Sahyadri#2026"
TEMP = re.compile(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")


def run_cli(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str,
            stdin: str = "", lang: str = "en") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.run(["--lang", lang, *argv], lambda args: build_context(home, args.lang))
    out = capsys.readouterr()
    return code, out.out, out.err


def add_supervisor(home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                   hasher: object) -> str:
    """First account 'boss' (cheap Argon2 for speed), past its temporary password; returns the password."""
    monkeypatch.setattr("kiosk.security.auth.default_hasher", lambda: hasher)
    monkeypatch.setattr("kiosk.security.users.default_hasher", lambda: hasher)
    code, out, err = run_cli(home, capsys, monkeypatch, "users", "add", "boss", "--name", "Asha")
    assert code == 0, err
    temp = TEMP.search(out).group(0)  # type: ignore[union-attr]
    code, _, err = run_cli(home, capsys, monkeypatch, "users", "passwd", "boss",
                           stdin=f"{temp}\n{BOSS_PW}\n{BOSS_PW}\n")
    assert code == 0, err
    return BOSS_PW
