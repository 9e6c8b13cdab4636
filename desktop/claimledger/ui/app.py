"""Start the desktop application: ``run(db) -> exit status``."""
from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence

PROG = "claimledger"
APP_ID = "io.github.claimledger.ClaimLedger"  # desktop entry / AppStream id; the icon's theme name
NO_DISPLAY = f"{PROG}: no display available; set DISPLAY or run a CLI command, e.g. {PROG} claims"
AFTER_FIRST_PAINT_MS = 250  # background work that competes for the interpreter starts after the window shows


def has_display(environ=os.environ, platform: str = sys.platform) -> bool:
    """False where Qt would abort for want of a display (Linux/BSD without X11 or Wayland)."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY") or environ.get("QT_QPA_PLATFORM"))


def _error(app, message: str) -> None:
    """One line on stderr, and a message box when a window can be shown."""
    print(f"{PROG}: {message}", file=sys.stderr)
    if app is not None and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Claim Ledger", message)


def make_app(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("Claim Ledger")
    app.setOrganizationName("Claim Ledger")
    app.setApplicationDisplayName("Claim Ledger")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # consistent widgets; colours follow the system or View ▸ Theme
    from claimledger.ui.theme import apply_theme, start_theme

    apply_theme(app, start_theme(None))  # $CLAIMLEDGER_COLOR_SCHEME; run() then adds the remembered choice
    return app


def app_icon():
    """The theme's icon when installed, else the SVG shipped in resources/icons."""
    from PySide6.QtGui import QIcon

    from claimledger.resources import resources_dir

    root = resources_dir()
    fallback = QIcon(str(root / "icons" / "claimledger.svg")) if root else QIcon()
    return QIcon.fromTheme(APP_ID, fallback)


def preload_language_model() -> threading.Thread:
    """Import spaCy and load its model on a daemon thread, never on the GUI thread (importing
    spaCy takes 1-5 s). A failure is left to the first import, which reports it in words."""

    def load() -> None:
        from claimledger.extraction import parse

        try:
            parse.preload()
        except Exception:  # noqa: BLE001 - the import that needs the model shows the error
            pass

    t = threading.Thread(target=load, name="language-model", daemon=True)
    t.start()
    return t


def run(db: str | None, files: Sequence[str] = ()) -> int:
    """Open the window on ``db``; ``files`` (``claimledger FILE…``, ``Exec=claimledger %F``) are
    imported once the window shows, through its background import (progress, cancel, failures)."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    app = make_app()

    from PySide6.QtCore import QSettings

    from claimledger.services import Ledger, LedgerError
    from claimledger.ui.main_window import MainWindow

    try:
        ledger = Ledger.open(db)
    except LedgerError as exc:
        _error(app, str(exc))
        return 1
    try:
        settings = QSettings()
        from claimledger.ui import window_state
        from claimledger.ui.theme import apply_theme, start_theme

        apply_theme(app, start_theme(settings))  # View ▸ Theme, as chosen last time

        window_state.add_recent(settings, ledger.location)
        window = MainWindow(ledger, settings=settings)
        window.setWindowIcon(app.windowIcon())
        window.show()
        from PySide6.QtCore import QTimer

        # after the first paint: the language model loads on a background thread, and a first run
        # imports the shipped sample article (the import waits for the model, saying so)
        after_paint = QTimer(window)  # owned by the window, so the callback lives as long as it
        after_paint.setSingleShot(True)
        after_paint.timeout.connect(lambda: (preload_language_model(), window.importer.import_seeds()))
        after_paint.start(AFTER_FIRST_PAINT_MS)
        if files:
            QTimer.singleShot(0, lambda: window.importer.start(list(files)))
        return app.exec()
    finally:
        ledger.close()
