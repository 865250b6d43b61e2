"""From a conclusion's blocks to a draft: header, inspected units, report deadline, findings.

Rules for the genre rather than for one document:

* Headings are recognised by their numbering ("II.", "3.", "6.2.", "a)"), by being set as a
  heading (Word style, markdown ``#``, bold) or by capitals; the numbering gives the level.
* A deficiency section is a heading that speaks of "hạn chế", "khuyết điểm", "tồn tại",
  "yếu kém", "thiếu sót", "bất cập" or "vi phạm" and is not about their causes or their remedy
  ("nguyên nhân", "khắc phục", "giải pháp"...). It runs until the next heading of its level.
  Strengths (section I) and tasks (section III) are therefore never findings, even when their
  wording mentions "hạn chế".
* Under a deficiency heading, each list item is a finding; where a part has no list, each
  paragraph that is not an introduction ("... như sau:") is one. A "-" item ending in ":" with
  "+" items under it gives one finding per "+" item.
* A table whose columns are deficiency / remedy / deadline / progress (seed 003's appendix) gives
  one finding per row, with that row's deadline.
* A finding concerns the units it names; naming none ("một số xã", "hầu hết các xã") means every
  inspected unit.

Pure Python: no Flask, no database.
"""

import logging
import re
from dataclasses import dataclass, field

from tracker.importer.dates import (
    DateError,
    deadline_in_sentence,
    parse_deadline,
    real_date,
    year_of,
)
from tracker.importer.draft import Draft, DraftFinding, Problem
from tracker.importer.reader import Block, read_document
from tracker.importer.units import (
    Registry,
    RegistryUnit,
    ends_with_ellipsis,
    find_mentions,
)
from tracker.text import fold

log = logging.getLogger(__name__)


class ParseError(ValueError):
    """The document is readable but is not a conclusion we can import; Vietnamese message."""


DOC_TYPES = ("THÔNG BÁO", "KẾT LUẬN", "BÁO CÁO", "BIÊN BẢN", "KẾ HOẠCH", "QUYẾT ĐỊNH",
             "CÔNG VĂN", "TỜ TRÌNH", "PHỤ LỤC")

_ROMAN = re.compile(r"^([IVX]{1,5})\s*[.)/-]\s*(?=\S)")
_ARABIC = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]?\s+(?=\S)")
_LETTER = re.compile(r"^([a-zđ])\s*[).]\s+(?=\S)")
_PART = re.compile(r"^([A-E])\s*[.)]\s+(?=\S)")  # "A. Ưu điểm", "B. Hạn chế" above "I."

_DEFICIENCY = re.compile(r"\b(han che|khuyet diem|ton tai|yeu kem|thieu sot|bat cap|sai sot|vi pham)\b")
_NOT_DEFICIENCY_ANYWHERE = re.compile(r"\b(khac phuc|giai phap|bien phap|phuong huong)\b")
_NOT_DEFICIENCY_START = re.compile(
    r"^(nguyen nhan|kien nghi|de xuat|giai phap|bien phap|phuong huong|nhiem vu|trach nhiem"
    r"|bai hoc|uu diem|ket qua|mot so ket qua|danh gia chung|to chuc thuc hien|yeu cau)"
)
_END_OF_BODY = re.compile(r"^(tren day la|noi nhan)\b")
# "Hạn chế: ..." / "Tồn tại, hạn chế:" as a label inside a topic's paragraph (a common layout:
# each area has its "Ưu điểm:" then its "Hạn chế:").
_DEFICIENCY_LABEL = re.compile(
    r"^(?:\*\s*)?(?:nhung\s+|mot\s+so\s+)?(?:ton tai|han che|khuyet diem|yeu kem|thieu sot|bat cap)"
    r"(?:\s*(?:,|va)\s*(?:ton tai|han che|khuyet diem|yeu kem|thieu sot|bat cap))?(?:\s+va\s+nguyen\s+nhan)?\s*:\s*"
)
_OTHER_LABEL = re.compile(r"^[^:]{2,40}:\s*")


