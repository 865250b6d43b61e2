"""Documents 09-16: office self-inspection, province to communes after
1 July 2025, ward/commune self-checks, appendix tables."""
from registry import D

# ---------------------------------------------------------------- 09
D(name="09_vp_ubnd_tinh_quang_tri_2024", fmt="md", style="so-tu-kiem-tra",
  issuer="Văn phòng UBND tỉnh Quảng Trị", issued_on="2024-11-18", area=("Văn phòng UBND tỉnh Quảng Trị", "so"),
  units=("phong:Phòng Hành chính - Tổ chức; phong:Phòng Quản trị - Tài vụ; "
         "trung_tam:Trung tâm Phục vụ hành chính công; khac:Ban Tiếp công dân tỉnh; khac:Cổng Thông tin điện tử tỉnh"),
  report_deadline="2024-12-05",
  findings=[
      ("Trung tâm Phục vụ hành chính công", "2024-11-30"),
      "Trung tâm Phục vụ hành chính công",
      "Phòng Hành chính - Tổ chức",
      ("Phòng Hành chính - Tổ chức; Phòng Quản trị - Tài vụ", "2024-12-31"),
      "Ban Tiếp công dân tỉnh",
      "Cổng Thông tin điện tử tỉnh",
      ("*", "ongoing"),
  ],
  src="""
@hdr UBND TỈNH QUẢNG TRỊ | VĂN PHÒNG | Số: 512/TB-VP | Quảng Trị, ngày 18 tháng 11 năm 2024
@title THÔNG BÁO
@sub Kết quả kiểm tra công tác cải cách hành chính, văn hóa công vụ năm 2024 tại các phòng, đơn vị thuộc Văn phòng UBND tỉnh
Thực hiện Kế hoạch số 08/KH-VP ngày 22/01/2024 của Văn phòng UBND tỉnh về cải cách hành chính năm 2024, Tổ kiểm tra đã kiểm tra tại Phòng Hành chính - Tổ chức (Phòng HC-TC), Phòng Quản trị - Tài vụ (Phòng QT-TV), Trung tâm Phục vụ hành chính công tỉnh (TTPVHCC), Ban Tiếp công dân tỉnh và Cổng Thông tin điện tử tỉnh. Chánh Văn phòng thông báo kết quả như sau:
## I. Ưu điểm
- Các phòng, đơn vị chấp hành tốt nội quy, quy chế làm việc; thời gian làm việc được đảm bảo.
- TTPVHCC tiếp nhận trên 41.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,5%; không có phản ánh tiêu cực.
- Phòng QT-TV thực hiện công khai dự toán, quyết toán ngân sách đúng quy định.
## II. Hạn chế, thiếu sót
**1. Trung tâm Phục vụ hành chính công tỉnh:**
- ⟦Khu vực chờ chưa bố trí đủ ghế ngồi vào thời điểm đông người; máy lấy số thứ tự thường xuyên bị lỗi⟧ (hoàn thành trước ngày 30/11/2024).
- ⟦Việc đánh giá mức độ hài lòng qua thiết bị điện tử tại quầy chưa được khai thác, tổng hợp hằng tháng.⟧
**2. Phòng HC-TC:**
- ⟦Chưa trình ban hành Quy chế văn hóa công vụ của cơ quan theo Quyết định số 1847/QĐ-TTg.⟧
- ⟦Hồ sơ công việc năm 2023 chưa được giao nộp vào lưu trữ cơ quan đúng thời hạn⟧ (cùng Phòng QT-TV; hoàn thành trong Quý IV năm 2024).
**3. Ban Tiếp công dân tỉnh:** ⟦Sổ tiếp công dân chưa ghi đầy đủ kết quả xử lý từng vụ việc.⟧
**4. Cổng Thông tin điện tử tỉnh:** ⟦Chuyên mục "Hỏi - đáp" còn nhiều câu hỏi của người dân chưa được trả lời.⟧
**5. Chung:** ⟦Việc tự học, cập nhật kiến thức về chuyển đổi số của công chức, viên chức chưa được quan tâm đúng mức⟧ (thực hiện thường xuyên).
## III. Nguyên nhân
- Một số công chức chưa nắm vững quy trình nghiệp vụ mới.
- Kinh phí mua sắm, sửa chữa trang thiết bị chưa được bố trí kịp thời.
## IV. Yêu cầu
- Trưởng các phòng, Thủ trưởng các đơn vị khắc phục các hạn chế nêu trên theo thời hạn đã ghi tại từng nội dung; các nội dung không ghi thời hạn hoàn thành trước ngày 05 tháng 12 năm 2024.
- Phòng HC-TC tổng hợp kết quả, báo cáo Chánh Văn phòng.
*Nơi nhận:*
- Chánh VP, các PCVP;
- Các phòng, đơn vị thuộc VP;
- Lưu: VT, HCTC.
@sig CHÁNH VĂN PHÒNG
@sig Lê Quang Chiến
""")

