#include "codegen/duckdb/duckdb_table_rules.hpp"

#include <algorithm>

#include "diff/same_definition.hpp"

namespace schemac {
namespace {

bool same_columns(const Table& from, const Table& to) {
  if (from.columns.size() != to.columns.size()) return false;
  for (std::size_t i = 0; i < from.columns.size(); ++i)
    if (from.columns[i].name != to.columns[i].name || !same_definition(from.columns[i], to.columns[i])) return false;
  return true;
}

}  // namespace

bool DuckdbTableRules::alters_in_place(const Table& from, const Table& to, bool referenced) const {
  if (from.primary_key.has_value() != to.primary_key.has_value()) return false;
  if (from.primary_key && !same_definition(*from.primary_key, *to.primary_key)) return false;
  if (!same_set(from.uniques, to.uniques) || !same_set(from.checks, to.checks) || !same_set(from.foreign_keys, to.foreign_keys))
    return false;
  if (same_columns(from, to)) return true;  // only indexes differ, if anything: CREATE / DROP INDEX
  if (!from.indexes.empty()) return false;  // "Cannot alter entry ... because there are entries that depend on it"
  // Kept columns in their order, generated ones unchanged; new ones only at
  // the end, not generated. A table foreign keys point at takes nothing but
  // plain ADD COLUMN ("Cannot alter entry ... because there are entries that
  // depend on it" for the rest).
  std::size_t next = 0;
  for (const Column& column : from.columns) {
    const Column* kept = to.find_column(column.name);
    if (!kept) {
      if (referenced) return false;
      continue;
    }
    if (next >= to.columns.size() || to.columns[next].name != column.name) return false;
    if ((column.generated || kept->generated || referenced) && !same_definition(column, *kept)) return false;
    ++next;
  }
  for (; next < to.columns.size(); ++next) {
    const Column& added = to.columns[next];
    if (from.find_column(added.name) || added.generated || (referenced && added.not_null)) return false;
  }
  return true;
}

}  // namespace schemac
