"""Pass 5: enrichment — each finding's units, own deadline and CCHC area.

Units: the names a finding holds (or its table row's unit column, or the item it sits under);
"trừ xã D" removes D from the inspected units; "các đơn vị còn lại" means the inspected units
not named by the findings before it under the same heading; a finding naming none concerns the
unit of the lead-in or heading it sits under ("Xã Tân Hiệp:"), else every inspected unit.

Pure Python: no Flask, no database.
"""

import re

from tracker.importer import vocab
from tracker.importer.bodies import looks_like_unit_lead_in
from tracker.importer.dates import DateError, deadline_in_sentence
from tracker.importer.draft import DraftFinding, Problem
from tracker.importer.outline import Heading, strip_number
from tracker.importer.units import (
    AREA_KINDS,
    COMMUNE_KINDS,
    Mention,
    Registry,
    RegistryUnit,
    ends_with_ellipsis,
    find_mentions,
)
from tracker.text import fold


def category_of(text: str, headings: list[Heading] | None = None, default: str = "khac") -> str:
    """The CCHC area of a finding: from the nearest heading that names one, else from its text."""
    for heading in reversed(headings or []):
        category = _category_in(heading.text)
        if category:
            return category
    return _category_in(text) or default


def _category_in(text: str) -> str | None:
    words = fold(strip_number(text))
    for code, pattern in vocab.CATEGORY_RULES:
        if pattern.search(words):
            return code
    return None


def unit_scope(headings: list[Heading]) -> str | None:
    """The innermost heading that only names a unit ("2. Xã Tân Hiệp"), if any."""
    for heading in reversed(headings):
        if looks_like_unit_lead_in(heading.text, emphasised=True):
            return strip_number(heading.text)
    return None


def resolve_units(finding: DraftFinding, registry: Registry, place: str | None,
                  inspected: list[RegistryUnit], inspected_unresolved: list[str],
                  named_before: list[DraftFinding], kinds: dict[str, str] | None = None,
                  districts: bool = False, short_names: dict[str, str] | None = None) -> None:
    """Fill a finding's units from the names it holds, its scope, or the inspected units.
    ``districts``: the inspected units are districts, so "huyện A" names a unit."""
    source = finding.unit_cell or finding.text
    for short, full in (short_names or {}).items():  # "TTCNTT", as the document defined it
        source = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-])", full, source)
    listed = {fold(unit.name) for unit in inspected} | {fold(name) for name in inspected_unresolved}

    # Communes, wards, towns or districts were inspected: a body they hold ("Bộ phận Một cửa",
    # "Trung tâm Phục vụ hành chính công") is theirs, not a unit of its own, unless registered.
    territorial = COMMUNE_KINDS | {"huyen", "tinh"}
    communes_only = bool(inspected or inspected_unresolved) and all(
        unit.kind in territorial for unit in inspected) and all(
        (kinds or {}).get(name) in territorial for name in inspected_unresolved)

    def known(found: list[Mention]) -> list[Mention]:
        """A generic body ("Trung tâm ... phường") is a unit only where it is registered or
        listed; when communes were inspected, a body they hold ("Trung tâm Phục vụ hành chính
        công") is a unit only where the registry knows it."""
        return [m for m in found
                if m.resolution.unit or m.resolution.ambiguous
                or not (m.generic or (m.body and communes_only)) or fold(m.written) in listed]

    mentions = known(find_mentions(source, registry, districts))
    if not mentions and finding.context:
        source = finding.context
        mentions = known(find_mentions(source, registry, districts))
        if mentions:
            finding.how.append("đơn vị lấy từ ý cha")
    words = fold(source)
    excluded_kind = vocab.EXCEPT_KIND.search(words)
    if excluded_kind and not mentions:  # "các xã, trừ 02 thị trấn"
        kind = vocab.KIND_BY_WORD[excluded_kind.group(1)]
        finding.units = [unit for unit in inspected if unit.kind != kind]
        finding.unresolved = [name for name in inspected_unresolved if (kinds or {}).get(name) != kind]
        finding.how.append(f"mọi đơn vị được kiểm tra trừ các {vocab.KIND_WORDS[kind]}")
        return
    if mentions and vocab.EXCEPT.search(source.lower()):
        _all_but(finding, mentions, source, inspected, inspected_unresolved, registry, place, kinds)
        return
    if vocab.REMAINING_UNITS.search(words):
        # "A đã ...; các xã còn lại chưa ...": the others than A; without a name in the finding,
        # the others than those the findings before it named.
        own = DraftFinding(text=source)
        _apply(own, mentions, registry, place, kinds)
        _remaining(finding, inspected, inspected_unresolved, [own] if mentions else named_before)
        lacking = [mention for mention in mentions if _clause_states_deficiency(source, mention)]
        if lacking:  # "+ xã A chưa gửi báo cáo; + các đơn vị còn lại ...": A is concerned too
            _apply(finding, lacking, registry, place, kinds)
            finding.how.append("kể cả đơn vị nêu tên có hạn chế")
        return
    if finding.scope:  # under "Xã A:" the finding concerns A, and whoever else it names
        scoped = known(find_mentions(finding.scope, registry, districts))
        if scoped:
            finding.how.append(f"đơn vị lấy từ tiêu đề ‘{finding.scope}’")
            if not mentions:
                source = finding.scope
            mentions = scoped + mentions
    _apply(finding, mentions, registry, place, kinds)
    if mentions and source is not finding.scope and not any("đơn vị lấy từ" in how for how in finding.how):
        finding.how.append("đơn vị nêu trong câu" if source is finding.text else "đơn vị lấy từ cột đơn vị")
    finding.all_inspected = not mentions
    kind = _plural_kind(words) if finding.all_inspected else None
    known = [unit.kind for unit in inspected] + [(kinds or {}).get(name, "") for name in inspected_unresolved]
    if finding.all_inspected and "huyen" in known and any(other != "huyen" for other in known) \
            and vocab.BARE_DISTRICT.search(source):
        # "tại huyện còn chậm" where a district and its communes were inspected: the district
        finding.all_inspected = False
        finding.units = [unit for unit in inspected if unit.kind == "huyen"]
        finding.unresolved = [name for name in inspected_unresolved if (kinds or {}).get(name) == "huyen"]
        finding.how.append("“huyện” không kèm tên: huyện được kiểm tra")
    elif kind and kind in known and any(other and other != kind for other in known):
        finding.all_inspected = False
        finding.units = [unit for unit in inspected if unit.kind == kind]
        finding.unresolved = [name for name in inspected_unresolved if (kinds or {}).get(name, kind) == kind]
        finding.how.append(f"“các {vocab.KIND_WORDS[kind]}”: các đơn vị được kiểm tra loại này")
    elif finding.all_inspected:
        finding.inherited_unresolved = list(inspected_unresolved)
        finding.unresolved += [name for name in inspected_unresolved if name not in finding.unresolved]
        finding.how.append("không nêu tên đơn vị: giao mọi đơn vị được kiểm tra")
    finding.more_implied = ends_with_ellipsis(source, mentions)


