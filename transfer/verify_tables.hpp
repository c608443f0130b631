#pragma once
// Whether PostgreSQL holds what SQLite holds: per table, row counts and an
// order-independent checksum of every value in canonical form, computed the
// same way on both sides (the SQLite side through the same conversion the
// copy uses, so a value the copy changed shows up as a difference).
#include <cstdint>
#include <string>
#include <vector>

#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "transfer/table_checksum.hpp"
#include "transfer/table_pairs.hpp"

namespace schemac {

Result<TableChecksum> checksum_sqlite(db::SqliteConnection& sqlite, const TablePair& table);
Result<TableChecksum> checksum_postgres(db::PostgresConnection& postgres, const TablePair& table);

struct TableVerdict {
  std::string table;  // PostgreSQL's name
  TableChecksum source, target;
  bool same() const { return source == target; }
};

// Both sides of each table read at once (SQLite on a thread of its own).
Result<std::vector<TableVerdict>> verify_tables(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const TransferPlan& plan);

}  // namespace schemac
