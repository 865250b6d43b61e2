"""The unit registry: CSV load, rename, retire, merge — history kept; the admin page."""

import pytest
from sqlalchemy import select

from tracker.demo import UNITS_CSV
from tracker.extensions import db
from tracker.models import Unit
from tracker.operations.units import UnitError, load_csv, merge_unit, rename_unit, retire_unit

from factories import items_of, make_inspection, make_unit, make_user

CSV = """name,kind,code,parent,email
Yên Thế,Huyện,,,
Canh Nậu,xã,24001,Yên Thế,ubnd.canhnau@demo.vn
Phồn Xương,Thị trấn,,Yên Thế,
"""


def test_load_csv_keeps_diacritics_and_is_idempotent():
    """Loading creates units with their Vietnamese names and parent; loading again changes nothing."""
    report = load_csv(CSV)
    assert report.created == 3
    unit = db.session.scalar(select(Unit).where(Unit.code == "24001"))
    assert unit.name == "Canh Nậu" and unit.parent.name == "Yên Thế" and unit.kind == "xa"
    assert db.session.scalar(select(Unit).where(Unit.name == "Phồn Xương")).kind == "thi_tran"
    again = load_csv(CSV)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_load_csv_reports_the_bad_line():
    """A bad kind or an unknown parent is refused with the line number, in Vietnamese."""
    with pytest.raises(UnitError, match="Dòng 2: Loại đơn vị không hợp lệ"):
        load_csv("name,kind,code,parent,email\nCanh Nậu,làng,,,\n")
    with pytest.raises(UnitError, match="Không tìm thấy đơn vị cấp trên"):
        load_csv("name,kind,code,parent,email\nCanh Nậu,xã,,Huyện Không Có,\n")


def test_demo_csv_has_every_unit_seed_001_names():
    """The demo's own CSV holds all 19 communes and towns of Yên Thế, including Tam Hiệp."""
    load_csv(UNITS_CSV.read_text(encoding="utf-8"))
    names = set(db.session.scalars(select(Unit.name).where(Unit.kind.in_(["xa", "thi_tran"]))))
    assert len(names) == 19
    assert {"Canh Nậu", "Xuân Lương", "Đồng Vương", "Đồng Hưu", "Bố Hạ", "Phồn Xương", "Đồng Tâm",
            "Tam Hiệp", "Tân Sỏi", "Hương Vĩ", "Đồng Kỳ"} <= names


def test_rename_merge_retire_keep_history():
    """Renaming remembers the old name; merging and retiring keep the unit's items in place."""
    old, new = make_unit("Tam Hiệp"), make_unit("Phồn Xương", kind="thi_tran")
    item = items_of(make_inspection([old]))[0]
    rename_unit(old, "Tam Hiệp Mới")
    assert old.former_names == "Tam Hiệp"
    merge_unit(old, new)
    assert old.merged_into is new and old.retired_at is not None
    assert item.unit is old and db.session.get(type(item), item.id) is not None
    with pytest.raises(UnitError):
        merge_unit(new, new)
    retire_unit(new)
    with pytest.raises(UnitError, match="ngừng hoạt động"):
        merge_unit(make_unit("Đồng Kỳ"), new)


def test_admin_page_add_rename_merge(client, auth):
    """The admin page adds, renames and merges units, with messages in Vietnamese."""
    make_user("admin", email="admin@test.vn")
    target = make_unit("Phồn Xương", kind="thi_tran")
    db.session.commit()
    auth.login("admin@test.vn")
    page = auth.post("/admin/units", {"name": " Tam  Hiệp ", "kind": "xa"}, follow_redirects=True)
    assert "Đã thêm đơn vị “Tam Hiệp”" in page.get_data(as_text=True)
    unit = db.session.scalar(select(Unit).where(Unit.name == "Tam Hiệp"))
    auth.post(f"/admin/units/{unit.id}/rename", {"name": "Tam Hiệp 2"})
    page = auth.post(f"/admin/units/{unit.id}/merge", {"into_id": target.id}, follow_redirects=True)
    text = page.get_data(as_text=True)
    assert "sáp nhập vào “Phồn Xương”" in text and "Tên cũ: Tam Hiệp" in text
    duplicate = auth.post("/admin/units", {"name": "Phồn Xương", "kind": "thi_tran"}, follow_redirects=True)
    assert "Đã có đơn vị “Phồn Xương”" in duplicate.get_data(as_text=True)


def test_a_commune_and_a_town_of_one_name_coexist_under_one_parent():
    """Uniqueness is parent + kind + name: "xã Yên Hòa" and "thị trấn Yên Hòa" are two units."""
    from sqlalchemy.exc import IntegrityError

    from tracker.operations.units import add_unit

    district = add_unit("Yên Thế", "huyen")
    commune = add_unit("Yên Hòa", "xa", parent=district)
    town = add_unit("Yên Hòa", "thi_tran", parent=district)
    assert commune.id != town.id
    with pytest.raises(UnitError, match="Đã có đơn vị “Yên Hòa”"):
        add_unit("Yên Hòa", "xa", parent=district)
    db.session.add(Unit(name="Yên Hòa", kind="thi_tran", parent=district))
    with pytest.raises(IntegrityError):
        db.session.flush()
    db.session.rollback()
