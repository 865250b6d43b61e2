"""The words and names Vietnamese administrative documents use, kept apart from the layout.

Nghị định 30/2020/NĐ-CP fixes how a document names its issuing body, numbers itself and writes
its place and date; the builders only arrange what these functions return.
"""

import re
from dataclasses import dataclass
from datetime import date

from tracker.clock import vn_date
from tracker.models import STATES, UNIT_KINDS, Inspection, Unit
from tracker.queries.timestatus import TIME_STATUSES
from tracker.text import (
    fold,
    percent,  # noqa: F401  (the reports' share, shared with the pages)
)

ONGOING = "Thường xuyên"
COMMUNE_KINDS = {"xa", "phuong", "thi_tran", "dac_khu"}
PEOPLES_COMMITTEE_KINDS = COMMUNE_KINDS | {"huyen", "tinh"}


def deadline_text(deadline: date | None) -> str:
    """A deadline cell: the date, or "Thường xuyên" for ongoing work."""
    return vn_date(deadline) if deadline else ONGOING


def long_date(place: str, day: date) -> str:
    """The place-and-date line: "Yên Thế, ngày 05 tháng 02 năm 2026".

    The decree asks for a leading zero on days below 10 and on months below 3 (01, 02) only.
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def upper(text: str) -> str:
    """Upper case that keeps Vietnamese letters (đ → Đ)."""
    return text.upper()


def note(row, today: date) -> str:
    """The appendix's "Ghi chú": the state, then how the item stands against its deadline."""
    state, status = row.state, row.time_status
    deadline = row.effective_deadline or row.deadline
    extended = row.original_deadline is not None and row.deadline != row.original_deadline
    if state == "verified":
        text = "Đã xác nhận hoàn thành" + (", quá hạn" if status == "done_late" else "")
    elif state == "reported":
        text = STATES["reported"]
    else:
        text = STATES[state]
        if status == "overdue":
            text += f"; quá hạn {(today - deadline).days} ngày"
        elif deadline is not None and deadline == today:
            text += "; đến hạn hôm nay"
        elif status == "due_soon":
            text += f"; còn {(deadline - today).days} ngày"
        elif status == "on_track":
            text += "; trong hạn"
    if row.deadline is not None and deadline != row.deadline and state not in ("verified", "reported"):
        text += f" (hạn trùng ngày nghỉ, chuyển sang {deadline_text(deadline)})"
    if extended:
        text += f" (đã gia hạn, hạn ban đầu {deadline_text(row.original_deadline)})"
    return text


def status_label(code: str) -> str:
    """Vietnamese name of a time status."""
    return TIME_STATUSES[code]


@dataclass(frozen=True)
class Issuer:
    """The issuing body as a document's header prints it."""

    parent_line: str | None  # the body it answers to ("UBND HUYỆN YÊN THẾ"); none for a UBND
    name_lines: tuple[str, ...]  # in bold capitals: ("PHÒNG NỘI VỤ",) or ("ỦY BAN NHÂN DÂN", "XÃ CANH NẬU")
    abbreviation: str  # in the number: "PNV", "UBND"
    short_name: str  # in running text: "Phòng Nội vụ", "UBND xã Canh Nậu"
    place: str  # in the date line
    signer_lines: tuple[str, ...]  # "TRƯỞNG PHÒNG" or ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


def _kind_name(unit: Unit) -> str:
    """"huyện Yên Thế", "xã Canh Nậu", "tỉnh Bắc Giang"; other units by their own name."""
    if unit.kind in PEOPLES_COMMITTEE_KINDS:
        return f"{unit.kind_label.lower()} {unit.name}"
    return unit.name


def _strip_parent(name: str, parent: Unit | None) -> str:
    """"Phòng Nội vụ huyện Yên Thế" under Yên Thế → "Phòng Nội vụ" (the parent line says the rest)."""
    if parent is None:
        return name
    for suffix in (_kind_name(parent), parent.name):
        if fold(name).endswith(" " + fold(suffix)) and len(name) > len(suffix) + 1:
            return name[: len(name) - len(suffix)].rstrip(" ,-")
    return name


def _initials(name: str) -> str:
    letters = [word[0] for word in re.findall(r"\w+", name)]
    return upper("".join(letters)).replace("Đ", "D") or "VB"


def _place(unit: Unit) -> str:
    """Where the body sits: a commune, district or province's own name."""
    node = unit
    while node is not None:
        if node.kind in PEOPLES_COMMITTEE_KINDS:
            return node.name
        node = node.parent
    return unit.name


def issuer_for(unit: Unit | None) -> Issuer:
    """How ``unit`` heads a document it issues (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    if unit is None:
        return Issuer(None, ("PHÒNG NỘI VỤ",), "PNV", "Phòng Nội vụ", "………", ("TRƯỞNG PHÒNG",))
    if unit.kind in PEOPLES_COMMITTEE_KINDS:
        return Issuer(
            parent_line=None,
            name_lines=("ỦY BAN NHÂN DÂN", upper(_kind_name(unit))),
            abbreviation="UBND",
            short_name=f"UBND {_kind_name(unit)}",
            place=unit.name,
            signer_lines=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
        )
    parent = unit.parent
    parent_line = None
    if parent is not None:
        parent_line = upper(f"UBND {_kind_name(parent)}" if parent.kind in PEOPLES_COMMITTEE_KINDS
                            else parent.name)
    name = _strip_parent(unit.name, parent)
    signer = {"phong": "TRƯỞNG PHÒNG", "so": "GIÁM ĐỐC", "trung_tam": "GIÁM ĐỐC"}.get(
        unit.kind, "THỦ TRƯỞNG ĐƠN VỊ")
    return Issuer(parent_line, (upper(name),), _initials(name), name, _place(unit), (signer,))


def conclusion_reference(inspection: Inspection) -> str:
    """How the body text names the conclusion: "Thông báo kết luận số 12/TB-UBND ngày 20/10/2023
    của UBND huyện Yên Thế", or its title when it has no number (an inspection typed in by hand)."""
    if inspection.number:
        number = inspection.number.strip()
        if number.startswith("/"):  # the number was left blank in the document ("Số: /TB-UBND")
            number = "…" + number
        text = f"Thông báo kết luận số {number}"
        if inspection.issued_on:
            text += f" ngày {vn_date(inspection.issued_on)}"
        if inspection.issuer_unit is not None:
            text += f" của {issuer_for(inspection.issuer_unit).short_name}"
        return text
    title = inspection.title.strip().rstrip(".")
    if fold(title).startswith("thong bao"):
        return title
    text = f"Thông báo {title[:1].lower() + title[1:]}"
    if inspection.issued_on:
        text += f" ngày {vn_date(inspection.issued_on)}"
    return text


def unit_display(name: str, kind: str, capital: bool = False) -> str:
    """A unit as running text names it: "xã Canh Nậu", "thị trấn Phồn Xương" ("Xã …" to open)."""
    text = f"{UNIT_KINDS.get(kind, '').lower()} {name}" if kind in COMMUNE_KINDS else name
    return text[:1].upper() + text[1:] if capital else text


def units_addressed(kinds: set[str]) -> str:
    """"UBND các xã, thị trấn" for communes; "các đơn vị liên quan" otherwise."""
    order = ["xa", "phuong", "thi_tran", "dac_khu"]
    if kinds and kinds <= COMMUNE_KINDS:
        return "UBND các " + ", ".join(UNIT_KINDS[kind].lower() for kind in order if kind in kinds)
    return "các đơn vị liên quan"
