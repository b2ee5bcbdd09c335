"""The 困难帮扶 area: hardship files (困难职工档案)."""
