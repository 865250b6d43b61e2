"""Find the units a sentence names and resolve them against the unit registry.

Documents name communes in every way: "như: A, B, C và thị trấn D", "(Xã A)", "(xã A, xã B)",
"các xã: …", "tại A và B", with or without "xã", "thị trấn", "TT", "phường", "P.", "UBND xã",
and with the typos real documents carry (Đông Vương for Đồng Vương, Bó Hạ for Bố Hạ). Matching
ignores case, diacritics and those prefixes; a name that matches no unit, or two, is never
guessed: it is returned unresolved for the coordinator to map.

Pure Python: the registry is a list of plain ``RegistryUnit`` records.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from tracker.importer.bodies import (
    abbreviations,
    generic,
    of_a_kind,
    registered_or_named_bodies,
)
from tracker.text import fold

COMMUNE_KINDS = {"xa", "phuong", "thi_tran", "dac_khu"}
AREA_KINDS = {"tinh", "huyen"}

# Kinds a prefix announces; "" means a name without prefix.
_PREFIXES: list[tuple[tuple[str, ...], str]] = [
    (("ủy", "ban", "nhân", "dân", "xã"), "xa"),
    (("uỷ", "ban", "nhân", "dân", "xã"), "xa"),
    (("ủy", "ban", "nhân", "dân", "phường"), "phuong"),
    (("ủy", "ban", "nhân", "dân", "thị", "trấn"), "thi_tran"),
    (("ubnd", "xã"), "xa"),
    (("ubnd", "phường"), "phuong"),
    (("ubnd", "thị", "trấn"), "thi_tran"),
    (("ubnd", "tt"), "thi_tran"),
    (("thị", "trấn"), "thi_tran"),
    (("thị", "xã"), "huyen"),
    (("đặc", "khu"), "dac_khu"),
    (("xã",), "xa"),
    (("phường",), "phuong"),
    (("tt",), "thi_tran"),
    (("p",), "phuong"),
]
# Higher levels: named only to be skipped ("huyện Yên Thế" is the issuer, not a target).
_SKIP_PREFIXES = {("huyện",), ("tỉnh",), ("thành", "phố"), ("tp",), ("quận",)}
# District-level units, targets only in a province's letter to its districts (``districts=True``).
_DISTRICT_PREFIXES = {("huyện",), ("thành", "phố"), ("tp",), ("quận",), ("thị", "xã")}
_PREFIX_WORDS = {"xã", "phường", "tt", "p", "ubnd", "thị", "trấn"}

_TOKEN = re.compile(r"\w+(?:['’]\w+)*|\.\.\.|…|[^\w\s]")
# What may stand between two names of one list: punctuation, "và", prefixes and list openers.
_LIST_GLUE = {",", ";", "và", "(", ")", ":", "-", "cùng", "hoặc", "/", "ủy", "ban", "nhân", "dân",
              "trấn", "các", "như", "tại", "xã", "phường", "tt", "p", "ubnd", "thị"}


@dataclass(frozen=True)
class RegistryUnit:
    """A unit the document's names can resolve to."""

    id: int
    name: str
    kind: str
    area: str = ""  # the parent's name, to tell two "Phường 1" apart

    def to_json(self) -> dict:
        """The unit as the CLI's JSON names a candidate."""
        return {"id": self.id, "name": self.name, "kind": self.kind, "area": self.area}


@dataclass
class Resolution:
    """What one written name resolved to: exactly one unit, or nothing (unknown or ambiguous)."""

    written: str
    unit: RegistryUnit | None = None
    candidates: list[RegistryUnit] = field(default_factory=list)  # when ambiguous
    fuzzy: bool = False

    @property
    def ambiguous(self) -> bool:
        return self.unit is None and len(self.candidates) > 1


@dataclass
class Mention:
    """A name found in a sentence, with what the parser needs to judge it."""

    written: str
    start: int
    end: int
    explicit: bool  # preceded by "xã", "thị trấn", "UBND xã"...
    kind: str = ""
    tokens: int = 1
    group: int = 0  # mentions of one list share a group
    resolution: Resolution | None = None
    generic: bool = False  # a body named by its parent's kind ("Trung tâm ... phường")
    body: bool = False  # a room, centre or other body rather than a commune or ward


