#include "transfer/transfer_sql.hpp"

#include "codegen/postgres/postgres_dialect.hpp"
#include "codegen/sqlite/sqlite_dialect.hpp"

namespace schemac {

std::string sqlite_select(const TablePair& table, bool with_rowid) {
  const SqliteDialect sqlite;
  std::string sql = "SELECT ";
  bool first = true;
  if (with_rowid && table.has_rowid) sql += "rowid", first = false;
  for (const ColumnPair& column : table.columns) sql += (first ? "" : ", ") + sqlite.quote_ident(column.source), first = false;
  if (first) sql += "NULL";
  return sql + " FROM " + sqlite.quote_ident(table.source);
}

std::string sqlite_count(const TablePair& table) { return "SELECT count(*) FROM " + SqliteDialect{}.quote_ident(table.source); }

std::string postgres_table(const TablePair& table) {
  const PostgresDialect postgres;
  return postgres.quote_ident(table.target.schema) + "." + postgres.quote_ident(table.target.name);
}

std::string postgres_columns(const TablePair& table) {
  const PostgresDialect postgres;
  std::string list;
  for (const ColumnPair& column : table.columns) list += (list.empty() ? "" : ", ") + postgres.quote_ident(column.target);
  return list;
}

}  // namespace schemac
