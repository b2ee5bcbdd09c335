"""台账导出: export registers to Excel and import hand-kept ones, off the GUI thread."""
