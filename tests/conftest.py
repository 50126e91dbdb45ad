"""Fixtures shared by every test package: a temporary kiosk home, fresh migrated stores, a keyring shared
with the processes a test starts.

Qt must see QT_QPA_PLATFORM before it is first imported, so it is set here, at collection time.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402

from kiosk.config import ASSETS_DIR  # noqa: E402
from tests.file_keyring import ENV as KEYRING_ENV  # noqa: E402
from tests.file_keyring import FileKeyring  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """One keyring per test, shared with every process the test starts (the CLI, crash drivers)."""
    path = tmp_path / "keyring" / "keyring.json"
    monkeypatch.setenv(KEYRING_ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p))
    previous = keyring.get_keyring()
    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def kiosk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing ever touches the real user data folder."""
    home = tmp_path / "kiosk-home"
    monkeypatch.setenv("KIOSK_HOME", str(home))
    return home


@pytest.fixture
def catalogue_document() -> dict:
    return json.loads((ASSETS_DIR / "catalogue" / "catalogue.json").read_text("utf-8"))


@pytest.fixture
def ctx(kiosk_home: Path):
    """A composition root on the temporary home, with the demo hub set up."""
    from kiosk.app import build_context
    from kiosk.demo import ensure_demo_hub

    context = build_context(kiosk_home, "en")
    ensure_demo_hub(context.database())
    yield context
    context.close()


FIXED_NOW = datetime(2026, 11, 27, 6, 30, tzinfo=UTC)  # 12:00 IST, a Friday
