"""Pure domain: states, rules and frozen data. No I/O, no Qt."""
