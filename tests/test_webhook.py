"""The webhook channel against a real HTTP server started by the test: JSON body, HMAC signature,
retries through the outbox with the same id, unknown outcome on a timeout."""

import hashlib
import hmac
import json
import threading
from datetime import date, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import time_machine
from sqlalchemy import select

from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders.decide import run_daily
from tracker.reminders.outbox import send_pending

from reminders_support import World, config  # noqa: F401 (fixture)

UTC = timezone.utc
SECRET = "bi-mat-cua-tinh"


class Gateway(ThreadingHTTPServer):
    """A province's SMS/Zalo gateway: records requests; answers with the queued statuses first."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.requests, self.statuses = [], []
        self.hold = threading.Event()
        self.hold.set()


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 - the http.server name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.requests.append((dict(self.headers), body))
        self.server.hold.wait(10)
        status = self.server.statuses.pop(0) if self.server.statuses else 200
        self.send_response(status)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


def test_webhook_delivers_signed_json_and_retries_through_the_outbox(app, config):
    """A user who chose the webhook channel gets a signed JSON message; a 503 is retried later
    with the same id; a timeout is an unknown outcome, retried with the same id."""
    gateway = Gateway()
    thread = threading.Thread(target=gateway.serve_forever, daemon=True)
    thread.start()
    config(TRACKER_WEBHOOK_URL=f"http://127.0.0.1:{gateway.server_address[1]}/nhan-tin",
           TRACKER_WEBHOOK_SECRET=SECRET, TRACKER_WEBHOOK_TIMEOUT=0.5, MAIL_TRANSPORT="file")
    moment = datetime(2023, 10, 26, 1, 0, tzinfo=UTC)
    try:
        world = World(findings=1)
        world.set_deadline(world.of(world.canh_nau)[0], date(2023, 10, 25))
        world.officer.channels, world.officer.phone = "email,webhook", "0912345678"
        db.session.commit()
        with time_machine.travel(moment, tick=False):
            run_daily(date(2023, 10, 26))
            db.session.commit()
        hook = db.session.scalars(select(OutboxMessage).where(OutboxMessage.channel == "webhook")).one()
        assert hook.recipient == "0912345678" and hook.dedupe_key.endswith(":webhook")
        gateway.statuses = [503]
        with time_machine.travel(moment, tick=False):
            send_pending()
        gateway.hold.clear()  # the next attempt times out after the request was sent
        with time_machine.travel(moment + timedelta(hours=1), tick=False):
            send_pending()
        gateway.hold.set()
        with time_machine.travel(moment + timedelta(hours=2), tick=False):
            send_pending()
        db.session.expire_all()
        hook = db.session.get(OutboxMessage, hook.id)
        assert hook.status == "sent" and hook.unknown_attempts == 1
        assert len(gateway.requests) == 3
        ids = {headers["Idempotency-Key"] for headers, _ in gateway.requests}
        assert len(ids) == 1
        headers, body = gateway.requests[-1]
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert headers["X-Tracker-Signature"] == expected
        payload = json.loads(body)
        assert payload["to"] == "0912345678" and "quá hạn" in payload["subject"]
        assert "UBND xã Canh Nậu" in payload["text"]
    finally:
        gateway.hold.set()
        gateway.shutdown()
        gateway.server_close()