# ---------------------------------------------------------------- 10
D(name="10_tinh_quang_ninh_xa_phuong_2025", fmt="docx", style="tinh-xa-phuong-2025",
  issuer="UBND tỉnh Quảng Ninh", issued_on="2025-12-05", area=("Quảng Ninh", "tinh"),
  units="phuong:Hạ Long; phuong:Bãi Cháy; xa:Tiên Yên; dac_khu:Vân Đồn; dac_khu:Cô Tô; xa:Đầm Hà",
  report_deadline="2026-01-04",
  findings=[
      "*",
      "đặc khu Cô Tô; xã Đầm Hà",
      "phường Hạ Long; phường Bãi Cháy",
      "*",
      "xã Tiên Yên",
      "đặc khu Vân Đồn; đặc khu Cô Tô",
      "*",
      "* - phường Hạ Long; phường Bãi Cháy",
      "xã Đầm Hà",
  ],
  src="""
@hdr  | ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH | Số: 1642/TB-UBND | Quảng Ninh, ngày 05 tháng 12 năm 2025
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính tại UBND các xã, phường, đặc khu năm 2025
Thực hiện Kế hoạch số 211/KH-UBND ngày 14/8/2025 của UBND tỉnh về kiểm tra công tác cải cách hành chính, chuyển đổi số tại chính quyền địa phương cấp xã sau sắp xếp, từ ngày 03/11/2025 đến ngày 21/11/2025, Đoàn kiểm tra của tỉnh (do Sở Nội vụ làm Trưởng đoàn) đã kiểm tra tại 06 đơn vị: phường Hạ Long, phường Bãi Cháy, xã Tiên Yên, xã Đầm Hà, đặc khu Vân Đồn và đặc khu Cô Tô. Trên cơ sở báo cáo kết quả kiểm tra của Sở Nội vụ, Chủ tịch UBND tỉnh kết luận như sau:
@list outline
H1 I. Kết quả đạt được
N0 Công tác chỉ đạo, điều hành
N1 UBND các xã, phường, đặc khu đã ban hành kế hoạch cải cách hành chính, kế hoạch chuyển đổi số năm 2025 điều chỉnh phù hợp mô hình chính quyền hai cấp.
N1 Người đứng đầu các đơn vị trực tiếp chỉ đạo, đối thoại với người dân về thủ tục hành chính.
N0 Cải cách thủ tục hành chính
N1 Trung tâm Phục vụ hành chính công cấp xã đi vào hoạt động ổn định; 100% thủ tục hành chính được tiếp nhận không phụ thuộc địa giới hành chính trong phạm vi tỉnh.
N2 Phường Bãi Cháy đạt tỷ lệ hồ sơ trực tuyến toàn trình 82%.
N2 Đặc khu Vân Đồn triển khai trợ lý ảo hỗ trợ tra cứu thủ tục.
H1 II. Tồn tại, hạn chế
@list outline
N0 Công tác chỉ đạo, điều hành
N1 ⟦Kế hoạch kiểm tra cải cách hành chính nội bộ chưa được ban hành hoặc ban hành nhưng chưa tổ chức thực hiện.⟧
N1 ⟦Chế độ báo cáo định kỳ về cải cách hành chính gửi Sở Nội vụ chưa đúng thời hạn⟧ (đặc khu Cô Tô, xã Đầm Hà).
N0 Cải cách thủ tục hành chính
N1 ⟦Trung tâm Phục vụ hành chính công còn tiếp nhận hồ sơ giấy nhưng không số hóa, không cập nhật lên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh⟧ (phường Hạ Long, phường Bãi Cháy).
N1 ⟦Việc công khai kết quả giải quyết hồ sơ và đánh giá mức độ hài lòng chưa đầy đủ.⟧
N1 ⟦Xã Tiên Yên còn 32 hồ sơ chứng thực, hộ tịch trả kết quả trễ hạn.⟧
N0 Tổ chức bộ máy, chế độ công vụ
N1 ⟦Chưa bố trí đủ công chức chuyên môn lĩnh vực đất đai, xây dựng; còn tình trạng công chức làm việc tại Trung tâm kiêm nhiệm nhiều lĩnh vực⟧ (đặc khu Vân Đồn, đặc khu Cô Tô).
N1 ⟦Việc đánh giá, xếp loại công chức hằng tháng còn hình thức.⟧
N0 Chuyển đổi số
N1 ⟦Hạ tầng mạng, thiết bị tại Trung tâm Phục vụ hành chính công chưa đáp ứng yêu cầu, thường xuyên bị gián đoạn⟧ (các đơn vị, trừ phường Hạ Long và phường Bãi Cháy).
N1 ⟦Xã Đầm Hà chưa triển khai hệ thống camera giám sát tại Trung tâm Phục vụ hành chính công.⟧
H1 III. Nguyên nhân
LB Khối lượng công việc sau sắp xếp lớn, nhiều nhiệm vụ mới được phân cấp từ cấp huyện trước đây.
LB Một số đơn vị chưa được bố trí kinh phí mua sắm trang thiết bị.
H1 IV. Nhiệm vụ, giải pháp
@list decimal
N0 Chủ tịch UBND các xã, phường, đặc khu:
N1 Tổ chức kiểm điểm, rút kinh nghiệm; xây dựng kế hoạch khắc phục các tồn tại, hạn chế nêu tại Mục II.
N1 Chưa đạt tỷ lệ số hóa theo yêu cầu thì phải có giải pháp cụ thể, hoàn thành trong tháng 12/2025.
N1 Báo cáo kết quả khắc phục về UBND tỉnh (qua Sở Nội vụ) trong thời hạn 30 ngày kể từ ngày nhận được Thông báo này.
N0 Sở Nội vụ theo dõi, đôn đốc; Sở Khoa học và Công nghệ hướng dẫn các đơn vị về hạ tầng số.
*Nơi nhận:*
- Bộ Nội vụ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- CT, các PCT UBND tỉnh;
- Sở Nội vụ, Sở KH&CN;
- UBND các xã, phường, đặc khu được kiểm tra;
- Lưu: VT, NC.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nghiêm Xuân Cường
""")

