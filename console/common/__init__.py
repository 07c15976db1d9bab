"""The console's shared chrome: sign-in, framed panels, table-model base, accessible names, PDF pages."""
