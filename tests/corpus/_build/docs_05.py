"""Documents 29-32: units named every way, deadlines every way."""
from registry import D

# ---------------------------------------------------------------- 29
D(name="29_ten_don_vi_snv_ninh_binh_2024", fmt="docx", style="ten-don-vi",
  issuer="Sở Nội vụ tỉnh Ninh Bình", issued_on="2024-12-02", area=("Ninh Bình", "tinh"),
  units=("xa:Yên Hòa; thi_tran:Yên Hòa; xa:Khánh Thiện; xa:Gia Sinh; xa:Ninh Hải; "
         "phuong:Nam Bình; phuong:Bích Đào; thi_tran:Me"),
  report_deadline="2024-12-31",
  findings=[
      "xã Yên Hòa; thị trấn Yên Hòa",
      "xã Khánh Thiện; xã Gia Sinh; xã Ninh Hải",
      "*",
      "phường Nam Bình; phường Bích Đào; thị trấn Me; xã Yên Hòa",
      "thị trấn Yên Hòa",
      "* - xã Gia Sinh",
      "*",
      "xã Khánh Thiện; phường Bích Đào",
      "* - xã Khánh Thiện; phường Bích Đào",
      "xã Yên Hòa",
      "xã Yên Hòa",
      "thị trấn Yên Hòa",
      "phường Nam Bình",
      "phường Nam Bình",
      "thị trấn Me; xã Ninh Hải",
  ],
  src="""
@hdr UBND TỈNH NINH BÌNH | SỞ NỘI VỤ | Số: 1490/TB-SNV | Ninh Bình, ngày 02 tháng 12 năm 2024
@title THÔNG BÁO
@sub Kết quả kiểm tra công tác cải cách hành chính năm 2024 tại một số đơn vị hành chính cấp xã
Thực hiện Kế hoạch số 33/KH-UBND ngày 05/3/2024 của UBND tỉnh về kiểm tra cải cách hành chính năm 2024, từ ngày 04/11/2024 đến ngày 22/11/2024, Đoàn kiểm tra của tỉnh đã kiểm tra tại 08 đơn vị cấp xã gồm: xã Yên Hòa (huyện Yên Mô), thị trấn Yên Hòa, xã Khánh Thiện, xã Gia Sinh, xã Ninh Hải, phường Nam Bình, phường Bích Đào (thành phố Hoa Lư) và thị trấn Me. Sở Nội vụ thông báo kết quả như sau:
H1 I. KẾT QUẢ ĐẠT ĐƯỢC
LB Các đơn vị đã ban hành kế hoạch cải cách hành chính năm 2024 đúng thời hạn; UBND thị trấn Me và UBND phường Nam Bình có nhiều sáng kiến trong hỗ trợ người dân nộp hồ sơ trực tuyến.
LB 06/08 đơn vị đạt tỷ lệ hồ sơ giải quyết đúng hạn trên 99%, gồm: P. Nam Bình, P. Bích Đào, TT. Me, xã Gia Sinh, xã Ninh Hải, TT. Yên Hòa.
LB Hầu hết các xã, phường, thị trấn đã trang bị máy tính, máy quét phục vụ số hóa hồ sơ.
H1 II. TỒN TẠI, HẠN CHẾ
@list decimal
N0 **Về công tác chỉ đạo, điều hành và cải cách thủ tục hành chính**
N1 ⟦Chưa ban hành văn bản chỉ đạo khắc phục tồn tại, hạn chế sau kiểm tra năm 2023⟧ (UBND xã Yên Hòa, TT. Yên Hòa).
N1 ⟦Các xã: Khánh Thiện, Gia Sinh và Ninh Hải chưa tổ chức đối thoại giữa người đứng đầu với người dân về thủ tục hành chính.⟧
N1 ⟦Việc niêm yết công khai thủ tục hành chính chưa cập nhật kịp thời ở hầu hết các xã, phường, thị trấn được kiểm tra.⟧
N1 ⟦04/08 đơn vị chưa số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực, gồm: P. Nam Bình, P. Bích Đào, TT. Me, xã Yên Hòa.⟧
N1 ⟦Còn để xảy ra tình trạng yêu cầu bổ sung hồ sơ quá một lần⟧ (thị trấn Yên Hòa).
N0 **Về chế độ công vụ và hiện đại hóa hành chính**
N1 ⟦Chưa xây dựng kế hoạch bồi dưỡng kỹ năng số cho công chức ở các đơn vị, trừ xã Gia Sinh.⟧
N1 ⟦Một số đơn vị chưa thực hiện đánh giá, xếp loại công chức hằng tháng theo Quy định của tỉnh.⟧
N0 **Về hiện đại hóa hành chính**
N1 ⟦Chưa kết nối hệ thống camera tại Bộ phận Một cửa với Trung tâm giám sát điều hành thông minh của tỉnh⟧ (xã Khánh Thiện, P. Bích Đào); ⟦thiết bị đánh giá sự hài lòng chưa được sử dụng⟧ (các đơn vị còn lại).
N0 **Hạn chế cụ thể tại từng đơn vị**
@table
|TT|Đơn vị|Tồn tại, hạn chế|
|1|Xã Yên Hòa|- ⟦Sổ theo dõi hồ sơ chưa ghi đầy đủ ngày trả kết quả.⟧ // - ⟦Chưa lập danh mục hồ sơ năm 2024.⟧|
|2|Thị trấn Yên Hòa|⟦Bảng niêm yết thủ tục hành chính bị che khuất bởi tủ tài liệu.⟧|
|3|P. Nam Bình|⟦Chưa bố trí khu vực chờ riêng cho người cao tuổi, người khuyết tật.⟧|
|^|^|⟦Hộp thư góp ý chưa được mở định kỳ hằng tuần.⟧|
|4|TT. Me, xã Ninh Hải|⟦Trang thông tin điện tử chưa cập nhật danh sách công chức phụ trách Bộ phận Một cửa.⟧|
@end
H1 III. KIẾN NGHỊ
LB Đề nghị Chủ tịch UBND các xã, phường, thị trấn chỉ đạo khắc phục các tồn tại, hạn chế nêu trên; chưa có kế hoạch bồi dưỡng kỹ năng số thì ban hành trong tháng 12/2024.
LB Đề nghị UBND các huyện, thành phố theo dõi, đôn đốc các đơn vị cấp xã trực thuộc.
LB Báo cáo kết quả khắc phục về Sở Nội vụ trước ngày 31/12/2024.
*Nơi nhận:*
- UBND tỉnh (b/c);
- UBND các huyện, thành phố có liên quan;
- UBND các xã, phường, thị trấn được kiểm tra;
- Lưu: VT, CCHC.
@sig KT. GIÁM ĐỐC
@sig PHÓ GIÁM ĐỐC
@sig Đinh Văn Điến
""")

