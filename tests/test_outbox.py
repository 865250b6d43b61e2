"""Sending the outbox to a real SMTP server on loopback: content, retries, exactly once."""

from datetime import date, datetime, timedelta, timezone

import time_machine
from sqlalchemy import select

from tracker.cli import main
from tracker.extensions import db
from tracker.models import OutboxMessage
from tracker.reminders.outbox import send_pending

from reminders_support import World, body, config, smtp  # noqa: F401 (fixtures)

UTC = timezone.utc
DEADLINE = date(2023, 10, 25)


def overdue_world(findings: int = 2) -> World:
    """Both units with every item overdue since 25/10/2023."""
    world = World(findings=findings)
    for unit in (world.canh_nau, world.xuan_luong):
        for item in world.of(unit):
            world.set_deadline(item, DEADLINE)
    db.session.commit()
    return world


def rows() -> list[OutboxMessage]:
    db.session.rollback()
    return db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def test_digests_arrive_over_smtp_once(app, smtp):
    """``reminders run`` then ``outbox send``: each recipient gets one message with a Vietnamese
    subject, a plain-text and an HTML part; running both again delivers nothing new."""
    overdue_world()
    runner = app.test_cli_runner()
    assert runner.invoke(main, ["reminders", "run", "--date", "2023-10-26"]).exit_code == 0
    result = runner.invoke(main, ["outbox", "send"])
    assert result.exit_code == 0 and "Đã gửi 4 thư." in result.output, result.output
    received = smtp.recorder
    assert sorted(r[0] for r, _ in received.messages) == [
        "canbo.canhnau@test.vn", "canbo.xuanluong@test.vn", "noivu@test.vn", "ubnd.canhnau@test.vn"]
    officer = received.to("canbo.canhnau@test.vn")[0]
    assert officer["Subject"] == "[Theo dõi khắc phục] UBND xã Canh Nậu: 2 nhiệm vụ quá hạn"
    assert officer["To"] == "canbo.canhnau@test.vn"
    assert "Theo dõi khắc phục" in officer["From"]
    text = body(officer)
    assert "Kính gửi: Người dùng officer, cán bộ phụ trách, UBND xã Canh Nậu." in text
    assert "[quá hạn 1 ngày] (mới) Hạn chế số 1" in text and "Hạn: 25/10/2023" in text
    assert "== Quá hạn (2) ==" in text
    assert "Theo: Kết luận kiểm tra CCHC năm 2023" in text
    assert "Đề nghị khẩn trương hoàn thành và báo cáo ngay 2 nhiệm vụ quá hạn." in text
    assert "Đầu mối liên hệ: " in text and "http://tracker.test/account/preferences" in text
    assert 'href="http://tracker.test/items/' in body(officer, "html")
    coordinator = received.to("noivu@test.vn")[0]
    assert coordinator["Subject"] == ("[Theo dõi khắc phục] Tổng hợp ngày 26/10/2023: "
                                      "4 nhiệm vụ quá hạn tại 2 đơn vị")
    assert "UBND xã Canh Nậu: 2 nhiệm vụ" in body(coordinator)
    assert all(row.status == "sent" and row.sent_at and row.attempts == 1 for row in rows())
    assert runner.invoke(main, ["reminders", "run", "--date", "2023-10-26"]).exit_code == 0
    assert "Đã gửi 0 thư." in runner.invoke(main, ["outbox", "send"]).output
    assert len(received.messages) == 4


def test_server_down_then_up_every_message_arrives_once(app, smtp):
    """With the server down nothing is lost or marked failed: rows stay pending with the error;
    once it is back every message arrives exactly once, including when it goes down mid-way."""
    overdue_world()
    runner = app.test_cli_runner()
    assert runner.invoke(main, ["reminders", "run", "--date", "2023-10-26"]).exit_code == 0
    smtp.stop()
    result = runner.invoke(main, ["outbox", "send"])
    assert result.exit_code != 0 and "Không gửi được qua máy chủ thư 127.0.0.1" in result.output
    assert "sẽ được gửi lại" in result.output and "Đã gửi 0 thư" in result.output
    pending = rows()
    assert all(row.status == "pending" and row.attempts == 0 for row in pending) and len(pending) == 4
    assert "Connection" in pending[0].last_error
    smtp.start()
    assert "Đã gửi 4 thư." in runner.invoke(main, ["outbox", "send"]).output
    assert "Đã gửi 0 thư." in runner.invoke(main, ["outbox", "send"]).output
    recipients = sorted(r[0] for r, _ in smtp.recorder.messages)
    assert recipients == ["canbo.canhnau@test.vn", "canbo.xuanluong@test.vn", "noivu@test.vn",
                          "ubnd.canhnau@test.vn"]
    assert all(row.status == "sent" and row.attempts == 1 for row in rows())


