"""`python -m kkr_tui` does what the `kkr` command does."""

import sys

from kkr_tui.cli import main

if __name__ == "__main__":
    sys.exit(main())
