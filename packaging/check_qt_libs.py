#!/usr/bin/env python3
"""Before the window starts (``make run``): are Qt's system libraries there?

PySide6 ships Qt itself, but Qt's platform plugin needs libraries of the system (EGL, OpenGL,
xkbcommon, fontconfig, the xcb helper libraries) and at least one font. Without them Qt stops with
"Could not load the Qt platform plugin" and a list of plugins that says nothing about what to
install. This asks the dynamic loader (``ldd``) which libraries the plugin Qt will use (xcb, or
$QT_QPA_PLATFORM's) and Qt's widget module cannot find, and prints the one ``apt-get install``
line with exactly the Debian packages that hold them. Exit status 1 when something is missing,
0 otherwise (also where there is no ``ldd``: macOS, Windows).

    python packaging/check_qt_libs.py
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# The libraries Qt's widgets and its xcb/offscreen/wayland plugins load from the system, with the
# Debian package of each (Debian 12; on Ubuntu 24.04 apt picks the "t64" package these names
# stand for). Libraries of the base system (libc, libstdc++, zlib …) are always there.
PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0", "libOpenGL.so.0": "libopengl0",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6", "libbrotlicommon.so.1": "libbrotli1", "libbrotlidec.so.1": "libbrotli1",
    "libbsd.so.0": "libbsd0", "libdbus-1.so.3": "libdbus-1-3", "libexpat.so.1": "libexpat1",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libgobject-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16", "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libxkbcommon.so.0": "libxkbcommon0",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1", "libpcre2-8.so.0": "libpcre2-8-0",
}
FONT_PACKAGE = "fonts-dejavu-core"  # without any font every glyph is a box
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz")


def qt_files(pyside: Path, platform: str) -> list[Path]:
    """The shared objects whose libraries must all resolve: QtWidgets and the platform plugin."""
    plugin = pyside / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"
    return sorted(pyside.glob("QtWidgets*.so")) + [p for p in (plugin,) if p.exists()]


def missing_libraries(ldd_output: str) -> list[str]:
    """The sonames ``ldd`` reports as "not found", in order, once each."""
    out: list[str] = []
    for line in ldd_output.splitlines():
        name, sep, where = line.strip().partition(" => ")
        if sep and where.strip() == "not found" and name not in out:
            out.append(name)
    return out


def has_fonts(dirs=FONT_DIRS) -> bool:
    for d in dirs:
        root = Path(d).expanduser()
        if root.is_dir() and any(f.name.lower().endswith(FONT_SUFFIXES) for f in root.rglob("*")):
            return True
    return False


def packages_for(libraries: list[str], fonts: bool) -> tuple[list[str], list[str]]:
    """(Debian packages to install, libraries no package is known for), each in order, once."""
    packages, unknown = [], []
    for lib in libraries:
        pkg = PACKAGES.get(lib)
        if pkg is None:
            unknown.append(lib)
        elif pkg not in packages:
            packages.append(pkg)
    if not fonts:
        packages.append(FONT_PACKAGE)
    return packages, unknown


def install_line(packages: list[str], *, root: bool) -> str:
    return ("" if root else "sudo ") + "apt-get install -y " + " ".join(packages)


def main() -> int:
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        print("check_qt_libs: PySide6 is not installed in this Python (run make venv)", file=sys.stderr)
        return 1
    platform = (os.environ.get("QT_QPA_PLATFORM") or "xcb").split(";")[0].split(":")[0] or "xcb"
    files = qt_files(Path(spec.origin).parent, platform)
    done = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True, check=False)
    packages, unknown = packages_for(missing_libraries(done.stdout), has_fonts())
    if not packages and not unknown:
        return 0
    print(f"Claim Ledger's window (Qt, platform {platform}) needs system libraries that are missing. "
          "Install them with:", file=sys.stderr)
    if packages:
        print(install_line(packages, root=os.geteuid() == 0), file=sys.stderr)
    if unknown:
        print("and the packages that hold: " + ", ".join(unknown), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
