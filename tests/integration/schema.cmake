if(TARGET stepwise-core-schema)
    stepwise_add_test(tst_schemaintegration SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_schemaintegration.cpp
        LIBS stepwise-core-schema LABELS integration)
endif()
