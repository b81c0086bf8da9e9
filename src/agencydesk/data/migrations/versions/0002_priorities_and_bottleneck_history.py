"""Priority sectors / value chains of an agenda; the dated history of a bottleneck's status.

Existing bottlenecks get a history that matches what they already say: "identified" on their
identification date, and their current status on their resolution date (or the day of the
upgrade), so the register never shows a bottleneck without any step.

Revision ID: 0002
Revises: 0001
"""

import uuid
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_STATUSES = ("identified", "solution_agreed", "in_progress", "resolved", "dropped")


def _entity_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "agenda_priorities",
        sa.Column("agenda_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["agenda_id"],
            ["agendas.id"],
            name=op.f("fk_agenda_priorities_agenda_id_agendas"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_priorities")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_priorities_uuid")),
    )
    with op.batch_alter_table("agenda_priorities") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_priorities_agenda_id"), ["agenda_id"], unique=False
        )

    changes = op.create_table(
        "bottleneck_status_changes",
        sa.Column("bottleneck_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                *_STATUSES,
                name="bottleneck_change_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_entity_columns(),
        sa.ForeignKeyConstraint(
            ["bottleneck_id"],
            ["bottlenecks.id"],
            name=op.f("fk_bottleneck_status_changes_bottleneck_id_bottlenecks"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bottleneck_status_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_bottleneck_status_changes_uuid")),
    )
    with op.batch_alter_table("bottleneck_status_changes") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_bottleneck_status_changes_bottleneck_id"),
            ["bottleneck_id"],
            unique=False,
        )
    _seed_history(changes)


def _seed_history(changes: sa.Table) -> None:
    bind = op.get_bind()
    bottlenecks = sa.table(
        "bottlenecks",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("identified_on", sa.Date),
        sa.column("resolved_on", sa.Date),
        sa.column("created_at", sa.DateTime),
    )
    now = datetime.now().replace(microsecond=0)
    rows = []
    for bid, status, identified_on, resolved_on, created_at in bind.execute(
        sa.select(bottlenecks)
    ):
        first = identified_on or (created_at.date() if created_at else date.today())
        steps = [("identified", first)]
        if status != "identified":
            steps.append((status, max(resolved_on or date.today(), first)))
        for step, on in steps:
            rows.append(
                {
                    "bottleneck_id": bid,
                    "status": step,
                    "changed_on": on,
                    "note": None,
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                }
            )
    if rows:
        op.bulk_insert(changes, rows)


def downgrade() -> None:
    op.drop_table("bottleneck_status_changes")
    op.drop_table("agenda_priorities")
