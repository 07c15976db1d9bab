"""Administration: host directory, reception levels, operators, privacy (retention, a person's data)."""
