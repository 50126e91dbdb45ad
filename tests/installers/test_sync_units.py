"""The sync loop's two unattended launchers: the systemd user unit the .deb ships and the Task Scheduler XML
the Windows setup ships run a command the CLI really accepts, from where the installers put the program."""

from __future__ import annotations

import configparser
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.cli import build_parser

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def test_the_systemd_user_unit_runs_the_watcher_and_the_deb_installs_it() -> None:
    unit = configparser.ConfigParser(interpolation=None, strict=False)
    unit.read(INSTALLERS / "linux" / "seva-kiosk-sync.service", encoding="utf-8")
    argv = shlex.split(unit["Service"]["ExecStart"])
    assert argv[0] == "/usr/bin/seva-kiosk"  # the symlink build-deb.sh makes to /opt/seva-kiosk
    args = build_parser().parse_args(argv[1:])
    assert args.watch and args.handler.__name__ == "cmd_sync"
    assert unit["Service"]["KillSignal"] == "SIGTERM"  # finishes the item in hand, then exits 0
    assert unit["Install"]["WantedBy"] == "default.target"  # a user unit: the counter account's keyring
    deb = (INSTALLERS / "linux" / "build-deb.sh").read_text("utf-8")
    assert '"$root/usr/lib/systemd/user/seva-kiosk-sync.service"' in deb


def test_the_windows_task_runs_the_watcher_as_the_counter_account_and_setup_ships_it() -> None:
    root = ET.parse(INSTALLERS / "windows" / "seva-kiosk-sync.xml").getroot()  # UTF-16, as schtasks wants
    command = root.find(f"{TASK}Actions/{TASK}Exec/{TASK}Command")
    arguments = root.find(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments")
    assert command is not None and arguments is not None
    iss = (INSTALLERS / "windows" / "seva-kiosk.iss").read_text("utf-8")
    assert "DefaultDirName={autopf}\\Seva Kiosk" in iss and command.text == "C:\\Program Files\\Seva Kiosk\\seva-kiosk.exe"
    assert build_parser().parse_args(shlex.split(arguments.text or "")).watch
    assert root.find(f"{TASK}Principals/{TASK}Principal/{TASK}LogonType").text == "InteractiveToken"  # type: ignore[union-attr]
    assert root.find(f"{TASK}Settings/{TASK}ExecutionTimeLimit").text == "PT0S"  # type: ignore[union-attr]
    assert 'Source: "seva-kiosk-sync.xml"' in iss
