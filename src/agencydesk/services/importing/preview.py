"""The preview: every data row of a sheet as it will be stored, with its errors and its match.

Pure computation over a ``RawSheet`` and the indexes the service read beforehand (no database
access here): the same code serves the wizard's preview step, the headless import and the dry
run. Per-row work is kept lean (a 50,000-row sheet is previewed in about a second): values are
normalised through a per-column cache where a column repeats itself, and nothing is queried.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time
from typing import Any

from agencydesk.domain.importing.columns import (
    column_decimal_comma,
    column_writes_cents,
    normalize_column,
)
from agencydesk.domain.importing.conventions import whole_when_done
from agencydesk.domain.importing.footnotes import footnote_at
from agencydesk.domain.importing.headers import header_at
from agencydesk.domain.importing.kinds import (
    FieldSpec,
    ValueType,
    field_spec,
    numbering_fields,
    required_fields,
)
from agencydesk.domain.importing.names import acronym_key, is_total_row, organization_key
from agencydesk.domain.importing.values import (
    IMPLIED,
    REASONS,
    CellResult,
    CellStatus,
    ValueOptions,
    normalize,
    percent_column_is_fraction,
)
from agencydesk.domain.importing.workbook import CellValue, RawSheet, column_letter
from agencydesk.domain.progress import CancelToken, ProgressSink, no_progress
from agencydesk.services.importing.full_names import name_columns
from agencydesk.services.importing.handlers import KindHandler, organization_fields
from agencydesk.services.importing.setup import (
    CHOICE_FOR_MATCH,
    ROW_REASONS,
    ImportPreview,
    ImportSetup,
    OnMatch,
    PreviewRow,
    RowChoice,
    RowError,
)

PROGRESS_EVERY = 500
# "Total general", "Sub-totales:", "Total general de participantes: 125": longer first texts
# are data, not a totals row.
_TOTAL_LABEL_MAX = 60
# The letters a totals label opens with ("Total", "Sub-total", "Suma", "Gran total").
_TOTAL_INITIALS = frozenset("TtSsGg")


def cell_text(value: CellValue) -> str:
    """A raw cell as text, for messages, the report and the rejects workbook."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ") if value.time() != time(0) else value.date().isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def header_texts(sheet: RawSheet, header_row: int, width: int, kind: Any = None) -> tuple[str, ...]:
    """The column names, as text, of the header ending at ``header_row`` (with the row above
    when the two make one header: ``headers.header_at``)."""
    return _texts(header_at(sheet.rows, header_row, kind, sheet.merged)[1], width)


def _texts(cells: list[CellValue], width: int) -> tuple[str, ...]:
    out = []
    for i in range(width):
        text = cell_text(cells[i]).strip() if i < len(cells) else ""
        out.append(" ".join(text.split()))
    return tuple(out)


def reason_message(reason: str, extra: Mapping[str, str] | None = None) -> str:
    if extra and reason in extra:
        return extra[reason]
    return REASONS.get(reason) or ROW_REASONS.get(reason) or reason


def _nothing_mapped(raw: list[CellValue], columns: tuple[int, ...]) -> bool:
    """A blank row, or one with text only in columns that are not imported (or only in its
    pre-filled numbering column: ``columns`` leaves those out)."""
    n = len(raw)
    for col in columns:
        if col < n:
            value = raw[col]
            if value is not None and (type(value) is not str or value.strip()):
                return False
    return True


def _totals(raw: list[CellValue]) -> bool:
    first_text = next((c for c in raw if c is not None and c != ""), None)
    # is_total_row looks at the whole row; a long first text ("Cooperativa Agraria ...
    # S.C. de R.L."), or one opening with another letter, is never a totals label, so most
    # data rows skip it.
    return (
        isinstance(first_text, str)
        and len(first_text) <= _TOTAL_LABEL_MAX
        and first_text.lstrip()[:1] in _TOTAL_INITIALS
        and is_total_row(raw)
    )


_DECIMAL_TYPES = frozenset({ValueType.NUMBER, ValueType.MONEY, ValueType.PERCENT})


