"""Mail that can't hurt the app or repeat itself: a stable Message-ID, automatic-mail headers,
subjects folded without losing a space, unknown outcomes retried a bounded number of times, and
no database lock held while a relay stalls (real SMTP servers on loopback)."""

import asyncio
import threading
import time
from datetime import date, datetime, timedelta, timezone
from email import message_from_bytes, policy

import time_machine
from aiosmtpd.controller import Controller
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders.decide import run_daily
from tracker.reminders.mail import build_message
from tracker.reminders.outbox import send_pending

from reminders_support import World, config, free_port  # noqa: F401 (fixture)

UTC = timezone.utc
DAY = date(2023, 10, 26)


class Relay:
    """An SMTP relay that keeps what it receives and can stall or hang up after the data."""

    def __init__(self):
        self.messages, self.mode = [], "ok"
        self.in_data, self.release = threading.Event(), threading.Event()

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.original_content, policy=policy.default))
        if self.mode == "drop":
            server.transport.close()  # hang up after the data, before answering
            return "250 OK"
        if self.mode == "stall":
            self.in_data.set()
            await asyncio.get_running_loop().run_in_executor(None, self.release.wait, 30)
        return "250 OK"


def start_relay(config, timeout=5.0) -> tuple[Relay, Controller]:
    relay = Relay()
    controller = Controller(relay, hostname="127.0.0.1", port=free_port())
    controller.start()
    config(MAIL_TRANSPORT="smtp", MAIL_SERVER="127.0.0.1", MAIL_PORT=controller.port, MAIL_TIMEOUT=timeout)
    return relay, controller


def one_message() -> OutboxMessage:
    """A world with one overdue item and the day's digests in the outbox; the officer's row."""
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 25))
    world.coordinator.unit.email = "noivu.yenthe@test.vn"
    db.session.commit()
    run_daily(DAY)
    db.session.commit()
    return db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "canbo.canhnau@test.vn")).one()


def test_headers_message_id_reply_to_and_long_vietnamese_subjects(app):
    """Message-ID comes from the row (same on every build), Auto-Submitted is set, Reply-To is
    the coordinating office, and long Vietnamese subjects survive folding with every space."""
    row = one_message()
    first, second = build_message(row), build_message(row)
    assert first["Message-ID"] == second["Message-ID"] and f"outbox.{row.id}." in first["Message-ID"]
    assert first["Auto-Submitted"] == "auto-generated"
    assert first["Reply-To"] == "noivu.yenthe@test.vn"
    base = "[Theo dõi khắc phục] UBND xã Canh Nậu: 12 nhiệm vụ quá hạn, 3 đến hạn hôm nay, 7 sắp đến hạn, 2 bị trả lại"
    for padding in range(60):
        row.subject = "Tổng hợp " * (padding % 3) + "x" * padding + " " + base
        raw = bytes(build_message(row))
        assert message_from_bytes(raw, policy=policy.default)["Subject"] == row.subject
        assert max(len(line) for line in raw.split(b"\n")) <= 78
    db.session.rollback()


def test_unknown_outcome_is_retried_with_the_same_message_id_then_given_up(app, config):
    """A relay that hangs up after the data: the attempt counts as unknown, the repeat carries the
    same Message-ID, and after MAIL_MAX_UNKNOWN repeats the row is marked unknown, never resent."""
    relay, controller = start_relay(config)
    config(MAIL_MAX_UNKNOWN=1)
    moment = datetime(2023, 10, 26, 1, 0, tzinfo=UTC)
    try:
        with time_machine.travel(moment, tick=False):
            row = one_message()
        relay.mode = "drop"
        for attempt in range(4):
            with time_machine.travel(moment + timedelta(hours=attempt), tick=False):
                send_pending()
        db.session.expire_all()
        row = db.session.get(OutboxMessage, row.id)
        assert row.status == "unknown" and row.unknown_attempts == 2, (row.attempts, row.unknown_attempts, row.last_error, row.next_attempt_at)
        officer_copies = [m for m in relay.messages if m["To"] == "canbo.canhnau@test.vn"]
        assert len(officer_copies) == 2
        assert officer_copies[0]["Message-ID"] == officer_copies[1]["Message-ID"]
        relay.mode = "ok"
        with time_machine.travel(moment + timedelta(days=1), tick=False):
            send_pending()
        assert len([m for m in relay.messages if m["To"] == "canbo.canhnau@test.vn"]) == 2
    finally:
        controller.stop()


