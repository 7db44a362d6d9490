# ui/editor, ui/preview, ui/dialogs: offscreen tests. STEPWISE_SCREENSHOT_DIR=dir writes the
# editor screenshots (editor-light.png, editor-dark.png, editor-completion.png).
stepwise_add_test(tst_scripteditor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scripteditor.cpp
                  LIBS stepwise-ui stepwise-core LABELS ui)
target_compile_definitions(tst_scripteditor PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

# The preview is compared with the stdout of the CLI binary built in the same tree.
stepwise_add_test(tst_sqlpreview SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sqlpreview.cpp
                  LIBS stepwise-ui stepwise-core LABELS ui)
target_compile_definitions(tst_sqlpreview PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                           STEPWISE_CLI="$<TARGET_FILE:stepwise>")
add_dependencies(tst_sqlpreview stepwise)

stepwise_add_test(tst_revisiondialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_revisiondialogs.cpp
                  LIBS stepwise-ui stepwise-core LABELS ui)
target_compile_definitions(tst_revisiondialogs PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

stepwise_add_test(tst_editortabs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_editortabs.cpp
                  LIBS stepwise-ui stepwise-core LABELS ui)
target_compile_definitions(tst_editortabs PRIVATE STEPWISE_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