def _column_options(sheet: RawSheet, setup: ImportSetup, col: int, name: str) -> ValueOptions:
    options = ValueOptions(day_first=setup.day_first, decimal_comma=setup.decimal_comma)
    value_type = field_spec(setup.kind, name).type
    if value_type in _DECIMAL_TYPES and options.decimal_comma is None:
        # "1.250" among "2.75" and "0.5" is 1.25, not 1250: the column says which separator is
        # its decimal one (unless the user chose it).
        values = (r[col] for r in sheet.rows[setup.header_row + 1 :] if col < len(r))
        options = replace(options, decimal_comma=column_decimal_comma(values))
        if value_type is ValueType.MONEY:
            values = (r[col] for r in sheet.rows[setup.header_row + 1 :] if col < len(r))
            options = replace(options, money_thousands=column_writes_cents(values))
    if value_type is ValueType.PERCENT:
        # 0.45 in a "%"-formatted column is 45 %: decided for the whole column at once; among
        # percentages, per value (0.6 beside 40 and 100 is still 60 %).
        values = (r[col] for r in sheet.rows[setup.header_row + 1 :] if col < len(r))
        return replace(options, percent_fractions=percent_column_is_fraction(values) or None)
    return options


def _default_result(value: Any, spec: FieldSpec, options: ValueOptions) -> CellResult | None:
    if value is None or value == "":
        return None
    if isinstance(value, str) and spec.type not in (ValueType.TEXT, ValueType.LONG_TEXT):
        result = normalize(value, spec, options)  # "privado" typed in the wizard
        return result if result.status is not CellStatus.INVALID else None
    return CellResult(CellStatus.VALID, value, "default")


def filled_rows(sheet: RawSheet, setup: ImportSetup) -> dict[int, list[CellValue]]:
    """Rows below the header changed by merged cells in mapped columns (filled down)."""
    changed: dict[int, list[CellValue]] = {}
    mapped = setup.mapping
    rows = sheet.rows
    for rng in sheet.merged:
        if rng.last_row <= rng.first_row or rng.first_row <= setup.header_row:
            continue
        if rng.first_col not in mapped or rng.first_row >= len(rows):
            continue
        top = rows[rng.first_row]
        value = top[rng.first_col] if rng.first_col < len(top) else None
        if value is None:
            continue
        for r in range(rng.first_row + 1, min(rng.last_row, len(rows) - 1) + 1):
            row = changed.get(r)
            if row is None:
                row = changed[r] = list(rows[r])
            if len(row) <= rng.first_col:
                row.extend([None] * (rng.first_col + 1 - len(row)))
            if row[rng.first_col] is None:
                row[rng.first_col] = value
    return changed


def _column_errors(
    results: list[CellResult],
    raws: list[CellValue],
    numbers: list[int],
    label: str,
    name: str,
    extra: Mapping[str, str],
    into: dict[int, list[RowError]],
) -> None:
    """The INVALID cells of a column, as RowErrors by position in the data rows."""
    invalid = CellStatus.INVALID
    for k, result in enumerate(results):
        if result.status is invalid:
            reason = result.reason or "invalid"
            error = RowError(
                numbers[k], label, name, cell_text(raws[k]), reason, reason_message(reason, extra)
            )
            into.setdefault(k, []).append(error)


def _add_implied(kind: Any, names: list[str], column_results: list[list[CellResult]]) -> None:
    """The cells a correction implies in another field (values.IMPLIED): "Justificado" in the
    presence column also sets "excused", in its own column where that cell is empty, or in a
    column of its own when the sheet has none. A value the sheet gives is never replaced."""
    empty = CellStatus.EMPTY
    for name, results in list(zip(names, column_results, strict=True)):
        if field_spec(kind, name).type is not ValueType.BOOL:
            continue
        for k, result in enumerate(results):
            implied = IMPLIED.get(result.reason) if result.reason else None
            if implied is None:
                continue
            target, value = implied
            if target not in names:
                names.append(target)
                column_results.append([CellResult(empty)] * len(results))
            column = column_results[names.index(target)]
            if column[k].status is empty:
                column[k] = CellResult(CellStatus.CORRECTED, value, result.reason)


def _handler_errors(
    problems: Sequence[tuple[str | None, str]],
    number: int,
    cells_row: Sequence[CellValue],
    label_of: Mapping[str, str],
    column_of: Mapping[str, int],
    extra: Mapping[str, str],
) -> list[RowError]:
    """A handler's (field, reason) problems of a row, as RowErrors showing the field's cell."""
    n = len(cells_row)
    return [
        RowError(
            number,
            label_of.get(name, "") if name else "",
            name,
            cell_text(cells_row[column_of[name]])
            if name in column_of and column_of[name] < n
            else "",
            reason,
            reason_message(reason, extra),
        )
        for name, reason in problems
    ]


def choice_for_match(handler: KindHandler, setup: ImportSetup) -> RowChoice:
    """The proposed choice of a row matching an existing record."""
    if setup.on_match is OnMatch.SKIP and getattr(handler, "updates_matches", False):
        return RowChoice.UPDATE
    return CHOICE_FOR_MATCH[setup.on_match]


