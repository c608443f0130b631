// Runs SQLite golden case files (tests/cases/sqlite) two ways:
//   --text      the up and down SQL schemac prints must equal the expected text;
//   --converge  on real SQLite files: current (+ its data) + up == desired,
//               compared through SQLite's own PRAGMAs (table_xinfo,
//               index_list/xinfo, foreign_key_list) and through schemac's
//               canonical form; tables kept hold as many rows as before;
//               desired re-planned against the migrated file is empty; down
//               brings back current.
// SQLite needs no server: nothing is ever skipped.
// SCHEMAC_REWRITE=1 (text mode) rewrites expectations; review the diff.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <iostream>
#include <string>
#include <vector>

#include "codegen/sqlite/sqlite_dialect.hpp"
#include "db/sqlite_connection.hpp"
#include "diff/diff.hpp"
#include "inspect/sqlite/inspect_sqlite.hpp"
#include "migrate/run_statements.hpp"
#include "model/ascii_case.hpp"
#include "parser/sqlite/expression_text.hpp"
#include "parser/sqlite/parse_sqlite.hpp"
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

Result<sqlite::Parsed> parse_section(const golden::Case& c, const std::string& name) {
  std::vector<SourceFile> files;
  if (!blank(section(c, name))) files.push_back(SourceFile{"[" + c.name + "] " + name, section(c, name)});
  return sqlite::parse_sqlite(files, sqlite::ParseOptions{});
}

struct Outcome {
  std::string up, down, error;
  std::vector<Statement> up_statements, down_statements;
};

Result<std::vector<Statement>> plan(const Schema& from, const Schema& to, const DiffOptions& options = options_for(SqliteDialect{}.table_rules()),
                                    const PlanSettings& settings = {}) {
  const SqliteDialect dialect;
  auto changes = diff(from, to, options);
  if (!changes) return changes.errors();
  return make_plan(changes.value(), dialect, settings).statements();
}

