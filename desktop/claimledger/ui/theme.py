"""Light or dark colours on request (``CLAIMLEDGER_COLOR_SCHEME=dark``); otherwise the system's.

Qt 6.8+ asks the platform theme first (``styleHints().setColorScheme``); where the platform has
no theme that answers (bare X11, Xvfb), Fusion gets an explicit palette of that scheme."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

DARK = {
    QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22", QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#3c3f41", QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8c8c8c", QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3c3f41", QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b", QPalette.ColorRole.Link: "#6cb6ff",
    QPalette.ColorRole.LinkVisited: "#b694ff", QPalette.ColorRole.Highlight: "#2f65ca",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Mid: "#4a4d50",
    QPalette.ColorRole.Dark: "#1a1b1d", QPalette.ColorRole.Light: "#505357", QPalette.ColorRole.Midlight: "#45484b",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    pal = QPalette()
    for role, colour in DARK.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return pal


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_color_scheme(app, scheme: str) -> None:
    want_dark = scheme == "dark"
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if want_dark else Qt.ColorScheme.Light)
    if is_dark(app.palette()) != want_dark:
        app.setPalette(dark_palette() if want_dark else app.style().standardPalette())
