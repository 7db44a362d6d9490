"""rev r2"""
revision = "r2"
down_revision = 'r1'
