"""The importer inside the application: the registry from the database, size limits, duplicate
detection, keeping the original file, and writing a confirmed plan.

Shared by ``tracker conclusions import`` and the web import, so both refuse the same things with
the same Vietnamese messages.
"""

import hashlib
import logging
import secrets
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from tracker.extensions import db
from tracker.importer.draft import Draft
from tracker.importer.load import PlannedInspection
from tracker.importer.parser import ParseError, parse_file
from tracker.importer.reader import ReadError, extension_of
from tracker.importer.units import Registry, RegistryUnit
from tracker.models import Inspection, Unit
from tracker.sanitize import clean_filename
from tracker.storage import remove_unless_committed
from tracker.text import fold

log = logging.getLogger(__name__)

COMMUNE_KINDS = ("xa", "phuong", "thi_tran", "dac_khu")
CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}


class ImportFailure(ValueError):
    """The file cannot be imported; the message is Vietnamese and says why."""


def max_bytes() -> int:
    configured = current_app.config.get("IMPORT_MAX_BYTES") or current_app.config.get("MAX_CONTENT_LENGTH")
    return int(configured or 20 * 1024 * 1024)


def check_size(filename: str, size: int) -> None:
    limit = max_bytes()
    if size > limit:
        raise ImportFailure(
            f"Tệp “{filename}” quá lớn ({size / 1024 / 1024:.1f} MB); "
            f"dung lượng tối đa là {limit // (1024 * 1024)} MB."
        )


_AREA_RANK = {"tinh": 0, "huyen": 0, "so": 1}


def find_district(name: str) -> Unit:
    """The area named (a province, district, department, or a commune checking its own bodies),
    matched like any unit name, with or without its kind ("huyện Yên Thế", "Yên Thế")."""
    wanted = fold(name)
    for prefix in ("huyen ", "tinh ", "thanh pho ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran "):
        if wanted.startswith(prefix) and len(wanted) > len(prefix):
            stripped = wanted[len(prefix):]
            break
    else:
        stripped = wanted
    units = db.session.scalars(select(Unit).where(Unit.retired_at.is_(None))).all()
    found = [unit for unit in units if fold(unit.name) in {wanted, stripped}]
    if found:
        return min(found, key=lambda unit: (_AREA_RANK.get(unit.kind, 2), unit.parent_id is not None, unit.id))
    raise ImportFailure(f"Không tìm thấy huyện/tỉnh “{name}” trong danh mục đơn vị.")


def registry(district: Unit | None = None) -> tuple[Registry, list[RegistryUnit]]:
    """The units names resolve against, and the default inspected units (a district's communes).

    Active units only, each also under its former names (a renamed commune is still found by its
    old name in an older document). With a district, only the units under it.
    """
    units = db.session.scalars(select(Unit).where(Unit.retired_at.is_(None))).all()
    if district is not None:
        children: dict[int | None, list[Unit]] = {}
        for unit in units:
            children.setdefault(unit.parent_id, []).append(unit)
        wanted, frontier = [], [district]
        while frontier:
            current = frontier.pop()
            wanted.append(current)
            frontier.extend(children.get(current.id, []))
        units = wanted
    aliases = {unit.id: unit.former_name_list for unit in units}
    names = {unit.id: unit.name for unit in units}
    records = [RegistryUnit(unit.id, unit.name, unit.kind, names.get(unit.parent_id, "")) for unit in units]
    default = []
    if district is not None:
        below = [record for record in records if record.id != district.id]
        default = [record for record in below if record.kind in COMMUNE_KINDS] or below
    return Registry(records, aliases), default


def read_draft(filename: str, data: bytes, district: str | None = None) -> Draft:
    """Parse an uploaded conclusion, or raise ``ImportFailure`` with a Vietnamese message."""
    check_size(filename, len(data))
    district_unit = find_district(district) if district else None
    names, default = registry(district_unit)
    try:
        return parse_file(filename, data, names, default_inspected=default)
    except (ReadError, ParseError) as error:
        log.info("import refused for %s: %s", filename, error)
        raise ImportFailure(str(error)) from error
    except Exception as error:
        log.exception("import: unexpected failure reading %s", filename)
        raise ImportFailure(
            f"Không đọc được tệp “{filename}” do lỗi không mong muốn; chi tiết đã được ghi vào nhật ký."
        ) from error


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def already_imported(sha256: str) -> Inspection | None:
    """The inspection this very file was imported into, if any."""
    return db.session.scalar(
        select(Inspection).where(Inspection.source_sha256 == sha256).order_by(Inspection.id)
    )


def sources_dir() -> Path:
    folder = Path(current_app.config["UPLOAD_FOLDER"]) / "conclusions"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def source_path(inspection: Inspection) -> Path | None:
    if not inspection.source_stored_name:
        return None
    return sources_dir() / inspection.source_stored_name


def keep_source(plan: PlannedInspection, filename: str, data: bytes) -> None:
    """Write the original file under a random name and record it on the plan; the file is
    removed again if the transaction that records the plan does not commit."""
    filename = clean_filename(filename)
    extension = extension_of(filename)
    stored = f"{secrets.token_hex(16)}.{extension}"
    (sources_dir() / stored).write_bytes(data)
    remove_unless_committed(sources_dir() / stored)
    plan.source_filename = filename
    plan.source_content_type = CONTENT_TYPES.get(extension, "application/octet-stream")
    plan.source_sha256 = digest(data)
    plan.source_stored_name = stored


def discard_source(plan: PlannedInspection) -> None:
    if plan.source_stored_name:
        (sources_dir() / plan.source_stored_name).unlink(missing_ok=True)
