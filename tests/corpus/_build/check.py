"""Check the corpus: every gold finding text occurs in its document's plain
text (modulo whitespace and markdown emphasis), and every gold file is
well formed.  Usage: python tests/corpus/_build/check.py"""
import glob
import json
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {"tinh", "huyen", "so", "xa", "phuong", "thi_tran", "dac_khu", "phong", "trung_tam", "khac"}
KIND_WORD = {"xa": "xã", "phuong": "phường", "thi_tran": "thị trấn", "dac_khu": "đặc khu"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def docx_text(path):
    from docx import Document
    doc = Document(path)
    parts = []
    body = doc.element.body
    for el in body.iter():
        if el.tag.endswith("}p"):
            texts = []
            for node in el.iter():
                if node.tag.endswith("}t"):
                    texts.append(node.text or "")
                elif node.tag.endswith("}br") or node.tag.endswith("}tab"):
                    texts.append(" ")
            parts.append("".join(texts))
    return "\n".join(parts)


def pdf_text(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)


def plain(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx":
        t = docx_text(path)
    elif ext == "pdf":
        t = pdf_text(path)
    else:
        with open(path, encoding="utf-8") as fh:
            t = fh.read()
        t = t.replace("<br>", " ")
        t = re.sub(r"\*\*(.+?)\*\*", r"\1", t)
    return " ".join(t.split())


def main():
    errors = 0
    golds = sorted(glob.glob(os.path.join(OUT, "*.gold.json")))
    styles = set()
    fmts = {}
    total = 0
    for g in golds:
        name = os.path.basename(g)[:-len(".gold.json")]
        gold = json.load(open(g, encoding="utf-8"))
        doc = os.path.join(OUT, "%s.%s" % (name, gold["format"]))
        if not os.path.exists(doc):
            print("MISSING", doc)
            errors += 1
            continue
        styles.add(gold["style"])
        fmts[gold["format"]] = fmts.get(gold["format"], 0) + 1
        text = plain(doc)
        refs = []
        for u in gold["units"]:
            assert u["kind"] in KINDS, (name, u)
            refs.append("%s %s" % (KIND_WORD[u["kind"]], u["name"]) if u["kind"] in KIND_WORD else u["name"])
        for x in gold["inspected"]:
            if x not in refs:
                print(name, "inspected not in units:", x)
                errors += 1
        for key in ("issued_on", "report_deadline"):
            if gold[key] is not None and not DATE.match(gold[key]):
                print(name, "bad date", key, gold[key])
                errors += 1
        if gold["expect_refusal"] != (not gold["findings"]):
            print(name, "expect_refusal inconsistent with findings")
            errors += 1
        for f in gold["findings"]:
            total += 1
            if " ".join(f["text"].split()) not in text:
                print(name, "TEXT NOT FOUND:", f["text"][:90])
                errors += 1
            for u in f["units"]:
                if u not in refs:
                    print(name, "finding unit not in units:", u)
                    errors += 1
            if not f["units"]:
                print(name, "finding without units:", f["text"][:60])
                errors += 1
            if f["deadline"] is not None and not DATE.match(f["deadline"]):
                print(name, "bad finding deadline", f["deadline"])
                errors += 1
    print("%d documents, %d findings, %d styles %s, formats %s, %d errors"
          % (len(golds), total, len(styles), sorted(styles), fmts, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
