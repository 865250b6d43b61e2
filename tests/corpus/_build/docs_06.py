"""Document 33: a long (~20 pages) district conclusion with one section per
commune.  The body is assembled from per-area phrases with a fixed random
seed so that it is long and varied; the gold follows the same structure."""
import random

from registry import D

rnd = random.Random(33)

UNITS = [("thi_tran", "Vôi"), ("thi_tran", "Kép"), ("xa", "Tân Dĩnh"), ("xa", "Thái Đào"),
         ("xa", "Đại Lâm"), ("xa", "Xuân Hương"), ("xa", "An Hà"), ("xa", "Nghĩa Hòa"),
         ("xa", "Quang Thịnh"), ("xa", "Tiên Lục"), ("xa", "Yên Mỹ"), ("xa", "Mỹ Thái")]
WORD = {"xa": "xã", "thi_tran": "thị trấn"}


def cap(s):
    return s[0].upper() + s[1:]


RESULTS = {
    "Công tác chỉ đạo, điều hành": [
        "UBND {u} ban hành Kế hoạch cải cách hành chính năm 2023 ngày {d}/01/2023, xác định {n} nhiệm vụ trọng tâm, phân công cụ thể cho từng công chức; đến thời điểm kiểm tra đã hoàn thành {p}% nhiệm vụ.",
        "Kế hoạch tuyên truyền cải cách hành chính được ban hành kịp thời; đã tổ chức {n} buổi tuyên truyền lồng ghép tại các thôn, tổ dân phố; phát {m} tờ rơi hướng dẫn dịch vụ công trực tuyến.",
        "Chế độ thông tin, báo cáo định kỳ về cải cách hành chính được thực hiện đầy đủ; lãnh đạo UBND thường xuyên kiểm tra, đôn đốc tại giao ban tuần.",
    ],
    "Cải cách thể chế": [
        "Trong năm, UBND {u} đã tự kiểm tra {n} văn bản do HĐND, UBND ban hành; không phát hiện văn bản trái pháp luật.",
        "Công tác theo dõi thi hành pháp luật được triển khai trong lĩnh vực đất đai, môi trường; tham gia góp ý {n} dự thảo văn bản của cấp trên.",
    ],
    "Cải cách thủ tục hành chính": [
        "Bộ phận Một cửa đã tiếp nhận {m} hồ sơ, giải quyết đúng và trước hạn {p}%; niêm yết công khai {n} thủ tục hành chính thuộc thẩm quyền cấp xã.",
        "Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức được thực hiện đúng quy định; trong kỳ không phát sinh phản ánh, kiến nghị.",
        "Tỷ lệ hồ sơ trực tuyến đạt {p}%; thanh toán trực tuyến phí, lệ phí đạt {q}% số hồ sơ có phí.",
    ],
    "Tổ chức bộ máy": [
        "Cơ cấu cán bộ, công chức được bố trí đúng quy định với {n} cán bộ, công chức; 100% đạt chuẩn về trình độ chuyên môn.",
        "Quy chế làm việc của UBND nhiệm kỳ 2021-2026 được ban hành và thực hiện nghiêm túc.",
    ],
    "Chế độ công vụ": [
        "Cán bộ, công chức chấp hành tốt thời gian làm việc, đeo thẻ, mặc trang phục theo quy định; thực hiện đánh giá, xếp loại hằng tháng.",
        "Đã cử {n} lượt công chức tham gia các lớp bồi dưỡng về kỹ năng số, nghiệp vụ hộ tịch, chứng thực.",
    ],
    "Tài chính công": [
        "Thực hiện công khai dự toán, quyết toán ngân sách đúng quy định; thu ngân sách đạt {p}% dự toán huyện giao.",
        "Quy chế chi tiêu nội bộ và quy chế quản lý tài sản công được rà soát, điều chỉnh phù hợp.",
    ],
    "Hiện đại hóa hành chính": [
        "Tỷ lệ văn bản điện tử được ký số đạt {q}%; 100% công chức sử dụng hộp thư công vụ.",
        "Bộ phận Một cửa được trang bị {n} máy tính, máy quét, màn hình tra cứu; đường truyền internet ổn định.",
        "Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {p}%.",
    ],
}