def test_web_requests_keep_answering_while_the_relay_stalls(app, client, config):
    """While the sender waits on a stalled relay, the database takes writes at once: no
    transaction (hence no SQLite write lock) is open during the SMTP conversation."""
    relay, controller = start_relay(config, timeout=30)
    try:
        one_message()
        db.session.commit()  # the test's own session holds nothing either
        relay.mode = "stall"
        outcome = {}

        def sender():
            with app.app_context():
                try:
                    outcome["report"] = send_pending(limit=1)
                except Exception as error:  # noqa: BLE001 - shown by the assertion below
                    outcome["error"] = error
                    relay.in_data.set()

        thread = threading.Thread(target=sender)
        thread.start()
        assert relay.in_data.wait(10) and "error" not in outcome, outcome
        started = time.monotonic()
        assert client.get("/healthz").status_code == 200
        response = client.post("/login", data={"email": "khongco@test.vn", "password": "sai"})
        assert response.status_code in (200, 400, 401)  # a failed sign-in is recorded: a write
        assert time.monotonic() - started < 3
        relay.release.set()
        thread.join(10)
        assert outcome["report"].sent == 1
    finally:
        relay.release.set()
        controller.stop()


def test_refused_unit_mailbox_is_shown_to_its_coordinators(app, client, auth, config):
    """A 5xx for a unit's mailbox fails the message at once; the coordinators of the inspection
    concerning that unit see it on their page, a coordinator of another office does not."""
    from conftest import PASSWORD
    from factories import make_unit, make_user

    relay, controller = start_relay(config)
    try:
        row = one_message()
        relay.mode = "ok"
        refuse = Controller(Refuser(), hostname="127.0.0.1", port=free_port())
        refuse.start()
        config(MAIL_PORT=refuse.port)
        send_pending()
        refuse.stop()
        db.session.expire_all()
        mailbox = db.session.scalars(select(OutboxMessage).where(OutboxMessage.recipient == "ubnd.canhnau@test.vn")).one()
        assert mailbox.status == "failed" and "550" in mailbox.last_error
        other_office = make_unit("Văn phòng Sở", "phong")
        make_user("coordinator", other_office, email="vanphong@test.vn")
        db.session.commit()
        auth.login("noivu@test.vn", PASSWORD)
        page = client.get("/reminders/failures").get_data(as_text=True)
        assert "ubnd.canhnau@test.vn" in page and "550" in page
        auth.post("/logout")
        auth.login("vanphong@test.vn", PASSWORD)
        page = client.get("/reminders/failures").get_data(as_text=True)
        assert "Thư không gửi được" in page and "ubnd.canhnau@test.vn" not in page and row.id
    finally:
        controller.stop()


class Refuser:
    """A relay that refuses the Canh Nậu mailbox for good and accepts the rest."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == "ubnd.canhnau@test.vn":
            return "550 5.1.1 Hộp thư không tồn tại"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        return "250 OK"


def test_healthz_reports_oldest_pending_age_and_last_delivery(app, client, config):
    """/healthz: the age of the oldest pending message, then the time of the last delivery."""
    relay, controller = start_relay(config)
    moment = datetime(2023, 10, 26, 1, 0, tzinfo=UTC)
    try:
        with time_machine.travel(moment, tick=False):
            one_message()
        with time_machine.travel(moment + timedelta(minutes=5), tick=False):
            outbox = client.get("/healthz").get_json()["outbox"]
            assert outbox["oldest_pending_seconds"] == 300 and outbox["last_delivery_at"] is None
            send_pending()
            outbox = client.get("/healthz").get_json()["outbox"]
        assert outbox["oldest_pending_seconds"] is None and outbox["pending"] == 0
        assert outbox["last_delivery_at"] == "2023-10-26T01:05:00+00:00" and relay.messages
    finally:
        controller.stop()
