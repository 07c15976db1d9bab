"""The product's core, shared by every station: the domain, the store, the services (Qt-free) and shared.qt."""
__version__ = "0.1.0"  # the program's version: stations report it in their heartbeat
