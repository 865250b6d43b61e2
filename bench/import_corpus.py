"""Score the importer on the corpus of conclusions in ``tests/corpus`` against their gold JSON.

Each document is imported twice through the same code path as ``tracker conclusions import FILE
--dry-run --json`` (``service.read_draft`` then ``Draft.to_json``), on a throwaway SQLite
database: (a) into an empty registry, where a unit counts as found when it comes out among the
resolved or the unresolved names; (b) with every document's units registered under its area
(all documents together, so several "Phường 1" coexist) and the area given as ``--district``,
where a name flagged with the right candidate counts as found.

Gold findings are matched one-to-one to extracted ones by text similarity; the scorer prints
per-document and total recall and precision of findings and of (finding, unit) pairs, report
deadline accuracy, per-style totals and the median parse time.

    python -m bench.import_corpus [--only 05] [--mode a|b] [-v]
"""

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from tracker.importer.units import key as unit_key
from tracker.text import fold

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"
MATCH_THRESHOLD = 85
_MARKER = re.compile(r"^\s*(?:[-–—+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[ivx]{1,4}[.)])\s*")


@dataclass
class Score:
    """Counts for one document (or a total): findings, pairs, deadline."""

    gold_findings: int = 0
    found_findings: int = 0
    matched_findings: int = 0
    gold_pairs: int = 0
    found_pairs: int = 0
    matched_gold_pairs: int = 0
    correct_found_pairs: int = 0
    deadlines: int = 0
    deadlines_right: int = 0
    refused_right: int = 0
    refusals: int = 0
    own_deadlines: int = 0  # matched findings whose gold has its own deadline or "ongoing"
    own_deadlines_right: int = 0
    seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        """Accumulate another score into this one."""
        for name in ("gold_findings", "found_findings", "matched_findings", "gold_pairs", "found_pairs",
                     "matched_gold_pairs", "correct_found_pairs", "deadlines", "deadlines_right",
                     "refused_right", "refusals", "own_deadlines", "own_deadlines_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.seconds += other.seconds

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        """part / whole, 100% when there is nothing to find."""
        return 1.0 if whole == 0 else part / whole

    def totals(self) -> dict[str, float]:
        """Recall and precision of findings and pairs, and deadline accuracy, as fractions."""
        return {
            "findings_recall": self.ratio(self.matched_findings, self.gold_findings),
            "findings_precision": self.ratio(self.matched_findings, self.found_findings),
            "pairs_recall": self.ratio(self.matched_gold_pairs, self.gold_pairs),
            "pairs_precision": self.ratio(self.correct_found_pairs, self.found_pairs),
            "deadline_accuracy": self.ratio(self.deadlines_right + self.refused_right,
                                            self.deadlines + self.refusals),
        }

    def own_deadline_accuracy(self) -> float:
        """Informational: findings with their own deadline (a row's, "hoàn thành trước ...")."""
        return self.ratio(self.own_deadlines_right, self.own_deadlines)


def normalise(text: str) -> str:
    """Folded text without list markers or line breaks, for matching findings."""
    lines = [_MARKER.sub("", line) for line in (text or "").splitlines()]
    return fold(" ".join(lines)).strip(" .;:")


def similarity(gold: str, found: str) -> float:
    """How alike a gold finding and an extracted one are (0..100)."""
    if not gold or not found:
        return 0.0
    return max(fuzz.token_set_ratio(gold, found), fuzz.ratio(gold, found),
               fuzz.partial_ratio(gold, found) if min(len(gold), len(found)) >= 0.6 * max(len(gold), len(found)) else 0)


def match_findings(gold: list[str], found: list[str]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, found index), best similarity first, above the threshold."""
    gold_n = [normalise(text) for text in gold]
    found_n = [normalise(text) for text in found]
    scored = sorted(((similarity(g, f), i, j) for i, g in enumerate(gold_n) for j, f in enumerate(found_n)),
                    reverse=True)
    used_gold, used_found, pairs = set(), set(), []
    for score, i, j in scored:
        if score < MATCH_THRESHOLD:
            break
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((i, j))
    return pairs


def unit_ref_key(reference: str) -> str:
    """A unit reference's matching key: "xã Yên Hòa", "Yên Hòa", "P.2" -> "yen hoa", "2"."""
    return unit_key(reference.replace("’", "'"))


def _abbreviation_keys(reference: str) -> set[str]:
    from tracker.importer.bodies import abbreviations

    return {unit_key(form) for form in abbreviations(reference)}


def found_units(finding: dict, area: str | None) -> list[tuple[str, set[str]]]:
    """The units an extracted finding names: (key, keys it may stand for)."""
    out = []
    for name in finding.get("units", []):
        out.append((unit_ref_key(name), {unit_ref_key(name)}))
    candidates = finding.get("candidates") or {}
    for name in finding.get("unresolved", []):
        options = candidates.get(name)
        if options:
            right = {unit_ref_key(option["name"]) for option in options if area is None or option.get("area") == area}
            out.append((unit_ref_key(name), right))
        else:
            out.append((unit_ref_key(name), {unit_ref_key(name)}))
    return out


def unit_matches(gold_ref: str, found_keys: set[str]) -> bool:
    """A gold unit found under its key, an abbreviation of it, or a close spelling."""
    gold_key = unit_ref_key(gold_ref)
    if gold_key in found_keys:
        return True
    if found_keys & _abbreviation_keys(gold_ref):
        return True
    return any(len(key) >= 5 and fuzz.ratio(gold_key, key) >= 90 for key in found_keys)


def score_document(gold: dict, draft_json: dict | None, seconds: float, area: str | None) -> Score:
    """Compare one document's draft (None when refused) with its gold."""
    score = Score(seconds=[seconds])
    if gold.get("expect_refusal"):
        score.refusals = 1
        score.refused_right = int(draft_json is None)
        if draft_json is not None:
            score.found_findings = len(draft_json["findings"])
            score.found_pairs = sum(len(found_units(f, area)) for f in draft_json["findings"])
        return score
    gold_findings = gold["findings"]
    found = draft_json["findings"] if draft_json else []
    score.gold_findings, score.found_findings = len(gold_findings), len(found)
    score.gold_pairs = sum(len(finding["units"]) for finding in gold_findings)
    score.deadlines = 1
    score.deadlines_right = int((draft_json or {}).get("deadline") == gold.get("report_deadline"))
    if draft_json is not None and not score.deadlines_right:
        score.misses.append(f"deadline {draft_json.get('deadline')} != {gold.get('report_deadline')}")
    pairs = match_findings([g["text"] for g in gold_findings], [f["text"] for f in found])
    score.matched_findings = len(pairs)
    matched = dict(pairs)
    for j, finding in enumerate(found):
        units = found_units(finding, area)
        score.found_pairs += len(units)
        gold_index = next((i for i, jj in matched.items() if jj == j), None)
        if gold_index is None:
            score.misses.append(f"extra: {finding['text'][:90]!r} {[k for k, _ in units]}")
            continue
        # One extracted name per gold unit: the same unit named twice ("Phòng HC-TC" beside
        # "Phòng Hành chính - Tổ chức") counts once, the other is an extra pair.
        unmatched = list(gold_findings[gold_index]["units"])
        for _key, keys in units:
            ref = next((ref for ref in unmatched if unit_matches(ref, keys)), None)
            if ref is not None:
                unmatched.remove(ref)
                score.correct_found_pairs += 1
    for i, gold_finding in enumerate(gold_findings):
        if i not in matched:
            score.misses.append(f"missed: {gold_finding['text'][:90]!r}")
            continue
        if gold_finding.get("deadline") or gold_finding.get("ongoing"):
            score.own_deadlines += 1
            extracted = found[matched[i]]
            right = (extracted.get("ongoing") if gold_finding.get("ongoing")
                     else extracted.get("deadline") == gold_finding["deadline"])
            score.own_deadlines_right += bool(right)
            if not right:
                score.misses.append(f"own deadline of {gold_finding['text'][:40]!r}: "
                                    f"{extracted.get('deadline')} != {gold_finding.get('deadline')}")
        units = found_units(found[matched[i]], area)
        all_keys = [keys for _key, keys in units]
        hits = [ref for ref in gold_finding["units"] if any(unit_matches(ref, keys) for keys in all_keys)]
        score.matched_gold_pairs += len(hits)
        lost = [ref for ref in gold_finding["units"] if ref not in hits]
        extra = [key for key, keys in units if not any(unit_matches(ref, keys) for ref in gold_finding["units"])]
        if lost or extra:
            score.misses.append(f"units of {gold_finding['text'][:50]!r}: lost {lost} extra {extra}")
    return score


def documents(corpus: Path = CORPUS) -> list[tuple[Path, dict]]:
    """(document, gold) pairs of the corpus, in file order."""
    out = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        files = [path for path in corpus.glob(stem + ".*") if not path.name.endswith(".gold.json")]
        if files:
            out.append((files[0], json.loads(gold_path.read_text(encoding="utf-8"))))
    return out


def register_units(docs: list[tuple[Path, dict]]) -> None:
    """Every document's units under its area (areas shared by name and kind); flushes."""
    from sqlalchemy import select

    from tracker.extensions import db
    from tracker.models import Unit

    areas: dict[tuple[str, str], Unit] = {}
    for _path, gold in docs:
        area = gold.get("area") or {}
        if not area.get("name"):
            continue
        token = (area["name"], area.get("kind") or "huyen")
        if token not in areas:
            areas[token] = Unit(name=token[0], kind=token[1])
            db.session.add(areas[token])
            db.session.flush()
        parent = areas[token]
        for unit in gold.get("units", []):
            exists = db.session.scalar(select(Unit.id).where(
                Unit.parent_id == parent.id, Unit.name == unit["name"], Unit.kind == unit["kind"]))
            if exists is None:
                db.session.add(Unit(name=unit["name"], kind=unit["kind"], parent=parent))
                db.session.flush()


def run(docs: list[tuple[Path, dict]], mode: str) -> dict[str, tuple[Score, dict]]:
    """Import each document in ``mode`` ("a" empty registry, "b" registered); needs an app context."""
    from tracker.importer.service import ImportFailure, read_draft

    results = {}
    for path, gold in docs:
        area = (gold.get("area") or {}).get("name") if mode == "b" else None
        start = time.perf_counter()
        try:
            draft_json = read_draft(path.name, path.read_bytes(), area).to_json()
        except ImportFailure:
            draft_json = None
        seconds = time.perf_counter() - start
        results[path.name] = (score_document(gold, draft_json, seconds, area), gold)
    return results


def summarise(results: dict[str, tuple[Score, dict]], verbose: bool = False, out=sys.stdout) -> Score:
    """Print per-document lines, per-style and overall totals; return the total."""
    total = Score()
    styles: dict[str, Score] = {}
    for name, (score, gold) in results.items():
        total.add(score)
        styles.setdefault(gold.get("style", "?"), Score()).add(score)
        print(f"  {name[:44]:<44} {_line(score)}", file=out)
        if verbose:
            for miss in score.misses:
                print(f"      {miss}", file=out)
    print("  per style:", file=out)
    for style, score in sorted(styles.items()):
        print(f"    {style[:42]:<42} {_line(score)}", file=out)
    print(f"  TOTAL{'':<39} {_line(total)}   median parse {statistics.median(total.seconds) * 1000:.0f} ms",
          file=out)
    print(f"  (findings' own deadlines right: {total.own_deadline_accuracy():.1%} of {total.own_deadlines})", file=out)
    return total


def _line(score: Score) -> str:
    t = score.totals()
    return (f"findings R {t['findings_recall']:6.1%} P {t['findings_precision']:6.1%}   "
            f"pairs R {t['pairs_recall']:6.1%} P {t['pairs_precision']:6.1%}   "
            f"deadline {t['deadline_accuracy']:6.1%}")


def score_corpus(mode: str, only: str | None = None, verbose: bool = False, out=sys.stdout) -> Score:
    """Score the corpus in one registry mode; needs an app context on an empty database."""
    from tracker.extensions import db

    docs = [doc for doc in documents() if only is None or doc[0].name.startswith(only)]
    if mode == "b":
        register_units(documents())
    try:
        print(f"mode ({mode}): {'empty registry' if mode == 'a' else 'units registered under each area'}",
              file=out)
        return summarise(run(docs, mode), verbose, out)
    finally:
        db.session.rollback()


def main() -> None:
    """Score the corpus on a throwaway SQLite database, both registry modes unless one is asked."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="documents whose name starts with this")
    parser.add_argument("--mode", choices=["a", "b"], help="one registry mode only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list what was missed")
    args = parser.parse_args()
    import logging

    from flask_migrate import upgrade

    from tracker import MIGRATIONS_DIR, create_app

    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"TESTING": True, "SECRET_KEY": "bench", "INSTANCE_PATH": folder,
                          "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/corpus.db"})
        with app.app_context():
            logging.getLogger("alembic").setLevel(logging.WARNING)
            upgrade(directory=str(MIGRATIONS_DIR))
            for mode in [args.mode] if args.mode else ["a", "b"]:
                score_corpus(mode, args.only, args.verbose)


if __name__ == "__main__":
    main()
