stepwise_add_test(tst_result SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_result.cpp LIBS stepwise-core-base LABELS core)
