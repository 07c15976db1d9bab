"""The only Qt code under shared/: pieces both apps use."""
