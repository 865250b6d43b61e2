"""Folded copies of the texts people search: a finding's text, a unit's name (and former names),
an item's remedy and progress.

"dong", "Đồng" and "ĐỒNG" must all find Đồng Tâm on SQLite (whose lower() folds only ASCII) and
PostgreSQL alike, so searches compare ``fold(query)`` with these columns. They are set on every
insert and update through the ORM, which is how every operation writes, so they cannot drift.
"""

from sqlalchemy import event

from tracker.models.inspection import Finding
from tracker.models.item import Item
from tracker.models.unit import Unit
from tracker.text import fold


def _finding(_mapper, _connection, finding: Finding) -> None:
    finding.text_folded = fold(finding.text)


def _unit(_mapper, _connection, unit: Unit) -> None:
    unit.name_folded = fold(" | ".join([unit.name, *unit.former_name_list]))


def _item(_mapper, _connection, item: Item) -> None:
    item.notes_folded = fold(" | ".join(text for text in (item.remedy, item.progress) if text)) or None


for model, listener in ((Finding, _finding), (Unit, _unit), (Item, _item)):
    event.listen(model, "before_insert", listener)
    event.listen(model, "before_update", listener)
