"""Every file dialog of the app: Qt's own dialog with an icon provider that never opens a file.

Qt's stock provider fills the dialog's "Type" column by sniffing each file's content
(QFileInfoGatherer → QAbstractFileIconProvider::type → QMimeDatabase::mimeTypeForFile →
QFile::open and close; seen with strace). Opening and closing the ledger's database or -shm
drops every SQLite lock this process holds on them (issue 12). Measured with the window's
ledger folder shown for 2.5 s (tests/ui/test_file_dialogs.py): the stock dialog, also with
DontUseCustomDirectoryIcons or in list view, took the process's POSIX locks on the ledger
from 2 to 0; with this provider they stay 2. (An override of ``icon`` alone still drops them;
``type`` is the one that reads.) A platform's native dialog is not used: what it opens is out of
the app's hands. The store's lock guard keeps the ledger safe either way; this keeps SQLite's
own locks whole as well.

    path = file_dialogs.get_open_file_name(parent, "Open a ledger", folder, "Ledgers (*.db)")
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from what a directory listing already says (is it a folder, its
    name's suffix): no file is opened, no content read."""

    def icon(self, what):  # noqa: D401 - Qt's overloads: an IconType or a QFileInfo
        if isinstance(what, QFileIconProvider.IconType):
            return super().icon(what)
        kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
        return super().icon(kind)

    def type(self, info) -> str:  # noqa: A003 - Qt's name
        if info.isDir():
            return "Folder"
        suffix = info.suffix()
        return f"{suffix.upper()} file" if suffix else "File"


_PROVIDER = NameOnlyIconProvider()  # lives as long as the app: dialogs keep a raw pointer to it


def make_dialog(parent: QWidget | None, caption: str, directory: str | Path = "", file_filter: str = "") -> QFileDialog:
    """A QFileDialog that never opens the files it lists (not yet shown)."""
    dialog = QFileDialog(parent, caption, str(directory), file_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(_PROVIDER)
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def get_open_file_name(parent, caption: str, directory: str | Path = "", file_filter: str = "") -> str:
    dialog = make_dialog(parent, caption, directory, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files = _run(dialog)
    return files[0] if files else ""


def get_open_file_names(parent, caption: str, directory: str | Path = "", file_filter: str = "") -> list[str]:
    dialog = make_dialog(parent, caption, directory, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def get_save_file_name(parent, caption: str, directory: str | Path = "", file_filter: str = "") -> str:
    dialog = make_dialog(parent, caption, directory, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    files = _run(dialog)
    return files[0] if files else ""
