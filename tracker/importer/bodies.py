"""Names of rooms, centres and other bodies ("Phòng Tư pháp", "Văn phòng Sở", "TTPVHCC").

A department inspects its own rooms and centres, a commune its own bodies; documents name them
in full ("Phòng Tổ chức - Hành chính") or abbreviated ("Phòng TC-HC", "VP Sở", "TTPVHCC").
``body_spans`` finds such names in a sentence; ``abbreviations`` gives the short forms a
registered body is also found by.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.text import fold

# Words that end a body's name in running text ("Phòng Tư pháp chưa cập nhật...").
_STOP = {word.lower() for word in (
    "chưa", "còn", "đã", "có", "không", "thực hiện", "được", "là", "thì", "tại", "của", "trong", "với",
    "cho", "về", "như", "để", "theo", "nhưng", "đang", "vẫn", "cần", "phải", "khi", "từ", "đến",
    "năm", "báo", "đối", "xã", "phường", "huyện", "tỉnh", "quận", "trên", "do", "bị", "việc", "các", "những", "một", "này", "đó", "mới", "nên",
    "chủ", "trì", "phối", "hợp", "tham", "mưu", "ban", "lập", "bố", "trí", "cập", "nhật",
    "tổ", "kiểm", "giải", "quyết", "niêm", "yết", "gửi", "nhận", "lưu", "sử", "dụng",
)}
_KEEP_LOWER = {"và", "hành", "chính", "công", "nghiệp", "nội", "vụ", "pháp"}
_HEAD = re.compile(  # "Phòng Tư pháp", "(cả công chức Địa chính - Xây dựng)", "Tư pháp - Hộ tịch"
    r"\b(" + "|".join(re.escape(word) for word in sorted(vocab.BODY_HEADS, key=len, reverse=True))
    + r"|công chức|" + "|".join(re.escape(word) for word in vocab.OFFICER_TITLES) + r"(?=\s*[-–]\s*[A-ZĐ]))\s*(?=\S)"
)
_WORD = re.compile(r"[\wÀ-ỹ'’]+(?:\s*[-–]\s*[\wÀ-ỹ'’]+)*|\S")


def body_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every body name in ``text``: a head word ("Phòng", "Trung tâm") followed
    by a capitalised word, and the words of the name up to a verb, a comma or a bracket; plus
    the usual abbreviations ("VP Sở", "TTPVHCC", "Phòng TC-HC")."""
    spans: list[tuple[int, int]] = []
    for match in vocab.BODY_ABBREVIATIONS.finditer(text):
        spans.append((match.start(), match.end()))
    for head in _HEAD.finditer(text):
        if any(start <= head.start() < end for start, end in spans):
            continue
        if _AFTER_KIND.search(text[max(0, head.start() - 12):head.start()]):
            continue  # "xã Trường An", "phường Bến Thành": a commune named like a body
        if head.group(1) == "Trường" and not _SCHOOL.match(text, head.end()):
            continue  # "Trường Thọ" is a commune; a school is "Trường Tiểu học ..."
        if (fold(head.group(1)) == "cong chuc" and _HEAD.match(text, head.end())
                and not _OFFICER_TITLE.match(text, head.end())):
            continue  # "Công chức Bộ phận một cửa": the officers of the body named next
        position = head.end()
        end = None  # the end of the name so far
        firm = None  # the end after the last word that surely belongs to the name
        count = 0
        for word in _WORD.finditer(text, position):
            if word.start() - (end or position) > 3:
                break
            token = word.group(0)
            lower = token.lower()
            if count and _HEAD.match(text, word.start()):
                break  # "Văn phòng Sở và Phòng Tư pháp": the next body
            if count == 0 and not token[:1].isupper() and token not in {"-", "–"}:
                if lower in _KIND_END and _ENDS_NAME.match(text, word.end()) and " " in head.group(1):
                    end = word.end()  # "Cổng Thông tin điện tử tỉnh", "Văn phòng huyện"
                break
            if lower == "và" and _is_acronym(_next_word(text, word.end())) \
                    and _next_word(text, word.end()) not in {"UBND", "HĐND"}:
                break  # "Phòng QLTM và TTKC": two bodies
            if token == "," and count and _LIST_IN_NAME.match(text, word.start()) \
                    and not _HEAD.match(text, word.end() + 1):
                continue  # "Phòng Kinh tế, Hạ tầng và Đô thị"
            if lower == "thị" and _next_word(text, word.end()).lower() == "trấn":
                break
            if lower == "các" and count and _next_word(text, word.end())[:1].islower() \
                    and _next_word(text, word.end()).lower() not in _STOP:
                end = word.end()  # "Ban Quản lý các khu công nghiệp"
                count += 1
                continue
            if lower in _KIND_END and count and _ENDS_NAME.match(text, word.end()):
                end = word.end()  # "Trung tâm Phục vụ hành chính công phường": the ward's own
                break
            if token in {"-", "–"} or (token[:1].isupper() and token[:1].isalpha()) or token.isdigit():
                end = firm = word.end()
            elif lower in _KEEP_LOWER and lower not in _STOP:
                end = word.end()
            elif not token[:1].isalpha() or lower in _STOP or count >= 12:
                break  # punctuation or a verb ends the name: what came before it holds
            elif token[:1].islower():
                end = word.end()
            else:
                end = firm
                break
            count += 1
            if count >= 12:
                break
        if end is not None and not _NOT_BODIES.match(text, head.start()):
            name = text[head.start():end].rstrip(" -–")
            if fold(name.split()[-1]) == "va":
                name = name.rsplit(" ", 1)[0]
            spans.append((head.start(), head.start() + len(name)))
    return sorted(spans)


