# Run COMMAND (a list) and require exit status EXPECT; valgrind's own
# --error-exitcode (99) therefore always fails the test.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc STREQUAL "${EXPECT}")
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT}\n--- stdout\n${out}\n--- stderr\n${err}")
endif()
