"""Deadlines in the forms officials write them, read into dates.

``25/10/2023``, ``5/1/2024``, ``25-10-2023``, ``ngày 25 tháng 10 năm 2023``, ``tháng 11/2023``
(the end of that month), ``Quý IV`` / ``quý 4 năm 2022`` (the end of the quarter), ``6 tháng đầu
năm`` (30/6), ``cuối năm 2023`` (31/12) and ``Thường xuyên`` (no deadline at all). A year left out
is taken from the document (``year``). A date that does not exist, such as 31/02/2023, raises
``DateError`` with a Vietnamese message instead of being guessed.

Pure Python: no Flask, no database.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from tracker.text import fold


class DateError(ValueError):
    """A date as written does not exist or has no year; the message is Vietnamese."""


@dataclass(frozen=True)
class Deadline:
    """A deadline read from text: a date, or ``ongoing`` ("Thường xuyên"), with what was written."""

    on: date | None
    ongoing: bool = False
    text: str = ""
    rule: str | None = None  # how a relative deadline was computed, for display


ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/])")
_WORDY = re.compile(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})", re.IGNORECASE)
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/\s*|-\s*|,?\s*năm\s+)(\d{4})", re.IGNORECASE)
_MONTH_BARE = re.compile(r"(?:cuối|trong|hết|trước)\s+tháng\s+(\d{1,2})(?![\d/])", re.IGNORECASE)
_QUARTER = re.compile(r"quý\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:/\s*|-\s*|,?\s*năm\s+)(\d{4}))?", re.IGNORECASE)
_HALF = re.compile(r"(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?", re.IGNORECASE)
# A day and month without a year, after "ngày": "trước ngày 15/01", "ngày 20 tháng 11".
_DAY_MONTH = re.compile(r"(?<![\d/.-])(?:ngày\s+)?(\d{1,2})\s*(?:[/.-]\s*|\s+tháng\s+)(\d{1,2})(?![\d/-]|\.\d|\s*,?\s*năm\s+\d)", re.IGNORECASE)
# "trong thời hạn 30 ngày (làm việc) kể từ ngày ký / ban hành / nhận được ..."
_RELATIVE = re.compile(
    r"(?:trong\s+(?:thời\s+hạn\s+|vòng\s+|khoảng\s+)?|sau\s+|chậm\s+nhất\s+(?:là\s+)?|không\s+quá\s+)"
    r"(\d{1,3})\s*(?:\(\s*[^)]{1,30}\))?\s*ngày(\s+làm\s+việc)?\s*,?\s*(?:kể\s+)?từ\s+(?:ngày\s+)?"
    r"(ký|ban\s+hành|nhận\s+được|nhận|phát\s+hành|có\s+thông\s+báo|thông\s+báo)",
    re.IGNORECASE,
)
_YEAR_END = re.compile(r"(?:cuối|trong|hết)\s+năm\s+(\d{4})", re.IGNORECASE)
_ONGOING = re.compile(r"thường\s+xuyên|liên\s+tục|hằng\s+ngày|hàng\s+ngày", re.IGNORECASE)

# Words that announce a deadline in running text ("báo cáo ... trước ngày 25/10/2023").
_CUE = re.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+vào)?|không\s+quá|hạn\s+(?:chót|cuối)(?:\s+là)?"
    r"|thời\s+(?:hạn|gian)(?:\s+hoàn\s+thành)?(?:\s+việc\s+khắc\s+phục)?"
    r"|hoàn\s+thành\s+trong|xong\s+trong|trong|hết)\s*:?\s+"
    r"(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?(?:ngày\s+)?",
    re.IGNORECASE,
)


def real_date(year: int, month: int, day: int, written: str) -> date:
    if not 1 <= month <= 12:
        raise DateError(f"Ngày “{written}” không hợp lệ: không có tháng {month}.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateError(
            f"Ngày “{written}” không hợp lệ: tháng {month}/{year} không có ngày {day}."
        )
    return date(year, month, day)


def _month_end(year: int, month: int, written: str) -> date:
    if not 1 <= month <= 12:
        raise DateError(f"“{written}” không hợp lệ: không có tháng {month}.")
    return date(year, month, calendar.monthrange(year, month)[1])


def _need_year(year: int | None, written: str) -> int:
    if year is None:
        raise DateError(f"“{written}” không ghi năm và văn bản không cho biết năm nào.")
    return year


def dates_in(text: str, year: int | None = None, issued_on: date | None = None) -> list[tuple[int, date, str]]:
    """Every date expression in ``text`` as (position, date, as written), in reading order.

    Overlapping expressions are read once, the most precise form first (a full date before the
    month it contains). Raises ``DateError`` for a date that does not exist.
    """
    found: list[tuple[int, int, date, str]] = []
    taken: list[tuple[int, int]] = []

    def free(match: re.Match) -> bool:
        return all(match.end() <= start or match.start() >= end for start, end in taken)

    def add(match: re.Match, value: date) -> None:
        taken.append((match.start(), match.end()))
        found.append((match.start(), match.end(), value, match.group(0).strip()))

    for match in _FULL.finditer(text):
        day, _sep, month, full_year = match.groups()
        add(match, real_date(int(full_year), int(month), int(day), match.group(0).strip()))
    for match in _WORDY.finditer(text):
        if free(match):
            day, month, full_year = match.groups()
            add(match, real_date(int(full_year), int(month), int(day), match.group(0).strip()))
    for match in _DAY_MONTH.finditer(text):
        if free(match) and (year or issued_on):
            day, month = int(match.group(1)), int(match.group(2))
            the_year = year or issued_on.year
            value = real_date(the_year, month, day, match.group(0).strip())
            if issued_on is not None and value < issued_on:
                value = real_date(the_year + 1, month, day, match.group(0).strip())
            add(match, value)
    for match in _MONTH.finditer(text):
        if free(match):
            add(match, _month_end(int(match.group(2)), int(match.group(1)), match.group(0)))
    for match in _MONTH_BARE.finditer(text):
        if free(match):
            written = match.group(0)
            add(match, _month_end(_need_year(year, written), int(match.group(1)), written))
    for match in _QUARTER.finditer(text):
        if free(match):
            quarter_text, quarter_year = match.groups()
            quarter = ROMAN.get(quarter_text.lower()) or int(quarter_text)
            the_year = int(quarter_year) if quarter_year else _need_year(year, match.group(0))
            add(match, _month_end(the_year, quarter * 3, match.group(0)))
    for match in _HALF.finditer(text):
        if free(match):
            half, half_year = match.groups()
            the_year = int(half_year) if half_year else _need_year(year, match.group(0))
            add(match, date(the_year, 6, 30) if half.lower() == "đầu" else date(the_year, 12, 31))
    for match in _YEAR_END.finditer(text):
        if free(match):
            add(match, date(int(match.group(1)), 12, 31))
    return [(start, value, written) for start, _end, value, written in sorted(found)]


def parse_deadline(text: str, year: int | None = None) -> Deadline | None:
    """Read a deadline cell or phrase: the latest date it names, else "Thường xuyên", else None.

    A cell may hold one deadline per line (one per sub-item); the row is done when the last one
    is, so the latest date wins, and a row that is all "Thường xuyên" has no deadline.
    """
    text = " ".join((text or "").split())
    if not text:
        return None
    found = dates_in(text, year)
    if found:
        _position, value, _written = max(found, key=lambda entry: entry[1])
        return Deadline(on=value, text=text)
    if _ONGOING.search(text):
        return Deadline(on=None, ongoing=True, text=text)
    return None


def deadline_in_sentence(text: str, year: int | None = None, issued_on: date | None = None,
                         after: re.Pattern | None = None) -> Deadline | None:
    """The deadline a sentence sets ("... trước ngày 25/10/2023"), or None.

    Only a date right after a cue word counts: the dates of documents cited in passing
    ("Kế hoạch số 35/KH-UBND ngày 15/02/2023") are not deadlines. A relative deadline ("trong
    thời hạn 30 ngày kể từ ngày ký") counts from the document's date, with its rule kept. With
    ``after`` (a pattern such as "báo cáo"), a deadline set after its match is preferred: "khắc
    phục xong trước ngày X, báo cáo trước ngày Y" reports by Y.
    """
    found_at = deadlines_in_sentence(text, year, issued_on)
    if not found_at:
        return None
    if after is not None:
        folded_positions = [match.end() for match in after.finditer(_fold_same_length(text))]
        if folded_positions:
            later = [entry for entry in found_at if entry[0] >= folded_positions[0]]
            if later:
                return later[0][1]
    return found_at[0][1]


def deadlines_in_sentence(text: str, year: int | None = None,
                          issued_on: date | None = None) -> list[tuple[int, Deadline]]:
    """Every deadline a sentence sets, with its position, in reading order."""
    text = " ".join((text or "").split())
    found_at: list[tuple[int, Deadline]] = []
    for cue in _CUE.finditer(text):
        rest = text[cue.end():]
        found = dates_in(rest[:60], year, issued_on)
        if found and found[0][0] == 0:
            _position, value, written = found[0]
            found_at.append((cue.start(), Deadline(on=value, text=(cue.group(0) + written).strip())))
    for relative in _RELATIVE.finditer(text):
        if issued_on is not None:
            found_at.append((relative.start(), relative_deadline(relative, issued_on)))
    found_at.sort(key=lambda entry: entry[0])
    # A relative deadline's own cue ("trong thời hạn 30 ngày") read once.
    unique: list[tuple[int, Deadline]] = []
    for position, deadline in found_at:
        if not unique or unique[-1][1].on != deadline.on or position - unique[-1][0] > 40:
            unique.append((position, deadline))
    return unique


def _fold_same_length(text: str) -> str:
    """Folded for cue matching, keeping positions (one character for one)."""
    return "".join(fold(char) or " " for char in " ".join((text or "").split()))


def relative_deadline(match: re.Match, issued_on: date) -> Deadline:
    """"30 ngày kể từ ngày ký" from the document's date; working days skip weekends."""
    days = int(match.group(1))
    if match.group(2):  # working days
        value, left = issued_on, days
        while left:
            value += timedelta(days=1)
            if value.weekday() < 5:
                left -= 1
    else:
        value = issued_on + timedelta(days=days)
    unit = "ngày làm việc" if match.group(2) else "ngày"
    rule = f"{days} {unit} kể từ {issued_on:%d/%m/%Y} → {value:%d/%m/%Y}"
    return Deadline(on=value, text=match.group(0).strip(), rule=rule)


def year_of(text: str) -> int | None:
    """The year a document speaks of: its latest full date's year (for "Quý IV" without year)."""
    years = [int(match.group(4)) for match in _FULL.finditer(text)]
    years += [int(match.group(3)) for match in _WORDY.finditer(text)]
    return max(years) if years else None
