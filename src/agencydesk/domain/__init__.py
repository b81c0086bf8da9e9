"""Plain-Python domain: enumerations, records, rules and errors. Imports no framework."""
