"""Who is who: the host directory, reception levels, and the operators who sign in at a console."""
