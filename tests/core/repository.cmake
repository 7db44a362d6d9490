# core/repository: project configuration, revision file parsers, loading and writing.
foreach(test tst_nativerevisionparser tst_alembicheaderreader tst_inifile tst_projectconfig
        tst_projectloader tst_revisionwriter tst_headerindex)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp)
        stepwise_add_test(${test} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${test}.cpp
            LIBS stepwise-core-repository LABELS core)
    endif()
endforeach()
