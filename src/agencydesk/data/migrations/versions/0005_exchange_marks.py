"""Exchange between offices: database ids and what was exchanged with whom.

- ``exchange_databases``: this database (``is_self``) and each database it received an
  exchange file from; ``uuid`` is the database's id. No row is inserted here: this database's
  id is made on its first exchange, so copies of a file that never exchanged get their own.
- ``exchange_marks``: per peer and record, the fingerprints of both versions at the last
  import from that peer (``services/exchange``).
- ``ix_audit_entries_entity`` on ``audit_entries(entity, entity_id)``: a record's history is
  read by these two columns (with 200,000 entries, 60–100 ms without it, 1 ms with it).

Plain ``CREATE TABLE`` / ``CREATE INDEX`` through Alembic's operations: the same on SQLite
and PostgreSQL.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _entity_columns(table: str) -> list:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.UniqueConstraint("uuid", name=f"uq_{table}_uuid"),
    ]


def upgrade() -> None:
    op.create_table(
        "exchange_databases",
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=True),
        sa.Column("last_imported_at", sa.DateTime(), nullable=True),
        sa.Column("last_file_exported_at", sa.DateTime(), nullable=True),
        *_entity_columns("exchange_databases"),
    )
    op.create_table(
        "exchange_marks",
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_uuid", sa.String(length=36), nullable=False),
        sa.Column("local_uuid", sa.String(length=36), nullable=True),
        sa.Column("their_hash", sa.String(length=64), nullable=False),
        sa.Column("our_hash", sa.String(length=64), nullable=False),
        *_entity_columns("exchange_marks"),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["exchange_databases.id"],
            name="fk_exchange_marks_peer_id_exchange_databases",
            ondelete="RESTRICT",
        ),
        sa.UniqueConstraint("peer_id", "row_uuid", name="uq_exchange_marks_peer_id"),
    )
    op.create_index("ix_exchange_marks_peer_id", "exchange_marks", ["peer_id"])
    op.create_index("ix_exchange_marks_local_uuid", "exchange_marks", ["local_uuid"])
    op.create_index("ix_audit_entries_entity", "audit_entries", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_entries_entity", table_name="audit_entries")
    op.drop_index("ix_exchange_marks_local_uuid", table_name="exchange_marks")
    op.drop_index("ix_exchange_marks_peer_id", table_name="exchange_marks")
    op.drop_table("exchange_marks")
    op.drop_table("exchange_databases")