# ---------------------------------------------------------------- 11
D(name="11_snv_lam_dong_xa_phuong_2025", fmt="txt", style="tinh-xa-phuong-2025",
  issuer="Sở Nội vụ tỉnh Lâm Đồng", issued_on="2025-11-03", area=("Lâm Đồng", "tinh"),
  units=("phuong:Xuân Hương - Đà Lạt; phuong:Lâm Viên - Đà Lạt; xa:Đức Trọng; xa:Di Linh; "
         "dac_khu:Phú Quý; phuong:Bắc Gia Nghĩa"),
  report_deadline="2025-11-25",
  findings=[
      "xã Đức Trọng; xã Di Linh; đặc khu Phú Quý; phường Bắc Gia Nghĩa",
      "*",
      "phường Xuân Hương - Đà Lạt; phường Lâm Viên - Đà Lạt",
      "đặc khu Phú Quý",
      "*",
      "xã Di Linh; phường Bắc Gia Nghĩa",
      "* - xã Di Linh; phường Bắc Gia Nghĩa",
  ],
  src="""
@hdr UBND TỈNH LÂM ĐỒNG | SỞ NỘI VỤ | Số: 1877/TB-SNV | Lâm Đồng, ngày 03 tháng 11 năm 2025
@title THÔNG BÁO
@sub Kết quả kiểm tra công tác cải cách hành chính tại một số xã, phường, đặc khu
Thực hiện Kế hoạch số 64/KH-UBND ngày 01/8/2025 của UBND tỉnh Lâm Đồng, Sở Nội vụ đã chủ trì kiểm tra công tác cải cách hành chính tại phường Xuân Hương - Đà Lạt, phường Lâm Viên - Đà Lạt, xã Đức Trọng, xã Di Linh, đặc khu Phú Quý và phường Bắc Gia Nghĩa. Sở Nội vụ thông báo kết quả như sau:
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Các đơn vị đã ban hành Kế hoạch cải cách hành chính giai đoạn cuối năm 2025, phân công rõ trách nhiệm của từng phòng chuyên môn.
2. Trung tâm Phục vụ hành chính công cấp xã bố trí tại trụ sở thuận lợi; 04/06 đơn vị đã niêm yết đầy đủ thủ tục hành chính.
3. Tỷ lệ hồ sơ trực tuyến toàn trình tại phường Xuân Hương - Đà Lạt đạt 71%, cao nhất trong các đơn vị được kiểm tra.
II. TỒN TẠI, HẠN CHẾ
A. Về thủ tục hành chính và chuyển đổi số
1. ⟦04/06 đơn vị chưa cập nhật quy trình nội bộ giải quyết thủ tục hành chính theo Quyết định số 1520/QĐ-UBND của UBND tỉnh, gồm: xã Đức Trọng, xã Di Linh, đặc khu Phú Quý, phường Bắc Gia Nghĩa.⟧
2. ⟦Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chưa đạt chỉ tiêu 100%.⟧
3. ⟦Chưa thực hiện tiếp nhận hồ sơ ngoài giờ hành chính vào sáng thứ Bảy theo chỉ đạo của UBND tỉnh⟧ (phường Xuân Hương - Đà Lạt, phường Lâm Viên - Đà Lạt).
4. ⟦Đặc khu Phú Quý chưa kết nối được phần mềm một cửa điện tử với Cổng dịch vụ công quốc gia do đường truyền không ổn định.⟧
5. ⟦Công tác tuyên truyền về cải cách hành chính, chuyển đổi số chưa đa dạng, chủ yếu qua hệ thống loa truyền thanh.⟧
B. Về phối hợp giữa các bộ phận
⟦Chưa ban hành quy chế phối hợp giữa các phòng chuyên môn với Trung tâm Phục vụ hành chính công⟧ (xã Di Linh, phường Bắc Gia Nghĩa); ⟦các đơn vị còn lại đã ban hành nhưng chưa xác định rõ thời gian luân chuyển hồ sơ giữa các bộ phận.⟧
III. KIẾN NGHỊ
1. Đề nghị UBND các xã, phường, đặc khu chỉ đạo khắc phục các tồn tại, hạn chế nêu trên; chưa khắc phục được phải nêu rõ nguyên nhân.
2. Báo cáo kết quả khắc phục về Sở Nội vụ trước ngày 25/11/2025 để tổng hợp, báo cáo UBND tỉnh.
Nơi nhận:
- UBND tỉnh (b/c);
- UBND các xã, phường, đặc khu được kiểm tra;
- Giám đốc, PGĐ Sở;
- Lưu: VT, CCHC.
@sig KT. GIÁM ĐỐC
@sig PHÓ GIÁM ĐỐC
@sig Hoàng Thị Mai
""")