# ---------------------------------------------------------------- 30
D(name="30_ten_don_vi_huyen_ea_hleo_2023", fmt="md", style="ten-don-vi",
  issuer="UBND huyện Ea H'Leo", issued_on="2023-10-04", area=("Ea H'Leo", "huyen"),
  units="thi_tran:Ea Drăng; xa:Ea H'leo; xa:Dliê Yang; xa:Ea Sol; xa:Cư Mốt; xa:Ea Wy; xa:Ea Nam",
  report_deadline="2023-11-03",
  findings=[
      "xã Ea Sol; xã Cư Mốt; xã Ea Wy",
      "*",
      "thị trấn Ea Drăng; xã Ea H'leo; xã Dliê Yang; xã Ea Sol; xã Ea Nam",
      "* - xã Ea Nam",
      "xã Ea H'leo",
      "xã Dliê Yang; thị trấn Ea Drăng",
      "* - xã Dliê Yang; thị trấn Ea Drăng",
      "*",
  ],
  src="""
@hdr UBND TỈNH ĐẮK LẮK | ỦY BAN NHÂN DÂN HUYỆN EA H'LEO | Số: 1219/TB-UBND | Ea H'Leo, ngày 04 tháng 10 năm 2023
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính năm 2023
Thực hiện Kế hoạch số 48/KH-UBND ngày 20/02/2023 của UBND huyện Ea H'Leo, Đoàn kiểm tra đã kiểm tra tại 07/12 xã, thị trấn: TT. Ea Drăng, xã Ea H'leo, xã Dliê Yang, xã Ea Sol, xã Cư Mốt, xã Ea Wy và xã Ea Nam. Chủ tịch UBND huyện kết luận như sau:
### I. Ưu điểm
- UBND các xã, thị trấn đã quan tâm đến công tác cải cách hành chính, bố trí công chức đầu mối; thị trấn Ea Drăng và xã Ea Wy làm tốt việc tuyên truyền bằng tiếng dân tộc Ê Đê, Gia Rai.
- Các xã: Ea Sol, Cư Mốt và Ea Nam duy trì tốt việc trả kết quả đúng hẹn.
### II. Hạn chế, khuyết điểm
#### 1. Về cải cách thủ tục hành chính, hiện đại hóa hành chính
1. ⟦Các xã: Ea Sol, Cư Mốt và Ea Wy chưa ban hành kế hoạch tự kiểm tra cải cách hành chính năm 2023.⟧
2. ⟦Hầu hết các xã, thị trấn chưa thực hiện việc rà soát, đề xuất đơn giản hóa thủ tục hành chính.⟧
3. ⟦05/07 đơn vị có tỷ lệ hồ sơ trực tuyến dưới 20%⟧ (TT. Ea Drăng, xã Ea H'leo, xã Dliê Yang, xã Ea Sol, xã Ea Nam).
4. ⟦Chưa bố trí bàn, ghế, máy tính để người dân tự tra cứu, nộp hồ sơ⟧ (tất cả các đơn vị trừ xã Ea Nam).
5. ⟦UBND xã Ea H'leo chưa bố trí công chức trực Bộ phận Một cửa vào buổi chiều thứ Sáu.⟧
#### 2. Về công tác tiếp công dân
⟦Sổ tiếp công dân ghi chép sơ sài⟧ (xã Dliê Yang, TT. Ea Drăng); ⟦hồ sơ tiếp công dân chưa được lưu theo vụ việc⟧ (các đơn vị còn lại).
#### 3. Về văn hóa công vụ
⟦Chưa niêm yết quy định về chuẩn mực đạo đức, văn hóa giao tiếp của công chức⟧ (một số đơn vị).
### III. Yêu cầu
1. Chủ tịch UBND các xã, thị trấn chỉ đạo khắc phục các hạn chế, khuyết điểm nêu trên.
2. Xã Ea H'leo, xã Ea Sol chưa có kế hoạch tự kiểm tra thì ban hành ngay.
3. Báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trong thời hạn 30 ngày kể từ ngày ký.
*Nơi nhận:*
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Y Ni Ksơr
""")

