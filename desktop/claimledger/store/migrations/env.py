"""Alembic environment. Run through ``claimledger.store.migrate`` (the app upgrades on open),
or by hand: ``alembic -c desktop/claimledger/store/alembic.ini -x db=URL upgrade head``."""
from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from claimledger.store import models  # noqa: F401  (registers the tables)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from claimledger.store.engine import make_engine, resolve_url

        url = context.get_x_argument(as_dictionary=True).get("db")
        engine = make_engine(resolve_url(url))
        with engine.connect() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
