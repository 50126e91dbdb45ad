"""PyInstaller runtime hook: runs in the frozen executable before main.py.

- Assets (fonts, catalogue, certificates, translations) sit in the bundle's ``assets`` folder;
  ``kiosk.config`` reads ``KIOSK_ASSETS`` for exactly this case.
- pyzbar finds libzbar with ``ctypes.util.find_library('zbar')``, which searches the system, not the
  bundle: a counter PC without libzbar0 installed would lose barcode reading. Point it at the bundled copy.
"""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
os.environ.setdefault("KIOSK_ASSETS", os.path.join(_bundle, "assets"))

_system_find_library = ctypes.util.find_library


def _find_library(name):
    if name == "zbar":
        for candidate in ("libzbar.so.0", "libzbar-64.dll", "libzbar-32.dll"):
            path = os.path.join(_bundle, candidate)
            if os.path.exists(path):
                return path
    return _system_find_library(name)


ctypes.util.find_library = _find_library
