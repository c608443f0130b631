#pragma once
// What a database can change in a table without making it again. PostgreSQL
// alters nearly everything in place (the diff's default, no rules); SQLite's
// ALTER TABLE only adds, drops and renames columns within limits, and every
// other change to a table is a rebuild. The rules come from the dialect
// (codegen), so the diff never asks which database it is for.
#include "model/schema.hpp"

namespace schemac {

class TableRules {
 public:
  virtual ~TableRules() = default;
  // Whether ALTER TABLE statements take `from` to `to` (columns added and
  // dropped, indexes made and dropped); if not, the table is rebuilt.
  // `referenced`: foreign keys (of other tables or its own) point at `from`.
  virtual bool alters_in_place(const Table& from, const Table& to, bool referenced) const = 0;
  // Foreign keys are written inside CREATE TABLE and only checked when rows
  // change (SQLite): nothing they name must exist first, and they never
  // depend on the index of the key they reference.
  virtual bool foreign_keys_checked_late() const = 0;
  // Names that differ only in case are one name (SQLite).
  virtual bool names_ignore_case() const = 0;
  // Whether an index or constraint can be renamed in place (SQLite: no).
  virtual bool renames_indexes_and_constraints() const = 0;
  // Whether an enum type's values can be changed in place (DuckDB has no
  // ALTER TYPE: the type is dropped and made again).
  virtual bool alters_enums_in_place() const { return true; }
  // Whether a table other tables reference can only be rebuilt together with
  // them (DuckDB: its DROP TABLE refuses while foreign keys point at it).
  virtual bool rebuilds_referencing_tables() const { return false; }
};

}  // namespace schemac