def key(name: str) -> str:
    """The matching key of a unit name: folded, without its administrative prefix.

    The prefix is recognised with its diacritics ("phường", not "Phượng" of "Phượng Mao"),
    or folded when the name was typed without any.
    """
    lowered = unicodedata.normalize("NFC", name).lower().replace(".", " ").split()
    words = [fold(word) for word in lowered]
    for prefix, _kind in sorted(_PREFIXES, key=lambda entry: -len(entry[0])):
        size = len(prefix)
        head = lowered[:size]
        if len(lowered) > size and all(
                written == wanted or (written.isascii() and written == fold(wanted))
                for written, wanted in zip(head, prefix)) and len(head) == size:
            words = words[size:]
            break
    return " ".join(words)


class Registry:
    """The units names are resolved against, indexed by matching key."""

    def __init__(self, units: list[RegistryUnit], aliases: dict[int, list[str]] | None = None):
        """``aliases`` are other names a unit is found by (its former names), by unit id."""
        self.units = list(units)
        self.by_key: dict[str, list[RegistryUnit]] = {}
        self.body_names: list[tuple[str, RegistryUnit]] = []  # folded names of rooms, centres...
        for unit in self.units:
            names = [unit.name, *(aliases or {}).get(unit.id, [])]
            if unit.kind not in COMMUNE_KINDS | AREA_KINDS:
                names += [form for name in list(names) for form in abbreviations(name)]
                self.body_names += [(fold(name), unit) for name in names if len(fold(name)) >= 5]
            for name in names:
                entries = self.by_key.setdefault(key(name), [])
                if unit not in entries:
                    entries.append(unit)
        self.body_names.sort(key=lambda entry: -len(entry[0]))
        self._keys = list(self.by_key)
        self.by_id = {unit.id: unit for unit in self.units}

    def resolve(self, written: str, kind: str = "", allow_fuzzy: bool = True) -> Resolution:
        """One unit for ``written``, or an unresolved answer; never a guess between two."""
        name_key = key(written)
        candidates = list(self.by_key.get(name_key, []))
        other_kind = False
        if kind:  # "xã Yên Hòa" is not "thị trấn Yên Hòa" when both exist
            same_kind = [unit for unit in candidates if unit.kind == kind]
            other_kind = bool(candidates) and not same_kind
            candidates = same_kind or candidates
        if len(candidates) == 1 and other_kind:
            return Resolution(written, candidates[0], fuzzy=True)  # one unit, another kind: shown
        if len(candidates) > 1:
            exact = [unit for unit in candidates if _casefold_key(unit.name) == _casefold_key(written)]
            if len(exact) == 1:
                return Resolution(written, exact[0])
            return Resolution(written, None, candidates)
        if candidates:
            return Resolution(written, candidates[0])
        if allow_fuzzy and len(name_key) >= 5 and self._keys:
            best = process.extract(name_key, self._keys, scorer=fuzz.ratio, limit=2)
            if best and best[0][1] >= 86 and (len(best) == 1 or best[1][1] < best[0][1] - 8):
                units = self.by_key[best[0][0]]
                if len(units) == 1:
                    return Resolution(written, units[0], fuzzy=True)
                return Resolution(written, None, units)
        return Resolution(written)


def _casefold_key(name: str) -> str:
    words = unicodedata.normalize("NFC", name).casefold().replace(".", " ").split()
    return " ".join(word for word in words if word not in _PREFIX_WORDS)


def _is_name_word(token: str) -> bool:
    """A capitalised syllable ("Canh", "Nậu") or a number ("Phường 12"); not an acronym."""
    if token.isdigit():
        return len(token) <= 3
    if not token[:1].isalpha() or not token[:1].isupper():
        return False
    first = re.split(r"['’]", token)[0]  # "H'Leo", "M'gar": the part before the apostrophe
    return len(first) == 1 or first[1:].islower()


