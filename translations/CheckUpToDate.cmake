# ctest translations_up_to_date: would update_translations change the committed .ts files? Runs
# lupdate as that target does, on copies, and reports what the sources hold that the files lack.
#   cmake -DLUPDATE=… -DLCONVERT=… -DPROJECT_CMAKE=… -DGENERATOR=… -DWORK_DIR=…
#         -DTS_FILES=a.ts;b.ts -DPLURALS_TS_FILE=en.ts [-DSTRICT=ON] -P CheckUpToDate.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_CMAKE}" "-DOUT_FILE=${WORK_DIR}/project.json"
        -P "${GENERATOR}"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot make the lupdate project from ${PROJECT_CMAKE}")
endif()

function(count_entries file prefix)
    file(READ "${file}" ts)
    string(REGEX MATCHALL "<message[ >]" m "${ts}")
    list(LENGTH m messages)
    string(REGEX MATCHALL "type=\"unfinished\"" m "${ts}")
    list(LENGTH m unfinished)
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" m "${ts}")
    list(LENGTH m obsolete)
    set(${prefix} "${messages} messages, ${unfinished} unfinished, ${obsolete} obsolete" PARENT_SCOPE)
endfunction()

set(stale 0)
foreach(ts IN LISTS TS_FILES PLURALS_TS_FILE)
    get_filename_component(name "${ts}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${ts}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json"
            -locations relative -ts "${copy}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${out}")
    endif()
    if(ts STREQUAL PLURALS_TS_FILE)
        execute_process(COMMAND "${LCONVERT}" -pluralonly -i "${copy}" -o "${copy}" RESULT_VARIABLE rc)
    endif()
    count_entries("${ts}" committed)
    count_entries("${copy}" updated)
    if(committed STREQUAL updated)
        message("newsroom-report: translations/${name} is up to date with the sources")
    else()
        message("newsroom-report: translations/${name} lags the sources: it has ${committed}; "
            "update_translations would make it ${updated}")
        set(stale 1)
    endif()
endforeach()
if(stale)
    message("Refresh them with: scripts/dev exec -- cmake --build build/dev --target update_translations")
    if(STRICT)
        message(FATAL_ERROR "the .ts files are not up to date")
    endif()
endif()
