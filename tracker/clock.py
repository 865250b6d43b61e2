"""The one place the tracker asks what time it is.

Everything stored is UTC; everything a user reads or a deadline is compared with is the local
date in ``TRACKER_TIMEZONE`` (Asia/Ho_Chi_Minh by default). Tests freeze this clock with
time-machine instead of sleeping.
"""

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

from flask import current_app, has_app_context

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"


def local_zone() -> ZoneInfo:
    """The configured local time zone."""
    name = DEFAULT_TIMEZONE
    if has_app_context():
        name = current_app.config.get("TRACKER_TIMEZONE", DEFAULT_TIMEZONE)
    return ZoneInfo(name)


def now_utc() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(timezone.utc)


def to_local(moment: datetime) -> datetime:
    """Convert an instant to local time (naive datetimes are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(local_zone())


def local_date(moment: datetime) -> date:
    """The local calendar date of an instant: what a deadline is compared with."""
    return to_local(moment).date()


def today() -> date:
    """Today's date in the local time zone."""
    return local_date(now_utc())


def vn_date(value: date | datetime | None, empty: str = "") -> str:
    """A date as every user reads it, dd/mm/yyyy (the local date for instants)."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = to_local(value)
    return value.strftime("%d/%m/%Y")


def vn_datetime(value: datetime | None) -> str:
    """An instant as local "dd/mm/yyyy HH:MM"."""
    if value is None:
        return ""
    return to_local(value).strftime("%d/%m/%Y %H:%M")