@dataclass
class _Heading:
    level: int
    text: str  # as written, numbering kept
    deficiency: bool
    excluded: bool


@dataclass
class _Segment:
    """The blocks under one innermost heading of a deficiency section (or after a label)."""

    headings: list[_Heading]
    blocks: list[Block] = field(default_factory=list)
    labelled: bool = False  # opened by a "Hạn chế:" label: its paragraphs count too


def _label_end(text: str) -> int:
    return text.index(":") + 1


def parse_file(filename: str, data: bytes, registry: Registry | list[RegistryUnit],
               default_inspected: list[RegistryUnit] | None = None) -> Draft:
    """Read and parse an uploaded file (``ReadError`` / ``ParseError`` on bad input)."""
    if not isinstance(registry, Registry):
        registry = Registry(registry)
    return parse_blocks(read_document(filename, data), registry, default_inspected)


def parse_blocks(blocks: list[Block], registry: Registry,
                 default_inspected: list[RegistryUnit] | None = None) -> Draft:
    """The draft of a document; raises ``ParseError`` when it holds no deficiency at all."""
    problems: list[Problem] = []
    header = _header(blocks, problems)
    year = header.get("year") or year_of(_all_text(blocks))
    segments, tables, body = _sections(blocks)
    findings: list[DraftFinding] = []
    for segment in segments:
        findings.extend(_segment_findings(segment))
    for headings, table in tables:
        findings.extend(_table_findings(table, headings, year, problems, len(findings)))
    if not findings:
        raise ParseError(
            "Không tìm thấy phần “hạn chế, khuyết điểm” (hay “tồn tại, hạn chế”) nào trong văn "
            "bản, cũng không có bảng tồn tại – giải pháp – thời hạn. Hãy kiểm tra lại tệp: đây có "
            "phải là thông báo kết luận kiểm tra không?"
        )
    inspected, inspected_unresolved = _inspected_units(body, registry, problems)
    if not inspected and default_inspected:
        inspected = list(default_inspected)
    place = header.get("place")
    for index, finding in enumerate(findings):
        _resolve_units(finding, registry, place)
        if finding.deadline is None and not finding.ongoing:
            try:
                own = deadline_in_sentence(finding.text, year)
            except DateError as error:
                problems.append(Problem(str(error), blocking=True, finding=index))
                own = None
            if own is not None:
                finding.deadline, finding.deadline_text = own.on, own.text
    deadline, deadline_text = _report_deadline(body, year, problems)
    draft = Draft(
        title=header.get("title") or "Kết luận kiểm tra",
        findings=findings,
        number=header.get("number"),
        issued_on=header.get("issued_on"),
        issue_place=place,
        issuer=header.get("issuer"),
        year=year,
        deadline=deadline,
        deadline_text=deadline_text,
        inspected_units=inspected,
        inspected_unresolved=inspected_unresolved,
        problems=problems,
    )
    _flag(draft)
    return draft


# --- structure -----------------------------------------------------------------------------------


def heading_level(block: Block) -> int | None:
    """The level of a heading block (1 = "I.", 2 = "1.", 3 = "1.1.", 5 = "a)"), else None."""
    if block.kind != "para" or len(block.text) > 250:
        return None
    text = block.text
    short = len(text) <= 160 and not text.rstrip().endswith((".", ";", ","))
    if _PART.match(text) and (block.styled or short) and not _ROMAN.match(text):
        return 0
    if _ROMAN.match(text) and (block.styled or short or text.isupper()):
        return 1
    arabic = _ARABIC.match(text)
    if arabic and (block.styled or short):
        return 2 + arabic.group(1).rstrip(".").count(".")
    if _LETTER.match(text) and (block.styled or short):
        return 5
    if block.level is not None:
        return block.level
    letters = [char for char in text if char.isalpha()]
    if letters and text.upper() == text and len(text) <= 150:
        return 1
    if block.styled and len(text) <= 200:
        return 6
    return None