DEFICIENCIES = [
    "Kế hoạch cải cách hành chính chưa xác định rõ sản phẩm đầu ra của {n} nhiệm vụ.",
    "Chưa tổ chức tự kiểm tra cải cách hành chính đối với các bộ phận chuyên môn.",
    "Báo cáo cải cách hành chính quý III gửi chậm {n} ngày so với quy định.",
    "Chưa lập sổ theo dõi văn bản quy phạm pháp luật do HĐND, UBND ban hành.",
    "Còn {n} hồ sơ giải quyết quá hạn nhưng chưa có văn bản xin lỗi người dân.",
    "Niêm yết còn {n} thủ tục hành chính đã hết hiệu lực.",
    "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính mới đạt {p}%.",
    "Tỷ lệ thanh toán trực tuyến phí, lệ phí mới đạt {q}%, thấp hơn chỉ tiêu huyện giao.",
    "Phiếu kiểm soát quá trình giải quyết hồ sơ chưa ghi đầy đủ thời gian chuyển giữa các bước.",
    "Chưa bố trí công chức trực Bộ phận Một cửa vào sáng thứ Bảy theo lịch.",
    "Bản mô tả công việc của {n} vị trí việc làm chưa được cập nhật.",
    "Chưa đánh giá, xếp loại công chức tháng 9, tháng 10 trên phần mềm.",
    "Hồ sơ công việc năm 2022 chưa được nộp lưu vào lưu trữ cơ quan.",
    "Quy chế chi tiêu nội bộ chưa bổ sung mức chi cho công tác chuyển đổi số.",
    "Trang thông tin điện tử mới đăng {n} tin, bài về cải cách hành chính trong năm.",
    "Máy tính tra cứu tại Bộ phận Một cửa bị hỏng, chưa được sửa chữa.",
    "Chưa sử dụng chữ ký số trên thiết bị di động cho lãnh đạo UBND.",
    "Hệ thống camera tại Bộ phận Một cửa chưa kết nối với huyện.",
]


def fill(t):
    return t.format(u="{u}", d=rnd.randint(5, 25), n=rnd.randint(2, 18), m=rnd.randint(600, 4200),
                    p=rnd.randint(35, 97), q=rnd.randint(12, 68))


lines = []
findings = []
A = lines.append
A("@hdr UBND TỈNH BẮC GIANG | ỦY BAN NHÂN DÂN HUYỆN LẠNG GIANG | Số: 2875/TB-UBND | Lạng Giang, ngày 08 tháng 12 năm 2023")
A("@title THÔNG BÁO")
A("@sub Kết luận kiểm tra công tác cải cách hành chính năm 2023 tại UBND các xã, thị trấn")
names = ", ".join("%s %s" % (WORD[k], n) for k, n in UNITS)
A("Thực hiện Kế hoạch số 41/KH-UBND ngày 13/02/2023 của UBND huyện Lạng Giang về kiểm tra công tác cải cách hành chính năm 2023; Quyết định số 688/QĐ-UBND ngày 06/3/2023 của Chủ tịch UBND huyện về việc thành lập Đoàn kiểm tra, từ ngày 04/9/2023 đến ngày 17/11/2023, Đoàn kiểm tra đã kiểm tra toàn diện công tác cải cách hành chính tại 12/21 xã, thị trấn gồm: %s." % names)
A("Căn cứ báo cáo của Đoàn kiểm tra và biên bản kiểm tra tại từng đơn vị, Chủ tịch UBND huyện kết luận như sau:")
A("@list roman")
A("N0 **KẾT QUẢ KIỂM TRA TẠI TỪNG ĐƠN VỊ**")
for i, (kind, name) in enumerate(UNITS, 1):
    u = "%s %s" % (WORD[kind], name)
    A("H2 %d. %s" % (i, cap(u)))
    A("H3 %d.1. Kết quả đạt được" % i)
    for area, pool in RESULTS.items():
        picks = rnd.sample(pool, k=min(len(pool), rnd.choice([1, 2, 2, 3])))
        A("**%s:** %s" % (area, " ".join(fill(p).replace("{u}", u) for p in picks)))
    A("H3 %d.2. Tồn tại, hạn chế" % i)
    for t in rnd.sample(DEFICIENCIES, k=rnd.randint(3, 5)):
        A("LN ⟦%s⟧" % fill(t))
        findings.append(u)
    A("H3 %d.3. Nguyên nhân" % i)
    A("LB Công chức phụ trách cải cách hành chính kiêm nhiệm nhiều nhiệm vụ, chưa dành thời gian nghiên cứu văn bản mới.")
    A("LB Lãnh đạo UBND %s chưa thường xuyên kiểm tra, đôn đốc việc thực hiện các nhiệm vụ cải cách hành chính." % u)
    if rnd.random() < 0.5:
        A("LB Kinh phí đầu tư trang thiết bị còn hạn chế; một bộ phận người dân chưa quen sử dụng dịch vụ công trực tuyến.")
