"""Channels (kênh gửi): how an outbox row reaches its recipient.

Every channel has ``send(row)`` (raise on failure; ``UnknownOutcome`` when the far side may have
the message) and ``close()``. ``email`` goes through the configured mail transport; ``webhook``
POSTs JSON to ``TRACKER_WEBHOOK_URL`` (a province's SMS or Zalo OA gateway), signed with HMAC-SHA256
over the body with ``TRACKER_WEBHOOK_SECRET``. Both retry through the same outbox, with the same
backoff, and a repeat carries the same message id so the far side can drop it.
"""

import hashlib
import hmac
import json
import socket
import urllib.error
import urllib.request

from flask import current_app

from tracker.reminders.mail import UnknownOutcome, build_message, message_id

CHANNELS = {"email": "Thư điện tử", "webhook": "Tin nhắn qua cổng SMS/Zalo (webhook)"}


class EmailChannel:
    """Email through the SMTP relay (or the demo's file transport), opened on first use."""

    def __init__(self, transport=None):
        self.transport = transport

    def send(self, row) -> None:
        """Deliver one email."""
        if self.transport is None:
            from tracker.reminders.mail import get_transport

            self.transport = get_transport()
        self.transport.send(build_message(row), row)

    def close(self) -> None:
        """Close the transport, if one was opened."""
        if self.transport is not None:
            self.transport.close()


class WebhookError(Exception):
    """The gateway answered with an error status."""

    def __init__(self, status: int, text: str):
        super().__init__(f"HTTP {status}: {text[:200]}")
        self.status = status


def signature(secret: str, body: bytes) -> str:
    """``sha256=<hex>``: the HMAC a gateway recomputes to trust the request."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def payload(row) -> dict:
    """The JSON a gateway receives for one outbox row."""
    return {"id": message_id(row).strip("<>"), "dedupe_key": row.dedupe_key, "kind": row.kind,
            "for_date": row.for_date.isoformat(), "to": row.recipient, "subject": row.subject,
            "text": row.body_text}


class WebhookChannel:
    """HTTPS POST of a JSON message to the configured gateway."""

    def __init__(self, config):
        self.url = config.get("TRACKER_WEBHOOK_URL") or ""
        self.secret = config.get("TRACKER_WEBHOOK_SECRET") or ""
        self.timeout = float(config.get("TRACKER_WEBHOOK_TIMEOUT", 10))

    def send(self, row) -> None:
        """POST the message; 2xx is delivered, a timeout after sending is an unknown outcome."""
        if not self.url:
            raise ConnectionError("TRACKER_WEBHOOK_URL chưa được cấu hình")
        body = json.dumps(payload(row), ensure_ascii=False).encode()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "X-Tracker-Signature": signature(self.secret, body),
            "Idempotency-Key": message_id(row).strip("<>"), "User-Agent": "theodoi-khacphuc"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as error:
            raise WebhookError(error.code, error.read().decode("utf-8", "replace")) from error
        except (socket.timeout, TimeoutError) as error:
            raise UnknownOutcome(f"webhook: {error}") from error
        except urllib.error.URLError as error:
            if isinstance(error.reason, (socket.timeout, TimeoutError)):
                raise UnknownOutcome(f"webhook: {error.reason}") from error
            raise ConnectionError(f"webhook: {error.reason}") from error

    def close(self) -> None:
        """Nothing kept open."""


def channels_for(transport=None) -> dict:
    """Every channel, ready to send (the email transport may be given, e.g. in tests)."""
    return {"email": EmailChannel(transport), "webhook": WebhookChannel(current_app.config)}
