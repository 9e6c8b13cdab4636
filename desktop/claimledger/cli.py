"""Command line: a thin argparse front end over the services (no logic of its own).

Errors print one line on stderr (``claimledger: <what is wrong>``) and exit with status 2 for
bad input, 1 for other failures; tracebacks are only for bugs.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from claimledger import __version__
from claimledger.domain import ClaimKind, Review, Status

PROG = "claimledger"


class UsageError(Exception):
    exit_status = 2


def _date(value: str) -> date:
    from claimledger.domain import InvalidDate, parse_date

    try:
        return parse_date(value)
    except InvalidDate as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _statuses(value: str) -> frozenset[str]:
    try:
        return frozenset(Status.parse(v).value for v in value.split(",") if v.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _kinds(value: str) -> frozenset[str]:
    try:
        return frozenset(ClaimKind.parse(v).value for v in value.split(",") if v.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Track what people in the news claim will happen, and what then did.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: $CLAIMLEDGER_DB, else the user data directory)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("gui", help="open the desktop application (the default); files given are imported")
    s.add_argument("files", nargs="*", metavar="FILE")

    s = sub.add_parser("import", help="import article files (text, Markdown, HTML, PDF), folders of them, or "
                                      "http(s) links to articles")
    s.add_argument("files", nargs="+", metavar="FILE|DIR|URL")
    s.add_argument("--published", type=_date, help="publication date YYYY-MM-DD (overrides the file's)")
    s.add_argument("--title")
    s.add_argument("--outlet")
    s.add_argument("--url")

    def add_filters(s):
        s.add_argument("--status", type=_statuses, default=frozenset(), help="comma-separated statuses")
        s.add_argument("--kind", type=_kinds, default=frozenset(), help="comma-separated kinds")
        s.add_argument("--due-before", type=_date, help="deadline on or before this date")
        s.add_argument("--due-after", type=_date, help="deadline on or after this date")
        s.add_argument("--overdue", action="store_true", help="only claims overdue as of --as-of")
        s.add_argument("--as-of", type=_date, help="the record as it stood on this date (replayed from outcomes; "
                                                   "articles published after it are left out)")
        s.add_argument("--include-rejected", action="store_true", help="also claims an analyst rejected (left out by default)")
        s.add_argument("--search", default="", help="words that must all appear (quote, summary, speaker, notes, tags)")
        s.add_argument("--article", type=int, help="only claims of this article id")
        s.add_argument("--tag", default="")

    s = sub.add_parser("claims", help="list claims")
    add_filters(s)
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.add_argument("--sort", default="deadline", help="id, published_on, speaker, kind, deadline, status, review, updated_at")
    s.add_argument("--limit", type=int, default=None)

    s = sub.add_parser("mark", help="record an outcome for a claim")
    s.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    s.add_argument("status", metavar="STATUS", help=", ".join(m.value for m in Status))
    s.add_argument("--on", type=_date, help="date the outcome was observed (default: today)")
    s.add_argument("--evidence", help="evidence URL")
    s.add_argument("--quote", help="the passage of the evidence that shows it")
    s.add_argument("--note", default="")
    s.add_argument("--author", help="who records it (default: your login name)")

    s = sub.add_parser("review", help="accept or reject a claim (or set it back to suggested), as in the window")
    s.add_argument("claim_id", metavar="CLAIM_ID")
    s.add_argument("review", metavar="accepted|rejected|suggested")

    s = sub.add_parser("export", help="write a claim report")
    add_filters(s)
    s.add_argument("--format", choices=("csv", "json", "claimreview", "html", "pdf"), default="csv",
                   help="csv: one row per claim (or event); json: full-fidelity dump for import-json; "
                        "claimreview: schema.org JSON-LD; html: printable report; pdf: that report as A4 pages (needs -o)")
    s.add_argument("--rows", choices=("claims", "events"), default="claims", help="CSV only: a row per claim or per outcome event")
    s.add_argument("--excel", action="store_true", help="CSV only: add a UTF-8 byte-order mark for Excel")
    s.add_argument("--title", default="Claim report", help="HTML and PDF only: the report's title")
    s.add_argument("-o", "--output", help="file to write (default: standard output)")

    s = sub.add_parser("import-json", help="load a JSON export (export --format json) into this database")
    s.add_argument("file", metavar="FILE")

    s = sub.add_parser("backup", help="write a complete, consistent copy of the database to FILE")
    s.add_argument("file", metavar="FILE")
    s = sub.add_parser("restore", help="replace the database's content with a backup (the current content is copied aside first)")
    s.add_argument("file", metavar="FILE")

    sub.add_parser("check", help="check the database's storage (damage, its files, its place) and say what to do")

    s = sub.add_parser("extract", help="print the claims found in articles (no database)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--published", type=_date)
    s.add_argument("--format", choices=("jsonl",), default="jsonl")

    s = sub.add_parser("timex", help="print the temporal expressions of an article as JSON lines (no database)")
    s.add_argument("file", metavar="FILE")
    s.add_argument("--dct", type=_date, help="document date (default: the file's publication date)")

    s = sub.add_parser("feed", help="follow news feeds (RSS, Atom) and import the articles they link to")
    feed = s.add_subparsers(dest="feed_command", metavar="add|list|refresh|remove", required=True)
    feed.add_parser("add", help="follow the feed at URL").add_argument("url", metavar="URL")
    feed.add_parser("list", help="the feeds followed, their entries and last refresh")
    feed.add_parser("refresh", help="import the new entries of every feed (or of FEED_ID)").add_argument(
        "feed_id", nargs="?", type=int, metavar="FEED_ID")
    feed.add_parser("remove", help="stop following a feed (its articles stay)").add_argument(
        "feed_id", type=int, metavar="FEED_ID")
    _add_speaker_and_claim_commands(sub)
    s = sub.add_parser("suggestions", help="possible outcomes read from later articles, best first")
    s.add_argument("--article", type=int, metavar="ID", help="only those from this article")
    s.add_argument("--claim", type=int, metavar="ID", help="only those for this claim")
    s.add_argument("--state", choices=("open", "accepted", "dismissed", "all"), default="open")
    s.add_argument("--format", choices=("table", "json"), default="table")
    s = sub.add_parser("suggestion", help="accept or dismiss a possible outcome (or match an article again)")
    s.add_argument("suggestion_action", choices=("accept", "dismiss", "match"),
                   help="accept: record the outcome; dismiss: never propose it again; match ARTICLE_ID: look again")
    s.add_argument("suggestion_id", type=int, metavar="SUGGESTION_ID")
    s.add_argument("--status", help="accept with another status than the suggested one")
    s.add_argument("--on", type=_date, help="accept with another observed date (YYYY-MM-DD)")
    s.add_argument("--author", help="who accepts (default: $CLAIMLEDGER_AUTHOR, else your login name)")
    return p


def _add_speaker_and_claim_commands(sub) -> None:
    """``speakers``, ``speaker merge|split``, ``claim sources|link|unlink`` (issue 17)."""
    s = sub.add_parser("speakers", help="list the speakers: id, kind, claims, affiliation, name and aliases")
    s.add_argument("--format", choices=("table", "json"), default="table")
    s = sub.add_parser("speaker", help="merge two speakers into one, or split one")
    sp = s.add_subparsers(dest="speaker_command", metavar="merge|split", required=True)
    m = sp.add_parser("merge", help="merge speaker FROM_ID into INTO_ID (its claims, aliases and name go there)")
    m.add_argument("from_id", type=int, metavar="FROM_ID")
    m.add_argument("into_id", type=int, metavar="INTO_ID")
    m = sp.add_parser("split", help="reverse the newest merge into SPEAKER_ID, or with --alias make a new speaker "
                                    "of one of its aliases, with the claims attributed under it")
    m.add_argument("speaker_id", type=int, metavar="SPEAKER_ID")
    m.add_argument("--alias", help="the alias to split off (as `speakers` lists it)")
    s = sub.add_parser("claim", help="the articles reporting a claim; link a claim to the same claim elsewhere, or unlink")
    cp = s.add_subparsers(dest="claim_command", metavar="sources|link|unlink", required=True)
    m = cp.add_parser("sources", help="the articles reporting CLAIM_ID, earliest (its origin) first")
    m.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    m = cp.add_parser("link", help="CLAIM_ID is the same claim as SAME_AS_ID: it becomes a source of that claim")
    m.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    m.add_argument("same_as", type=int, metavar="SAME_AS_ID")
    m = cp.add_parser("unlink", help="the source of CLAIM_ID in ARTICLE_ID becomes a claim of its own again")
    m.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    m.add_argument("article_id", type=int, metavar="ARTICLE_ID")


def _filter(args):
    from claimledger.domain import ClaimFilter

    return ClaimFilter(search=args.search, statuses=args.status, kinds=args.kind, due_before=args.due_before,
                       due_after=args.due_after, overdue_only=args.overdue, as_of=args.as_of,
                       article_id=args.article, tag=args.tag, include_rejected=args.include_rejected)


def _open(args):
    from claimledger.services import Ledger

    return Ledger.open(args.db)


@contextmanager
def _output(path: str | None, *, binary: bool = False):
    """stdout, or a file that appears only when complete (written aside, then renamed)."""
    if binary and (not path or path == "-"):
        raise UsageError("export --format pdf needs -o FILE (a PDF is not written to the terminal)")
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise UsageError(f"{path}: is a directory")
    from claimledger.services.files import refuse_ledger_file

    refuse_ledger_file(target, "choose another file name for the output")
    if not target.parent.exists():
        raise UsageError(f"{path}: folder {target.parent} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def _read_article(path: str, published: date | None):
    from claimledger.services.importing import dated_article, read_article_bytes

    return dated_article(read_article_bytes(Path(path)), origin=path, published=published)


def _progress_bar(done: int, total: int, width: int = 30) -> None:
    filled = width * done // total
    print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles", end="", file=sys.stderr, flush=True)


def cmd_import(args) -> int:
    from claimledger.services.importing import PREPARING_MODEL, ImportFailure, article_files

    ledger = _open(args)
    files = article_files(args.files)
    if not files:
        raise UsageError("no article files found in " + ", ".join(args.files))
    # On a terminal, many files get a progress bar and a summary; otherwise a line per file.
    bar = len(files) > 1 and sys.stderr.isatty()
    counts = {"created": 0, "claims": 0, "present": 0, "failed": 0}

    def on_result(r) -> None:
        if isinstance(r, ImportFailure):
            print(("\r\033[K" if bar else "") + f"{PROG}: {r.message}", file=sys.stderr)
            counts["failed"] += 1
            return
        counts["created"] += r.created
        counts["claims"] += r.claims
        counts["present"] += not r.created
        if bar:
            pass
        elif r.created:
            repeats = f" (and {r.sources} repeating claims already in the ledger, linked as sources)" if r.sources else ""
            print(f"imported article {r.article_id} ({r.published_on}): {r.claims} claims{repeats} — {r.origin}")
        else:
            print(f"already imported as article {r.article_id}: {r.origin}")

    def progress(done: int, total: int, message: str) -> None:
        if message == PREPARING_MODEL and sys.stderr.isatty():
            print(f"\r{message}", end="", file=sys.stderr, flush=True)
        elif bar and total:
            _progress_bar(done, total)

    ledger.importer.import_many(args.files, published=args.published, title=args.title, outlet=args.outlet, url=args.url,
                       progress=progress, on_result=on_result)
    if bar:
        print(file=sys.stderr)
        print(f"imported {counts['created']} articles ({counts['claims']} claims); {counts['present']} already present; "
              f"{counts['failed']} failed")
    return 2 if counts["failed"] else 0


def cmd_claims(args) -> int:
    ledger = _open(args)
    f = _filter(args)
    if args.format == "csv":
        ledger.reports.export_csv(sys.stdout, f, sort=args.sort)
        return 0
    if args.format == "json":
        # "claim_id" as DESIGN.md's contract names it (the id also stays under "id", as printed before)
        rows = [{"claim_id": r.id, **dict(zip(r.__slots__, (getattr(r, s) for s in r.__slots__)))} for r in
                ledger.reader.claims(f, sort=args.sort, limit=args.limit)]
        print(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
        return 0
    rows = ledger.reader.claims(f, sort=args.sort, limit=args.limit)
    print_table(TABLE_COLUMNS, [_table_row(r) for r in rows])
    print(f"{len(rows)} claims", file=sys.stderr)
    return 0


TABLE_COLUMNS = (("ID", ">"), ("KIND", "<"), ("STATUS", "<"), ("DUE", "<"), ("OVERDUE", "<"), ("REVIEW", "<"),
                 ("SPEAKER", "<"), ("QUOTE", "<"))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 3] + "..."


def _table_row(r) -> tuple[str, ...]:
    return (str(r.id), r.kind, r.status, r.deadline_latest.isoformat() if r.deadline_latest else "-",
            "yes" if r.overdue else "no", r.review, _cut(r.speaker or "-", 24), _cut(" ".join(r.quote.split()), 70))


def print_table(columns, rows) -> None:
    """A header row and columns padded to their widest cell, two spaces apart (the last one unpadded)."""
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, (name, _align) in enumerate(columns)]
    for cells in [tuple(name for name, _align in columns), *rows]:
        line = "  ".join(f"{cell:{align}{w}}" for cell, (_name, align), w in zip(cells, columns, widths))
        print(line.rstrip())


def cmd_review(args) -> int:
    try:
        claim_id = int(args.claim_id)
    except ValueError:
        raise UsageError(f"claim id {args.claim_id!r} is not a number") from None
    ledger = _open(args)
    ledger.outcomes.set_review(claim_id, args.review)
    print(f"claim {claim_id}: {Review.parse(args.review)}")
    return 0


def cmd_mark(args) -> int:
    ledger = _open(args)
    r = ledger.outcomes.record_outcome(args.claim_id, args.status, observed_on=args.on, evidence_url=args.evidence,
                              evidence_quote=args.quote, note=args.note, author=args.author)
    print(f"claim {r.claim_id}: {r.status} on {r.observed_on} (event {r.event_id})")
    return 0


def cmd_export(args) -> int:
    ledger = _open(args)
    f = _filter(args)
    with _output(args.output, binary=args.format == "pdf") as out:
        if args.format == "pdf":
            n = ledger.reports.export_pdf(out, f, title=args.title)
        elif args.format == "json":
            n = ledger.dump.export_json(out, f)
        elif args.format == "claimreview":
            n = ledger.reports.export_claimreview(out, f)
        elif args.format == "html":
            n = ledger.reports.export_html(out, f, title=args.title)
        elif args.rows == "events":
            n = ledger.reports.export_events_csv(out, f, excel=args.excel)
        else:
            n = ledger.reports.export_csv(out, f, excel=args.excel)
    if args.output:
        what = "outcome events" if args.format == "csv" and args.rows == "events" else "claims"
        print(f"wrote {n} {what} to {args.output}", file=sys.stderr)
    return 0


def cmd_import_json(args) -> int:
    ledger = _open(args)
    added = ledger.dump.import_json_file(args.file)
    print("added " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in added.items()))
    return 0


def cmd_backup(args) -> int:
    path = _open(args).backup.backup(args.file)
    print(f"backed up to {path}")
    return 0


def cmd_restore(args) -> int:
    previous = _open(args).backup.restore(args.file)
    print(f"restored from {args.file}" + (f"; the previous content is in {previous}" if previous else ""))
    return 0


def cmd_check(args) -> int:
    report = _open(args).health.check_storage(integrity=True)
    print(report.text())
    return 0 if report.ok else 1


def cmd_extract(args) -> int:
    from claimledger.extraction import claims

    status = 0
    for path in args.files:
        try:
            parsed, when = _read_article(path, args.published)
        except Exception as exc:
            if getattr(exc, "exit_status", None) is None:
                raise
            print(f"{PROG}: {exc}", file=sys.stderr)
            status = 2
            continue
        found = claims.extract(parsed.text, when)
        line = {"file": path, "published": when.isoformat(), "claims": [c.to_json() for c in found]}
        if parsed.format == "pdf":  # each claim's page ("p. 3"), from the form feeds between pages
            from claimledger.extraction.pdf import page_at

            for c, j in zip(found, line["claims"]):
                j["page"] = page_at(parsed.text, c.start)
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    return status


def cmd_timex(args) -> int:
    from claimledger.extraction import timex

    parsed, when = _read_article(args.file, args.dct)
    for t in timex.tag(parsed.text, when):
        sys.stdout.write(json.dumps(t.to_json(), ensure_ascii=False) + "\n")
    return 0


def cmd_feed(args) -> int:
    from claimledger.services.importing import ImportFailure

    feeds = _open(args).feeds
    if args.feed_command == "add":
        f = feeds.add(args.url)
        print(f"following feed {f.id}: {f.title or f.url}; `{PROG} feed refresh {f.id}` imports its articles")
    elif args.feed_command == "remove":
        f = feeds.remove(args.feed_id)
        print(f"removed feed {f.id}: {f.title or f.url} (its {f.entries} articles stay)")
    elif args.feed_command == "list":
        rows = feeds.list()
        print_table((("ID", ">"), ("ENTRIES", ">"), ("CHECKED", "<"), ("STATUS", "<"), ("TITLE", "<"), ("URL", "<")),
                    [(str(f.id), str(f.entries), f.checked_at.isoformat(" ", "minutes") if f.checked_at else "never",
                      "failed" if f.last_error else "ok", _cut(f.title or "-", 40), f.url) for f in rows])
        print(f"{len(rows)} feeds", file=sys.stderr)
    else:
        def on_result(r) -> None:
            if isinstance(r, ImportFailure):
                print(f"{PROG}: {r.message}", file=sys.stderr)
            elif r.created:
                print(f"imported article {r.article_id} ({r.published_on}): {r.claims} claims — {r.origin}")

        status = 0
        for rep in feeds.refresh(args.feed_id, on_result=on_result):
            if rep.error:
                print(f"{PROG}: feed {rep.feed_id}: {rep.error}", file=sys.stderr)
                status = 1
                continue
            status = 1 if rep.failed else status
            print(f"feed {rep.feed_id} ({rep.title or rep.url}): {len(rep.imported)} imported, "
                  f"{len(rep.present)} already present, {len(rep.failed)} failed")
        return status
    return 0


def cmd_speakers(args) -> int:
    rows = _open(args).speakers.list()
    if args.format == "json":
        print(json.dumps([{"speaker_id": r.id, "name": r.name, "kind": r.kind, "aliases": list(r.aliases),
                           "affiliation": r.affiliation, "claims": r.claims} for r in rows], ensure_ascii=False, indent=1))
        return 0
    print_table((("ID", ">"), ("KIND", "<"), ("CLAIMS", ">"), ("AFFILIATION", "<"), ("NAME", "<"), ("ALIASES", "<")),
                [(str(r.id), r.kind, str(r.claims), _cut(r.affiliation or "-", 24), r.name,
                  "; ".join(r.aliases) or "-") for r in rows])
    print(f"{len(rows)} speakers", file=sys.stderr)
    return 0


def cmd_speaker(args) -> int:
    part = _open(args).speakers
    if args.speaker_command == "merge":
        r = part.merge(args.from_id, args.into_id)
        print(f"merged speaker {r.from_id} ({r.from_name}) into {r.into_id} ({r.into_name}): {r.claims} claims moved; "
              f"`{PROG} speaker split {r.into_id}` reverses it")
    else:
        r = part.split(args.speaker_id, alias=args.alias)
        how = f"brought back speaker {r.speaker_id} ({r.name})" if r.merge_id else \
            f"split \"{r.name}\" off speaker {r.from_id} as speaker {r.speaker_id}"
        print(f"{how}: {r.claims} claims moved to it")
    return 0


def cmd_claim(args) -> int:
    part = _open(args).sources
    if args.claim_command == "sources":
        rows = part.of(args.claim_id)
        if not rows:
            print(f"claim {args.claim_id} is reported by its own article only", file=sys.stderr)
            return 0
        print_table((("ARTICLE", ">"), ("PUBLISHED", "<"), ("ROLE", "<"), ("LINKED", "<"), ("TITLE", "<"), ("QUOTE", "<")),
                    [(str(v.article_id), v.published_on.isoformat(), "origin" if v.origin else "source",
                      "claim's own" if v.own else v.linked_by, _cut(v.title, 40), _cut(" ".join(v.quote.split()), 60))
                     for v in rows])
    elif args.claim_command == "link":
        r = part.link(args.claim_id, args.same_as)
        print(f"claim {r.detached_claim_id} is now a source of claim {r.claim_id} (article {r.article_id}); "
              f"`{PROG} claim unlink {r.claim_id} {r.article_id}` reverses it")
    else:
        r = part.unlink(args.claim_id, args.article_id)
        print(f"the source of claim {r.claim_id} in article {r.article_id} is claim {r.detached_claim_id} again")


def cmd_suggestions(args) -> int:
    states = ("open", "accepted", "dismissed") if args.state == "all" else (args.state,)
    rows = _open(args).suggestions.list(article_id=args.article, claim_id=args.claim, states=states)
    if args.format == "json":
        sys.stdout.write(json.dumps([r.contract() for r in rows], ensure_ascii=False, indent=1) + "\n")
        return 0
    print_table((("ID", ">"), ("CLAIM", ">"), ("ARTICLE", ">"), ("STATUS", "<"), ("OBSERVED", "<"), ("SCORE", ">"),
                 ("STATE", "<"), ("EVIDENCE", "<")),
                [(str(r.suggestion_id), str(r.claim_id), str(r.article_id), r.status, r.observed_on.isoformat(),
                  f"{r.score:.2f}", r.state, _cut(" ".join(r.evidence_quote.split()), 70)) for r in rows])
    print(f"{len(rows)} suggestions", file=sys.stderr)
    return 0


def cmd_suggestion(args) -> int:
    part = _open(args).suggestions
    if args.suggestion_action == "accept":
        r = part.accept(args.suggestion_id, status=args.status, observed_on=args.on, author=args.author)
        print(f"claim {r.claim_id}: {r.status} on {r.observed_on} (event {r.event_id}, suggestion {r.suggestion_id})")
    elif args.suggestion_action == "dismiss":
        claim_id = part.dismiss(args.suggestion_id)
        print(f"suggestion {args.suggestion_id} dismissed (claim {claim_id}); it is not proposed again")
    else:
        n = part.match_article(args.suggestion_id)
        print(f"article {args.suggestion_id}: {n} new suggestions")
    return 0


def cmd_gui(args) -> int:
    from claimledger.ui.app import run

    return run(args.db, getattr(args, "files", []) or [])


COMMANDS = {"gui": cmd_gui, "import": cmd_import, "claims": cmd_claims, "mark": cmd_mark, "review": cmd_review,
            "export": cmd_export, "extract": cmd_extract, "timex": cmd_timex, "import-json": cmd_import_json,
            "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check, "feed": cmd_feed,
            "speakers": cmd_speakers, "speaker": cmd_speaker, "claim": cmd_claim,
            "suggestions": cmd_suggestions, "suggestion": cmd_suggestion}


def _gui_for_files(argv: list[str]) -> list[str]:
    """``claimledger FILE…`` (a desktop entry's ``Exec=claimledger %F``) means ``gui FILE…``."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 2 if argv[i] == "--db" else 1
    if i < len(argv) and argv[i] not in COMMANDS and Path(argv[i]).exists():
        return argv[:i] + ["gui"] + argv[i:]
    return argv


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a bundle's spawned import workers re-enter here
        import multiprocessing

        multiprocessing.freeze_support()
    argv = _gui_for_files(list(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command or "gui"](args)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        code = getattr(exc, "exit_status", None)
        if code is None:
            raise
        print(f"{PROG}: {exc}", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())