def find_mentions(text: str, registry: Registry, districts: bool = False) -> list[Mention]:
    """The unit names in ``text``, resolved, grouped into lists.

    Kept: names after a unit prefix (resolved or not), capitalised names the registry knows, and
    capitalised names that sit in a list with such names (so a typo in "như: A, B, Cx" is
    reported instead of dropped). Other capitalised words (sentence starts, proper nouns that
    are not units) are ignored. Districts ("huyện A", "thị xã B") are skipped as the issuer's
    level unless ``districts`` says the document's units are districts.
    """
    spans = registered_or_named_bodies(text, registry.body_names)
    tokens = [(match.group(0), match.start(), match.end()) for match in _TOKEN.finditer(text)
              if not any(start <= match.start() < end for start, end in spans)]
    # A commune's body ("Bộ phận Một cửa xã A") and a former room ("Phòng Tài nguyên và Môi
    # trường (cũ)") are no units of their own.
    bodies = [span for span in spans if not of_a_kind(text, span) and not _FORMER.match(text, span[1])]
    lowered = [token.lower() for token, _start, _end in tokens]
    mentions: list[Mention] = [
        Mention(text[start:end], start, end, explicit=True, kind="", tokens=2, generic=generic(text[start:end]),
                body=True)
        for start, end in bodies]
    index = 0
    while index < len(tokens):
        prefix_end, kind, skip = _prefix_at(lowered, index, districts)
        start = prefix_end if prefix_end is not None else index
        if start < len(tokens) and tokens[start][0] == "." and prefix_end is not None:
            start += 1  # "P. Tân Định", "TT. Bố Hạ"
        end = start
        while end < len(tokens) and end - start < 5 and _is_name_word(tokens[end][0]):
            if end > start and lowered[end] in {"xã", "phường", "thị"}:
                break
            end += 1
        tight = (end > start and end + 1 < len(tokens) and tokens[end][0] == "-"
                 and tokens[end - 1][2] == tokens[end][1] and tokens[end][2] == tokens[end + 1][1])
        if (end > start and (prefix_end is not None or tight) and end + 1 < len(tokens)
                and tokens[end][0] in {"-", "–"}
                and _is_name_word(tokens[end + 1][0]) and lowered[end + 1] not in _PREFIX_WORDS):
            end += 1  # "phường Xuân Hương - Đà Lạt", "Đăk Tơ-Lung": one name across the hyphen
            while end < len(tokens) and _is_name_word(tokens[end][0]) and lowered[end] not in _PREFIX_WORDS:
                end += 1
        if end == start and prefix_end is not None and not skip:
            end = _lowercase_name_end(tokens, start, registry)  # "xã canh nậu", typed carelessly
        if end == start:
            index += 1
            continue
        if skip:
            index = end
            continue
        written = text[tokens[start][1]:tokens[end - 1][2]]
        mentions.append(Mention(written, tokens[start][1], tokens[end - 1][2],
                                explicit=prefix_end is not None, kind=kind, tokens=end - start))
        index = end
    mentions.sort(key=lambda mention: mention.start)
    _group(text, mentions)
    _anchor_after_kind_words(text, mentions)
    _inherit_kinds(mentions)
    for mention in mentions:
        mention.resolution = registry.resolve(mention.written, mention.kind,
                                              allow_fuzzy=mention.explicit or mention.tokens >= 2)
    return _keep(mentions)


_KIND_WORDS = re.compile(
    r"(?:xa|phuong|thi tran|don vi|dia phuong|co quan|ubnd)(?:\s*(?:,|va)\s*(?:xa|phuong|thi tran))*"
    r"\s*(?:\(|:|,)?\s*(?:gom|la|nhu|tai)?\s*:?\s*\(?\s*$")


_LIST_OPENER = re.compile(r"\b(?:gom|bao gom|nhu|cu the la|cu the)\s*:\s*$")
_UNITS_SUBJECT = re.compile(r"\b(?:don vi|xa|phuong|thi tran|co quan|dia phuong)\b")


