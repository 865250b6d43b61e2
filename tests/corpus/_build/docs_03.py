"""Documents 17-24: markdown appendix, per-unit groups, "Hạn chế: a; b; c"
clauses, parent bullets with "+" lines."""
from registry import D

# ---------------------------------------------------------------- 17
D(name="17_phu_luc_huyen_cu_mgar_2024", fmt="md", style="phu-luc-bang",
  issuer="UBND huyện Cư M'gar", issued_on="2024-11-12", area=("Cư M'gar", "huyen"),
  units="thi_tran:Quảng Phú; thi_tran:Ea Pốk; xa:Ea M'nang; xa:Cư Suê; xa:Cuôr Đăng",
  report_deadline="2024-12-20",
  findings=[
      ("xã Ea M'nang; xã Cư Suê", "2024-12-05"),
      ("thị trấn Quảng Phú", "2024-11-30"),
      ("*", "2024-12-20"),
      ("xã Cuôr Đăng", "2024-12-05"),
      ("xã Cuôr Đăng", "2024-12-05"),
      ("* - thị trấn Quảng Phú; thị trấn Ea Pốk", "2025-01-10"),
      ("thị trấn Ea Pốk", "ongoing"),
  ],
  src="""
@hdr UBND TỈNH ĐẮK LẮK | ỦY BAN NHÂN DÂN HUYỆN CƯ M'GAR | Số: 1733/TB-UBND | Cư M'gar, ngày 12 tháng 11 năm 2024
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính năm 2024
Căn cứ kết quả kiểm tra của Đoàn kiểm tra cải cách hành chính huyện tại thị trấn Quảng Phú, thị trấn Ea Pốk, xã Ea M'nang, xã Cư Suê và xã Cuôr Đăng (từ ngày 14/10/2024 đến ngày 25/10/2024), Chủ tịch UBND huyện Cư M'gar kết luận như sau:
**1. Ưu điểm:** Các đơn vị đã triển khai nghiêm túc kế hoạch cải cách hành chính năm 2024; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,1%; 100% cán bộ, công chức sử dụng chữ ký số. Thị trấn Quảng Phú và thị trấn Ea Pốk đã triển khai thanh toán không dùng tiền mặt tại Bộ phận Một cửa.
**2. Tồn tại, hạn chế:** Chi tiết tại Phụ lục kèm theo.
**3. Yêu cầu:** Chủ tịch UBND các xã, thị trấn tổ chức khắc phục theo thời hạn tại Phụ lục, báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 20/12/2024.
*Nơi nhận:*
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Y Lâm Niê
@title PHỤ LỤC: DANH MỤC TỒN TẠI, HẠN CHẾ CẦN KHẮC PHỤC
@sub (Kèm theo Thông báo số 1733/TB-UBND ngày 12/11/2024 của UBND huyện Cư M'gar)
@table
|TT|Nội dung tồn tại, hạn chế|Đơn vị thực hiện|Thời hạn|
|**I**|**Công tác chỉ đạo, điều hành**|||
|1|⟦Chưa ban hành kế hoạch tuyên truyền cải cách hành chính năm 2024.⟧|Xã Ea M'nang, xã Cư Suê|ngày 05 tháng 12 năm 2024|
|2|⟦Báo cáo cải cách hành chính quý III gửi chậm so với quy định.⟧|TT. Quảng Phú|30/11/2024|
|**II**|**Cải cách thủ tục hành chính**|||
|3|⟦Chưa số hóa đầy đủ hồ sơ khi tiếp nhận.⟧|Các xã, thị trấn|20/12/2024|
|4|⟦Chưa niêm yết số điện thoại đường dây nóng của Chủ tịch UBND xã.⟧ <br> ⟦Hồ sơ trễ hạn chưa có phiếu xin lỗi.⟧|Xã Cuôr Đăng|05/12/2024|
|**III**|**Hiện đại hóa hành chính**|||
|5|⟦Thiết bị đánh giá mức độ hài lòng tại Bộ phận Một cửa chưa hoạt động.⟧|Các xã, trừ 02 thị trấn|10/01/2025|
|6|⟦Chưa cập nhật thường xuyên tin bài trên Trang thông tin điện tử.⟧|TT. Ea Pốk|Thường xuyên|
@end
""")