# ---------------------------------------------------------------- 12
D(name="12_tinh_gia_lai_xa_phuong_2026", fmt="pdf", style="tinh-xa-phuong-2025",
  issuer="UBND tỉnh Gia Lai", issued_on="2026-01-15", area=("Gia Lai", "tinh"),
  units="xa:Ia Grai; xa:Chư Păh; phuong:Pleiku; phuong:An Nhơn; xa:Kbang; xa:Ia Hrung",
  report_deadline="2026-03-31",
  findings=[
      "*",
      "xã Ia Grai; xã Kbang",
      "*",
      "phường Pleiku; phường An Nhơn",
      "xã Chư Păh",
      "*",
      "xã Ia Hrung; xã Kbang",
      "*",
  ],
  src="""
@hdr  | ỦY BAN NHÂN DÂN TỈNH GIA LAI | Số: 58/TB-UBND | Gia Lai, ngày 15 tháng 01 năm 2026
@title THÔNG BÁO
@sub Kết luận của Chủ tịch UBND tỉnh về kết quả kiểm tra công tác cải cách hành chính năm 2025 tại UBND cấp xã
Ngày 24/12/2025, Đoàn kiểm tra cải cách hành chính của tỉnh đã có Báo cáo số 402/BC-ĐKT về kết quả kiểm tra tại UBND xã Ia Grai, xã Chư Păh, xã Kbang, xã Ia Hrung, phường Pleiku và phường An Nhơn. Sau khi xem xét, Chủ tịch UBND tỉnh kết luận như sau:
1. Về kết quả đạt được
Sau sắp xếp, UBND các xã, phường đã nhanh chóng ổn định tổ chức; Trung tâm Phục vụ hành chính công cấp xã hoạt động thông suốt, tiếp nhận hồ sơ không phụ thuộc địa giới hành chính. Công tác chỉ đạo, điều hành được tập trung; người đứng đầu quan tâm đến cải cách hành chính. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,8%. Phường Pleiku và phường An Nhơn có tỷ lệ thanh toán trực tuyến cao.
2. Về tồn tại, hạn chế
Bên cạnh kết quả đạt được, công tác cải cách hành chính tại các đơn vị được kiểm tra vẫn còn những tồn tại, hạn chế sau:
- ⟦Việc xây dựng, ban hành kế hoạch cải cách hành chính năm 2026 còn chậm, nội dung chưa gắn với chỉ tiêu Chỉ số PAR INDEX của tỉnh.⟧
- ⟦Chưa thành lập Tổ công nghệ số cộng đồng ở các thôn, làng mới sau sáp nhập⟧ (xã Ia Grai, xã Kbang).
- ⟦Còn tình trạng yêu cầu người dân bổ sung hồ sơ nhiều lần; phiếu yêu cầu bổ sung, hoàn thiện hồ sơ chưa ghi rõ lý do.⟧
- ⟦Khu vực hướng dẫn, hỗ trợ người dân thực hiện dịch vụ công trực tuyến chưa bố trí người trực thường xuyên⟧ (phường Pleiku, phường An Nhơn).
- ⟦UBND xã Chư Păh chưa kiện toàn Tổ kiểm tra công vụ sau sắp xếp.⟧
- ⟦Việc khai thác, sử dụng dữ liệu dân cư từ Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính còn hạn chế.⟧
- ⟦Nhiều thiết bị tin học được điều chuyển từ cấp huyện trước đây đã cũ, cấu hình thấp⟧ (xã Ia Hrung, xã Kbang).
- ⟦Tỷ lệ văn bản điện tử có ký số của lãnh đạo UBND cấp xã chưa đạt 100%.⟧
3. Nguyên nhân
Nguyên nhân chủ yếu do khối lượng công việc tăng đột biến sau khi tổ chức chính quyền địa phương hai cấp; nhiều công chức mới được điều động, chưa quen nhiệm vụ; địa bàn rộng, một số làng chưa có sóng di động ổn định.
4. Yêu cầu
Chủ tịch UBND các xã, phường được kiểm tra chỉ đạo khắc phục ngay các tồn tại, hạn chế; hoàn thành và báo cáo kết quả khắc phục về UBND tỉnh (qua Sở Nội vụ) trong Quý I năm 2026. Giao Sở Nội vụ theo dõi, kiểm tra việc khắc phục, báo cáo Chủ tịch UBND tỉnh.
Nơi nhận:
- TT Tỉnh ủy (b/c);
- CT, các PCT UBND tỉnh;
- Sở Nội vụ;
- UBND các xã, phường được kiểm tra;
- Lưu: VT, NC.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Nguyễn Tuấn Anh
""")

