"""Documents 01-08: district conclusions and official letters."""
from registry import D

# ---------------------------------------------------------------- 01
D(name="01_tb_kl_huyen_luc_nam_2024", fmt="docx", style="tb-ket-luan-huyen",
  issuer="UBND huyện Lục Nam", issued_on="2024-10-08", area=("Lục Nam", "huyen"),
  units="xa:Bảo Đài; xa:Cẩm Lý; xa:Đông Phú; thi_tran:Đồi Ngô; xa:Lục Sơn; xa:Bình Sơn",
  report_deadline="2024-10-30",
  findings=[
      "*",
      "xã Cẩm Lý; xã Lục Sơn",
      "*",
      "xã Bảo Đài; thị trấn Đồi Ngô",
      "*",
      "xã Đông Phú",
      "xã Bình Sơn; xã Lục Sơn; xã Cẩm Lý",
      "*",
      "thị trấn Đồi Ngô",
      "*",
  ],
  src="""
@hdr  | ỦY BAN NHÂN DÂN HUYỆN LỤC NAM | Số: 412/TB-UBND | Lục Nam, ngày 08 tháng 10 năm 2024
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính tại một số xã, thị trấn năm 2024
Thực hiện Kế hoạch số 28/KH-UBND ngày 20/01/2024 của UBND huyện về kiểm tra công tác cải cách hành chính năm 2024; Quyết định số 1107/QĐ-UBND ngày 02/4/2024 của Chủ tịch UBND huyện về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2024.
Từ ngày 10/9/2024 đến ngày 20/9/2024, Đoàn kiểm tra đã tiến hành kiểm tra tại 06 đơn vị gồm: xã Bảo Đài, xã Cẩm Lý, xã Đông Phú, thị trấn Đồi Ngô, xã Lục Sơn và xã Bình Sơn. Trên cơ sở báo cáo của Đoàn kiểm tra, Chủ tịch UBND huyện kết luận như sau:
@list roman
N0 **KẾT QUẢ ĐẠT ĐƯỢC**
N1 **Công tác chỉ đạo, điều hành**
LB UBND các xã, thị trấn đã ban hành Kế hoạch cải cách hành chính năm 2024, kế hoạch tuyên truyền, kế hoạch tự kiểm tra đúng thời gian quy định.
LB Một số xã không để phát sinh hồ sơ trễ hạn trong 9 tháng đầu năm, như: xã Bảo Đài, xã Đông Phú.
LB Việc kiện toàn Ban Chỉ đạo cải cách hành chính được thực hiện kịp thời khi có thay đổi nhân sự.
N1 **Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông**
LB Bộ phận Một cửa các xã, thị trấn được bố trí ở vị trí thuận tiện, có đủ trang thiết bị phục vụ người dân.
LB Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; không có phản ánh, kiến nghị của người dân về thái độ phục vụ của công chức.
N1 **Hiện đại hóa hành chính**
LB 100% cán bộ, công chức sử dụng hộp thư công vụ và chữ ký số cá nhân trong xử lý văn bản.
LB Thị trấn Đồi Ngô đã triển khai thanh toán không dùng tiền mặt đối với phí, lệ phí chứng thực.
N0 **HẠN CHẾ, KHUYẾT ĐIỂM**
N1 **Công tác chỉ đạo, điều hành**
LB ⟦Công tác tuyên truyền cải cách hành chính chưa được thực hiện thường xuyên, hình thức tuyên truyền chưa đa dạng.⟧
LB ⟦Chưa xây dựng kế hoạch khắc phục các tồn tại, hạn chế sau kiểm tra năm 2023⟧ (xã Cẩm Lý, xã Lục Sơn).
N1 **Cải cách thủ tục hành chính**
LB ⟦Việc cập nhật, niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa chưa kịp thời; một số thủ tục đã bị bãi bỏ nhưng vẫn còn niêm yết.⟧
LB ⟦Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ thấp⟧ (xã Bảo Đài, thị trấn Đồi Ngô).
LB ⟦Một số hồ sơ tiếp nhận trực tiếp nhưng không cập nhật lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.⟧
N1 **Tổ chức bộ máy và chế độ công vụ**
LB ⟦Việc bố trí công chức trực tại Bộ phận Một cửa chưa đúng lịch phân công⟧ (xã Đông Phú).
LB ⟦Chưa ban hành quy chế văn hóa công sở sửa đổi, bổ sung theo quy định mới, gồm các xã: Bình Sơn, Lục Sơn và Cẩm Lý.⟧
N1 **Hiện đại hóa hành chính**
LB ⟦Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp, chưa đạt chỉ tiêu huyện giao.⟧
LB ⟦Trang thông tin điện tử chưa cập nhật đầy đủ các chuyên mục theo Nghị định số 42/2022/NĐ-CP⟧ (thị trấn Đồi Ngô).
LB ⟦Việc lưu trữ hồ sơ công việc của cán bộ, công chức chưa khoa học, còn để lẫn hồ sơ các năm.⟧
N1 **Nguyên nhân của hạn chế**
LB Một số lãnh đạo UBND xã chưa thực sự quan tâm, chỉ đạo quyết liệt công tác cải cách hành chính.
LB Công chức phụ trách cải cách hành chính kiêm nhiệm nhiều việc, chưa được bồi dưỡng chuyên sâu.
LB Cơ sở vật chất, đường truyền tại một số xã còn hạn chế.
N0 **YÊU CẦU KHẮC PHỤC**
N1 Chủ tịch UBND các xã, thị trấn được kiểm tra tổ chức kiểm điểm, rút kinh nghiệm đối với tập thể, cá nhân có liên quan; chỉ đạo khắc phục ngay các hạn chế nêu tại Mục II Thông báo này.
N1 Không để xảy ra tình trạng hồ sơ trễ hạn mà chưa có văn bản xin lỗi; tiếp tục nâng cao tỷ lệ số hóa hồ sơ và tỷ lệ dịch vụ công trực tuyến toàn trình.
N1 Báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trước ngày 30/10/2024.
N1 Giao Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Thông báo này.
Trên đây là Thông báo kết luận kiểm tra công tác cải cách hành chính năm 2024 của Chủ tịch UBND huyện Lục Nam./.
*Nơi nhận:*
- Chủ tịch, các PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nguyễn Văn Hưng
""")

