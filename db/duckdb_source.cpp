#include "db/duckdb_source.hpp"

namespace schemac::db {

bool is_duckdb_source(const std::string& source) {
  return source.starts_with("duckdb:") || source.ends_with(".duckdb") || source.ends_with(".ddb");
}

std::string duckdb_path(const std::string& source) {
  if (source.starts_with("duckdb://")) return source.substr(9);
  if (source.starts_with("duckdb:")) return source.substr(7);
  return source;
}

}  // namespace schemac::db
