"""Odd input: control characters, redirect targets, huge ids, dates out of range, bidi file names,
and files that must not outlive a failed transaction."""

import io
from datetime import date
from pathlib import Path

import pytest
import time_machine
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from tracker.extensions import db
from tracker.forms import FormError, parse_date
from tracker.models import Evidence, User
from tracker.operations.evidence import add_evidence
from tracker.sanitize import clean_filename, has_control, parse_id, safe_target

from factories import items_of, make_inspection, make_unit, make_user

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def item():
    """One commune, its officer, a coordinator and one item."""
    unit = make_unit("Canh Nậu")
    make_user("officer", unit, email="canhnau@test.vn")
    make_user("coordinator", email="noivu@test.vn")
    found = items_of(make_inspection([unit]))[0]
    db.session.commit()
    return found


def test_control_characters_are_recognised():
    """NUL, escape and C1 controls count; tab and newline only where layout is not allowed."""
    assert has_control("a\x00b") and has_control("\x1b[31m") and has_control("a\x85")
    assert has_control("dòng 1\ndòng 2") and not has_control("dòng 1\r\n\tdòng 2", allow_layout=True)
    assert not has_control("Xã Canh Nậu – “Một cửa”")


@pytest.mark.parametrize("target,expected", [
    ("/items?state=open", "/items?state=open"), ("/items\n", None), ("/items\x00", None),
    ("//evil.example", None), ("https://evil.example/", None), ("/\\evil.example", None),
    ("/items\u202e", None), ("items", None), ("", None), (None, None)])
def test_redirect_targets(target, expected):
    """Only printable paths on this site are followed."""
    assert safe_target(target) == expected


@pytest.mark.parametrize("text,expected", [
    ("12", 12), ("2147483647", 2147483647), ("2147483648", None), ("0", None), ("-1", None),
    ("²", None), ("١٢", None), ("99999999999999999999999", None), ("", None), (None, None)])
def test_ids(text, expected):
    """Ids are positive ASCII integers within the database's 32-bit range."""
    assert parse_id(text) == expected


def test_file_names_lose_bidi_and_control_characters():
    """A right-to-left override cannot disguise an extension; paths and controls are dropped."""
    assert clean_filename("hoa-don\u202efdp.exe") == "hoa-donfdp.exe"
    assert clean_filename("C:\\Users\\a\\bien\x07 ban.pdf") == "bien ban.pdf"
    long_name = "a" * 300 + ".pdf"
    assert len(clean_filename(long_name)) == 255 and clean_filename(long_name).endswith(".pdf")


@time_machine.travel("2026-11-24 09:00 +07:00", tick=False)
def test_dates_out_of_range_get_a_clear_message():
    """Before 2000 or more than ten years ahead is refused in Vietnamese; the edges pass."""
    assert parse_date("01/01/2000") == date(2000, 1, 1)
    assert parse_date("24/11/2036") == date(2036, 11, 24)
    with pytest.raises(FormError, match="quá xa trong quá khứ"):
        parse_date("25/10/0203")
    with pytest.raises(FormError, match="quá xa trong tương lai"):
        parse_date("25/10/2043")


def test_nul_in_a_query_parameter_is_a_vietnamese_400(client, auth, item):
    """A NUL in a search or filter is refused before it reaches the database."""
    auth.login("noivu@test.vn")
    inspection_id = item.finding.inspection_id
    for url in ("/items?q=%00", f"/inspections/{inspection_id}?q=x%00y", f"/inspections/{inspection_id}?state=%1b"):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "ký tự điều khiển" in response.get_data(as_text=True)


def test_nul_in_a_form_field_is_refused_and_changes_nothing(client, auth, item):
    """A NUL in a long text is a 400; a newline and a tab in the same text are kept."""
    auth.login("canhnau@test.vn")
    refused = auth.post(f"/items/{item.id}/texts", {"remedy": "a\x00b", "progress": "", "version": item.version})
    assert refused.status_code == 400 and "ký tự điều khiển" in refused.get_data(as_text=True)
    db.session.refresh(item)
    assert item.remedy in (None, "")
    auth.post(f"/items/{item.id}/texts", {"remedy": "Bước 1\n\tBước 2", "progress": "", "version": item.version})
    db.session.refresh(item)
    assert item.remedy == "Bước 1\n\tBước 2"


def test_control_character_in_a_file_name_is_refused(client, auth, item):
    """A NUL in an uploaded file's name is refused and nothing is stored."""
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/evidence", {"files": [(io.BytesIO(PDF), "a\x00.pdf")]},
                         content_type="multipart/form-data")
    assert response.status_code == 400
    assert db.session.scalar(select(Evidence)) is None