# ---------------------------------------------------------------- 13
D(name="13_phuong_tan_dinh_tu_kiem_tra_2025", fmt="docx", style="xa-phuong-tu-kiem-tra",
  issuer="UBND phường Tân Định", issued_on="2025-12-10", area=("Tân Định", "phuong"),
  units=("phong:Văn phòng HĐND và UBND phường; phong:Phòng Kinh tế, Hạ tầng và Đô thị; "
         "phong:Phòng Văn hóa - Xã hội; trung_tam:Trung tâm Phục vụ hành chính công phường"),
  report_deadline="2025-12-31",
  findings=[
      "Trung tâm Phục vụ hành chính công phường",
      "Trung tâm Phục vụ hành chính công phường",
      ("Trung tâm Phục vụ hành chính công phường", "2025-12-20"),
      "Văn phòng HĐND và UBND phường",
      "Văn phòng HĐND và UBND phường",
      "Phòng Kinh tế, Hạ tầng và Đô thị",
      "Phòng Văn hóa - Xã hội",
      "*",
  ],
  src="""
@hdr ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH | ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH | Số: 389/TB-UBND | Tân Định, ngày 10 tháng 12 năm 2025
@title THÔNG BÁO
@sub Kết quả tự kiểm tra công tác cải cách hành chính năm 2025 tại các cơ quan chuyên môn và Trung tâm Phục vụ hành chính công phường
Căn cứ Kế hoạch số 71/KH-UBND ngày 20/8/2025 của UBND phường Tân Định về cải cách hành chính năm 2025; ngày 28/11/2025, Tổ tự kiểm tra của phường đã kiểm tra tại Văn phòng HĐND và UBND phường, Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công phường. Chủ tịch UBND phường thông báo như sau:
H1 1. Ưu điểm
LB Các cơ quan, đơn vị đã bám sát kế hoạch, thực hiện tốt việc tiếp nhận, giải quyết hồ sơ; không có hồ sơ trễ hạn trong tháng 11/2025.
LB Trung tâm Phục vụ hành chính công phường duy trì mô hình "Cà phê dịch vụ công", hỗ trợ người cao tuổi nộp hồ sơ trực tuyến.
LB Văn phòng HĐND và UBND phường tham mưu ban hành Quy chế làm việc của UBND phường nhiệm kỳ 2021-2026 đúng thời hạn.
H1 2. Tồn tại, hạn chế
H2 2.1. Trung tâm Phục vụ hành chính công phường
@list decimal
N0 ⟦Bảng điện tử niêm yết thủ tục hành chính còn hiển thị một số thủ tục đã bị bãi bỏ.⟧
N0 ⟦Chưa thực hiện việc lấy ý kiến đánh giá của người dân đối với từng hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính.⟧
N0 ⟦Khu vực dành cho người khuyết tật chưa có lối đi riêng.⟧ Thời hạn hoàn thành: trước ngày 20/12/2025.
H2 2.2. Văn phòng HĐND và UBND phường
@list decimal
N0 ⟦Danh mục hồ sơ năm 2025 chưa được ban hành.⟧
N0 ⟦Việc theo dõi nhiệm vụ được giao trên Hệ thống quản lý văn bản và điều hành còn chưa cập nhật trạng thái hoàn thành.⟧
H2 2.3. Các phòng chuyên môn
**Phòng Kinh tế, Hạ tầng và Đô thị:** ⟦Hồ sơ cấp giấy phép xây dựng chưa được số hóa đầy đủ thành phần.⟧
**Phòng Văn hóa - Xã hội:** ⟦Chưa cập nhật bộ thủ tục hành chính lĩnh vực bảo trợ xã hội mới được công bố.⟧
H2 2.4. Hạn chế chung
⟦Công chức chưa thường xuyên đeo thẻ công chức khi tiếp xúc người dân ngoài trụ sở.⟧
H1 3. Tổ chức thực hiện
LB Thủ trưởng các cơ quan, đơn vị khẩn trương khắc phục các tồn tại, hạn chế nêu tại Mục 2; nội dung đã có thời hạn riêng thì hoàn thành đúng thời hạn đó.
LB Báo cáo kết quả khắc phục về UBND phường (qua Văn phòng HĐND và UBND phường) trước ngày 31/12/2025.
*Nơi nhận:*
- Chủ tịch, các PCT UBND phường;
- Các cơ quan, đơn vị thuộc UBND phường;
- Lưu: VT.
@sig CHỦ TỊCH
@sig Trần Minh Hoàng
""")

