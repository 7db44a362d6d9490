# One libFuzzer executable per dialect, all from fuzz_splitter.cpp.
foreach(dialect Generic SQLite PostgreSQL MySQL)
    string(TOLOWER ${dialect} _name)
    stepwise_add_fuzzer(fuzz_splitter_${_name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/fuzz_splitter.cpp
                        LIBS stepwise-core-sql)
    target_compile_definitions(fuzz_splitter_${_name} PRIVATE
        STEPWISE_FUZZ_DIALECT=Stepwise::Core::SqlDialect::${dialect})
endforeach()
