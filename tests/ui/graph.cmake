# ui/graph: the revision graph view, offscreen. STEPWISE_SCREENSHOT_DIR=dir writes screenshots.
# Only when ui/CMakeLists.txt includes graph/graph.cmake (the view's sources are in stepwise-ui).
get_property(has_graph GLOBAL PROPERTY STEPWISE_UI_HAS_GRAPH)
if(has_graph)
    stepwise_add_test(tst_revisiongraphview
                      SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_revisiongraphview.cpp
                      LIBS stepwise-ui LABELS ui)
    target_compile_definitions(tst_revisiongraphview
                               PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
