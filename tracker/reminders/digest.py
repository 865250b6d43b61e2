"""What a reminder email holds and how it is written: plain values, Vietnamese text, templates.

A ``Digest`` is one email to one address: a few ``Section``s of item lines grouped by urgency
(or, for coordinators, of units ranked by their overdue items). The text and HTML parts come from
``templates/email/digest.txt`` and ``digest.html``; identical section lists (every officer of a
unit and its mailbox usually get the same content) are rendered once per run.
"""

from dataclasses import dataclass, field, replace
from datetime import date

from flask import current_app
from markupsafe import escape

from tracker.clock import vn_date
from tracker.queries.timestatus import deadline_badge

DEFAULT_SUBJECT_PREFIX = "[Theo dõi khắc phục]"
GREETING_SLOT = "\x00greeting\x00"  # stands for the recipient's greeting in a shared body
COMMUNE_KINDS = {"xa", "phuong", "thi_tran", "dac_khu"}


def unit_label(name: str, kind: str) -> str:
    """How an email names a unit: "UBND xã Canh Nậu" for a commune, the plain name otherwise."""
    from tracker.models import UNIT_KINDS

    if kind in COMMUNE_KINDS:
        return f"UBND {UNIT_KINDS[kind].lower()} {name}"
    return name


def short_text(text: str, limit: int = 160) -> str:
    """A finding cut to one line of an email."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "…"


def item_url(base_url: str, item_id: int) -> str:
    """Absolute link to an item page (the ``items.show`` route, ``/items/<id>``).

    Built by hand because a scheduled job has no request to build URLs from; a test follows
    the link through the app to make sure it stays right.
    """
    return f"{base_url.rstrip('/')}/items/{item_id}"


@dataclass
class ItemLine:
    """One item in an email: the finding, its deadline and how late or close it is."""

    item_id: int
    unit_id: int
    finding: str
    deadline: date | None
    badge: str
    url: str
    unit_name: str | None = None  # shown in coordinators' digests only
    is_new: bool = False  # entered its group since the last digest about the unit
    note: str | None = None  # e.g. why it was returned, by whom
    effective: date | None = None  # the deadline moved off a day off, when it differs

    @property
    def deadline_text(self) -> str:
        """The deadline as dd/mm/yyyy ("Thường xuyên" when there is none), and the working day it
        is judged against when it falls on a day off."""
        text = vn_date(self.deadline, "Thường xuyên")
        if self.effective is not None and self.effective != self.deadline:
            text += f" (trùng ngày nghỉ, tính đến hết ngày {vn_date(self.effective)})"
        return text


@dataclass
class UnitGroup:
    """A unit in a coordinator's digest: how many items, the worst few of them."""

    label: str
    count: int
    lines: list[ItemLine]
    summary: str | None = None  # the unit's other counts ("1 bị trả lại, 2 chờ xác nhận")

    @property
    def more(self) -> int:
        """Items of the unit not listed."""
        return self.count - len(self.lines)


@dataclass
class Section:
    """A heading and its item lines (or unit groups)."""

    key: str
    title: str
    lines: list[ItemLine] = field(default_factory=list)
    groups: list[UnitGroup] = field(default_factory=list)
    note: str | None = None
    count: int | None = None  # items covered, when more than the lines shown

    @property
    def total(self) -> int:
        """How many items the section covers."""
        return self.count if self.count is not None else len(self.lines)


