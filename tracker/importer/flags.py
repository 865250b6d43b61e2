"""Pass 6: flags — what the coordinator must look at before confirming, and how sure we are.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer.draft import Draft, Problem

# "04/08 đơn vị ..., gồm: A, B, C, D": the count a finding announces for the units it lists.
_COUNT = re.compile(r"\b(\d{1,3})\s*/\s*\d{1,3}\s+(?:xã|phường|đơn vị|cơ quan|địa phương|phòng)", re.IGNORECASE)


def confidence_of(draft: Draft, index: int) -> float:
    """How sure the importer is of one finding (0..1): lower for prose, names it could not
    resolve or resolved by a guess, open lists and units outside the inspected list."""
    finding = draft.findings[index]
    value = finding.confidence
    if finding.ambiguous or (finding.unresolved and len(finding.unresolved) > len(finding.inherited_unresolved)):
        value -= 0.2
    if finding.fuzzy:
        value -= 0.1
    if finding.more_implied:
        value -= 0.1
    if not draft.units_of(finding) and not finding.unresolved:
        value -= 0.3
    return max(0.05, min(1.0, value))


def flag(draft: Draft) -> None:
    """Per-finding problems and confidences; units named but not inspected are kept and flagged."""
    without_units = []
    inspected = {unit.id for unit in draft.inspected_units}
    for index, finding in enumerate(draft.findings):
        if inspected and not finding.all_inspected:
            outside = [unit.name for unit in finding.units if unit.id not in inspected]
            if outside:
                finding.how.append("đơn vị không có trong danh sách được kiểm tra: " + ", ".join(outside))
                draft.problems.append(Problem(
                    f"Hạn chế {index + 1} nêu đơn vị không có trong danh sách được kiểm tra "
                    f"({', '.join(outside)}): hãy kiểm tra lại.", finding=index))
                finding.confidence -= 0.1
        count = _COUNT.search(finding.text)
        named = len(finding.units) + len([n for n in finding.unresolved if n not in finding.inherited_unresolved])
        if count and not finding.all_inspected and int(count.group(1)) != named:
            finding.how.append(f"văn bản nêu {int(count.group(1))} đơn vị nhưng liệt kê {named}")
            draft.problems.append(Problem(
                f"Hạn chế {index + 1} nêu {int(count.group(1))} đơn vị nhưng liệt kê {named} tên: "
                "hãy kiểm tra lại.", finding=index))
            finding.confidence -= 0.2
        if finding.note:
            draft.problems.append(Problem(f"Hạn chế {index + 1}: {finding.note}", finding=index))
        if not draft.units_of(finding) and not finding.unresolved:
            without_units.append(str(index + 1))
        finding.confidence = confidence_of(draft, index)
    if without_units:
        draft.problems.append(Problem(
            f"{len(without_units)} hạn chế chưa có đơn vị nào (số {', '.join(without_units)}): "
            "hãy chọn đơn vị trước khi nhập."))
