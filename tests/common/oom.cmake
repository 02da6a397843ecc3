# dayone_add_oom_test(TARGET SOURCE TEST_NAME [ARGS...]): an allocation-failure
# sweep (tests/common/failing_alloc.h) linked against the static library with
# the allocators of libdayone/alloc.h wrapped. Under valgrind in plain builds,
# so a leak on any error path fails the test; sanitizer builds have
# LeakSanitizer instead. Included by tests/policies, tests/report and
# tests/pattern_oom.
function(dayone_add_oom_test target source test_name)
  add_executable(${target} ${source} ${PROJECT_SOURCE_DIR}/tests/common/failing_alloc.c)
  target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/libdayone
                                                ${PROJECT_SOURCE_DIR}/tests/common)
  target_link_libraries(${target} PRIVATE dayone_static PkgConfig::YAML PkgConfig::PCRE2
                                          Threads::Threads)
  if(DAYONE_HAVE_HIREDIS)
    target_link_libraries(${target} PRIVATE PkgConfig::HIREDIS)
  endif()
  target_link_options(${target} PRIVATE
    -Wl,--wrap=dy_malloc -Wl,--wrap=dy_calloc -Wl,--wrap=dy_realloc
    -Wl,--wrap=dy_strdup -Wl,--wrap=dy_strndup)
  find_program(DAYONE_VALGRIND valgrind)
  if(DAYONE_VALGRIND AND NOT DAYONE_SANITIZE)
    add_test(NAME ${test_name} COMMAND ${DAYONE_VALGRIND} -q --leak-check=full
                                       --errors-for-leak-kinds=definite,indirect
                                       --error-exitcode=9 $<TARGET_FILE:${target}> ${ARGN})
  else()
    add_test(NAME ${test_name} COMMAND ${target} ${ARGN})
  endif()
  set_tests_properties(${test_name} PROPERTIES TIMEOUT 300)
endfunction()
