stepwise_add_test(tst_connectionurl SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionurl.cpp LIBS stepwise-core-db LABELS core)
stepwise_add_test(tst_dialect SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dialect.cpp LIBS stepwise-core-db LABELS core)