# ---------------------------------------------------------------- 02
D(name="02_tb_kl_huyen_thuan_chau_2021", fmt="txt", style="tb-ket-luan-huyen",
  issuer="UBND huyện Thuận Châu", issued_on="2021-11-12", area=("Thuận Châu", "huyen"),
  units="xa:Chiềng Pấc; xa:Phổng Lái; xa:Tông Lạnh; thi_tran:Thuận Châu; xa:Muổi Nọi",
  report_deadline="2021-12-12",
  findings=[
      "*",
      "xã Chiềng Pấc; xã Muổi Nọi",
      "*",
      "* - thị trấn Thuận Châu",
      "xã Phổng Lái",
      "*",
      "xã Tông Lạnh; xã Chiềng Pấc",
      "*",
  ],
  src="""
@hdr  | ỦY BAN NHÂN DÂN HUYỆN THUẬN CHÂU | Số: 1985/TB-UBND | Thuận Châu, ngày 12 tháng 11 năm 2021
@title THÔNG BÁO
@sub Kết luận của Chủ tịch UBND huyện về kết quả kiểm tra công tác cải cách hành chính năm 2021
Căn cứ Kế hoạch số 61/KH-UBND ngày 05/3/2021 của UBND huyện Thuận Châu về kiểm tra công tác cải cách hành chính năm 2021; căn cứ Báo cáo số 402/BC-ĐKT ngày 01/11/2021 của Đoàn kiểm tra, Chủ tịch UBND huyện thông báo kết luận kiểm tra tại UBND xã Chiềng Pấc, xã Phổng Lái, xã Tông Lạnh, xã Muổi Nọi và thị trấn Thuận Châu như sau:
I. NHỮNG MẶT ĐÃ LÀM ĐƯỢC
1. Các đơn vị đã quán triệt, triển khai các văn bản chỉ đạo của cấp trên về cải cách hành chính; ban hành kế hoạch cải cách hành chính năm 2021 cơ bản bám sát kế hoạch của huyện.
2. Bộ phận tiếp nhận và trả kết quả được kiện toàn; công chức làm việc tại Bộ phận một cửa có tinh thần trách nhiệm, thái độ niềm nở.
3. Việc ứng dụng phần mềm quản lý văn bản và điều hành được duy trì; văn bản đi, đến được xử lý trên môi trường mạng.
4. Trong điều kiện dịch bệnh Covid-19, các đơn vị vẫn duy trì tiếp nhận hồ sơ, không để ùn tắc hồ sơ.
II. NHỮNG TỒN TẠI, HẠN CHẾ
1. ⟦Kế hoạch cải cách hành chính của đơn vị chưa xác định cụ thể sản phẩm, thời gian hoàn thành và trách nhiệm của từng bộ phận.⟧
2. ⟦Chưa thực hiện chế độ báo cáo định kỳ quý về công tác cải cách hành chính đúng thời gian quy định⟧ (xã Chiềng Pấc, xã Muổi Nọi).
3. ⟦Sổ theo dõi hồ sơ tại Bộ phận một cửa ghi chép chưa đầy đủ các cột mục; phiếu hẹn trả kết quả chưa ghi rõ ngày trả.⟧
4. ⟦Bảng niêm yết thủ tục hành chính chưa được cập nhật theo Quyết định công bố mới của Chủ tịch UBND tỉnh⟧ (các xã, trừ thị trấn Thuận Châu).
5. ⟦Hồ sơ tiếp công dân và giải quyết đơn thư chưa được lưu trữ theo từng vụ việc⟧ (xã Phổng Lái).
6. ⟦Tỷ lệ văn bản được ký số và gửi nhận qua môi trường mạng chưa đạt 90%.⟧
7. ⟦Công chức Tư pháp - Hộ tịch chưa sử dụng thành thạo phần mềm đăng ký, quản lý hộ tịch điện tử⟧ (xã Tông Lạnh, xã Chiềng Pấc).
8. ⟦Việc lấy ý kiến đánh giá sự hài lòng của người dân chưa được thực hiện thường xuyên.⟧
III. NGUYÊN NHÂN
1. Nhận thức của một số cán bộ, công chức về cải cách hành chính chưa đầy đủ.
2. Trình độ tin học của một bộ phận công chức cấp xã còn hạn chế; trang thiết bị chưa đồng bộ.
3. Công tác kiểm tra, đôn đốc của lãnh đạo UBND xã chưa thường xuyên.
IV. YÊU CẦU
1. Chủ tịch UBND các xã, thị trấn chỉ đạo khắc phục ngay những tồn tại, hạn chế nêu trên.
2. Không để tồn đọng hồ sơ thủ tục hành chính quá hạn chưa giải quyết.
3. Báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trong thời hạn 30 ngày kể từ ngày ký Thông báo này.
Nơi nhận:
- TT Huyện ủy, TT HĐND huyện (b/c);
- Chủ tịch, các PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig CHỦ TỊCH
@sig Cầm Văn Chung
""")

