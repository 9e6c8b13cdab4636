"""Render resources/icons/claimledger.svg to the freedesktop hicolor PNG sizes.

    .venv/bin/python packaging/render_icons.py            # writes resources/icons/hicolor/...
    .venv/bin/python packaging/render_icons.py --check    # exit 1 if a PNG is missing or stale

Sizes up to 24 px come from claimledger-small.svg (a simplified drawing), the rest from
claimledger.svg. Uses PySide6's QSvgRenderer (QtSvg ships in PySide6-Essentials), so no ImageMagick/rsvg needed.
Also copies the SVG to hicolor/scalable/apps/ for desktops that prefer vector icons.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "claimledger.svg"
SMALL_SOURCE = ICONS / "claimledger-small.svg"  # hand-simplified drawing for the smallest sizes
SMALL_MAX = 24
APP_ID = "io.github.claimledger.ClaimLedger"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def source_for(size: int) -> Path:
    return SMALL_SOURCE if size <= SMALL_MAX and SMALL_SOURCE.exists() else SOURCE


def render() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt happy)
    written = []
    for size in SIZES:
        source = source_for(size)
        renderer = QSvgRenderer(str(source))
        if not renderer.isValid():
            raise SystemExit(f"render_icons: {source} is not a valid SVG")
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"render_icons: cannot write {out}")
        written.append(out)
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, svg_path())
    written.append(svg_path())
    return written


def stale() -> list[Path]:
    pairs = [(png_path(s), source_for(s)) for s in SIZES] + [(svg_path(), SOURCE)]
    return [p for p, src in pairs if not p.exists() or p.stat().st_mtime < src.stat().st_mtime]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report missing or stale icons")
    args = ap.parse_args(argv)
    if args.check:
        bad = stale()
        for p in bad:
            print(f"stale or missing: {p.relative_to(ROOT)}")
        return 1 if bad else 0
    for p in render():
        print(p.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
