"""The units an inspection visited, as a document names them: under "Kính gửi:", in the sentence
announcing the inspection ("đã kiểm tra tại 06/10 xã, thị trấn: …"), in the list after it, or in
an annex table; checked against the count the document gives.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.importer.draft import Problem
from tracker.importer.reader import Block
from tracker.importer.tables import table_columns
from tracker.importer.units import COMMUNE_KINDS, Registry, RegistryUnit, find_mentions
from tracker.text import fold

_COUNT = re.compile(r"\b(\d{1,3})\s*/\s*\d{1,3}\s+(?:xã|đơn vị|phường|cơ quan|địa phương|phòng)"
                    r"|tại\s+(\d{1,3})\s+(?:xã|đơn vị|phường|cơ quan|địa phương|phòng)", re.IGNORECASE)

# "(sau đây gọi tắt là VP Sở, Phòng KH-TC)": the same units again, abbreviated.
# "Phòng Hành chính - Tổ chức (Phòng HC-TC)", "(Chi cục ATVSTP)": an abbreviation right after a
# name is that name.
_SHORT_NAMES = re.compile(
    r"(?i:\((?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt[^)]*\))"
    r"|(?<=\w)\s*\((?:(?:" + "|".join(re.escape(head) for head in vocab.BODY_HEADS) + r")\s+|P\.\s*)?(?:[A-ZĐ]{2,}(?:\s*[-&]\s*[A-ZĐ]{2,})+|[A-ZĐ]{4,})\)")


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
            # "tại UBND huyện A và UBND xã B": a district listed with a commune was visited too
            # ("xã Yên Hòa (huyện Yên Mô)" only says where the commune is)
            listed_with = {mention.group for mention in mentions if not _district(mention)}
            # ("làm việc với UBND huyện A và kiểm tra tại xã B": the district was the first visit)
            mentions = [mention for mention in mentions if not _district(mention) or (
                (mention.group in listed_with or _VISIT_BEFORE.search(source[:mention.start]))
                and not _IN_BRACKETS.search(source[:mention.start]))]
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


_VISIT_BEFORE = re.compile(r"(?:kiểm\s+tra|làm\s+việc)\s+(?:tại|với|đối\s+với)\s*:?\s*(?:UBND|Ủy\s+ban\s+nhân\s+dân)?\s*"
                           r"(?:huyện|thị\s+xã|thành\s+phố|quận)\s*$", re.IGNORECASE)
_IN_BRACKETS = re.compile(r"\(\s*(?:huyện|thị\s+xã|thành\s+phố|tp\.?|quận)?\s*$", re.IGNORECASE)


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
_VISITED = re.compile(r"(?:kiểm\s+tra|làm\s+việc)(?:\s+\S+){0,3}?\s+(?:tại|đối\s+với|với)\s*:?\s", re.IGNORECASE)


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


_DEFINED_SHORT = re.compile(r"\(\s*(?:sau\s+đây\s+)?(?:gọi|viết)\s+tắt\s+(?:là\s+)?([A-ZĐ][\wĐ.&-]{1,15})\s*\)",
                            re.IGNORECASE)


def defined_short_names(blocks: list[Block], registry: Registry) -> dict[str, str]:
    """Short names a document defines for a unit ("Trung tâm Công nghệ thông tin và Truyền thông
    (sau đây gọi tắt là TTCNTT)"): each short name and the full name written just before it."""
    names: dict[str, str] = {}
    for block in blocks:
        for match in _DEFINED_SHORT.finditer(block.text):
            before = block.text[:match.start()].rstrip()
            mentions = [mention for mention in find_mentions(before, registry)
                        if before[mention.start:mention.end].strip() and mention.end >= len(before) - 1]
            if mentions:
                names[match.group(1)] = mentions[-1].written
    return names