def leave_out_issuer(finding: DraftFinding, issuer: str | None, inspected: list[RegistryUnit],
                     inspected_unresolved: list[str]) -> None:
    """"Chưa gửi báo cáo về Sở Nội vụ" in a Sở Nội vụ's conclusion: the issuer is whom the
    units answer to, never a unit of its own findings (unless it inspected itself)."""
    issuer_words = f" {fold(issuer or '')} "
    if not issuer_words.strip():
        return
    listed = {fold(name) for name in inspected_unresolved} | {fold(unit.name) for unit in inspected}

    def issuer_itself(name: str) -> bool:
        words = fold(name)
        return len(words.split()) >= 2 and f" {words} " in issuer_words and words not in listed

    finding.unresolved = [name for name in finding.unresolved if not issuer_itself(name)]
    finding.units = [unit for unit in finding.units if unit.kind in COMMUNE_KINDS | AREA_KINDS
                     or not issuer_itself(unit.name)]


def _plural_kind(words: str) -> str | None:
    """"các xã" (not "các xã, phường") names one kind of unit among those inspected."""
    match = vocab.PLURAL_KIND.search(words)
    return vocab.KIND_BY_WORD.get(match.group(1)) if match else None


def _apply(finding: DraftFinding, mentions: list[Mention], registry: Registry, place: str | None,
           kinds: dict[str, str] | None = None) -> None:
    place_key = fold(place or "")
    seen = {unit.id for unit in finding.units}
    for mention in mentions:
        resolution = mention.resolution
        if resolution.unit is not None:
            unit = resolution.unit
            if unit.kind in AREA_KINDS and fold(unit.name) == place_key:
                continue  # the issuing district itself
            if unit.id not in seen:
                seen.add(unit.id)
                finding.units.append(unit)
            if resolution.fuzzy:
                finding.fuzzy[mention.written] = unit
        elif resolution.ambiguous:
            finding.ambiguous[mention.written] = resolution.candidates
            if mention.written not in finding.unresolved:
                finding.unresolved.append(mention.written)
        elif mention.kind == "huyen" and fold(mention.written) == place_key:
            continue  # the issuing district, named but not registered
        else:
            written = mention.written
            prefixed = f"{vocab.KIND_WORDS.get(mention.kind, '')} {written}".strip()
            if mention.kind and prefixed in (kinds or {}):
                written = prefixed  # "thị trấn Đại Đình" beside "xã Đại Đình", as the inspected list says
            if written not in finding.unresolved:
                finding.unresolved.append(written)


