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


@pytest.hookimpl(trylast=True)  # after the packages' conftests have marked their long proofs
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Long proofs (``@pytest.mark.slow``) run first. Under pytest-xdist (``-n auto --dist worksteal``, as
    installers/bootstrap.sh runs the suite) they then start while the other worker works through the short
    tests, instead of one of them starting last and keeping a single core busy at the end. The order within
    each group is the collection order."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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


def open_hub_db(path: Path, *, readonly: bool = False):  # noqa: ANN201 - a sqlcipher3 connection
    """A raw connection to a kiosk's (encrypted) hub database, keyed from the test keyring: the one way
    tests look inside the file (plain ``sqlite3.connect`` cannot read it)."""
    from kiosk.security.atrest import load_keys
    from kiosk.security.encryption import database_key
    from kiosk.store.db import connect

    keys = load_keys(path)
    conn = connect(path, readonly=readonly, key=database_key(path, keys) if keys else None)
    conn.row_factory = None  # plain tuples, as sqlite3.connect gives
    return conn


def hub_key(path: Path) -> bytes:
    """The data key a kiosk's hub database at ``path`` is under."""
    from kiosk.security.atrest import load_keys
    from kiosk.security.encryption import database_key

    keys = load_keys(path)
    assert keys is not None, f"no key file beside {path}"
    return database_key(path, keys)


def _decrypt_page(key: bytes, page: bytes, first: bool, reserve: int = 80) -> bytes:
    """One SQLCipher 4 page in clear: AES-256-CBC over all but the reserved tail (IV, then HMAC); page 1
    carries the 16-byte salt in clear where the magic string would be."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    size = len(page)
    skip = 16 if first else 0
    iv = page[size - reserve:size - reserve + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    body = dec.update(page[skip:size - reserve]) + dec.finalize()
    return (b"SQLite format 3\x00" if first else b"") + body + bytes(reserve)


def decrypted_pages(path: Path, page_size: int = 4096) -> bytes:
    """The hub database file decrypted page for page (same page numbers, freed pages included), then its
    WAL's frames: what someone holding the data key could read out of the raw files."""
    key = hub_key(path)
    raw = path.read_bytes()
    out = bytearray()
    for start in range(0, len(raw), page_size):
        out += _decrypt_page(key, raw[start:start + page_size], start == 0)
    wal = path.with_name(path.name + "-wal")
    data = wal.read_bytes() if wal.exists() else b""
    for start in range(32, len(data) - 24 - page_size + 1, 24 + page_size):
        pgno = int.from_bytes(data[start:start + 4], "big")
        out += _decrypt_page(key, data[start + 24:start + 24 + page_size], pgno == 1)
    return bytes(out)
