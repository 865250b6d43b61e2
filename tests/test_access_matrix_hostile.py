"""The route × role matrix, second pass: the same generated cells (every route × the 8 roles ×
own and foreign object sets, from ``test_access_matrix``) sent the values an attacker or a clumsy
user sends: NUL and control characters in query parameters and form fields, formula and HTML
payloads, posts without a CSRF token, ids beyond the integer range, odd workflow triggers.

Each request must answer below 500 (a 400 for control characters and missing tokens, a 404 for
huge ids), no payload may come back unescaped, nothing outside a role's jurisdiction may change,
and the exports written afterwards must hold no formula. Runs on SQLite and, with
``TEST_DATABASE_URL``, on PostgreSQL (where a NUL used to be a 500).
"""

import csv
import io
import re
import time
import zipfile

from conftest import csrf_token_from
from test_access_matrix import (
    ARG_VALUES,
    READS,
    ROLES,
    SETS,
    api_headers,
    bearer_tokens,
    body_text,
    fingerprint,
    matrix_rules,
    matrix_urls,
    signed_in_clients,
    world,  # noqa: F401 - the shared fixture
)

from sqlalchemy import func, or_, select

from tracker.extensions import db
from tracker.models import Item
from tracker.reports.columns import FORMULA_PREFIXES

SCRIPT = "<script>alert(1)</script>"
FORMULAS = ['=HYPERLINK("http://evil.example","Bấm")' + SCRIPT, "+cmd|' /C calc'!A0", "@SUM(1+1)",
            "-2+3", "\t=1+1", "- Một số xã chưa niêm yết"]
FIELDS = ("text", "remedy", "progress", "note", "name", "email", "full_name", "title", "number", "reason",
          "comment", "code", "q", "kind", "role", "deadline", "decision", "issue_place", "current", "new",
          "confirm", "client", "category")
HUGE_IDS = (2**31, 2**63, 10**30)
ODD_TRIGGERS = ("__init__", "x" * 300, "b%C3%A1o%20c%C3%A1o")


def _payload(value: str, token: str | None) -> dict:
    data = {field: value for field in FIELDS}
    if token:
        data["csrf_token"] = token
    return data


def _huge_urls(rule) -> list[str]:
    """The rule's path with every integer argument replaced by an out-of-range id."""
    int_args = [arg for arg in rule.arguments if re.search(rf"<int:{arg}>", rule.rule)]
    if not int_args:
        return []
    urls = []
    for huge in HUGE_IDS:
        path = rule.rule
        for argument in rule.arguments:
            value = huge if argument in int_args else ARG_VALUES.get(argument, 1)
            path = re.sub(rf"<(?:[a-z]+:)?{argument}>", str(value), path)
        urls.append(path)
    return urls


def _trigger_urls(rule, url: str) -> list[str]:
    if "trigger" not in rule.arguments:
        return []
    return [url.replace(f"/{ARG_VALUES['trigger']}", f"/{odd}") for odd in ODD_TRIGGERS]


def _no_formula_in_exports(auth, sets) -> list[str]:
    """Download the CSV and Excel exports of every inspection the client reads; name any formula."""
    problems = []
    for inspection_id in {objects.inspection_id for objects in sets.values()}:
        response = auth.client.get(f"/inspections/{inspection_id}/export.csv")
        if response.status_code == 200:
            rows = csv.reader(io.StringIO(response.data.decode("utf-8-sig"), newline=""))
            problems += [f"csv {cell!r}" for row in rows for cell in row if cell.startswith(FORMULA_PREFIXES)]
        response = auth.client.get(f"/inspections/{inspection_id}/export.xlsx")
        if response.status_code == 200:
            with zipfile.ZipFile(io.BytesIO(response.data)) as archive:
                problems += [f"xlsx formula in {name}" for name in archive.namelist()
                             if name.startswith("xl/worksheets/") and re.search(rb"<f[ >]", archive.read(name))]
    return problems


