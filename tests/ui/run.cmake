# ui/run: the run flow in the main window, offscreen on SQLite. STEPWISE_SCREENSHOT_DIR=dir
# writes the mid-run screenshot.
stepwise_add_test(tst_runflow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_runflow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h LIBS stepwise-ui LABELS ui)
target_compile_definitions(tst_runflow PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
