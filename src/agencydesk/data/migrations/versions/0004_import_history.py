"""Import history and remembered mappings.

- ``import_batches`` gains who imported (``user``), the file's format, the header row, the
  number of data rows seen and of unchanged rows, and when and by whom the batch was undone.
  Existing batches get 0 for the counts and nothing for the rest.
- ``import_mappings``: the column mapping last used for a kind and a header signature, so the
  next file with the same headers is mapped the same way.

Columns are added with ``ALTER TABLE ... ADD COLUMN`` (no table copy): counts are NOT NULL
with a server default of 0 for the rows already there.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_NEW_BATCH_COLUMNS = (
    "user",
    "format",
    "header_row",
    "rows_count",
    "unchanged_count",
    "undone_at",
    "undone_by",
)


def upgrade() -> None:
    op.add_column("import_batches", sa.Column("user", sa.String(length=200), nullable=True))
    op.add_column("import_batches", sa.Column("format", sa.String(length=10), nullable=True))
    op.add_column("import_batches", sa.Column("header_row", sa.Integer(), nullable=True))
    for name in ("rows_count", "unchanged_count"):
        op.add_column(
            "import_batches",
            sa.Column(name, sa.Integer(), nullable=False, server_default=sa.text("0")),
        )
    op.add_column("import_batches", sa.Column("undone_at", sa.DateTime(), nullable=True))
    op.add_column("import_batches", sa.Column("undone_by", sa.String(length=200), nullable=True))

    op.create_table(
        "import_mappings",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("signature", sa.String(length=4000), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_import_mappings_uuid")),
    )
    op.create_index("ix_import_mappings_signature", "import_mappings", ["signature"])


def downgrade() -> None:
    op.drop_index("ix_import_mappings_signature", table_name="import_mappings")
    op.drop_table("import_mappings")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite (3.35+) drops plain columns in place, without copying the table.
        for name in reversed(_NEW_BATCH_COLUMNS):
            op.execute(f'ALTER TABLE import_batches DROP COLUMN "{name}"')
    else:
        for name in reversed(_NEW_BATCH_COLUMNS):
            op.drop_column("import_batches", name)
