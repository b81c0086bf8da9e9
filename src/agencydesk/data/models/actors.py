"""Territories, organizations (institutional actors) and people (contacts)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from agencydesk.data.models.base import Entity, enum_column
from agencydesk.domain.enums import ActorType, Gender, GovernmentLevel, TerritoryLevel
from agencydesk.domain.text import fold


def _folded(source: str):
    """Default for a sort-key column, computed from ``source`` when a row is inserted.

    Works for Core bulk inserts too (executemany), which ORM events would miss; ORM updates
    keep the key current through ``@validates`` on the source column.
    """

    def compute(context: DefaultExecutionContext) -> str:
        return fold(context.get_current_parameters().get(source))

    return compute


class Territory(Entity):
    __tablename__ = "territories"

    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[TerritoryLevel] = mapped_column(enum_column(TerritoryLevel, "territory_level"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("territories.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(40))

    parent: Mapped[Territory | None] = relationship(remote_side="Territory.id")


class Organization(Entity):
    __tablename__ = "organizations"
    __table_args__ = (
        CheckConstraint("members_count IS NULL OR members_count >= 0", name="members_count"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        Index("ix_organizations_sort", "sort_name", "id"),
    )

    name: Mapped[str] = mapped_column(String(300))
    # Folded copy of name (no accents, lower case) so the database sorts "Álamo" next to "alamo".
    sort_name: Mapped[str] = mapped_column(String(300), default=_folded("name"))
    short_name: Mapped[str | None] = mapped_column(String(60))
    actor_type: Mapped[ActorType] = mapped_column(enum_column(ActorType, "actor_type"), index=True)
    government_level: Mapped[GovernmentLevel | None] = mapped_column(
        enum_column(GovernmentLevel, "government_level")
    )
    sector: Mapped[str | None] = mapped_column(String(200))
    tax_id: Mapped[str | None] = mapped_column(String(40))
    territory_id: Mapped[int | None] = mapped_column(
        ForeignKey("territories.id", ondelete="RESTRICT"), index=True
    )
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(300))
    representative: Mapped[str | None] = mapped_column(String(200))
    members_count: Mapped[int | None] = mapped_column(Integer)
    registered_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    territory: Mapped[Territory | None] = relationship()

    @validates("name")
    def _keep_sort_name(self, _key: str, value: str) -> str:
        self.sort_name = fold(value)
        return value


class Person(Entity):
    __tablename__ = "people"
    __table_args__ = (
        CheckConstraint("length(trim(full_name)) > 0", name="full_name_not_blank"),
        Index("ix_people_sort", "sort_name", "id"),
    )

    full_name: Mapped[str] = mapped_column(String(300))
    sort_name: Mapped[str] = mapped_column(String(300), default=_folded("full_name"))
    # Text, not a number: DNI and CURP keep their leading zeros and letters.
    national_id: Mapped[str | None] = mapped_column(String(40))
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender, "gender"))
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_purpose: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship()

    @validates("full_name")
    def _keep_sort_name(self, _key: str, value: str) -> str:
        self.sort_name = fold(value)
        return value
