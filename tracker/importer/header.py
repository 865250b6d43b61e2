"""The parts of a conclusion around its findings: header (issuer, number, place and date,
title), the inspected units, and the deadline for reporting the remediation.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.importer.dates import DateError, deadline_in_sentence, real_date
from tracker.importer.draft import Problem
from tracker.importer.reader import Block
from tracker.text import fold

DOC_TYPES = ("THÔNG BÁO", "KẾT LUẬN", "BÁO CÁO", "BIÊN BẢN", "KẾ HOẠCH", "QUYẾT ĐỊNH",
             "CÔNG VĂN", "TỜ TRÌNH", "PHỤ LỤC", "GIẤY MỜI", "CHƯƠNG TRÌNH")
# Documents that look ahead (a plan, an invitation): their sentences are never findings.
FORWARD_TYPES = {"KẾ HOẠCH", "GIẤY MỜI", "QUYẾT ĐỊNH", "TỜ TRÌNH", "CHƯƠNG TRÌNH"}
ACRONYMS = {"CCHC", "UBND", "HĐND", "TTHC", "DVC", "CNTT", "ISO", "QPPL", "VBQPPL", "PAR", "SIPAS",
            "PAPI", "DTI", "PCI", "KT-XH", "TP", "TT", "CBCC", "CBCCVC", "MTTQ", "BCĐ"}
ROMAN_NUMERALS = {"I", "II", "III", "IV", "V", "VI"}

_NUMBER = re.compile(r"^Số\s*:?\s*(.*)$", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}?),\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})",
    re.IGNORECASE,
)
def read_header(blocks: list[Block], problems: list[Problem]) -> dict:
    """Issuer, number, place, year, issue date and title from the document's first blocks."""
    header: dict = {}
    issuer_lines: list[str] = []
    blocks, origin = _split_columns(_unfold_header_table(blocks))
    for index, block in enumerate(blocks[:25]):
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
            # The lines above the title (issuer, number, motto, place and date) and the title
            # itself are no sections of the document.
            header["title_blocks"] = ([origin.get(id(b), id(b)) for b in blocks[:index]
                                       if not vocab.ADDRESSEES.match(fold(b.text))]
                                      if index <= 14 else []) + [id(block)]
            if not subject:
                following = next((b for b in blocks[index + 1:index + 3] if b.kind == "para"), None)
                subject = following.text.strip() if following is not None else ""
                if following is not None:
                    header["title_blocks"].append(id(following))
            header["title"] = _title(doc_type, subject)
            header["doc_type"] = doc_type
            continue
        if ("title" not in header and "number" not in header and text.isupper()
                and not upper.startswith(("CỘNG HÒA", "CỘNG HOÀ", "ĐỘC LẬP"))):
            issuer_lines.append(text)
    header["issuer"] = " ".join(issuer_lines[:2]) if issuer_lines else _issuer_from_text(blocks, header)
    if "title" not in header:  # an official letter: its subject line ("V/v khắc phục ...")
        subject = next((block.text.strip() for block in blocks[:25] if _SUBJECT.match(block.text)), None)
        if subject:
            header["title"] = "Công văn về việc " + _SUBJECT.sub("", subject).strip(" .")
    return header


_SUBJECT = re.compile(r"^\s*(?:V/v|Về việc)\s*:?\s*", re.IGNORECASE)


_COLUMN_GAP = re.compile(r"\s{3,}")


def _split_columns(blocks: list[Block]) -> tuple[list[Block], dict[int, int]]:
    """A header typed as two columns on one line ("Số: 12/KL-UBND      Mai Sơn, ngày …"), as
    plain text renders the Nghị định 30 layout, read as separate lines. Returns the blocks and, for
    each piece, the id of the line it came from."""
    out: list[Block] = []
    origin: dict[int, int] = {}
    for index, block in enumerate(blocks):
        pieces = _COLUMN_GAP.split(block.text.strip()) if index < 12 and block.kind == "para" else []
        if len(pieces) < 2:
            out.append(block)
            continue
        for piece in pieces:
            line = Block("para", piece)
            origin[id(line)] = id(block)
            out.append(line)
    return out, origin


def _unfold_header_table(blocks: list[Block]) -> list[Block]:
    """A header laid out as a borderless table (issuer and number left, motto and date right)
    read as lines: left column first, then right."""
    for index, block in enumerate(blocks[:3]):
        if block.kind == "table" and len(block.rows) <= 3:
            columns = max(len(row) for row in block.rows)
            lines = [Block("para", line.strip()) for column in range(columns) for row in block.rows
                     if column < len(row) for line in row[column].split("\n") if line.strip()]
            return blocks[:index] + lines + blocks[index + 1:]
    return blocks


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


# --- report deadline ------------------------------------------------------------------------------------


def report_deadline(body: list[Block], year: int | None, problems: list[Problem], issued_on=None):
    """The deadline for reporting the remediation: a cue word + date in a sentence about
    reporting ("báo cáo") the remediation ("khắc phục"); the most specific such sentence wins."""
    best = None
    for block in body:
        for text in [block.text]:
            words = fold(text)
            score = bool(vocab.REPORT_WORDS.search(words)) + 2 * bool(vocab.REMEDY_WORDS.search(words))
            if score == 0:
                continue
            try:
                found = deadline_in_sentence(text, year, issued_on, after=vocab.REPORT_WORDS)
            except DateError as error:
                problems.append(Problem(f"Thời hạn báo cáo: {error}", blocking=True))
                continue
            if found is not None and (best is None or score > best[0]):
                best = (score, found)
    if best is None:
        problems.append(Problem(
            "Không tìm thấy thời hạn báo cáo kết quả khắc phục: các nhiệm vụ sẽ chưa có thời hạn "
            "cho đến khi nhập thời hạn."))
        return None
    return best[1]
