"""Plumbing every feature uses: rows to frozen domain data, loading a row or NotFound, spreadsheet reading,
the store's errors as StoreUnavailable."""
