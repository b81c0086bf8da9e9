"""The only package that imports SQLAlchemy: engine, unit of work, tables, migrations, queries."""
