"""Reads of the unit registry: the admin's list, the choices a form offers, lookups by name."""

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from tracker.extensions import db
from tracker.models import Item, Unit, User
from tracker.text import sort_key

COMMUNE_KINDS = ("xa", "phuong", "thi_tran", "dac_khu")


@dataclass
class Registry:
    """The registry page: every unit with its item and user counts."""

    units: list[Unit]
    item_counts: dict[int, int]
    user_counts: dict[int, int]

    @property
    def active(self) -> list[Unit]:
        """Units still in use (a merge target must be one)."""
        return [unit for unit in self.units if unit.retired_at is None]


def registry() -> Registry:
    """Every unit, active ones first, roots before children, by Vietnamese name (three queries)."""
    item_counts = dict(db.session.execute(select(Item.unit_id, func.count()).group_by(Item.unit_id)).all())
    user_counts = dict(db.session.execute(
        select(User.unit_id, func.count()).where(User.unit_id.is_not(None)).group_by(User.unit_id)).all())
    units = sorted(db.session.scalars(select(Unit)).all(),
                   key=lambda u: (u.retired_at is not None, u.parent_id is not None, sort_key(u.name)))
    return Registry(units, item_counts, user_counts)


def active_units() -> list[Unit]:
    """Units still in use, by Vietnamese name."""
    return sorted(db.session.scalars(select(Unit).where(Unit.retired_at.is_(None))),
                  key=lambda unit: sort_key(unit.name))


def areas() -> list[Unit]:
    """Provinces and districts: the areas an import can be narrowed to."""
    return [unit for unit in active_units() if unit.kind in ("huyen", "tinh")]


def assignable_units(user: User) -> list[Unit]:
    """Units a coordinator can give a finding to: those beside their own unit (its parent's
    children and their children: the communes of a district, the rooms of a department), else all."""
    units = active_units()
    parent_id = user.unit.parent_id if user.unit else None
    if parent_id is None:
        return units
    by_parent: dict[int | None, list[Unit]] = {}
    for unit in units:
        by_parent.setdefault(unit.parent_id, []).append(unit)
    own = [unit for unit in by_parent.get(parent_id, []) if unit.id != user.unit_id]
    own += [child for unit in own for child in by_parent.get(unit.id, [])]
    return sorted(own, key=lambda unit: sort_key(unit.name)) or units


def without_officers(units: list[Unit]) -> list[Unit]:
    """The units among ``units`` that have no active officer (nobody would hear of their items)."""
    staffed = set(db.session.scalars(select(User.unit_id).where(
        User.unit_id.in_([unit.id for unit in units]), User.role == "officer", User.is_active_account.is_(True))))
    return [unit for unit in units if unit.id not in staffed]


def known_unit_ids(unit_ids: list[int]) -> list[int]:
    """The given ids that are active units, in the given order."""
    found = set(db.session.scalars(select(Unit.id).where(Unit.id.in_(unit_ids), Unit.retired_at.is_(None))))
    return [unit_id for unit_id in unit_ids if unit_id in found]


def find_units(ref: str) -> list[Unit]:
    """Units by code, else by exact name (for the command line): several when the name is shared
    ("Phường 1" of two provinces), so the caller can ask for the code instead of guessing."""
    ref = ref.strip()
    by_code = db.session.scalars(select(Unit).where(Unit.code == ref)).all()
    return list(by_code) or list(db.session.scalars(select(Unit).where(Unit.name == ref).order_by(Unit.id)))


def get_unit(unit_id: int | None) -> Unit | None:
    """A unit by id, or None."""
    return db.session.get(Unit, unit_id) if unit_id and 0 < unit_id < 2**31 else None


def users_list() -> list[User]:
    """Every account with its unit, by role then email (the admin's list)."""
    return list(db.session.scalars(select(User).options(joinedload(User.unit)).order_by(User.role, User.email)))
