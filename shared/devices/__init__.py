"""Lobby hardware other than printers, behind ports: the ID card reader (idcard)."""
