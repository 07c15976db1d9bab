"""Use cases. Each opens one session per action and returns frozen data plus Changes."""
