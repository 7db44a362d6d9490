# Stepwise Studio against the test PostgreSQL and MariaDB servers (offscreen).
if(TARGET stepwise-ui)
    stepwise_add_test(tst_studioservers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_studioservers.cpp
        LIBS stepwise-ui LABELS integration)
    target_compile_definitions(tst_studioservers PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
