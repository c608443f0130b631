#pragma once
// The statements copy and verify read and write tables with, names quoted.
#include <string>

#include "transfer/table_pairs.hpp"

namespace schemac {

// SELECT [rowid,] "a", "b" FROM "t" - on SQLite. The rowid comes first when asked for and the table has one.
std::string sqlite_select(const TablePair& table, bool with_rowid);
std::string sqlite_count(const TablePair& table);
// "public"."t" ("a", "b") - on PostgreSQL.
std::string postgres_table(const TablePair& table);
std::string postgres_columns(const TablePair& table);

}  // namespace schemac