def _heading(level: int, text: str) -> _Heading:
    words = fold(_strip_number(text))
    excluded = bool(_NOT_DEFICIENCY_START.match(words) or _NOT_DEFICIENCY_ANYWHERE.search(words))
    deficiency = bool(_DEFICIENCY.search(words)) and not excluded
    return _Heading(level, text, deficiency, excluded and not _DEFICIENCY.match(words))


def _strip_number(text: str) -> str:
    for pattern in (_ROMAN, _PART, _ARABIC, _LETTER):
        match = pattern.match(text)
        if match:
            return text[match.end():].strip()
    return text.strip()


def _collecting(stack: list[_Heading]) -> bool:
    """Inside a deficiency section and not inside one of its "causes" or "remedy" parts."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].deficiency:
            return not any(heading.excluded for heading in stack[index + 1:])
    return False


def _sections(blocks: list[Block]):
    """Deficiency segments, tables with their headings, and the other blocks (the body)."""
    stack: list[_Heading] = []
    segments: list[_Segment] = []
    tables: list[tuple[list[_Heading], Block]] = []
    body: list[Block] = []
    current: _Segment | None = None
    opener: _Segment | None = None  # "... một số tồn tại, hạn chế sau:" outside a section
    ended = False
    caption: list[str] = []  # after the body: an appendix's title ("PHỤ LỤC ...")
    for block in blocks:
        if block.kind == "table":
            if ended:
                title = " ".join(caption).strip()
                tables.append(([_Heading(1, title[:250], False, False)] if title else [], block))
            else:
                tables.append(([heading for heading in stack if not heading.excluded], block))
            current = opener = None
            caption = []
            continue
        if ended:
            body.append(block)
            if fold(block.text).startswith("phu luc"):
                caption = [block.text.strip()]
            elif caption and len(" ".join(caption)) < 250:
                caption.append(block.text.strip())
            continue
        level = heading_level(block)
        if level is not None:
            while stack and stack[-1].level >= level:
                stack.pop()
            stack.append(_heading(level, block.text))
            current = opener = None
            body.append(block)
            continue
        if _END_OF_BODY.match(fold(block.text)):
            ended = True
            body.append(block)
            continue
        if _collecting(stack):
            if current is None:
                current = _Segment(list(stack))
                segments.append(current)
            current.blocks.append(block)
            continue
        words = fold(block.text)
        label = _DEFICIENCY_LABEL.match(words)
        if label is not None:
            # The label's own text (after the colon) is a finding; items under it are too.
            rest = block.text[_label_end(block.text):].strip()
            opener = _Segment(list(stack), labelled=True)
            segments.append(opener)
            if rest:
                opener.blocks.append(Block("bullet", rest, marker="label"))
            body.append(Block("para", block.text[:_label_end(block.text)]))
            continue
        if opener is not None and (block.kind == "bullet" or (opener.labelled and not _OTHER_LABEL.match(block.text))):
            opener.blocks.append(block)
            continue
        opener = None
        body.append(block)
        if (block.text.rstrip().endswith(":") and _DEFICIENCY.search(words)
                and not _NOT_DEFICIENCY_ANYWHERE.search(words)):
            opener = _Segment(list(stack))
            segments.append(opener)
    return [segment for segment in segments if segment.blocks], tables, body


def _segment_findings(segment: _Segment) -> list[DraftFinding]:
    heading = _segment_heading(segment.headings)
    category = classify(segment.headings, "")
    blocks = [_as_item(block) for block in segment.blocks]
    bullets = [block for block in blocks if block.kind == "bullet"]
    if segment.labelled and bullets and bullets[0].marker == "label":
        # "Hạn chế: A" then "- B", "- C": each is a finding of its own.
        bullets = [Block("bullet", block.text, marker="label") for block in blocks if block.text.strip()]
    findings: list[DraftFinding] = []
    if bullets:
        top_marker = bullets[0].marker
        groups: list[tuple[Block, list[Block]]] = []
        for block in bullets:
            if block.marker == top_marker or not groups:
                groups.append((block, []))
            else:
                groups[-1][1].append(block)
        for parent, children in groups:
            if children and parent.text.rstrip().endswith(":"):
                for child in children:
                    findings.append(DraftFinding(
                        text=child.text, heading=_child_heading(heading, parent.text),
                        category=classify(segment.headings, parent.text + " " + child.text, category),
                        context=parent.text))
            elif children:
                text = parent.text + "\n" + "\n".join(f"{child.marker} {child.text}" for child in children)
                findings.append(DraftFinding(text=text, heading=heading,
                                             category=classify(segment.headings, text, category)))
            else:
                findings.append(DraftFinding(text=parent.text, heading=heading,
                                             category=classify(segment.headings, parent.text, category)))
    else:
        for block in segment.blocks:
            text = block.text.strip()
            if text.endswith(":") or len(text) < 30 or _refers_to_appendix(text):
                continue
            findings.append(DraftFinding(text=text, heading=heading,
                                         category=classify(segment.headings, text, category)))
    return findings


def _as_item(block: Block) -> Block:
    """A paragraph numbered "1." or "a)" (too long for a heading) is a list item."""
    if block.kind == "para":
        for pattern, marker in ((_LETTER, "a)"), (_ARABIC, "1.")):
            match = pattern.match(block.text)
            if match:
                return Block("bullet", block.text[match.end():].strip(), marker=marker)
    return block


def _refers_to_appendix(text: str) -> bool:
    words = fold(text)
    return len(text) < 120 and ("phu luc" in words or "kem theo" in words)


def _segment_heading(headings: list[_Heading]) -> str | None:
    """The heading a finding sat under: the innermost one, numbering kept."""
    return headings[-1].text if headings else None


def _child_heading(heading: str | None, parent: str) -> str | None:
    parent = parent.rstrip(": ").strip()
    if len(parent) <= 120:
        return f"{heading} — {parent}" if heading else parent
    return heading


# --- categories ------------------------------------------------------------------------------------

# Checked in this order: the specific areas before "chỉ đạo, điều hành", which is everywhere.
CATEGORY_RULES: list[tuple[str, re.Pattern]] = [
    ("bo_may", re.compile(r"to chuc bo may|bo may|sap xep.*don vi|kien toan to chuc")),
    ("the_che", re.compile(r"the che|qppl|quy pham phap luat|thi hanh phap luat|van ban phap luat")),
    ("tthc", re.compile(r"thu tuc hanh chinh|tthc|mot cua|lien thong|dich vu cong|dvc|ho so")),
    ("cong_vu", re.compile(r"cong vu|doi ngu|can bo, cong chuc|cbcc|vi tri viec lam|cong chuc|ky luat, ky cuong")),
    ("tai_chinh_cong", re.compile(r"tai chinh cong|ngan sach|tai chinh|tai san cong|chi thuong xuyen|thu, chi")),
    ("chinh_quyen_so", re.compile(
        r"hien dai hoa|chinh quyen so|chinh quyen dien tu|chuyen doi so|cong nghe thong tin|\bcntt\b"
        r"|\biso\b|cong thong tin dien tu|cong ttdt|phan mem|so hoa|ky so|qlvb")),
    ("chi_dao_dieu_hanh", re.compile(r"chi dao|dieu hanh|tuyen truyen|ke hoach cchc|kiem tra cchc|tu kiem tra|sang kien|che do bao cao")),
]


def classify(headings: list[_Heading], text: str, default: str = "khac") -> str:
    """The CCHC area of a finding: from the nearest heading that names one, else from its text."""
    for heading in reversed(headings):
        category = _category_of(heading.text)
        if category:
            return category
    return _category_of(text) or default


def _category_of(text: str) -> str | None:
    words = fold(_strip_number(text))
    for code, pattern in CATEGORY_RULES:
        if pattern.search(words):
            return code
    return None


# --- tables --------------------------------------------------------------------------------------

_COLUMNS = {
    "deficiency": re.compile(r"ton tai|han che|khuyet diem|thieu sot|noi dung"),
    "remedy": re.compile(r"giai phap|bien phap|khac phuc"),
    "deadline": re.compile(r"thoi han|thoi gian hoan thanh|han hoan thanh"),
    "progress": re.compile(r"tien do|ket qua thuc hien|ket qua khac phuc"),
    "note": re.compile(r"ghi chu"),
    "unit": re.compile(r"^(don vi|don vi thuc hien|don vi chu tri|xa, thi tran|dia phuong)\b"),
}


def _table_columns(header: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        words = fold(cell.split("\n")[0] if "\n" in cell and len(cell) > 80 else cell)
        for name in ("deficiency", "deadline", "progress", "remedy", "note", "unit"):
            if name not in columns and _COLUMNS[name].search(words):
                if name == "deficiency" and _COLUMNS["remedy"].search(words) and "ton tai" not in words and "han che" not in words:
                    continue
                columns[name] = index
                break
    return columns


def _table_findings(table: Block, headings: list[_Heading], year: int | None,
                    problems: list[Problem], offset: int) -> list[DraftFinding]:
    """One finding per row of a deficiency / remedy / deadline / progress table."""
    rows = table.rows
    for header_index, header in enumerate(rows[:3]):
        columns = _table_columns(header)
        if "deficiency" in columns and ({"remedy", "deadline", "progress"} & columns.keys()):
            break
    else:
        return []
    findings: list[DraftFinding] = []
    group_heading = _segment_heading(headings)
    for row in rows[header_index + 1:]:

        def cell(name: str, row=row) -> str:
            position = columns.get(name)
            return row[position].strip() if position is not None and position < len(row) else ""

        text = cell("deficiency")
        if not text or re.fullmatch(r"\(?\d+\)?", text):
            continue
        others = [cell(name) for name in ("remedy", "deadline", "progress")]
        if not any(others) and len(text) < 150 and "\n" not in text:
            group_heading = text  # a row spanning the table: a group title ("I. Cải cách thể chế")
            continue
        finding = DraftFinding(
            text=text, heading=group_heading, source="table",
            category=_category_of(text.split("\n")[0]) or classify(headings, text),
            remedy=cell("remedy") or None, progress=cell("progress") or None,
        )
        written = cell("deadline")
        if written:
            try:
                deadline = parse_deadline(written, year)
            except DateError as error:
                problems.append(Problem(str(error), blocking=True, finding=offset + len(findings)))
                deadline = None
            finding.deadline_text = " ".join(written.split())
            if deadline is not None:
                finding.deadline, finding.ongoing = deadline.on, deadline.ongoing
        if "unit" in columns and cell("unit"):
            finding.unit_cell = cell("unit")
        findings.append(finding)
    return findings


# --- units ---------------------------------------------------------------------------------------


def _resolve_units(finding: DraftFinding, registry: Registry, place: str | None) -> None:
    """Fill a finding's units from the names it holds (or its unit cell, or its parent item)."""
    source = finding.unit_cell or finding.text
    mentions = find_mentions(source, registry)
    if not mentions and finding.context:
        source = finding.context
        mentions = find_mentions(source, registry)
    place_key = fold(place or "")
    seen: set[int] = set()
    for mention in mentions:
        resolution = mention.resolution
        if resolution.unit is not None:
            unit = resolution.unit
            if unit.kind in {"huyen", "tinh"} and fold(unit.name) == place_key:
                continue  # the issuing district itself
            if unit.id not in seen:
                seen.add(unit.id)
                finding.units.append(unit)
            if resolution.fuzzy:
                finding.fuzzy[mention.written] = unit
        elif resolution.ambiguous:
            finding.ambiguous[mention.written] = resolution.candidates
            finding.unresolved.append(mention.written)
        elif mention.written not in finding.unresolved:
            finding.unresolved.append(mention.written)
    finding.all_inspected = not mentions
    finding.more_implied = ends_with_ellipsis(source, mentions)


