"""Documents 25-28: news reports of inspections, documents with no deficiency."""
from registry import D

# ---------------------------------------------------------------- 25
D(name="25_tin_bai_huyen_bac_quang_2024", fmt="txt", style="tin-bai",
  issuer="UBND huyện Bắc Quang", issued_on="2024-05-22", area=("Bắc Quang", "huyen"),
  units="thi_tran:Việt Quang; xa:Việt Vinh; xa:Tân Quang",
  report_deadline="2024-06-30",
  findings=["*", "xã Việt Vinh", "*", "thị trấn Việt Quang", "*"],
  src="""
Kiểm tra công tác cải cách hành chính tại thị trấn Việt Quang, xã Việt Vinh và xã Tân Quang
Cập nhật: 22/05/2024 15:42
(Bắc Quang) - Trong các ngày 20 và 21/5/2024, Đoàn kiểm tra cải cách hành chính huyện Bắc Quang do đồng chí Hoàng Văn Thắng, Phó Chủ tịch UBND huyện làm Trưởng đoàn đã kiểm tra công tác cải cách hành chính tại thị trấn Việt Quang, xã Việt Vinh và xã Tân Quang.
Tại các buổi kiểm tra, Đoàn đã nghe lãnh đạo UBND các xã, thị trấn báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính từ đầu năm đến nay; kiểm tra thực tế hồ sơ, tài liệu và hoạt động của Bộ phận Một cửa. Theo báo cáo, 5 tháng đầu năm 2024, Bộ phận Một cửa thị trấn Việt Quang đã tiếp nhận 1.215 hồ sơ, giải quyết đúng hạn 1.209 hồ sơ; xã Việt Vinh tiếp nhận 486 hồ sơ, xã Tân Quang tiếp nhận 532 hồ sơ, không có hồ sơ trễ hạn.
Qua kiểm tra, Đoàn đánh giá cao sự chủ động của các địa phương trong triển khai nhiệm vụ cải cách hành chính, nhất là việc hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt. Các địa phương đã bố trí máy tính, máy quét tại Bộ phận Một cửa để hỗ trợ người dân.
⟦Tuy nhiên, công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại các địa phương còn chậm.⟧ ⟦Việc cập nhật, niêm yết thủ tục hành chính tại xã Việt Vinh chưa kịp thời, vẫn còn niêm yết một số thủ tục đã hết hiệu lực.⟧ ⟦Hồ sơ lưu trữ cải cách hành chính chưa được sắp xếp khoa học, tài liệu kiểm chứng còn thiếu.⟧ Bên cạnh đó, ⟦Trang thông tin điện tử thị trấn Việt Quang chưa cập nhật thường xuyên tin, bài về cải cách hành chính.⟧
Phát biểu kết luận, đồng chí Trưởng đoàn đề nghị các địa phương tiếp tục quan tâm hơn nữa đến công tác cải cách hành chính; xác định đây là nhiệm vụ trọng tâm, thường xuyên. ⟦Đồng chí cũng chỉ rõ tỷ lệ hồ sơ trực tuyến toàn trình của cả ba đơn vị chưa đạt chỉ tiêu huyện giao.⟧ Đoàn yêu cầu UBND các xã, thị trấn khẩn trương khắc phục những tồn tại, hạn chế đã được chỉ ra và báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 30/6/2024; đồng thời phát huy những kết quả đã đạt được, phấn đấu hoàn thành toàn diện các chỉ tiêu cải cách hành chính năm 2024.
Thu Hà (Trung tâm Truyền thông và Văn hóa huyện)
""")

# ---------------------------------------------------------------- 26
D(name="26_tin_bai_tinh_tay_ninh_2025", fmt="pdf", style="tin-bai",
  issuer="UBND tỉnh Tây Ninh", issued_on="2025-10-09", area=("Tây Ninh", "tinh"),
  units="phuong:Long An; xa:Thủ Thừa; phuong:Tân Ninh",
  report_deadline=None,
  findings=["phường Long An", "*", "xã Thủ Thừa", "*"],
  src="""
@title Đoàn kiểm tra của UBND tỉnh kiểm tra công tác cải cách hành chính tại phường Long An, phường Tân Ninh và xã Thủ Thừa
*Thứ Năm, 09/10/2025 - 10:15*
**TTĐT - Ngày 08/10/2025, Đoàn kiểm tra cải cách hành chính của UBND tỉnh do Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm làm Trưởng đoàn đã có buổi kiểm tra công tác cải cách hành chính, chuyển đổi số tại phường Long An, phường Tân Ninh và xã Thủ Thừa.**
Báo cáo với Đoàn, lãnh đạo các địa phương cho biết, sau hơn 3 tháng vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công của phường, xã đã tiếp nhận hơn 9.800 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 97%. Các địa phương cơ bản bố trí đủ công chức làm việc tại Trung tâm, trang bị máy tính, máy quét, ki-ốt tra cứu.
Kiểm tra thực tế, Đoàn ghi nhận Trung tâm Phục vụ hành chính công phường Tân Ninh được bố trí khang trang, thuận tiện cho người dân. ⟦Tuy nhiên, tại phường Long An, khu vực chờ còn chật hẹp, chưa có khu vực hỗ trợ người dân nộp hồ sơ trực tuyến.⟧ ⟦Việc số hóa hồ sơ khi tiếp nhận ở cả ba địa phương chưa được thực hiện đầy đủ, còn tình trạng tiếp nhận hồ sơ giấy rồi mới số hóa sau.⟧ ⟦Xã Thủ Thừa còn 27 hồ sơ lĩnh vực đất đai quá hạn do thiếu công chức chuyên môn.⟧
Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm ghi nhận, đánh giá cao sự nỗ lực của các địa phương trong giai đoạn đầu vận hành mô hình mới. ⟦Đồng chí lưu ý, việc cung cấp dịch vụ công trực tuyến toàn trình tại các địa phương vẫn chưa đạt yêu cầu.⟧ Đồng chí yêu cầu các địa phương tập trung rà soát quy trình nội bộ, tăng cường đào tạo công chức, không để người dân phải đi lại nhiều lần; Sở Nội vụ theo dõi, tổng hợp kết quả khắc phục, báo cáo UBND tỉnh.
*Minh Châu*
""")

