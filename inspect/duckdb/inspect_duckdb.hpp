#pragma once
// A live DuckDB database -> IR, from DuckDB's catalog functions, one bulk
// query each: duckdb_schemas(), duckdb_tables(), duckdb_columns(),
// duckdb_constraints(), duckdb_indexes(), duckdb_views(), duckdb_sequences(),
// duckdb_types() (enums, with their labels in one more query) and
// duckdb_functions() (macros). What the columns do not say (which columns
// are generated, a view's column list and query, an index's keys) is read
// from the SQL text DuckDB keeps, which is DuckDB's own rendering.
//
// Schema files go through DuckDB too (source/duckdb_engine): run in an
// in-memory database and read back by this inspector, so a file and the
// database made from it come out in the same canonical form by construction.
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac::duckdb {

inline constexpr const char* kMainSchema = "main";

struct Inspected {
  Schema schema;
  std::vector<Diagnostic> warnings;
};

Result<Inspected> inspect_duckdb(db::Connection& connection, const std::string& source_name);

}  // namespace schemac::duckdb
