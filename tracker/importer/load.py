"""What an import (or a coordinator typing an inspection in) asks to create: the planned
inspection and its findings. ``tracker.operations.writing`` writes them."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class PlannedFinding:
    """A finding as confirmed by the coordinator: text, category and the units it concerns."""

    text: str
    category: str = "khac"
    heading: str | None = None
    unit_ids: list[int] = field(default_factory=list)
    deadline: date | None = None  # the finding's own deadline (a table row's), else the report's
    ongoing: bool = False  # "Thường xuyên": no deadline at all
    remedy: str | None = None
    progress: str | None = None
    review_note: str | None = None  # what the importer asked the coordinator to check


@dataclass
class PlannedInspection:
    """An inspection as confirmed by the coordinator."""

    title: str
    findings: list[PlannedFinding]
    number: str | None = None
    issued_on: date | None = None
    issue_place: str | None = None
    report_deadline: date | None = None
    issuer_unit_id: int | None = None
    coordinator_unit_id: int | None = None
    requires_evidence: bool = False  # reports must carry at least one evidence file
    source_filename: str | None = None
    source_content_type: str | None = None
    source_sha256: str | None = None
    source_stored_name: str | None = None


def item_deadline(planned: PlannedFinding, report_deadline: date | None) -> date | None:
    """A row's own deadline wins; "Thường xuyên" means none; otherwise the report deadline."""
    if planned.ongoing:
        return None
    return planned.deadline or report_deadline
