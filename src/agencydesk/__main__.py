import sys

from agencydesk.cli import main

sys.exit(main())
