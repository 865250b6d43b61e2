"""The seven CCHC areas (lĩnh vực cải cách hành chính) used to categorise findings.

The codes are stored in the database; the labels are what users read.
"""

CATEGORIES: dict[str, str] = {
    "chi_dao_dieu_hanh": "Công tác chỉ đạo, điều hành",
    "the_che": "Cải cách thể chế",
    "tthc": "Cải cách thủ tục hành chính, cơ chế một cửa",
    "bo_may": "Cải cách tổ chức bộ máy",
    "cong_vu": "Chế độ công vụ, đội ngũ cán bộ, công chức, viên chức",
    "tai_chinh_cong": "Cải cách tài chính công",
    "chinh_quyen_so": "Chính quyền điện tử, chính quyền số, hiện đại hóa hành chính",
    "khac": "Khác",
}

DEFAULT_CATEGORY = "khac"


def category_label(code: str | None) -> str:
    """Return the Vietnamese label of a category code ("Khác" when unknown)."""
    return CATEGORIES.get(code or DEFAULT_CATEGORY, CATEGORIES[DEFAULT_CATEGORY])
