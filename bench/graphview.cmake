# ui/graph: layout, scene construction and one repaint at Fit on 1k/5k/10k synthetic revisions
# (quality.md S7). Run offscreen: QT_QPA_PLATFORM=offscreen build-*/bench/bench_graphview
if(TARGET stepwise-ui)
    stepwise_add_benchmark(bench_graphview SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_graphview.cpp
                           LIBS stepwise-ui)
endif()