# ---------------------------------------------------------------- 03
D(name="03_tb_kl_huyen_dak_mil_2023", fmt="pdf", style="tb-ket-luan-huyen",
  issuer="UBND huyện Đắk Mil", issued_on="2023-09-15", area=("Đắk Mil", "huyen"),
  units="xa:Đắk Lao; xa:Đắk Gằn; xa:Thuận An; thi_tran:Đắk Mil; xa:Đức Mạnh; xa:Long Sơn",
  report_deadline="2023-10-10",
  findings=[
      "xã Đắk Lao; xã Đắk Gằn; xã Long Sơn",
      "*",
      "*",
      "xã Thuận An",
      "* - thị trấn Đắk Mil; xã Đức Mạnh",
      "*",
      "xã Đắk Gằn",
      "*",
      "*",
  ],
  src="""
@hdr UBND TỈNH ĐẮK NÔNG | ỦY BAN NHÂN DÂN HUYỆN ĐẮK MIL | Số: 305/TB-UBND | Đắk Mil, ngày 15 tháng 9 năm 2023
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính năm 2023 đối với UBND các xã, thị trấn
Thực hiện Kế hoạch số 19/KH-UBND ngày 08/02/2023 của UBND huyện về kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2023, trong tháng 8/2023, Đoàn kiểm tra của huyện đã kiểm tra tại 06/10 xã, thị trấn gồm: Đắk Lao, Đắk Gằn, Thuận An, Đức Mạnh, Long Sơn và thị trấn Đắk Mil. Chủ tịch UBND huyện kết luận như sau:
I. ƯU ĐIỂM
Nhìn chung, UBND các xã, thị trấn đã quan tâm chỉ đạo triển khai nhiệm vụ cải cách hành chính; ban hành đầy đủ các kế hoạch theo hướng dẫn của huyện. Bộ phận Một cửa được bố trí khang trang, có máy lấy số thứ tự, máy tra cứu. Việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính cơ bản đúng quy trình, tỷ lệ hồ sơ đúng hạn đạt trên 98%. Công tác chuyển đổi số được quan tâm, 100% công chức được cấp chữ ký số. Thị trấn Đắk Mil và xã Đức Mạnh đã triển khai mô hình "Bình dân học vụ số" hướng dẫn người dân nộp hồ sơ trực tuyến.
II. TỒN TẠI, HẠN CHẾ
1. Về chỉ đạo, điều hành: ⟦Các xã Đắk Lao, Đắk Gằn, Long Sơn chưa ban hành kế hoạch tự kiểm tra công tác cải cách hành chính năm 2023.⟧ ⟦Việc đánh giá, chấm điểm Chỉ số cải cách hành chính cấp xã còn mang tính hình thức, tài liệu kiểm chứng chưa đầy đủ.⟧
2. Về cải cách thủ tục hành chính: ⟦Nhiều hồ sơ giải quyết quá hạn nhưng chưa có văn bản xin lỗi tổ chức, cá nhân theo quy định.⟧ ⟦Xã Thuận An còn tiếp nhận hồ sơ yêu cầu thêm thành phần giấy tờ ngoài quy định.⟧ ⟦Tỷ lệ thanh toán trực tuyến phí, lệ phí còn thấp ở các xã, trừ thị trấn Đắk Mil và xã Đức Mạnh.⟧
3. Về chế độ công vụ: ⟦Một số công chức chưa đeo thẻ công chức trong giờ làm việc.⟧ ⟦Xã Đắk Gằn chưa xây dựng bản mô tả công việc của từng vị trí việc làm.⟧
4. Về hiện đại hóa hành chính: ⟦Việc số hóa kết quả giải quyết thủ tục hành chính còn chậm, chưa đạt 100% theo chỉ tiêu.⟧ ⟦Chưa sử dụng hiệu quả Hệ thống quản lý văn bản và điều hành; còn văn bản đến chưa xử lý, tồn đọng trên hệ thống.⟧
III. NGUYÊN NHÂN
Nguyên nhân chủ yếu là do người đứng đầu một số đơn vị chưa thật sự quan tâm; công chức kiêm nhiệm nhiều việc; hạ tầng công nghệ thông tin chưa đáp ứng yêu cầu; một bộ phận người dân chưa quen với dịch vụ công trực tuyến.
IV. YÊU CẦU
1. UBND các xã, thị trấn tổ chức rút kinh nghiệm, xây dựng kế hoạch khắc phục các tồn tại, hạn chế nêu tại Mục II; gửi báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trước ngày 10/10/2023 để tổng hợp.
2. Phòng Nội vụ theo dõi, tổng hợp, báo cáo Chủ tịch UBND huyện kết quả thực hiện.
Nơi nhận:
- Sở Nội vụ (b/c);
- CT, các PCT UBND huyện;
- UBND các xã, thị trấn;
- Lưu: VT, NV.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Lê Văn Thành
""")

