"""PyInstaller entry point of the GUI executable (``policylens-gui``): ``policylens.gui:main``."""

import sys

from policylens.gui import main

if __name__ == "__main__":
    sys.exit(main())
