"""The reminder policy (DESIGN §5), in one place: who hears of an item, on which days.

Pure date arithmetic over plain values, no database, so every boundary is cheap to test.
All of it is configurable through the app config (keys in ``CONFIG_KEYS``); the defaults are
the ones Phòng Nội vụ asked for:

- officers of a unit hear of an item due in 7, 3, 1 and 0 days (``due_soon_days``), then of an
  overdue item on overdue days 1, 3, 7 and every 7 days after (``overdue_days``,
  ``overdue_repeat_every``);
- an item overdue 7 days or more is also named to the unit's head (``escalate_after_days``);
- coordinators get a daily digest of overdue items and of reports waiting for verification
  more than 3 days (``waiting_days``);
- a deadline on a day off is also warned about on the last working day before it;
- with ``skip_non_working_days`` nothing is sent on weekends and Vietnamese public holidays (make-up
  working days are working days, ``tracker.workdays``): the next working day's run covers every day since the previous working day (its *window*), so a
  boundary that fell on a Saturday, a Sunday or during Tết is not lost.
"""

from dataclasses import dataclass
from datetime import date, time, timedelta

from tracker.workdays import MAX_DAYS_OFF as MAX_WINDOW_DAYS
from tracker.workdays import day_off_reason, is_working_day, previous_working_day

# App config key -> policy field. Values may be Python values or strings from the environment.
CONFIG_KEYS = {
    "TRACKER_REMINDER_DUE_SOON_DAYS": "due_soon_days",
    "TRACKER_REMINDER_OVERDUE_DAYS": "overdue_days",
    "TRACKER_REMINDER_OVERDUE_REPEAT_EVERY": "overdue_repeat_every",
    "TRACKER_REMINDER_ESCALATE_AFTER_DAYS": "escalate_after_days",
    "TRACKER_REMINDER_WAITING_DAYS": "waiting_days",
    "TRACKER_REMINDER_SKIP_NON_WORKING_DAYS": "skip_non_working_days",
    "TRACKER_REMINDER_TIME": "send_time",
    "TRACKER_REMINDER_CATCH_UP_DAYS": "catch_up_days",
    "TRACKER_DIGEST_MAX_UNITS": "digest_max_units",
    "TRACKER_DIGEST_ITEMS_PER_UNIT": "digest_items_per_unit",
    "TRACKER_DIGEST_ITEMS_PER_GROUP": "digest_items_per_group",
}


def _days(value) -> tuple[int, ...]:
    """A list of day counts from a tuple, a list or a string such as "7,3,1,0"."""
    if isinstance(value, str):
        value = [part for part in value.replace(";", ",").split(",") if part.strip()]
    return tuple(sorted({int(part) for part in value}, reverse=True))


def _bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return bool(value)


def _time(value) -> time:
    if isinstance(value, time):
        return value
    hours, _, minutes = str(value).strip().partition(":")
    return time(int(hours), int(minutes or 0))


@dataclass(frozen=True)
class ReminderPolicy:
    """When reminders are due. Build it with ``from_config`` (or directly in tests)."""

    due_soon_days: tuple[int, ...] = (7, 3, 1, 0)
    overdue_days: tuple[int, ...] = (1, 3, 7)
    overdue_repeat_every: int = 7
    escalate_after_days: int = 7
    waiting_days: int = 3
    skip_non_working_days: bool = True
    send_time: time = time(7, 30)
    catch_up_days: int = 7
    digest_max_units: int = 50
    digest_items_per_unit: int = 5
    digest_items_per_group: int = 30

    @classmethod
    def from_config(cls, config) -> "ReminderPolicy":
        """The policy from an app config mapping; keys not set keep their defaults."""
        converters = {
            "due_soon_days": _days, "overdue_days": _days, "skip_non_working_days": _bool,
            "send_time": _time,
        }
        values = {}
        for key, field_name in CONFIG_KEYS.items():
            if config.get(key) not in (None, ""):
                values[field_name] = converters.get(field_name, int)(config[key])
        return cls(**values)

    @property
    def due_soon_horizon(self) -> int:
        """The furthest ahead (in days) a due-soon reminder can look."""
        return max(self.due_soon_days, default=0)

    def non_working_reason(self, day: date) -> str | None:
        """Why ``day`` is not a sending day ("thứ Bảy", "Quốc khánh"…), or None if it is one."""
        if not self.skip_non_working_days:
            return None
        return day_off_reason(day)

    def is_sending_day(self, day: date) -> bool:
        """Whether reminders go out on ``day``."""
        return self.non_working_reason(day) is None

    def window(self, day: date) -> list[date]:
        """The days whose boundaries the run of ``day`` covers, oldest first; empty on a day off.

        On a working day after a weekend or a holiday this is every day since the previous
        working day, so Monday's run also covers Saturday's and Sunday's boundaries.
        """
        if not self.is_sending_day(day):
            return []
        days = [day]
        previous = day - timedelta(days=1)
        while not self.is_sending_day(previous) and len(days) < MAX_WINDOW_DAYS:
            days.insert(0, previous)
            previous -= timedelta(days=1)
        return days

    def is_overdue_reminder_day(self, days_overdue: int) -> bool:
        """Whether an item overdue by ``days_overdue`` days is reminded that day (1, 3, 7, 14…)."""
        if days_overdue <= 0:
            return False
        if days_overdue in self.overdue_days:
            return True
        last = max(self.overdue_days, default=0)
        every = self.overdue_repeat_every
        return every > 0 and days_overdue > last and (days_overdue - last) % every == 0

    def due_soon_due(self, deadline: date, window: list[date], raw_deadline: date | None = None) -> bool:
        """Whether a due-soon boundary (7, 3, 1, 0 days before the effective ``deadline``) falls
        in ``window``, or the window holds the last working day before a ``raw_deadline`` that
        falls on a day off (warned then whether or not the deadline moves)."""
        if any((deadline - day).days in self.due_soon_days for day in window):
            return True
        raw = raw_deadline or deadline
        return not is_working_day(raw) and previous_working_day(raw) in window

    def overdue_due(self, deadline: date, window: list[date]) -> bool:
        """Whether an overdue boundary (day 1, 3, 7, then weekly) falls in ``window``."""
        return any(self.is_overdue_reminder_day((day - deadline).days) for day in window)
