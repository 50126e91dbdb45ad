"""The command line never shows a traceback: input it cannot take is one line, a reader that stops early
(``| head``) ends it quietly, a bug is one line with its frames in the log, and nothing it prints can drive
the terminal (escape codes in a file name are shown escaped)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_core_commands import REPO, run
from tests.forms import income_form

ESC_NAME = "\x1b[2J\x1b]8;;evil.example\x07red\x9b31m\u202e.json"


@pytest.fixture
def demo_home(kiosk_home: Path) -> Path:
    r = run(kiosk_home, "demo", "--count", "12")
    assert r.returncode == 0, r.stderr
    return kiosk_home


def one_line_error(r: subprocess.CompletedProcess[str]) -> None:
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr and r.stderr.startswith("seva-kiosk: ") and r.stderr.count("\n") == 1, r.stderr


def test_deeply_nested_json_to_new_is_one_line(demo_home: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text('{"a":' * 100_000 + "1" + "}" * 100_000, "utf-8")  # past Python's recursion limit
    r = run(demo_home, "new", str(deep))
    one_line_error(r)
    assert "nested deeper than any application form" in r.stderr
    # Deep enough to parse, far too deep for a form: refused before the form is looked at.
    r = run(demo_home, "new", "-", stdin=json.dumps(income_form(fields__purpose=[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]])))
    one_line_error(r)
    r = run(demo_home, "--lang", "mr", "new", "-", stdin="[" * 50_000 + "]" * 50_000)
    assert r.returncode == 1 and "JSON कोणत्याही अर्जापेक्षा खूप खोल" in r.stderr and "Traceback" not in r.stderr
    assert len(json.loads(run(demo_home, "list", "--json").stdout)) == 12  # nothing stored


def test_a_folder_given_to_outbox_import_is_one_line_naming_its_bundles(demo_home: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    r = run(demo_home, "outbox", "import", str(stick))
    one_line_error(r)
    assert "is a folder" in r.stderr and "(none)" in r.stderr
    (stick / "seva-bundle-MH-PUN-HVL-0042-20261203-101500.skb").write_bytes(b"x")
    r = run(demo_home, "outbox", "import", str(stick))
    one_line_error(r)
    assert "seva-bundle-MH-PUN-HVL-0042-20261203-101500.skb" in r.stderr


@pytest.mark.parametrize("args", [("list", "--json"), ("list",), ("search", "a"), ("services",)])
def test_a_reader_that_stops_early_ends_it_quietly(demo_home: Path, args: tuple[str, ...]) -> None:
    """``seva-kiosk list --json | head``: the pipe's reader is gone before the first write, every time."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `head` after its lines: every write now fails with EPIPE
    env = {**os.environ, "KIOSK_HOME": str(demo_home), "KIOSK_LANG": "en"}
    try:
        done = subprocess.run([sys.executable, "-m", "kiosk", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, env=env, cwd=REPO, timeout=120, check=False)
    finally:
        os.close(write_end)
    assert done.stderr == "" and done.returncode == 141  # 128 + SIGPIPE, as the shell reports for `yes | head`


def test_escape_codes_in_a_file_name_are_shown_escaped(demo_home: Path, tmp_path: Path) -> None:
    hostile = tmp_path / ESC_NAME
    hostile.write_text("{not json", "utf-8")
    for args in (("new", str(hostile)), ("outbox", "import", str(hostile)), ("new", str(tmp_path / ("gone" + ESC_NAME))),
                 ("show", ESC_NAME), ("catalogue", "install", str(hostile))):
        r = run(demo_home, *args)
        assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr
        shown = r.stdout + r.stderr
        assert not any(ch in shown for ch in "\x1b\x07\x9b\u202e"), repr(shown)
        assert "\\u001b[2J" in shown, repr(shown)


def test_an_unexpected_error_is_one_line_and_its_log_holds_no_input(monkeypatch: pytest.MonkeyPatch,
                                                                     kiosk_home: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A bug in a command: the operator reads one line naming the log; the log has the frames, and none of
    the values (an error's message can carry a citizen's name or number, and the log is plaintext)."""
    from kiosk import cli
    from kiosk.app import build_context
    from kiosk.commands import core

    def broken(_args: object, _ctx: object) -> int:
        raise ValueError("Sunita Kshirsagar 234123412346")

    monkeypatch.setattr(core, "cmd_show", broken)
    monkeypatch.delenv("KIOSK_TRACEBACK", raising=False)
    code = cli.run(["show", "x"], lambda _a: build_context(kiosk_home, "en"))
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err and "ValueError" in err
    assert "Sunita" not in err
    log = (kiosk_home / "logs" / "kiosk-cli.log").read_text("utf-8")
    assert "ValueError" in log and "broken" in log and "Sunita" not in log and "2341" not in log


def test_search_and_show_take_the_receipt_qr_text(demo_home: Path) -> None:
    newest = json.loads(run(demo_home, "list", "--json", "--limit", "1").stdout)[0]
    code = f"SK1|{newest['receipt_number']}|{newest['uuid']}"
    found = json.loads(run(demo_home, "search", code, "--json").stdout)
    assert [f["uuid"] for f in found] == [newest["uuid"]]
    shown = run(demo_home, "show", code, "--json")
    assert shown.returncode == 0 and json.loads(shown.stdout)["uuid"] == newest["uuid"]
