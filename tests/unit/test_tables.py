"""store.tables (the Core tables every query uses) and store.models (the SQLModel classes) are one
schema: the same DDL on both engines, the same indexes, the same defaults. And a window's start-up
path (opening a ledger, reading a page of claims) does not import SQLModel or pydantic."""
import subprocess
import sys

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable
from sqlmodel import SQLModel

from claimledger.store import models, tables  # noqa: F401  (models registers its tables)

DIALECTS = [sqlite.dialect(), postgresql.dialect()]
MODEL_TABLES = SQLModel.metadata.tables


def _ddl(element, dialect) -> str:
    return " ".join(str(element.compile(dialect=dialect)).split())


def test_the_same_tables():
    assert sorted(tables.metadata.tables) == sorted(MODEL_TABLES)


@pytest.mark.parametrize("name", sorted(MODEL_TABLES))
@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
def test_the_same_ddl_and_indexes(name, dialect):
    ours, theirs = tables.metadata.tables[name], MODEL_TABLES[name]
    assert _ddl(CreateTable(ours), dialect) == _ddl(CreateTable(theirs), dialect)
    assert ({i.name: _ddl(CreateIndex(i), dialect) for i in ours.indexes}
            == {i.name: _ddl(CreateIndex(i), dialect) for i in theirs.indexes})


@pytest.mark.parametrize("name", sorted(MODEL_TABLES))
def test_the_same_defaults_and_keys(name):
    ours, theirs = tables.metadata.tables[name], MODEL_TABLES[name]

    def described(t):
        return {c.name: (None if c.default is None else ("callable" if c.default.is_callable else c.default.arg),
                         None if c.server_default is None else str(c.server_default.arg),
                         c.nullable, c.primary_key, c.autoincrement, c.type._type_affinity,
                         sorted((f.target_fullname, f.ondelete) for f in c.foreign_keys))
                for c in t.columns}

    assert described(ours) == described(theirs)
    assert dict(ours.dialect_kwargs) == dict(theirs.dialect_kwargs)


def test_the_read_path_imports_no_sqlmodel(tmp_path):
    """Opening a ledger and reading the claims table's first page and counts (what the window
    does before its first paint), and the possible outcomes (just after it), loads neither
    SQLModel nor pydantic: ~0.35 s of imports."""
    path = tmp_path / "light.db"
    code = (
        "import sys\n"
        "from claimledger.services import ClaimFilter, Ledger\n"
        f"ledger = Ledger.open({str(path)!r})\n"
        "ledger.reader.claims(ClaimFilter(), limit=100); ledger.reader.claims(ClaimFilter(search='wind f'), limit=100)\n"
        "ledger.reader.count_claims(ClaimFilter(search='wind')); ledger.suggestions.list(); ledger.close()\n"
        "print(sorted({k.split('.')[0] for k in sys.modules} & {'sqlmodel', 'pydantic', 'pydantic_core'}))\n"
    )
    subprocess.run([sys.executable, "-c", f"from claimledger.services import Ledger; Ledger.open({str(path)!r}).close()"],
                   check=True)  # (a new ledger is created first: that may import what it likes)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
