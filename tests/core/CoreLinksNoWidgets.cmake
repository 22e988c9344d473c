# newsroom-cli links only newsroom_core: if QtWidgets shows up among its shared libraries, core (or
# something it pulls in) has started depending on widgets.
execute_process(COMMAND ldd "${EXE}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${EXE} failed")
endif()
if(NOT libs MATCHES "libQt6Core")
    message(FATAL_ERROR "ldd output does not list QtCore; is this the right binary?\n${libs}")
endif()
if(libs MATCHES "libQt6Widgets")
    message(FATAL_ERROR "newsroom-cli (core only) links QtWidgets:\n${libs}")
endif()
message(STATUS "newsroom-cli links no QtWidgets")