def test_server_stops_mid_batch(app, smtp):
    """The server disappears after two messages: those two are sent, the rest wait and arrive
    once it is back; nobody gets a message twice."""
    from tracker.reminders.mail import SmtpTransport

    overdue_world()
    assert app.test_cli_runner().invoke(main, ["reminders", "run", "--date", "2023-10-26"]).exit_code == 0

    class StopsAfterTwo(SmtpTransport):
        def send(self, message, row):
            if len(smtp.recorder.messages) == 2 and smtp.controller is not None:
                smtp.stop()
            super().send(message, row)

    report = send_pending(transport=StopsAfterTwo(app.config))
    assert report.sent == 2 and report.server_down
    smtp.start()
    assert send_pending().sent == 2
    assert send_pending().sent == 0
    recipients = sorted(r[0] for r, _ in smtp.recorder.messages)
    assert recipients == ["canbo.canhnau@test.vn", "canbo.xuanluong@test.vn", "noivu@test.vn",
                          "ubnd.canhnau@test.vn"]


def test_temporary_refusal_mid_batch_is_retried(app, smtp):
    """A 451 for one message in the middle of a batch: the others go, that one follows later."""
    overdue_world()
    smtp.recorder.refuse_once.add("canbo.xuanluong@test.vn")
    start = datetime(2023, 10, 26, 1, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False):
        db.session.commit()
        from tracker.reminders.decide import run_daily

        run_daily(date(2023, 10, 26))
        db.session.commit()
        report = send_pending()
    assert report.sent == 3 and report.retrying == 1 and "451" in report.errors[0]
    with time_machine.travel(start + timedelta(minutes=5), tick=False):
        assert send_pending().sent == 1
        assert send_pending().sent == 0
    counts = {}
    for rcpts, _ in smtp.recorder.messages:
        counts[rcpts[0]] = counts.get(rcpts[0], 0) + 1
    assert counts == {"canbo.canhnau@test.vn": 1, "canbo.xuanluong@test.vn": 1, "noivu@test.vn": 1,
                      "ubnd.canhnau@test.vn": 1}


def test_gives_up_after_max_attempts_with_backoff(app, smtp, config):
    """A message the server keeps refusing (451) waits 1, then 2 minutes…; after
    ``MAIL_MAX_ATTEMPTS`` it is failed and stays failed. A 550 for the recipient fails at once."""
    from tracker.reminders.decide import run_daily

    config(MAIL_MAX_ATTEMPTS=3)
    smtp.recorder.refuse_always["canbo.xuanluong@test.vn"] = "451 4.3.0 Hộp thư tạm thời không nhận"
    smtp.recorder.refuse_always["noivu@test.vn"] = "550 5.1.1 Không có hộp thư này"
    world = World(findings=1)
    world.set_deadline(world.of(world.xuan_luong)[0], DEADLINE)
    db.session.commit()
    moment = datetime(2023, 10, 26, 1, 0, tzinfo=UTC)
    with time_machine.travel(moment, tick=False):
        run_daily(date(2023, 10, 26))
        db.session.commit()
    waits = []
    for _ in range(3):
        with time_machine.travel(moment, tick=False):
            send_pending()
        row = next(r for r in rows() if r.recipient == "canbo.xuanluong@test.vn")
        waits.append(row.next_attempt_at - moment)
        moment = row.next_attempt_at
    assert row.status == "failed" and row.attempts == 3
    assert row.last_error == "SMTPDataError: 451 4.3.0 Hộp thư tạm thời không nhận"
    assert waits[:2] == [timedelta(minutes=1), timedelta(minutes=2)]
    coordinator = next(r for r in rows() if r.recipient == "noivu@test.vn")
    assert coordinator.status == "failed" and coordinator.attempts == 1 and "550" in coordinator.last_error
    with time_machine.travel(moment + timedelta(days=1), tick=False):
        assert send_pending().sent == 0
    assert smtp.recorder.messages == []


def test_file_transport_writes_eml(app, config, tmp_path):
    """The demo's transport writes one readable .eml per message under instance/mail/."""
    from email import message_from_bytes, policy

    from tracker.reminders.decide import run_daily

    config(MAIL_TRANSPORT="file", MAIL_FILE_FOLDER=str(tmp_path / "mail"))
    world = World(findings=1)
    world.set_deadline(world.of(world.canh_nau)[0], DEADLINE)
    db.session.commit()
    run_daily(date(2023, 10, 26))
    db.session.commit()
    assert send_pending().sent == 3
    files = sorted((tmp_path / "mail").glob("*.eml"))
    assert len(files) == 3
    message = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert "UBND xã Canh Nậu" in message["Subject"] and "quá hạn 1 ngày" in body(message)
