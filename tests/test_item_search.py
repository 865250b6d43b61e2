"""The items list: search without case or diacritics, filters, sort and pages kept in the URL."""

import re
from datetime import date

import pytest

from tracker.extensions import db
from tracker.operations.items import edit_texts
from tracker.operations.units import rename_unit

from factories import items_of, make_inspection, make_unit, make_user


@pytest.fixture
def district():
    """Đồng Tâm, Đông Sơn and Canh Nậu with one finding each way; a coordinator."""
    units = [make_unit("Đồng Tâm"), make_unit("Đông Sơn"), make_unit("Canh Nậu")]
    coordinator = make_user("coordinator", email="noivu@test.vn")
    inspection = make_inspection(units, findings=2)
    db.session.commit()
    return inspection, units, coordinator


def _unit_names(page: str) -> set[str]:
    return set(re.findall(r'<td data-label="Đơn vị"[^>]*>([^<]+)</td>', page))


@pytest.mark.parametrize("typed", ["dong tam", "Đồng Tâm", "ĐỒNG TÂM", "đong tam", "  dong   tam "])
def test_search_ignores_case_and_diacritics(client, auth, district, typed):
    """Whatever the case and diacritics typed, Đồng Tâm is found (and only it)."""
    auth.login("noivu@test.vn")
    page = client.get("/items", query_string={"text": typed}).get_data(as_text=True)
    assert _unit_names(page) == {"Đồng Tâm"}


def test_htmx_gets_the_results_block_only(client, auth, district):
    """Typing in the search box swaps the results block: no page around it, the same rows."""
    auth.login("noivu@test.vn")
    answer = client.get("/items?text=dong", headers={"HX-Request": "true", "HX-Target": "items-results"})
    body = answer.get_data(as_text=True)
    assert answer.status_code == 200 and body.lstrip().startswith('<div id="items-results">')
    assert "<html" not in body and _unit_names(body) == {"Đồng Tâm", "Đông Sơn"}
    assert answer.headers["HX-Push-Url"] == "/items?text=dong"


def test_search_covers_finding_text_notes_and_former_names(client, auth, district):
    """Finding text, remedy/progress notes and a unit's former name are searched too."""
    inspection, units, coordinator = district
    item = items_of(inspection)[0]
    edit_texts(item, coordinator, "Niêm yết lại bộ thủ tục", "", None)
    rename_unit(units[2], "Canh Nậu Mới")
    db.session.commit()
    auth.login("noivu@test.vn")
    assert f"item-{item.id}" in client.get("/items?text=niem+yet").get_data(as_text=True)
    assert "Canh Nậu Mới" in _unit_names(client.get("/items?text=canh+nau").get_data(as_text=True))
    assert len(re.findall(r'id="item-', client.get("/items?text=HẠN CHẾ SỐ 2").get_data(as_text=True))) == 3
    assert "Không có nhiệm vụ nào phù hợp" in client.get("/items?text=khong+co+gi").get_data(as_text=True)


def test_overview_unit_search_ignores_diacritics(client, auth, district):
    """The overview's unit search finds Đồng Tâm and Đông Sơn for "dong"."""
    inspection, *_ = district
    auth.login("noivu@test.vn")
    page = client.get(f"/inspections/{inspection.id}?q=dong").get_data(as_text=True)
    assert "Đồng Tâm" in page and "Đông Sơn" in page and "Canh Nậu" not in page


def test_filters_sort_and_pages_stay_in_the_url(client, auth, district):
    """Filters combine, the sort survives a filter change, 12 items to a page, bad values ignored."""
    inspection, units, _ = district
    more = make_inspection(units, findings=20, deadline=date(2024, 1, 31))
    db.session.commit()
    auth.login("noivu@test.vn")
    page = client.get("/items?sort=deadline").get_data(as_text=True)
    assert "66 nhiệm vụ" in page and page.count('id="item-') == 12
    assert 'name="sort" value="deadline"' in page  # the filter form carries the sort
    assert "/items?sort=deadline&amp;page=2" in page
    last = client.get("/items?sort=deadline&page=6").get_data(as_text=True)
    assert last.count('id="item-') == 6
    narrowed = client.get(f"/items?sort=deadline&inspection={more.id}&from=01/01/2024&to=31/01/2024").get_data(as_text=True)
    assert "60 nhiệm vụ phù hợp" in narrowed
    none = client.get(f"/items?inspection={inspection.id}&from=01/02/2024").get_data(as_text=True)
    assert "0 nhiệm vụ phù hợp" in none
    garbled = client.get("/items?page=abc&sort=x&from=31/02/2024&state=nope")
    assert garbled.status_code == 200 and "66 nhiệm vụ" in garbled.get_data(as_text=True)


def test_officer_search_stays_in_their_unit(client, auth, district):
    """An officer's search never reaches another unit's items."""
    inspection, units, _ = district
    make_user("officer", units[2], email="canhnau@test.vn")
    db.session.commit()
    auth.login("canhnau@test.vn")
    assert _unit_names(client.get("/items?text=dong").get_data(as_text=True)) == set()
    assert _unit_names(client.get("/items?text=han+che").get_data(as_text=True)) == {"Canh Nậu"}


def test_unit_and_returned_filters(client, auth, district):
    """The unit filter narrows to one unit; "Chỉ việc bị trả lại" lists the items sent back."""
    from tracker.operations.items import transition

    inspection, units, coordinator = district
    officer = make_user("officer", units[0], email="dongtam@test.vn")
    item = next(i for i in items_of(inspection) if i.unit_id == units[0].id)
    transition(item, "report", officer, text="Xong.")
    transition(item, "return_", coordinator, text="Thiếu minh chứng.")
    db.session.commit()
    auth.login("noivu@test.vn")
    assert _unit_names(client.get(f"/items?unit={units[1].id}").get_data(as_text=True)) == {"Đông Sơn"}
    page = client.get("/items?returned=1").get_data(as_text=True)
    assert f'id="item-{item.id}"' in page and page.count('id="item-') == 1
