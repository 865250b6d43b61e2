"""The Word reports: Phòng Nội vụ's report on an inspection, and a unit's own report upward.

Both follow Nghị định 30/2020/NĐ-CP (see ``layout``) and end with an appendix per unit in the
columns of the reports officials already send (seed 003): TT | Tồn tại, hạn chế | Giải pháp khắc
phục | Thời hạn hoàn thành | Tiến độ thực hiện | Ghi chú. The appendix is landscape: six columns
of real sentences do not fit 16.5 cm of portrait width at a readable size.
"""

from collections.abc import Iterator
from datetime import date
from itertools import groupby

from sqlalchemy import case, func, select

from tracker.clock import vn_date
from tracker.extensions import db
from tracker.models import Inspection, Item, Unit, User
from tracker.queries.filters import ItemFilters
from tracker.queries.reports import (
    UnitRef,
    report_rows,
    report_units,
    scoped_items,
    summary,
    unit_filters,
)
from tracker.queries.timestatus import TIME_STATUSES
from tracker.reports import layout
from tracker.reports.layout import FastTable, paragraph
from tracker.reports.wording import (
    conclusion_reference,
    deadline_text,
    issuer_for,
    long_date,
    note,
    percent,
    unit_display,
    units_addressed,
)

APPENDIX_COLUMNS = ("TT", "Tồn tại, hạn chế", "Giải pháp khắc phục", "Thời hạn hoàn thành",
                    "Tiến độ thực hiện", "Ghi chú")
APPENDIX_WIDTHS = (1.1, 7.4, 5.6, 2.6, 5.3, 3.2)  # 25.2 cm: the landscape text width
STATUS_ORDER = ["done_on_time", "done_late", "awaiting", "on_track", "due_soon", "overdue",
                "no_deadline"]
UNIT_COLUMNS = ("TT", "Đơn vị", "Tổng số", "Đúng hạn", "Quá hạn", "Chờ xác nhận", "Trong hạn",
                "Sắp đến hạn", "Quá hạn", "Thường xuyên", "Tỷ lệ hoàn thành (%)")
UNIT_GROUPS = (("TT", 1), ("Đơn vị", 1), ("Tổng số", 1), ("Đã hoàn thành", 2),
               ("Chưa hoàn thành", 5), ("Tỷ lệ hoàn thành (%)", 1))
UNIT_WIDTHS = (0.9, 3.4, 1.3, 1.3, 1.3, 1.5, 1.4, 1.3, 1.3, 1.7, 1.8)  # 16.5 cm


def _report_number(issuer) -> str:
    # Left blank for the clerk (văn thư) who registers the document and gives it its number.
    return f"Số:          /BC-{issuer.abbreviation}"


def _subject(inspection: Inspection) -> list[str]:
    return ["Kết quả khắc phục tồn tại, hạn chế", f"theo {conclusion_reference(inspection)}"]


def _findings_done(inspection: Inspection, user: User, filters: ItemFilters,
                   today: date) -> tuple[int, int]:
    """(findings whose items are all verified, findings with items) among what the user sees:
    a finding is done only when every unit it concerns has finished (DESIGN §3)."""
    per_finding = scoped_items(
        select(Item.finding_id, func.count().label("n"),
               func.sum(case((Item.state == "verified", 1), else_=0)).label("done"))
        .join(Item.finding).group_by(Item.finding_id),
        inspection, user, filters, today,
    ).subquery()
    total, done = db.session.execute(
        select(func.count(), func.sum(case((per_finding.c.n == per_finding.c.done, 1), else_=0)))
    ).one()
    return int(done or 0), int(total or 0)


def _appendix(document, inspection: Inspection, user: User, filters: ItemFilters, today: date,
              units: list[UnitRef], issuer, numbered_units: bool) -> Iterator[str]:
    """Start the landscape appendix; return its per-unit blocks as XML fragments, built lazily
    while the document is written (``layout.to_bytes``), one unit in memory at a time."""
    layout.landscape_section(document)
    paragraph(document, "PHỤ LỤC", bold=True, align="center", after=0)
    paragraph(document, "Kết quả khắc phục tồn tại, hạn chế" + (" của từng đơn vị" if numbered_units else ""),
              bold=True, align="center", after=0)
    paragraph(document, f"(Kèm theo Báo cáo số       /BC-{issuer.abbreviation} ngày     /     /{today.year} "
              f"của {issuer.short_name})", italic=True, align="center", after=0)
    paragraph(document, f"Số liệu cập nhật đến ngày {vn_date(today)}", italic=True, align="center",
              after=6)
    layout.stream_marker(document)
    return _appendix_blocks(document, inspection, user, filters, today, units, numbered_units)


