# Fails when a catalog in translations/ is not complete for the current
# sources: a message missing, unfinished, or no longer used (vanished or
# obsolete). Runs lupdate on copies, so the catalogs themselves are untouched.
#
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake

file(GLOB_RECURSE sources
    ${SOURCE_DIR}/core/*.cpp ${SOURCE_DIR}/core/*.h
    ${SOURCE_DIR}/reports/*.cpp ${SOURCE_DIR}/reports/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(GLOB catalogs ${SOURCE_DIR}/translations/*.ts)
set(copies)
foreach(catalog ${catalogs})
    file(COPY ${catalog} DESTINATION ${WORK_DIR})
    get_filename_component(name ${catalog} NAME)
    list(APPEND copies ${WORK_DIR}/${name})
endforeach()
if(NOT copies)
    message(FATAL_ERROR "no .ts files in ${SOURCE_DIR}/translations")
endif()

execute_process(
    COMMAND ${LUPDATE} -locations none -I ${SOURCE_DIR}/core -I ${SOURCE_DIR}/reports -I ${SOURCE_DIR}/app/gui -I ${SOURCE_DIR}/app/cli
            ${sources} -ts ${copies}
    OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}${errors}")
endif()

set(problems "")
foreach(copy ${copies})
    get_filename_component(name ${copy} NAME)
    file(READ ${copy} text)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"(unfinished|vanished|obsolete)\"" found "${text}")
    foreach(entry ${found})
        string(REGEX REPLACE "[ \n]+" " " entry "${entry}")
        string(APPEND problems "  ${name}: ${entry}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "translations are not complete (update them with the update_translations target):\n${problems}")
endif()
message(STATUS "every message is translated in: ${catalogs}")
