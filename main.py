"""Start Seva Kiosk: the operator's window, or `python main.py COMMAND ...` for the command line.

Also the frozen (PyInstaller) executable's entry point. `--self-test`, `--check-update` and `--screenshots`
are handled by kiosk.app.main (kiosk.technician; so `seva-kiosk` knows them too); only this start-up is
handled here:

- `-m kiosk.portal.simulator ...`: training mode starts the portal simulator as `sys.executable -m ...`;
  a frozen executable has no `-m`, so it runs that module itself.
"""

import sys


def run(argv: list[str]) -> int:
    if argv[:2] == ["-m", "kiosk.portal.simulator"]:
        from kiosk.portal.simulator.__main__ import main as simulator_main

        return simulator_main(argv[2:])
    from kiosk.app import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