def _all_but(finding, mentions, source, inspected, inspected_unresolved, registry, place, kinds=None) -> None:
    """"Các xã (trừ xã D)": every inspected unit except those named after "trừ"."""
    cut = vocab.EXCEPT.search(source.lower()).start()
    kept = [mention for mention in mentions if mention.start < cut]
    excluded = [mention for mention in mentions if mention.start >= cut]
    if kept:  # "A, B (trừ ...)" names its units itself
        _apply(finding, kept, registry, place)
        return
    names = {fold(mention.written) for mention in excluded}
    ids = {mention.resolution.unit.id for mention in excluded if mention.resolution.unit}
    finding.units = [unit for unit in inspected if unit.id not in ids and fold(unit.name) not in names]
    finding.unresolved = [name for name in inspected_unresolved if fold(name) not in names
                          and not any(fold(name).endswith(n) for n in names)]
    finding.how.append("mọi đơn vị được kiểm tra trừ " + ", ".join(m.written for m in excluded))
    kind = _literal_kind(fold(source[:cut]))
    if kind:  # "tất cả các xã, trừ xã A": a writer this precise means the xã only
        finding.units = [unit for unit in finding.units if unit.kind == kind]
        finding.unresolved = [name for name in finding.unresolved if (kinds or {}).get(name, kind) == kind]
        finding.how.append(f"“tất cả các {vocab.KIND_WORDS[kind]}, trừ …”: chỉ các {vocab.KIND_WORDS[kind]}")


def _clause_states_deficiency(source: str, mention: Mention) -> bool:
    """Whether the clause (between ";" or line breaks) naming ``mention`` says something is
    lacking there ("xã A chưa gửi báo cáo"), not that it was done ("xã A đã bố trí")."""
    start = max(source.rfind(mark, 0, mention.start) for mark in ";\n") + 1
    ends = [end for end in (source.find(mark, mention.end) for mark in ";\n") if end >= 0]
    clause = source[start:min(ends) if ends else len(source)].lower()
    if vocab.REMAINING_UNITS.search(fold(clause)):
        return False
    return bool(vocab.PROSE_DEFICIENCY.search(clause)) and not vocab.PROSE_PRAISE.search(clause)


def _literal_kind(words_before_except: str) -> str | None:
    """The kind in "tất cả các xã, trừ ..." right before the exception: counted this precisely,
    "các xã" means the xã only (loosely, "Các xã, trừ xã A" means every inspected unit but A)."""
    match = vocab.ALL_OF_KIND_BEFORE_EXCEPT.search(words_before_except)
    return vocab.KIND_BY_WORD.get(match.group(1)) if match else None


def _remaining(finding, inspected, inspected_unresolved, named_before) -> None:
    """"Các đơn vị còn lại": the inspected units the findings before it did not name."""
    named = [other for other in named_before if not other.all_inspected]
    ids = {unit.id for other in named for unit in other.units}
    names = {fold(name) for other in named for name in other.unresolved}
    finding.units = [unit for unit in inspected if unit.id not in ids]
    finding.unresolved = [name for name in inspected_unresolved if fold(name) not in names]
    finding.how.append("“các đơn vị còn lại”: đơn vị được kiểm tra chưa nêu ở trên")


def own_deadline(finding: DraftFinding, year: int | None, problems: list[Problem], index: int,
                 issued_on=None) -> None:
    """A deadline written in the finding's own sentence, unless its row already gave one."""
    if finding.deadline is not None or finding.ongoing:
        return
    try:
        own = deadline_in_sentence(finding.text, year, issued_on)
    except DateError as error:
        problems.append(Problem(str(error), blocking=True, finding=index))
        return
    if own is None and vocab.ONGOING_AT_END.search(finding.text.lower()):
        finding.ongoing = True  # "(thực hiện thường xuyên)", "; thời hạn: thường xuyên"
        finding.deadline_text = "Thường xuyên"
        finding.how.append("thời hạn riêng: thường xuyên")
        return
    if own is not None and own.on is not None:
        finding.deadline, finding.deadline_text = own.on, own.text
        finding.deadline_rule = own.rule
        finding.how.append("thời hạn riêng ghi trong câu")
