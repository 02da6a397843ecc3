# Run one go command for ctest (see CMakeLists.txt here):
#   cmake -DGO=<go> -DDIR=<module dir> -DLIB=<libdayone.a> -DSHIM=<libdayone_shim.a> -DARGS=<a|b|c> -P run_go.cmake
# The environment (PKG_CONFIG_PATH, GOPROXY=off, ...) comes from ctest.
#
# Go's build cache keys a cgo package on its flags, not on the content of
# the C library it links, so a rebuilt libdayone.a could be tested through
# a stale cached link. The library's SHA-256, passed as a -D define in
# CGO_CFLAGS, makes the cache see every change of the library.
string(REPLACE "|" ";" ARGS "${ARGS}")
file(SHA256 "${LIB}" _sha)
file(SHA256 "${SHIM}" _shim_sha)
set(_cflags "$ENV{CGO_CFLAGS}")
if(_cflags STREQUAL "")
  set(_cflags "-O2 -g")
endif()
set(ENV{CGO_CFLAGS} "${_cflags} -DDAYONE_LIB_SHA256=${_sha} -DDAYONE_SHIM_SHA256=${_shim_sha}")
execute_process(COMMAND "${GO}" ${ARGS} WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
  message(FATAL_ERROR "go ${ARGS} failed (${_rc}) in ${DIR}")
endif()
