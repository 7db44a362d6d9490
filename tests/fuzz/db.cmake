# core/db: the connection URL parser and password redaction on arbitrary text.
stepwise_add_fuzzer(fuzz_connectionurl SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_connectionurl.cpp
                    LIBS stepwise-core-db)
