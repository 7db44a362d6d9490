"""merge email and audit

Revision ID: dd04
Revises: bb02, cc03
"""
revision = 'dd04'
down_revision = ('bb02', 'cc03')
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
