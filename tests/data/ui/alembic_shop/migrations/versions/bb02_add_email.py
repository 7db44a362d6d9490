"""add email to users

Revision ID: bb02
Revises: aa01
"""
from typing import Sequence, Union

revision: str = 'bb02'
down_revision: Union[str, None] = 'aa01'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
