# core/graph: graph build, heads, history text and planning on synthetic repositories of
# 1k / 5k / 10k revisions (quality.md's shape). Run: build-*/bench/bench_graph [-median 5]
stepwise_add_benchmark(bench_graph SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_graph.cpp
                       LIBS stepwise-core-graph)