_COUNT = re.compile(r"\b(\d{1,3})\s*/\s*\d{1,3}\s+(?:xã|đơn vị|phường|cơ quan|địa phương)|tại\s+(\d{1,3})\s+(?:xã|đơn vị|phường|cơ quan|địa phương)", re.I)


def _inspected_units(body: list[Block], registry: Registry, problems: list[Problem]):
    """The units the inspection visited: the list in "kiểm tra tại 10/19 xã (…)", or the items
    after "... đã kiểm tra tại các đơn vị sau:"."""
    for index, block in enumerate(body[:60]):
        words = fold(block.text)
        if "kiem tra" not in words:
            continue
        mentions = find_mentions(block.text, registry)
        source = block.text
        if not mentions and block.text.rstrip().endswith(":"):
            following = []
            for item in body[index + 1:index + 80]:
                if item.kind != "bullet":
                    break
                following.append(item.text)
            source = "; ".join(following)
            mentions = find_mentions(source, registry)
        if not mentions:
            continue
        units: list[RegistryUnit] = []
        unresolved: list[str] = []
        for mention in mentions:
            if mention.resolution.unit is not None:
                if mention.resolution.unit not in units and mention.resolution.unit.kind not in {"huyen", "tinh"}:
                    units.append(mention.resolution.unit)
            else:
                unresolved.append(mention.written)
        if not units and not unresolved:
            continue
        count = _COUNT.search(block.text)
        expected = int(count.group(1) or count.group(2)) if count else None
        if expected is not None and expected != len(units) + len(unresolved):
            problems.append(Problem(
                f"Văn bản nêu kiểm tra {expected} đơn vị nhưng danh sách có "
                f"{len(units) + len(unresolved)} tên: hãy kiểm tra lại danh sách đơn vị được kiểm tra."))
        for name in unresolved:
            problems.append(Problem(f"Đơn vị được kiểm tra “{name}” không khớp với đơn vị nào (hoặc khớp nhiều đơn vị)."))
        return units, unresolved
    problems.append(Problem(
        "Không thấy danh sách đơn vị được kiểm tra: các hạn chế không nêu tên đơn vị sẽ chưa giao "
        "cho đơn vị nào. Hãy chọn đơn vị cho từng hạn chế."))
    return [], []


