"""A real keyring backend kept in one JSON file, shared by the test and every process it starts.

The OS keyring (Secret Service) cannot run on a headless CI box for each test, yet the kiosk's CLI runs in
subprocesses that must see the same keys as the test that started them (the audit key, the portal
secret). The autouse fixture in tests/conftest.py points ``PYTHON_KEYRING_BACKEND`` here and
``SEVA_TEST_KEYRING`` at a file in the test's temporary folder; ``PYTHONPATH`` makes this module importable
from any working directory. Writes are atomic (temp → rename) under an exclusive lock, because the crash
tests' processes write at the same time and are killed at random instants.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring.backend
import keyring.errors

ENV = "SEVA_TEST_KEYRING"


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        where = path or os.environ.get(ENV)
        if not where:
            raise RuntimeError(f"{ENV} is not set: the test keyring does not know its file")
        self.path = Path(where)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, str]) -> None:
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), "utf-8")
        os.replace(tmp, self.path)

    @staticmethod
    def _key(service: str, username: str) -> str:
        return json.dumps([service, username])

    @property
    def items(self) -> dict[tuple[str, str], str]:
        """Everything stored, as (service, username) → secret (tests inspect what the kiosk kept)."""
        with self._locked():
            return {tuple(json.loads(k)): v for k, v in self._read().items()}  # type: ignore[misc]

    def get_password(self, service: str, username: str) -> str | None:
        with self._locked():
            return self._read().get(self._key(service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._locked():
            data = self._read()
            data[self._key(service, username)] = password
            self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        # As real backends do: deleting what is not there is an error the caller must handle.
        with self._locked():
            data = self._read()
            if self._key(service, username) not in data:
                raise keyring.errors.PasswordDeleteError(username)
            del data[self._key(service, username)]
            self._write(data)
