#pragma once
// Rows from SQLite into PostgreSQL over COPY: each group of tables in one
// transaction (a failure leaves its tables empty, never half-filled), tables
// in foreign-key order, values converted for the column they go to, identity
// sequences restarted after the largest copied id. A value that cannot go
// into its column stops the copy naming table, row, column and value.
#include <cstdint>
#include <string>
#include <vector>

#include "db/postgres_connection.hpp"
#include "db/sqlite_connection.hpp"
#include "transfer/copy_progress.hpp"
#include "transfer/table_pairs.hpp"

namespace schemac {

struct CopyOptions {
  std::size_t batch_rows = 10'000;  // rows converted before they are sent
  bool resume = false;              // skip tables that already hold exactly SQLite's rows
};

struct CopiedTable {
  std::string table;  // PostgreSQL's name
  std::uint64_t rows = 0;
  bool skipped = false;  // --resume: already there
};

Result<std::vector<CopiedTable>> copy_tables(db::SqliteConnection& sqlite, db::PostgresConnection& postgres, const TransferPlan& plan,
                                             const CopyOptions& options, CopyProgress& progress);

}  // namespace schemac
