"""用户与审计: accounts, the audit view, backups; plus the poller and backup scheduler of the window."""
