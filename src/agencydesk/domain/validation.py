"""Field rules shared by forms (as-you-type) and services (before writing).

Each check returns an error code or None; the UI translates the code.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from agencydesk.domain.enums import ActorType
from agencydesk.domain.errors import ValidationError
from agencydesk.domain.records import OrganizationDraft, PersonDraft

# Deliberately permissive: one @, something before, a dot in the domain. Offices type real
# addresses of partners; rejecting a valid one is worse than accepting an odd one.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_URL = re.compile(r"^(https?://)?[^\s/]+\.[^\s]+$", re.IGNORECASE)

MAX_NAME = 300


def check_required(value: str | None) -> str | None:
    return "required" if not (value or "").strip() else None


def check_name(value: str | None) -> str | None:
    if err := check_required(value):
        return err
    return "too_long" if len((value or "").strip()) > MAX_NAME else None


def check_email(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    return None if _EMAIL.match(value.strip()) else "bad_email"


def check_website(value: str | None) -> str | None:
    if not value or not value.strip():
        return None
    return None if _URL.match(value.strip()) else "bad_url"


def check_not_future(value: date | None, today: date | None = None) -> str | None:
    if value is None:
        return None
    return "future_date" if value > (today or date.today()) else None


def check_members(value: int | None) -> str | None:
    return "negative" if value is not None and value < 0 else None


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = text.strip()
    return text or None


def clean_organization(draft: OrganizationDraft) -> OrganizationDraft:
    """Trim text, drop empty strings and the government level of non-public actors."""
    cleaned = replace(
        draft,
        name=(draft.name or "").strip(),
        **{
            f: _clean(getattr(draft, f))
            for f in (
                "short_name",
                "sector",
                "tax_id",
                "address",
                "phone",
                "email",
                "website",
                "representative",
                "notes",
            )
        },
    )
    # != and not "is not": a draft built from an import mapping may carry the plain code "public".
    if cleaned.actor_type != ActorType.PUBLIC:
        cleaned = replace(cleaned, government_level=None)
    return cleaned


def organization_errors(draft: OrganizationDraft) -> dict[str, str]:
    checks = {
        "name": check_name(draft.name),
        "email": check_email(draft.email),
        "website": check_website(draft.website),
        "members_count": check_members(draft.members_count),
        "registered_on": check_not_future(draft.registered_on),
    }
    return {f: err for f, err in checks.items() if err}


def validate_organization(draft: OrganizationDraft) -> OrganizationDraft:
    cleaned = clean_organization(draft)
    if errors := organization_errors(cleaned):
        raise ValidationError(errors)
    return cleaned


def clean_person(draft: PersonDraft) -> PersonDraft:
    return replace(
        draft,
        full_name=(draft.full_name or "").strip(),
        **{
            f: _clean(getattr(draft, f))
            for f in ("national_id", "position", "phone", "email", "consent_purpose", "notes")
        },
    )


def person_errors(draft: PersonDraft) -> dict[str, str]:
    checks = {
        "full_name": check_name(draft.full_name),
        "email": check_email(draft.email),
        "consent_on": check_not_future(draft.consent_on),
    }
    if draft.consent_on and not draft.consent_purpose:
        checks["consent_purpose"] = "required"
    return {f: err for f, err in checks.items() if err}


def validate_person(draft: PersonDraft) -> PersonDraft:
    cleaned = clean_person(draft)
    if errors := person_errors(cleaned):
        raise ValidationError(errors)
    return cleaned
