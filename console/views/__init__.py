"""Qt models and widgets the console window is built from."""
