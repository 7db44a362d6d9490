# ui/editor, ui/preview, ui/dialogs: the script editor, the SQL preview and the authoring
# dialogs. Included from ui/CMakeLists.txt so these folders' file lists are edited here only.
target_sources(stepwise-ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dialectsqllexer.cpp ${CMAKE_CURRENT_LIST_DIR}/dialectsqllexer.h
    ${CMAKE_CURRENT_LIST_DIR}/editortabpage.cpp ${CMAKE_CURRENT_LIST_DIR}/editortabpage.h
    ${CMAKE_CURRENT_LIST_DIR}/editortabs.cpp ${CMAKE_CURRENT_LIST_DIR}/editortabs.h
    ${CMAKE_CURRENT_LIST_DIR}/editorsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/editorsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/editorsettingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/editorsettingsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/editorsettingspage.cpp ${CMAKE_CURRENT_LIST_DIR}/editorsettingspage.h
    ${CMAKE_CURRENT_LIST_DIR}/findbar.cpp ${CMAKE_CURRENT_LIST_DIR}/findbar.h
    ${CMAKE_CURRENT_LIST_DIR}/scripteditor.cpp ${CMAKE_CURRENT_LIST_DIR}/scripteditor.h
    ${CMAKE_CURRENT_LIST_DIR}/scripteditormarks.cpp ${CMAKE_CURRENT_LIST_DIR}/scripteditormarks.h
    ${CMAKE_CURRENT_LIST_DIR}/scripteditorprivate.h
    ${CMAKE_CURRENT_LIST_DIR}/sqlcompletion.cpp ${CMAKE_CURRENT_LIST_DIR}/sqlcompletion.h
    ${CMAKE_CURRENT_LIST_DIR}/../preview/sqlpreview.cpp ${CMAKE_CURRENT_LIST_DIR}/../preview/sqlpreview.h
    ${CMAKE_CURRENT_LIST_DIR}/../preview/sqlpreviewdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../preview/sqlpreviewdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../dialogs/revisionauthoring.cpp ${CMAKE_CURRENT_LIST_DIR}/../dialogs/revisionauthoring.h
    ${CMAKE_CURRENT_LIST_DIR}/../dialogs/revisionauthoringdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../dialogs/revisionauthoringdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../dialogs/newrevisiondialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../dialogs/newrevisiondialog.h
    ${CMAKE_CURRENT_LIST_DIR}/../dialogs/mergeheadsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/../dialogs/mergeheadsdialog.h)
