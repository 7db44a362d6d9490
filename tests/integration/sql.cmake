stepwise_add_test(tst_splitexecution SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_splitexecution.cpp LIBS stepwise-core-sql Qt6::Sql LABELS integration)