@dataclass
class Digest:
    """One email to one recipient for one run."""

    recipient: str
    kind: str
    for_date: date
    greeting: str
    summary: str  # the subject after the prefix
    sections: list[Section]
    user_id: int | None = None
    unit_id: int | None = None
    intro: str | None = None
    inspections: list[str] = field(default_factory=list)  # "Thông báo kết luận số … ngày …"
    action: str | None = None  # one sentence: what to do, by when
    contact: str | None = None  # who to ask at the coordinating office
    reply_to: str | None = None  # the coordinating office's mailbox
    prefs_url: str | None = None
    notices: list = field(default_factory=list)  # event notices folded into this digest
    notice_ids: list[int] = field(default_factory=list)
    channel: str = "email"  # or "webhook": the same digest to a phone number or a Zalo id
    notice_key: str | None = None  # an immediate notice's own dedupe key
    attachment_name: str | None = None  # the leaders' summary: the Excel export (or a zip of them)
    attachment: bytes | None = None

    @property
    def dedupe_key(self) -> str:
        """What makes the message unique: kind, recipient and date (plus the unit for a nudge)."""
        suffix = "" if self.channel == "email" else f":{self.channel}"
        if self.kind == "notice":
            return f"notice:{self.notice_key}{suffix}"
        if self.kind == "nudge":
            return f"nudge:{self.unit_id}:{self.recipient}:{self.for_date.isoformat()}{suffix}"
        return f"{self.kind}:{self.recipient}:{self.for_date.isoformat()}{suffix}"

    @property
    def empty(self) -> bool:
        """A digest with nothing in it is never sent."""
        return not (self.notices or any(section.lines or section.groups for section in self.sections))


def line(item_id, unit_id, finding, deadline, today, base_url, badge=None, unit_name=None,
         effective=None, is_new=False, note=None) -> ItemLine:
    """An item line with its deadline badge ("quá hạn 5 ngày", "còn 3 ngày", "hôm nay"), judged
    against the effective deadline when one is given."""
    return ItemLine(item_id, unit_id, finding, deadline,
                    badge or deadline_badge(effective or deadline, today), item_url(base_url, item_id),
                    unit_name, is_new, note, effective)


def inspection_label(title: str, number: str | None, issued_on: date | None) -> str:
    """How a digest names an inspection: "Thông báo kết luận số 12/TB-UBND ngày 02/10/2023"."""
    parts = [f"số {number}" if number else None, f"ngày {vn_date(issued_on)}" if issued_on else None]
    named = " ".join(part for part in parts if part)
    return f"{title} ({named})" if named else title


def count_phrase(overdue: int, due_soon: int) -> str:
    """ "2 nhiệm vụ quá hạn, 3 sắp đến hạn" (parts that are zero are left out)."""
    parts = []
    if overdue:
        parts.append(f"{overdue} nhiệm vụ quá hạn")
    if due_soon:
        parts.append(f"{due_soon} sắp đến hạn" if parts else f"{due_soon} nhiệm vụ sắp đến hạn")
    return ", ".join(parts)


class Renderer:
    """Writes digests as (subject, text, html), rendering each distinct content once per run."""

    def __init__(self):
        env = current_app.jinja_env
        self.text_template = env.get_template("email/digest.txt")
        self.html_template = env.get_template("email/digest.html")
        self.prefix = current_app.config.get("MAIL_SUBJECT_PREFIX", DEFAULT_SUBJECT_PREFIX)
        self.base_url = current_app.config.get("TRACKER_BASE_URL", "").rstrip("/")
        self._cache: dict = {}

    def subject(self, digest: Digest) -> str:
        """The subject line: prefix and what is inside."""
        return f"{self.prefix} {digest.summary}".strip()

    def render(self, digest: Digest) -> tuple[str, str, str]:
        """Subject, plain-text body and HTML body of ``digest``.

        Bodies are rendered once per distinct content with a placeholder greeting, which is then
        filled in per recipient: officers of one unit share everything but their name.
        """
        key = (digest.intro, digest.action, digest.contact, digest.for_date, digest.prefs_url,
               tuple(digest.inspections), tuple(digest.notice_ids), tuple(id(s) for s in digest.sections))
        bodies = self._cache.get(key)
        if bodies is None:
            context = {"digest": replace(digest, greeting=GREETING_SLOT), "base_url": self.base_url,
                       "date_text": vn_date(digest.for_date)}
            bodies = (self.text_template.render(context), self.html_template.render(context))
            self._cache[key] = bodies
        text, html = bodies
        return (self.subject(digest), text.replace(GREETING_SLOT, digest.greeting),
                html.replace(GREETING_SLOT, str(escape(digest.greeting))))
