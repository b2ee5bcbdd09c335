"""Formal documents in the window: preview, printing, the per-record panel and the 文书 area."""
