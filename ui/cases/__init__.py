"""调解案件: the case list, the intake form and the case window."""
