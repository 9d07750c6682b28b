"""The bundle's entry point: the same `goalplanner` command as an installed package."""

import sys

from goalplanner.cli import main

if __name__ == "__main__":
    sys.exit(main())
