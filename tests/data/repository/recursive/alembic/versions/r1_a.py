"""rev r1"""
revision = "r1"
down_revision = None
