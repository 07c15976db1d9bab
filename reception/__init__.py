"""The `reception` command: the composition root that starts a kiosk, a console or the demo."""
from shared import __version__  # noqa: F401  (one version for the program and the stations' heartbeats)
