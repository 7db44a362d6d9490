# core/engine: splitting a plan's sections, rendering the offline script, and a whole upgrade
# into a SQLite file, in process. Run: build-*/bench/bench_engine [-median 5]
# Whole-process comparisons with sqlite3 / psql / mariadb and Alembic (S3, S4, S5):
#   bench/compare_engine.py --stepwise build-*/app/cli/stepwise (see docs/performance.md)
stepwise_add_benchmark(bench_engine SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_engine.cpp
                       LIBS stepwise-core-engine)
target_compile_definitions(bench_engine PRIVATE STEPWISE_BENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
