# core/schema: introspection of live databases (SQLite here; PostgreSQL and MariaDB in
# tests/integration/schema.cmake).
if(TARGET stepwise-core-schema)
    stepwise_add_test(tst_schemareader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_schemareader.cpp
        LIBS stepwise-core-schema LABELS core)
endif()
