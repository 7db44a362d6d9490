# core/engine use cases that need no database: the state classification.
stepwise_add_test(tst_revisionstates SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_revisionstates.cpp
                  LIBS stepwise-core-engine LABELS core)
