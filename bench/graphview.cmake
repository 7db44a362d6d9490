# ui/graph: layout, scene construction and one repaint at Fit on 1k/5k/10k synthetic revisions
# (quality.md S7). Run offscreen: QT_QPA_PLATFORM=offscreen build-*/bench/bench_graphview
get_property(has_graph GLOBAL PROPERTY STEPWISE_UI_HAS_GRAPH)
if(TARGET stepwise-ui AND has_graph)
    stepwise_add_benchmark(bench_graphview SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_graphview.cpp
                           LIBS stepwise-ui)
endif()
