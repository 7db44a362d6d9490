"""rev r25"""
revision = "r25"
down_revision = 'r2'