# ---------------------------------------------------------------- 04
D(name="04_cv_kinh_gui_huyen_phu_tan_2022", fmt="docx", style="cong-van-kinh-gui",
  issuer="UBND huyện Phú Tân", issued_on="2022-08-22", area=("Phú Tân", "huyen"),
  units="xa:Phú Thọ; xa:Tân Hòa; xa:Phú Xuân; thi_tran:Chợ Vàm",
  report_deadline="2022-09-15",
  findings=[
      "*",
      "xã Phú Thọ; xã Tân Hòa",
      "*",
      "thị trấn Chợ Vàm",
      "*",
      "* - thị trấn Chợ Vàm",
  ],
  src="""
@hdr UBND TỈNH AN GIANG | ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN | Số: 1320/UBND-NV // V/v khắc phục tồn tại, hạn chế sau kiểm tra CCHC năm 2022 | Phú Tân, ngày 22 tháng 8 năm 2022
Kính gửi:
- UBND xã Phú Thọ;
- UBND xã Tân Hòa;
- UBND xã Phú Xuân;
- UBND thị trấn Chợ Vàm.
Thực hiện Kế hoạch kiểm tra công tác cải cách hành chính năm 2022, từ ngày 01/8/2022 đến ngày 12/8/2022, Tổ kiểm tra của UBND huyện đã tiến hành kiểm tra tại các đơn vị nêu trên. Qua kiểm tra cho thấy, các đơn vị đã có nhiều cố gắng trong triển khai nhiệm vụ; tuy nhiên, qua kiểm tra cho thấy còn một số tồn tại, hạn chế sau:
LB ⟦Việc ban hành văn bản triển khai kế hoạch cải cách hành chính của huyện còn chậm so với thời gian quy định.⟧
LB ⟦Hồ sơ lưu trữ công tác cải cách hành chính chưa được sắp xếp theo từng lĩnh vực⟧ (xã Phú Thọ, xã Tân Hòa).
LB ⟦Phiếu kiểm soát quá trình giải quyết hồ sơ chưa được ghi đầy đủ thông tin.⟧
LB ⟦Chưa bố trí khu vực dành cho người dân tự nộp hồ sơ trực tuyến tại Bộ phận Một cửa⟧ (thị trấn Chợ Vàm).
LB ⟦Việc cập nhật tiến độ giải quyết hồ sơ trên Cổng dịch vụ công của tỉnh còn chậm.⟧
LB ⟦Chưa niêm yết số điện thoại đường dây nóng tiếp nhận phản ánh, kiến nghị⟧ (các xã, trừ thị trấn Chợ Vàm).
Để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch UBND huyện có ý kiến như sau:
LB Chủ tịch UBND các xã, thị trấn chỉ đạo công chức chuyên môn khắc phục ngay các tồn tại, hạn chế đã nêu; chưa khắc phục xong không được báo cáo hoàn thành.
LB Tiếp tục duy trì và nâng cao chất lượng hoạt động của Bộ phận Một cửa; tăng cường tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.
LB Báo cáo kết quả khắc phục về UBND huyện (qua Phòng Nội vụ) trước ngày 15/9/2022.
Nhận được Công văn này, đề nghị Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực hiện./.
*Nơi nhận:*
- Như trên;
- CT, PCT UBND huyện;
- Phòng Nội vụ;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Trần Thị Kim Loan
""")

