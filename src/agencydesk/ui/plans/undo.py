"""How plans and actions plug into the shared undo commands (ui/undo.py).

An action's content is its draft and its funding lines, written together: the edit command
carries both as one ``ActionContent``. In-place edits of the tree (status, progress, dates)
carry only the changed fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agencydesk.domain.plans import ActionDraft, FundingLineDraft
from agencydesk.services.plans import PlansService
from agencydesk.ui.undo import RecordOps


@dataclass(frozen=True)
class ActionContent:
    draft: ActionDraft
    funding: tuple[FundingLineDraft, ...]

    @classmethod
    def of(cls, draft: ActionDraft, funding: Sequence[FundingLineDraft]) -> ActionContent:
        return cls(draft, tuple(funding))


def plan_ops(plans: PlansService) -> RecordOps:
    return RecordOps(
        plans.update_plan,
        plans.delete_plan,
        plans.restore_plan,
        plans.plan,
        plans.plan_usages,
        "action_plan",
        lambda record: record.title,
    )


def action_ops(plans: PlansService) -> RecordOps:
    def update(action_id: int, content: ActionContent) -> Any:
        return plans.update_action(action_id, content.draft, list(content.funding))

    return RecordOps(
        update,
        plans.delete_action,
        plans.restore_action,
        plans.action,
        plans.action_usages,
        "action",
        lambda record: record.name,
    )


def action_fields_ops(plans: PlansService) -> RecordOps:
    """For ``EditCommand``s whose before/after are dicts of in-place fields."""
    base = action_ops(plans)
    return RecordOps(
        lambda action_id, changes: plans.set_action_fields(action_id, **changes),
        base.delete,
        base.restore,
        base.fetch,
        base.usages,
        base.entity,
        base.name_of,
    )
