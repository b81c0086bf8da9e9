"""Exchange between offices without a server: an exchange file carried by e-mail or USB.

The design, decided here once:

**The file** (``.agencydesk``) is a zip holding ``manifest.json`` (``format``:
"agencydesk-exchange", ``format_version``, the program's version, the writing database's id
``source_database_id``, its office name, ``exported_at`` in UTC, the ``scope``: one
initiative by uuid and name, or everything, and the number of rows per table),
``tables/<table>.json`` (a JSON list of rows per table, each row with its ``uuid``,
``created_at``, ``updated_at`` and its fields under their column names; every field pointing
to another record holds that record's *uuid*, never an integer id), and ``marks.json`` (what
the writing database knows of earlier exchanges, see below). An initiative's file is closed
under references: whatever its rows point to is in it too. A newer ``format_version`` is
refused with a sentence; so is a damaged or hostile file (``fileformat``).

**Identity.** Records are matched by uuid. A record new here is created with the sender's
uuid, so it is the same record in both databases from then on. Territories, organizations
and people that are new by uuid but are clearly the same as one of ours (same tax id, national
id, e-mail when the names agree, or name, see ``identity``), and links (a participant, an
attendance, a bottleneck discussed on an agenda item) that both offices registered, are matched
instead of duplicated: ours keeps its uuid, the match is remembered per sender, and on that
first meeting ours stays and only its empty fields are filled from theirs.

**Each database's id** is a uuid in ``exchange_databases`` (``is_self``), made at its first
export or import. Two files written by the same database id (the same database, or a copy of
its file) are refused: an exchange is between two different databases.

**Merge rule.** For a record both have: same fields → unchanged. Otherwise the question is who
changed it *since the last exchange between these two databases*. After every import, this
database keeps a mark per received record: the fingerprint of the sender's version and of ours
(``exchange_marks``; ours left empty when the two stayed different). Files carry their
writer's marks, so both sides' records of earlier exchanges are used. A side changed if its
current version is none of its versions at those exchanges. Theirs only → theirs is taken
(with its ``updated_at``); ours only → ours is kept, and reaches them with our next file; both
→ a **conflict**. A record never exchanged between the two databases (two copies of one file,
or two offices that both loaded the same data, meeting for the first time) has no such mark:
the moment they parted is then taken, on each side's clock, as the latest ``updated_at`` among
the records still identical on both sides, and a side changed the record if its ``updated_at``
is later. When that guess says neither side changed, the newer ``updated_at`` wins. (A record
edited just before the two parted and again after, on one side, may so be asked about
needlessly; a conflict is never passed over for a guess.)

**Conflicts** are shown with both versions' differing fields; the user keeps theirs or ours,
one by one or all at once. Ours kept by decision is marked as "ours differs", so it travels
back as a change and the other office takes it without asking again. Headless, conflicts are
left as they are (ours kept), listed, and asked again at the next import from that office;
``--take-theirs`` / ``--keep-mine`` settle them all.

**Deletions do not travel.** Deleting a record here does not delete it there. But a record we
had at an earlier exchange with that office and deleted since is not brought back by its file
(counted as "skipped"); rows that need it are skipped too.

**Numbers** that must be unique within their owner (a meeting's number, an agreement's number,
a bottleneck's code) are renumbered when the sender's clash with another record of ours; the
summary names them.

**One transaction.** An import writes everything (records, marks, audit entries: one per
created or updated record, under the current user) or nothing. ``dry_run`` does the same work
and rolls it back: the summary and the conflicts are exact, and nothing is written. A merge has
no undo: a verified backup ("before-exchange", ``services/backups``) is taken just before it.
"""

from agencydesk.services.exchange.fileformat import FORMAT_VERSION, SUFFIX, ExchangeFile
from agencydesk.services.exchange.records import (
    Conflict,
    Decision,
    ExportResult,
    FieldDifference,
    FileInfo,
    MergeResult,
    Note,
    Scope,
    TableCounts,
)
from agencydesk.services.exchange.service import ExchangeService

__all__ = [
    "FORMAT_VERSION",
    "SUFFIX",
    "Conflict",
    "Decision",
    "ExchangeFile",
    "ExchangeService",
    "ExportResult",
    "FieldDifference",
    "FileInfo",
    "MergeResult",
    "Note",
    "Scope",
    "TableCounts",
]
