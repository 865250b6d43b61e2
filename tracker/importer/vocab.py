"""Every cue word the importer reads, in one place, as officials write it (with diacritics).

Each list is folded once (lower case, no diacritics, đ → d) into a regular expression over
folded text, so the passes match "Hạn chế", "HẠN CHẾ" and a careless "han che" alike. To teach
the importer a new phrasing, add it here in Vietnamese; the passes never spell a cue themselves.

Pure Python: no Flask, no database.
"""

import re

from tracker.text import fold


def folded(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words folded like the text they are matched against, longest first."""
    return tuple(sorted({fold(word) for word in words}, key=len, reverse=True))


def any_of(words: tuple[str, ...], start: bool = False) -> re.Pattern:
    """A pattern matching any of ``words`` as whole words of folded text (at its start if asked)."""
    alternatives = "|".join(re.escape(word) for word in folded(words))
    return re.compile(("^" if start else r"\b") + f"(?:{alternatives})" + r"\b")


def exact_any_of(words: tuple[str, ...]) -> re.Pattern:
    """A pattern matching any of ``words`` in lower-case text *with* its diacritics, for cues
    whose folded form means something else ("không đúng" / "không dùng", "chưa" / "chua")."""
    alternatives = "|".join(re.escape(word.lower()) for word in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


# --- selection: which parts of a conclusion are deficiencies ---------------------------------------

DEFICIENCY_WORDS = ("hạn chế", "khuyết điểm", "tồn tại", "yếu kém", "thiếu sót", "bất cập",
                    "sai sót", "vi phạm", "chưa làm được", "mặt chưa được", "những mặt còn hạn chế")
# A heading starting with one of these is about something else, even if it names deficiencies.
NOT_DEFICIENCY_START = ("nguyên nhân", "kiến nghị", "đề xuất", "giải pháp", "biện pháp",
                        "phương hướng", "nhiệm vụ", "trách nhiệm", "bài học", "ưu điểm", "kết quả",
                        "một số kết quả", "đánh giá chung", "tổ chức thực hiện", "yêu cầu",
                        "mặt làm được", "những mặt làm được", "mặt được", "những kết quả",
                        "đề nghị")
# ... and anywhere in a heading: the remedy, not the deficiency.
NOT_DEFICIENCY_ANYWHERE = ("khắc phục", "chấn chỉnh", "giải pháp", "biện pháp", "phương hướng")
END_OF_BODY = ("trên đây là", "nơi nhận")
APPENDIX = ("phụ lục",)

DEFICIENCY = any_of(DEFICIENCY_WORDS)
# Words that may stand before the deficiency word in a section's name ("Những mặt còn tồn tại",
# "Một số vấn đề còn hạn chế"): such a short line names a part, it does not state a finding.
SECTION_QUALIFIERS = frozenset(fold(word) for word in (
    "những", "một", "số", "các", "mặt", "còn", "điểm", "vấn", "đề", "nội", "dung", "về", "phần"))
NOT_DEFICIENCY_AT_START = any_of(NOT_DEFICIENCY_START, start=True)
# ... except a neutral container of both strengths and deficiencies ("II. Kết quả kiểm tra").
NEUTRAL_START = any_of(("kết quả kiểm tra", "kết quả tự kiểm tra", "kết quả làm việc", "kết quả kiểm tra tại",
                        "kết quả kiểm tra cụ thể"), start=True)
NOT_DEFICIENCY_IN = any_of(NOT_DEFICIENCY_ANYWHERE)
END_OF_BODY_AT_START = any_of(END_OF_BODY, start=True)
# "Hạn chế: ..." / "Tồn tại, hạn chế:" as a label opening a topic's deficiencies.
_LABEL_WORDS = "|".join(re.escape(word) for word in folded(
    ("tồn tại", "hạn chế", "khuyết điểm", "yếu kém", "thiếu sót", "bất cập", "vi phạm", "sai sót")))
DEFICIENCY_LABEL = re.compile(
    rf"^(?:[*•\-–]\s*)?(?:[a-zđ0-9]{{1,2}}\s*[.)]\s*)?(?:ve\s+)?(?:nhung\s+|mot\s+so\s+|cac\s+)?(?:{_LABEL_WORDS})"
    rf"(?:\s*(?:,|va)\s*(?:{_LABEL_WORDS}))*(?:\s+va\s+nguyen\s+nhan)?(?:\s*\([^)]*\))?\s*:\s*"
)
# "..., Chủ tịch UBND huyện yêu cầu:": what the units must do follows, not deficiencies.
ORDERS_FOLLOW = re.compile(r"\b(?:yeu cau|de nghi|chi dao|giao)\s*:\s*$")
OTHER_LABEL = re.compile(r"^[^:]{2,40}:\s*")
# A sentence that introduces a list ("... còn một số tồn tại, hạn chế sau:", "cụ thể như sau:").
# How a parent item ending in ":" introduces its children: as deficiencies of their own...
SEPARATE_LIST = re.compile(r"(?:\bsau|\bgom|\bbao gom|cac noi dung|nhung noi dung)\s*:$")
# ... or as the evidence of its own deficiency.
EVIDENCE_LIST = re.compile(r"(?:cu the|nhu|vi du|the hien|chang han|dien hinh(?: la)?|nhu tai)\s*:$")
INTRODUCTION = any_of(("như sau", "cụ thể", "sau đây", "dưới đây", "gồm", "bao gồm", "cụ thể là"))

# --- prose: sentences that state a deficiency without any heading -----------------------------------

PROSE_DEFICIENCY = exact_any_of((
    "chưa", "còn chậm", "còn thấp", "còn hạn chế", "còn tồn tại", "còn thiếu", "còn sai sót",
    "còn nhiều", "còn để xảy ra", "không đúng", "không đầy đủ", "không đảm bảo", "chậm",
    "thiếu", "sai sót", "quá hạn", "trễ hạn", "tồn đọng", "sơ sài", "hình thức",
))
PROSE_TURN = any_of(("tuy nhiên", "bên cạnh đó", "bên cạnh những kết quả", "song", "nhưng",
                     "mặt khác", "ngoài ra", "qua kiểm tra"))
# Sentences in prose that are remedies, praise or orders, not deficiencies.
PROSE_NOT = exact_any_of(("đề nghị các", "đề nghị ubnd", "đề nghị ủy ban", "yêu cầu các", "yêu cầu ubnd",
                          "yêu cầu ủy ban", "yêu cầu chủ tịch", "đề nghị chủ tịch", "chỉ đạo", "khắc phục", "đã ban hành", "100%",
                          "nghiêm túc", "đạt kết quả", "tích cực", "hoàn thành tốt", "đánh giá cao",
                          "đề xuất", "kiến nghị", "phấn đấu", "tiếp tục", "nguyên nhân"))

# Sentences that use a deficiency word to praise ("không để xảy ra sai sót", "chưa phát hiện").
PROSE_PRAISE = exact_any_of(("không để xảy ra", "chưa để xảy ra", "chưa phát hiện", "không phát hiện",
                             "không có hạn chế", "không có tồn tại", "không có hồ sơ",
                       "không còn", "không có trường hợp", "chưa có trường hợp", "không phát sinh"))

# --- units -----------------------------------------------------------------------------------------

# "một số xã", "hầu hết các xã": every inspected unit.
ALL_UNITS = any_of(("một số xã", "một số đơn vị", "hầu hết", "các xã", "các phường", "các đơn vị",
                    "các địa phương", "một số phường", "một số địa phương", "một số cơ quan",
                    "các cơ quan", "một số phòng", "các phòng", "đa số", "nhiều xã", "nhiều đơn vị"))
# A label for what concerns every inspected unit: "Các đơn vị:", "Chung:", "Hạn chế chung:".
ALL_UNITS_LABEL = re.compile(r"^(?:cac don vi|tat ca cac don vi|chung|chung cho cac (?:don vi|phong|xa)|han che chung"
                             r"|ton tai chung|cac xa(?:, (?:phuong|thi tran))*)$")
REMAINING_UNITS = any_of(("các đơn vị còn lại", "các xã còn lại", "các phường còn lại",
                          "các xã, phường còn lại", "các địa phương còn lại", "các cơ quan còn lại",
                          "các xã, thị trấn còn lại", "những đơn vị còn lại", "đơn vị còn lại",
                          "xã còn lại", "phường còn lại"))
# Matched on lower-case text with its diacritics: folded, "trừ" would be "trữ" (lưu trữ) too.
EXCEPT = re.compile(r"(?<!\w)(?:ngoại\s+)?trừ(?!\w)")
ADDRESSEES = re.compile(r"^\s*kinh\s+gui\s*:?", re.IGNORECASE)
INSPECTED_CUES = any_of(("kiểm tra tại", "kiểm tra đối với", "kiểm tra", "làm việc với",
                         "làm việc tại", "đoàn kiểm tra", "được kiểm tra"))
# Rooms, centres and other bodies a department or commune inspects inside itself.
BODY_HEADS = ("Văn phòng", "Phòng", "Sở", "Trung tâm", "Chi cục", "Thanh tra", "Ban", "Đội", "Cổng Thông tin điện tử",
              "Bộ phận", "Công chức", "Hạt", "Trạm", "Công an", "Quỹ", "Bảo tàng", "Thư viện", "Nhà văn hóa",
              "Trường", "Bệnh viện")
# A commune's officers by title, "Tư pháp - Hộ tịch", "Địa chính - Xây dựng": the title's first part.
OFFICER_TITLES = ("Văn phòng", "Tư pháp", "Địa chính", "Tài chính", "Văn hóa", "Văn hoá")
BODY_ABBREVIATIONS = re.compile(
    r"\b(?:VP\s+(?:Sở|UBND|HĐND)|TTPVHCC|TT\s*PVHCC|TTHCC|TT\.?\s*DVC|TTDVC"
    r"|Phòng\s+[A-ZĐ]{2,}(?:\s*-\s*[A-ZĐ]{2,})+|P\.\s*[A-ZĐ]{2,}(?:\s*-\s*[A-ZĐ]{2,})+)"
)

# "tất cả các xã, trừ xã A": counted this precisely, the xã only (folded, before "trừ").
ALL_OF_KIND_BEFORE_EXCEPT = re.compile(r"\btat ca cac (xa|phuong|thi tran)\s*,?\s*$")
# "tại huyện còn chậm": the inspected district, named by its kind alone (with diacritics).
BARE_DISTRICT = re.compile(r"(?<!\w)(?:tại|của|ở)\s+(?:UBND\s+)?huyện(?!\s+(?-i:[A-ZĐ0-9À-Ỹ]))", re.IGNORECASE)
KIND_WORDS = {"xa": "xã", "phuong": "phường", "thi_tran": "thị trấn"}
KIND_BY_WORD = {fold(word): kind for kind, word in KIND_WORDS.items()}
EXCEPT_KIND = re.compile(r"\btru\s+(?:cac\s+|\d{1,3}\s+)?(xa|phuong|thi tran)\b(?!\s+[a-z0-9])")
# "(các xã)" in the place where a finding names its units: the inspected units of that kind
# only. In running text "một số xã" loosely means every inspected unit, towns included.
PLURAL_KIND = re.compile(r"\(\s*(?:cac|tat ca cac)\s+(xa|phuong|thi tran)\s*\)")

# --- categories: the seven CCHC areas, checked in this order ------------------------------------------

CATEGORY_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("bo_may", ("tổ chức bộ máy", "bộ máy", "kiện toàn tổ chức", "sắp xếp tổ chức", "sắp xếp đơn vị")),
    ("the_che", ("thể chế", "QPPL", "quy phạm pháp luật", "thi hành pháp luật", "văn bản pháp luật")),
    ("tthc", ("thủ tục hành chính", "TTHC", "một cửa", "liên thông", "dịch vụ công", "DVC", "hồ sơ")),
    ("cong_vu", ("công vụ", "đội ngũ", "cán bộ, công chức", "CBCC", "vị trí việc làm", "công chức",
                 "kỷ luật, kỷ cương", "viên chức")),
    ("tai_chinh_cong", ("tài chính công", "ngân sách", "tài chính", "tài sản công", "chi thường xuyên",
                        "thu, chi", "tự chủ")),
    ("chinh_quyen_so", ("hiện đại hóa", "hiện đại hoá", "chính quyền số", "chính quyền điện tử",
                        "chuyển đổi số", "công nghệ thông tin", "CNTT", "ISO", "cổng thông tin điện tử",
                        "trang thông tin điện tử", "cổng TTĐT", "phần mềm", "số hóa", "ký số", "QLVB")),
    ("chi_dao_dieu_hanh", ("chỉ đạo", "điều hành", "tuyên truyền", "kế hoạch CCHC", "kiểm tra CCHC",
                           "tự kiểm tra", "sáng kiến", "chế độ báo cáo")),
]
CATEGORY_RULES: list[tuple[str, re.Pattern]] = [(code, any_of(words)) for code, words in CATEGORY_WORDS]

# --- deadlines ---------------------------------------------------------------------------------------

# A finding's own "no deadline": "(thực hiện thường xuyên)", "- thường xuyên", "thời hạn: thường xuyên".
ONGOING_AT_END = re.compile(
    r"(?:thời\s+hạn\s*:?\s*|\(\s*(?:thực\s+hiện\s+)?|[-–;]\s*)(?:thực\s+hiện\s+)?thường\s+xuyên\s*\)?\s*[.;]?\s*$")
REPORT_WORDS = any_of(("báo cáo", "gửi kết quả", "gửi về"))
REMEDY_WORDS = any_of(("khắc phục", "chấn chỉnh", "sửa chữa", "hoàn thiện"))
