"""create audit log

Revision ID: cc03
Revises: aa01
"""
revision = 'cc03'
down_revision = 'aa01'
branch_labels = ('audit',)
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
