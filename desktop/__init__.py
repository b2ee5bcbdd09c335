"""UnionDesk domain layer: services, workflows, validation, documents, registers.

Nothing in this package imports Qt; the GUI in ``ui/`` depends on it, never the reverse.
"""
