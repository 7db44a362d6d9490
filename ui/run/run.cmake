# ui/run: the run flow (confirmation, worker thread, progress). Included from ui/CMakeLists.txt.
target_sources(stepwise-ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/runconfirmdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/runconfirmdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/runcontroller.cpp ${CMAKE_CURRENT_LIST_DIR}/runcontroller.h
    ${CMAKE_CURRENT_LIST_DIR}/runplan.cpp ${CMAKE_CURRENT_LIST_DIR}/runplan.h
    ${CMAKE_CURRENT_LIST_DIR}/runworker.cpp ${CMAKE_CURRENT_LIST_DIR}/runworker.h)
