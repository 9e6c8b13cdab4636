"""Start the desktop application: ``run(db) -> exit status``."""
from __future__ import annotations

import os
import sys

PROG = "claimledger"
NO_DISPLAY = f"{PROG}: no display available; set DISPLAY or run a CLI command, e.g. {PROG} claims"


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
    app.setDesktopFileName("claimledger")
    app.setStyle("Fusion")  # consistent widgets; colours still follow the system palette/scheme
    return app


def run(db: str | None) -> int:
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
        try:
            ledger.import_seeds_once()  # first run on an empty database: the shipped sample article
        except LedgerError as exc:
            print(f"{PROG}: sample articles not imported: {exc}", file=sys.stderr)
        window = MainWindow(ledger, settings=QSettings())
        window.show()
        return app.exec()
    finally:
        ledger.close()