# ---------------------------------------------------------------- 18
D(name="18_theo_don_vi_huyen_song_lo_2022", fmt="docx", style="theo-don-vi",
  issuer="UBND huyện Sông Lô", issued_on="2022-10-17", area=("Sông Lô", "huyen"),
  units="xa:Tân Lập; xa:Đồng Thịnh; xa:Nhạo Sơn; thi_tran:Tam Sơn; xa:Đức Bác",
  report_deadline="2022-11-15",
  findings=[
      "*",
      "*",
      "xã Tân Lập",
      "xã Tân Lập",
      "xã Tân Lập",
      "xã Đồng Thịnh",
      "xã Đồng Thịnh",
      "xã Nhạo Sơn",
      "thị trấn Tam Sơn",
      "thị trấn Tam Sơn",
      "xã Đức Bác",
      "xã Đức Bác",
  ],
  src="""
@hdr UBND TỈNH VĨNH PHÚC | ỦY BAN NHÂN DÂN HUYỆN SÔNG LÔ | Số: 1562/TB-UBND | Sông Lô, ngày 17 tháng 10 năm 2022
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính, kỷ luật, kỷ cương hành chính năm 2022
Thực hiện Kế hoạch số 87/KH-UBND ngày 10/3/2022 của UBND huyện Sông Lô, Đoàn kiểm tra đã kiểm tra tại UBND xã Tân Lập, xã Đồng Thịnh, xã Nhạo Sơn, xã Đức Bác và thị trấn Tam Sơn. Chủ tịch UBND huyện thông báo kết luận như sau:
H1 I. NHẬN XÉT CHUNG
H2 1. Ưu điểm
LB UBND các xã, thị trấn đã ban hành đầy đủ kế hoạch cải cách hành chính, kế hoạch tuyên truyền, kế hoạch kiểm tra năm 2022.
LB Bộ phận Một cửa được bố trí tại tầng 1 trụ sở, có đủ trang thiết bị theo quy định; công chức mặc đồng phục, đeo thẻ.
LB Thị trấn Tam Sơn và xã Đức Bác có tỷ lệ hồ sơ trực tuyến cao nhất huyện.
H2 2. Hạn chế chung
LB ⟦Việc tự kiểm tra cải cách hành chính tại các đơn vị còn hình thức, chưa có biên bản, kết luận.⟧
LB ⟦Chưa thực hiện đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp.⟧
H1 II. KẾT QUẢ KIỂM TRA TẠI TỪNG ĐƠN VỊ
@list decimal
H2 1. Xã Tân Lập
N0 ⟦Chưa kiện toàn Ban Chỉ đạo cải cách hành chính khi có thay đổi nhân sự lãnh đạo.⟧
N0 Việc thực hiện chế độ công vụ còn một số hạn chế:
N1 ⟦Chưa ban hành nội quy, quy chế làm việc của UBND xã nhiệm kỳ 2021-2026.⟧
N1 ⟦Việc chấm công, theo dõi thời gian làm việc của công chức chưa được thực hiện thường xuyên.⟧
H2 2. Xã Đồng Thịnh
@list decimal
N0 ⟦Sổ theo dõi hồ sơ tại Bộ phận Một cửa ghi chưa đầy đủ thông tin.⟧
N0 ⟦Còn 06 hồ sơ đất đai giải quyết quá hạn.⟧
H2 3. Xã Nhạo Sơn
@list decimal
N0 ⟦Chưa bố trí máy tính, máy quét hỗ trợ người dân nộp hồ sơ trực tuyến.⟧
H2 4. Thị trấn Tam Sơn
@list decimal
N0 ⟦Trang thông tin điện tử của thị trấn chưa có chuyên mục cải cách hành chính.⟧
N0 ⟦Niêm yết thủ tục hành chính lĩnh vực người có công chưa cập nhật.⟧
H2 5. Xã Đức Bác
@list decimal
N0 ⟦Hồ sơ lưu trữ của công chức Địa chính - Xây dựng chưa được sắp xếp khoa học.⟧
N0 ⟦Chưa thực hiện thu phí chứng thực không dùng tiền mặt.⟧
H1 III. YÊU CẦU
@list decimal
N0 Chủ tịch UBND các xã, thị trấn tổ chức khắc phục các hạn chế nêu trên; đối với nội dung chưa khắc phục được phải có kế hoạch, lộ trình cụ thể.
N0 Tiếp tục nâng cao tỷ lệ hồ sơ trực tuyến, số hóa hồ sơ; không để phát sinh hồ sơ trễ hạn.
N0 Báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trước ngày 15/11/2022.
*Nơi nhận:*
- CT, các PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Đỗ Quang Chiến
""")

