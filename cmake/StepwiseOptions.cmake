# One INTERFACE target carrying the project's compile options; every Stepwise target links it.
add_library(stepwise-options INTERFACE)
target_compile_features(stepwise-options INTERFACE cxx_std_20)
target_compile_definitions(stepwise-options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_NO_KEYWORDS
    STEPWISE_VERSION="${PROJECT_VERSION}")
target_compile_options(stepwise-options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(STEPWISE_WERROR)
    target_compile_options(stepwise-options INTERFACE -Werror)
endif()
if(STEPWISE_SANITIZE)
    target_compile_options(stepwise-options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(stepwise-options INTERFACE -fsanitize=address,undefined)
endif()
if(STEPWISE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "STEPWISE_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Every library is instrumented for coverage; only the fuzz targets link libFuzzer's main.
    target_compile_options(stepwise-options INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(stepwise-options INTERFACE -fsanitize=address,undefined)
endif()
