# ODBC against a real data source: the SQLite ODBC driver (libsqliteodbc) through unixODBC, with
# the driver and DSNs declared in a temporary odbcinst.ini / odbc.ini. Runs the CLI like the
# tst_cli* tests (engine.cmake defines their support library). A missing driver is a failure.
if(TARGET stepwise AND TARGET stepwise-engine-test-support AND TARGET stepwise-core-schema)
    stepwise_add_test(tst_odbc SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_odbc.cpp
                      LIBS stepwise-core-engine stepwise-core-schema stepwise-engine-test-support
                      LABELS integration)
    add_dependencies(tst_odbc stepwise)
    set_property(TEST tst_odbc APPEND PROPERTY ENVIRONMENT "STEPWISE_CLI=$<TARGET_FILE:stepwise>")
endif()
