"""Turning an outbox row into a MIME message, and the transports that deliver it.

``MAIL_TRANSPORT`` picks the transport: ``smtp`` (the relay from ``MAIL_SERVER``, ``MAIL_PORT``,
``MAIL_USE_TLS``, ``MAIL_USE_SSL``, ``MAIL_USERNAME``, ``MAIL_PASSWORD``) or ``file`` (``.eml``
files under ``instance/mail/``, for the demo and for development). Left empty it is ``smtp`` when
``MAIL_SERVER`` is set and ``file`` otherwise, so a fresh installation never loses a message.
"""

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from pathlib import Path

from flask import current_app

from tracker.clock import now_utc

log = logging.getLogger(__name__)

SENDER_NAME = "Theo dõi khắc phục"


def build_message(row) -> EmailMessage:
    """The email for one outbox row: plain text plus an HTML alternative, UTF-8 throughout."""
    config = current_app.config
    message = EmailMessage()
    message["Subject"] = row.subject
    message["From"] = formataddr((SENDER_NAME, config.get("MAIL_FROM", "theodoi-khacphuc@localhost")))
    message["To"] = row.recipient
    message["Date"] = format_datetime(now_utc())
    sender_domain = config.get("MAIL_FROM", "localhost").rpartition("@")[2] or "localhost"
    message["Message-ID"] = make_msgid(idstring=f"outbox{row.id}", domain=sender_domain)
    message["X-Tracker-Dedupe-Key"] = row.dedupe_key
    message.set_content(row.body_text, charset="utf-8")
    if row.body_html:
        message.add_alternative(row.body_html, subtype="html", charset="utf-8")
    return message


class SmtpTransport:
    """Send through an SMTP relay, one connection per sending pass (opened on first use)."""

    def __init__(self, config):
        self.config = config
        self.connection: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        host, port = config.get("MAIL_SERVER") or "localhost", int(config.get("MAIL_PORT") or 25)
        timeout = float(config.get("MAIL_TIMEOUT", 30))
        if config.get("MAIL_USE_SSL"):
            connection = smtplib.SMTP_SSL(host, port, timeout=timeout, context=ssl.create_default_context())
        else:
            connection = smtplib.SMTP(host, port, timeout=timeout)
            if config.get("MAIL_USE_TLS"):
                connection.starttls(context=ssl.create_default_context())
        if config.get("MAIL_USERNAME"):
            connection.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD", ""))
        return connection

    def send(self, message: EmailMessage, row) -> None:
        """Deliver one message to the row's recipient; a broken connection is dropped, not reused."""
        if self.connection is None:
            self.connection = self._connect()
        try:
            self.connection.send_message(message, to_addrs=[row.recipient])
        except (OSError, smtplib.SMTPServerDisconnected):
            self.close()
            raise

    def close(self) -> None:
        """Say goodbye to the server, if still connected."""
        if self.connection is not None:
            try:
                self.connection.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self.connection = None


class FileTransport:
    """Write each message as ``instance/mail/<id>-<date>.eml``: what the demo "sends"."""

    def __init__(self, folder: Path):
        self.folder = folder

    def send(self, message: EmailMessage, row) -> None:
        """Write the message; the file name is unique per outbox row."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{row.id:06d}-{row.kind}-{row.for_date.isoformat()}.eml"
        path.write_bytes(bytes(message))
        log.info("mail written to %s", path)

    def close(self) -> None:
        """Nothing to close."""


def transport_name(config) -> str:
    """``smtp`` or ``file``, as configured (see the module docstring)."""
    name = (config.get("MAIL_TRANSPORT") or "").strip().lower()
    if not name:
        name = "smtp" if config.get("MAIL_SERVER") else "file"
    if name not in {"smtp", "file"}:
        raise ValueError(f"MAIL_TRANSPORT không hợp lệ: “{name}” (chỉ nhận smtp hoặc file).")
    return name


def get_transport():
    """The configured transport."""
    config = current_app.config
    if transport_name(config) == "file":
        folder = config.get("MAIL_FILE_FOLDER") or Path(current_app.instance_path) / "mail"
        return FileTransport(Path(folder))
    return SmtpTransport(config)
