stepwise_add_test(tst_statementsplitter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_statementsplitter.cpp LIBS stepwise-core-sql LABELS core)
stepwise_add_test(tst_sqlscript SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sqlscript.cpp LIBS stepwise-core-sql LABELS core)
