"""Import batches (for undo), remembered import mappings and the audit trail."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from agencydesk.data.models.base import Entity, enum_column, utcnow
from agencydesk.domain.enums import AuditAction


class ImportBatch(Entity):
    __tablename__ = "import_batches"

    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    sheet: Mapped[str | None] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    # Ids created and the previous values of updated rows: enough to undo the batch.
    undo_data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user: Mapped[str | None] = mapped_column(String(200))
    format: Mapped[str | None] = mapped_column(String(10))  # FileFormat found from the content
    header_row: Mapped[int | None] = mapped_column(Integer)  # 0-based
    rows_count: Mapped[int] = mapped_column(Integer, default=0)  # data rows seen
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(200))


class ImportMapping(Entity):
    """The column mapping last used for files of a kind with the same headers."""

    __tablename__ = "import_mappings"

    kind: Mapped[str] = mapped_column(String(40))
    # headers.header_signature of the header row: the folded header texts joined by "|".
    signature: Mapped[str] = mapped_column(String(4000), index=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # column index -> field
    used_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEntry(Entity):
    __tablename__ = "audit_entries"
    # A record's history is read by entity and id (migration 0005).
    __table_args__ = (Index("ix_audit_entries_entity", "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str | None] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
