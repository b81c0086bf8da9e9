"""The import wizard (file, sheet, header row, columns, options, preview, import, result)
and the import history; the long work runs on the window's database worker (ui/worker.py)."""
