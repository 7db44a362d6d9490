stepwise_add_test(tst_serverversion SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_serverversion.cpp LIBS Qt6::Sql LABELS integration)
