// Runs SQLite golden case files (tests/cases/sqlite) two ways:
//   --text      the up and down SQL schemac prints must equal the expected text;
//   --converge  on real SQLite files: current (+ its data) + up == desired,
//               compared through SQLite's own PRAGMAs (table_xinfo,
//               index_list/xinfo, foreign_key_list) and through schemac's
//               canonical form; tables kept hold as many rows as before;
//               integrity_check after up; desired re-planned against the
//               migrated file is empty; down brings back current.
//   --corpus    whole schema files: self-plan empty, empty -> file -> empty.
// SQLite needs no server: nothing is ever skipped.
// SCHEMAC_REWRITE=1 (text mode) rewrites expectations; review the diff.
#include <string>

#include "codegen/sqlite/sqlite_dialect.hpp"
#include "model/ascii_case.hpp"
#include "parser/sqlite/expression_text.hpp"
#include "source/embedded_engine.hpp"
#include "tests/golden/embedded_cases.hpp"

namespace {

using namespace schemac;

// The schema as SQLite itself describes it, independent of schemac's parser;
// names in lower case, as SQLite compares them.
std::string pragma_dump(db::Connection& connection) {
  std::string out = golden::rows_text(connection,
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
    out += golden::rows_text(connection, "SELECT lower(l.name), l.\"unique\", l.origin, l.partial, group_concat(lower(x.name) || ' ' || x.\"desc\" || ' ' || x.coll, ', '), '', '', '' "
                                 "FROM pragma_index_list(" + quoted + ") AS l, pragma_index_xinfo(l.name) AS x WHERE x.key "
                                 "GROUP BY l.name ORDER BY lower(l.name)");
    // A key written without columns references the parent's primary key: named here.
    out += golden::rows_text(connection,
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

}  // namespace

int main(int argc, char** argv) {
  const SqliteDialect dialect;
  golden::EmbeddedCaseRunner runner{*embedded_engine("sqlite"), dialect, ".db", pragma_dump};
  runner.after_up = [](db::Connection& connection) -> std::string {
    const std::string integrity = golden::rows_text(connection, "SELECT integrity_check FROM pragma_integrity_check");
    return integrity == "ok\n" ? "" : "integrity_check after up: " + integrity;
  };
  return golden::run_embedded_cases(runner, argc, argv);
}
