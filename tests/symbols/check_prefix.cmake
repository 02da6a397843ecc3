# Fails when LIBRARY (a static archive) defines a global symbol that does
# not start with dayone_ or dy_. Run by the symbols.prefix ctest case.
execute_process(COMMAND ${NM} -g --defined-only ${LIBRARY}
  OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(rc)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(bad "")
set(count 0)
foreach(line ${lines})
  # "<address> <type> <name>"; archive member headers ("x.c.o:") have no type.
  if(line MATCHES "^[0-9a-fA-F]* +[A-Za-z] +([^ ]+)$")
    set(name "${CMAKE_MATCH_1}")  # the next MATCHES resets CMAKE_MATCH_1
    math(EXPR count "${count} + 1")
    # Sanitizer builds add their own instrumentation symbols (__odr_asan.x,
    # __asan_*, __tsan_*): the compiler's, not ours.
    if(NOT name MATCHES "^(dayone_|dy_)" AND NOT name MATCHES "^__(odr_asan|asan|tsan|ubsan|sanitizer)")
      list(APPEND bad ${name})
    endif()
  endif()
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "no global symbols read from ${LIBRARY}: is nm's output format unexpected?")
endif()
if(bad)
  list(REMOVE_DUPLICATES bad)
  string(REPLACE ";" ", " bad "${bad}")
  message(FATAL_ERROR "global symbols without the dayone_ or dy_ prefix: ${bad}")
endif()
message(STATUS "${count} global symbols, all dayone_* or dy_*")
