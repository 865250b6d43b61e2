"""A tiny line-based markup from which every corpus document is rendered.

Each document is written once in this markup; the renderers turn it into
.docx, .pdf, .txt or .md.  The markup is deliberately close to what a clerk
would type, so that the .txt and .md renderings read like real files.

Line forms (one block per line):

  @hdr PARENT | ISSUER | NUMBER | PLACE_DATE   national motto + issuer block
  @title TEXT            centred bold title (may repeat for a subtitle)
  @sub TEXT              centred subtitle (italic in docx/pdf)
  @list KIND             start a new automatic numbering instance
                         KIND: decimal | roman | outline
  N0 / N1 / N2 TEXT      automatically numbered paragraph at level 0/1/2
  H1 / H2 / H3 TEXT      heading (Heading 1/2/3 style in docx)
  LB TEXT                "List Bullet" style paragraph (docx), "- " elsewhere
  LN TEXT                "List Number" style paragraph (docx), "1." elsewhere
  @table / @end          table; rows are |a|b|c|; a cell "^" merges with the
                         cell above, "<" with the cell on its left; "//"
                         inside a cell is a line break
  @sig TEXT              signature block line (right column)
  @pagebreak             page break (docx, pdf)
  anything else          a normal paragraph; "**x**" is bold, "*x*" italic

Findings are marked inline with ⟦ ... ⟧ (stripped when rendering); the
order of the marks is the order of the findings in the gold.
"""
import re

FIND_RE = re.compile(r"⟦(.*?)⟧", re.S)


def strip_marks(text):
    return text.replace("⟦", "").replace("⟧", "")


def strip_inline(text):
    """Plain text: no finding marks, no bold/italic asterisks."""
    text = strip_marks(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(\S.*?\S|\S)\*(?![\w*])", r"\1", text)
    return text


def marked_findings(src):
    return [strip_inline(m) for m in FIND_RE.findall(src)]


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
         "XI", "XII", "XIII", "XIV", "XV"]
LETTERS = "abcdđeghiklmnopqrstuvxy"

# format of each level for the three numbering kinds: (numFmt, lvlText)
LIST_KINDS = {
    "decimal": [("decimal", "%1."), ("lowerLetter", "%2)"), ("bullet", "-")],
    "roman": [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3.")],
    "outline": [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")],
}


class Counter:
    """Computes the visible label of a numbered paragraph (non-docx renderers)."""

    def __init__(self, kind):
        self.kind = kind
        self.c = [0, 0, 0]

    def label(self, lvl):
        self.c[lvl] += 1
        for i in range(lvl + 1, 3):
            self.c[i] = 0
        fmt, text = LIST_KINDS[self.kind][lvl]
        if fmt == "bullet":
            return text

        def one(i):
            f = LIST_KINDS[self.kind][i][0]
            n = self.c[i]
            if f == "upperRoman":
                return ROMAN[n]
            if f == "lowerLetter":
                return "abcdeghiklmnopqrstuvxy"[n - 1]
            return str(n)

        out = text
        for i in range(3):
            out = out.replace("%%%d" % (i + 1), one(i))
        return out


def parse(src):
    """Parse the markup into a list of (kind, payload) blocks."""
    blocks = []
    lines = src.strip("\n").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line.strip():
            continue
        if line.startswith("@hdr "):
            parts = [p.strip() for p in line[5:].split("|")]
            blocks.append(("hdr", parts))
        elif line.startswith("@title "):
            blocks.append(("title", line[7:]))
        elif line.startswith("@sub "):
            blocks.append(("sub", line[5:]))
        elif line.startswith("@list "):
            blocks.append(("list", line[6:].strip()))
        elif line.startswith("@sig "):
            blocks.append(("sig", line[5:]))
        elif line.strip() == "@pagebreak":
            blocks.append(("pagebreak", None))
        elif line.strip() == "@table":
            rows = []
            while not lines[i].strip() == "@end":
                row = lines[i].strip()
                i += 1
                if row:
                    rows.append([c.strip() for c in row.strip("|").split("|")])
            i += 1
            blocks.append(("table", rows))
        elif re.match(r"^N[012] ", line):
            blocks.append(("num", (int(line[1]), line[3:])))
        elif re.match(r"^H[123] ", line):
            blocks.append(("heading", (int(line[1]), line[3:])))
        elif line.startswith("LB "):
            blocks.append(("lb", line[3:]))
        elif line.startswith("LN "):
            blocks.append(("ln", line[3:]))
        else:
            blocks.append(("p", line))
    return blocks
