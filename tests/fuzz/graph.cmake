# core/graph: the target grammar and everything fed by it (lookup, resolvers, history ranges,
# planner) on arbitrary text against a fixed graph with merges, labels and dependencies.
stepwise_add_fuzzer(fuzz_target SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_target.cpp
                    LIBS stepwise-core-graph)
