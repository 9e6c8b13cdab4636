"""Fast checks of the packaging files (no PyInstaller build: `make package` does that)."""
from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "io.github.claimledger.ClaimLedger"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "claimledger.spec"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def test_spec_is_python_and_names_the_data_the_app_finds_at_run_time():
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)  # a syntax error would only show up in `make package` otherwise
    for needle in ('"seeds"', '"resources"', '"claimledger/store/migrations"', '"alembic.ini"',
                   '"claimledger/store"', 'collect_submodules("claimledger")',
                   'collect_data_files("dateparser")', 'collect_submodules("dateparser")',
                   '"sqlalchemy.dialects.sqlite"', '"sqlalchemy.dialects.postgresql.psycopg"',
                   '"platformdirs"', '"alembic.op"', "claimledger_main.py"):
        assert needle in text, f"claimledger.spec does not mention {needle}"
    for unused in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert f'"{unused}"' in text, f"claimledger.spec should exclude PySide6.{unused}"


def test_migrations_land_where_migrate_py_looks_for_them():
    """migrate.py uses Path(__file__).with_name("migrations"); the spec must mirror the package path."""
    migrate = (ROOT / "desktop" / "claimledger" / "store" / "migrate.py").read_text(encoding="utf-8")
    assert 'Path(__file__).with_name("migrations")' in migrate
    src = ROOT / "desktop" / "claimledger" / "store" / "migrations"
    assert (src / "env.py").is_file()
    assert list((src / "versions").glob("*.py")), "no Alembic version scripts"
    assert not (src / "__init__.py").exists(), "migrations/ must stay a plain folder (not collected as a package)"


def test_entry_script_calls_the_cli():
    tree = ast.parse((PACKAGING / "claimledger_main.py").read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert any(n.module == "claimledger.cli" and any(a.name == "main" for a in n.names) for n in imports)


def test_seeds_and_resources_exist_for_the_bundle():
    assert list((ROOT / "seeds").glob("*.txt")), "seeds/ is empty"
    assert (ICONS / "claimledger.svg").is_file()


@pytest.mark.parametrize("script", ["build.sh", "install-linux.sh"])
def test_shell_scripts_are_executable_and_parse(script):
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    subprocess.run(["bash", "-n", str(path)], check=True)


# ---- desktop entry and AppStream metainfo ------------------------------------------------------


def test_desktop_entry_fields():
    cp = configparser.ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str
    cp.read(DESKTOP, encoding="utf-8")
    e = cp["Desktop Entry"]
    assert e["Type"] == "Application"
    assert e["Name"] == "Claim Ledger"
    assert e["Exec"] == "claimledger %F"
    assert e["Icon"] == APP_ID
    assert e["Categories"] == "Office;"
    assert set(filter(None, e["MimeType"].split(";"))) == {"text/plain", "text/markdown", "text/html"}


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (Debian package desktop-file-utils)")
def test_desktop_entry_validates():
    r = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(), r.stdout + r.stderr


def test_metainfo_fields():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "Claim Ledger"
    launch = root.find("launchable")
    assert launch is not None and launch.get("type") == "desktop-id" and launch.text == DESKTOP.name
    rel = root.find("releases/release")
    assert rel is not None and rel.get("version") == "0.1.0" and rel.get("date") == "2026-11-28"
    assert root.find("content_rating") is not None
    assert root.find("url[@type='homepage']") is not None


def test_metainfo_release_matches_package_version():
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    releases = [r.get("version") for r in ET.parse(METAINFO).getroot().findall("releases/release")]
    assert releases and releases[0] == version, "add a <release> for the new version (newest first)"


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (Debian package appstream)")
def test_metainfo_validates():
    r = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


# ---- icons ---------------------------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_icon_png_has_its_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert path.is_file(), f"missing {path.relative_to(ROOT)} (run packaging/render_icons.py)"
    assert png_size(path) == (size, size)


def test_scalable_icon_is_the_source_svg():
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "claimledger.svg").read_bytes(), "run packaging/render_icons.py"
    root = ET.parse(scalable).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