def build_preview(
    sheet: RawSheet,
    setup: ImportSetup,
    handler: KindHandler,
    index: Any,
    directory: Mapping[str, int],
    progress: ProgressSink = no_progress,
    cancel: CancelToken | None = None,
) -> ImportPreview:
    """The preview of ``sheet`` under ``setup``.

    ``index``: the handler's index of existing records; ``directory``: organization_key ->
    id of every organization (only read when the kind has organization fields).

    Three passes: the data rows (blank, totals and footnote rows skipped), then each mapped
    column normalised at once (``normalize_column``: once per distinct value), then each
    row's errors, match and choice.
    """
    options = ValueOptions(day_first=setup.day_first, decimal_comma=setup.decimal_comma)
    kind = setup.kind
    mapping = dict(sorted(setup.mapping.items()))
    width = max([sheet.width, *(c + 1 for c in mapping)])
    header_top, header_cells = header_at(sheet.rows, setup.header_row, kind, sheet.merged)
    headers = _texts(header_cells, width)
    column_of = {name: col for col, name in mapping.items()}
    label_of = {name: headers[col] or column_letter(col) for name, col in column_of.items()}
    defaults = {
        name: result
        for name, value in setup.defaults.items()
        if (result := _default_result(value, field_spec(kind, name), options)) is not None
    }
    required = required_fields(kind)
    org_fields = [f for f in organization_fields(kind) if f in column_of or f in defaults]
    extra_reasons = handler.reasons
    file_index = handler.new_index()
    updating: dict[int, int] = {}  # record id -> the first row updating it (updates-only kinds)
    fills = filled_rows(sheet, setup)
    # A row with only its pre-filled "N°" / code is blank: numbering columns do not count.
    numbering = numbering_fields(kind)
    content_columns = tuple(c for c, n in mapping.items() if n not in numbering)
    mapped_columns = content_columns if content_columns else tuple(mapping)
    new_orgs: dict[str, str] = {}  # organization_key -> the first spelling met
    matched_choice = choice_for_match(handler, setup)

    # 1. The data rows.
    rows = sheet.rows
    first = setup.header_row + 1
    count = max(len(rows) - first, 0)
    blank = total = notes = 0
    note_column: int | None = None  # the footnote just above: a row in its column goes on
    kept: list[int] = []
    marked: list[int] = []  # "(*) …" rows: footnotes if no data row comes after them
    for i in range(first, len(rows)):
        raw = rows[i]
        if _totals(raw):  # also "TOTAL" in a column that is not imported
            total += 1
            continue
        # "Fuente: …", "Elaborado por: …", in any column: the report's footnotes, not data.
        if (found := footnote_at(raw, note_column)) is not None:
            note_column, is_marked = found
            if is_marked:
                marked.append(i)
            else:
                notes += 1
            continue
        if _nothing_mapped(raw, mapped_columns):
            blank += 1
            continue
        note_column = None
        if marked:  # a data row below: those marks were on names of the table
            kept += marked
            marked = []
        kept.append(i)
    notes += len(marked)
    if cancel is not None:
        cancel.check()
    source = [fills.get(i, rows[i]) for i in kept] if fills else [rows[i] for i in kept]
    numbers = [i + 1 for i in kept]

    def raw_column(col: int) -> list[CellValue]:
        return [r[col] if col < len(r) else None for r in source]

    # 2. The mapped columns, each normalised at once; defaults fill empty cells.
    names = list(mapping.values())
    errors_at: dict[int, list[RowError]] = {}  # position in kept -> the row's errors
    column_results: list[list[CellResult]] = []
    empty = CellStatus.EMPTY
    for col, name in mapping.items():
        if cancel is not None:
            cancel.check()
        spec = field_spec(kind, name)
        raws = [r[col] if col < len(r) else None for r in source]
        # An amount's header may give its unit ("Presupuesto (miles de S/)": units).
        results = normalize_column(
            raws, spec, _column_options(sheet, setup, col, name), headers[col]
        )
        _column_errors(results, raws, numbers, label_of[name], name, extra_reasons, errors_at)
        column_results.append(results)
    if "status" in names:  # progress 1 beside "Concluida" is Excel's "100%"
        statuses = column_results[names.index("status")]
        for j, (col, name) in enumerate(mapping.items()):
            if field_spec(kind, name).type is ValueType.PERCENT:
                raws = [r[col] if col < len(r) else None for r in source]
                column_results[j] = whole_when_done(raws, column_results[j], statuses)
    # What the sheet implies ("Justificado" -> excused) comes before the defaults: it is data.
    handler.revise_columns(index, names, column_results, lambda name: raw_column(column_of[name]))
    _add_implied(kind, names, column_results)
    for j, name in enumerate(names):
        default = defaults.get(name)
        if default is not None:
            column_results[j] = [default if r.status is empty else r for r in column_results[j]]
    # "Apellidos, nombres" put given names first; "Nombres | Apellido paterno": one full_name.
    name_columns(kind, names, column_results, label_of, numbers, errors_at)
    only_defaults = {n: r for n, r in defaults.items() if n not in names}
    for name in required:
        if name in names:
            results = column_results[names.index(name)]
            missing = [
                k
                for k, r in enumerate(results)
                if r.value is None and r.status is not CellStatus.INVALID
            ]
        elif name in only_defaults:
            missing = []
        else:
            missing = list(range(len(kept)))
        for k in missing:
            message = reason_message("required", extra_reasons)
            error = RowError(numbers[k], label_of.get(name, ""), name, "", "required", message)
            errors_at.setdefault(k, []).append(error)
    column_values = [[r.value for r in results] for results in column_results]
    default_values = {n: r.value for n, r in only_defaults.items() if r.value is not None}

    # A handler that decides from a whole column (a new plan takes one plan of the file).
    handler.see_columns(index, dict(zip(names, column_values, strict=True)))

    # 3. Each row: organizations, the handler's checks, the match, in-file duplicates.
    out: list[PreviewRow] = []
    done = count - len(kept)
    row_results = zip(*column_results, strict=True) if names else iter(lambda: (), None)
    row_values = zip(*column_values, strict=True) if names else iter(lambda: (), None)
    for k, (cells_row, results_k, values_k) in enumerate(
        zip(source, row_results, row_values, strict=False)
    ):
        if k % PROGRESS_EVERY == 0:
            if cancel is not None:
                cancel.check()
            progress(done + k, count, "preview")
        # With merged cells filled down: a rejected row of an axis's block goes to the rejects
        # workbook with its axis, so that it imports again once fixed.
        raw = cells_row
        number = numbers[k]
        cells = dict(zip(names, results_k, strict=True))
        if only_defaults:
            cells.update(only_defaults)
        if None in values_k:
            values = {name: v for name, v in zip(names, values_k, strict=True) if v is not None}
        else:
            values = dict(zip(names, values_k, strict=True))
        if default_values:
            values.update(default_values)
        errors = errors_at.get(k, [])
        row_new_orgs: list[str] = []
        for name in org_fields:
            org_name = values.get(name)
            if org_name is None:
                continue
            key = organization_key(str(org_name))
            if not key or key in directory or acronym_key(str(org_name)) in directory:
                continue
            if setup.create_organizations:
                row_new_orgs.append(new_orgs.setdefault(key, str(org_name).strip()))
            else:
                errors.append(
                    RowError(
                        number,
                        label_of.get(name, ""),
                        name,
                        str(org_name),
                        "unknown_organization",
                        reason_message("unknown_organization", extra_reasons),
                    )
                )
        if not errors:
            problems = handler.check_row(index, values)
            if not problems and handler.creates:
                # An earlier row of the file may make this one wrong, not its duplicate: a
                # different name with the same ID (one of the two IDs is mistyped).
                problems = handler.check_in_file(file_index, values)
            errors = _handler_errors(
                problems, number, cells_row, label_of, column_of, extra_reasons
            )
        match = duplicate = None
        if not errors:
            match = handler.match(index, values)
            if match is None and not handler.creates:
                reason = handler.missing_reason
                errors.append(
                    RowError(number, "", None, "", reason, reason_message(reason, extra_reasons))
                )
        if errors:
            out.append(
                PreviewRow(number, tuple(raw), cells, tuple(errors), None, None, RowChoice.SKIP, ())
            )
            continue
        if handler.creates:
            earlier = handler.match(file_index, values)
            duplicate = earlier.record_id if earlier is not None else None
        else:  # a sheet that only updates: an earlier row for the same record, however named
            assert match is not None
            first = updating.setdefault(match.record_id, number)
            duplicate = first if first != number else None
        if duplicate is not None:
            choice = RowChoice.SKIP
        else:
            handler.add(file_index, values, number, handler.label(values))
            choice = matched_choice if match is not None else RowChoice.CREATE
        out.append(
            PreviewRow(number, tuple(raw), cells, (), match, duplicate, choice, tuple(row_new_orgs))
        )
    progress(count, count, "preview")
    used = {organization_key(n) for r in out if not r.errors for n in r.new_organizations}
    return ImportPreview(
        setup=setup,
        headers=headers,
        rows=tuple(out),
        skipped_blank=blank,
        skipped_total=total,
        new_organizations=tuple(n for k, n in new_orgs.items() if k in used),
        skipped_notes=notes,
        header_rows=tuple(range(header_top, setup.header_row + 1)),
    )