# ---------------------------------------------------------------- 14
D(name="14_xa_huong_son_tu_kiem_tra_2022", fmt="txt", style="xa-phuong-tu-kiem-tra",
  issuer="UBND xã Hương Sơn", issued_on="2022-06-27", area=("Hương Sơn", "xa"),
  units=("khac:Bộ phận Một cửa; khac:Công chức Văn phòng - Thống kê; khac:Công chức Tư pháp - Hộ tịch; "
         "khac:Công chức Địa chính - Xây dựng; khac:Công chức Tài chính - Kế toán"),
  report_deadline="2022-07-15",
  findings=[
      "Bộ phận Một cửa",
      "Bộ phận Một cửa",
      "Công chức Văn phòng - Thống kê",
      "Công chức Tư pháp - Hộ tịch",
      "Công chức Tư pháp - Hộ tịch; Công chức Địa chính - Xây dựng",
      "Công chức Tài chính - Kế toán",
      "*",
  ],
  src="""
@hdr UBND HUYỆN LẠNG GIANG | ỦY BAN NHÂN DÂN XÃ HƯƠNG SƠN | Số: 47/TB-UBND | Hương Sơn, ngày 27 tháng 6 năm 2022
@title THÔNG BÁO
@sub Kết quả tự kiểm tra công tác cải cách hành chính 6 tháng đầu năm 2022
Thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2022 của UBND xã về cải cách hành chính năm 2022, ngày 22/6/2022, Tổ tự kiểm tra của UBND xã đã kiểm tra việc thực hiện nhiệm vụ cải cách hành chính tại Bộ phận Một cửa và các công chức chuyên môn: Văn phòng - Thống kê, Tư pháp - Hộ tịch, Địa chính - Xây dựng, Tài chính - Kế toán. Kết quả như sau:
I. ƯU ĐIỂM
- Bộ phận Một cửa bố trí công chức trực đầy đủ; thái độ phục vụ tận tình, không có phản ánh của người dân.
- Công chức Tư pháp - Hộ tịch thực hiện đăng ký khai sinh, kết hôn đúng thời hạn, 100% hồ sơ được cập nhật lên phần mềm hộ tịch.
- Công chức Tài chính - Kế toán công khai dự toán ngân sách năm 2022 đúng quy định.
II. HẠN CHẾ, THIẾU SÓT
1. Bộ phận Một cửa:
- ⟦Sổ theo dõi tiếp nhận và trả kết quả ghi chép tẩy xóa, chưa ghi đầy đủ ngày trả kết quả.⟧
- ⟦Hòm thư góp ý đặt ở vị trí khuất, không được mở định kỳ theo quy định.⟧
2. Công chức Văn phòng - Thống kê:
- ⟦Chưa tham mưu ban hành kế hoạch tuyên truyền cải cách hành chính năm 2022.⟧
3. Công chức Tư pháp - Hộ tịch:
- ⟦Hồ sơ chứng thực lưu chưa đầy đủ bản sao đã chứng thực.⟧
- ⟦Chưa niêm yết công khai phí, lệ phí tại nơi làm việc⟧ (cả công chức Địa chính - Xây dựng).
4. Công chức Tài chính - Kế toán:
- ⟦Chưa triển khai thu phí, lệ phí qua tài khoản ngân hàng.⟧
5. Hạn chế chung: ⟦Công chức chưa sử dụng thường xuyên hộp thư điện tử công vụ trong trao đổi công việc.⟧
III. NGUYÊN NHÂN
- Công chức kiêm nhiệm nhiều việc; một số công chức mới được tuyển dụng chưa nắm vững nghiệp vụ.
- Lãnh đạo UBND xã chưa thường xuyên kiểm tra, đôn đốc.
IV. YÊU CẦU
- Các công chức chuyên môn, Bộ phận Một cửa khắc phục ngay các hạn chế, thiếu sót nêu trên.
- Báo cáo kết quả khắc phục bằng văn bản về Chủ tịch UBND xã trước ngày 15/7/2022.
Nơi nhận:
- Đảng ủy xã (b/c);
- CT, PCT UBND xã;
- Công chức chuyên môn;
- Lưu: VP.
@sig CHỦ TỊCH
@sig Nguyễn Văn Quang
""")

