"""Shared fixtures. Qt runs headless (offscreen) unless the caller chose a platform."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
os.environ.setdefault("LANG", "C.UTF-8")

import pytest  # noqa: E402

from helpers import SEED, TODAY  # noqa: E402  (tests/helpers: the shared non-fixture helpers)
from helpers import hang_guard  # noqa: E402
from helpers.hang_guard import pytest_runtest_protocol, pytest_unconfigure  # noqa: E402, F401  (hooks)


@pytest.fixture
def ledger(tmp_path):
    """A fresh database per test; "today" pinned so deadlines and overdue are stable."""
    from claimledger.services import Ledger

    led = Ledger.open(tmp_path / "t.db", today=TODAY, author="tester")
    yield led
    led.close()


@pytest.fixture
def seeded_ledger(ledger):
    """The ledger with the shipped seed article imported."""
    ledger.importer.import_file(SEED)
    return ledger


# -- database per test: SQLite by default, PostgreSQL with $CLAIMLEDGER_TEST_DB ----------------
# `make test-postgres` (tests/pgcluster.py) starts a throwaway server and sets
# CLAIMLEDGER_TEST_DB=postgresql+psycopg://postgres@127.0.0.1:PORT/ ; every `new_db(...)` call
# then creates a fresh database on it (dropped after the test).
TEST_DB = os.environ.get("CLAIMLEDGER_TEST_DB", "").strip()
ON_POSTGRES = TEST_DB.startswith("postgresql")


def pytest_configure(config):
    hang_guard.configure(config)
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test is about SQLite itself (files, pragmas); skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgres_only: needs $CLAIMLEDGER_TEST_DB (make test-postgres)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        m = item.get_closest_marker("sqlite_only")
        if m is not None and ON_POSTGRES:
            reason = m.args[0] if m.args else "SQLite-specific"
            item.add_marker(pytest.mark.skip(reason=f"SQLite-specific: {reason}"))
        if item.get_closest_marker("postgres_only") is not None and not ON_POSTGRES:
            item.add_marker(pytest.mark.skip(reason="PostgreSQL only: run `make test-postgres`"))


@pytest.fixture(scope="session")
def _pg_admin():
    """Autocommit connection to the test server's maintenance database (None on SQLite)."""
    if not ON_POSTGRES:
        yield None
        return
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(TEST_DB).set(drivername="postgresql", database="postgres")
    conn = psycopg.connect(u.render_as_string(hide_password=False), autocommit=True)
    yield conn
    conn.close()


@pytest.fixture
def db_backend() -> str:
    """The backend under test: postgresql under `make test-postgres`, else sqlite."""
    return "postgresql" if ON_POSTGRES else "sqlite"


@pytest.fixture
def new_db(tmp_path, _pg_admin):
    """Factory for empty databases: ``new_db("name")`` is a SQLite file path under tmp_path, or
    (with $CLAIMLEDGER_TEST_DB) the URL of a new PostgreSQL database, dropped after the test."""
    created: list[str] = []

    def make(name: str = "t"):
        if not ON_POSTGRES:
            return tmp_path / f"{name}.db"
        from sqlalchemy.engine import make_url

        dbname = f"t_{os.getpid()}_{len(created)}_{''.join(ch for ch in name.lower() if ch.isalnum())[:20]}"
        _pg_admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        _pg_admin.execute(f'CREATE DATABASE "{dbname}" TEMPLATE template0 STRATEGY FILE_COPY')
        created.append(dbname)
        return make_url(TEST_DB).set(database=dbname).render_as_string(hide_password=False)

    yield make
    for dbname in created:  # WITH (FORCE): engines a test left open are disconnected
        _pg_admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')

