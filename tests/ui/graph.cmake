# ui/graph: the revision graph view, offscreen. STEPWISE_SCREENSHOT_DIR=dir writes screenshots.
# Only when ui/CMakeLists.txt includes graph/graph.cmake (the view's sources are in stepwise-ui).
get_property(has_graph GLOBAL PROPERTY STEPWISE_UI_HAS_GRAPH)
if(has_graph)
    foreach(t tst_revisiongraphview tst_revisiongraphoverview)
        stepwise_add_test(${t}
                          SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp
                                  ${CMAKE_CURRENT_LIST_DIR}/graphviewtestsupport.h
                          LIBS stepwise-ui LABELS ui)
        target_compile_definitions(${t} PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    endforeach()
endif()
