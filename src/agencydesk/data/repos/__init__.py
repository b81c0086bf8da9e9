"""Queries and writes by entity. Each function takes the caller's session and returns records."""
