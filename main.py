"""Start Seva Kiosk: the operator's window, or `python main.py COMMAND ...` for the command line."""

import sys

from kiosk.app import main

if __name__ == "__main__":
    sys.exit(main())
