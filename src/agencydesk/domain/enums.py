"""Enumerations of the data contract (DOMAIN.md).

Values are the English codes stored in the database and written in exports; the UI shows
translated labels (see ``agencydesk.ui.labels``).
"""

from enum import StrEnum


class TerritoryLevel(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    PROVINCE = "province"
    MUNICIPALITY = "municipality"
    DISTRICT = "district"


class ActorType(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"
    ACADEMIA = "academia"
    CIVIL_SOCIETY = "civil_society"
    INTERNATIONAL = "international"


class GovernmentLevel(StrEnum):
    NATIONAL = "national"
    REGIONAL = "regional"
    LOCAL = "local"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class AgendaStatus(StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    IN_EXECUTION = "in_execution"
    CLOSED = "closed"


class GoalKind(StrEnum):
    STRATEGIC = "strategic"
    MANAGEMENT = "management"


class InitiativeKind(StrEnum):
    CLUSTER = "cluster"
    VALUE_CHAIN = "value_chain"
    LOCAL_PRODUCTIVE = "local_productive"
    BUSINESS_NETWORK = "business_network"
    SUPPLIER_DEVELOPMENT = "supplier_development"
    EXECUTIVE_TABLE = "executive_table"


class InitiativeFocus(StrEnum):
    SECTOR = "sector"
    FACTOR = "factor"


class InitiativeStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class ParticipationRole(StrEnum):
    CONVENER = "convener"
    COORDINATOR = "coordinator"
    MEMBER = "member"
    TECHNICAL_SECRETARIAT = "technical_secretariat"
    FUNDER = "funder"
    OBSERVER = "observer"


class Representation(StrEnum):
    TITULAR = "titular"
    ALTERNATE = "alternate"


class BottleneckCategory(StrEnum):
    REGULATION = "regulation"
    FUNCTIONS = "functions"
    INFRASTRUCTURE = "infrastructure"
    FINANCE = "finance"
    HUMAN_CAPITAL = "human_capital"
    TECHNOLOGY = "technology"
    MARKET_ACCESS = "market_access"
    COORDINATION = "coordination"
    OTHER = "other"


class BottleneckStatus(StrEnum):
    IDENTIFIED = "identified"
    SOLUTION_AGREED = "solution_agreed"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    DROPPED = "dropped"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    CLOSED = "closed"


class ActionStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DELAYED = "delayed"
    DONE = "done"
    CANCELLED = "cancelled"


class FundingSource(StrEnum):
    MUNICIPAL = "municipal"
    REGIONAL = "regional"
    NATIONAL = "national"
    PRIVATE = "private"
    COOPERATION = "cooperation"
    OTHER = "other"


class IndicatorDirection(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class MeetingKind(StrEnum):
    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"
    FIELD_VISIT = "field_visit"


class MeetingModality(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


class Presence(StrEnum):
    """An attendance row's one column: what its two flags (attended, excused) say together.
    Not stored: the flags are (DOMAIN.md)."""

    ATTENDED = "attended"
    EXCUSED = "excused"
    ABSENT = "absent"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class Country(StrEnum):
    """The office's country: drives date order and ID formats."""

    MEXICO = "MX"
    PERU = "PE"
    CHILE = "CL"
    OTHER = "other"
