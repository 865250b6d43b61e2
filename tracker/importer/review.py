"""The review screen's state: a draft as editable fields, read back from the posted form.

The form carries the whole draft (texts, categories, deadlines, units per finding, how unknown
names are mapped), so nothing is stored between upload and confirm except the uploaded file
itself, kept aside under a random token. ``to_plan`` validates everything and answers either the
plan to write or the Vietnamese errors to show next to the fields, with the user's input kept.
"""

from dataclasses import dataclass, field
from datetime import date

from tracker.categories import CATEGORIES
from tracker.clock import vn_date
from tracker.forms import FormError, parse_date
from tracker.importer.draft import Draft
from tracker.importer.load import PlannedFinding, PlannedInspection
from tracker.sanitize import parse_id, strip_control

NEW_UNIT = "new"


@dataclass
class ReviewFinding:
    """One finding's fields on the review page."""

    text: str
    category: str = "khac"
    heading: str = ""
    deadline: str = ""  # dd/mm/yyyy; empty means the report deadline
    ongoing: bool = False
    remedy: str = ""
    progress: str = ""
    unit_ids: set[int] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)
    note: str = ""
    include: bool = True
    all_inspected: bool = False
    how: list[str] = field(default_factory=list)  # how the importer found it, what it inferred
    confidence: float = 0.9
    deadline_rule: str = ""  # a relative deadline's computation, as the document states it

    @property
    def unsure(self) -> bool:
        """Whether the importer asks for a careful look (prose, a guess)."""
        return self.confidence < 0.6