# ---------------------------------------------------------------- 19
D(name="19_theo_don_vi_tp_vinh_long_2019", fmt="txt", style="theo-don-vi",
  issuer="UBND thành phố Vĩnh Long", issued_on="2019-11-29", area=("Vĩnh Long", "huyen"),
  units="phuong:1; phuong:2; phuong:9; xa:Tân Ngãi; xa:Trường An",
  report_deadline="2019-12-29",
  findings=[
      "phường 1",
      "phường 1",
      "phường 2",
      "phường 2",
      "phường 9",
      "xã Tân Ngãi",
      "xã Tân Ngãi",
      "xã Trường An",
      "*",
      "phường 1; phường 2",
  ],
  src="""
@hdr UBND TỈNH VĨNH LONG | ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH LONG | Số: 684/TB-UBND | Thành phố Vĩnh Long, ngày 29 tháng 11 năm 2019
@title THÔNG BÁO
@sub Kết quả kiểm tra công tác cải cách hành chính năm 2019 tại UBND các phường, xã
Thực hiện Kế hoạch số 35/KH-UBND ngày 12/3/2019 của UBND thành phố về kiểm tra công tác cải cách hành chính năm 2019, Tổ kiểm tra đã kiểm tra tại UBND Phường 1, Phường 2, Phường 9, xã Tân Ngãi và xã Trường An. UBND thành phố thông báo kết quả kiểm tra như sau:
I. KẾT QUẢ THỰC HIỆN
Các đơn vị đã triển khai kế hoạch cải cách hành chính năm 2019 kịp thời; Bộ phận tiếp nhận và trả kết quả được bố trí đúng quy định, công chức có thái độ phục vụ tốt; việc ứng dụng phần mềm một cửa điện tử được duy trì. Phường 9 và xã Trường An có nhiều hồ sơ được giải quyết trước hạn.
II. NHỮNG TỒN TẠI CỦA TỪNG ĐƠN VỊ
1. Phường 1
- ⟦Chưa ban hành kế hoạch kiểm tra công vụ năm 2019.⟧
- ⟦Bảng niêm yết thủ tục hành chính đặt ở vị trí khó quan sát.⟧
2. Phường 2
- ⟦Hồ sơ giải quyết thủ tục hành chính lĩnh vực chứng thực chưa có sổ theo dõi riêng.⟧
- ⟦Chưa thực hiện báo cáo công tác kiểm soát thủ tục hành chính quý III.⟧
3. Phường 9
- ⟦Phần mềm một cửa điện tử chưa cập nhật đầy đủ hồ sơ tiếp nhận trực tiếp.⟧
4. Xã Tân Ngãi
- ⟦Chưa có hộp thư góp ý tại Bộ phận tiếp nhận và trả kết quả.⟧
- ⟦Công chức chưa đeo thẻ trong giờ làm việc.⟧
5. Xã Trường An
- ⟦Quy chế làm việc của UBND xã chưa được sửa đổi theo quy định mới.⟧
III. TỒN TẠI CHUNG
- ⟦Việc tuyên truyền cải cách hành chính trên hệ thống truyền thanh phường, xã còn ít, chưa thường xuyên.⟧
- ⟦Chưa bố trí máy tính để người dân tự tra cứu thông tin thủ tục hành chính⟧ (P.1, P.2).
IV. ĐỀ NGHỊ
1. Chủ tịch UBND các phường, xã chỉ đạo khắc phục các tồn tại nêu trên.
2. Gửi báo cáo kết quả khắc phục về Phòng Nội vụ thành phố trong thời hạn 30 ngày kể từ ngày ban hành Thông báo này.
Nơi nhận:
- CT, PCT UBND thành phố;
- Phòng Nội vụ;
- UBND các phường, xã được kiểm tra;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Lưu Thành Công
""")

