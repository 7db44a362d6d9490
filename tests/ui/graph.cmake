# ui/graph: the revision graph view, offscreen. STEPWISE_SCREENSHOT_DIR=dir writes screenshots.
stepwise_add_test(tst_revisiongraphview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_revisiongraphview.cpp
                  LIBS stepwise-ui LABELS ui)
target_compile_definitions(tst_revisiongraphview PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
