"""UnionDesk window: all Qt code lives in this package."""