# ---------------------------------------------------------------- 05
D(name="05_cv_kinh_gui_snv_dak_lak_2025", fmt="txt", style="cong-van-kinh-gui",
  issuer="Sở Nội vụ tỉnh Đắk Lắk", issued_on="2025-10-20", area=("Đắk Lắk", "tinh"),
  units="xa:Ea H'Leo; xa:Cư M'gar; phuong:Tân Lập; xa:Ea Kar; phuong:Tuy Hòa; xa:Krông Búk",
  report_deadline="2025-11-20",
  findings=[
      "*",
      "xã Ea H'Leo; xã Cư M'gar; xã Krông Búk",
      "*",
      "phường Tân Lập; phường Tuy Hòa",
      "*",
      "xã Ea Kar",
      "*",
  ],
  src="""
@hdr UBND TỈNH ĐẮK LẮK | SỞ NỘI VỤ | Số: 2154/SNV-CCHC // V/v khắc phục tồn tại, hạn chế sau kiểm tra CCHC năm 2025 | Đắk Lắk, ngày 20 tháng 10 năm 2025
Kính gửi:
- UBND xã Ea H'Leo;
- UBND xã Cư M'gar;
- UBND phường Tân Lập;
- UBND xã Ea Kar;
- UBND phường Tuy Hòa;
- UBND xã Krông Búk.
Thực hiện Kế hoạch số 98/KH-UBND ngày 25/7/2025 của UBND tỉnh về kiểm tra công tác cải cách hành chính tại UBND cấp xã sau khi sắp xếp, tổ chức chính quyền địa phương hai cấp; từ ngày 22/9/2025 đến ngày 10/10/2025, Đoàn kiểm tra của tỉnh do Sở Nội vụ chủ trì đã làm việc tại các xã, phường nêu trên.
Nhìn chung, sau hơn ba tháng vận hành mô hình chính quyền địa phương hai cấp, UBND các xã, phường đã kịp thời kiện toàn tổ chức bộ máy, bố trí công chức vào các phòng chuyên môn và Trung tâm Phục vụ hành chính công cấp xã; việc tiếp nhận, giải quyết thủ tục hành chính cơ bản thông suốt, không để gián đoạn. Tuy nhiên, qua kiểm tra cho thấy còn một số tồn tại, hạn chế sau:
a) ⟦Chưa ban hành hoặc ban hành chậm Kế hoạch cải cách hành chính năm 2025 điều chỉnh theo mô hình tổ chức mới.⟧
b) ⟦Quy chế làm việc của UBND xã chưa được sửa đổi, bổ sung sau khi sắp xếp⟧ (xã Ea H'Leo, xã Cư M'gar, xã Krông Búk).
c) ⟦Việc cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã trên Cổng dịch vụ công chưa đầy đủ; còn niêm yết thủ tục của cấp huyện trước đây.⟧
d) ⟦Trung tâm Phục vụ hành chính công phường chưa bố trí đủ công chức tiếp nhận theo lĩnh vực, người dân còn phải chờ lâu vào giờ cao điểm⟧ (phường Tân Lập, phường Tuy Hòa).
đ) ⟦Tỷ lệ hồ sơ được số hóa khi tiếp nhận chưa đạt yêu cầu; chưa thực hiện tái sử dụng dữ liệu đã số hóa.⟧
e) ⟦Xã Ea Kar còn để 17 hồ sơ đất đai quá hạn giải quyết nhưng chưa có văn bản xin lỗi.⟧
g) ⟦Chưa triển khai hoặc triển khai chưa hiệu quả việc thu phí, lệ phí không dùng tiền mặt⟧ (các xã, phường).
Để khắc phục các tồn tại, hạn chế trên, Sở Nội vụ đề nghị Chủ tịch UBND các xã, phường:
1. Chỉ đạo các phòng chuyên môn, Trung tâm Phục vụ hành chính công khẩn trương khắc phục các tồn tại, hạn chế nêu trên; chưa đạt yêu cầu thì tiếp tục chỉ đạo, không để kéo dài.
2. Rà soát, kiện toàn đội ngũ công chức phụ trách cải cách hành chính; cử công chức tham gia các lớp bồi dưỡng do tỉnh tổ chức.
3. Gửi báo cáo kết quả khắc phục (kèm tài liệu kiểm chứng) về Sở Nội vụ trước 17 giờ 00 ngày 20/11/2025 để tổng hợp, báo cáo UBND tỉnh.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị liên hệ Phòng Cải cách hành chính, Sở Nội vụ (số điện thoại: 0262.3852.146) để được hướng dẫn./.
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, CCHC.
@sig KT. GIÁM ĐỐC
@sig PHÓ GIÁM ĐỐC
@sig Y Nhuận Byă
""")

