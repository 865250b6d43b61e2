"""What the tracker accepts from the outside as text: no control characters, no bidi tricks,
redirect targets that stay on this site, ids inside the database's integer range.

Pure functions, used by the request guard (``tracker.views.inputs``), the evidence store, the
importer's keeping of originals and the forms.
"""

import os
import re
import unicodedata
from urllib.parse import urlsplit

MAX_ID = 2**31 - 1  # ids are 32-bit integers on every database we run on
LAYOUT = "\t\n\r"  # the only control characters a long text may hold
# Unicode bidirectional embeddings, overrides and isolates: "tệp" + U+202E + "fdp.exe" shows as "tệpexe.pdf".
BIDI = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def has_control(text: str, *, allow_layout: bool = False) -> bool:
    """Whether ``text`` holds a control character (NUL, escape, …); tab, newline and carriage
    return are allowed when ``allow_layout`` (multi-line texts)."""
    found = _CONTROL.findall(text or "")
    return any(char not in LAYOUT for char in found) if allow_layout else bool(found)


def strip_control(text: str) -> str:
    """``text`` without control characters other than tab, newline and carriage return (a page
    break or a stray escape read from a document must not make a form unsendable)."""
    return "".join(char for char in (text or "") if char in LAYOUT or not _CONTROL.match(char))


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional control characters."""
    return (text or "").translate(BIDI)


def clean_filename(filename: str, limit: int = 255) -> str:
    """A user's file name as we may store and show it: its last path part, without control or
    bidi characters, normalised (NFC) and at most ``limit`` characters, keeping the extension."""
    name = os.path.basename((filename or "").replace("\\", "/"))
    name = unicodedata.normalize("NFC", _CONTROL.sub("", strip_bidi(name))).strip()
    if len(name) > limit:
        stem, dot, extension = name.rpartition(".")
        name = (stem[: limit - len(extension) - 1] + dot + extension) if dot and len(extension) < 16 else name[:limit]
    return name


def safe_target(target: str | None) -> str | None:
    """``target`` if it is a path on this site that is safe to redirect to, else None.

    Refused: other hosts (``//evil``, ``https://…``), backslashes, and any control or
    non-printable character (a newline would split the Location header).
    """
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or not target.isprintable() or strip_bidi(target) != target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def parse_id(text: str | int | None) -> int | None:
    """An id typed in a URL or form: a positive ASCII integer within the database range, or None."""
    if isinstance(text, int):
        return text if 0 < text <= MAX_ID else None
    text = (text or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


def plausible_email(text: str) -> bool:
    """An address mail can go to: one "@", no spaces or control characters (a newline would
    split a mail header), at most 254 characters."""
    return (0 < len(text) <= 254 and text.count("@") == 1 and not has_control(text)
            and not any(char.isspace() for char in text) and "." in text.rpartition("@")[2])
