"""The frozen bundle is built once per test session (~40-70 s) and shared by every installer test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.installers.frozen import FrozenBundle, build_bundle


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory: pytest.TempPathFactory) -> FrozenBundle:
    return build_bundle(tmp_path_factory.mktemp("pyinstaller"))


@pytest.fixture
def neutral_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the frozen binary away from the repository, so nothing can be found there by accident."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
