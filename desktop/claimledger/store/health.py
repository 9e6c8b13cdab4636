"""Facts about where and how a ledger is stored, for its storage check (services/health.py puts
them into words): SQLite's own checks, the file system under the file, a sync client above it.
No Qt. Nothing here opens the ledger's files (stat, statvfs and /proc only)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import Connection

# File systems on which POSIX locks are unreliable or absent (SQLite FAQ 5, "How To Corrupt" 2.1).
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "afs", "ceph", "glusterfs", "lustre", "gpfs", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.s3fs", "fuse.gcsfuse", "fuse.glusterfs", "fuse.cephfs",
    "fuse.onedriver", "fuse.google-drive-ocamlfuse", "fuse.kio-fuse", "fuse.gvfsd-fuse",
}
# Folder names of sync clients (lower case), and files their clients leave in a synced folder.
SYNC_FOLDER_NAMES = {
    "dropbox": "Dropbox", "onedrive": "OneDrive", "google drive": "Google Drive", "googledrive": "Google Drive",
    "my drive": "Google Drive", "icloud drive": "iCloud Drive", "mobile documents": "iCloud Drive",
    "nextcloud": "Nextcloud", "owncloud": "ownCloud", "pcloud drive": "pCloud", "mega": "MEGA",
    "box": "Box", "seafile": "Seafile", "tresorit": "Tresorit", "yandex.disk": "Yandex Disk",
}
SYNC_MARKER_FILES = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox",
                     ".sync": "Resilio Sync", ".owncloudsync.log": "ownCloud/Nextcloud"}


def quick_check(conn: Connection, *, max_errors: int = 5) -> list[str]:
    """``PRAGMA quick_check``: ["ok"] or up to ``max_errors`` problems (every page is read)."""
    return [" ".join(str(r[0]).split()) for r in conn.exec_driver_sql(f"PRAGMA quick_check({int(max_errors)})")]


def journal_mode(conn: Connection) -> str:
    return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()


def claim_and_article_counts(conn: Connection) -> tuple[int, int]:
    claims = conn.exec_driver_sql("SELECT count(*) FROM claim").scalar() or 0
    articles = conn.exec_driver_sql("SELECT count(*) FROM article").scalar() or 0
    return claims, articles


def file_system_type(path: str | os.PathLike) -> str | None:
    """The type of the file system holding ``path`` (Linux: the longest mount point above it)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        with open("/proc/self/mounts") as fh:
            mounts = [line.split() for line in fh]
    except OSError:
        return None
    target = os.path.realpath(path)
    best, fstype = "", None
    for fields in mounts:
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype


def on_network_drive(path: str | os.PathLike) -> str | None:
    fstype = file_system_type(path)
    return fstype if fstype and (fstype in NETWORK_FILE_SYSTEMS or fstype.startswith(("nfs", "smb", "cifs"))) else None


def synced_by(path: str | os.PathLike) -> str | None:
    """The sync client whose folder holds ``path`` (by folder name or marker file), else None."""
    folder = Path(os.path.realpath(path)).parent
    for d in (folder, *folder.parents):
        name = d.name.lower()
        for key, client in SYNC_FOLDER_NAMES.items():
            if name == key or name.startswith((key + " ", key + "-", key + "_")):
                return client
        for marker, client in SYNC_MARKER_FILES.items():
            if os.path.lexists(d / marker):
                return client
        if d == Path.home():
            break  # above the home folder: system folders, no sync clients
    return None


def free_bytes(path: str | os.PathLike) -> int | None:
    try:
        st = os.statvfs(os.path.dirname(os.path.realpath(path)) or ".")
    except (OSError, AttributeError):
        return None
    return st.f_bavail * st.f_frsize
