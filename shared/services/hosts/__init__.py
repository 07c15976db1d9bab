"""The hosts' side: answering a visit from an e-mailed link, signing in, and a host's own guests."""
