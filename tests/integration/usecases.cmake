# core/engine use cases against the real CLI: the offline SQL of every command (OfflineAction),
# a database's state and the revisions' classification (DatabaseState, RevisionStates), and the
# choice of database (ConnectionResolver), on SQLite files.
foreach(name tst_offlineaction tst_databasestate)
    stepwise_add_test(${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
                      LIBS stepwise-core-engine LABELS integration)
    add_dependencies(${name} stepwise)
    set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "STEPWISE_CLI=$<TARGET_FILE:stepwise>")
endforeach()
