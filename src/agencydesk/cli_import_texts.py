"""What the ``import`` and ``undo-import`` commands say, in the user's language.

The summary names the counts as the report's keys do: "skipped" is ``skipped_rows`` (data
rows left as they were), never the blank and totals rows under the header.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from agencydesk.cli_language import CliTexts, arg

if TYPE_CHECKING:
    from agencydesk.services.importing.setup import ImportBatchRecord, ImportResult, RowError


class ImportCommand(CliTexts):
    def summary(
        self,
        file: str,
        sheet: str | None,
        kind: str,
        rows: int,
        result: ImportResult,
        rejected_rows: int,
    ) -> str:
        """ "padron.xlsx [Padrón] as organizations: 3 rows, 2 created, … (batch 4)"."""
        counts = [
            self.tr("%n row(s)", "", rows),
            self.tr("%n created", "", result.created),
            self.tr("%n updated", "", result.updated),
            self.tr("%n unchanged", "", result.unchanged),
            self.tr("%n skipped", "", result.skipped),
            self.tr("%n rejected", "", rejected_rows),
        ]
        if result.organizations_created:
            new = len(result.organizations_created)
            counts.append(self.tr("%n new organization(s)", "", new))
        line = arg(
            self.tr("%1 [%2] as %3: %4"),
            file,
            sheet or "",
            self.speaker.kind(kind),
            ", ".join(counts),
        )
        if result.batch_id is None:
            tail = self.tr("(dry run: nothing written)")
        else:
            tail = arg(self.tr("(batch %1)"), result.batch_id)
        return f"{line} {tail}"

    def rejected(self, rejected_rows: int, rejects: str | None) -> str:
        if rejects:
            return arg(self.tr("%n row(s) rejected; they are in %1", "", rejected_rows), rejects)
        return self.tr("%n row(s) rejected", "", rejected_rows)

    def error_header(self) -> str:
        """The rejected rows workbook's last column, named as the wizard's workbook names it."""
        return self.speaker.translate("ResultPage", "Error")

    def row_error(self, error: RowError) -> str:
        """The Error cell of a rejected row: "Column: why (value)", as the wizard writes it."""
        from agencydesk.services.importing.rejects import row_error_text

        return row_error_text(error, self.speaker.rejection(error))

    def write_failed_unexpectedly(self) -> str:
        return self.tr("unexpected error (details are in the log)")

    def unwritten(self, report: bool, rejects: bool, why: str, batch_id: int | None) -> str:
        """After the import: the report and/or the rejected rows could not be written."""
        if report and rejects:
            what = self.tr("the report and the rejected rows workbook")
        elif report:
            what = self.tr("the report")
        else:
            what = self.tr("the rejected rows workbook")
        if batch_id is None:  # a dry run
            text = self.tr(
                "dry run done, nothing was written to the database; only %1 could not be "
                "written (%2)."
            )
            return arg(text, what, why)
        text = self.tr(
            "the import itself was saved (batch %1); only %2 could not be written (%3). Do "
            "not import the file again; 'agencydesk undo-import %1' undoes the import if needed."
        )
        return arg(text, batch_id, what, why)

    def interrupted_after_saving(self, batch_id: int) -> str:
        text = self.tr(
            "interrupted after the import was saved (batch %1); the report or the rejected "
            "rows may be missing. Do not import the file again; 'agencydesk undo-import %1' "
            "undoes the import if needed."
        )
        return arg(text, batch_id)

    def failed_after_saving(self, batch_id: int, log_file: Path) -> str:
        text = self.tr(
            "unexpected error after the import was saved (batch %1). Details are in %2. Do "
            "not import the file again; 'agencydesk undo-import %1' undoes the import if needed."
        )
        return arg(text, batch_id, log_file)

    def maybe_saved(self) -> str:
        return self.tr(
            "interrupted while the import was being saved; it may have been saved. Look in "
            "File > Import history in the program before importing the file again."
        )

    def undone(self, record: ImportBatchRecord) -> str:
        removed = self.tr("%n created record(s) removed", "", record.created)
        restored = self.tr("%n updated record(s) restored", "", record.updated)
        text = self.tr("Import batch %1 (%2) undone: %3, %4.")
        return arg(text, record.id, record.file_name, removed, restored)

    def no_such_batch(self, batch_id: int) -> str:
        return arg(self.tr("There is no import batch number %1."), batch_id)
