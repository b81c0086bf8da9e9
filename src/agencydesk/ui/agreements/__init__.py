"""The Agreements tracker: every agreement across initiatives and agendas, followed until done."""

from agencydesk.ui.agreements.area import AgreementsArea

__all__ = ["AgreementsArea"]
