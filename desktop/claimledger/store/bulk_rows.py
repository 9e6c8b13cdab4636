"""Many rows into one table in one go, for the bulk loader (services/bulk.py); the caller owns
the transaction.

SQLite: one executemany (SQLAlchemy Core; ids from RETURNING).

PostgreSQL: ``COPY … FROM STDIN`` on the transaction's own psycopg connection. The rows' ids,
when wanted, are taken from the table's sequence first (one ``nextval`` query for all of them)
and written with the rows. An executemany there sent one INSERT of up to 1,000 rows and ~27,000
parameters per batch: psycopg rewrote each statement's placeholders (~18 ms a batch, uncached:
every batch's text differs) and the server parsed and planned it — most of the bulk loader's
time at ~1,300 claims a second (issue 18). COPY passes values as data. It is an INSERT for
everything the database does about it: constraints, the row triggers (the claim's search
vector), the statement triggers (change_log's write lock; the log itself is muted by the bulk
loader, which writes its own rows), and it is rolled back with the transaction.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.exc import DBAPIError


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict], *, returning_ids: bool = False) -> list[int]:
    """Insert ``rows`` (dicts of column values; every row the same keys, no ``id``) into
    ``table``; with ``returning_ids`` their new ids in the rows' order, else an empty list.
    A column a row leaves out gets its default: the column's scalar default, else what the
    table says (its server default, or NULL)."""
    if not rows:
        return []
    if conn.dialect.name != "postgresql":
        if returning_ids:
            return list(conn.execute(table.insert().returning(table.c.id, sort_by_parameter_order=True),
                                     rows).scalars())
        conn.execute(table.insert(), rows)
        return []
    given = list(rows[0])
    defaults = {}
    for column in table.columns:
        default = column.default
        if column.name in given or column.primary_key or default is None:
            continue  # (no default of SQLAlchemy's: left out of the COPY, the table's own applies)
        if not default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: no value given and its default is not a constant")
        defaults[column.name] = default.arg
    names = given + list(defaults)
    ids: list[int] = []
    if returning_ids:
        sequence = func.pg_get_serial_sequence(table.name, "id")
        ids = list(conn.execute(select(func.nextval(sequence)).select_from(func.generate_series(1, len(rows))))
                   .scalars())
        names = ["id", *names]
    quote = conn.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) FROM STDIN"
    fixed = tuple(defaults.values())
    raw = conn.connection.driver_connection  # the psycopg connection, in this transaction
    dbapi = conn.dialect.loaded_dbapi
    try:
        with raw.cursor() as cur, cur.copy(statement) as copy:
            if returning_ids:
                for new_id, row in zip(ids, rows):
                    copy.write_row((new_id, *(row[k] for k in given), *fixed))
            else:
                for row in rows:
                    copy.write_row((*(row[k] for k in given), *fixed))
    except dbapi.Error as exc:  # as SQLAlchemy reports a failed statement: IntegrityError, OperationalError…
        raise DBAPIError.instance(statement, None, exc, dbapi.Error, dialect=conn.dialect) from exc
    return ids
