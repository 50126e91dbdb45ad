"""PyInstaller runtime hook: runs in the frozen executable before main.py.

- Assets (fonts, catalogue, certificates, translations) sit in the bundle's ``assets`` folder;
  ``kiosk.config`` reads ``KIOSK_ASSETS`` for exactly this case.
- On Linux pyzbar finds libzbar with ``ctypes.util.find_library('zbar')``, which searches the system, not
  the bundle: a counter PC without libzbar0 would lose barcode reading. Point it at the bundled copy.
  (On Windows pyzbar loads its DLLs from beside its module, where the spec puts them.)
"""

import ctypes.util
import os
import sys

_bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
os.environ.setdefault("KIOSK_ASSETS", os.path.join(_bundle, "assets"))

_system_find_library = ctypes.util.find_library


def _find_library(name):
    bundled = os.path.join(_bundle, "libzbar.so.0")
    if name == "zbar" and os.path.exists(bundled):
        return bundled
    return _system_find_library(name)


ctypes.util.find_library = _find_library
