"""The front desk (前台接待): legal consultations and hotline tickets. Nothing here imports Qt."""
