"""Build the corpus: render every document and write its gold file.

Usage:  python tests/corpus/_build/build.py [NAME_PREFIX ...]

Documents are defined in docs_*.py as calls to D(...).  The gold is written
by hand next to each document's markup; this script only expands the unit
shorthands described below and copies the text of the findings marked with
⟦ ⟧ in the markup, so that the gold text is byte-identical to the document.

Shorthands in a finding's units:
  "*"                    all inspected units
  "* - xã A; xã B"       all inspected units except these
  "xã A; phường 1"       exactly these
A finding is either a units string, or a tuple (units, deadline) where
deadline is "YYYY-MM-DD", None, or "ongoing" (Thường xuyên).
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from markup import marked_findings  # noqa: E402
import render  # noqa: E402

KIND_WORD = {"xa": "xã", "phuong": "phường", "thi_tran": "thị trấn", "dac_khu": "đặc khu"}
KINDS = {"tinh", "huyen", "so", "xa", "phuong", "thi_tran", "dac_khu", "phong", "trung_tam", "khac"}

from registry import D, DOCS  # noqa: E402,F401


def ref(name, kind):
    return "%s %s" % (KIND_WORD[kind], name) if kind in KIND_WORD else name


def parse_units(spec):
    units = []
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        kind, name = part.split(":", 1)
        assert kind in KINDS, kind
        units.append({"name": name.strip(), "kind": kind})
    return units


def expand(spec, inspected, known):
    spec = spec.strip()
    if spec.startswith("*"):
        rest = spec[1:].strip()
        excluded = []
        if rest:
            assert rest.startswith("-"), spec
            excluded = [x.strip() for x in rest[1:].split(";") if x.strip()]
        for x in excluded:
            assert x in inspected, (x, inspected)
        out = [u for u in inspected if u not in excluded]
    else:
        out = [x.strip() for x in spec.split(";") if x.strip()]
    for x in out:
        assert x in known, "unknown unit ref %r (known: %r)" % (x, known)
    assert len(out) == len(set(out)), out
    return out


def gold_of(d):
    units = parse_units(d["units"])
    refs = [ref(u["name"], u["kind"]) for u in units]
    assert len(refs) == len(set(refs)), refs
    insp = d.get("inspected", "*")
    inspected = refs[:] if insp == "*" else [x.strip() for x in insp.split(";") if x.strip()]
    for x in inspected:
        assert x in refs, x
    texts = marked_findings(d["src"])
    specs = d.get("findings", [])
    assert len(texts) == len(specs), "%s: %d marked findings, %d gold specs" % (d["name"], len(texts), len(specs))
    findings = []
    for text, spec in zip(texts, specs):
        deadline = None
        if isinstance(spec, tuple):
            spec, deadline = spec
        f = {"text": " ".join(text.split()), "units": expand(spec, inspected, refs), "deadline": None}
        if deadline == "ongoing":
            f["ongoing"] = True
        elif deadline:
            f["deadline"] = deadline
        findings.append(f)
    area_name, area_kind = d["area"]
    return {
        "style": d["style"],
        "issuer": d["issuer"],
        "format": d["fmt"],
        "issued_on": d.get("issued_on"),
        "area": {"name": area_name, "kind": area_kind},
        "units": units,
        "inspected": inspected,
        "report_deadline": d.get("report_deadline"),
        "findings": findings,
        "expect_refusal": bool(d.get("expect_refusal", False)),
    }


def build(d):
    name, fmt = d["name"], d["fmt"]
    path = os.path.join(OUT, "%s.%s" % (name, fmt))
    opts = d.get("opts", {})
    if fmt == "docx":
        render.to_docx(d["src"], path, opts)
    elif fmt == "pdf":
        render.to_pdf(d["src"], path, opts)
    elif fmt in ("txt", "md"):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render.to_text(d["src"], md=(fmt == "md"), opts=opts))
    else:
        raise ValueError(fmt)
    gold = gold_of(d)
    with open(os.path.join(OUT, "%s.gold.json" % name), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return gold


def main(argv):
    for mod in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("docs_") and f.endswith(".py")):
        importlib.import_module(mod)
    names = [d["name"] for d in DOCS]
    assert len(names) == len(set(names)), "duplicate names"
    for d in DOCS:
        if argv and not any(d["name"].startswith(p) for p in argv):
            continue
        g = build(d)
        print("%-45s %-4s %-24s %2d findings" % (d["name"], d["fmt"], d["style"], len(g["findings"])))


if __name__ == "__main__":
    main(sys.argv[1:])
