"""What this database knows about exchanges with other offices' databases (schema 0005).

- ``exchange_databases``: this database (``is_self``) and every database it has received an
  exchange file from. The row's ``uuid`` *is* that database's id. This database's own row is
  made on its first export or import, not by the migration: a file copied before it ever
  exchanged anything still gets an id of its own.
- ``exchange_marks``: for each record received from a peer, the fingerprints of both
  versions at that import (see ``services/exchange``): what "changed since the last exchange
  with that office" is measured against.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from agencydesk.data.models.base import Entity


class ExchangeDatabase(Entity):
    __tablename__ = "exchange_databases"

    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    # The office name written in its last file (for the summary; may be empty).
    name: Mapped[str | None] = mapped_column(String(300))
    last_imported_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_file_exported_at: Mapped[datetime | None] = mapped_column(DateTime)


class ExchangeMark(Entity):
    __tablename__ = "exchange_marks"
    __table_args__ = (UniqueConstraint("peer_id", "row_uuid"),)

    peer_id: Mapped[int] = mapped_column(
        ForeignKey("exchange_databases.id", ondelete="RESTRICT"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(40))
    # The record's uuid in the peer's database; ``local_uuid`` is ours when the two differ
    # (an organization matched by its tax id or name rather than by uuid).
    row_uuid: Mapped[str] = mapped_column(String(36))
    local_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    # Fingerprints of the peer's version and of ours after that import; ours is empty when the
    # two versions were left different (ours kept), so that ours counts as changed since.
    their_hash: Mapped[str] = mapped_column(String(64))
    our_hash: Mapped[str] = mapped_column(String(64), default="")
