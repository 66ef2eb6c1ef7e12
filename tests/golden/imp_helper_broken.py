"""A helper module whose import fails half-way (run directly, it fails the same way)."""
BEFORE = 1
raise RuntimeError("imp_helper_broken cannot be imported")