# ---------------------------------------------------------------- 06
D(name="06_cv_kinh_gui_tp_tuy_hoa_2020", fmt="md", style="cong-van-kinh-gui",
  issuer="UBND thành phố Tuy Hòa", issued_on="2020-12-18", area=("Tuy Hòa", "huyen"),
  units="phuong:1; phuong:2; phuong:7; phuong:Phú Lâm; xa:Bình Kiến",
  report_deadline="2021-01-15",
  findings=[
      "*",
      "phường 2; phường 7",
      "*",
      "xã Bình Kiến",
      "* - phường 2; phường 7; xã Bình Kiến",
  ],
  src="""
@hdr UBND TỈNH PHÚ YÊN | ỦY BAN NHÂN DÂN THÀNH PHỐ TUY HÒA | Số: 2871/UBND-NV // V/v khắc phục tồn tại, hạn chế qua kiểm tra công tác CCHC năm 2020 | Tuy Hòa, ngày 18 tháng 12 năm 2020
**Kính gửi:**
- UBND Phường 1;
- UBND Phường 2;
- UBND Phường 7;
- UBND phường Phú Lâm;
- UBND xã Bình Kiến.
Căn cứ kết quả kiểm tra công tác cải cách hành chính năm 2020 tại UBND các phường, xã nêu trên (từ ngày 23/11/2020 đến ngày 04/12/2020), UBND thành phố nhận thấy các đơn vị đã cơ bản thực hiện tốt các nhiệm vụ cải cách hành chính theo kế hoạch; bộ phận tiếp nhận và trả kết quả hoạt động nền nếp. Bên cạnh đó, qua kiểm tra cho thấy còn một số tồn tại, hạn chế sau:
- ⟦Kế hoạch tuyên truyền cải cách hành chính chưa cụ thể hóa nội dung, hình thức và thời gian thực hiện.⟧
- ⟦Hồ sơ giải quyết thủ tục hành chính lưu trữ chưa đầy đủ thành phần; một số hồ sơ thiếu phiếu kiểm soát quá trình giải quyết⟧ (Phường 2, Phường 7).
- ⟦Việc thực hiện chế độ báo cáo cải cách hành chính định kỳ chưa đảm bảo thời gian.⟧
- ⟦Chưa có hộp thư góp ý đặt tại Bộ phận tiếp nhận và trả kết quả⟧ (xã Bình Kiến).
- ⟦Kết quả khảo sát sự hài lòng của người dân chưa được tổng hợp, báo cáo⟧ (các đơn vị còn lại).
Yêu cầu Chủ tịch UBND các phường, xã:
- Tổ chức quán triệt, rút kinh nghiệm trong cán bộ, công chức; phân công cụ thể người thực hiện khắc phục từng nội dung.
- Tiếp tục thực hiện tốt việc niêm yết công khai thủ tục hành chính; chưa có kết quả khảo sát thì tổ chức khảo sát ngay trong tháng 12/2020.
- Báo cáo kết quả khắc phục về UBND thành phố (qua Phòng Nội vụ) hết ngày 15/01 để tổng hợp, báo cáo UBND tỉnh.
Đề nghị các đơn vị nghiêm túc thực hiện./.
*Nơi nhận:*
- Như trên;
- CT, PCT UBND thành phố;
- Phòng Nội vụ;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nguyễn Hữu Phước
""")

