#pragma once
// What SQLite's ALTER TABLE can do (https://sqlite.org/lang_altertable.html):
// add a column at the end, within limits, and drop a column nothing else
// names. Every other change to a table is a rebuild.
#include "diff/table_rules.hpp"

namespace schemac {

class SqliteTableRules final : public TableRules {
 public:
  bool alters_in_place(const Table& from, const Table& to, bool referenced) const override;
  bool foreign_keys_checked_late() const override { return true; }
  bool names_ignore_case() const override { return true; }
  bool renames_indexes_and_constraints() const override { return false; }
};

// Whether ALTER TABLE ADD COLUMN can add `column` to `table` (SQLite's rules).
bool can_add_column(const Table& table, const Column& column);
// Whether ALTER TABLE DROP COLUMN can drop `column` from `table`.
bool can_drop_column(const Table& table, const Column& column);

}  // namespace schemac
