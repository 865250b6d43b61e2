"""Evidence files (minh chứng): checked, stored under ``instance/`` by random name, recorded.

Only an allow-list of types is accepted, and the bytes must match the claimed type (a renamed
executable is not a PDF). Files are streamed to disk while hashing, never held whole in memory.
"""

import hashlib
import logging
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from werkzeug.datastructures import FileStorage

from tracker.access import can
from tracker.extensions import db
from tracker.models import Evidence, Item, User
from tracker.operations.history import record as _record
from tracker.operations.items import touch
from tracker.sanitize import clean_filename
from tracker.storage import remove_unless_committed
from tracker.workflow import NotAllowed

log = logging.getLogger(__name__)

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
# extension -> (content type, magic prefixes, zip member that must exist)
TYPES: dict[str, tuple[str, tuple[bytes, ...], str | None]] = {
    "pdf": ("application/pdf", (b"%PDF-",), None),
    "doc": ("application/msword", (OLE,), None),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (ZIP,), "word/"),
    "xls": ("application/vnd.ms-excel", (OLE,), None),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (ZIP,), "xl/"),
    "jpg": ("image/jpeg", (b"\xff\xd8\xff",), None),
    "jpeg": ("image/jpeg", (b"\xff\xd8\xff",), None),
    "png": ("image/png", (b"\x89PNG\r\n\x1a\n",), None),
    "zip": ("application/zip", (ZIP, b"PK\x05\x06"), None),
}
ALLOWED_LABEL = "PDF, Word (doc, docx), Excel (xls, xlsx), ảnh JPG/PNG, ZIP"


class EvidenceError(ValueError):
    """A file was refused; the message is Vietnamese and names the file."""


@dataclass
class Stored:
    """A file written to disk, not yet recorded."""

    path: Path
    size: int
    sha256: str


def evidence_dir() -> Path:
    """Where evidence files live (created on demand)."""
    folder = Path(current_app.config["UPLOAD_FOLDER"]) / "evidence"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def max_bytes() -> int:
    """Largest accepted evidence file."""
    return int(current_app.config.get("TRACKER_EVIDENCE_MAX_MB", 20)) * 1024 * 1024


def _extension(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def _store(upload: FileStorage, filename: str, limit: int) -> Stored:
    """Stream the upload to a random name while hashing; refuse it past ``limit`` bytes."""
    path = evidence_dir() / secrets.token_hex(16)
    digest, size = hashlib.sha256(), 0
    with open(path, "wb") as out:
        while chunk := upload.stream.read(1024 * 1024):
            size += len(chunk)
            if size > limit:
                out.close()
                path.unlink(missing_ok=True)
                raise EvidenceError(
                    f"Tệp “{filename}” vượt quá dung lượng cho phép ({limit // 1024 // 1024} MB)."
                )
            digest.update(chunk)
            out.write(chunk)
    return Stored(path=path, size=size, sha256=digest.hexdigest())


def _check_content(stored: Stored, filename: str, extension: str) -> str:
    content_type, magics, member = TYPES[extension]
    with open(stored.path, "rb") as handle:
        head = handle.read(16)
    problem = not head.startswith(magics)
    if not problem and member:
        try:
            with zipfile.ZipFile(stored.path) as archive:
                problem = not any(name.startswith(member) for name in archive.namelist())
        except zipfile.BadZipFile:
            problem = True
    if problem:
        raise EvidenceError(f"Nội dung tệp “{filename}” không đúng định dạng .{extension} (tệp hỏng "
                            "hoặc đã bị đổi đuôi).")
    return content_type


def add_evidence(item: Item, actor: User, uploads: list[FileStorage], note: str = "") -> list[Evidence]:
    """Check and store every file, then record them with one history event.

    All or nothing: if any file is refused, none is kept, and ``EvidenceError`` says which.
    """
    if not can(actor, "item.evidence", item):
        raise NotAllowed("Bạn không có quyền thêm minh chứng cho nhiệm vụ này.")
    uploads = [upload for upload in uploads if upload and upload.filename]
    if not uploads:
        raise EvidenceError("Vui lòng chọn ít nhất một tệp minh chứng.")
    accepted: list[tuple[Stored, str, str]] = []  # (file on disk, original name, content type)
    try:
        for upload in uploads:
            filename = clean_filename(upload.filename)
            extension = _extension(filename)
            if extension not in TYPES:
                raise EvidenceError(f"Không chấp nhận tệp “{filename}”. Chỉ nhận: {ALLOWED_LABEL}.")
            kept = _store(upload, filename, max_bytes())
            try:
                if kept.size == 0:
                    raise EvidenceError(f"Tệp “{filename}” rỗng.")
                accepted.append((kept, filename, _check_content(kept, filename, extension)))
            except EvidenceError:
                kept.path.unlink(missing_ok=True)
                raise
    except EvidenceError:
        for kept, _, _ in accepted:
            kept.path.unlink(missing_ok=True)
        raise
    for kept, _, _ in accepted:
        remove_unless_committed(kept.path)
    names = ", ".join(filename for _, filename, _ in accepted)
    comment = f"{note.strip()}\n{names}" if note.strip() else names
    event = _record(item, actor, "evidence", comment=comment)
    records = [
        Evidence(item=item, event_id=event.id, original_filename=filename, content_type=content_type,
                 size=kept.size, sha256=kept.sha256, stored_name=kept.path.name,
                 uploaded_by_id=actor.id, uploaded_at=event.at)
        for kept, filename, content_type in accepted
    ]
    db.session.add_all(records)
    touch(item)
    db.session.flush()
    log.info("evidence added to item %s by %s: %s", item.id, actor.email, names)
    return records


def evidence_path(evidence: Evidence) -> Path:
    """The stored file of an evidence record."""
    return evidence_dir() / evidence.stored_name


PREVIEWABLE = {"application/pdf", "image/jpeg", "image/png"}


def delete_evidence(evidence: Evidence, actor: User) -> Path:
    """Remove a file its uploader added by mistake, while the item is still being worked on;
    the history keeps a line saying which. Returns the stored file, for the caller to remove once
    the transaction has committed (a failed commit must not lose the file)."""
    item = evidence.item
    if evidence.uploaded_by_id != actor.id or not can(actor, "evidence.delete", item):
        raise NotAllowed("Chỉ người đã tải tệp lên mới xóa được, và chỉ khi nhiệm vụ chưa được báo cáo.")
    path = evidence_path(evidence)
    _record(item, actor, "edit", comment=f"Xóa minh chứng “{evidence.original_filename}”.")
    db.session.delete(evidence)
    touch(item)
    db.session.flush()
    log.info("evidence %s (%s) deleted from item %s by %s", evidence.id, evidence.original_filename,
             item.id, actor.email)
    return path