Outcome compute(const golden::Case& c) {
  Outcome out;
  auto from = parse_section(c, "current");
  auto to = parse_section(c, "desired");
  if (!from || !to) {
    out.error = errors_text(from ? to.errors() : from.errors());
    return out;
  }
  const golden::CaseOptions options = golden::parse_case_options(c, SqliteDialect{}.table_rules(), "main");
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

std::string check_text(golden::Case& c, bool rewrite) {
  const Outcome got = compute(c);
  return golden::check_expected(c, got.up, got.down, got.error, rewrite);
}

// A database file of its own, removed when the case is done.
struct ScratchFile {
  fs::path path;
  std::unique_ptr<db::SqliteConnection> connection;
  explicit ScratchFile(const std::string& tag) {
    static int counter = 0;
    path = fs::temp_directory_path() / ("schemac_sqlite_case_" + std::to_string(getpid()) + "_" + std::to_string(++counter) + "_" + tag + ".db");
    fs::remove(path);
    connection = db::SqliteConnection::open(path.string(), true).value();
  }
  ~ScratchFile() {
    connection.reset();
    fs::remove(path);
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;
};

std::string rows_text(db::Connection& connection, const std::string& sql) {
  auto rows = connection.query(sql);
  if (!rows) return "error: " + rows.errors().front().message + "\n";
  std::string out;
  const db::Rows& r = *rows.value();
  for (std::size_t i = 0; i < r.size(); ++i) {
    for (std::size_t j = 0;; ++j) {
      // Rows do not say how many columns they have: the queries below name at most 8.
      if (j >= 8) break;
      auto value = r.get(i, j);
      out += (j ? "|" : "") + std::string(value ? *value : "NULL");
    }
    out += "\n";
  }
  return out;
}

// The schema as SQLite itself describes it, independent of schemac's parser;
// names in lower case, as SQLite compares them.
std::string pragma_dump(db::Connection& connection) {
  std::string out = rows_text(connection,
                              "SELECT type, lower(name), lower(tbl_name), '', '', '', '', '' FROM sqlite_schema "
                              "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, lower(name)");
  auto tables = connection.query(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view') "
      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY lower(name)");
  if (!tables) return out + "error: " + tables.errors().front().message;
  for (std::size_t i = 0; i < tables.value()->size(); ++i) {
    const std::string table(tables.value()->get(i, 0).value_or(""));
    const std::string quoted = "'" + table + "'";
    out += "table " + ascii_lower(table) + "\n";
    // Defaults are kept as written: compared in one spelling (x'00ff' is X'00FF').
    auto columns = connection.query("SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(" + quoted + ") ORDER BY cid");
    if (columns)
      for (std::size_t c = 0; c < columns.value()->size(); ++c) {
        const db::Rows& r = *columns.value();
        const auto value = [&](std::size_t j) { return std::string(r.get(c, j).value_or("NULL")); };
        const std::string default_text = r.get(c, 3) ? sqlite::canonical_expression(*r.get(c, 3)).text : "NULL";
        // Declared types in one spelling: bigint is BIGINT, DECIMAL(10, 2) is DECIMAL(10,2).
        std::string type = ascii_upper(value(1));
        for (std::size_t at; (at = type.find(", ")) != std::string::npos;) type.erase(at + 1, 1);
        out += ascii_lower(value(0)) + "|" + type + "|" + value(2) + "|" + default_text + "|" + value(4) + "|" + value(5) + "\n";
      }
    out += rows_text(connection, "SELECT lower(l.name), l.\"unique\", l.origin, l.partial, group_concat(lower(x.name) || ' ' || x.\"desc\" || ' ' || x.coll, ', '), '', '', '' "
                                 "FROM pragma_index_list(" + quoted + ") AS l, pragma_index_xinfo(l.name) AS x WHERE x.key "
                                 "GROUP BY l.name ORDER BY lower(l.name)");
    // A key written without columns references the parent's primary key: named here.
    out += rows_text(connection,
                     "SELECT lower(f.\"table\"), lower(f.\"from\"), lower(coalesce(f.\"to\", (SELECT p.name FROM pragma_table_info(f.\"table\") AS p WHERE p.pk = f.seq + 1))), "
                     "f.on_update, f.on_delete, f.\"match\", f.seq, '' FROM pragma_foreign_key_list(" + quoted + ") AS f ORDER BY f.id, f.seq");
  }
  // SQLite's own tables (sqlite_sequence stays once made) are left out.
  auto options = connection.query(
      "SELECT lower(name), wr, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY lower(name)");
  if (options)
    for (std::size_t i = 0; i < options.value()->size(); ++i)
      out += "options " + std::string(options.value()->get(i, 0).value_or("")) + " " + std::string(options.value()->get(i, 1).value_or("")) +
             " " + std::string(options.value()->get(i, 2).value_or("")) + "\n";
  return out;
}

// The schema in schemac's canonical form, as inspect reads it.
Result<Schema> inspected(db::Connection& connection) {
  auto parsed = sqlite::inspect_sqlite(connection, "database");
  if (!parsed) return parsed.errors();
  return std::move(parsed->schema);
}

std::optional<std::string> migrate(db::Connection& connection, const std::vector<Statement>& statements) {
  const RunOutcome outcome = run_statements(connection, statements, SqliteDialect{}.transaction_start(""));
  if (outcome.failure) return outcome.failure->message + "\n  in: " + outcome.failure->statement;
  return std::nullopt;
}

std::map<std::string, std::string> row_counts(db::Connection& connection, const Schema& schema) {
  std::map<std::string, std::string> out;
  for (const Table& table : schema.tables) {
    auto rows = connection.query("SELECT count(*) FROM \"" + table.name.name + "\"");
    out[table.name.name] = rows ? std::string(rows.value()->get(0, 0).value_or("?")) : "error";
  }
  return out;
}

// Both databases must describe the same schema, to SQLite and to schemac.
std::string compare(db::Connection& got, db::Connection& wanted, const std::string& what) {
  std::string failure;
  const std::string got_pragmas = pragma_dump(got), wanted_pragmas = pragma_dump(wanted);
  if (got_pragmas != wanted_pragmas) failure += what + " differs to SQLite\n--- got\n" + got_pragmas + "--- wanted\n" + wanted_pragmas;
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
    if (auto error = file.connection->execute(sql)) return "SQLite rejected " + what + ": " + *error + "\n";
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

  if (auto error = migrate(*migrated.connection, planned.up_statements)) return "SQLite rejected up: " + *error;
  failure += compare(*migrated.connection, *wanted.connection, "current + up vs desired");
  const auto counts_after = row_counts(*migrated.connection, desired_schema->schema);
  for (const auto& [table, count] : counts_before)
    if (auto it = counts_after.find(table); it != counts_after.end() && it->second != count)
      failure += "rows lost in " + table + ": " + count + " before up, " + it->second + " after\n";
  const std::string integrity = rows_text(*migrated.connection, "SELECT integrity_check, '', '', '', '', '', '', '' FROM pragma_integrity_check");
  if (integrity != "ok|||||||\n") failure += "integrity_check after up: " + integrity;

  if (auto error = migrate(*migrated.connection, planned.down_statements)) return failure + "SQLite rejected down: " + *error;
  failure += compare(*migrated.connection, *original.connection, "current + up + down vs current");
  return failure;
}

// A whole schema file as the desired side of one case from nothing: made from
// empty, compared with the file loaded as it is, and dropped again.
golden::Case corpus_case(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  golden::Case c;
  c.name = path;
  c.sections["desired"] = std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return c;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: run_sqlite_cases --text|--converge|--corpus FILE...\n";
    return 2;
  }
  const std::string mode = argv[1];
  if (mode == "--corpus") {
    int failed = 0;
    for (int i = 2; i < argc; ++i) {
      const golden::Case c = corpus_case(argv[i]);
      // Its own plan against itself is empty, before anything is run.
      auto parsed = parse_section(c, "desired");
      auto self = parsed ? plan(parsed->schema, parsed->schema) : Result<std::vector<Statement>>(parsed.errors());
      std::string failure = !self ? errors_text(self.errors()) : !self->empty() ? "self-diff is not empty:\n" + to_script(self.value()) : "";
      failure += check_convergence(c);
      std::cout << (failure.empty() ? "ok   " : "FAIL ") << argv[i] << "\n" << failure;
      if (!failure.empty()) ++failed;
    }
    return failed == 0 ? 0 : 1;
  }
  const bool rewrite = std::getenv("SCHEMAC_REWRITE") != nullptr;
  return golden::run_case_files(std::vector<std::string>(argv + 2, argv + argc), rewrite && mode == "--text",
                                [&](golden::Case& c) -> std::optional<std::string> {
                                  if (mode == "--text") return check_text(c, rewrite);
                                  if (c.sections.contains("error")) return std::nullopt;  // nothing to apply
                                  return check_convergence(c);
                                });
}
