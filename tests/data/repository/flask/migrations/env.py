import logging
from logging.config import fileConfig

from flask import current_app

from alembic import context

config = context.config


def run_migrations_online():
    connectable = get_engine()

    with connectable.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=get_metadata(),
            version_table="flask_versions",
            **conf_args
        )

        with context.begin_transaction():
            context.run_migrations()
