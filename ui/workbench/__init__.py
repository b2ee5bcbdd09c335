"""工作台: the first page after sign-in (everything due, per group and area) and the due counts in the status bar."""
