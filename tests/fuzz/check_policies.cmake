# dayone_fuzz_check_policies(<target>): compile the check vectors' distinct
# policies (embed_check_policies.cmake) into <target>, for fuzz_check_vars
# in both its builds (libFuzzer here, the corpus replay in tests/fuzz-replay).
set(_dayone_fuzz_dir ${CMAKE_CURRENT_LIST_DIR})
function(dayone_fuzz_check_policies target)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${target}_check_policies.c)
  file(GLOB vectors CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/conformance/check/*.json)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DVECTORS=${PROJECT_SOURCE_DIR}/tests/conformance/check
            -DOUTPUT=${out} -P ${_dayone_fuzz_dir}/embed_check_policies.cmake
    DEPENDS ${vectors} ${_dayone_fuzz_dir}/embed_check_policies.cmake
    COMMENT "Embedding the check vectors' policies for ${target}")
  target_sources(${target} PRIVATE ${out})
  target_include_directories(${target} PRIVATE ${_dayone_fuzz_dir})
endfunction()
