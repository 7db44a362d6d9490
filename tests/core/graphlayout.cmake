# core/graph layout: lanes and rows of the revision graph view (hand-made graphs, random DAGs).
stepwise_add_test(tst_graphlayout SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_graphlayout.cpp
                  LIBS stepwise-core-graph LABELS core)