# ---------------------------------------------------------------- 31
D(name="31_thoi_han_huyen_kim_son_2024", fmt="txt", style="thoi-han",
  issuer="UBND huyện Kim Sơn", issued_on="2024-01-03", area=("Kim Sơn", "huyen"),
  units="xa:Kim Chính; xa:Kim Đông; thi_tran:Phát Diệm; thi_tran:Bình Minh; xa:Ân Hòa",
  report_deadline="2024-01-25",
  findings=[
      ("*", "2024-01-20"),
      ("xã Kim Đông; thị trấn Bình Minh", "2024-01-31"),
      ("*", "2024-03-31"),
      ("xã Ân Hòa", "2024-03-15"),
      ("*", "ongoing"),
      ("thị trấn Phát Diệm", None),
      ("xã Kim Chính", "2024-02-29"),
  ],
  src="""
@hdr UBND TỈNH NINH BÌNH | ỦY BAN NHÂN DÂN HUYỆN KIM SƠN | Số: 09/TB-UBND | Kim Sơn, ngày 03 tháng 01 năm 2024
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính quý IV năm 2023
Căn cứ Biên bản kiểm tra ngày 21/12/2023 và ngày 22/12/2023 của Tổ kiểm tra cải cách hành chính huyện tại UBND xã Kim Chính, xã Kim Đông, xã Ân Hòa, thị trấn Phát Diệm và thị trấn Bình Minh, Chủ tịch UBND huyện Kim Sơn thông báo kết luận như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
- Các đơn vị đã hoàn thành 100% nhiệm vụ trong Kế hoạch cải cách hành chính năm 2023, hoàn thành trước ngày 15/12/2023 việc tự đánh giá Chỉ số cải cách hành chính.
- Thị trấn Phát Diệm được UBND tỉnh tặng Bằng khen về thực hiện Đề án 06.
II. TỒN TẠI, HẠN CHẾ VÀ THỜI HẠN KHẮC PHỤC
1. ⟦Chưa ban hành Kế hoạch cải cách hành chính năm 2024⟧ - hoàn thành trước ngày 20-01-2024.
2. ⟦Chưa kiện toàn Tổ công nghệ số cộng đồng ở các thôn, tổ dân phố⟧ (xã Kim Đông, thị trấn Bình Minh) - thời hạn: hết ngày 31.01.2024.
3. ⟦Tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt 50% theo chỉ tiêu được giao⟧ - phấn đấu hoàn thành trong Quý I năm 2024.
4. ⟦UBND xã Ân Hòa chưa bố trí kinh phí sửa chữa Bộ phận Một cửa đã xuống cấp⟧ - hoàn thành trước ngày 15 tháng 3 năm 2024.
5. ⟦Việc cập nhật tin, bài về cải cách hành chính trên Trang thông tin điện tử chưa thường xuyên⟧ - thực hiện thường xuyên.
6. ⟦Thị trấn Phát Diệm còn 03 hồ sơ chứng thực chưa trả kết quả cho công dân.⟧
7. ⟦Hệ thống quản lý chất lượng ISO 9001:2015 chưa được công bố lại sau khi sửa đổi quy trình⟧ (xã Kim Chính) - hoàn thành trước 29/02/2024.
III. YÊU CẦU
Chủ tịch UBND các xã, thị trấn chỉ đạo khắc phục theo đúng thời hạn nêu trên; nội dung không ghi thời hạn thì khắc phục ngay. Gửi báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trước ngày 25/01 để tổng hợp, báo cáo Sở Nội vụ.
Nơi nhận:
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Trần Văn Hải
""")

