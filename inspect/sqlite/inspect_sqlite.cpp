#include "inspect/sqlite/inspect_sqlite.hpp"

#include <string_view>
#include <unordered_set>

#include "inspect/sqlite/cross_check.hpp"
#include "model/ascii_case.hpp"

namespace schemac::sqlite {
namespace {

// Internal objects are left out: SQLite's own (sqlite_%, including the
// autoindexes of UNIQUE constraints, which have no SQL) and the shadow tables
// virtual tables (FTS3/4/5, R*Tree) keep their data in, which SQLite itself
// marks as such in pragma_table_list.
constexpr const char* kObjects = R"SQL(
SELECT type, name, sql FROM sqlite_schema
WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY rowid)SQL";

constexpr const char* kShadowTables = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'";

std::string folded(std::string_view name) { return ascii_lower(name); }

// Tables named like a virtual table's shadow tables (<virtual table>_<part>).
// pragma_table_list reads the whole schema, a quarter of a second at 10,000
// tables: it is asked only when such tables exist.
bool may_have_shadow_tables(const db::Rows& objects) {
  std::unordered_set<std::string> virtual_tables;
  for (std::size_t i = 0; i < objects.size(); ++i)
    if (ascii_upper(objects.get(i, 2).value_or("").substr(0, 20)) == "CREATE VIRTUAL TABLE") virtual_tables.insert(folded(objects.get(i, 1).value_or("")));
  if (virtual_tables.empty()) return false;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    if (objects.get(i, 0) != "table") continue;
    const std::string name = folded(objects.get(i, 1).value_or(""));
    for (std::size_t at = name.find('_'); at != std::string::npos; at = name.find('_', at + 1))
      if (virtual_tables.contains(name.substr(0, at))) return true;
  }
  return false;
}

}  // namespace

Result<Parsed> inspect_sqlite(db::Connection& connection, const std::string& source_name) {
  auto rows = connection.query(kObjects);
  if (!rows) return rows.errors();
  const db::Rows& objects = *rows.value();
  std::unordered_set<std::string> shadows;
  if (may_have_shadow_tables(objects)) {
    auto shadow_rows = connection.query(kShadowTables);
    if (!shadow_rows) return shadow_rows.errors();
    for (std::size_t i = 0; i < shadow_rows.value()->size(); ++i) shadows.emplace(shadow_rows.value()->get(i, 0).value_or(""));
  }
  std::string script;
  for (std::size_t i = 0; i < objects.size(); ++i)
    if (!(objects.get(i, 0) == "table" && shadows.contains(std::string(objects.get(i, 1).value_or("")))))
      script.append(objects.get(i, 2).value_or("")).append(";\n");
  rows.value().reset();  // the script holds it all now
  if (script.empty()) script = "-- an empty database\n";
  auto parsed = parse_sqlite({SourceFile{source_name, std::move(script)}}, ParseOptions{});
  if (!parsed) return parsed;
  if (auto problems = cross_check(connection, parsed->schema); !problems.empty()) return problems;
  return parsed;
}

}  // namespace schemac::sqlite