# ---------------------------------------------------------------- 20
D(name="20_theo_don_vi_tp_ca_mau_2023", fmt="md", style="theo-don-vi",
  issuer="UBND thành phố Cà Mau", issued_on="2023-08-08", area=("Cà Mau", "huyen"),
  units="phuong:1; phuong:2; phuong:5; phuong:Tân Xuyên; xa:An Xuyên",
  report_deadline="2023-09-07",
  findings=[
      "phường 1",
      "phường 1",
      "phường 2",
      "phường 5",
      "phường 5",
      "phường Tân Xuyên",
      "xã An Xuyên",
      "xã An Xuyên",
  ],
  src="""
@hdr UBND TỈNH CÀ MAU | ỦY BAN NHÂN DÂN THÀNH PHỐ CÀ MAU | Số: 402/TB-UBND | Cà Mau, ngày 08 tháng 8 năm 2023
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2023
Ngày 17 và 18/7/2023, Đoàn kiểm tra cải cách hành chính thành phố đã kiểm tra tại Phường 1, Phường 2, Phường 5, phường Tân Xuyên và xã An Xuyên. Qua kiểm tra, Chủ tịch UBND thành phố kết luận:
### I. Kết quả đạt được
Các phường, xã thực hiện tốt việc tiếp nhận, giải quyết hồ sơ; tỷ lệ hồ sơ đúng hạn đạt trên 99%. Đa số đơn vị đã ứng dụng phần mềm quản lý văn bản, chữ ký số trong chỉ đạo, điều hành.
### II. Những hạn chế cần khắc phục
**Phường 1:** ⟦Chưa tổ chức đối thoại giữa người đứng đầu với nhân dân về cải cách hành chính.⟧ ⟦Chưa cập nhật danh mục thủ tục hành chính thực hiện dịch vụ công trực tuyến toàn trình.⟧
**Phường 2:** ⟦Bộ phận Một cửa chưa bố trí nơi giữ xe cho người dân đến giao dịch.⟧
**Phường 5:**
- ⟦Hồ sơ công việc của công chức lưu trữ chưa đúng quy định.⟧
- ⟦Chưa thực hiện số hóa kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch.⟧
**Phường Tân Xuyên:** ⟦Còn tiếp nhận hồ sơ giấy nhưng không cập nhật lên phần mềm một cửa điện tử.⟧
**Xã An Xuyên:**
- ⟦Chưa xây dựng kế hoạch tuyên truyền cải cách hành chính.⟧
- ⟦Trang thiết bị tại Bộ phận Một cửa xuống cấp.⟧
### III. Nhiệm vụ, giải pháp
- Các phường, xã tiếp tục đẩy mạnh tuyên truyền, hướng dẫn người dân nộp hồ sơ trực tuyến; chưa có kế hoạch tuyên truyền thì phải ban hành ngay.
- Rà soát, bố trí kinh phí sửa chữa, mua sắm trang thiết bị.
- Báo cáo kết quả khắc phục về UBND thành phố (qua Phòng Nội vụ) trong thời hạn 30 ngày kể từ ngày ký.
*Nơi nhận:*
- CT, PCT UBND thành phố;
- Phòng Nội vụ;
- UBND các phường, xã;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Lý Minh Luân
""")

