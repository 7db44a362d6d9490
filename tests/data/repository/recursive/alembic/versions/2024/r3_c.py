"""rev r3"""
revision = "r3"
down_revision = 'r2'