@dataclass
class Review:
    """Everything the review page shows and posts back."""

    token: str
    filename: str
    title: str
    number: str = ""
    issued_on: str = ""
    issue_place: str = ""
    deadline: str = ""
    deadline_text: str = ""
    findings: list[ReviewFinding] = field(default_factory=list)
    candidate_ids: list[int] = field(default_factory=list)  # units offered as checkboxes
    unresolved: list[str] = field(default_factory=list)  # every unknown name, once
    mapping: dict[str, str] = field(default_factory=dict)  # name -> unit id, "new" or ""
    new_kinds: dict[str, str] = field(default_factory=dict)
    new_names: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    inspected_names: list[str] = field(default_factory=list)  # unknown names of inspected units
    suggestions: dict[str, list[int]] = field(default_factory=dict)  # a name fitting several units

    @classmethod
    def from_draft(cls, draft: Draft, token: str, filename: str) -> "Review":
        """The review of a draft as read; every text is cleaned of control characters first (a
        form carrying one would be refused), so nothing read can block the confirm."""
        review = cls._from_draft(draft, token, filename)
        return _cleaned(review)

    @classmethod
    def _from_draft(cls, draft: Draft, token: str, filename: str) -> "Review":
        findings, candidates, unresolved = [], {}, {}
        for unit in draft.inspected_units:
            candidates[unit.id] = None
        for name in draft.inspected_unresolved:
            unresolved[name] = None  # to map or create; it joins every finding about all units
        suggestions: dict[str, list[int]] = {}
        for finding in draft.findings:
            units = draft.units_of(finding)
            for unit in units:
                candidates[unit.id] = None
            for name in finding.unresolved:
                unresolved[name] = None
            for written, fits in finding.ambiguous.items():
                suggestions[written] = [unit.id for unit in fits]
                unresolved.setdefault(written, None)
                for unit in fits:
                    candidates[unit.id] = None
            findings.append(ReviewFinding(
                text=finding.text, category=finding.category, heading=finding.heading or "",
                deadline=vn_date(finding.deadline), ongoing=finding.ongoing,
                remedy=finding.remedy or "", progress=finding.progress or "",
                unit_ids={unit.id for unit in units}, unresolved=list(finding.unresolved),
                note=finding.note or "", all_inspected=finding.all_inspected,
                how=list(finding.how), confidence=finding.confidence,
                deadline_rule=finding.deadline_rule or "",
            ))
        return cls(
            token=token, filename=filename, title=draft.title, number=draft.number or "",
            issued_on=vn_date(draft.issued_on), issue_place=draft.issue_place or "",
            deadline=vn_date(draft.deadline), deadline_text=draft.deadline_text or "",
            findings=findings, candidate_ids=list(candidates), unresolved=list(unresolved),
            mapping=dict.fromkeys(unresolved, ""),
            new_names={name: name for name in unresolved},
            new_kinds=dict.fromkeys(unresolved, "xa"),
            problems=[problem.message for problem in draft.problems],
            inspected_names=list(draft.inspected_unresolved), suggestions=suggestions,
        )

    @classmethod
    def from_form(cls, form) -> "Review":
        count = int(form.get("finding_count", "0") or 0)
        findings = []
        for index in range(count):
            prefix = f"f{index}-"
            findings.append(ReviewFinding(
                text=form.get(prefix + "text", "").strip(),
                category=form.get(prefix + "category", "khac"),
                heading=form.get(prefix + "heading", "").strip(),
                deadline=form.get(prefix + "deadline", "").strip(),
                ongoing=bool(form.get(prefix + "ongoing")),
                remedy=form.get(prefix + "remedy", "").strip(),
                progress=form.get(prefix + "progress", "").strip(),
                unit_ids={value for value in map(parse_id, form.getlist(prefix + "units")) if value},
                unresolved=[name for name in form.getlist(prefix + "unresolved") if name],
                note=form.get(prefix + "note", ""),
                include=bool(form.get(prefix + "include")),
                all_inspected=bool(form.get(prefix + "all_inspected")),
                how=[line for line in form.getlist(prefix + "how") if line],
                confidence=_confidence(form.get(prefix + "confidence")),
                deadline_rule=form.get(prefix + "deadline_rule", ""),
            ))
        unresolved = [name for name in form.getlist("unresolved") if name]
        return cls(
            token=form.get("token", ""), filename=form.get("filename", ""),
            title=form.get("title", "").strip(), number=form.get("number", "").strip(),
            issued_on=form.get("issued_on", "").strip(), issue_place=form.get("issue_place", "").strip(),
            deadline=form.get("deadline", "").strip(), deadline_text=form.get("deadline_text", ""),
            findings=findings,
            candidate_ids=[value for value in map(parse_id, form.get("candidates", "").split(",")) if value],
            unresolved=unresolved,
            mapping={name: form.get(f"map-{number}", "") for number, name in enumerate(unresolved)},
            new_names={name: form.get(f"new-name-{number}", name).strip() for number, name in enumerate(unresolved)},
            new_kinds={name: form.get(f"new-kind-{number}", "xa") for number, name in enumerate(unresolved)},
            problems=form.getlist("problem"),
            inspected_names=[name for name in form.getlist("inspected_name") if name],
            suggestions={name: [value for value in map(parse_id, form.get(f"suggest-{number}", "").split(","))
                                if value] for number, name in enumerate(unresolved)},
        )

    def to_plan(self, new_unit_ids: dict[str, int] | None = None) -> PlannedInspection:
        """The plan to write, or ``FormError`` after filling ``errors`` (field -> message).

        ``new_unit_ids`` gives the ids of units created for unknown names ("new" mappings).
        """
        self.errors = {}
        new_unit_ids = new_unit_ids or {}

        def read_date(name: str, value: str, required: bool = False) -> date | None:
            try:
                return parse_date(value, required=required)
            except FormError as error:
                self.errors[name] = str(error)
                return None

        if not self.title:
            self.errors["title"] = "Vui lòng nhập tên đợt kiểm tra."
        issued_on = read_date("issued_on", self.issued_on)
        report_deadline = read_date("deadline", self.deadline)
        findings = []
        for index, finding in enumerate(self.findings):
            if not finding.include:
                continue
            if not finding.text:
                self.errors[f"f{index}-text"] = "Nội dung hạn chế không được để trống."
            own = None if finding.ongoing else read_date(f"f{index}-deadline", finding.deadline)
            unit_ids = set(finding.unit_ids)
            # A name the finding wrote, and, for a finding that concerns every inspected unit, the
            # inspected units the registry did not know: each joins as the reviewer mapped it.
            names = list(finding.unresolved) + (self.inspected_names if finding.all_inspected else [])
            for name in names:
                choice = self.mapping.get(name, "")
                if parse_id(choice):
                    unit_ids.add(parse_id(choice))
                elif choice == NEW_UNIT and name in new_unit_ids:
                    unit_ids.add(new_unit_ids[name])
            if not unit_ids:
                self.errors[f"f{index}-units"] = "Hãy chọn ít nhất một đơn vị cho hạn chế này (hoặc bỏ chọn “Nhập”)."
            if not finding.ongoing and own is None and report_deadline is None and not self.errors.get(f"f{index}-deadline"):
                self.errors[f"f{index}-deadline"] = ("Chưa có thời hạn: nhập thời hạn riêng, thời hạn báo cáo "
                                                     "chung, hoặc chọn “Thường xuyên”.")
            findings.append(PlannedFinding(
                text=finding.text,
                category=finding.category if finding.category in CATEGORIES else "khac",
                heading=finding.heading or None,
                unit_ids=sorted(unit_ids),
                deadline=own,
                ongoing=finding.ongoing,
                remedy=finding.remedy or None,
                progress=finding.progress or None,
                review_note=finding.note or None,
            ))
        if not findings:
            self.errors["findings"] = "Hãy giữ lại ít nhất một hạn chế để nhập."
        for number, name in enumerate(self.unresolved):
            if self.mapping.get(name) == NEW_UNIT and not self.new_names.get(name):
                self.errors[f"new-name-{number}"] = "Vui lòng nhập tên đơn vị mới."
        if self.errors:
            raise FormError("Chưa nhập được: vui lòng sửa các ô được đánh dấu.")
        return PlannedInspection(
            title=self.title, findings=findings, number=self.number or None, issued_on=issued_on,
            issue_place=self.issue_place or None, report_deadline=report_deadline,
        )


def _confidence(text: str | None) -> float:
    """The confidence the review form carried back (0..1), 0.9 when absent or garbled."""
    try:
        value = float(text or "")
    except ValueError:
        return 0.9
    return min(max(value, 0.0), 1.0)


def _cleaned(value):
    """``value`` with control characters removed from every string inside it."""
    if isinstance(value, str):
        return strip_control(value)
    if isinstance(value, list):
        return [_cleaned(item) for item in value]
    if isinstance(value, dict):
        return {_cleaned(key): _cleaned(item) for key, item in value.items()}
    if isinstance(value, (Review, ReviewFinding)):
        for name, item in vars(value).items():
            setattr(value, name, _cleaned(item))
    return value
