stepwise_add_test(tst_connectionurl SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionurl.cpp LIBS stepwise-core-db LABELS core)
stepwise_add_test(tst_dialect SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dialect.cpp LIBS stepwise-core-db LABELS core)
# The connection profiles' settings format; with the UI built it also checks Studio's
# ProfileStore and the core against each other (the CLI's --connection reads what Studio saves).
if(TARGET stepwise-ui)
    stepwise_add_test(tst_connectionprofiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionprofiles.cpp
                      LIBS stepwise-core-db stepwise-ui LABELS core)
    target_compile_definitions(tst_connectionprofiles PRIVATE STEPWISE_TEST_WITH_UI)
else()
    stepwise_add_test(tst_connectionprofiles SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connectionprofiles.cpp
                      LIBS stepwise-core-db LABELS core)
endif()
