"""困难职工档案: hardship files per worker, their yearly 复核 and 脱困, the due reviews and figures.

``files.HardshipFileService`` writes (one transaction per action, audited, role-checked);
``queries`` reads the list and the figures; ``due.HardshipReviewsDue`` feeds the 工作台.
"""
