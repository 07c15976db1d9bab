"""The bundle's entry point: the same `reception` command as the installed package's script."""
import sys

from reception.cli import main

sys.exit(main())
