#include "inspect/sqlite/inspect_sqlite.hpp"

namespace schemac::sqlite {
namespace {

// Internal objects are left out: SQLite's own (sqlite_%, including the
// autoindexes of UNIQUE constraints, which have no SQL) and the shadow tables
// virtual tables (FTS3/4/5, R*Tree) keep their data in, which SQLite itself
// marks as such.
constexpr const char* kObjects = R"SQL(
SELECT s.type, s.name, s.sql FROM sqlite_schema s
WHERE s.sql IS NOT NULL AND s.name NOT LIKE 'sqlite\_%' ESCAPE '\'
  AND NOT EXISTS (SELECT 1 FROM pragma_table_list l WHERE l.schema = 'main' AND l.name = s.name AND l.type = 'shadow')
ORDER BY s.rowid)SQL";

}  // namespace

Result<Parsed> inspect_sqlite(db::Connection& connection, const std::string& source_name) {
  auto rows = connection.query(kObjects);
  if (!rows) return rows.errors();
  const db::Rows& objects = *rows.value();
  std::string script;
  for (std::size_t i = 0; i < objects.size(); ++i) script += std::string(objects.get(i, 2).value_or("")) + ";\n";
  if (script.empty()) script = "-- an empty database\n";
  return parse_sqlite({SourceFile{source_name, script}}, ParseOptions{});
}

}  // namespace schemac::sqlite
