"""add email

Revision ID: 8d1e
Revises: 3f2a9c1b7d4e
Create Date: 2016-05-02 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '8d1e'
down_revision = '3f2a9c1b7d4e'
branch_labels = None
depends_on = None


def upgrade():
    op.add_column('users', sa.Column('email', sa.String(120)))


def downgrade():
    op.drop_column('users', 'email')
