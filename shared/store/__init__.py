"""Persistence: engine, typed models, migrations and the change feed."""
