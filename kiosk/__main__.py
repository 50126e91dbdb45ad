"""`python -m kiosk` and the `seva-kiosk` console script."""

import sys


def main() -> int:
    from kiosk.app import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
