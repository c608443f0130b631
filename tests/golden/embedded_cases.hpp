#pragma once
// Golden cases for the embedded engines (SQLite, DuckDB), run two ways:
//   text      the up and down SQL schemac prints must equal the expected text;
//   converge  on real database files: current (+ its data) + up == desired,
//             compared through the engine's own description of the schema
//             (`catalog_dump`) and through schemac's canonical form; tables
//             kept hold as many rows as before; desired re-planned against the
//             migrated file is empty; down brings back current.
// Each engine's runner (run_sqlite_cases, run_duckdb_cases) supplies what differs.
#include <functional>
#include <string>
#include <vector>

#include "codegen/dialect.hpp"
#include "source/embedded_engine.hpp"

namespace schemac::golden {

struct EmbeddedCaseRunner {
  const EmbeddedEngine& engine;
  const Dialect& dialect;
  std::string file_suffix;  // ".db", ".duckdb"
  // The schema as the engine itself describes it, independent of schemac's inspector.
  std::function<std::string(db::Connection&)> catalog_dump;
  // Checks of the migrated database beyond the comparison (SQLite: integrity_check); "" when fine.
  std::function<std::string(db::Connection&)> after_up = [](db::Connection&) { return std::string(); };
};

// A whole schema file as the desired side of one case from nothing; prints
// ok/FAIL per file and returns the exit code.
int run_corpus_files(const EmbeddedCaseRunner& runner, const std::vector<std::string>& paths);

// The usual main: --text|--converge FILE... (SCHEMAC_REWRITE=1 rewrites text expectations).
int run_embedded_cases(const EmbeddedCaseRunner& runner, int argc, char** argv);

// Rows of `sql` as text, values separated by '|', NULL as "NULL".
std::string rows_text(db::Connection& connection, const std::string& sql);

}  // namespace schemac::golden