# --- header and deadline -------------------------------------------------------------------------

_NUMBER = re.compile(r"^Số\s*:?\s*(.*)$", re.I)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}?),\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})",
    re.I,
)


def _header(blocks: list[Block], problems: list[Problem]) -> dict:
    header: dict = {}
    head = blocks[:25]
    issuer_lines: list[str] = []
    for index, block in enumerate(head):
        text = block.text.strip()
        if block.kind == "table":
            continue
        number = _NUMBER.match(text)
        if number and "number" not in header and len(text) < 80:
            header["number"] = number.group(1).strip() or None
            continue
        place_date = _PLACE_DATE.match(text)
        if place_date and "year" not in header:
            header["place"] = place_date.group("place").strip()
            header["year"] = int(place_date.group("year"))
            if place_date.group("day") and place_date.group("month"):
                try:
                    header["issued_on"] = real_date(header["year"], int(place_date.group("month")),
                                                     int(place_date.group("day")), text)
                except DateError as error:
                    problems.append(Problem(f"Ngày ban hành: {error}"))
            continue
        upper = text.upper()
        doc_type = next((kind for kind in DOC_TYPES if upper == kind or upper.startswith(kind + " ")), None)
        if doc_type and "title" not in header and (text.isupper() or upper == doc_type):
            subject = text[len(doc_type):].strip()
            if not subject:
                following = next((b for b in blocks[index + 1:index + 3] if b.kind == "para"), None)
                subject = following.text.strip() if following is not None else ""
            header["title"] = _title(doc_type, subject)
            continue
        if ("title" not in header and "number" not in header and text.isupper()
                and not upper.startswith(("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP"))):
            issuer_lines.append(text)
    if issuer_lines:
        header["issuer"] = " ".join(issuer_lines[:2])
    else:
        header["issuer"] = _issuer_from_text(blocks, header)
    return header


