// Runs DuckDB golden case files (tests/cases/duckdb) two ways:
//   --text      the up and down SQL schemac prints must equal the expected text;
//   --converge  on real DuckDB files: current (+ its data) + up == desired,
//               compared through the SQL DuckDB keeps for every object and
//               through schemac's canonical form; tables kept hold as many
//               rows as before; desired re-planned against the migrated file
//               is empty; down brings back current.
// DuckDB runs in this process: nothing is ever skipped (a build without
// DuckDB does not build this runner).
// SCHEMAC_REWRITE=1 (text mode) rewrites expectations; review the diff.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "codegen/duckdb/duckdb_dialect.hpp"
#include "db/duckdb_connection.hpp"
#include "diff/diff.hpp"
#include "migrate/run_statements.hpp"
#include "source/duckdb_engine.hpp"
#include "source/load_source.hpp"
#include "tests/golden/case_file.hpp"
#include "tests/golden/plan_options.hpp"

namespace {

using namespace schemac;
namespace fs = std::filesystem;

bool blank(const std::string& text) { return text.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string section(const golden::Case& c, const std::string& name) {
  auto it = c.sections.find(name);
  return it == c.sections.end() ? std::string{} : it->second;
}

std::string errors_text(const std::vector<Diagnostic>& errors) {
  std::string out;
  for (const auto& d : errors) out += d.render();
  return out;
}

Result<EngineParsed> parse_section(const golden::Case& c, const std::string& name) {
  std::vector<SourceFile> files;
  if (!blank(section(c, name))) files.push_back(SourceFile{"[" + c.name + "] " + name, section(c, name)});
  return duckdb_engine().parse(files, SourceOptions{});
}

struct Outcome {
  std::string up, down, error;
  std::vector<Statement> up_statements, down_statements;
};

Result<std::vector<Statement>> plan(const Schema& from, const Schema& to, const DiffOptions& options = options_for(DuckdbDialect{}.table_rules()),
                                    const PlanSettings& settings = {}) {
  const DuckdbDialect dialect;
  auto changes = diff(from, to, options);
  if (!changes) return changes.errors();
  try {
    return make_plan(changes.value(), dialect, settings).statements();
  } catch (const std::runtime_error& error) {
    return Diagnostic{{}, error.what(), {}, {}};
  }
}

Outcome compute(const golden::Case& c) {
  Outcome out;
  auto from = parse_section(c, "current");
  auto to = parse_section(c, "desired");
  if (!from || !to) {
    out.error = errors_text(from ? to.errors() : from.errors());
    return out;
  }
  const golden::CaseOptions options = golden::parse_case_options(c, DuckdbDialect{}.table_rules(), "main");
  if (!options.error.empty()) {
    out.error = "bad -- options: " + options.error;
    return out;
  }
  auto up = plan(from->schema, to->schema, options.up, options.plan);
  auto down = plan(to->schema, from->schema, options.down, options.plan);
  if (!up || !down) {
    out.error = errors_text(up ? down.errors() : up.errors());
    return out;
  }
  out.up_statements = std::move(up).value();
  out.down_statements = std::move(down).value();
  out.up = to_script(out.up_statements);
  out.down = to_script(out.down_statements);
  return out;
}

// A database file of its own, removed when the case is done.
struct ScratchFile {
  fs::path path;
  std::unique_ptr<db::DuckdbConnection> connection;
  explicit ScratchFile(const std::string& tag) {
    static int counter = 0;
    path = fs::temp_directory_path() / ("schemac_duckdb_case_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" + tag + ".duckdb");
    fs::remove(path);
    connection = db::DuckdbConnection::open(path.string(), true).value();
  }
  ~ScratchFile() {
    connection.reset();
    fs::remove(path);
    fs::remove(path.string() + ".wal");
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
};

std::string rows_text(db::Connection& connection, const std::string& sql, std::size_t columns) {
  auto rows = connection.query(sql);
  if (!rows) return "error: " + rows.errors().front().message + "\n";
  std::string out;
  for (std::size_t i = 0; i < rows.value()->size(); ++i) {
    for (std::size_t j = 0; j < columns; ++j) out += (j ? "|" : "") + std::string(rows.value()->get(i, j).value_or("NULL"));
    out += "\n";
  }
  return out;
}

// The schema as DuckDB itself reports it, independent of schemac's inspector:
// columns, constraints, and the SQL of indexes, views and sequences. (Not the
// SQL of tables: DuckDB renders a key where it was written, on the column or
// after the columns, which is the same table.)
std::string catalog_dump(db::Connection& connection) {
  std::string out = rows_text(connection, "SELECT schema_name, table_name FROM duckdb_tables() ORDER BY ALL", 2);
  out += rows_text(connection,
                   "SELECT table_name, column_index, column_name, data_type, is_nullable, column_default FROM duckdb_columns() "
                   "WHERE NOT internal ORDER BY ALL",
                   6);
  out += rows_text(connection,
                   "SELECT table_name, constraint_type, constraint_text, constraint_column_names FROM duckdb_constraints() "
                   "WHERE database_name = current_database() ORDER BY ALL",
                   4);
  out += rows_text(connection, "SELECT table_name, index_name, sql FROM duckdb_indexes() ORDER BY ALL", 3);
  out += rows_text(connection, "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal ORDER BY ALL", 2);
  out += rows_text(connection, "SELECT sequence_name, sql FROM duckdb_sequences() ORDER BY ALL", 2);
  out += rows_text(connection,
                   "SELECT function_name, function_type, macro_definition FROM duckdb_functions() WHERE function_type LIKE '%macro' AND NOT internal "
                   "ORDER BY ALL",
                   3);
  out += rows_text(connection, "SELECT type_name FROM duckdb_types() WHERE logical_type = 'ENUM' AND NOT internal ORDER BY ALL", 1);
  return out;
}

Result<Schema> inspected(db::Connection& connection) {
  auto parsed = duckdb_engine().inspect(connection, "database");
  if (!parsed) return parsed.errors();
  return std::move(parsed->schema);
}

std::optional<std::string> migrate(db::Connection& connection, const std::vector<Statement>& statements) {
  const RunOutcome outcome = run_statements(connection, statements, DuckdbDialect{}.transaction_start(""));
  if (outcome.failure) return outcome.failure->message + "\n  in: " + outcome.failure->statement;
  return std::nullopt;
}

std::map<std::string, std::string> row_counts(db::Connection& connection, const Schema& schema) {
  std::map<std::string, std::string> out;
  for (const Table& table : schema.tables) {
    auto rows = connection.query("SELECT count(*) FROM " + DuckdbDialect{}.quote_ident(table.name.schema) + "." + DuckdbDialect{}.quote_ident(table.name.name));
    out[table.name.name] = rows ? std::string(rows.value()->get(0, 0).value_or("?")) : "error";
  }
  return out;
}

std::string compare(db::Connection& got, db::Connection& wanted, const std::string& what) {
  std::string failure;
  const std::string got_catalog = catalog_dump(got), wanted_catalog = catalog_dump(wanted);
  if (got_catalog != wanted_catalog) failure += what + " differs to DuckDB\n--- got\n" + got_catalog + "--- wanted\n" + wanted_catalog;
  auto got_schema = inspected(got);
  auto wanted_schema = inspected(wanted);
  if (!got_schema || !wanted_schema) return failure + what + ": inspect failed\n" + errors_text(got_schema ? wanted_schema.errors() : got_schema.errors());
  auto again = plan(got_schema.value(), wanted_schema.value());
  if (!again) return failure + errors_text(again.errors());
  if (!again->empty()) failure += what + ": planning again is not empty:\n" + to_script(again.value());
  return failure;
}

std::string check_convergence(const golden::Case& c) {
  const Outcome planned = compute(c);
  if (!planned.error.empty()) return "planning failed:\n" + planned.error;
  ScratchFile migrated("migrated"), wanted("wanted"), original("original");
  auto load = [](ScratchFile& file, const std::string& sql, const std::string& what) -> std::string {
    if (blank(sql)) return "";
    if (auto error = file.connection->execute(sql)) return "DuckDB rejected " + what + ": " + *error + "\n";
    return "";
  };
  std::string failure = load(migrated, section(c, "current"), "current");
  failure += load(migrated, section(c, "data"), "data");
  failure += load(wanted, section(c, "desired"), "desired");
  failure += load(original, section(c, "current"), "current");
  if (!failure.empty()) return failure;
  auto current_schema = parse_section(c, "current");
  auto desired_schema = parse_section(c, "desired");
  if (!current_schema || !desired_schema) return "parse failed";
  const auto counts_before = row_counts(*migrated.connection, current_schema->schema);
  if (auto error = migrate(*migrated.connection, planned.up_statements)) return "DuckDB rejected up: " + *error;
  failure += compare(*migrated.connection, *wanted.connection, "current + up vs desired");
  const auto counts_after = row_counts(*migrated.connection, desired_schema->schema);
  for (const auto& [table, count] : counts_before)
    if (auto it = counts_after.find(table); it != counts_after.end() && it->second != count)
      failure += "rows lost in " + table + ": " + count + " before up, " + it->second + " after\n";
  if (auto error = migrate(*migrated.connection, planned.down_statements)) return failure + "DuckDB rejected down: " + *error;
  failure += compare(*migrated.connection, *original.connection, "current + up + down vs current");
  return failure;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: run_duckdb_cases --text|--converge FILE...\n";
    return 2;
  }
  const std::string mode = argv[1];
  const bool rewrite = std::getenv("SCHEMAC_REWRITE") != nullptr;
  return golden::run_case_files(std::vector<std::string>(argv + 2, argv + argc), rewrite && mode == "--text",
                                [&](golden::Case& c) -> std::optional<std::string> {
                                  if (mode == "--text") {
                                    const Outcome got = compute(c);
                                    return golden::check_expected(c, got.up, got.down, got.error, rewrite);
                                  }
                                  if (c.sections.contains("error")) return std::nullopt;  // nothing to apply
                                  return check_convergence(c);
                                });
}
