"""Import rules that need no file and no database: what a sheet read from a partner's file
looks like, the fields of each kind of import with the headers users type for them, header
detection, and the normalisation of the values users type (dates, amounts, vocabulary)."""
