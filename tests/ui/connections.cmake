foreach(t tst_profilestore tst_connectionsdock)
    stepwise_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp
        ${CMAKE_CURRENT_LIST_DIR}/uitestsupport.h LIBS stepwise-ui LABELS ui)
    target_compile_definitions(${t} PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()
