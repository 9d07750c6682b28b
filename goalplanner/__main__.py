"""``python -m goalplanner``: the same as the ``goalplanner`` command."""

import sys

from goalplanner.cli import main

sys.exit(main())