ACRONYMS = {"CCHC", "UBND", "HĐND", "TTHC", "DVC", "CNTT", "ISO", "QPPL", "VBQPPL", "PAR", "SIPAS",
            "PAPI", "DTI", "PCI", "KT-XH", "TP", "TT", "CBCC", "CBCCVC", "MTTQ", "BCĐ"}
ROMAN_NUMERALS = {"I", "II", "III", "IV", "V", "VI"}


def _sentence_case(text: str) -> str:
    """"KẾT LUẬN KIỂM TRA CÔNG TÁC CCHC NĂM 2024" -> "Kết luận kiểm tra công tác CCHC năm 2024"."""
    words = []
    for word in text.split():
        bare = word.strip(",.;:()")
        words.append(word if bare in ACRONYMS or bare in ROMAN_NUMERALS else word.lower())
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:]


def _title(doc_type: str, subject: str) -> str:
    kind = doc_type.capitalize()
    subject = " ".join(subject.split()).strip(" .")
    if subject.isupper():
        subject = _sentence_case(subject)
    if len(subject) > 1 and subject[0].isupper() and subject[1].islower():
        subject = subject[0].lower() + subject[1:]
    return f"{kind} {subject}".strip()


def _issuer_from_text(blocks: list[Block], header: dict) -> str | None:
    """No issuer block (lost in conversion): "Chủ tịch UBND huyện" + the place gives one."""
    place = header.get("place")
    text = " ".join(block.text for block in blocks[:40])
    match = re.search(r"(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(huyện|tỉnh|thành phố|thị xã|quận)\b", text)
    if match and place:
        return f"UBND {match.group(2)} {place}"
    return None


