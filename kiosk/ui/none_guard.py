"""Works around a PySide6 6.12.0 reference-count bug on Python 3.11 that would crash a long day.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a ``void`` Qt method from Python —
``show()``, ``setText()``, ``processEvents()`` … — drops one reference to ``None`` without taking one
(``tests/ui/test_none_guard.py`` measures it). On Python ≥ 3.12 ``None`` is immortal (PEP 683) and nothing
happens; on 3.11 (Debian 12's Python) the count falls by one per call and the process aborts with
"none_dealloc: deallocating None" after a few thousand calls — a counter PC running all day would die.

The fix does for 3.11 what 3.12 does for everyone: it makes ``None`` practically immortal by adding 2⁴⁰ to
its reference count once, at start-up (a million leaked references a second would need 35 years). It is
a no-op on 3.12+. Remove it when PySide6 is fixed or the kiosk requires Python ≥ 3.12.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40
_done = False


def needed() -> bool:
    return sys.version_info < (3, 12)


def immortalise_none() -> bool:
    """Give None a huge reference count (once, CPython < 3.12 only); True if it did."""
    global _done
    if _done or not needed() or sys.implementation.name != "cpython":
        return False
    # ob_refcnt is the first field of every CPython object (Py_ssize_t), at the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    _done = True
    return True
