"""The review page shows how each finding was read and how sure the importer is, offers both
units for a name that fits two, and a unit created there joins every finding about all units."""

import io
import re

from sqlalchemy import select

from tracker.extensions import db
from tracker.models import Finding, Item, Unit

from factories import make_unit, make_user
from test_importer_web import form_of, replace

DOCUMENT = """UBND HUYỆN THỬ NGHIỆM
THÔNG BÁO KẾT LUẬN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024

Thực hiện Kế hoạch, Đoàn kiểm tra đã kiểm tra tại 03 đơn vị: xã Yên Hòa, thị trấn Yên Hòa và xã Mới Lập.

I. KẾT QUẢ ĐẠT ĐƯỢC
- Các đơn vị đã ban hành kế hoạch cải cách hành chính năm 2024.

II. HẠN CHẾ, KHUYẾT ĐIỂM
1. Một số đơn vị chưa niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa.
2. Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm (Yên Hòa).

III. YÊU CẦU
Các đơn vị khắc phục và báo cáo kết quả trước ngày 30/12/2024.
"""


def _upload(auth):
    district = make_unit("Thử Nghiệm", "huyen")
    office = make_unit("Phòng Nội vụ huyện Thử Nghiệm", "phong", parent_id=district.id)
    commune = make_unit("Yên Hòa", "xa", parent_id=district.id)
    town = make_unit("Yên Hòa", "thi_tran", parent_id=district.id)
    make_user("officer", commune, email="yenhoa@test.vn")
    make_user("coordinator", office, email="noivu@test.vn")
    db.session.commit()
    auth.login("noivu@test.vn")
    page = auth.post("/inspections/import", {"file": (io.BytesIO(DOCUMENT.encode()), "ket-luan.txt"),
                                              "district": str(district.id)},
                     content_type="multipart/form-data").get_data(as_text=True)
    return page, commune, town


def test_review_explains_and_offers_both_units_for_an_ambiguous_name(client, auth):
    """Each finding says how it was read; "Yên Hòa" offers both units and picks neither; the
    unknown inspected unit is listed; a unit without officers is warned about."""
    page, commune, town = _upload(auth)
    assert 'class="how' in page and "độ tin cậy" in page
    group = re.search(r'<optgroup label="Các đơn vị khớp tên này">(.*?)</optgroup>', page, re.S).group(1)
    assert f'value="{commune.id}"' in group and f'value="{town.id}"' in group and "selected" not in group
    assert "Mới Lập" in page and "Đơn vị được kiểm tra, danh mục chưa có." in page
    warning = re.search(r"Chưa có cán bộ nào ở(.*?)</p>", page, re.S).group(1)
    assert "thị trấn Yên Hòa" in warning and "xã Yên Hòa" not in warning


def test_a_unit_created_on_review_joins_findings_about_all_units(client, auth):
    """Creating "Mới Lập" on the review page gives it the finding about "một số đơn vị"; the
    ambiguous "Yên Hòa" goes where the reviewer maps it."""
    page, commune, town = _upload(auth)
    fields = form_of(page, "/inspections/import/confirm")
    names = [value for key, value in fields if key == "unresolved"]
    for number, name in enumerate(names):
        if name == "Mới Lập":
            fields = replace(fields, f"map-{number}", "new")
            fields = replace(fields, f"new-kind-{number}", "xa")
        elif name.endswith("Yên Hòa"):
            fields = replace(fields, f"map-{number}", str(town.id))
    response = auth.post("/inspections/import/confirm", dict_of(fields))
    assert response.status_code == 302, response.get_data(as_text=True)[-2000:]
    created = db.session.scalar(select(Unit).where(Unit.name == "Mới Lập"))
    general = db.session.scalar(select(Finding).where(Finding.text.contains("niêm yết đầy đủ")))
    digital = db.session.scalar(select(Finding).where(Finding.text.contains("số hóa")))
    assert created is not None and created.id in {item.unit_id for item in general.items}
    assert {item.unit_id for item in digital.items} == {town.id}
    assert db.session.scalar(select(Item).where(Item.unit_id == created.id)) is not None


def dict_of(fields):
    """Form fields as the test client takes them (repeated names as lists)."""
    result = {}
    for key, value in fields:
        result.setdefault(key, []).append(value)
    return result


def test_control_characters_read_from_a_document_do_not_block_the_confirm(client, auth):
    """A page break or a stray escape in the document is dropped from the review form, so the
    confirm is not refused as hostile input."""
    district = make_unit("Thử Nghiệm", "huyen")
    office = make_unit("Phòng Nội vụ huyện Thử Nghiệm", "phong", parent_id=district.id)
    make_unit("Yên Hòa", "xa", parent_id=district.id)
    make_user("coordinator", office, email="noivu@test.vn")
    db.session.commit()
    auth.login("noivu@test.vn")
    text = DOCUMENT.replace("thủ tục hành chính tại", "thủ tục\x0c hành chính\x1b tại")
    page = auth.post("/inspections/import", {"file": (io.BytesIO(text.encode()), "kl.txt"),
                                              "district": str(district.id)},
                     content_type="multipart/form-data").get_data(as_text=True)
    assert "\x0c" not in page and "\x1b" not in page
    fields = form_of(page, "/inspections/import/confirm")
    names = [value for key, value in fields if key == "unresolved"]
    for number, _name in enumerate(names):
        fields = replace(fields, f"map-{number}", "new")
    response = auth.post("/inspections/import/confirm", dict_of(fields))
    assert response.status_code == 302
