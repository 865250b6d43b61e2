"""The parts of a conclusion around its findings: header (issuer, number, place and date,
title), the inspected units, and the deadline for reporting the remediation.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.importer.dates import DateError, deadline_in_sentence, real_date
from tracker.importer.draft import Problem
from tracker.importer.reader import Block
from tracker.importer.tables import table_columns
from tracker.importer.units import COMMUNE_KINDS, Registry, RegistryUnit, find_mentions
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
_COUNT = re.compile(r"\b(\d{1,3})\s*/\s*\d{1,3}\s+(?:xã|đơn vị|phường|cơ quan|địa phương|phòng)"
                    r"|tại\s+(\d{1,3})\s+(?:xã|đơn vị|phường|cơ quan|địa phương|phòng)", re.IGNORECASE)


def read_header(blocks: list[Block], problems: list[Problem]) -> dict:
    """Issuer, number, place, year, issue date and title from the document's first blocks."""
    header: dict = {}
    issuer_lines: list[str] = []
    blocks = _unfold_header_table(blocks)
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
            header["title_blocks"] = ([id(b) for b in blocks[:index] if not vocab.ADDRESSEES.match(fold(b.text))]
                                      if index <= 12 else []) + [id(block)]
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


# --- inspected units ---------------------------------------------------------------------------------


# "(sau đây gọi tắt là VP Sở, Phòng KH-TC)": the same units again, abbreviated.
# "Phòng Hành chính - Tổ chức (Phòng HC-TC)": an abbreviation right after a name is that name.
_SHORT_NAMES = re.compile(
    r"(?i:\((?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt[^)]*\))"
    r"|(?<=\w)\s*\((?:Phòng\s+|P\.\s*)?(?:[A-ZĐ]{2,}(?:\s*[-&]\s*[A-ZĐ]{2,})+|[A-ZĐ]{4,})\)")


_TITLE_LIST = re.compile(r"(?i:các\s+)?(?i:công\s+chức)(?:\s+chuyên\s+môn)?\s*:\s*([^.;]+)")


def _titles(source: str) -> str:
    """"các công chức chuyên môn: Văn phòng - Thống kê, Tư pháp - Hộ tịch" names officers by
    title: "Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch"."""
    match = _TITLE_LIST.search(source)
    if match is None:
        return source
    names = [name.strip() for name in re.split(r",|\s+và\s+", match.group(1)) if name.strip()]
    listed = ", ".join(f"Công chức {name}" for name in names)
    return source[:match.start()] + listed + source[match.end():]


def inspected_units(body: list[Block], registry: Registry, problems: list[Problem],
                    kinds: dict[str, str] | None = None, place: str | None = None,
                    tables: list[Block] = ()):
    """The units the inspection visited, from "Kính gửi:" or from the sentence announcing the
    inspection ("kiểm tra tại 10/19 xã (…)", "... tại các đơn vị sau:" and the items after it),
    else from the unit column of a table that lists them (an annex, a score table).
    ``kinds`` receives the kind its prefix gave each unresolved name ("phường Tân Lập")."""
    kinds = {} if kinds is None else kinds
    found = []
    sources = _addressed(body) + _announced(body)
    if not any(find_mentions(source, registry) for _text, source in sources):
        sources += _listed_in_tables(tables)
    for block_text, source in sources:
        source = _titles(_SHORT_NAMES.sub("", source))
        mentions = [mention for mention in find_mentions(source, registry, districts=True)
                    if not _issuer_level(mention, place)]
        if sum(_district(mention) for mention in mentions) * 2 <= len(mentions):
            mentions = [mention for mention in mentions if not _district(mention)]
        if any(mention.kind in COMMUNE_KINDS for mention in mentions):
            mentions = [mention for mention in mentions if not mention.body or mention.resolution.unit]  # their bodies
        if mentions:
            found.append((block_text, mentions))
    # "Kính gửi:" first; else the announcing sentence that lists the most units.
    addressed = len(_addressed(body))
    if found and not (addressed and found[0][0] in {text for text, _source in _addressed(body)}):
        found.sort(key=lambda entry: -len(entry[1]))
    for block_text, mentions in found[:1]:
        units: list[RegistryUnit] = []
        unresolved: list[str] = []
        for mention in mentions:
            if mention.resolution.unit is not None:
                if mention.resolution.unit not in units:
                    units.append(mention.resolution.unit)
            else:
                written = mention.written
                if written in unresolved and mention.kind and kinds.get(written, mention.kind) != mention.kind:
                    written = f"{vocab.KIND_WORDS.get(mention.kind, '')} {written}".strip()  # "thị trấn Đại Đình"
                if written not in unresolved:
                    unresolved.append(written)
                    if mention.kind:
                        kinds[written] = mention.kind
        count = _COUNT.search(block_text)
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


