"""The findings of seed 001 (Yên Thế, 2023) as a fixed plan, used by the demo while the importer
is not available. ``None`` as units means "every inspected commune" (một số xã, hầu hết các xã)."""

from datetime import date

TITLE = "Kết luận kiểm tra công tác cải cách hành chính Nhà nước các xã, thị trấn năm 2023"
ISSUE_PLACE = "Yên Thế"
REPORT_DEADLINE = date(2023, 10, 25)
INSPECTED = ["Xuân Lương", "Đồng Vương", "Canh Nậu", "Đồng Hưu", "Bố Hạ", "Phồn Xương", "Đồng Tâm",
             "Tam Hiệp", "Tân Sỏi", "Hương Vĩ"]

H1 = "1. Công tác chỉ đạo, điều hành"
H2 = "2. Công tác cải cách thể chế"
H3 = "3. Việc thực hiện cơ chế một cửa, một cửa liên thông và kiểm soát TTHC"
H4 = ("4. Công tác xây dựng, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức và thực hiện "
      "Đề án vị trí việc làm")
H5 = "5. Cải cách tài chính công"
H6 = "6. Hiện đại hóa nền hành chính nhà nước"

FINDINGS = [
    (H1, "chi_dao_dieu_hanh", "Việc tuyên truyền về cải cách hành chính nói chung và tuyên truyền về thanh "
     "toán phí, lệ phí không dùng tiền mặt còn hạn chế dẫn đến tỷ lệ chưa cao.", None),
    (H1, "chi_dao_dieu_hanh", "Một số địa phương chưa có sáng kiến trong công tác cải cách hành chính như: "
     "Canh Nậu, Xuân Lương, Đồng Hưu, Đồng Tâm và thị trấn Phồn Xương.",
     ["Canh Nậu", "Xuân Lương", "Đồng Hưu", "Đồng Tâm", "Phồn Xương"]),
    (H2, "the_che", "Một số xã chưa hoàn thành kế hoạch tự kiểm tra, rà soát văn bản QPPL năm 2023.", None),
    (H2, "the_che", "Tiến độ theo dõi thi hành pháp luật năm 2023 còn chậm so với kế hoạch.", None),
    (H3, "tthc", "Việc rà soát, đơn giản hóa TTHC đã triển khai, nhưng chưa có phương án đơn giản hóa theo "
     "yêu cầu.", None),
    (H3, "tthc", "Đã thực hiện niêm yết công khai các TTHC, tuy nhiên việc niêm yết mã mã QR Code do các Sở, "
     "ngành ban hành còn để ở vị trí khuất, khó quan sát như: Xã Đồng Kỳ.", ["Đồng Kỳ"]),
    (H3, "tthc", "Số hóa hồ sơ giải quyết TTHC năm 2023 chưa đạt 100% ở hầu hết các xã, thị trấn.", None),
    (H3, "tthc", "Các xã Đồng Kỳ, Canh Nậu, thị trấn Bồ Hạ và thị trấn Phồn Xương có tỷ lệ thanh toán phí, "
     "lệ phí trên Cổng DVC Quốc gia đạt thấp.", ["Đồng Kỳ", "Canh Nậu", "Bố Hạ", "Phồn Xương"]),
    (H3, "tthc", "Tỷ lệ TTHC phát sinh hồ sơ toàn trình và một phần trên cổng DVC Quốc gia còn thấp, chưa "
     "đạt tỷ lệ tinh giao (90% trở lên).", None),
    (H4, "cong_vu", "Việc kiểm tra, đôn đốc đối nhiệm vụ đối với cán bộ, công chức có lúc, có việc còn chưa "
     "sát sao, trong đó có một số nhiệm vụ liên quan đến các chỉ tiêu phát triển kinh tế - xã hội của "
     "địa phương.", None),
    (H4, "cong_vu", "Một số cán bộ, công chức chưa có sáng tạo, chưa đột phá trong tổ chức thực hiện nhiệm "
     "vụ, chưa có sáng kiến trong công tác CCHC.", None),
    (H4, "cong_vu", "Còn có phản ánh, kiến nghị của công dân trong tiếp nhận và giải quyết TTHC (xã Xuân "
     "Lương, thị trấn Phồn Xương).", ["Xuân Lương", "Phồn Xương"]),
    (H5, "tai_chinh_cong", "Việc thực hiện nhiệm vụ phát triển kinh tế - xã hội 8 tháng đầu năm ở một số địa "
     "phương còn có chỉ tiêu đạt thấp dưới 50% kế hoạch.", None),
    (H5, "tai_chinh_cong", "Tình hình thu ngân sách 8 tháng đầu năm đạt thấp, khó khăn trong hoàn thành tiến "
     "độ thu ngân sách năm 2023.", None),
    (H6, "chinh_quyen_so", "Bộ phận Một cửa diện tích hẹp, đã xuống cấp (Xã Đồng Vương).", ["Đồng Vương"]),
    (H6, "chinh_quyen_so", "Tại Bộ phận Một cửa xã còn có sự ngăn cách giữa công chức khi giao dịch và làm "
     "việc với người dân, tổ chức và doanh nghiệp: Xã Tam Hiệp, xã Xuân Lương, xã Đồng Kỳ.",
     ["Tam Hiệp", "Xuân Lương", "Đồng Kỳ"]),
    (H6, "chinh_quyen_so", "Một số văn bản đến đã triển khai thực hiện xử lý cho các bộ phận, nhưng chưa đúng "
     "quy trình xử lý văn bản trên phần mềm QLVB&ĐHTN.", None),
    (H6, "chinh_quyen_so", "Công thông tin điện tử một số xã, thị trấn còn ít tin, bài: Xã Canh Nậu, xã Xuân "
     "Lương, xã Hương Vĩ, xã Đồng Hưu,...", ["Canh Nậu", "Xuân Lương", "Hương Vĩ", "Đồng Hưu"]),
]


def fixture_plan(units_by_name: dict):
    """The seed-001 inspection as a ``PlannedInspection`` over the registry's units."""
    from tracker.importer.load import PlannedFinding, PlannedInspection

    inspected = [units_by_name[name].id for name in INSPECTED]
    findings = [
        PlannedFinding(text=text, category=category, heading=heading,
                       unit_ids=inspected if names is None else [units_by_name[n].id for n in names])
        for heading, category, text, names in FINDINGS
    ]
    return PlannedInspection(title=TITLE, findings=findings, issue_place=ISSUE_PLACE,
                             report_deadline=REPORT_DEADLINE)
