# DuckDB from scripts/fetch-duckdb (build/deps/duckdb: libduckdb.so and the C
# API header of the same release). SCHEMAC_WITH_DUCKDB defaults to ON when
# they are there; without them schemac builds and says DuckDB is missing.
set(SCHEMAC_DUCKDB_ROOT "${CMAKE_SOURCE_DIR}/build/deps/duckdb" CACHE PATH "Where scripts/fetch-duckdb put DuckDB")
find_library(DUCKDB_LIBRARY duckdb PATHS "${SCHEMAC_DUCKDB_ROOT}/lib" NO_DEFAULT_PATH)
find_path(DUCKDB_INCLUDE_DIR duckdb.h PATHS "${SCHEMAC_DUCKDB_ROOT}/include" NO_DEFAULT_PATH)
set(duckdb_found OFF)
if(DUCKDB_LIBRARY AND DUCKDB_INCLUDE_DIR AND EXISTS "${SCHEMAC_DUCKDB_ROOT}/VERSION")
  set(duckdb_found ON)
endif()
option(SCHEMAC_WITH_DUCKDB "Build the DuckDB dialect" ${duckdb_found})

if(SCHEMAC_WITH_DUCKDB)
  if(NOT duckdb_found)
    message(FATAL_ERROR "SCHEMAC_WITH_DUCKDB is ON but DuckDB is not in ${SCHEMAC_DUCKDB_ROOT}: run scripts/fetch-duckdb")
  endif()
  # The library must be the release the header describes.
  file(READ "${SCHEMAC_DUCKDB_ROOT}/VERSION" header_version)
  string(STRIP "${header_version}" header_version)
  try_run(run_result compile_result
    "${CMAKE_BINARY_DIR}/duckdb_version_check" "${CMAKE_SOURCE_DIR}/cmake/duckdb_version.c"
    CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${DUCKDB_INCLUDE_DIR}"
    LINK_LIBRARIES "${DUCKDB_LIBRARY}"
    COMPILE_OUTPUT_VARIABLE compile_output
    RUN_OUTPUT_VARIABLE library_version)
  if(NOT compile_result OR NOT run_result EQUAL 0)
    message(FATAL_ERROR "cannot build against DuckDB in ${SCHEMAC_DUCKDB_ROOT}:\n${compile_output}")
  endif()
  string(STRIP "${library_version}" library_version)
  if(NOT library_version STREQUAL "v${header_version}")
    message(FATAL_ERROR "DuckDB library ${library_version} does not match its header (v${header_version}): run scripts/fetch-duckdb")
  endif()
  add_library(duckdb::duckdb SHARED IMPORTED)
  set_target_properties(duckdb::duckdb PROPERTIES
    IMPORTED_LOCATION "${DUCKDB_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${DUCKDB_INCLUDE_DIR}")
  message(STATUS "DuckDB ${library_version}: ${DUCKDB_LIBRARY}")
else()
  message(STATUS "DuckDB: not built (scripts/fetch-duckdb fetches it)")
endif()
