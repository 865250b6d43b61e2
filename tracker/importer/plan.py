"""From a draft (as read, or as corrected on the review page) to what the confirm-import operation writes.

Pure Python: unit ids come from the draft's registry records.
"""

from tracker.categories import CATEGORIES
from tracker.importer.draft import Draft, Problem
from tracker.importer.load import PlannedFinding, PlannedInspection


def plan_from_draft(draft: Draft) -> tuple[PlannedInspection, list[Problem]]:
    """The inspection to create, and the problems the coordinator should know of.

    Blocking problems (a date that does not exist) are returned, not raised: the caller refuses
    to write when any is blocking.
    """
    findings = []
    for finding in draft.findings:
        findings.append(PlannedFinding(
            text=finding.text.strip(),
            category=finding.category if finding.category in CATEGORIES else "khac",
            heading=finding.heading,
            unit_ids=[unit.id for unit in draft.units_of(finding)],
            deadline=finding.deadline,
            ongoing=finding.ongoing,
            remedy=finding.remedy,
            progress=finding.progress,
            review_note=finding.note,
        ))
    plan = PlannedInspection(
        title=draft.title,
        findings=findings,
        number=draft.number,
        issued_on=draft.issued_on,
        issue_place=draft.issue_place,
        report_deadline=draft.deadline,
    )
    return plan, list(draft.problems)
