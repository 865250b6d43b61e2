"""Turning an outbox row into a MIME message, and the transports that deliver it.

``MAIL_TRANSPORT`` picks the transport: ``smtp`` (the relay from ``MAIL_SERVER``, ``MAIL_PORT``,
``MAIL_USE_TLS``, ``MAIL_USE_SSL``, ``MAIL_USERNAME``, ``MAIL_PASSWORD``) or ``file`` (``.eml``
files under ``instance/mail/``, for the demo and for development). Left empty it is ``smtp`` when
``MAIL_SERVER`` is set and ``file`` otherwise, so a fresh installation never loses a message.
"""

import base64
import hashlib
import logging
import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

from flask import current_app

from tracker.clock import now_utc

log = logging.getLogger(__name__)

SENDER_NAME = "Theo dõi khắc phục"
# Encoded words at most this long, so "Subject: " plus one word stays within 78 characters.
ENCODED_WORD_LIMIT = 66


class UnknownOutcome(Exception):
    """The relay went silent after the message data was sent: it may or may not have it."""


def message_id(row) -> str:
    """A ``Message-ID`` derived from the outbox row alone: every attempt of a row carries the same
    one, so a receiving side that got a message whose outcome we never learnt can drop the repeat."""
    domain = current_app.config.get("MAIL_FROM", "localhost").rpartition("@")[2] or "localhost"
    digest = hashlib.sha256(row.dedupe_key.encode()).hexdigest()[:16]
    return f"<outbox.{row.id}.{digest}@{domain}>"


def encode_subject(subject: str) -> str:
    """The subject as RFC 2047 encoded words split between characters, never at a space.

    Python's own folding of long non-ASCII subjects can drop the space between two words
    ("sắp đếnhạn"); here every space sits inside an encoded word, and the whitespace between
    words (which decoders ignore) is only the fold itself.
    """
    if subject.isascii() and len(subject) < 70:
        return subject
    prefix, suffix = "=?utf-8?b?", "?="
    words, chunk = [], ""
    for char in subject:
        candidate = chunk + char
        if len(prefix) + len(base64.b64encode(candidate.encode()).decode()) + len(suffix) > ENCODED_WORD_LIMIT:
            words.append(chunk)
            candidate = char
        chunk = candidate
    words.append(chunk)
    return "\r\n ".join(f"{prefix}{base64.b64encode(word.encode()).decode()}{suffix}" for word in words)


def build_message(row) -> EmailMessage:
    """The email for one outbox row: plain text plus an HTML alternative, UTF-8 throughout, marked
    as automatic (no out-of-office replies), answered to the coordinating office."""
    config = current_app.config
    message = EmailMessage()
    message.set_raw("Subject", encode_subject(row.subject))
    message["From"] = formataddr((SENDER_NAME, config.get("MAIL_FROM", "theodoi-khacphuc@localhost")))
    message["To"] = row.recipient
    if row.reply_to:
        message["Reply-To"] = row.reply_to
    message["Date"] = format_datetime(now_utc())
    message["Message-ID"] = message_id(row)
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message["X-Tracker-Dedupe-Key"] = row.dedupe_key
    message.set_content(row.body_text, charset="utf-8")
    if row.body_html:
        message.add_alternative(row.body_html, subtype="html", charset="utf-8")
    if row.attachment:
        name = row.attachment_name or "bao-cao.xlsx"
        subtype = "zip" if name.endswith(".zip") else "vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        message.add_attachment(row.attachment, maintype="application", subtype=subtype, filename=name)
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
        """Deliver one message to the row's recipient; a broken connection is dropped, not reused.

        A timeout or a dropped connection once the DATA command was under way raises
        ``UnknownOutcome``: the relay may have accepted the message.
        """
        if self.connection is None:
            self.connection = self._connect()
        connection, data_sent = self.connection, False
        try:
            connection.ehlo_or_helo_if_needed()
            sender = self.config.get("MAIL_FROM", "theodoi-khacphuc@localhost")
            options = ["SMTPUTF8"] if not row.recipient.isascii() and connection.has_extn("smtputf8") else []
            code, answer = connection.mail(sender, options)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, answer, sender)
            code, answer = connection.rcpt(row.recipient)
            if code not in (250, 251):
                connection.rset()
                raise smtplib.SMTPRecipientsRefused({row.recipient: (code, answer)})
            data_sent = True
            code, answer = connection.data(message.as_bytes(policy=message.policy.clone(linesep="\r\n")))
            if code != 250:
                connection.rset()
                raise smtplib.SMTPDataError(code, answer)
        except (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused):
            raise  # the relay answered: the outcome is known
        except (OSError, smtplib.SMTPServerDisconnected) as error:  # SMTPException is an OSError too
            self.close()
            if data_sent:
                raise UnknownOutcome(f"{type(error).__name__}: {error}") from error
            raise

    def close(self) -> None:
        """Say goodbye to the server, if still connected (without waiting long on a stalled one)."""
        if self.connection is not None:
            try:
                if self.connection.sock is not None:
                    self.connection.sock.settimeout(2)
                self.connection.quit()
            except (OSError, smtplib.SMTPException, socket.timeout):
                pass
            finally:
                self.connection.close()
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
