# ui/graph: the revision graph view (layout from core/graph/graphlayout.h). Included from
# ui/CMakeLists.txt so this folder's file list is edited here only.
target_sources(stepwise-ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/graphgeometry.h
    ${CMAKE_CURRENT_LIST_DIR}/nodeglyph.cpp ${CMAKE_CURRENT_LIST_DIR}/nodeglyph.h
    ${CMAKE_CURRENT_LIST_DIR}/revisionactions.cpp ${CMAKE_CURRENT_LIST_DIR}/revisionactions.h
    ${CMAKE_CURRENT_LIST_DIR}/revisionedgesitem.cpp ${CMAKE_CURRENT_LIST_DIR}/revisionedgesitem.h
    ${CMAKE_CURRENT_LIST_DIR}/revisiongraphlegend.cpp ${CMAKE_CURRENT_LIST_DIR}/revisiongraphlegend.h
    ${CMAKE_CURRENT_LIST_DIR}/revisiongraphpanel.cpp ${CMAKE_CURRENT_LIST_DIR}/revisiongraphpanel.h
    ${CMAKE_CURRENT_LIST_DIR}/revisiongraphscene.cpp ${CMAKE_CURRENT_LIST_DIR}/revisiongraphscene.h
    ${CMAKE_CURRENT_LIST_DIR}/revisiongraphview.cpp ${CMAKE_CURRENT_LIST_DIR}/revisiongraphview.h
    ${CMAKE_CURRENT_LIST_DIR}/revisionnodeitem.cpp ${CMAKE_CURRENT_LIST_DIR}/revisionnodeitem.h)
# Tests and benchmarks of this folder link stepwise-ui only when it holds these sources.
set_property(GLOBAL PROPERTY STEPWISE_UI_HAS_GRAPH ON)
