"""Meetings: their convener, the logged lifecycle, bottlenecks discussed per agenda item, and
the date an agreement was cancelled.

- ``meetings.convener_id``: the organization that convenes the session.
- ``meeting_status_changes``: every step of planned → held → minutes approved (or cancelled),
  with who and when; reopening approved minutes is a step with its reason. Existing meetings
  get one row saying where they stand, dated when they were created, so no meeting has an
  empty log.
- ``agenda_item_bottlenecks``: the bottlenecks discussed on an agenda item.
- ``agreements.cancelled_on``: with ``done_on``, until which session a closed agreement is
  still listed as pending.

The new columns are added with ``ALTER TABLE ... ADD COLUMN`` (not batch mode): batch mode
copies the table, and dropping the old ``meetings`` while attendances and agreements point at
it fails with foreign keys on.

Revision ID: 0003
Revises: 0002
"""

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_STATUSES = ("planned", "held", "minutes_approved", "cancelled")


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _status(name: str, nullable: bool) -> sa.Column:
    kind = sa.Enum(*_STATUSES, name=name, native_enum=False, create_constraint=True, length=32)
    return sa.Column(name.removeprefix("meeting_change_") + "_status", kind, nullable=nullable)


def _add_convener() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE meetings ADD COLUMN convener_id INTEGER "
            "REFERENCES organizations (id)"
        )
    else:
        op.add_column("meetings", sa.Column("convener_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_meetings_convener_id_organizations",
            "meetings",
            "organizations",
            ["convener_id"],
            ["id"],
        )
    op.create_index("ix_meetings_convener_id", "meetings", ["convener_id"], unique=False)


def upgrade() -> None:
    _add_convener()
    op.add_column("agreements", sa.Column("cancelled_on", sa.Date(), nullable=True))

    op.create_table(
        "agenda_item_bottlenecks",
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("bottleneck_id", sa.Integer(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["meeting_agenda_items.id"],
            name=op.f("fk_agenda_item_bottlenecks_agenda_item_id_meeting_agenda_items"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["bottleneck_id"],
            ["bottlenecks.id"],
            name=op.f("fk_agenda_item_bottlenecks_bottleneck_id_bottlenecks"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item_bottlenecks")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_item_bottlenecks_uuid")),
        sa.UniqueConstraint(
            "agenda_item_id",
            "bottleneck_id",
            name=op.f("uq_agenda_item_bottlenecks_agenda_item_id"),
        ),
    )
    op.create_index(
        "ix_agenda_item_bottlenecks_agenda_item_id", "agenda_item_bottlenecks", ["agenda_item_id"]
    )
    op.create_index(
        "ix_agenda_item_bottlenecks_bottleneck_id", "agenda_item_bottlenecks", ["bottleneck_id"]
    )

    changes = op.create_table(
        "meeting_status_changes",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        _status("meeting_change_from", nullable=True),
        _status("meeting_change_to", nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_status_changes_meeting_id_meetings"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_status_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meeting_status_changes_uuid")),
    )
    op.create_index(
        "ix_meeting_status_changes_meeting_id", "meeting_status_changes", ["meeting_id"]
    )
    _seed_log(changes)


def _seed_log(changes: sa.Table) -> None:
    meetings = sa.table(
        "meetings",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    now = datetime.now().replace(microsecond=0)
    rows = [
        {
            "meeting_id": mid,
            "from_status": None,
            "to_status": status,
            "changed_at": created_at or now,
            "changed_by": None,
            "reason": None,
            "uuid": str(uuid.uuid4()),
            "created_at": now,
            "updated_at": now,
        }
        for mid, status, created_at in op.get_bind().execute(sa.select(meetings))
    ]
    if rows:
        op.bulk_insert(changes, rows)


def downgrade() -> None:
    op.drop_table("meeting_status_changes")
    op.drop_table("agenda_item_bottlenecks")
    with op.batch_alter_table("agreements") as batch_op:
        batch_op.drop_column("cancelled_on")
    op.drop_index("ix_meetings_convener_id", table_name="meetings")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite (3.35+) drops a plain column in place; a column with a foreign key cannot be
        # dropped there, so the whole schema goes back in the downgrade test only.
        op.execute("ALTER TABLE meetings DROP COLUMN convener_id")
    else:
        op.drop_constraint("fk_meetings_convener_id_organizations", "meetings")
        op.drop_column("meetings", "convener_id")
