"""The technician's start-ups are parsed with argparse like every other flag (``--self-test``,
``--check-update [--home DIR] [--lang mr|hi|en]``, ``--screenshots DIR [--lang …]``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.app import main
from kiosk.technician import technician_parser


def test_each_start_up_and_its_options_are_parsed() -> None:
    parser = technician_parser()
    update = parser.parse_args(["--check-update", "--home", "/srv/kiosk", "--lang", "hi"])
    assert update.check_update and not update.self_test and update.home == "/srv/kiosk" and update.lang == ["hi"]
    shots = parser.parse_args(["--screenshots", "out", "--lang", "mr", "--lang", "en"])
    assert shots.screenshots == Path("out") and shots.lang == ["mr", "en"]
    assert parser.parse_args(["--self-test"]).self_test


@pytest.mark.parametrize("argv", [["--self-test", "--check-update"], ["--check-update", "--lang", "fr"],
                                  ["--self-test", "--bogus"]])
def test_a_wrong_start_up_line_is_a_usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2 and "usage" in capsys.readouterr().err
