# install(EXPORT) for find_package(dayone) -> dayone::dayone, plus dayone.pc.
include(CMakePackageConfigHelpers)
install(TARGETS dayone dayone_static EXPORT dayoneTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h")
install(FILES ${DAYONE_GENERATED_INCLUDE_DIR}/dayone/version.h
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/dayone)
install(EXPORT dayoneTargets NAMESPACE dayone::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dayone)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/dayoneConfig.cmake.in
  ${PROJECT_BINARY_DIR}/dayoneConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dayone)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/dayoneConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/dayoneConfig.cmake ${PROJECT_BINARY_DIR}/dayoneConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/dayone)
set(DAYONE_PC_REQUIRES_PRIVATE "yaml-0.1 libpcre2-8 libcmark-gfm")
if(DAYONE_HAVE_HIREDIS)
  string(APPEND DAYONE_PC_REQUIRES_PRIVATE " hiredis")
endif()
# The .pc finds its prefix relative to itself, so `cmake --install --prefix X`
# (which cannot re-run configure_file) still installs a correct file.
file(RELATIVE_PATH DAYONE_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file(${PROJECT_SOURCE_DIR}/cmake/dayone.pc.in ${PROJECT_BINARY_DIR}/dayone.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/dayone.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
