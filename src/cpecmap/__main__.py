import sys

from cpecmap.cli import main

sys.exit(main())
