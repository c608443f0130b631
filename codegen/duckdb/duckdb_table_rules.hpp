#pragma once
// What DuckDB's ALTER TABLE can do (DuckDB 1.4): add, drop, rename and
// retype columns, set or drop defaults and NOT NULL - but no constraint can
// be added or dropped, a generated column cannot be added, a column is only
// added at the end, and nothing at all can be altered on a table that has an
// index. Every other change to a table is a rebuild.
#include "diff/table_rules.hpp"

namespace schemac {

class DuckdbTableRules final : public TableRules {
 public:
  bool alters_in_place(const Table& from, const Table& to, bool referenced) const override;
  bool foreign_keys_checked_late() const override { return false; }
  bool names_ignore_case() const override { return true; }
  bool renames_indexes_and_constraints() const override { return false; }
  bool alters_enums_in_place() const override { return false; }
  bool rebuilds_referencing_tables() const override { return true; }
};

}  // namespace schemac