_FORMER = re.compile(r"\s*\(?\s*(?:cũ|trước đây)\b", re.IGNORECASE)


def _inherit_kinds(mentions: list[Mention]) -> None:
    """"các huyện A, B và thị xã C": B is a district like A, the list's prefix applies on."""
    kind, group = "", None
    for mention in mentions:
        if mention.group != group:
            kind, group = "", mention.group
        if mention.kind:
            kind = mention.kind
        elif kind and not mention.body:
            mention.kind = kind


def _anchor_after_kind_words(text: str, mentions: list[Mention]) -> None:
    """A list right after "xã, thị trấn (" or "các đơn vị:" names units even without prefixes."""
    for mention in mentions:
        before = fold(text[max(0, mention.start - 40):mention.start])
        if _KIND_WORDS.search(before):
            mention.explicit = True
        elif _LIST_OPENER.search(before):  # "03/10 đơn vị chưa ..., gồm: A, B và C"
            sentence = fold(re.split(r"[.;!?]\s", text[:mention.start])[-1])
            mention.explicit = bool(_UNITS_SUBJECT.search(sentence))


def _lowercase_name_end(tokens, start: int, registry: "Registry") -> int:
    """After a prefix, up to three lower-case words that are exactly a known unit's name."""
    for length in (3, 2, 1):
        words = [token for token, _s, _e in tokens[start:start + length]]
        if (len(words) == length and all(word.isalpha() for word in words)
                and key(" ".join(words)) in registry.by_key):
            return start + length
    return start


_DISTRICTS_FIRST = sorted(_DISTRICT_PREFIXES, key=len, reverse=True)
_SKIPPED_FIRST = sorted(_SKIP_PREFIXES, key=len, reverse=True)
_PREFIX_STARTS = {prefix[0] for prefix in [*_DISTRICT_PREFIXES, *_SKIP_PREFIXES, *(p for p, _k in _PREFIXES)]}


def _prefix_at(lowered: list[str], index: int, districts: bool = False) -> tuple[int | None, str, bool]:
    if lowered[index] not in _PREFIX_STARTS:
        return None, "", False
    if districts:
        for prefix in _DISTRICTS_FIRST:
            if tuple(lowered[index:index + len(prefix)]) == prefix:
                return index + len(prefix), "huyen", False
    for prefix in _SKIPPED_FIRST:
        if tuple(lowered[index:index + len(prefix)]) == prefix:
            return index + len(prefix), "", True
    for prefix, kind in _PREFIXES:
        if tuple(lowered[index:index + len(prefix)]) == prefix:
            return index + len(prefix), kind, False
    return None, "", False


def _group(text: str, mentions: list[Mention]) -> None:
    """Mentions separated only by commas, "và", brackets or prefixes form one list."""
    group = 0
    for previous, mention in zip([None, *mentions], mentions):
        if previous is not None:
            words = _TOKEN.findall(text[previous.end:mention.start].lower())
            words = [word for index, word in enumerate(words)
                     if not (word == "." and index and words[index - 1] in {"tt", "p"})]  # "và TT. Mỹ Long"
            if len(words) > 6 or not all(word in _LIST_GLUE for word in words):
                group += 1
        mention.group = group


def _keep(mentions: list[Mention]) -> list[Mention]:
    anchored_groups = {
        mention.group for mention in mentions
        if mention.explicit or (mention.resolution and mention.resolution.unit and mention.tokens >= 2)
    }

    def worth_keeping(mention: Mention) -> bool:
        if mention.explicit:
            return True
        known = mention.resolution.unit is not None or mention.resolution.ambiguous
        return mention.tokens >= 2 and (known or mention.group in anchored_groups)

    return [mention for mention in mentions if worth_keeping(mention)]


def ends_with_ellipsis(text: str, mentions: list[Mention]) -> bool:
    """A list that ends in ",..." or "…" implies more units than it names."""
    if not mentions:
        return False
    last = mentions[-1]
    tail = text[last.end:last.end + 8]
    return bool(re.match(r"\s*,?\s*(\.\.\.|…)", tail))
