"""PyInstaller entry point of the command-line executable (``policylens``): ``policylens.cli:main``."""

import sys

from policylens.cli import main

if __name__ == "__main__":
    sys.exit(main())
