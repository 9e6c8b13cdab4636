"""The Alembic revisions, oldest first (migration tests on SQLite and on PostgreSQL)."""
from __future__ import annotations


def revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from claimledger.store import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]