def _appendix_blocks(document, inspection, user, filters, today, units, numbered_units):
    positions = {unit.id: number for number, unit in enumerate(units, 1)}
    empty = True
    for _unit_id, group in groupby(report_rows(inspection, user, filters, today, units),
                                   key=lambda row: row.unit_id):
        empty = False
        rows = list(group)

        def build(doc, rows=rows):
            first = rows[0]
            if numbered_units:
                label = unit_display(first.unit_name, first.unit_kind, capital=True)
                paragraph(doc, f"{positions[first.unit_id]}. {label}", bold=True, align="left",
                          before=6, after=3, keep_next=True)
            table = FastTable(doc, APPENDIX_COLUMNS, APPENDIX_WIDTHS, numbered=True, centered=(0, 3))
            for number, row in enumerate(rows, 1):
                table.add_row([str(number), row.finding_text, row.remedy or "",
                               deadline_text(row.deadline), row.progress or "", note(row, today)])

        yield layout.detach(document, build)
    if empty:
        yield layout.detach(document, lambda doc: paragraph(doc, "Không có nhiệm vụ nào.", italic=True,
                                                             align="center"))


def _status_table(document, totals: dict[str, int], total: int) -> None:
    table = FastTable(document, ("TT", "Tình trạng", "Số nhiệm vụ", "Tỷ lệ (%)"),
                      (1.2, 9.3, 3.0, 3.0), centered=(0, 2, 3))
    for number, code in enumerate(STATUS_ORDER, 1):
        table.add_row([str(number), TIME_STATUSES[code], str(totals.get(code, 0)),
                       percent(totals.get(code, 0), total)])
    table.add_row(["", "Tổng cộng", str(total), "100" if total else "0"], bold=True,
                  align_all="center")


def _unit_table(document, rows, totals, total_items, names) -> None:
    table = FastTable(document, UNIT_COLUMNS, UNIT_WIDTHS, groups=UNIT_GROUPS,
                      centered=tuple(i for i in range(11) if i != 1))
    for number, row in enumerate(rows, 1):
        done = row.by_status["done_on_time"] + row.by_status["done_late"]
        table.add_row([str(number), names.get(row.unit_id, row.name), str(row.total)]
                      + [str(row.by_status[code]) for code in
                         ("done_on_time", "done_late", "awaiting", "on_track", "due_soon", "overdue",
                          "no_deadline")]
                      + [percent(done, row.total)])
    done = totals["done_on_time"] + totals["done_late"]
    table.add_row(["", "Tổng cộng", str(total_items)]
                  + [str(totals[code]) for code in
                     ("done_on_time", "done_late", "awaiting", "on_track", "due_soon", "overdue",
                      "no_deadline")]
                  + [percent(done, total_items)], bold=True, align_all="center")


def _totals_sentence(totals: dict[str, int], total: int) -> str:
    done = totals["done_on_time"] + totals["done_late"]
    return (f"đã xác nhận hoàn thành {done} nhiệm vụ (đạt {percent(done, total)}%), trong đó "
            f"{totals['done_on_time']} nhiệm vụ hoàn thành đúng hạn, {totals['done_late']} nhiệm vụ "
            f"hoàn thành quá hạn; {totals['awaiting']} nhiệm vụ đã báo cáo, đang chờ xác nhận; "
            f"{totals['on_track']} nhiệm vụ đang thực hiện trong hạn; {totals['due_soon']} nhiệm vụ "
            f"sắp đến hạn; {totals['overdue']} nhiệm vụ quá hạn chưa hoàn thành; "
            f"{totals['no_deadline']} nhiệm vụ thực hiện thường xuyên (không có thời hạn).")


