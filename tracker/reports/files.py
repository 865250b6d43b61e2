"""File names and download headers for the reports.

Browsers need an ASCII ``filename`` and take the Vietnamese one from ``filename*`` (RFC 6266);
Werkzeug's own fallback drops "đ" entirely ("Đồng Kỳ" → "ong Ky"), so we fold it ourselves.
"""

import re
from datetime import date
from urllib.parse import quote

from flask import Response

from tracker.text import fold

MIMETYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def file_name(label: str, today: date, extension: str) -> str:
    """"Báo cáo kết quả khắc phục - Xã Canh Nậu - 23-11-2026.docx" (no characters a file system
    refuses)."""
    label = re.sub(r'[\\/:*?"<>|\r\n]+', " ", label)
    label = " ".join(label.split())[:120]
    return f"{label} - {today:%d-%m-%Y}.{extension}"


def ascii_name(name: str) -> str:
    """The fallback name: diacritics folded (đ → d), anything else unusual replaced by "_"."""
    stem, dot, extension = name.rpartition(".")
    folded = fold(stem).replace(" ", "_")
    return re.sub(r"[^a-z0-9_.-]", "_", folded) + dot + extension


def content_disposition(name: str) -> str:
    """An ``attachment`` header with both the ASCII fallback and the UTF-8 name."""
    return f"attachment; filename=\"{ascii_name(name)}\"; filename*=UTF-8''{quote(name, safe='')}"


def download(content, name: str, extension: str) -> Response:
    """A response that makes the browser save ``content`` (bytes or an iterable) as ``name``."""
    response = Response(content, content_type=MIMETYPES[extension])
    response.headers["Content-Disposition"] = content_disposition(name)
    response.headers["Cache-Control"] = "no-store"
    return response
