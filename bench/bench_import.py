"""Benchmark: parse seed 001 (the Yên Thế conclusion) and a 20-page Word conclusion into
drafts, as the importer does.

Reads the file, finds the deficiency sections, resolves the units against the demo's 21 units
(and against a 3,321-unit registry, the size of Vietnam's communes), and prints the median and
p95 of the parse time. The 20-page .docx is built here: heading styles, automatic numbering,
a per-commune part for each of 20 communes, strengths and causes around them, and an appendix
table; its median must stay under 200 ms.

    python -m bench.bench_import [--repeat 50]
"""

import argparse
import statistics
import time

from tracker.demo import CONCLUSION, UNITS_CSV
from tracker.importer.parser import parse_file
from tracker.importer.units import Registry, RegistryUnit


def demo_units() -> list[RegistryUnit]:
    import csv

    rows = list(csv.DictReader(UNITS_CSV.read_text(encoding="utf-8").splitlines()))
    return [RegistryUnit(index + 1, row["name"], row["kind"]) for index, row in enumerate(rows)]


def national_units() -> list[RegistryUnit]:
    """The demo's units plus synthetic communes up to 3,321 names."""
    units = demo_units()
    syllables = ["An", "Bình", "Châu", "Đông", "Hòa", "Lạc", "Minh", "Ngọc", "Phú", "Quang", "Sơn",
                 "Tân", "Thạnh", "Trung", "Vĩnh", "Xuân", "Yên", "Long", "Hưng", "Mỹ"]
    index = 0
    while len(units) < 3321:
        first, second = syllables[index % 20], syllables[(index // 20) % 20]
        name = f"{first} {second}" + (f" {index // 400 + 1}" if index >= 400 else "")
        units.append(RegistryUnit(1000 + index, name, "xa"))
        index += 1
    return units


def timed(filename: str, data: bytes, registry: Registry, repeat: int, check) -> list[float]:
    """Parse times of ``repeat`` runs; ``check(draft)`` guards that the parse is still right."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        draft = parse_file(filename, data, registry)
        times.append(time.perf_counter() - start)
    check(draft)
    return times


def seed_001_is_right(draft) -> None:
    """Seed 001 still parses exactly."""
    assert len(draft.findings) == 18 and draft.pair_count() == 130, "seed 001 no longer parses right"


COMMUNES = ["An Bình", "Bình Minh", "Cẩm Lý", "Đông Phú", "Đồng Tâm", "Hòa Bình", "Hương Sơn", "Lạc Sơn",
            "Minh Đức", "Nghĩa Phương", "Phúc Sơn", "Quang Trung", "Tân Lập", "Tân Sơn", "Tiên Hưng",
            "Trường Sơn", "Vô Tranh", "Yên Sơn", "Lục Sơn", "Bảo Đài"]
FILLER = ("Ủy ban nhân dân xã đã ban hành kế hoạch cải cách hành chính năm 2024 đúng thời hạn, phân công "
          "rõ trách nhiệm cho từng công chức, tổ chức tuyên truyền bằng nhiều hình thức phù hợp với điều kiện "
          "địa phương; Bộ phận Một cửa bố trí đủ công chức, trang thiết bị cơ bản đáp ứng yêu cầu. ")


def twenty_page_docx() -> bytes:
    """A district conclusion of about 20 pages: 20 communes, each with strengths, three
    numbered deficiencies and causes, then general deficiencies, tasks and an appendix table."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("ỦY BAN NHÂN DÂN HUYỆN LỤC NAM").runs[0].bold = True
    document.add_paragraph("Số: 999/TB-UBND")
    document.add_paragraph("Lục Nam, ngày 10 tháng 10 năm 2024")
    document.add_paragraph("THÔNG BÁO").runs[0].bold = True
    document.add_paragraph("Kết luận kiểm tra công tác cải cách hành chính năm 2024")
    document.add_paragraph("Đoàn kiểm tra đã kiểm tra tại 20/25 xã: "
                           + ", ".join(f"xã {name}" for name in COMMUNES) + ".")
    document.add_heading("I. KẾT QUẢ KIỂM TRA TẠI TỪNG ĐƠN VỊ", level=1)
    for number, name in enumerate(COMMUNES, start=1):
        document.add_heading(f"{number}. Xã {name}", level=2)
        document.add_heading("a) Ưu điểm", level=3)
        for _ in range(4):
            document.add_paragraph(FILLER * 2)
        document.add_heading("b) Hạn chế", level=3)
        for text in ("Chưa cập nhật kịp thời thủ tục hành chính mới công bố trên bảng niêm yết.",
                     "Sổ theo dõi hồ sơ ghi chép chưa đầy đủ các cột mục theo quy định.",
                     "Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với chỉ tiêu huyện giao."):
            document.add_paragraph(text, style="List Number")
        document.add_heading("c) Nguyên nhân", level=3)
        document.add_paragraph(FILLER)
    document.add_heading("II. HẠN CHẾ CHUNG", level=1)
    for _ in range(5):
        document.add_paragraph("Việc tự kiểm tra cải cách hành chính tại một số xã còn hình thức.",
                               style="List Bullet")
    document.add_heading("III. YÊU CẦU", level=1)
    document.add_paragraph("UBND các xã báo cáo kết quả khắc phục trước ngày 15/11/2024.")
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("PHỤ LỤC: TỒN TẠI, HẠN CHẾ VÀ THỜI HẠN KHẮC PHỤC")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["TT", "Nội dung tồn tại, hạn chế", "Đơn vị", "Thời hạn"]):
        cell.text = text
    for number, name in enumerate(COMMUNES, start=1):
        for cell, text in zip(table.add_row().cells, [str(number), "Chưa số hóa đầy đủ hồ sơ khi tiếp nhận.",
                                                      f"xã {name}", "Quý IV năm 2024"]):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def twenty_pages_are_right(draft) -> None:
    """Every commune's three deficiencies, the general ones and the appendix rows."""
    assert len(draft.findings) == 20 * 3 + 5 + 20, f"20-page docx: {len(draft.findings)} findings"


def main() -> None:
    """Print the median and p95 parse times of both documents against both registries."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    documents = [("seed 001", CONCLUSION.name, CONCLUSION.read_bytes(), seed_001_is_right),
                 ("20-page .docx", "ket_luan_20_trang.docx", twenty_page_docx(), twenty_pages_are_right)]
    for name, filename, data, check in documents:
        for label, units in (("21 units (demo)", demo_units()), ("3,321 units", national_units())):
            times = sorted(timed(filename, data, Registry(units), args.repeat, check))
            p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
            print(f"parse {name:<13} against {label:<16} median {statistics.median(times) * 1000:7.1f} ms"
                  f"   p95 {p95 * 1000:7.1f} ms   ({args.repeat} runs)")


if __name__ == "__main__":
    main()
