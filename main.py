"""Start Seva Kiosk: the operator's window, or `python main.py COMMAND ...` for the command line.

Also the frozen (PyInstaller) executable's entry point, so the start-ups a technician or a frozen build needs
are handled here before the composition root:

- `--self-test`: check the install (kiosk.selftest) and exit 0, or 1 with the broken part named;
- `--check-update [--home DIR] [--lang L]`: ask the portal for a newer release now and stage it (kiosk.updates);
- `-m kiosk.portal.simulator ...`: training mode starts the portal simulator as `sys.executable -m ...`;
  a frozen executable has no `-m`, so it runs that module itself.
"""

import sys


def run(argv: list[str]) -> int:
    if argv[:1] == ["--self-test"]:
        from kiosk.selftest import run_self_test

        return run_self_test()
    if argv[:1] == ["--check-update"]:
        from kiosk.updates import main as check_update_main

        return check_update_main(argv[1:])
    if argv[:2] == ["-m", "kiosk.portal.simulator"]:
        from kiosk.portal.simulator.__main__ import main as simulator_main

        return simulator_main(argv[2:])
    from kiosk.app import main

    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
