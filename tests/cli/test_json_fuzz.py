"""Hypothesis fuzz of the command line's JSON input (``seva-kiosk new -``), in process so a few hundred
forms fit in well under a minute: whatever the JSON, the answer is a receipt number or one readable line —
never a traceback, and never the catch-all line for a bug (``error.cli_unexpected``), which would mean a
form reached code that did not expect its shape."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.forms import INCOME_FORM, income_form

SCALARS = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=30)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                          max_size=4), max_leaves=12)


def _paths(value: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))


PATHS = sorted(_paths(INCOME_FORM))


def _mutated(path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """The valid income form with one of its values (at any depth) replaced by ``value``."""
    return income_form(**{"__".join(path): value})


FORMS = (st.builds(_mutated, st.sampled_from(PATHS), JSON)
         | st.dictionaries(st.sampled_from(sorted(INCOME_FORM)) | st.text(max_size=6), JSON, max_size=6)
         | JSON)


@pytest.fixture
def fuzz_home(ctx: Any, kiosk_home: Path) -> Path:
    """One demo hub (the ``ctx`` fixture sets it up) for every example: a fresh one each would cost a
    second an example."""
    return kiosk_home


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(form=FORMS)
def test_any_json_to_new_is_a_receipt_or_one_line(form: Any, fuzz_home: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk import cli
    from kiosk.app import build_context
    from kiosk.domain.messages import say

    monkeypatch.delenv("KIOSK_TRACEBACK", raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(form, ensure_ascii=False)))
    code = cli.run(["new", "-"], lambda _a: build_context(fuzz_home, "en"))
    out, err = capsys.readouterr()
    unexpected = say("error.cli_unexpected", "en", kind="", log="").split("(")[0]
    assert unexpected not in err, (form, err)
    if code == 0:
        assert out.strip() and not err
    else:
        assert code == 1 and err.startswith("seva-kiosk: ") and err.count("\n") == 1, (form, err)
