"""The frozen program's entry point: the same ``main`` as the ``agencydesk`` command."""

import sys

from agencydesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