# ---------------------------------------------------------------- 21
D(name="21_cham_phay_huyen_ba_vi_2021", fmt="docx", style="han-che-cham-phay",
  issuer="UBND huyện Ba Vì", issued_on="2021-12-06", area=("Ba Vì", "huyen"),
  units="xa:Tản Lĩnh; xa:Ba Trại; xa:Vân Hòa; thi_tran:Tây Đằng; xa:Minh Quang",
  report_deadline="2022-01-10",
  findings=[
      "*",
      "xã Ba Trại; xã Minh Quang",
      "*",
      "*",
      "thị trấn Tây Đằng",
      "*",
      "xã Vân Hòa; xã Tản Lĩnh",
      "*",
      "*",
      "xã Minh Quang",
      "*",
  ],
  src="""
@hdr UBND THÀNH PHỐ HÀ NỘI | ỦY BAN NHÂN DÂN HUYỆN BA VÌ | Số: 998/TB-UBND | Ba Vì, ngày 06 tháng 12 năm 2021
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính năm 2021 tại UBND các xã, thị trấn
Thực hiện Kế hoạch số 156/KH-UBND ngày 02/4/2021 của UBND huyện Ba Vì, Đoàn kiểm tra đã kiểm tra trực tiếp tại UBND các xã Tản Lĩnh, Ba Trại, Vân Hòa, Minh Quang và thị trấn Tây Đằng. Chủ tịch UBND huyện kết luận kết quả kiểm tra theo từng lĩnh vực như sau:
@list roman
N0 **Công tác chỉ đạo, điều hành cải cách hành chính**
Kết quả: Các đơn vị ban hành kế hoạch cải cách hành chính năm 2021 đúng thời gian; đã phân công lãnh đạo phụ trách, công chức đầu mối; duy trì giao ban định kỳ.
Hạn chế: ⟦nội dung kế hoạch chưa gắn với dự toán kinh phí⟧; ⟦chưa ban hành kế hoạch tự kiểm tra⟧ (xã Ba Trại, xã Minh Quang); ⟦báo cáo định kỳ còn chậm, số liệu chưa chính xác⟧.
N0 **Cải cách thể chế**
Kết quả: Thực hiện tốt việc tự kiểm tra, rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành.
Hạn chế: ⟦chưa lập sổ theo dõi văn bản quy phạm pháp luật⟧; ⟦việc theo dõi tình hình thi hành pháp luật chưa có báo cáo kết quả⟧ (thị trấn Tây Đằng).
N0 **Cải cách thủ tục hành chính**
Kết quả: 100% thủ tục hành chính được niêm yết công khai; tỷ lệ hồ sơ đúng hạn đạt 99,4%.
Hạn chế: ⟦chưa thực hiện số hóa hồ sơ khi tiếp nhận⟧; ⟦hồ sơ quá hạn chưa có văn bản xin lỗi⟧ (xã Vân Hòa, xã Tản Lĩnh); ⟦tỷ lệ hồ sơ trực tuyến mức độ 3, 4 còn thấp⟧.
N0 **Cải cách chế độ công vụ**
Kết quả: Công chức chấp hành tốt giờ giấc làm việc, thực hiện nghiêm quy tắc ứng xử.
Hạn chế: ⟦việc đánh giá, xếp loại công chức cuối năm chưa gắn với kết quả thực hiện nhiệm vụ được giao⟧.
N0 **Hiện đại hóa hành chính**
Kết quả: Các đơn vị sử dụng phần mềm quản lý văn bản, hộp thư công vụ; thị trấn Tây Đằng triển khai thanh toán trực tuyến.
Hạn chế: ⟦Trang thông tin điện tử chưa cập nhật chuyên mục thủ tục hành chính⟧ (xã Minh Quang); ⟦máy tính phục vụ tra cứu tại Bộ phận Một cửa chưa kết nối mạng⟧.
N0 **Yêu cầu**
Chủ tịch UBND các xã, thị trấn chỉ đạo khắc phục ngay các hạn chế nêu trên. Thời gian hoàn thành, báo cáo kết quả khắc phục gửi Phòng Nội vụ: trước ngày 10/01/2022.
*Nơi nhận:*
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nguyễn Đình Hùng
""")

