"""Alembic environment, run programmatically by ``agencydesk.data.migrate``.

The connection is handed in through ``config.attributes['connection']``; there is no
alembic.ini: the schema ships inside the package and upgrades itself at start-up.
"""

from alembic import context

from agencydesk.data.models import schema

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=schema(),
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
