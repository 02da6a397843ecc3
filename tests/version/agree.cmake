# cmake -DWANT=x.y.z -DCLI=... -DHEADER=... -DPC=... -DSHIM_PC=... -DGO_VERSION=... -P agree.cmake
set(problems "")

file(STRINGS ${HEADER} line REGEX "^#define DAYONE_VERSION_STRING ")
if(NOT line MATCHES "\"${WANT}\"")
  list(APPEND problems "${HEADER}: ${line}")
endif()

execute_process(COMMAND ${CLI} --version OUTPUT_VARIABLE out RESULT_VARIABLE rc)
string(STRIP "${out}" out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "dayone ${WANT} (libdayone ${WANT})")
  list(APPEND problems "dayone --version: '${out}' (exit ${rc})")
endif()

foreach(pc ${PC} ${SHIM_PC})
  file(STRINGS ${pc} line REGEX "^Version: ")
  if(NOT line STREQUAL "Version: ${WANT}")
    list(APPEND problems "${pc}: '${line}'")
  endif()
endforeach()

file(STRINGS ${GO_VERSION} line REGEX "^const Version = ")
if(NOT line STREQUAL "const Version = \"${WANT}\"")
  list(APPEND problems "${GO_VERSION}: '${line}' (go generate in bindings/go)")
endif()

if(problems)
  list(JOIN problems "\n  " msg)
  message(FATAL_ERROR "version ${WANT} (CMakeLists.txt) disagrees with:\n  ${msg}")
endif()
message(STATUS "every version is ${WANT}")
