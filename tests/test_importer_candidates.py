"""Names that fit several registered units: flagged with every candidate, never guessed, unless
the coordinator names the area (``--district``), which restricts the candidates to its units."""

import json

import pytest

from tracker.cli import main
from tracker.extensions import db
from tracker.models import Unit

LETTER = """UBND THÀNH PHỐ TUY HÒA
Số: 12/UBND-NV
Tuy Hòa, ngày 18 tháng 12 năm 2020
V/v khắc phục tồn tại, hạn chế qua kiểm tra CCHC
Kính gửi:
- UBND Phường 1;
- UBND Phường 2.
Qua kiểm tra, còn một số tồn tại, hạn chế sau:
- Hồ sơ lưu trữ chưa đầy đủ thành phần (Phường 1).
- 02/02 đơn vị chưa niêm yết số điện thoại đường dây nóng, gồm: Phường 1.
Báo cáo kết quả khắc phục về UBND thành phố trước ngày 15/01.
"""


@pytest.fixture
def two_cities(app):
    """"Phường 1" and "Phường 2" in two cities."""
    for city in ("Tuy Hòa", "Vĩnh Long"):
        parent = Unit(name=city, kind="huyen")
        db.session.add(parent)
        for ward in ("1", "2"):
            db.session.add(Unit(name=ward, kind="phuong", parent=parent))
    db.session.commit()


def draft_of(app, tmp_path, *options):
    path = tmp_path / "cong_van.txt"
    path.write_text(LETTER, encoding="utf-8")
    result = app.test_cli_runner().invoke(main, ["conclusions", "import", str(path), "--dry-run", "--json", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_name_fitting_two_units_lists_both_candidates(app, tmp_path, two_cities):
    """Without an area, "Phường 1" fits both cities' wards: flagged with both, not resolved."""
    finding = draft_of(app, tmp_path)["findings"][0]
    assert finding["units"] == [] and finding["unresolved"] == ["1"]
    assert sorted(candidate["area"] for candidate in finding["candidates"]["1"]) == ["Tuy Hòa", "Vĩnh Long"]
    assert finding["confidence"] < 0.9


def test_the_area_restricts_the_candidates(app, tmp_path, two_cities):
    """With ``--district "Tuy Hòa"`` the same name resolves to that city's ward."""
    data = draft_of(app, tmp_path, "--district", "Tuy Hòa")
    assert data["inspected_units"] == ["1", "2"]
    assert data["findings"][0]["units"] == ["1"] and data["findings"][0]["candidates"] == {}
    assert data["deadline"] == "2021-01-15"  # "15/01" in a December letter: next year


def test_a_count_that_disagrees_with_the_list_is_flagged(app, tmp_path, two_cities):
    """"02/02 đơn vị …, gồm: Phường 1" names one: the coordinator is asked to check."""
    data = draft_of(app, tmp_path, "--district", "Tuy Hòa")
    assert any("nêu 2 đơn vị nhưng liệt kê 1" in problem["message"] for problem in data["problems"])