# ---------------------------------------------------------------- 32
D(name="32_thoi_han_snv_tay_ninh_2025", fmt="pdf", style="thoi-han",
  issuer="Sở Nội vụ tỉnh Tây Ninh", issued_on="2025-12-22", area=("Tây Ninh", "tinh"),
  units="phuong:Kiến Tường; xa:Đức Hòa; xa:Cần Giuộc; xa:Tân Biên; phuong:Trảng Bàng",
  report_deadline="2026-01-15",
  findings=[
      ("*", "2025-12-31"),
      ("xã Đức Hòa; xã Cần Giuộc", "2026-01-10"),
      ("phường Kiến Tường", "2026-01-06"),
      ("*", "2026-03-31"),
      ("xã Tân Biên", "2026-01-05"),
      ("phường Trảng Bàng; xã Tân Biên", None),
      ("*", "ongoing"),
  ],
  src="""
@hdr UBND TỈNH TÂY NINH | SỞ NỘI VỤ | Số: 3356/SNV-CCHC // V/v khắc phục tồn tại, hạn chế qua kiểm tra CCHC | Tây Ninh, ngày 22 tháng 12 năm 2025
Kính gửi: Ủy ban nhân dân các phường Kiến Tường, Trảng Bàng và các xã Đức Hòa, Cần Giuộc, Tân Biên.
Căn cứ kết quả kiểm tra công tác cải cách hành chính năm 2025 của Đoàn kiểm tra tỉnh tại các đơn vị nêu trên (từ ngày 01/12/2025 đến ngày 12/12/2025), Sở Nội vụ ghi nhận các đơn vị đã nỗ lực vận hành Trung tâm Phục vụ hành chính công cấp xã, giải quyết hồ sơ cơ bản đúng hạn. Tuy vậy, vẫn còn những tồn tại, hạn chế cần khắc phục trong thời gian tới. Sở Nội vụ đề nghị UBND các phường, xã khắc phục các nội dung sau:
1. ⟦Chưa ban hành kế hoạch khắc phục tồn tại, hạn chế sau kiểm tra⟧; thời hạn: trước 17 giờ 00 ngày 31/12/2025.
2. ⟦Chưa hoàn thành việc chuyển đổi, cập nhật dữ liệu hộ tịch điện tử của các xã cũ trước sắp xếp⟧ (xã Đức Hòa, xã Cần Giuộc); thời hạn: hết ngày 10.01.2026.
3. ⟦Phường Kiến Tường chưa công khai quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai tại Trung tâm Phục vụ hành chính công⟧; thời hạn: trong thời hạn 15 ngày kể từ ngày ký văn bản này.
4. ⟦Tỷ lệ hồ sơ được số hóa và tái sử dụng dữ liệu đạt thấp⟧; thời hạn: Quý I năm 2026.
5. ⟦Xã Tân Biên chưa bố trí công chức trực hướng dẫn tại khu vực tự phục vụ⟧; thời hạn: ngày 05 tháng 01 năm 2026.
6. ⟦Chưa thực hiện việc lấy ý kiến người dân qua mã QR tại từng quầy tiếp nhận⟧ (phường Trảng Bàng, xã Tân Biên).
7. ⟦Việc tuyên truyền, hướng dẫn người dân sử dụng ứng dụng VNeID để thực hiện dịch vụ công còn hạn chế⟧; thời hạn: thường xuyên.
Đối với các nội dung không nêu thời hạn, UBND các phường, xã khắc phục và gửi báo cáo kết quả khắc phục (kèm tài liệu kiểm chứng) về Sở Nội vụ trước ngày 15/01 để tổng hợp, báo cáo UBND tỉnh./.
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc Sở;
- Lưu: VT, CCHC.
@sig KT. GIÁM ĐỐC
@sig PHÓ GIÁM ĐỐC
@sig Nguyễn Thị Thanh Thúy
""")