# ---------------------------------------------------------------- 22
D(name="22_cham_phay_huyen_que_vo_2019", fmt="txt", style="han-che-cham-phay",
  issuer="UBND huyện Quế Võ", issued_on="2019-10-21", area=("Quế Võ", "huyen"),
  units="xa:Phượng Mao; xa:Việt Hùng; thi_tran:Phố Mới; xa:Bằng An",
  report_deadline="2019-11-15",
  findings=[
      "*",
      "*",
      "xã Việt Hùng",
      "*",
      "* - thị trấn Phố Mới",
      "xã Bằng An",
      "*",
      "*",
  ],
  src="""
@hdr UBND TỈNH BẮC NINH | ỦY BAN NHÂN DÂN HUYỆN QUẾ VÕ | Số: 327/TB-UBND | Quế Võ, ngày 21 tháng 10 năm 2019
@title THÔNG BÁO
@sub Kết quả kiểm tra công tác cải cách hành chính năm 2019
Ngày 08 và 09/10/2019, Đoàn kiểm tra của UBND huyện đã kiểm tra công tác cải cách hành chính tại UBND xã Phượng Mao, xã Việt Hùng, xã Bằng An và thị trấn Phố Mới. UBND huyện thông báo kết quả như sau:
1. Công tác chỉ đạo, điều hành
- Ưu điểm: Các đơn vị ban hành kế hoạch cải cách hành chính, kế hoạch tuyên truyền năm 2019 kịp thời, đúng nội dung.
- Hạn chế: ⟦Chưa xây dựng kế hoạch kiểm tra cải cách hành chính đối với các bộ phận chuyên môn⟧; ⟦chưa có văn bản chỉ đạo khắc phục các hạn chế sau kiểm tra năm 2018.⟧
2. Cải cách thủ tục hành chính
- Ưu điểm: Bộ phận tiếp nhận và trả kết quả hoạt động nền nếp, công khai đầy đủ thủ tục hành chính, phí, lệ phí.
- Hạn chế: ⟦Xã Việt Hùng chưa cập nhật thủ tục hành chính lĩnh vực nông nghiệp mới công bố⟧; ⟦việc trả kết quả qua dịch vụ bưu chính công ích chưa được quan tâm⟧; ⟦tỷ lệ hồ sơ trực tuyến thấp⟧ (trừ thị trấn Phố Mới).
3. Tổ chức bộ máy và chế độ công vụ
- Ưu điểm: Bố trí công chức đúng chức danh, cơ bản đạt chuẩn về trình độ.
- Hạn chế: ⟦Xã Bằng An chưa bố trí đủ công chức Văn phòng - Thống kê theo quy định⟧; ⟦công chức chưa thực hiện báo cáo kết quả công việc hằng tuần.⟧
4. Hiện đại hóa hành chính
- Ưu điểm: 100% văn bản đi được gửi qua hệ thống quản lý văn bản.
- Hạn chế: ⟦Chưa áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2008 vào hoạt động của UBND xã.⟧
5. Kiến nghị, đề xuất của đơn vị
- Đề nghị UBND huyện hỗ trợ kinh phí nâng cấp đường truyền, trang bị máy scan.
- Đề nghị tổ chức tập huấn nghiệp vụ cho công chức mới.
6. Yêu cầu
Chủ tịch UBND các xã, thị trấn chỉ đạo khắc phục các hạn chế, báo cáo kết quả về UBND huyện (qua Phòng Nội vụ) trước ngày 15 tháng 11 năm 2019.
Nơi nhận:
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig TM. ỦY BAN NHÂN DÂN
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Ngô Văn Liễu
""")

