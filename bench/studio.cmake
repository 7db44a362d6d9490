# S8 / M2: stepwise-studio start to first painted window, and its peak RSS.
if(TARGET stepwise-studio)
    stepwise_add_benchmark(bench_studio SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_studio.cpp LIBS Qt6::Core)
    add_dependencies(bench_studio stepwise-studio)
    target_compile_definitions(bench_studio PRIVATE
        STEPWISE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        STEPWISE_STUDIO_PATH="$<TARGET_FILE:stepwise-studio>")
endif()
