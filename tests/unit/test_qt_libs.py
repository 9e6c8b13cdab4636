"""`make run`'s check for Qt's system libraries (packaging/check_qt_libs.py): the missing ones
become one `apt-get install` line of Debian packages, instead of Qt's plugin error."""
import os
import re
import subprocess
import sys

import pytest

from helpers import REPO as ROOT
from helpers.scripts import CHECK_QT_LIBS as SCRIPT, check_qt_libs

check = check_qt_libs()

LDD = """\
/x/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibEGL.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms1.so.9 => not found
/x/PySide6/QtWidgets.abi3.so:
\tlibEGL.so.1 => not found
\tlibfontconfig.so.1 => /lib/x86_64-linux-gnu/libfontconfig.so.1 (0x00007f)
"""


def test_missing_libraries_become_debian_packages_once_each():
    missing = check.missing_libraries(LDD)
    assert missing == ["libxcb-cursor.so.0", "libEGL.so.1", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4",
                       "libxcb-keysyms1.so.9"]
    packages, unknown = check.packages_for(missing, fonts=False)
    assert packages == ["libxcb-cursor0", "libegl1", "libxkbcommon-x11-0", "libxcb-icccm4", "fonts-dejavu-core"]
    assert unknown == ["libxcb-keysyms1.so.9"]
    assert check.install_line(packages[:2], root=True) == "apt-get install -y libxcb-cursor0 libegl1"
    assert check.install_line(packages[:1], root=False) == "sudo apt-get install -y libxcb-cursor0"
    assert check.packages_for([], fonts=True) == ([], [])


def test_fonts_are_found_in_any_font_folder(tmp_path):
    assert not check.has_fonts([tmp_path / "none", tmp_path])
    (tmp_path / "truetype" / "dejavu").mkdir(parents=True)
    (tmp_path / "truetype" / "dejavu" / "DejaVuSans.ttf").write_bytes(b"\0")
    assert check.has_fonts([tmp_path / "none", tmp_path])


def run_script(tmp_path, fake_ldd: str | None):
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if fake_ldd is not None:
        (tmp_path / "ldd").write_text(f"#!/bin/sh\ncat <<'EOF'\n{fake_ldd}EOF\n")
        (tmp_path / "ldd").chmod(0o755)
        env["PATH"] = f"{tmp_path}{os.pathsep}{env['PATH']}"
    return subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, env=env, timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and apt are Linux's")
def test_the_script_prints_one_apt_get_line_and_fails(tmp_path):
    done = run_script(tmp_path, LDD)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.splitlines()
    install = [line for line in lines if "apt-get install -y" in line]
    assert len(install) == 1
    assert install[0].split("apt-get install -y ")[1].split()[:4] == [
        "libxcb-cursor0", "libegl1", "libxkbcommon-x11-0", "libxcb-icccm4"]
    assert "libxcb-keysyms1.so.9" in lines[-1]
    assert "platform xcb" in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and apt are Linux's")
def test_the_script_is_silent_when_nothing_is_missing(tmp_path):
    if not check.has_fonts():
        pytest.skip("this machine has no fonts")
    done = run_script(tmp_path, "/x/libqxcb.so:\n\tlibEGL.so.1 => /lib/libEGL.so.1 (0x1)\n")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_the_readme_line_and_the_ci_script_name_the_same_packages():
    """The README's lines for a machine without any of them — Qt's, then Pango's for the PDF report
    (WeasyPrint) — are what .ci/run installs, besides the tests' own tools."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line, pdf_line = re.findall(r"apt-get install -y ([^\n`]+)", readme)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_packages = set(re.search(r"for pkg in ([^;]+);", ci).group(1).replace("\\\n", " ").split())
    known = set(check.PACKAGES.values()) | {check.FONT_PACKAGE}
    assert set(line.split()) <= known
    assert set(line.split()) | set(pdf_line.split()) == ci_packages - {"python3-venv", "make", "poppler-utils"}