def inspection_report(inspection: Inspection, user: User, today: date) -> bytes:
    """Phòng Nội vụ's report to the district chairman on the whole inspection (all units the
    user may see), summary first, then the appendix per unit."""
    filters = ItemFilters()
    issuer = issuer_for(inspection.coordinator_unit or inspection.issuer_unit)
    place = inspection.issue_place or issuer.place
    reference = conclusion_reference(inspection)
    data = summary(inspection, user, filters, today)
    units = report_units(inspection, user, filters, today)
    names = {unit.id: unit_display(unit.name, unit.kind, capital=True) for unit in units}
    done_findings, all_findings = _findings_done(inspection, user, filters, today)
    document = layout.new_document()
    layout.header_block(document, issuer, _report_number(issuer), long_date(place, today))
    layout.title_block(document, "BÁO CÁO", _subject(inspection))
    paragraph(document, f"Thực hiện {reference}; căn cứ kết quả theo dõi, đôn đốc việc khắc phục, "
              f"{issuer.short_name} báo cáo kết quả khắc phục tồn tại, hạn chế của các đơn vị đến ngày "
              f"{vn_date(today)} như sau:", indent=True)
    paragraph(document, "I. KẾT QUẢ KHẮC PHỤC", bold=True, indent=True, keep_next=True)
    paragraph(document, "1. Kết quả chung", bold=True, indent=True, keep_next=True)
    total = data.total_items
    paragraph(document, f"Kết luận nêu {all_findings} nội dung tồn tại, hạn chế; đã giao {total} nhiệm "
              f"vụ khắc phục cho {len(data.rows)} đơn vị. Đến ngày {vn_date(today)}, "
              + _totals_sentence(data.totals, total), indent=True)
    paragraph(document, f"Có {done_findings}/{all_findings} nội dung tồn tại, hạn chế đã được tất cả "
              "các đơn vị liên quan khắc phục xong và được xác nhận.", indent=True, keep_next=True)
    paragraph(document, "Bảng 1. Số nhiệm vụ khắc phục theo tình trạng thời hạn", italic=True,
              align="center", after=3, keep_next=True)
    _status_table(document, data.totals, total)
    paragraph(document, "", after=0)
    paragraph(document, "2. Kết quả theo từng đơn vị", bold=True, indent=True, keep_next=True)
    paragraph(document, "Bảng 2. Kết quả khắc phục của từng đơn vị (chi tiết tại Phụ lục kèm theo)",
              italic=True, align="center", after=3, keep_next=True)
    _unit_table(document, data.rows, data.totals, total, names)
    paragraph(document, "", after=0)
    late = [row for row in data.rows if row.by_status["overdue"]]
    paragraph(document, "3. Các đơn vị còn nhiệm vụ quá hạn", bold=True, indent=True, keep_next=True)
    if late:
        listed = "; ".join(f"{unit_display_of(row, names)} ({row.by_status['overdue']} nhiệm vụ)"
                           for row in late)
        paragraph(document, f"Còn {len(late)} đơn vị có nhiệm vụ quá hạn chưa hoàn thành: {listed}.",
                  indent=True)
    else:
        paragraph(document, "Không có đơn vị nào có nhiệm vụ quá hạn chưa hoàn thành.", indent=True)
    paragraph(document, "II. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=True, keep_next=True)
    chairman = (f"Chủ tịch {issuer_for(inspection.issuer_unit).short_name}"
                if inspection.issuer_unit else "lãnh đạo cấp trên")
    if late:
        paragraph(document, f"Đề nghị {chairman} chỉ đạo các đơn vị còn nhiệm vụ quá hạn khẩn trương "
                  f"khắc phục, báo cáo kết quả (kèm minh chứng) về {issuer.short_name} để tổng hợp.",
                  indent=True)
    paragraph(document, "Đề nghị các đơn vị tiếp tục duy trì kết quả đã khắc phục; đối với các nhiệm vụ "
              "thực hiện thường xuyên, định kỳ báo cáo kết quả theo quy định.", indent=True)
    paragraph(document, f"Trên đây là báo cáo kết quả khắc phục tồn tại, hạn chế theo {reference} "
              f"của {issuer.short_name}./.", indent=True, after=12, keep_next=True)
    kinds = {unit.kind for unit in units}
    recipients = [f"- {chairman[:1].upper() + chairman[1:]} (để b/c);",
                  f"- {units_addressed(kinds)[:1].upper() + units_addressed(kinds)[1:]};",
                  f"- Lưu: VT, {issuer.abbreviation}."]
    layout.signature_block(document, recipients, issuer.signer_lines)
    appendix = _appendix(document, inspection, user, filters, today, units, issuer, numbered_units=True)
    return layout.to_bytes(document, appendix)


def unit_display_of(row, names: dict[int, str]) -> str:
    """A summary row's unit as running text ("xã Canh Nậu")."""
    name = names.get(row.unit_id, row.name)
    return name[:1].lower() + name[1:] if name.split(" ")[0] in {"Xã", "Phường", "Thị", "Đặc"} else name


def unit_report(inspection: Inspection, unit: Unit, user: User, today: date) -> bytes:
    """A unit's own report upward (UBND xã → Phòng Nội vụ): its counts and its appendix."""
    filters = unit_filters(ItemFilters(), unit.id)
    issuer = issuer_for(unit)
    reference = conclusion_reference(inspection)
    data = summary(inspection, user, filters, today)
    units = report_units(inspection, user, filters, today)
    document = layout.new_document()
    layout.header_block(document, issuer, _report_number(issuer), long_date(issuer.place, today))
    layout.title_block(document, "BÁO CÁO", _subject(inspection))
    paragraph(document, f"Thực hiện {reference}, {issuer.short_name} báo cáo kết quả khắc phục các tồn "
              f"tại, hạn chế đến ngày {vn_date(today)} như sau:", indent=True)
    total = data.total_items
    paragraph(document, "1. Kết quả chung", bold=True, indent=True, keep_next=True)
    paragraph(document, f"{issuer.short_name[:1].upper() + issuer.short_name[1:]} được giao {total} nhiệm "
              f"vụ khắc phục. Đến ngày {vn_date(today)}, " + _totals_sentence(data.totals, total),
              indent=True)
    paragraph(document, "2. Kết quả cụ thể", bold=True, indent=True, keep_next=True)
    paragraph(document, "Chi tiết kết quả khắc phục từng nội dung tại Phụ lục kèm theo.", indent=True)
    paragraph(document, f"Trên đây là báo cáo kết quả khắc phục tồn tại, hạn chế theo {reference} của "
              f"{issuer.short_name}./.", indent=True, after=12, keep_next=True)
    coordinator = inspection.coordinator_unit
    recipients = ([f"- {coordinator.name} (để tổng hợp);"] if coordinator else []) + [
        "- Lưu: VT."]
    layout.signature_block(document, recipients, issuer.signer_lines)
    appendix = _appendix(document, inspection, user, filters, today, units, issuer, numbered_units=False)
    return layout.to_bytes(document, appendix)