def test_bad_next_is_replaced_by_the_home_page(client, auth, item):
    """``/login?next=/items%0A`` signs in and goes home instead of failing."""
    from conftest import csrf_token_from

    token = csrf_token_from(client.get("/login?next=/items%0A").get_data(as_text=True))
    response = client.post("/login?next=/items%0A", data={"email": "noivu@test.vn", "password": "mat-khau-1234",
                                                          "csrf_token": token})
    assert response.status_code == 302 and response.headers["Location"] == "/"
    assert client.get("/login?next=/items%0D%0ASet-Cookie:x=1").headers["Location"] == "/"


def test_bad_back_is_replaced(client, auth, item):
    """A form's ``back`` with a newline returns to the item page instead."""
    auth.login("canhnau@test.vn")
    response = auth.post(f"/items/{item.id}/comments", {"text": "Ý kiến", "back": "/items\n"})
    assert response.status_code == 302 and response.headers["Location"] == f"/items/{item.id}"


@pytest.mark.parametrize("ident", ["2147483648", "18446744073709551616", "9" * 40])
def test_huge_ids_are_404(client, auth, item, ident):
    """Ids beyond the integer range never reach the database."""
    auth.login("noivu@test.vn")
    for url in (f"/items/{ident}", f"/inspections/{ident}", f"/evidence/{ident}",
                f"/inspections/{item.finding.inspection_id}/units/{ident}"):
        assert client.get(url).status_code == 404, url
    assert auth.post(f"/items/{ident}/transition/start").status_code == 404


def test_odd_digits_in_filters_and_pages_are_ignored(client, auth, item):
    """Unicode digits or huge numbers in ``unit``, ``finding`` and ``page`` are ignored, not a 500."""
    auth.login("noivu@test.vn")
    inspection_id = item.finding.inspection_id
    for query in ("page=²", "page=99999999999999", "unit=²", "finding=184467440737095516160"):
        assert client.get(f"/inspections/{inspection_id}?{query}").status_code == 200, query


def _evidence_files(app) -> set[Path]:
    folder = Path(app.config["UPLOAD_FOLDER"]) / "evidence"
    return set(folder.iterdir()) if folder.exists() else set()


def test_evidence_file_is_removed_when_the_commit_fails(app, item):
    """Files written by ``add_evidence`` go when the transaction recording them fails."""
    from werkzeug.datastructures import FileStorage

    before = _evidence_files(app)
    officer = db.session.scalar(select(User).where(User.email == "canhnau@test.vn"))
    add_evidence(item, officer, [FileStorage(io.BytesIO(PDF), "bien\u202eban.pdf")])
    assert len(_evidence_files(app) - before) == 1
    db.session.add(User(email="canhnau@test.vn", full_name="Trùng", password_hash="x", role="admin"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()
    assert _evidence_files(app) == before


def test_evidence_file_stays_after_commit_and_name_loses_bidi(app, item):
    """A committed upload keeps its file; the stored name has no bidi override."""
    from werkzeug.datastructures import FileStorage

    before = _evidence_files(app)
    officer = db.session.scalar(select(User).where(User.email == "canhnau@test.vn"))
    [record] = add_evidence(item, officer, [FileStorage(io.BytesIO(PDF), "bien\u202eban.pdf")])
    db.session.commit()
    assert len(_evidence_files(app) - before) == 1
    assert record.original_filename == "bienban.pdf"


def test_imported_original_is_removed_when_the_transaction_fails(app):
    """``keep_source`` writes the original; a rollback removes it again."""
    from tracker.importer.load import PlannedInspection
    from tracker.importer.service import keep_source, sources_dir

    before = set(sources_dir().iterdir())
    db.session.scalar(select(User.id).limit(1))  # inside a transaction, as in a request
    plan = PlannedInspection(title="Kết luận", findings=[])
    keep_source(plan, "ket\u202eluan.txt", b"noi dung")
    assert plan.source_filename == "ketluan.txt" and len(set(sources_dir().iterdir()) - before) == 1
    db.session.rollback()
    assert set(sources_dir().iterdir()) == before


@pytest.mark.parametrize("email", ["a@b.vn\nBcc: x@evil.example", "a b@c.vn", "a@b\x00.vn", "khong-co-a-cong", "a@@b.vn"])
def test_addresses_that_could_split_a_mail_header_are_refused(app, email):
    """An account's or a unit's email with a newline, space or control character is refused."""
    from tracker.operations.units import UnitError, add_unit
    from tracker.operations.users import UserError, create_user

    with pytest.raises(UserError):
        create_user(email, "Tên", "admin", "mat-khau-1234")
    with pytest.raises(UnitError):
        add_unit("Xã Mới", "xa", email=email)
