"""Every operator-visible string in kiosk/ui: the literals passed to ``tr(...)`` or marked ``N_(...)``."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"


def ui_strings(folder: Path = UI) -> dict[str, list[str]]:
    """source string → files using it (found with the AST, so concatenated or f-strings are not missed
    silently: a non-literal argument to tr() is reported with the key ``<non-literal>``)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("tr", "N_"):
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, []).append(path.name)
                elif node.func.id == "N_" or path.name != "i18n.py":
                    found.setdefault("<non-literal>", []).append(f"{path.name}:{node.lineno}")
    return found
