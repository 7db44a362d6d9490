# Engine runner side (core/engine: Runner, MigrationSession, OfflineRenderer) and the CLI's
# database commands. Each test works in a database of its own (SQLite file, or CREATE DATABASE
# on the shared servers) and drops it. The CLI tests run the real binary through QProcess:
# STEPWISE_CLI names it. Full-count R1/R2 runs: tests/stress/.
add_library(stepwise-engine-test-support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/tst_enginesupport.cpp ${CMAKE_CURRENT_LIST_DIR}/tst_enginesupport.h)
target_link_libraries(stepwise-engine-test-support PUBLIC stepwise-test-common stepwise-core-engine Qt6::Sql Qt6::Test
    PRIVATE stepwise-options)
target_compile_definitions(stepwise-engine-test-support PRIVATE
    STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

stepwise_add_test(tst_engine SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_engine.cpp
                  LIBS stepwise-core-engine stepwise-engine-test-support LABELS integration)

foreach(name tst_cliengine tst_clireliability tst_clidifferential tst_cliconnection)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp AND TARGET stepwise)
        stepwise_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
                          LIBS stepwise-core-engine stepwise-engine-test-support LABELS integration)
        add_dependencies(${name} stepwise)
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "STEPWISE_CLI=$<TARGET_FILE:stepwise>")
    endif()
endforeach()
