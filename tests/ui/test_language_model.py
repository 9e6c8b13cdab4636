"""The language model never delays the window: imported after the first paint, off the GUI thread."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimledger.services.importing import PREPARING_MODEL
from claimledger.ui.import_flow import ImportProgress

WINDOW_WITHOUT_SPACY = """
import sys
from PySide6.QtWidgets import QApplication
from claimledger.services import Ledger
from claimledger.ui import app
from claimledger.ui.main_window import MainWindow

qapp = app.make_app()
ledger = Ledger.open(sys.argv[1])
window = MainWindow(ledger, settings=None)
window.show()
qapp.processEvents()
print("after paint:", "spacy" in sys.modules)
thread = app.preload_language_model()
print("GUI thread free while it loads:", thread.is_alive() or "spacy" in sys.modules)
thread.join(120)
print("after preload:", "spacy" in sys.modules)
from claimledger.extraction import parse
print("loaded:", parse.is_loaded())
window.close()
ledger.close()
"""


@pytest.mark.slow
def test_window_paints_before_spacy_is_imported_and_preload_runs_in_the_background(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    out = subprocess.run([sys.executable, "-c", WINDOW_WITHOUT_SPACY, str(tmp_path / "w.db")], env=env,
                         capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["after paint: False", "GUI thread free while it loads: True",
                                       "after preload: True", "loaded: True"]


def test_import_progress_says_the_model_is_being_prepared(qtbot):
    progress = ImportProgress()
    qtbot.addWidget(progress)
    progress.set_progress(0, 12, PREPARING_MODEL)
    assert progress.bar.format() == PREPARING_MODEL and progress.bar.maximum() == 0  # a busy bar
    assert progress.label.text() == PREPARING_MODEL and not progress.label.isHidden()  # with the words beside it
    progress.set_progress(3, 12, "/tmp/a.txt")
    assert progress.bar.format() == "Importing %v/%m" and progress.bar.maximum() == 12 and progress.bar.value() == 3
    assert progress.label.isHidden()
