# Writes paydeskctl's man page from its template and the commands `paydeskctl --help` prints, so the page lists
# exactly the commands the installed program has. Run with -DPAYDESKCTL=... -DTEMPLATE=... -DOUTPUT=...
# -DVERSION=... (cmake -P).
execute_process(COMMAND "${PAYDESKCTL}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "paydeskctl --help failed (${rc})")
endif()

# troff: backslashes doubled, hyphens as minus signs, a leading dot or quote escaped.
function(troff_escape text out)
    string(REPLACE "\\" "\\\\" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "^([.'])" "\\\\&\\1" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(REPLACE "\n" ";" lines "${help}")
set(commands "")
set(in_commands FALSE)
foreach(line IN LISTS lines)
    if(line STREQUAL "Commands:")
        set(in_commands TRUE)
    elseif(in_commands AND line MATCHES "^      (.+)$")
        troff_escape("${CMAKE_MATCH_1}" description)
        string(APPEND commands "${description}\n")
    elseif(in_commands AND line MATCHES "^  ([^ ].*)$")
        troff_escape("${CMAKE_MATCH_1}" command)
        string(APPEND commands ".TP\n.B ${command}\n")
    endif()
endforeach()
if(commands STREQUAL "")
    message(FATAL_ERROR "paydeskctl --help listed no commands")
endif()

set(COMMANDS "${commands}")
set(PROJECT_VERSION "${VERSION}")
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
