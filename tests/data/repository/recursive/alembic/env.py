from alembic import context

context.configure(url=url, version_table='custom_version', version_table_schema="audit",
                  transaction_per_migration=True)