# ---------------------------------------------------------------- 15
D(name="15_phu_luc_huyen_hoang_hoa_2024", fmt="docx", style="phu-luc-bang",
  issuer="UBND huyện Hoằng Hóa", issued_on="2024-11-05", area=("Hoằng Hóa", "huyen"),
  units="xa:Hoằng Đạt; xa:Hoằng Thịnh; xa:Hoằng Lộc; thi_tran:Bút Sơn; xa:Hoằng Tiến",
  report_deadline="2024-12-15",
  findings=[
      ("xã Hoằng Đạt", "2024-11-30"),
      ("xã Hoằng Đạt", "2024-12-31"),
      ("*", "2024-11-30"),
      ("thị trấn Bút Sơn; xã Hoằng Lộc", "2024-12-10"),
      ("thị trấn Bút Sơn; xã Hoằng Lộc", "2024-12-10"),
      ("xã Hoằng Thịnh", None),
      ("* - xã Hoằng Thịnh", "2024-12-31"),
      ("xã Hoằng Tiến", "ongoing"),
      ("*", "ongoing"),
      ("xã Hoằng Lộc; xã Hoằng Tiến", "2025-01-15"),
  ],
  src="""
@hdr UBND TỈNH THANH HÓA | ỦY BAN NHÂN DÂN HUYỆN HOẰNG HÓA | Số: 2216/TB-UBND | Hoằng Hóa, ngày 05 tháng 11 năm 2024
@title THÔNG BÁO
@sub Kết luận kiểm tra công tác cải cách hành chính năm 2024 đối với một số xã, thị trấn
Thực hiện Kế hoạch số 45/KH-UBND ngày 26/02/2024 của UBND huyện, Đoàn kiểm tra cải cách hành chính của huyện đã kiểm tra tại xã Hoằng Đạt, xã Hoằng Thịnh, xã Hoằng Lộc, xã Hoằng Tiến và thị trấn Bút Sơn. Chủ tịch UBND huyện kết luận như sau:
H1 I. ĐÁNH GIÁ CHUNG
Các đơn vị được kiểm tra đã triển khai tương đối đầy đủ các nhiệm vụ cải cách hành chính năm 2024; Bộ phận Một cửa được bố trí đúng quy định, có camera giám sát, màn hình tra cứu; tỷ lệ hồ sơ trực tuyến đạt 76,4%. Thị trấn Bút Sơn, xã Hoằng Thịnh được đánh giá có nhiều cách làm hay trong chuyển đổi số.
Bên cạnh đó, còn một số tồn tại, hạn chế cần khắc phục, cụ thể tại Phụ lục kèm theo Thông báo này.
H1 II. YÊU CẦU
LB Chủ tịch UBND các xã, thị trấn tổ chức khắc phục các tồn tại, hạn chế theo đúng thời hạn tại Phụ lục; nội dung không có thời hạn cụ thể thì hoàn thành và báo cáo trước ngày 15/12/2024.
LB Phòng Nội vụ theo dõi, đôn đốc, tổng hợp kết quả khắc phục, báo cáo Chủ tịch UBND huyện.
*Nơi nhận:*
- Sở Nội vụ (b/c);
- CT, các PCT UBND huyện;
- Phòng Nội vụ;
- UBND các xã, thị trấn được kiểm tra;
- Lưu: VT.
@sig KT. CHỦ TỊCH
@sig PHÓ CHỦ TỊCH
@sig Lê Đình Phong
@pagebreak
@title PHỤ LỤC
@sub Danh mục tồn tại, hạn chế cần khắc phục
@sub (Kèm theo Thông báo số 2216/TB-UBND ngày 05/11/2024 của UBND huyện Hoằng Hóa)
@table
|TT|Nội dung tồn tại, hạn chế|Đơn vị thực hiện|Thời hạn|
|I. Lĩnh vực cải cách thủ tục hành chính|<|<|<|
|1|⟦Niêm yết thủ tục hành chính tại Bộ phận Một cửa chưa cập nhật theo Quyết định công bố mới.⟧|Xã Hoằng Đạt|30/11/2024|
|2|⟦Chưa thực hiện số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực giai đoạn 2020-2023.⟧|^|31/12/2024|
|3|⟦Phiếu hẹn trả kết quả chưa ghi mã hồ sơ.⟧|Các xã, thị trấn|30/11/2024|
|II. Lĩnh vực tổ chức bộ máy, chế độ công vụ|<|<|<|
|4|- ⟦Chưa ban hành quy chế văn hóa công sở sửa đổi.⟧ // - ⟦Chưa kiện toàn Tổ kiểm tra công vụ.⟧|Thị trấn Bút Sơn; xã Hoằng Lộc|10/12/2024|
|5|⟦Công chức Văn hóa - Xã hội chưa có bản mô tả công việc theo vị trí việc làm.⟧|Xã Hoằng Thịnh||
|III. Lĩnh vực hiện đại hóa hành chính|<|<|<|
|6|⟦Tỷ lệ thanh toán trực tuyến phí, lệ phí dưới 30%.⟧|Các đơn vị, trừ xã Hoằng Thịnh|Quý IV năm 2024|
|7|⟦Trang thông tin điện tử chưa đăng tải đủ tin bài về cải cách hành chính.⟧|Xã Hoằng Tiến|Thường xuyên|
|8|⟦Hộp thư công vụ của công chức chưa được sử dụng thường xuyên.⟧|Các xã, thị trấn|Thường xuyên|
|9|⟦Chưa kết nối camera Bộ phận Một cửa với Trung tâm giám sát điều hành của huyện.⟧|Xã Hoằng Lộc, xã Hoằng Tiến|15/01/2025|
@end
""")

