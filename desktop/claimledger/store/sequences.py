"""PostgreSQL's id sequences, which it keeps apart from the data."""
from __future__ import annotations

from sqlalchemy import Connection

from claimledger.store import tables


def reset_id_sequences(conn: Connection) -> None:
    """After inserting explicit ids (PostgreSQL keeps its sequences apart from the data)."""
    if conn.dialect.name != "postgresql":
        return
    for table in (tables.article, tables.speaker, tables.claim, tables.outcome_event):
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), COALESCE((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )
