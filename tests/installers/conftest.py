"""The frozen bundle is built once per test run (~40-70 s) and shared by every installer test.

Under pytest-xdist each worker has its own session, so a session fixture alone would build the bundle once
per worker, at the same time, into PyInstaller's one per-user cache. The first worker that needs the
bundle builds it under a file lock in the run's shared temporary folder; the others wait for the lock and
take the finished tree (or the same failure).
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest

from tests.installers.frozen import FrozenBundle, build_bundle

BUILD_TIMEOUT = 900  # seconds: a test that uses the bundle may pay for (or wait for) the build


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "frozen_bundle" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.timeout(BUILD_TIMEOUT))
            item.add_marker(pytest.mark.slow)


def _shared_folder(factory: pytest.TempPathFactory) -> Path:
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base  # the run's, not the worker's


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory: pytest.TempPathFactory) -> FrozenBundle:
    shared = _shared_folder(tmp_path_factory)
    out = shared / "pyinstaller"
    record = shared / "pyinstaller.json"
    with open(shared / "pyinstaller.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            try:
                bundle = build_bundle(out)
            except AssertionError as exc:
                record.write_text(json.dumps({"error": str(exc)}), "utf-8")
                raise
            record.write_text(json.dumps({"root": str(bundle.root), "executable": str(bundle.executable),
                                          "build_seconds": bundle.build_seconds}), "utf-8")
            return bundle
    built = json.loads(record.read_text("utf-8"))
    if "error" in built:
        raise AssertionError(f"the shared frozen build failed in another worker:\n{built['error']}")
    return FrozenBundle(Path(built["root"]), Path(built["executable"]), built["build_seconds"])


@pytest.fixture
def neutral_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the frozen binary away from the repository, so nothing can be found there by accident."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