def test_hostile_values_on_every_cell(app, world, capsys, monkeypatch):  # noqa: F811 - the shared fixture
    """Every route × role × object set with hostile values: the right refusal, never a 500, no
    payload echoed raw, nothing foreign changed, no formula in the exports afterwards."""
    sets, emails = world
    clients = signed_in_clients(app, emails)
    secrets = bearer_tokens(app, emails, monkeypatch)
    rules = matrix_rules(app)
    started, requests, problems = time.perf_counter(), 0, []

    def send(auth, method, url, where, expect=None, **kwargs):
        nonlocal requests
        if "headers" not in kwargs:
            kwargs.update(api_headers(url, secrets.get(role)))
        response = auth.client.get(url, **kwargs) if method == "GET" else auth.client.post(url, **kwargs)
        requests += 1
        status = response.status_code
        text = body_text(response)
        if status >= 500 or (expect and status not in expect):
            problems.append(f"{where}: {method} {url[:80]!r} got {status}, expected {expect or '< 500'}")
        if SCRIPT in text:
            problems.append(f"{where}: {method} {url[:80]!r} echoed the script unescaped")
        if "Traceback" in text or "werkzeug.debug" in text:
            problems.append(f"{where}: {method} {url[:80]!r} shows a stack trace")
        return response

    for role in ROLES:
        auth = clients[role]
        token = None if role == "anonymous" else csrf_token_from(auth.client.get("/account/password").get_data(as_text=True))
        foreign = [name for name in SETS if name not in READS[role]]
        before = {name: fingerprint(sets[name]) for name in foreign}
        for rule in rules:
            methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
            for url in _huge_urls(rule):
                for method in methods:
                    send(auth, method, url, f"{role} huge id", {404}, data=_payload("x", token))
            for url, set_name in matrix_urls(rule, sets).items():
                joiner = "&" if "?" in url else "?"
                for method in methods:
                    send(auth, method, f"{url}{joiner}q=%00&state=a%1bb", f"{role} NUL in query", {400},
                         data={"csrf_token": token} if token else {})
                    for odd in _trigger_urls(rule, url):
                        send(auth, method, odd, f"{role} odd trigger", data={"csrf_token": token} if token else {})
                    if method != "POST":
                        continue
                    if url.startswith("/api/"):  # no CSRF there; a cookie alone is no credential
                        send(auth, method, url, f"{role} cookie without token", {401}, headers={},
                             data=_payload("hợp lệ", None))
                    else:
                        send(auth, method, url, f"{role} without CSRF token", {400}, data=_payload("hợp lệ", None))
                    send(auth, method, url, f"{role} NUL in form", {400}, data=_payload("a\x00b", token))
                    for formula in FORMULAS:
                        data = _payload(formula, token)
                        if set_name and "item_id" in rule.arguments:  # a form rendered just now
                            db.session.expire_all()
                            data["version"] = db.session.get(Item, sets[set_name].item_id).version
                        send(auth, method, url, f"{role} formula", data=data)
                    if rule.endpoint == "auth.logout" and role != "anonymous":
                        auth.login(emails[role])
                        token = csrf_token_from(auth.client.get("/account/password").get_data(as_text=True))
        after = {name: fingerprint(sets[name]) for name in foreign}
        problems += [f"{role}: changed foreign set {name}" for name in foreign if before[name] != after[name]]
        if role in ("coordinator_a", "coordinator_b", "admin"):
            problems += [f"{role}: {problem}" for problem in _no_formula_in_exports(auth, sets)]
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\nhostile matrix: {requests} requests, {len(rules)} routes, {len(ROLES)} roles, {elapsed:.1f} s")
    db.session.expire_all()
    stored = db.session.scalar(select(func.count()).select_from(Item).where(
        or_(*[column.startswith(prefix) for column in (Item.remedy, Item.progress) for prefix in ("=", "+", "-", "@")])))
    assert stored, "no formula payload reached an item: the export check would prove nothing"
    assert requests > 2000
    assert problems == [], "\n".join(problems[:60])
