"""The draft an import produces: what the parser read, before the coordinator confirms it.

Plain data, serialisable to the JSON the CLI prints (``tracker conclusions import --dry-run
--json``) and to the review page's form.
"""

from dataclasses import dataclass, field
from datetime import date

from tracker.categories import category_label
from tracker.importer.units import RegistryUnit
from tracker.importer.vocab import KIND_WORDS


@dataclass
class Problem:
    """Something the coordinator must look at. ``blocking`` problems forbid the import."""

    message: str
    blocking: bool = False
    finding: int | None = None  # index of the finding concerned, when there is one


@dataclass
class DraftFinding:
    """One deficiency as read: where it sat, what it says, whom it concerns, by when."""

    text: str
    heading: str | None = None
    category: str = "khac"
    units: list[RegistryUnit] = field(default_factory=list)  # named and resolved
    all_inspected: bool = False  # names no unit: concerns every inspected unit
    unresolved: list[str] = field(default_factory=list)  # names as written, not resolved
    ambiguous: dict[str, list[RegistryUnit]] = field(default_factory=dict)
    fuzzy: dict[str, RegistryUnit] = field(default_factory=dict)  # typos read as a unit
    more_implied: bool = False  # the list ends in ",..."
    deadline: date | None = None  # the finding's own deadline (a table row's, or in its text)
    deadline_text: str | None = None
    ongoing: bool = False  # "Thường xuyên"
    remedy: str | None = None
    progress: str | None = None
    source: str = "text"  # "text" or "table"
    context: str | None = None  # the list item a "+" item sits under: its names apply too
    unit_cell: str | None = None  # a table row's unit column, when the table has one
    how: list[str] = field(default_factory=list)  # how it was found and what was inferred (Vietnamese)
    confidence: float = 0.9  # 0..1: how sure the importer is that this is one deficiency as read
    scope: str | None = None  # a unit lead-in or heading the finding sat under ("Xã Tân Hiệp")
    deadline_rule: str | None = None  # a relative deadline's computation, for display
    inherited_unresolved: list[str] = field(default_factory=list)  # inspected names not resolved

    @property
    def note(self) -> str | None:
        """What the coordinator is asked to check for this finding, in Vietnamese."""
        notes = []
        if self.more_implied:
            notes.append("Danh sách đơn vị kết thúc bằng “...”: có thể còn đơn vị khác chưa nêu tên.")
        own = [name for name in self.unresolved if name not in self.inherited_unresolved]
        if own:
            notes.append("Chưa xác định được đơn vị: " + ", ".join(own) + ".")
        for written, units in self.ambiguous.items():
            names = ", ".join(unit.name for unit in units)
            notes.append(f"“{written}” trùng tên nhiều đơn vị ({names}).")
        for written, unit in self.fuzzy.items():
            kind = KIND_WORDS.get(unit.kind, "")
            notes.append(f"Đã hiểu “{written}” là {kind + ' ' if kind else ''}{unit.name}.")
        return " ".join(notes) or None


@dataclass
class Draft:
    """A whole conclusion as read."""

    title: str
    findings: list[DraftFinding]
    number: str | None = None
    issued_on: date | None = None
    issue_place: str | None = None
    issuer: str | None = None
    year: int | None = None
    deadline: date | None = None  # the report deadline: when the remediation must be reported
    deadline_text: str | None = None
    inspected_units: list[RegistryUnit] = field(default_factory=list)
    inspected_unresolved: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def units_of(self, finding: DraftFinding) -> list[RegistryUnit]:
        """The units a finding concerns: those it names, or every inspected unit."""
        if finding.all_inspected:
            return list(self.inspected_units)
        return list(finding.units)

    def deadline_of(self, finding: DraftFinding) -> date | None:
        """A finding's own deadline wins; "Thường xuyên" has none; else the report deadline."""
        if finding.ongoing:
            return None
        return finding.deadline or self.deadline

    @property
    def blocking(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.blocking]

    def pair_count(self) -> int:
        return sum(len(self.units_of(finding)) for finding in self.findings)

    def to_json(self) -> dict:
        """The CLI's ``--json`` shape (dates ISO, units by name)."""
        return {
            "title": self.title,
            "number": self.number,
            "issued_on": _iso(self.issued_on),
            "issue_place": self.issue_place,
            "issuer": self.issuer,
            "deadline": _iso(self.deadline),
            "deadline_text": self.deadline_text,
            "inspected_units": [unit.name for unit in self.inspected_units],
            "inspected_unresolved": self.inspected_unresolved,
            "findings": [
                {
                    "heading": finding.heading,
                    "category": finding.category,
                    "category_label": category_label(finding.category),
                    "text": finding.text,
                    "units": [unit.name for unit in self.units_of(finding)],
                    "all_inspected": finding.all_inspected,
                    "unresolved": finding.unresolved,
                    "deadline": _iso(self.deadline_of(finding)),
                    "deadline_text": finding.deadline_text,
                    "ongoing": finding.ongoing,
                    "remedy": finding.remedy,
                    "progress": finding.progress,
                    "note": finding.note,
                    "how": finding.how,
                    "confidence": round(finding.confidence, 2),
                    "candidates": {written: [unit.to_json() for unit in units]
                                   for written, units in finding.ambiguous.items()},
                    "deadline_rule": finding.deadline_rule,
                }
                for finding in self.findings
            ],
            "counts": {
                "findings": len(self.findings),
                "items": self.pair_count(),
                "units": len({unit.id for finding in self.findings for unit in self.units_of(finding)}),
            },
            "problems": [
                {"message": problem.message, "blocking": problem.blocking, "finding": problem.finding}
                for problem in self.problems
            ],
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
