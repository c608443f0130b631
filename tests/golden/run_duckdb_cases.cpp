// Runs DuckDB golden case files (tests/cases/duckdb) two ways:
//   --text      the up and down SQL schemac prints must equal the expected text;
//   --converge  on real DuckDB files: current (+ its data) + up == desired,
//               compared through DuckDB's catalog and through schemac's
//               canonical form; tables kept hold as many rows as before;
//               desired re-planned against the migrated file is empty; down
//               brings back current.
// DuckDB runs in this process: nothing is ever skipped (a build without
// DuckDB does not build this runner).
// SCHEMAC_REWRITE=1 (text mode) rewrites expectations; review the diff.
#include <string>

#include "codegen/duckdb/duckdb_dialect.hpp"
#include "source/embedded_engine.hpp"
#include "tests/golden/embedded_cases.hpp"

namespace {

using namespace schemac;

// The schema as DuckDB itself reports it, independent of schemac's inspector:
// columns, constraints, and the SQL of indexes, views and sequences. (Not the
// SQL of tables: DuckDB renders a key where it was written, on the column or
// after the columns, which is the same table.)
std::string catalog_dump(db::Connection& connection) {
  std::string out = golden::rows_text(connection, "SELECT schema_name, table_name FROM duckdb_tables() ORDER BY ALL");
  out += golden::rows_text(connection,
                   "SELECT table_name, column_index, column_name, data_type, is_nullable, column_default FROM duckdb_columns() "
                   "WHERE NOT internal ORDER BY ALL");
  out += golden::rows_text(connection,
                   "SELECT table_name, constraint_type, constraint_text, constraint_column_names FROM duckdb_constraints() "
                   "WHERE database_name = current_database() ORDER BY ALL");
  out += golden::rows_text(connection, "SELECT table_name, index_name, sql FROM duckdb_indexes() ORDER BY ALL");
  out += golden::rows_text(connection, "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL");
  out += golden::rows_text(connection, "SELECT sequence_name, sql FROM duckdb_sequences() ORDER BY ALL");
  out += golden::rows_text(connection,
                   "SELECT function_name, function_type, macro_definition FROM duckdb_functions() WHERE function_type LIKE '%macro' AND NOT internal "
                   "ORDER BY ALL");
  out += golden::rows_text(connection, "SELECT type_name FROM duckdb_types() WHERE logical_type = 'ENUM' AND NOT internal ORDER BY ALL");
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const DuckdbDialect dialect;
  const golden::EmbeddedCaseRunner runner{*embedded_engine("duckdb"), dialect, ".duckdb", catalog_dump};
  return golden::run_embedded_cases(runner, argc, argv);
}
