"""Every stored code has its own label, even where two enumerations share a code."""

from __future__ import annotations

from enum import StrEnum

from agencydesk.domain import enums
from agencydesk.ui.labels import label

PLANNING = (
    enums.ActorType,
    enums.GovernmentLevel,
    enums.Gender,
    enums.TerritoryLevel,
    enums.Country,
    enums.AgendaStatus,
    enums.GoalKind,
    enums.InitiativeKind,
    enums.InitiativeFocus,
    enums.InitiativeStatus,
    enums.ParticipationRole,
    enums.Representation,
    enums.BottleneckCategory,
    enums.BottleneckStatus,
    enums.PlanStatus,
    enums.ActionStatus,
    enums.FundingSource,
    enums.IndicatorDirection,
)


def test_every_member_has_a_label_other_than_its_code() -> None:
    for enum_cls in PLANNING:
        for member in enum_cls:
            assert label(member) != member.value, member


def test_equal_codes_of_different_enumerations_keep_their_own_labels() -> None:
    # "other" is a gender, a bottleneck category and a country: each reads as itself.
    assert label(enums.Gender.OTHER) == "Other"
    assert label(enums.Country.OTHER) == "Other country"
    assert label(enums.InitiativeKind.EXECUTIVE_TABLE) != label(enums.InitiativeKind.CLUSTER)


def test_a_plain_code_shows_as_itself() -> None:
    assert label("public") == "public"
    assert label(None) == ""
    assert isinstance(enums.ActorType.PUBLIC, StrEnum)
