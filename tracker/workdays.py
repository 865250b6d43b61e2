"""The working-day calendar (lịch ngày làm việc) and the effective deadline.

A day is a working day unless it is a Saturday, a Sunday or a Vietnamese public holiday (with
its substitute days off), and make-up working days (ngày làm bù, e.g. Saturday 04/05/2024) are
working days even though they fall on a weekend: the ``holidays`` package knows both.

Bộ luật Dân sự 2015, Điều 148: when the last day of a period is a day off, the period ends at
the end of the next working day. ``TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF`` (default on) applies
that rule to deadlines; the result is the *effective deadline*, kept on each item
(``Item.effective_deadline``) so that Python and SQL judge the same date everywhere.
"""

from datetime import date, timedelta
from functools import lru_cache

import holidays
from flask import current_app, has_app_context

WEEKDAY_NAMES = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
MOVES_SETTING = "TRACKER_DEADLINE_MOVES_OFF_DAYS_OFF"
# The longest run of days off we look across (Tết plus weekends is about 9 days).
MAX_DAYS_OFF = 31


@lru_cache(maxsize=32)
def _calendar(year: int) -> tuple[dict, frozenset]:
    """Public holidays (names in Vietnamese) and make-up working days of one year."""
    table = holidays.VN(years=year, language="vi")
    makeup = frozenset(day for day in table.weekend_workdays if day.year == year)
    return dict(table), makeup


def day_off_reason(day: date) -> str | None:
    """Why ``day`` is a day off ("thứ Bảy", "Quốc khánh"…), or None for a working day."""
    holiday_names, makeup = _calendar(day.year)
    if day in holiday_names:
        return holiday_names[day]
    if day.weekday() >= 5 and day not in makeup:
        return WEEKDAY_NAMES[day.weekday()]
    return None


def is_working_day(day: date) -> bool:
    """Whether ``day`` is a working day (make-up working days included)."""
    return day_off_reason(day) is None


def next_working_day(day: date) -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    for _ in range(MAX_DAYS_OFF):
        if is_working_day(day):
            return day
        day += timedelta(days=1)
    return day


def previous_working_day(day: date) -> date:
    """The last working day strictly before ``day``."""
    day -= timedelta(days=1)
    for _ in range(MAX_DAYS_OFF):
        if is_working_day(day):
            return day
        day -= timedelta(days=1)
    return day


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def deadline_moves() -> bool:
    """Whether a deadline on a day off moves to the next working day (default: yes)."""
    if has_app_context():
        return _truthy(current_app.config.get(MOVES_SETTING, True))
    return True


def effective_deadline(deadline: date | None, moves: bool | None = None) -> date | None:
    """The date a deadline is judged against: moved off a day off when the setting says so."""
    if deadline is None:
        return None
    if moves is None:
        moves = deadline_moves()
    return next_working_day(deadline) if moves else deadline
