"""Reading the audit trail: filtered pages, a record's history, export, verification."""
