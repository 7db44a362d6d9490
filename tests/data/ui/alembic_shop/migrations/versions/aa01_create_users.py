"""create users

Revision ID: aa01
Revises:
Create Date: 2026-10-01 10:00:00
"""
from alembic import op

revision = "aa01"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")


def downgrade():
    op.execute("DROP TABLE users")
