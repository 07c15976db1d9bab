"""The benchmark suite: `python -m bench` prints a table, `python -m bench --json` one JSON object."""
