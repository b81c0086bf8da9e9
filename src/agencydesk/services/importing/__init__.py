"""Importing partners' spreadsheets.

Kept empty on purpose: the reader's child process imports ``...importing.child`` and must not
pay for the rest of the pipeline (or openpyxl) at start-up.
"""
