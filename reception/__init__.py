"""The `reception` command: the composition root that starts a kiosk, a console or the demo."""
__version__ = "0.1.0"