# ---------------------------------------------------------------- 23
D(name="23_dau_cong_huyen_tam_nong_2024", fmt="docx", style="dau-cong-minh-chung",
  issuer="UBND huyện Tam Nông", issued_on="2024-09-30", area=("Tam Nông", "huyen"),
  units="xa:Phú Cường; xa:Tân Công Sính; thi_tran:Tràm Chim; xa:An Long; xa:Phú Đức",
  report_deadline="2024-10-31",
  findings=[
      "xã Phú Cường; thị trấn Tràm Chim; xã An Long",
      "*",
      "*",
      "xã Tân Công Sính; xã Phú Đức",
      "xã Phú Cường; xã An Long",
      "*",
      "thị trấn Tràm Chim",
  ],
  src="""
@hdr UBND TỈNH ĐỒNG THÁP | ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG | Số: 521/TB-UBND | Tam Nông, ngày 30 tháng 9 năm 2024
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2024
Căn cứ kết quả kiểm tra tại UBND xã Phú Cường, xã Tân Công Sính, xã An Long, xã Phú Đức và thị trấn Tràm Chim từ ngày 09/9/2024 đến ngày 20/9/2024, Chủ tịch UBND huyện Tam Nông kết luận như sau:
H1 I. Ưu điểm
LB Các đơn vị đã quan tâm triển khai nhiệm vụ cải cách hành chính, cụ thể:
+ Ban hành đầy đủ kế hoạch cải cách hành chính, kế hoạch kiểm soát thủ tục hành chính năm 2024;
+ Bộ phận Một cửa bố trí đủ ghế ngồi, nước uống, máy tra cứu;
+ Xã Phú Đức triển khai mô hình "Tổ công nghệ số cộng đồng" hiệu quả.
LB Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%.
H1 II. Tồn tại, hạn chế
LB ⟦Việc niêm yết công khai thủ tục hành chính chưa đầy đủ, kịp thời, cụ thể:⟧
+ Xã Phú Cường còn niêm yết 14 thủ tục đã hết hiệu lực;
+ Thị trấn Tràm Chim chưa niêm yết mã QR tra cứu thủ tục;
+ Xã An Long niêm yết ở vị trí khuất, người dân khó tiếp cận.
LB Về tổ chức thực hiện chế độ công vụ, còn các hạn chế sau:
+ ⟦Chưa xây dựng kế hoạch đào tạo, bồi dưỡng công chức năm 2024⟧;
+ ⟦Việc đánh giá, xếp loại công chức hằng tháng chưa thực hiện trên phần mềm⟧;
+ ⟦Còn công chức đi làm trễ, về sớm⟧ (xã Tân Công Sính, xã Phú Đức).
LB ⟦Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chưa đạt yêu cầu, như:⟧
+ tỷ lệ số hóa hồ sơ tại xã Phú Cường đạt 41%;
+ tỷ lệ số hóa kết quả tại xã An Long đạt 35%.
LB ⟦Tỷ lệ thanh toán trực tuyến còn thấp; chưa có giải pháp tuyên truyền, hướng dẫn người dân thanh toán trực tuyến.⟧
LB ⟦Trang thông tin điện tử của thị trấn Tràm Chim chưa được nâng cấp, thường xuyên không truy cập được.⟧
H1 III. Nguyên nhân
LB Nguyên nhân khách quan:
+ Nhiều văn bản mới về thủ tục hành chính được ban hành trong thời gian ngắn;
+ Hạ tầng mạng ở khu vực nông thôn chưa ổn định.
LB Nguyên nhân chủ quan: người đứng đầu một số đơn vị chưa sâu sát; công chức chưa chủ động.
H1 IV. Yêu cầu
LB Chủ tịch UBND các xã, thị trấn chỉ đạo khắc phục các tồn tại, hạn chế nêu tại Mục II, cụ thể:
+ Rà soát, niêm yết lại toàn bộ thủ tục hành chính;
+ Ban hành kế hoạch đào tạo, bồi dưỡng công chức;
+ Báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trước ngày 31/10/2024.
*Nơi nhận:*
- CT, các PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nguyễn Thành Thái
""")

