"""x1 in extra folder"""
revision = "x1"
down_revision = None