# ---------------------------------------------------------------- 16
D(name="16_phu_luc_snv_nghe_an_2023", fmt="pdf", style="phu-luc-bang",
  issuer="Sở Nội vụ tỉnh Nghệ An", issued_on="2023-10-26", area=("Nghệ An", "tinh"),
  units="huyen:Nghi Lộc; huyen:Diễn Châu; huyen:Cửa Lò; huyen:Quỳnh Lưu",
  report_deadline="2023-12-15",
  opts={"col_widths": [1.0, 8.0, 3.6, 3.4]},
  findings=[
      ("Nghi Lộc; Diễn Châu", "2023-11-20"),
      ("Cửa Lò", "2023-11-20"),
      ("Nghi Lộc; Diễn Châu; Cửa Lò; Quỳnh Lưu", "2023-12-31"),
      ("Quỳnh Lưu", "2023-11-30"),
      ("Quỳnh Lưu", "2023-11-30"),
      ("Quỳnh Lưu", "2023-11-30"),
      ("Diễn Châu", "ongoing"),
      ("Nghi Lộc; Cửa Lò; Quỳnh Lưu", "2023-12-15"),
  ],
  src="""
@hdr UBND TỈNH NGHỆ AN | SỞ NỘI VỤ | Số: 2468/SNV-CCHC // V/v thông báo kết quả kiểm tra CCHC năm 2023 | Nghệ An, ngày 26 tháng 10 năm 2023
Kính gửi: Ủy ban nhân dân các huyện Nghi Lộc, Diễn Châu, Quỳnh Lưu và thị xã Cửa Lò.
Thực hiện Quyết định số 412/QĐ-UBND ngày 17/02/2023 của UBND tỉnh ban hành Kế hoạch kiểm tra cải cách hành chính năm 2023, từ ngày 11/9/2023 đến ngày 06/10/2023, Đoàn kiểm tra của tỉnh đã kiểm tra công tác cải cách hành chính tại UBND các huyện, thị xã nêu trên và một số cơ quan chuyên môn, UBND cấp xã trực thuộc.
Kết quả kiểm tra cho thấy UBND các huyện, thị xã đã quan tâm lãnh đạo, chỉ đạo công tác cải cách hành chính; ban hành đầy đủ kế hoạch; Bộ phận Một cửa cấp huyện hoạt động nền nếp; tỷ lệ hồ sơ trực tuyến tăng so với năm 2022. Những tồn tại, hạn chế qua kiểm tra và thời hạn khắc phục được tổng hợp tại Phụ lục kèm theo.
Sở Nội vụ đề nghị UBND các huyện, thị xã chỉ đạo khắc phục các tồn tại, hạn chế theo thời hạn ghi tại Phụ lục; tổng hợp kết quả khắc phục gửi về Sở Nội vụ chậm nhất ngày 15-12-2023 để báo cáo UBND tỉnh./.
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Giám đốc Sở;
- Lưu: VT, CCHC.
@sig KT. GIÁM ĐỐC
@sig PHÓ GIÁM ĐỐC
@sig Nguyễn Văn Thông
@pagebreak
@title PHỤ LỤC
@sub Tổng hợp tồn tại, hạn chế qua kiểm tra công tác CCHC năm 2023 và thời hạn khắc phục
@sub (Kèm theo Công văn số 2468/SNV-CCHC ngày 26/10/2023 của Sở Nội vụ)
@table
|TT|Nội dung tồn tại, hạn chế|Đơn vị khắc phục|Thời hạn hoàn thành|
|A. Công tác chỉ đạo, điều hành|<|<|<|
|1|⟦Kế hoạch kiểm tra cải cách hành chính chưa xác định cụ thể các cơ quan, đơn vị được kiểm tra trong năm.⟧|Huyện Nghi Lộc, huyện Diễn Châu|20.11.2023|
|2|⟦Chưa ban hành văn bản xử lý sau kiểm tra cải cách hành chính năm 2022.⟧|Thị xã Cửa Lò|20.11.2023|
|B. Cải cách thủ tục hành chính|<|<|<|
|3|⟦Tỷ lệ hồ sơ được số hóa khi tiếp nhận tại Bộ phận Một cửa cấp huyện dưới 60%.⟧|Các huyện, thị xã|31-12-2023|
|4|⟦Chưa công khai tiến độ, kết quả giải quyết hồ sơ trên Cổng dịch vụ công của tỉnh.⟧ // ⟦Còn 214 hồ sơ lĩnh vực đất đai quá hạn chưa có văn bản xin lỗi.⟧ // ⟦Chưa bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến.⟧|Huyện Quỳnh Lưu|30.11.2023|
|C. Hiện đại hóa hành chính|<|<|<|
|5|⟦Việc cập nhật tin bài về cải cách hành chính trên Cổng thông tin điện tử huyện chưa thường xuyên.⟧|Huyện Diễn Châu|Thường xuyên|
|6|⟦Chưa áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại một số xã trực thuộc.⟧|Các đơn vị còn lại|15.12.2023|
@end
""")
