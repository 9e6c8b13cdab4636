"""Layering, enforced: the core never imports Qt, the store never imports services, the UI runs no SQL."""
import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "desktop" / "claimledger"
CORE = ("extraction", "store", "services")


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(sub: str):
    return sorted((PKG / sub).rglob("*.py"))


def test_core_sources_never_import_qt():
    offenders = [
        f"{p.relative_to(PKG)} imports {name}"
        for sub in CORE for p in _modules(sub) for name in _imports(p)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") or name.startswith("claimledger.ui")
    ]
    assert not offenders, offenders


def test_store_never_imports_services():
    offenders = [str(p) for p in _modules("store") if any(n.startswith("claimledger.services") for n in _imports(p))]
    assert not offenders


def test_importing_the_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, claimledger\n"
        "for sub in ('extraction', 'store', 'services', 'domain', 'cli'):\n"
        "    m = importlib.import_module('claimledger.' + sub)\n"
        "    for info in pkgutil.walk_packages(getattr(m, '__path__', []), m.__name__ + '.'):\n"
        "        if '.migrations' not in info.name: importlib.import_module(info.name)\n"
        "print(sorted(k for k in sys.modules if k.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_ui_runs_no_sql():
    banned = ("sqlalchemy", "sqlmodel", "sqlite3", "psycopg", "PySide6.QtSql", "claimledger.store")
    offenders = [
        f"{p.relative_to(PKG)} imports {name}"
        for p in _modules("ui") for name in _imports(p)
        if name.startswith(banned)
    ]
    assert not offenders, offenders
