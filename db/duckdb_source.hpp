#pragma once
// DuckDB databases named on the command line: duckdb://path (duckdb:///abs
// for an absolute path), duckdb:path, or a bare path ending in .duckdb or
// .ddb. Known whether or not schemac was built with DuckDB, so a build
// without it can say so.
#include <string>

namespace schemac::db {

bool is_duckdb_source(const std::string& source);
std::string duckdb_path(const std::string& source);

}  // namespace schemac::db
