"""The ledger's SQLite engines render INDEXED BY hints without patching SQLAlchemy's own class."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler

from claimledger.store.engine import close_engine, make_engine
from claimledger.store.models import Claim

C = Claim.__table__


def test_a_ledger_engine_renders_index_hints(tmp_path):
    import claimledger.store.search  # noqa: F401  (it once patched SQLAlchemy on import)

    q = select(C.c.id).with_hint(C, "INDEXED BY ix_test", "sqlite")
    engine = make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    try:
        assert "INDEXED BY ix_test" in str(q.compile(engine))
    finally:
        close_engine(engine)
    # SQLAlchemy's own SQLite compiler is untouched: other code in the process sees its behaviour
    assert "INDEXED BY" not in str(q.compile(dialect=sqlite.dialect()))
    assert "get_from_hint_text" not in SQLiteCompiler.__dict__
