"""Personal data over time: the visitor log (searched masked, revealed with a reason), retention
purges, and one person's data exported or erased."""
