# Statement splitter throughput (S6) next to sqlite3_complete(), and streaming memory (M3).
# SQLite3 is linked here only, as the reference; core/sql does not use it.
find_package(SQLite3 REQUIRED)
stepwise_add_benchmark(bench_splitter SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_splitter.cpp
                       LIBS stepwise-core-sql SQLite::SQLite3)
