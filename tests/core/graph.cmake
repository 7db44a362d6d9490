# core/graph: revision map, targets, planner, Alembic text output. tst_alembicformat reads
# tests/data/graph/evidence (Alembic's logs and revision files) via STEPWISE_SOURCE_DIR.
foreach(t tst_revisiongraph tst_target tst_planner tst_alembicformat)
    if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp)
        stepwise_add_test(${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${t}.cpp
                          LIBS stepwise-core-graph LABELS core)
    endif()
endforeach()
