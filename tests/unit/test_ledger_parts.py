"""The ledger is named parts sharing one unit of work: no flat facade, no hidden dependencies."""
from __future__ import annotations

import ast
from pathlib import Path

from claimledger import services
from claimledger.services import Ledger
from claimledger.services.unit_of_work import UnitOfWork

PARTS = {"importer": "Importer", "reader": "Reader", "outcomes": "Outcomes", "stats": "Stats", "reports": "Reports",
         "dump": "Dump", "bulk": "Bulk", "backup": "Backup", "workbench": "Workbench", "health": "Health",
         "feeds": "Feeds"}
SERVICES = Path(services.__file__).parent


def test_every_part_shares_the_one_unit_of_work(ledger):
    assert isinstance(ledger.uow, UnitOfWork)
    for name, cls in PARTS.items():
        part = getattr(ledger, name)
        assert type(part).__name__ == cls and part.uow is ledger.uow, name
    assert ledger.stats.reader is ledger.reader and ledger.reports.stats is ledger.stats
    assert ledger.backup.dump is ledger.dump and ledger.backup.reader is ledger.reader
    assert ledger.feeds._importer is ledger.importer


def test_the_ledger_is_no_facade_of_use_cases():
    public = {n for n in vars(Ledger) if not n.startswith("_")}
    assert public == {"open", "close", "reopen", "engine", "url", "location", "dialect"}
    assert Ledger.__bases__ == (object,)  # no service mixins


def _runtime_imports(tree: ast.Module) -> set[str]:
    """Names imported from claimledger.services.* outside ``if TYPE_CHECKING:``."""
    names: set[str] = set()
    for node in tree.body:  # module level only: the TYPE_CHECKING block is an ast.If
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("claimledger.services"):
            names |= {a.name for a in node.names}
    return names


def test_parts_reach_each_other_only_through_their_constructors():
    for path in SERVICES.glob("*.py"):
        if path.name in ("ledger.py", "__init__.py"):  # where the parts are put together, and exported
            continue
        imported = _runtime_imports(ast.parse(path.read_text(encoding="utf-8")))
        assert not imported & set(PARTS.values()), f"{path.name} imports a part: {imported & set(PARTS.values())}"
        assert "Ledger" not in imported, path.name
