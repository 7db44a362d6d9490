"""add users

Revision ID: 3f2a9c1b7d4e
Revises: 
Create Date: 2016-05-01 10:00:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '3f2a9c1b7d4e'
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('users', sa.Column('id', sa.Integer(), nullable=False))


def downgrade():
    op.drop_table('users')
