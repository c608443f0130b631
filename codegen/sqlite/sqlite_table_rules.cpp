#include "codegen/sqlite/sqlite_table_rules.hpp"

#include <algorithm>

#include "diff/same_definition.hpp"
#include "model/ascii_case.hpp"

namespace schemac {
namespace {

bool names(const std::vector<std::string>& columns, const std::string& column) {
  return std::any_of(columns.begin(), columns.end(), [&](const std::string& c) { return ascii_lower(c) == ascii_lower(column); });
}

// Whether an expression may name the column. Expressions are canonical
// (identifiers in lower case), so a substring test errs only towards a rebuild.
bool may_name(const Expr& expression, const std::string& column) {
  return ascii_lower(expression.text).find(ascii_lower(column)) != std::string::npos;
}

// A default ADD COLUMN accepts: a constant, not CURRENT_TIME/DATE/TIMESTAMP
// (whose value differs per row) nor an expression.
bool constant_default(const Expr& value) {
  const std::string upper = ascii_upper(value.text);
  if (upper.starts_with("CURRENT_")) return false;
  if (value.atomic) return true;
  // A signed number: "-1", "+2.5"
  const std::string_view text = value.text;
  return (text.starts_with('-') || text.starts_with('+')) && text.size() > 1 &&
         text.find_first_not_of("0123456789.eE+-", 1) == std::string_view::npos;
}

}  // namespace

bool can_add_column(const Table& table, const Column& column) {
  if (column.generated && !column.virtual_generated) return false;  // STORED: every row would need computing
  if (table.primary_key && names(table.primary_key->columns, column.name)) return false;
  for (const UniqueConstraint& unique : table.uniques)
    if (names(unique.columns, column.name)) return false;
  if (column.default_value && !constant_default(*column.default_value)) return false;
  const bool null_default = !column.default_value || ascii_upper(column.default_value->text) == "NULL";
  if (column.not_null && null_default && !column.generated) return false;
  for (const ForeignKey& fk : table.foreign_keys)
    if (names(fk.columns, column.name) && !null_default) return false;
  return true;
}

bool can_drop_column(const Table& table, const Column& column) {
  if (table.primary_key && names(table.primary_key->columns, column.name)) return false;
  for (const UniqueConstraint& unique : table.uniques)
    if (names(unique.columns, column.name)) return false;
  for (const ForeignKey& fk : table.foreign_keys)
    if (names(fk.columns, column.name)) return false;
  for (const CheckConstraint& check : table.checks)
    if (may_name(check.expr, column.name)) return false;
  for (const Column& other : table.columns)
    if (other.generated && may_name(*other.generated, column.name)) return false;
  return true;
}

bool SqliteTableRules::alters_in_place(const Table& from, const Table& to, bool) const {
  if (from.without_rowid != to.without_rowid || from.strict != to.strict) return false;
  if (from.primary_key.has_value() != to.primary_key.has_value()) return false;
  if (from.primary_key && !same_definition(*from.primary_key, *to.primary_key)) return false;
  if (!same_set(from.uniques, to.uniques) || !same_set(from.checks, to.checks) || !same_set(from.foreign_keys, to.foreign_keys))
    return false;
  // Kept columns unchanged and in their order; new ones only at the end.
  std::size_t next = 0;
  for (const Column& column : from.columns) {
    const Column* kept = to.find_column(column.name);
    if (!kept) {
      if (!can_drop_column(from, column)) return false;
      continue;
    }
    if (next >= to.columns.size() || to.columns[next].name != column.name || !same_definition(column, *kept)) return false;
    ++next;
  }
  for (; next < to.columns.size(); ++next) {
    if (from.find_column(to.columns[next].name) || !can_add_column(to, to.columns[next])) return false;
  }
  return true;
}

}  // namespace schemac
