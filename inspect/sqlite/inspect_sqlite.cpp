#include "inspect/sqlite/inspect_sqlite.hpp"

#include <unordered_set>

namespace schemac::sqlite {
namespace {

// Internal objects are left out: SQLite's own (sqlite_%, including the
// autoindexes of UNIQUE constraints, which have no SQL) and the shadow tables
// virtual tables (FTS3/4/5, R*Tree) keep their data in, which SQLite itself
// marks as such.
// (Two queries: pragma_table_list joined per row of sqlite_schema took
// minutes at 10,000 tables.)
constexpr const char* kObjects = R"SQL(
SELECT type, name, sql FROM sqlite_schema
WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY rowid)SQL";

constexpr const char* kShadowTables = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'";

}  // namespace

Result<Parsed> inspect_sqlite(db::Connection& connection, const std::string& source_name) {
  auto shadow_rows = connection.query(kShadowTables);
  if (!shadow_rows) return shadow_rows.errors();
  std::unordered_set<std::string> shadows;
  for (std::size_t i = 0; i < shadow_rows.value()->size(); ++i) shadows.emplace(shadow_rows.value()->get(i, 0).value_or(""));
  auto rows = connection.query(kObjects);
  if (!rows) return rows.errors();
  const db::Rows& objects = *rows.value();
  std::string script;
  for (std::size_t i = 0; i < objects.size(); ++i)
    if (!(objects.get(i, 0) == "table" && shadows.contains(std::string(objects.get(i, 1).value_or("")))))
      script += std::string(objects.get(i, 2).value_or("")) + ";\n";
  if (script.empty()) script = "-- an empty database\n";
  return parse_sqlite({SourceFile{source_name, script}}, ParseOptions{});
}

}  // namespace schemac::sqlite
