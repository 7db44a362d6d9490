# core/repository: the two pure header readers on arbitrary bytes.
stepwise_add_fuzzer(fuzz_nativeheader SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_nativeheader.cpp
                    LIBS stepwise-core-repository)
stepwise_add_fuzzer(fuzz_alembicheader SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_alembicheader.cpp
                    LIBS stepwise-core-repository)
