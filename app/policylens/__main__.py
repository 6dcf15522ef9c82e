"""``python -m policylens`` starts the GUI, with the same arguments as ``policylens-gui``."""

import sys

from policylens.gui import main

if __name__ == "__main__":
    sys.exit(main())
