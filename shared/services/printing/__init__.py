"""Print jobs: the outbox each station's worker prints exactly once, and what the desk does with jobs."""
