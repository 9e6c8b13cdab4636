"""Light, dark or the system's colours: View ▸ Theme, remembered in the settings and applied at
start; ``CLAIMLEDGER_COLOR_SCHEME=dark|light`` overrides the remembered choice for one run.

Qt 6.8+ asks the platform theme first (``styleHints().setColorScheme``); where the platform has
no theme that answers (bare X11, Xvfb), Fusion gets an explicit palette of that scheme. "System"
gives the choice back to the platform (and the style's own palette where it has none)."""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette

THEMES = {"system": "&System", "light": "&Light", "dark": "&Dark"}  # value -> menu text
THEME_KEY = "view/theme"
ENV = "CLAIMLEDGER_COLOR_SCHEME"
CURRENT = "claimledgerTheme"  # application property: the theme applied

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


def saved_theme(settings: QSettings | None) -> str:
    value = settings.value(THEME_KEY, "system", type=str) if settings is not None else "system"
    return value if value in THEMES else "system"


def start_theme(settings: QSettings | None, environ=os.environ) -> str:
    """The theme to start with: the environment's for this run, else the remembered one."""
    forced = environ.get(ENV, "").strip().lower()
    return forced if forced in ("dark", "light") else saved_theme(settings)


def current_theme(app) -> str:
    value = app.property(CURRENT)
    return value if value in THEMES else "system"


def apply_theme(app, theme: str) -> None:
    """Switch the running application to ``theme`` (system, light or dark); windows repaint."""
    if theme not in THEMES:
        theme = "system"
    if theme == "system":
        if current_theme(app) != "system":  # untouched until now: nothing to give back
            app.styleHints().unsetColorScheme()
            app.setPalette(QPalette())  # no colour of our own: the platform's or the style's again
    else:
        apply_color_scheme(app, theme)
    app.setProperty(CURRENT, theme)


def choose_theme(app, settings: QSettings | None, theme: str) -> None:
    """View ▸ Theme: apply it now and remember it for the next start."""
    apply_theme(app, theme)
    if settings is not None:
        settings.setValue(THEME_KEY, theme)
