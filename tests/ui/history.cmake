# ui/history: the history dock's duration chart, offscreen. STEPWISE_SCREENSHOT_DIR=dir writes
# history-chart.png (the dock in the light palette above the dark one).
find_package(Qt6 REQUIRED COMPONENTS Charts) # the test reads the chart's bar sets
stepwise_add_test(tst_historychart SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_historychart.cpp
    LIBS stepwise-ui Qt6::Charts LABELS ui)
