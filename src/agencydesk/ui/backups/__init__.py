"""Backups in the window: File › Back up now… and Restore…, the status bar's "Last backup",
and the start-up dialog for a damaged database."""