def _listed_in_tables(tables: list[Block]) -> list[tuple[str, str]]:
    """The unit column of a table that is not a deficiency table, as one list."""
    out = []
    for table in tables:
        for header_index, header in enumerate(table.rows[:3]):
            if not header or not re.fullmatch(r"(?i)s?tt|số\s*tt|", header[0].strip()):
                continue  # a header row starts with its "TT" column
            columns = table_columns(header)
            if "deficiency" in columns:
                break
            if "unit" in columns and len(header[columns["unit"]]) <= 30:
                cells = [row[columns["unit"]] for row in table.rows[header_index + 1:] if columns["unit"] < len(row)]
                names = "; ".join(cell.strip() for cell in cells if cell.strip())
                if names:
                    out.append((names, names))
                break
    return out


def _district(mention) -> bool:
    unit = mention.resolution.unit
    return (unit.kind if unit else mention.kind) == "huyen"


def _issuer_level(mention, place: str | None) -> bool:
    """The province, or the district that issues the document ("huyện Yên Thế")."""
    unit = mention.resolution.unit
    if unit is not None and unit.kind == "tinh":
        return True
    return _district(mention) and fold(unit.name if unit else mention.written) == fold(place or "")


def _following_items(body: list[Block], index: int) -> str:
    following = []
    for item in body[index + 1:index + 80]:
        if item.kind != "bullet" and not (len(item.text) < 90 and item.text.rstrip().endswith((";", ",", "."))
                                          and not item.styled and len(following) < 60):
            break
        following.append(item.text)
        if item.kind != "bullet" and item.text.rstrip().endswith("."):
            break
    return "; ".join(following)


def _addressed(body: list[Block]) -> list[tuple[str, str]]:
    """"Kính gửi: UBND các xã A, B" or "Kính gửi:" followed by one addressee per line."""
    out = []
    for index, block in enumerate(body[:40]):
        match = vocab.ADDRESSEES.match(fold(block.text))
        if match:
            rest = block.text[match.end():].strip(" :")
            out.append((block.text, "; ".join(filter(None, [rest, _following_items(body, index)]))))
    return out


# Where the list of inspected units starts: "đã kiểm tra tại", "làm việc trực tiếp với".
_VISITED = re.compile(r"(?:kiểm\s+tra|làm\s+việc)(?:\s+\S+){0,3}?\s+(?:tại|đối\s+với|với)\s", re.IGNORECASE)


_FUTURE = re.compile(r"\b(?:sẽ|dự kiến|theo kế hoạch|sắp tới|tiếp theo)\b", re.IGNORECASE)


def _announced(body: list[Block]) -> list[tuple[str, str]]:
    out = []
    for index, block in enumerate(body[:80]):
        words = fold(block.text)
        if "kiem tra" not in words and "lam viec" not in words:
            continue
        visited = _VISITED.search(block.text)
        if visited and _FUTURE.search(block.text[max(0, visited.start() - 60):visited.start() + 1]):
            continue  # "Đoàn sẽ tiếp tục kiểm tra tại ...": the next visits, not this one
        source = block.text[visited.start():] if visited else block.text
        if block.text.rstrip().endswith(":"):
            source = source + " " + _following_items(body, index)
        out.append((block.text, source))
    return out


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
