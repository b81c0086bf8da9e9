"""PDF documents (reportlab) built from records: action plans, minutes, sign-in sheets,
agreements follow-up and handover files."""
