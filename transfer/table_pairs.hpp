#pragma once
// Which SQLite table's rows go into which PostgreSQL table, column by
// column, and in what order: tables matched by name (case ignored, as
// SQLite does), grouped so that every group's foreign keys point at groups
// before it or inside it (tables that reference each other, or themselves,
// are copied together in one transaction).
#include <string>
#include <vector>

#include "model/result.hpp"
#include "model/schema.hpp"
#include "transfer/value_kind.hpp"

namespace schemac {

struct ColumnPair {
  std::string source;  // SQLite's spelling
  std::string target;
  ValueKind kind = ValueKind::Other;
};

struct TablePair {
  std::string source;  // SQLite's spelling
  QualifiedName target;
  std::vector<ColumnPair> columns;
  bool has_rowid = true;                      // rows are named by rowid in messages
  std::vector<std::string> identity_columns;  // their sequences restart after the copy
};

struct CopyGroup {
  std::vector<TablePair> tables;  // tables that reference each other (or one table)
};

struct TransferPlan {
  std::vector<CopyGroup> groups;
  std::vector<std::string> notes;  // SQLite tables not copied on purpose (FTS indexes over other tables)
};

// `only`: table names to copy (empty: all). Errors: a SQLite table without a
// PostgreSQL one (nothing would hold its rows), a column without one.
Result<TransferPlan> plan_transfer(const Schema& sqlite, const Schema& postgres, const std::vector<std::string>& only);

}  // namespace schemac
