"""The fields of each kind of import, and that their own headers map back to them."""

from __future__ import annotations

import pytest

from agencydesk.domain.enums import ActorType
from agencydesk.domain.importing.headers import map_headers
from agencydesk.domain.importing.kinds import (
    ImportKind,
    ValueType,
    field_spec,
    fields,
    required_fields,
)


def test_required_fields_of_each_kind() -> None:
    assert required_fields(ImportKind.ORGANIZATIONS) == ("name", "actor_type")
    assert required_fields(ImportKind.PEOPLE) == ("full_name",)
    assert required_fields(ImportKind.ACTIONS) == ("title",)
    assert required_fields(ImportKind.AGREEMENTS) == ("text",)
    assert required_fields(ImportKind.ATTENDANCE) == ("full_name",)
    assert required_fields(ImportKind.MEASUREMENTS) == ("indicator", "date", "value")
    assert required_fields(ImportKind.PROGRESS) == ("code",)


@pytest.mark.parametrize("kind", list(ImportKind))
def test_every_kind_has_an_optional_uuid(kind: ImportKind) -> None:
    spec = field_spec(kind, "uuid")
    assert spec.type is ValueType.IDENTIFIER
    assert not spec.required
    assert spec.max_length == 36


def test_field_types_lengths_and_enums() -> None:
    actor_type = field_spec(ImportKind.ORGANIZATIONS, "actor_type")
    assert actor_type.type is ValueType.ENUM and actor_type.enum is ActorType
    assert field_spec(ImportKind.ORGANIZATIONS, "name").max_length == 300
    assert field_spec(ImportKind.ORGANIZATIONS, "tax_id").max_length == 40
    assert field_spec(ImportKind.ORGANIZATIONS, "short_name").max_length == 60
    assert field_spec(ImportKind.ACTIONS, "code").max_length == 20
    assert field_spec(ImportKind.ACTIONS, "budget").type is ValueType.MONEY
    assert field_spec(ImportKind.ACTIONS, "progress_pct").type is ValueType.PERCENT
    assert field_spec(ImportKind.ACTIONS, "notes").max_length is None
    assert field_spec(ImportKind.AGREEMENTS, "responsible_person").type is ValueType.PERSON
    assert field_spec(ImportKind.ATTENDANCE, "attended").type is ValueType.BOOL
    with pytest.raises(KeyError):
        field_spec(ImportKind.PEOPLE, "budget")


def test_template_headers_are_spanish() -> None:
    headers = {s.name: s.template_header for s in fields(ImportKind.ORGANIZATIONS)}
    assert headers["name"] == "Nombre de la organización"
    assert headers["actor_type"] == "Tipo de actor"
    assert headers["tax_id"] == "RUC / RUT / RFC / NIT"
    assert headers["email"] == "Correo electrónico"
    assert field_spec(ImportKind.ACTIONS, "start_date").template_header == "Fecha de inicio"


@pytest.mark.parametrize("kind", list(ImportKind))
def test_a_template_header_row_maps_back_to_its_fields(kind: ImportKind) -> None:
    specs = [s for s in fields(kind) if s.template_header]
    mapping = map_headers([s.template_header for s in specs], kind)
    assert mapping == {i: s.name for i, s in enumerate(specs)}


@pytest.mark.parametrize("kind", list(ImportKind))
def test_an_export_header_row_of_field_names_maps_back(kind: ImportKind) -> None:
    names = [s.name for s in fields(kind)]
    assert map_headers(names, kind) == dict(enumerate(names))


@pytest.mark.parametrize("kind", list(ImportKind))
def test_each_synonym_alone_maps_to_its_field(kind: ImportKind) -> None:
    for spec in fields(kind):
        for synonym in spec.synonyms:
            assert map_headers([synonym], kind) == {0: spec.name}, synonym
