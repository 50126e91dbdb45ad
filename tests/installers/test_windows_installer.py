"""The Inno Setup script cannot be compiled here; parse it, check its promises (per-machine, shortcuts,
optional start at login, data kept on uninstall) and that every path it names exists in the frozen tree."""

from __future__ import annotations

import re
from pathlib import Path

from tests.installers.frozen import REPO, FrozenBundle

ISS = REPO / "installers" / "windows" / "seva-kiosk.iss"


def parse_iss(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        found = re.fullmatch(r"\[(\w+)\]", line)
        if found:
            current = found.group(1)
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def entry(line: str) -> dict[str, str]:
    """`Name: "x"; Filename: "y"; Flags: a b` → {"Name": "x", ...}."""
    return {k.strip(): v.strip().strip('"') for k, v in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line)}


def settings(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines if "=" in line)


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))


def frozen_path(bundle: FrozenBundle, windows_path: str) -> Path:
    """A path inside the installed folder as it exists in the (Linux) frozen tree: .exe has no suffix."""
    parts = windows_path.replace("\\", "/").split("/")
    if parts[-1] == "seva-kiosk.exe":
        parts[-1] = bundle.executable.name
    return bundle.root.joinpath(*parts)


def test_every_file_the_script_names_exists(frozen_bundle: FrozenBundle) -> None:
    text = ISS.read_text("utf-8")
    sections, dist = parse_iss(text), defines(text)["DistDir"]
    installed: set[str] = set()
    for line in sections["Files"]:
        e = entry(line)
        source = e["Source"]
        if source.startswith("{#DistDir}\\"):
            relative = source[len("{#DistDir}\\"):]
            target = frozen_path(frozen_bundle, relative.removesuffix("\\*"))
            assert target.exists(), f"{source} is not in the frozen tree"
            if relative.endswith("\\*"):
                assert target.is_dir() and any(target.iterdir())
        else:
            assert (ISS.parent / source).is_file(), f"{source} missing beside the script"
            installed.add(e.get("DestName", source))
    assert dist == r"..\..\dist\seva-kiosk"  # PyInstaller's default dist folder, seen from installers/windows
    for section in ("Icons", "Run"):
        for line in sections[section]:
            e = entry(line)
            for key in ("Filename", "IconFilename"):
                value = e.get(key, "")
                if value.startswith("{app}\\"):
                    relative = value[len("{app}\\"):]
                    assert relative in installed or frozen_path(frozen_bundle, relative).exists(), value
    assert (ISS.parent / settings(sections["Setup"])["SetupIconFile"]).is_file()


def test_script_keeps_its_promises() -> None:
    text = ISS.read_text("utf-8")
    sections = parse_iss(text)
    setup = settings(sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"  # per-machine
    assert setup["DefaultDirName"] == r"{autopf}\Seva Kiosk"
    icons = [entry(line) for line in sections["Icons"]]
    names = {i["Name"]: i for i in icons}
    assert r"{autoprograms}\Seva Kiosk" in names
    assert names[r"{autodesktop}\Seva Kiosk"]["Tasks"] == "desktopicon"
    login = names[r"{commonstartup}\Seva Kiosk"]
    assert login["Tasks"] == "startatlogin" and login["Parameters"] == "--fullscreen"
    tasks = {entry(line)["Name"]: entry(line) for line in sections["Tasks"]}
    assert "unchecked" in tasks["startatlogin"].get("Flags", "")  # optional, off unless chosen
    runs = [entry(line) for line in sections["Run"]]
    assert any(r.get("Parameters") == "--self-test" for r in runs)
    # Uninstall keeps the data folder unless asked: default button No, delete only on IDYES or /DELETEDATA.
    code = "\n".join(sections["Code"])
    assert r"{localappdata}\SevaKiosk" in code  # platformdirs' folder for APP_NAME (kiosk/config.py)
    assert "MB_DEFBUTTON2" in code and "= IDYES" in code and "/DELETEDATA" in code
    assert "DelTree" in code and code.index("if Delete then") < code.index("DelTree")
    assert not any("{localappdata}" in line for line in sections.get("UninstallDelete", []))
    messages = settings(sections["CustomMessages"])
    for key in ("english.DesktopIcon", "english.StartAtLogin", "english.SelfTest", "english.KeepData"):
        assert re.search("[\u0900-\u097f]", messages[key]), f"{key} needs its Marathi half"


def test_windows_readme_covers_the_counter_account() -> None:
    readme = (ISS.parent / "README.md").read_text("utf-8")
    for needed in ("standard", "SevaCounter", "AppData\\Local\\SevaKiosk", "/DELETEDATA", "Credential Manager"):
        assert needed in readme
