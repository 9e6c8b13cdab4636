"""The export dialog writes every format for the current filters and as-of date, previews the
first rows, and saves the HTML report as PDF (charts rendered from their SVG)."""
from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtWidgets import QProgressBar

from claimledger.services import ClaimFilter
from claimledger.ui.main_window import MainWindow
from claimledger.ui.report_pdf import report_document


@pytest.fixture
def window(qtbot, seeded_ledger):
    w = MainWindow(seeded_ledger)
    qtbot.addWidget(w)
    w.show()
    w.wait_idle()
    return w


@pytest.mark.parametrize("key,check", [
    ("csv", lambda text, n: len(list(csv.DictReader(text.splitlines()))) == n),
    ("events", lambda text, n: text.startswith("event_id") or "claim_id" in text.splitlines()[0]),
    ("json", lambda text, n: len(json.loads(text)["claims"]) == n),
    ("claimreview", lambda text, n: '"@graph"' in text and "schema.org" in text),
    ("html", lambda text, n: text.startswith("<!doctype html>") and "as of <b>2021-09-12</b>" in text),
])
def test_each_format_is_written_with_filters_and_as_of(window, seeded_ledger, tmp_path, key, check):
    window.filter_bar.kind_combo.setCurrentIndex(window.filter_bar.kind_combo.findData("plan"))
    window.filter_bar.set_as_of(date(2021, 9, 12))
    n = seeded_ledger.reader.count_claims(ClaimFilter(kinds=frozenset({"plan"})))
    dialog = window.open_export_dialog()
    dialog.set_format(key)
    window.wait_idle()
    preview = dialog.html_preview.toPlainText() if key == "html" else dialog.text_preview.toPlainText()
    assert preview.strip()
    out = tmp_path / f"out.{key}"
    dialog.save_to(out)
    window.wait_idle()
    assert dialog.saved == [out]
    text = out.read_text(encoding="utf-8")
    assert check(text, n), text[:300]
    assert "Exported" in dialog.status_label.text()


def test_csv_preview_shows_the_first_rows_only(window):
    dialog = window.open_export_dialog()
    window.wait_idle()
    first = dialog.text_preview.toPlainText().splitlines()[0]
    assert first.startswith("claim_id,")


def test_html_report_saves_as_pdf_in_the_background_with_a_progress_bar(window, tmp_path):
    window.ledger.outcomes.record_outcome(window.model.claim_at(0).id, "fulfilled", observed_on=date(2021, 8, 30))
    dialog = window.open_export_dialog()
    dialog.set_format("html")
    window.wait_idle()
    assert dialog.pdf_button.isVisibleTo(dialog)
    assert dialog.html_preview.document().property("charts") >= 2  # the preview: charts as images
    pdf = tmp_path / "report.pdf"
    assert dialog.save_pdf(pdf)
    assert dialog.progress.isVisibleTo(dialog) and not dialog.pdf_button.isEnabled()
    assert not dialog.save_pdf(tmp_path / "second.pdf")  # one at a time
    assert dialog._runner.drain(60_000)
    assert not dialog.progress.isVisibleTo(dialog) and dialog.pdf_button.isEnabled()
    assert dialog.saved == [pdf] and "as PDF to" in dialog.status_label.text()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdfinfo"):  # the CLI's engine (WeasyPrint), not QTextDocument
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"^Producer:\s+WeasyPrint", info, re.M), info
    assert not list(tmp_path.glob(".*.part"))


def test_pdf_to_a_missing_folder_says_so(window, tmp_path):
    dialog = window.open_export_dialog()
    dialog.set_format("html")
    window.wait_idle()
    assert dialog.save_pdf(tmp_path / "missing" / "r.pdf")
    assert dialog._runner.drain(60_000)
    assert "Cannot write" in dialog.status_label.text() and dialog.saved == []


def test_unwritable_target_says_what_to_do(window, tmp_path):
    dialog = window.open_export_dialog()
    dialog.save_to(tmp_path / "missing-dir" / "x.csv")
    window.wait_idle()
    assert "Cannot write" in dialog.status_label.text() and "Choose another folder" in dialog.status_label.text()


def test_report_document_replaces_svg_by_images():
    html = ('<p>a</p><svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">'
            '<rect width="40" height="20" fill="red"/></svg><p>b</p>')
    doc = report_document(html)
    assert doc.property("charts") == 1 and "chart1.png" in doc.toHtml()


def test_pdf_progress_bar_moves_page_by_page_then_shows_the_total(window, tmp_path):
    """While WeasyPrint lays the pages out the bar is busy (no total yet) and its text counts the
    pages, in increasing order; then it shows N of N."""
    dialog = window.open_export_dialog()
    dialog.set_format("html")
    window.wait_idle()
    seen: list[tuple[int, int, str]] = []
    bar = dialog.progress

    def set_format(text: str) -> None:  # the dialog sets range, value, then the text
        seen.append((bar.value(), bar.maximum(), text))
        QProgressBar.setFormat(bar, text)

    bar.setFormat = set_format
    assert dialog.save_pdf(tmp_path / "report.pdf")
    assert dialog._runner.drain(60_000)
    counted = [int(re.match(r"Laying out page (\d+)", text).group(1)) for _v, maximum, text in seen
               if maximum == 0 and text.startswith("Laying out page")]
    assert len(counted) >= 2 and counted == sorted(counted) and counted[0] == 1, seen
    value, maximum, text = seen[-1]
    assert value == maximum >= counted[-1] and text.startswith(f"Writing {maximum} pages"), seen
