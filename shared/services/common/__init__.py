"""Plumbing every feature uses: rows to frozen domain data, loading a row or NotFound, spreadsheet reading,
the one writer of CSV and XLSX files (export), the one builder of LIKE searches (search), the store's errors
as StoreUnavailable."""
