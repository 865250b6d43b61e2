"""The unit registry: load from CSV, add, rename, retire, merge.

Units are never deleted: items and history keep pointing at a retired or merged unit.
"""

import csv
import io
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select

from tracker.clock import now_utc
from tracker.extensions import db
from tracker.models import UNIT_KINDS, Unit
from tracker.sanitize import plausible_email
from tracker.text import fold as _fold


class UnitError(ValueError):
    """Invalid unit data; the message is Vietnamese."""


_KIND_ALIASES = {_fold(label): code for code, label in UNIT_KINDS.items()}
_KIND_ALIASES.update({code.replace("_", " "): code for code in UNIT_KINDS})
_KIND_ALIASES.update({"tt": "thi_tran", "thi tran": "thi_tran", "p": "phuong"})


def parse_kind(value: str | None) -> str:
    """Accept a kind as code ("thi_tran") or as written ("Thị trấn", "xã")."""
    kind = _KIND_ALIASES.get(_fold(value or "xa").replace("_", " "))
    if kind is None:
        raise UnitError(f"Loại đơn vị không hợp lệ: “{value}”.")
    return kind


def _clean_name(name: str) -> str:
    name = unicodedata.normalize("NFC", " ".join((name or "").split()))
    if not name:
        raise UnitError("Tên đơn vị không được để trống.")
    return name


@dataclass
class LoadReport:
    """What a CSV load did."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0


def load_csv(text: str) -> LoadReport:
    """Create or update units from CSV with columns ``name, kind, code, parent, email``.

    ``parent`` is another unit's code or name (earlier in the file or already stored). Loading
    the same file twice changes nothing. Raises ``UnitError`` naming the line on bad data.
    """
    report = LoadReport()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"name"} - set(reader.fieldnames or [])
    if missing:
        raise UnitError("Tệp CSV phải có các cột: name, kind, code, parent, email.")
    for line_no, row in enumerate(reader, start=2):
        try:
            _load_row(row, report)
        except UnitError as error:
            raise UnitError(f"Dòng {line_no}: {error}") from error
    db.session.flush()
    return report


def _find_parent(ref: str) -> Unit | None:
    ref = (ref or "").strip()
    if not ref:
        return None
    parent = db.session.scalar(select(Unit).where(Unit.code == ref))
    parent = parent or db.session.scalar(select(Unit).where(Unit.name == _clean_name(ref)))
    if parent is None:
        raise UnitError(f"Không tìm thấy đơn vị cấp trên “{ref}”.")
    return parent


def _load_row(row: dict, report: LoadReport) -> None:
    name = _clean_name(row.get("name", ""))
    kind = parse_kind(row.get("kind"))
    code = (row.get("code") or "").strip() or None
    email = (row.get("email") or "").strip().lower() or None
    if email and not plausible_email(email):
        raise UnitError(f"Địa chỉ email không hợp lệ: “{email}” (đơn vị “{name}”).")
    parent = _find_parent(row.get("parent", ""))
    unit = None
    if code:
        unit = db.session.scalar(select(Unit).where(Unit.code == code))
    if unit is None:
        unit = db.session.scalar(
            select(Unit).where(
                Unit.name == name,
                Unit.kind == kind,
                Unit.parent_id.is_(None) if parent is None else Unit.parent_id == parent.id,
            )
        )
    if unit is None:
        db.session.add(Unit(name=name, kind=kind, code=code, parent=parent, email=email))
        db.session.flush()
        report.created += 1
        return
    changes = {"kind": kind, "code": code or unit.code, "email": email or unit.email}
    if unit.name != name:
        rename_unit(unit, name)
    if any(getattr(unit, key) != value for key, value in changes.items()):
        for key, value in changes.items():
            setattr(unit, key, value)
        report.updated += 1
    else:
        report.unchanged += 1


def add_unit(name: str, kind: str, parent: Unit | None = None, code: str | None = None,
             email: str | None = None) -> Unit:
    """Register a new unit."""
    name = _clean_name(name)
    kind = parse_kind(kind)
    code = (code or "").strip() or None
    email = (email or "").strip().lower() or None
    if email and not plausible_email(email):
        raise UnitError(f"Địa chỉ email không hợp lệ: “{email}”.")
    if code and db.session.scalar(select(Unit.id).where(Unit.code == code)):
        raise UnitError(f"Mã đơn vị {code} đã được dùng.")
    duplicate = select(Unit.id).where(
        Unit.name == name,
        Unit.kind == kind,
        Unit.parent_id.is_(None) if parent is None else Unit.parent_id == parent.id,
    )
    if db.session.scalar(duplicate):
        raise UnitError(f"Đã có đơn vị “{name}” ({UNIT_KINDS.get(kind, kind).lower()}) cùng cấp trên.")
    unit = Unit(name=name, kind=kind, parent=parent, code=code,
                email=email)
    db.session.add(unit)
    db.session.flush()
    return unit


def rename_unit(unit: Unit, new_name: str) -> Unit:
    """Rename a unit, remembering the former name so old documents still resolve to it."""
    new_name = _clean_name(new_name)
    if new_name == unit.name:
        return unit
    sibling = select(Unit.id).where(
        Unit.name == new_name, Unit.id != unit.id,
        Unit.parent_id.is_(None) if unit.parent_id is None else Unit.parent_id == unit.parent_id,
    )
    if db.session.scalar(sibling):
        raise UnitError(f"Đã có đơn vị “{new_name}” cùng cấp trên.")
    former = unit.former_name_list
    if unit.name not in former:
        former.append(unit.name)
    unit.former_names = "\n".join(former)
    unit.name = new_name
    db.session.flush()
    return unit


def retire_unit(unit: Unit) -> Unit:
    """Mark a unit as no longer existing; its items and history stay."""
    if unit.retired_at is None:
        unit.retired_at = now_utc()
    db.session.flush()
    return unit


def merge_unit(unit: Unit, into: Unit) -> Unit:
    """Mark ``unit`` as merged into ``into`` (sáp nhập) and retire it; history stays with ``unit``."""
    if unit.id == into.id:
        raise UnitError("Không thể sáp nhập một đơn vị vào chính nó.")
    if into.retired_at is not None:
        raise UnitError(f"Đơn vị “{into.name}” đã ngừng hoạt động, không thể sáp nhập vào.")
    unit.merged_into = into
    return retire_unit(unit)


def restore_unit(unit: Unit) -> Unit:
    """Undo a retirement or merge made by mistake."""
    unit.retired_at = None
    unit.merged_into = None
    db.session.flush()
    return unit
