"""Action plans: the Plans area (plans and all actions) and the panel of one plan."""

from agencydesk.ui.plans.area import PlansArea
from agencydesk.ui.plans.plan_panel import PlanPanel

__all__ = ["PlanPanel", "PlansArea"]