_SCHOOL = re.compile(r"(?i:mầm\s+non|tiểu\s+học|trung\s+học|THCS|THPT|PTDT|phổ\s+thông|chính\s+trị|cao\s+đẳng"
                     r"|đại\s+học|trung\s+cấp|bồi\s+dưỡng|dạy\s+nghề|nghiệp\s+vụ)\b")
_OFFICER_TITLE = re.compile(  # "Văn phòng - Thống kê": an officer's title, not a body
    "(?:" + "|".join(re.escape(word) for word in vocab.OFFICER_TITLES) + r")\s*[-–]\s*[A-ZĐ]")
_AFTER_KIND = re.compile(r"(?i:\b(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|tt\.?|p\.))\s*$")
_LIST_IN_NAME = re.compile(r",\s*[A-ZĐ][\wÀ-ỹ]*(?:\s+[\wÀ-ỹ]+){0,2}\s+và\s+[A-ZĐ]")
_KIND_END = {"xã", "phường", "huyện", "tỉnh", "quận"}
_ENDS_NAME = re.compile(r"\s*(?:$|[,.;:)(]|\s+(?:và|" + "|".join(sorted(_STOP, key=len, reverse=True)) + r")\b)")


# Committees and teams named like bodies, never the units a finding concerns.
_NOT_BODIES = re.compile(r"(?i:ban\s+chỉ\s+đạo|ban\s+thường\s+vụ|ban\s+chấp\s+hành|ban\s+biên\s+tập|đội\s+ngũ)")


def generic(name: str) -> bool:
    """A body named by its kind of parent ("Trung tâm Phục vụ hành chính công phường"): each
    ward has one; it is a unit only where the document or the registry lists it."""
    words = name.split()
    return len(words) > 2 and words[-1].lower() in _KIND_END


def _next_word(text: str, position: int) -> str:
    match = _WORD.search(text, position)
    return match.group(0) if match else ""


def _is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


_HEAD_INITIALS = {"van phong": "VP", "phong": "P", "trung tam": "TT", "chi cuc": "CC", "thanh tra": "TTr"}


