stepwise_add_test(tst_versionstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_versionstore.cpp LIBS stepwise-core-engine LABELS integration)
stepwise_add_test(tst_databaselock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_databaselock.cpp LIBS stepwise-core-engine LABELS integration)