# ---------------------------------------------------------------- 07
D(name="07_so_cong_thuong_binh_dinh_2023", fmt="docx", style="so-tu-kiem-tra",
  issuer="Sở Công Thương tỉnh Bình Định", issued_on="2023-07-14", area=("Sở Công Thương tỉnh Bình Định", "so"),
  units=("phong:Văn phòng Sở; phong:Thanh tra Sở; phong:Phòng Kế hoạch - Tài chính; "
         "phong:Phòng Quản lý thương mại; trung_tam:Trung tâm Khuyến công và Xúc tiến thương mại"),
  report_deadline="2023-08-15",
  findings=[
      "Văn phòng Sở",
      "Văn phòng Sở",
      "Thanh tra Sở",
      "Phòng Kế hoạch - Tài chính",
      "Phòng Kế hoạch - Tài chính; Phòng Quản lý thương mại",
      "Trung tâm Khuyến công và Xúc tiến thương mại",
      "Trung tâm Khuyến công và Xúc tiến thương mại",
      "*",
  ],
  src="""
@hdr UBND TỈNH BÌNH ĐỊNH | SỞ CÔNG THƯƠNG | Số: 1388/TB-SCT | Bình Định, ngày 14 tháng 7 năm 2023
@title THÔNG BÁO
@sub Kết quả tự kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2023 tại các phòng, đơn vị thuộc Sở
Thực hiện Kế hoạch số 12/KH-SCT ngày 17/01/2023 của Sở Công Thương về cải cách hành chính năm 2023, Tổ tự kiểm tra của Sở đã kiểm tra tại Văn phòng Sở, Thanh tra Sở, Phòng Kế hoạch - Tài chính, Phòng Quản lý thương mại và Trung tâm Khuyến công và Xúc tiến thương mại (sau đây gọi tắt là VP Sở, TTr Sở, Phòng KH-TC, Phòng QLTM và TTKC&XTTM). Giám đốc Sở thông báo kết quả như sau:
H1 I. Kết quả đạt được
Các phòng, đơn vị đã bám sát kế hoạch cải cách hành chính của Sở; thực hiện nghiêm quy chế làm việc, nội quy cơ quan. Văn bản đi, đến được xử lý trên hệ thống quản lý văn bản và điều hành; tỷ lệ văn bản ký số đạt 98,6%.
LB VP Sở đã tham mưu kịp thời việc công bố danh mục thủ tục hành chính mới, sửa đổi thuộc lĩnh vực công thương.
LB TTr Sở đã hoàn thành 04/05 cuộc thanh tra theo kế hoạch, kết luận được ban hành đúng thời hạn.
LB TTKC&XTTM đã tổ chức thành công Hội chợ Công thương khu vực Nam Trung Bộ.
H1 II. Tồn tại, hạn chế
H2 1. Văn phòng Sở
@list decimal
N0 ⟦Việc cập nhật, công khai thủ tục hành chính trên Trang thông tin điện tử của Sở còn chậm so với Quyết định công bố.⟧
N0 ⟦Danh mục hồ sơ cơ quan năm 2023 chưa được ban hành.⟧
H2 2. Thanh tra Sở
@list decimal
N0 ⟦Hồ sơ một số cuộc thanh tra chưa được lập, nộp lưu đúng thời hạn quy định.⟧
H2 3. Phòng Kế hoạch - Tài chính
@list decimal
N0 ⟦Chưa rà soát, sửa đổi Quy chế chi tiêu nội bộ theo các quy định mới về chế độ công tác phí, chi hội nghị.⟧
N0 ⟦Chưa cập nhật đầy đủ hồ sơ công việc lên hệ thống quản lý văn bản⟧ (cùng với Phòng QLTM).
H2 4. Trung tâm Khuyến công và Xúc tiến thương mại
@list decimal
N0 ⟦Chưa xây dựng phương án tự chủ tài chính giai đoạn 2023-2025.⟧
N0 ⟦Việc đánh giá, xếp loại viên chức hằng tháng chưa thực hiện trên phần mềm.⟧
H2 5. Chung cho các phòng, đơn vị
⟦Việc ứng dụng chữ ký số trên thiết bị di động chưa được triển khai đồng bộ.⟧
H1 III. Nguyên nhân
LB Khối lượng công việc lớn, nhân sự một số phòng chưa được bổ sung kịp thời.
LB Một số công chức, viên chức chưa chủ động nghiên cứu văn bản mới.
H1 IV. Yêu cầu
LB Trưởng các phòng, Giám đốc Trung tâm chỉ đạo khắc phục các tồn tại, hạn chế nêu trên; chưa bố trí đủ nhân sự thì báo cáo Giám đốc Sở để điều chỉnh.
LB Báo cáo kết quả khắc phục về Sở (qua VP Sở) trước ngày 15/8/2023.
*Nơi nhận:*
- Giám đốc, các PGĐ Sở;
- Các phòng, đơn vị thuộc Sở;
- Lưu: VT, VP.
@sig GIÁM ĐỐC
@sig Đặng Ngọc Hiền
""")

