"""Use cases. Each owns its transaction, returns records, and never imports Qt or SQLAlchemy."""