def _report_deadline(body: list[Block], year: int | None,
                     problems: list[Problem]):
    """The deadline for reporting the remediation: a cue word + date in a sentence about
    reporting ("báo cáo") the remediation ("khắc phục"); the most specific such sentence wins."""
    best = None
    for block in body:
        words = fold(block.text)
        score = ("bao cao" in words) + 2 * ("khac phuc" in words)
        if score == 0:
            continue
        try:
            found = deadline_in_sentence(block.text, year)
        except DateError as error:
            problems.append(Problem(f"Thời hạn báo cáo: {error}", blocking=True))
            continue
        if found is not None and (best is None or score > best[0]):
            best = (score, found)
    if best is None:
        problems.append(Problem(
            "Không tìm thấy thời hạn báo cáo kết quả khắc phục: các nhiệm vụ sẽ chưa có thời hạn "
            "cho đến khi nhập thời hạn."))
        return None, None
    return best[1].on, best[1].text


def _flag(draft: Draft) -> None:
    """Per-finding problems the coordinator must see before confirming."""
    without_units = []
    for index, finding in enumerate(draft.findings):
        if finding.note:
            draft.problems.append(Problem(f"Hạn chế {index + 1}: {finding.note}", finding=index))
        if not draft.units_of(finding) and not finding.unresolved:
            without_units.append(str(index + 1))
    if without_units:
        draft.problems.append(Problem(
            f"{len(without_units)} hạn chế chưa có đơn vị nào (số {', '.join(without_units)}): "
            "hãy chọn đơn vị trước khi nhập."))


def _all_text(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        parts.append(block.text)
        for row in block.rows:
            parts.extend(row)
    return "\n".join(parts)
