stepwise_add_test(tst_mainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h LIBS stepwise-ui LABELS ui)
target_compile_definitions(tst_mainwindow PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