# ---------------------------------------------------------------- 08
D(name="08_so_y_te_lam_dong_2025", fmt="pdf", style="so-tu-kiem-tra",
  issuer="Sở Y tế tỉnh Lâm Đồng", issued_on="2025-11-03", area=("Sở Y tế tỉnh Lâm Đồng", "so"),
  units=("phong:Văn phòng Sở; phong:Thanh tra Sở; phong:Phòng Tổ chức - Hành chính; "
         "phong:Phòng Kế hoạch - Tài chính; khac:Chi cục Dân số; khac:Chi cục An toàn vệ sinh thực phẩm"),
  report_deadline="2025-11-23",
  findings=[
      "*",
      "Phòng Tổ chức - Hành chính",
      "Văn phòng Sở; Thanh tra Sở",
      "Phòng Kế hoạch - Tài chính",
      "Chi cục Dân số; Chi cục An toàn vệ sinh thực phẩm",
      "Chi cục An toàn vệ sinh thực phẩm",
      "*",
  ],
  src="""
@hdr UBND TỈNH LÂM ĐỒNG | SỞ Y TẾ | Số: 3120/TB-SYT | Lâm Đồng, ngày 03 tháng 11 năm 2025
@title THÔNG BÁO
@sub Kết luận tự kiểm tra công tác cải cách hành chính năm 2025 tại các phòng chức năng và chi cục thuộc Sở
Thực hiện Kế hoạch số 45/KH-SYT ngày 18/8/2025 của Sở Y tế về tự kiểm tra công tác cải cách hành chính năm 2025 sau khi hợp nhất Sở Y tế các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận; từ ngày 06/10/2025 đến ngày 17/10/2025, Tổ tự kiểm tra đã kiểm tra tại Văn phòng Sở, Thanh tra Sở, Phòng Tổ chức - Hành chính (Phòng TC-HC), Phòng Kế hoạch - Tài chính (Phòng KH-TC), Chi cục Dân số và Chi cục An toàn vệ sinh thực phẩm (Chi cục ATVSTP).
1. Ưu điểm
- Các phòng, chi cục đã nhanh chóng ổn định tổ chức sau hợp nhất, duy trì hoạt động thông suốt, không để gián đoạn việc giải quyết thủ tục hành chính.
- Phòng TC-HC đã tham mưu kịp thời việc bố trí, sắp xếp công chức, viên chức theo vị trí việc làm.
- 100% hồ sơ thủ tục hành chính lĩnh vực y tế được tiếp nhận qua Trung tâm Phục vụ hành chính công tỉnh.
2. Tồn tại, hạn chế
- ⟦Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 chưa được cập nhật theo cơ cấu tổ chức mới.⟧
- ⟦Phòng TC-HC chưa hoàn thành việc rà soát, phê duyệt bản mô tả công việc và khung năng lực của từng vị trí việc làm.⟧
- ⟦Văn phòng Sở và Thanh tra Sở còn lưu trữ hồ sơ giấy của ba Sở cũ chưa được chỉnh lý, lập danh mục.⟧
- ⟦Phòng KH-TC chưa thống nhất quy chế chi tiêu nội bộ áp dụng cho toàn Sở sau hợp nhất.⟧
- ⟦Trang thông tin điện tử của các chi cục chưa được tích hợp vào Cổng thông tin điện tử của Sở⟧ (Chi cục Dân số, Chi cục ATVSTP).
- ⟦Chi cục ATVSTP còn 09 hồ sơ cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm giải quyết quá hạn.⟧
- ⟦Việc tuyên truyền cải cách hành chính trên các nền tảng mạng xã hội của Sở chưa được quan tâm.⟧
3. Nguyên nhân
- Khối lượng công việc sau hợp nhất lớn, địa bàn rộng, một số công chức chưa quen với quy trình mới.
- Hạ tầng công nghệ thông tin của ba Sở cũ chưa đồng bộ.
4. Yêu cầu
- Thủ trưởng các phòng, chi cục tổ chức khắc phục các tồn tại, hạn chế nêu trên; báo cáo kết quả về Sở Y tế (qua Văn phòng Sở) trong thời hạn 20 ngày kể từ ngày ban hành Thông báo này.
- Văn phòng Sở theo dõi, đôn đốc, tổng hợp báo cáo Giám đốc Sở.
Nơi nhận:
- Giám đốc, các PGĐ Sở;
- Các phòng, chi cục thuộc Sở;
- Lưu: VT, VP.
@sig GIÁM ĐỐC
@sig Nguyễn Văn Tuấn
""")