# ---------------------------------------------------------------- 24
D(name="24_dau_cong_huyen_tuy_phuoc_2020", fmt="md", style="dau-cong-minh-chung",
  issuer="UBND huyện Tuy Phước", issued_on="2020-09-14", area=("Tuy Phước", "huyen"),
  units="xa:Phước Lộc; xa:Phước Sơn; thi_tran:Tuy Phước; thi_tran:Diêu Trì; xa:Phước Hiệp",
  report_deadline="2020-10-15",
  findings=[
      "*",
      "xã Phước Lộc; xã Phước Hiệp",
      "thị trấn Diêu Trì",
      "*",
      "xã Phước Sơn; thị trấn Tuy Phước",
      "*",
  ],
  src="""
@hdr UBND TỈNH BÌNH ĐỊNH | ỦY BAN NHÂN DÂN HUYỆN TUY PHƯỚC | Số: 276/TB-UBND | Tuy Phước, ngày 14 tháng 9 năm 2020
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính năm 2020
Thực hiện Kế hoạch kiểm tra cải cách hành chính năm 2020, Tổ kiểm tra của huyện đã kiểm tra tại xã Phước Lộc, xã Phước Sơn, xã Phước Hiệp, thị trấn Tuy Phước và thị trấn Diêu Trì. Chủ tịch UBND huyện kết luận như sau:
### 1. Kết quả đạt được
- Trong bối cảnh dịch Covid-19, các đơn vị vẫn duy trì tốt hoạt động của Bộ phận tiếp nhận và trả kết quả, cụ thể:
  + bố trí dung dịch sát khuẩn, khoảng cách giữa các quầy;
  + tiếp nhận hồ sơ qua bưu điện, qua mạng.
- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%.
### 2. Tồn tại, hạn chế
- ⟦Việc thực hiện chế độ báo cáo cải cách hành chính chưa đảm bảo yêu cầu, cụ thể:⟧
  + xã Phước Lộc chưa gửi báo cáo quý II;
  + thị trấn Tuy Phước gửi báo cáo chậm 10 ngày;
  + các đơn vị còn lại báo cáo chưa đủ số liệu.
- Bộ phận tiếp nhận và trả kết quả còn những thiếu sót sau:
  + ⟦Chưa có sổ theo dõi hồ sơ lĩnh vực đất đai⟧ (xã Phước Lộc, xã Phước Hiệp);
  + ⟦Phiếu hẹn trả kết quả không ghi rõ thời gian⟧ (thị trấn Diêu Trì);
  + ⟦Chưa công khai số điện thoại đường dây nóng.⟧
- ⟦Hồ sơ lưu trữ thủ tục hành chính chưa đầy đủ thành phần, như:⟧
  + hồ sơ chứng thực tại xã Phước Sơn;
  + hồ sơ hộ tịch tại thị trấn Tuy Phước.
- ⟦Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt thấp, chưa đạt chỉ tiêu tỉnh giao.⟧
### 3. Yêu cầu
- Chủ tịch UBND các xã, thị trấn chỉ đạo:
  + khắc phục các tồn tại, hạn chế nêu trên;
  + báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) chậm nhất ngày 15/10/2020.
*Nơi nhận:*
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Đào Duy Tùng
""")
