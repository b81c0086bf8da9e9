"""Which action of a plan a row of the actions or progress kind names (handlers_planning.py).

A row names an action by its uuid or its code, and may give its axis (*eje*) and title too.
Partners number actions per axis ("Eje 1": 1, 2, 3; "Eje 2": 1, 2), so a code may name several
actions of a plan; then the row's axis, then its title, must single one out, or the row is
rejected ("ambiguous_code"): updating the first action with the code, as a code alone would,
writes one axis's action over another's with no warning. Both kinds decide it the same way
(``pick_by_code``); progress rows are also refused when they name another action
(``progress_match``), while an actions sheet may retitle an action (but not with another
action's title) or move it to another axis (``action_match``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from agencydesk.domain.importing.action_refs import axis_key, code_key, plain_code, words_key
from agencydesk.domain.importing.names import names_agree, telling_words
from agencydesk.domain.text import fold
from agencydesk.services.importing.handlers import KeyIndex, valid_uuid
from agencydesk.services.importing.scoped import PlanNames
from agencydesk.services.importing.setup import OnMatch, RowMatch

# The reasons of a row that names no action of the plan, or no single one.
MATCH_REASONS = {
    "unknown_action": "no action of the plan has this code",
    "ambiguous_code": "several actions of the plan have this code: add the axis (Eje) or "
    "the action's title, as in the plan, to tell them apart",
    "other_action": "the plan's action with this code has another axis and another title: "
    "check the code",
    "other_action_title": "this is the title of another action of the plan, not of the action "
    "with this code: check the code or the title",
}


class CodedAction(NamedTuple):
    """An action with a code, as rows are compared with it."""

    record_id: int
    label: str  # "1 Capacitación en poda"
    axis: str  # axis_key
    title: str  # words_key


class ActionIndex(KeyIndex):
    """Actions of the plan by uuid and folded title, with each one's dates (so a row that
    changes only one of them can be checked against the other).

    ``codes``: code key -> every action with that code (a code may name several);
    ``plain_codes``: a padded number's plain form ("1" for "01") -> the code keys standing for
    it; ``in_file``: the index of the file's own rows (duplicates); ``plans``: the names of
    the plan in a file's plan column (None when the sheet has none mapped).
    """

    __slots__ = ("codes", "dates", "in_file", "on_match", "plain_codes", "plans")

    def __init__(self, on_match: OnMatch = OnMatch.SKIP, in_file: bool = False) -> None:
        super().__init__(("uuid", "title"))
        self.codes: dict[str, list[CodedAction]] = {}
        self.plain_codes: dict[str, list[str]] = {}
        self.dates: dict[int, tuple[date | None, date | None]] = {}
        self.on_match = on_match
        self.in_file = in_file
        self.plans: PlanNames | None = None


def action_label(code: Any, title: Any) -> str:
    return f"{code} {title}".strip() if code else str(title or "")


def title_key(title: Any) -> str:
    return fold(str(title)) if title not in (None, "") else ""


def add_action(
    index: ActionIndex, ref: int, uid: Any, code: Any, title: Any, axis: Any = None
) -> None:
    label = action_label(code, title)
    c_key = code_key(code)
    if uid:
        index.add("uuid", str(uid), ref, label)
    if c_key:
        if c_key not in index.codes:
            index.plain_codes.setdefault(plain_code(c_key), []).append(c_key)
        action = CodedAction(ref, label, axis_key(axis), words_key(title))
        index.codes.setdefault(c_key, []).append(action)
    index.add("title", title_key(title), ref, label, c_key)


def coded(index: ActionIndex, c_key: str) -> Sequence[CodedAction]:
    """The actions a row's code names: those with the code as typed ("01" is the plan's "01"
    when it has one); else, for a padded number ("01", "1.0" from a number read as text),
    those coded with that number however written ("1"), told apart like actions that share
    a code when several codes stand for it."""
    if not c_key:
        return ()
    exact = index.codes.get(c_key)
    if exact:
        return exact
    keys = index.plain_codes.get(plain_code(c_key), ())
    return [action for key in keys for action in index.codes[key]]


def _narrow(actions: Sequence[CodedAction], part: str, words: str) -> Sequence[CodedAction]:
    """The ``actions`` whose ``part`` ("axis" or "title") agrees with a row's ``words``: the
    same words first, then those that name one (``names_agree``), then those that name none
    (an action typed with no axis). When none agrees, all of them: words that fit no action
    ("Eje 9" when the plan has four axes) tell nothing."""
    if not words:
        return actions
    agree = [a for a in actions if names_agree(words, getattr(a, part))]
    same = [a for a in agree if getattr(a, part) == words]
    named = [a for a in agree if getattr(a, part)]
    return same or named or agree or actions


def pick_by_code(
    actions: Sequence[CodedAction], axis: str, title: str
) -> tuple[CodedAction | None, str | None]:
    """The one action of ``actions`` (those with the row's code) that the row means, or
    (None, None) when it means none of them, or (None, "ambiguous_code").

    A code is the action's id in the plan, so a row may retitle an action or move it to
    another axis: only a clearly different axis AND a clearly different title make an action
    with the row's code another one ("Eje 3 | 1 | Vivero" in a plan with axes 1 and 2). When
    several remain, the row's axis, then its title, must single one out (``_narrow``).
    """
    kept = [a for a in actions if names_agree(axis, a.axis) or names_agree(title, a.title)]
    if len(kept) <= 1:
        return (kept[0] if kept else None), None
    picked = _narrow(_narrow(kept, "axis", axis), "title", title)
    return (picked[0], None) if len(picked) == 1 else (None, "ambiguous_code")


def _same_in_file(actions: Sequence[CodedAction], axis: str, title: str) -> CodedAction | None:
    """An earlier row of the file that this one repeats: between two rows of one file, the
    same code under a clearly different axis (both given) or with a clearly different title is
    another action ("1 Capacitación en poda" under "Eje 1" and "1 Feria del cacao" under
    "Eje 2"), not a duplicate. The earlier row with the same axis and title wins."""
    best: CodedAction | None = None
    best_score = -1
    for action in actions:
        if not (names_agree(axis, action.axis) and names_agree(title, action.title)):
            continue
        score = 2 * bool(axis and action.axis) + 1
        if score > best_score:  # the first row wins a tie
            best, best_score = action, score
    return best


def _names_another(index: ActionIndex, own: CodedAction, part: str, words: str) -> bool:
    """Whether a row's ``part`` ("axis" or "title") disagrees with ``own``'s, the action its
    code found, and names ANOTHER action of the plan: "Eje 2 | 3" when only Eje 1 has an action
    3, or code 1 with the title of Eje 2's action. Words that name no action of the plan
    ("Eje 9", a corrected title) say nothing against it."""
    its = getattr(own, part)
    if not words or not its or names_agree(words, its):
        return False
    return any(
        a.record_id != own.record_id and _names(words, getattr(a, part), part)
        for entries in index.codes.values()
        for a in entries
    )


def _names(words: str, other: str, part: str) -> bool:
    """Whether a row's words name ``other``, another action's axis or title. A title must say
    it with two telling words at least: a retitled "Capacitación en buenas prácticas para
    productores" does not name an action titled "Capacitación" alone."""
    if not other or not names_agree(words, other):
        return False
    return part != "title" or words == other or len(telling_words(words) & telling_words(other)) > 1


def _contradicted(index: ActionIndex, own: CodedAction, axis: str, title: str) -> bool:
    """Whether a row's axis or its title names another action of the plan than ``own``
    (``_names_another``): a partner reporting an action the plan does not have yet."""
    return _names_another(index, own, "axis", axis) or _names_another(index, own, "title", title)


def _found(action: CodedAction) -> RowMatch:
    return RowMatch(action.record_id, action.label, "code")


def progress_match(
    index: ActionIndex, values: Mapping[str, Any]
) -> tuple[RowMatch | None, str | None]:
    """The action a progress row updates, or why it updates none: (None, reason), or
    (None, None) when no action has the row's code ("unknown_action").

    A progress sheet names an action by its code, and gives the axis or the title only to say
    which action (``pick_by_code``): partners shorten titles and name axes their own way
    ("Eje 1" / "1. Calidad"), so a different axis or title alone does not stop a code; both
    clearly different say the row means another action, which the plan does not have, and an
    axis or a title naming another action of the plan (``_contradicted``) says the same: the
    row is rejected ("other_action"), not written over that action. Two rows updating one
    action are found by the preview, by the action they match (a kind that only updates).
    """
    uid = valid_uuid(values.get("uuid"))
    if uid and (found := index.find("uuid", uid)):
        return found, None
    actions = coded(index, code_key(values.get("code")))
    if not actions:
        return None, None
    axis, title = axis_key(values.get("axis")), words_key(values.get("title"))
    action, reason = pick_by_code(actions, axis, title)
    if reason:
        return None, reason
    if action is None or _contradicted(index, action, axis, title):
        return None, "other_action"
    return _found(action), None


def action_match(
    index: ActionIndex, values: Mapping[str, Any]
) -> tuple[RowMatch | None, str | None]:
    """The action a row of an actions sheet is (by uuid, then code, then the same title in
    the plan), or None for a new action; or (None, "ambiguous_code") when the row's code is
    several actions' and neither its axis nor its title says which (``pick_by_code``): the
    row is rejected, never matched to a guessed action. In the file's own index it finds the
    earlier row the row repeats (``_same_in_file``).

    A row may retitle the action its code (and axis) picks, but not with the title of another
    action of the plan ("Eje 1 | 1 | Feria del cacao" when the feria is Eje 2's action 1): that
    writes one action's title over another's, so the row is rejected ("other_action_title");
    a title that names no other action is a correction, and updates the title."""
    uid = valid_uuid(values.get("uuid"))
    if uid and (found := index.find("uuid", uid)):
        return found, None
    c_key = code_key(values.get("code"))
    title = values.get("title")
    if actions := coded(index, c_key):
        axis, words = axis_key(values.get("axis")), words_key(title)
        if index.in_file:
            action, reason = _same_in_file(actions, axis, words), None
        else:
            action, reason = pick_by_code(actions, axis, words)
            if action is not None and _names_another(index, action, "title", words):
                action, reason = None, "other_action_title"
        if reason:
            return None, reason
        if action is not None:
            return _found(action), None
    hit = index.get("title", title_key(title))
    # The same title under another code is another action (codes are the plan's own ids);
    # when both have a code, the code has decided already.
    if hit and not (c_key and hit[2]):
        return RowMatch(hit[0], hit[1], "title"), None
    return None, None
