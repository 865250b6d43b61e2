"""Helpers for the reminder tests: a small world of units and people, a real SMTP server on
loopback (aiosmtpd), config overrides that are undone after the test."""

import socket
import threading
from datetime import date
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from tracker.extensions import db
from sqlalchemy import update

from tracker.models import Item, Notice

from factories import items_of, make_inspection, make_unit, make_user


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Recorder:
    """aiosmtpd handler that keeps every accepted message; can refuse chosen ones once (451)."""

    def __init__(self):
        self.messages = []
        self.refuse_once: set[str] = set()  # recipients to answer "451 try later" once
        self.refuse_always: dict[str, str] = {}  # recipient -> SMTP answer, every time
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                if rcpt in self.refuse_always:
                    return self.refuse_always[rcpt]
            refused = [rcpt for rcpt in envelope.rcpt_tos if rcpt in self.refuse_once]
            if refused:
                self.refuse_once.difference_update(refused)
                return "451 4.3.0 Thử lại sau"
            parsed = message_from_bytes(envelope.original_content, policy=policy.default)
            self.messages.append((list(envelope.rcpt_tos), parsed))
        return "250 OK"

    def to(self, address: str) -> list:
        """Messages received for ``address``."""
        return [message for rcpts, message in self.messages if address in rcpts]


class MailServer:
    """An SMTP server on 127.0.0.1 that can be stopped and started again on the same port."""

    def __init__(self):
        self.port = free_port()
        self.recorder = Recorder()
        self.controller = None

    def start(self):
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def config(app):
    """Set app config keys for one test; the old values come back afterwards."""
    saved = {}

    def set_(**values):
        for key, value in values.items():
            saved.setdefault(key, app.config.get(key, _MISSING))
            app.config[key] = value

    yield set_
    for key, value in saved.items():
        if value is _MISSING:
            app.config.pop(key, None)
        else:
            app.config[key] = value


_MISSING = object()


@pytest.fixture
def smtp(config):
    """A running SMTP server the app sends to."""
    server = MailServer()
    server.start()
    config(MAIL_TRANSPORT="smtp", MAIL_SERVER="127.0.0.1", MAIL_PORT=server.port, MAIL_TIMEOUT=5)
    yield server
    server.stop()


class World:
    """Canh Nậu (with a mailbox, an officer, a head) and Xuân Lương (an officer, no mailbox), one
    coordinator, and an inspection whose items start with no deadline."""

    def __init__(self, findings: int = 4):
        self.canh_nau = make_unit("Canh Nậu", email="UBND.CanhNau@test.vn")
        self.xuan_luong = make_unit("Xuân Lương")
        self.officer = make_user("officer", self.canh_nau, email="canbo.canhnau@test.vn")
        self.head = make_user("viewer", self.canh_nau, email="chutich.canhnau@test.vn", is_head_of_unit=True)
        self.officer2 = make_user("officer", self.xuan_luong, email="canbo.xuanluong@test.vn")
        self.coordinator = make_user("coordinator", email="noivu@test.vn")
        self.inspection = make_inspection([self.canh_nau, self.xuan_luong], findings=findings, deadline=None)
        items = items_of(self.inspection)
        self.items = {unit.id: [i for i in items if i.unit_id == unit.id] for unit in (self.canh_nau, self.xuan_luong)}
        db.session.flush()
        # The "new items" notices of the assignment count as told: tests start from a quiet world.
        db.session.execute(update(Notice).values(delivered_on=date(2023, 1, 1)))

    def of(self, unit) -> list[Item]:
        """The unit's items, in finding order."""
        return self.items[unit.id]

    def set_deadline(self, item: Item, deadline: date | None, state: str | None = None) -> None:
        """Give an item a deadline (and a state) without going through the workflow."""
        item.deadline = item.original_deadline = deadline
        if state:
            item.state = state
        db.session.flush()


def body(message, subtype: str = "plain") -> str:
    """The decoded text or HTML part of a received message."""
    return message.get_body((subtype,)).get_content()