# ---------------------------------------------------------------- 27
D(name="27_ke_hoach_kiem_tra_lao_cai_2026", fmt="docx", style="khong-co-han-che",
  issuer="UBND tỉnh Lào Cai", issued_on="2026-01-20", area=("Lào Cai", "tinh"),
  units="", inspected="", report_deadline=None, findings=[], expect_refusal=True,
  src="""
@hdr  | ỦY BAN NHÂN DÂN TỈNH LÀO CAI | Số: 27/KH-UBND | Lào Cai, ngày 20 tháng 01 năm 2026
@title KẾ HOẠCH
@sub Kiểm tra công tác cải cách hành chính năm 2026
H1 I. MỤC ĐÍCH, YÊU CẦU
@list decimal
N0 **Mục đích**
N1 Đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính của UBND các xã, phường năm 2026; kịp thời phát hiện những tồn tại, hạn chế để chấn chỉnh, khắc phục.
N1 Theo dõi việc khắc phục các tồn tại, hạn chế đã được chỉ ra qua kiểm tra năm 2025.
N0 **Yêu cầu**
N1 Việc kiểm tra phải khách quan, đúng thực chất; không gây phiền hà cho đơn vị được kiểm tra.
N1 Kết thúc kiểm tra có thông báo kết luận, chỉ rõ những hạn chế, khuyết điểm và yêu cầu khắc phục.
H1 II. NỘI DUNG KIỂM TRA
LB Công tác chỉ đạo, điều hành cải cách hành chính; việc chưa ban hành hoặc ban hành chậm kế hoạch cải cách hành chính (nếu có).
LB Việc niêm yết công khai thủ tục hành chính; tình hình hồ sơ giải quyết quá hạn, chưa có văn bản xin lỗi.
LB Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn chậm, chưa đạt chỉ tiêu (nếu có).
LB Việc thực hiện chế độ công vụ, văn hóa công vụ; tình trạng công chức đi muộn, về sớm.
LB Kết quả khắc phục các tồn tại, hạn chế sau kiểm tra năm 2025.
H1 III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
@table
|TT|Đơn vị được kiểm tra|Thời gian dự kiến|
|1|UBND phường Lào Cai|Tháng 4/2026|
|2|UBND phường Cam Đường|Tháng 4/2026|
|3|UBND xã Bảo Yên|Tháng 5/2026|
|4|UBND xã Mường Khương|Tháng 6/2026|
|5|UBND xã Bắc Hà|Tháng 8/2026|
@end
H1 IV. TỔ CHỨC THỰC HIỆN
LB Sở Nội vụ chủ trì, tham mưu thành lập Đoàn kiểm tra; thông báo lịch kiểm tra cho các đơn vị trước 05 ngày làm việc.
LB UBND các xã, phường được kiểm tra chuẩn bị báo cáo tự kiểm tra, gửi Sở Nội vụ trước ngày 31/3/2026.
*Nơi nhận:*
- Bộ Nội vụ (b/c);
- CT, các PCT UBND tỉnh;
- Sở Nội vụ;
- UBND các xã, phường;
- Lưu: VT, NC.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nguyễn Thành Sinh
""")

# ---------------------------------------------------------------- 28
D(name="28_giay_moi_hoi_nghi_2022", fmt="txt", style="khong-co-han-che",
  issuer="UBND huyện Lạc Sơn", issued_on="2022-03-08", area=("Lạc Sơn", "huyen"),
  units="", inspected="", report_deadline=None, findings=[], expect_refusal=True,
  src="""
@hdr UBND TỈNH HÒA BÌNH | ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN | Số: 35/GM-UBND | Lạc Sơn, ngày 08 tháng 3 năm 2022
@title GIẤY MỜI
@sub Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2022 và khắc phục tồn tại, hạn chế sau kiểm tra năm 2021
UBND huyện Lạc Sơn tổ chức Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2022; đánh giá kết quả khắc phục những tồn tại, hạn chế qua kiểm tra cải cách hành chính năm 2021 và công bố Chỉ số cải cách hành chính cấp xã năm 2021.
1. Chủ trì: Đồng chí Bùi Văn Thăng - Chủ tịch UBND huyện.
2. Thành phần mời:
- Lãnh đạo Phòng Nội vụ, Văn phòng HĐND và UBND huyện;
- Chủ tịch UBND các xã, thị trấn;
- Công chức phụ trách cải cách hành chính các xã, thị trấn.
3. Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 ngày 15/3/2022 (thứ Ba).
4. Địa điểm: Hội trường tầng 3, UBND huyện Lạc Sơn.
5. Nội dung chuẩn bị:
- Các xã, thị trấn chưa hoàn thành việc khắc phục tồn tại, hạn chế năm 2021 chuẩn bị ý kiến giải trình.
- Phòng Nội vụ chuẩn bị tài liệu hội nghị, báo cáo đánh giá việc chưa thực hiện đầy đủ chế độ báo cáo của một số đơn vị.
Đề nghị các đại biểu đến dự đầy đủ, đúng thời gian./.
Nơi nhận:
- Như thành phần mời;
- Lưu: VT.
@sig TL. CHỦ TỊCH
@sig CHÁNH VĂN PHÒNG
@sig Quách Văn Đại
""")
