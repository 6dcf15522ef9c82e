"""``python -m policylens.cli``: the command line."""

import sys

from policylens.cli import main

sys.exit(main())
