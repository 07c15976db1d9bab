"""The site's own settings and its audit log: what every feature reads or writes beside its work."""