def abbreviations(name: str) -> list[str]:
    """Short forms of a body's name: "Phòng Tổ chức - Hành chính" -> "Phòng TC-HC", "Phòng TCHC";
    "Văn phòng Sở" -> "VP Sở"; "Trung tâm Phục vụ hành chính công" -> "TTPVHCC"."""
    words = name.split()
    if len(words) < 2:
        return []
    out = []
    folded_name = fold(name)
    if folded_name.startswith("van phong "):
        out.append("VP " + " ".join(words[2:]))
    if not folded_name.startswith(("phong ", "van phong ")):
        out.append("".join(word[0].upper() for word in words if word[0].isalpha()))
    head_match = _HEAD.match(name)
    if head_match is None:
        return [form for form in dict.fromkeys(out) if len(form) >= 3]
    head, rest = head_match.group(1), name[head_match.end():]
    groups = [group.strip() for group in re.split(r"\s*[-–]\s*|\s+và\s+", rest) if group.strip()]
    initials = ["".join(word[0].upper() for word in group.split() if word[0].isalpha()) for group in groups]
    if all(initials):
        out.append(f"{head} {'-'.join(initials)}")
        out.append(f"{head} {''.join(initials)}")
        short_head = _HEAD_INITIALS.get(fold(head))
        if short_head:
            out += [short_head + "&".join(initials), short_head + "".join(initials),
                    f"{short_head} {rest.strip()}" if len(rest.split()) == 1 else short_head + "".join(initials)]
    return [form for form in dict.fromkeys(out) if len(form) >= 3]


def registered_or_named_bodies(text: str, body_names: list[tuple[str, object]]) -> list[tuple[int, int]]:
    """Spans of rooms, centres and other bodies in ``text``: the registry's (folded) body names
    first, then names by their form; a body of "each ward" ("... cấp xã") is left out."""
    spans: list[tuple[int, int]] = []
    folded_text = fold(text)
    if body_names and len(folded_text) == len(text):
        for name, _unit in body_names:
            start = folded_text.find(name)
            while start >= 0:
                end = start + len(name)
                boundary = (start == 0 or not folded_text[start - 1].isalnum()) and (
                    end == len(folded_text) or not folded_text[end].isalnum())
                if boundary and not any(s <= start < e or start <= s < end for s, e in spans):
                    spans.append((start, end))
                start = folded_text.find(name, end)
    for start, end in body_spans(text):
        if not any(s <= start < e or start <= s < end for s, e in spans):
            spans.append((start, end))
    return sorted(spans)


def of_a_kind(text: str, span: tuple[int, int]) -> bool:
    """"Trung tâm Phục vụ hành chính công cấp xã", "Bộ phận Một cửa xã A": the body of a
    commune, not a unit of its own."""
    return bool(_OF_A_KIND.match(text, span[1]))


_OF_A_KIND = re.compile(
    r"\s+(?:(?i:của\s+(?:các\s+|mỗi\s+)?)?(?i:cấp\s+)?(?i:xã|phường|thị\s+trấn)|(?i:của\s+)(?i:huyện|tỉnh|quận))\b")


_LEAD_IN = re.compile(
    r"^(?:\d{1,2}[.)]\s*|[a-zđ][.)]\s*|[-–+•*]\s*)?(?:(?:đối với|tại|về|ở)\s+)?"
    r"(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|xã|phường|thị trấn|đặc khu|tt\.?|p\.)\s*(?!các\b|những\b|cấp\b)\S",
    re.IGNORECASE,
)


def looks_like_unit_lead_in(text: str, emphasised: bool = False) -> bool:
    """A short line that only names a unit ("Xã Tân Hiệp:", "b) UBND phường 2", bold "Phòng Tư
    pháp"): the findings after it, or under it, concern that unit."""
    core = text.strip()
    if len(core) > 80 or not (core.endswith(":") or emphasised):
        return False
    core = core.rstrip(":").strip()
    words = fold(core)
    if vocab.PROSE_DEFICIENCY.search(core.lower()) or vocab.DEFICIENCY.search(words):
        return False
    if _LEAD_IN.match(core):
        return True
    spans = body_spans(re.sub(r"^(?:\d{1,2}[.)]|[a-zđ][.)]|[-–+•*])\s*", "", core))
    return bool(spans) and len(spans) == 1 and spans[0][1] - spans[0][0] >= len(core) - 6