A("N0 **ĐÁNH GIÁ CHUNG**")
A("H2 1. Ưu điểm")
A("Nhìn chung, UBND các xã, thị trấn đã quan tâm lãnh đạo, chỉ đạo công tác cải cách hành chính; các nhiệm vụ trong kế hoạch cơ bản được triển khai đúng tiến độ. Bộ phận Một cửa hoạt động nền nếp; tỷ lệ hồ sơ đúng hạn bình quân đạt 98,6%; không có đơn vị để xảy ra sai phạm trong giải quyết thủ tục hành chính. Thị trấn Vôi, thị trấn Kép và xã Tân Dĩnh là các đơn vị dẫn đầu về chuyển đổi số.")
A("H2 2. Tồn tại, hạn chế chung")
A("LB ⟦Công tác tuyên truyền cải cách hành chính chưa đổi mới về hình thức, chủ yếu qua hệ thống truyền thanh.⟧")
findings.append("*")
A("LB ⟦Việc khắc phục tồn tại, hạn chế sau kiểm tra năm 2022 chưa triệt để, một số nội dung lặp lại⟧ (xã Đại Lâm, xã Yên Mỹ, xã Mỹ Thái).")
findings.append("xã Đại Lâm; xã Yên Mỹ; xã Mỹ Thái")
A("LB ⟦Chưa có sáng kiến, mô hình mới trong cải cách hành chính⟧ (các đơn vị, trừ thị trấn Vôi và xã Tân Dĩnh).")
findings.append("* - thị trấn Vôi; xã Tân Dĩnh")
A("H2 3. Nguyên nhân")
A("LB Một số người đứng đầu chưa thực sự quan tâm, còn giao khoán cho công chức phụ trách.")
A("LB Chưa có cơ chế khen thưởng, động viên kịp thời đối với công chức có thành tích trong cải cách hành chính.")
A("N0 **KẾT QUẢ CHẤM ĐIỂM TỰ ĐÁNH GIÁ**")
A("@table")
A("|TT|Đơn vị|Điểm tự chấm|Điểm Đoàn kiểm tra|Xếp loại|")
for i, (kind, name) in enumerate(UNITS, 1):
    s = rnd.randint(780, 930) / 10
    k = s - rnd.randint(5, 60) / 10
    grade = "Tốt" if k >= 85 else "Khá" if k >= 75 else "Trung bình"
    A("|%d|%s|%s|%s|%s|" % (i, cap("%s %s" % (WORD[kind], name)), ("%.1f" % s).replace(".", ","), ("%.1f" % k).replace(".", ","), grade))
A("@end")
A("N0 **YÊU CẦU**")
A("LB Chủ tịch UBND các xã, thị trấn tổ chức kiểm điểm, rút kinh nghiệm; khắc phục ngay các tồn tại, hạn chế nêu tại Mục I và Mục II Thông báo này.")
A("LB Đơn vị xếp loại Trung bình phải xây dựng kế hoạch khắc phục riêng, gửi Phòng Nội vụ trước ngày 20/12/2023.")
A("LB Báo cáo kết quả khắc phục (kèm tài liệu kiểm chứng) về UBND huyện (qua Phòng Nội vụ) trước ngày 10 tháng 01 năm 2024.")
A("LB Giao Phòng Nội vụ theo dõi, đôn đốc, kiểm tra việc khắc phục; tham mưu Chủ tịch UBND huyện xử lý trách nhiệm người đứng đầu nếu chậm khắc phục.")
A("*Nơi nhận:*")
A("- Sở Nội vụ (b/c);")
A("- TT Huyện ủy, TT HĐND huyện (b/c);")
A("- CT, các PCT UBND huyện;")
A("- Phòng Nội vụ;")
A("- UBND các xã, thị trấn;")
A("- Lưu: VT.")
A("@sig KT. CHỦ TỊCH")
A("@sig PHÓ CHỦ TỊCH")
A("@sig Nguyễn Văn Khải")

D(name="33_dai_huyen_lang_giang_2023", fmt="docx", style="tb-ket-luan-huyen",
  issuer="UBND huyện Lạng Giang", issued_on="2023-12-08", area=("Lạng Giang", "huyen"),
  units="; ".join("%s:%s" % (k, n) for k, n in UNITS),
  report_deadline="2024-01-10",
  findings=findings,
  src="\n".join(lines))
