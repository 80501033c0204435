"""``python -m citydiplo``: the citydiplo command."""

import sys

from citydiplo._cli import main

if __name__ == "__main__":
    sys.exit(main())
