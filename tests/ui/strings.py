"""Every operator-visible string in kiosk/ui: the literals passed to ``tr(...)`` or marked ``N_(...)``."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"
MARKERS = ("tr", "N_")


def ui_strings(folder: Path = UI) -> dict[str, list[str]]:
    """source string → files using it (found with the AST, so concatenated or f-strings are not missed
    silently: a non-literal argument to tr() is reported with the key ``<non-literal>``, and a translation
    call the extractor cannot follow — ``self.tr(...)``, ``QCoreApplication.translate(...)``, ``i18n.tr(...)``,
    ``tr`` imported under another name — with the key ``<unsupported>``)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any(a.name in MARKERS and a.asname not in (None, a.name)
                                                        for a in node.names):
                found.setdefault("<unsupported>", []).append(f"{path.name}:{node.lineno}")
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate", "N_", "QT_TR_NOOP"):
                # tr() itself, and the self-test, which checks that the installed translator answers
                if not (path.name in ("i18n.py", "selftest.py") and node.func.attr == "translate"):
                    found.setdefault("<unsupported>", []).append(f"{path.name}:{node.lineno}")
                continue
            if isinstance(node.func, ast.Name) and node.func.id in MARKERS:
                arg = node.args[0] if node.args else None
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and len(node.args) == 1 \
                        and not node.keywords:
                    found.setdefault(arg.value, []).append(path.name)
                elif node.func.id == "N_" or path.name != "i18n.py":
                    found.setdefault("<non-literal>", []).append(f"{path.name}:{node.lineno}")
    return found
