"""The only package that imports PySide6: main window, pages, dialogs, item models."""
