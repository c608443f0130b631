// PostgreSQL 18 keeps each NOT NULL as a constraint with a name: the one
// written (CONSTRAINT n NOT NULL), the parent's for a column a parent hands
// down, else "<table>_<column>_not_null", numbered when another constraint
// of the schema has it. The name is chosen when the NOT NULL is made and
// kept through renames of the table and column, so it is chosen here after
// each statement that can make one, as the server would at that point.
#include <algorithm>
#include <set>

#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

bool inherits_from(const Table& table, const QualifiedName& parent) {
  return table.partition_of == parent || std::find(table.inherits.begin(), table.inherits.end(), parent) != table.inherits.end();
}

}  // namespace

std::string SchemaBuilder::handed_down_not_null_name(const Table& table, const std::string& column) {
  std::vector<QualifiedName> parents = table.inherits;
  if (table.partition_of) parents.insert(parents.begin(), *table.partition_of);
  for (const QualifiedName& name : parents)
    if (const Table* parent = find_table(name))
      if (const Column* c = parent->find_column(column); c && c->not_null && !c->not_null_name.empty()) return c->not_null_name;
  return {};
}

void SchemaBuilder::name_not_null_constraints(const QualifiedName& name) {
  if (major_ < 18) return;
  std::vector<QualifiedName> pending{name};
  std::set<QualifiedName> seen;
  while (!pending.empty()) {
    const QualifiedName current = pending.back();
    pending.pop_back();
    Table* table = find_table(current);
    if (!table || !seen.insert(current).second) continue;
    for (Column& column : table->columns) {
      if (!column.not_null) {
        if (!column.not_null_name.empty()) release_constraint_name(*table, column.not_null_name);
        column.not_null_name.clear();
        continue;
      }
      if (!column.not_null_name.empty()) {
        constraint_names_[current.schema].insert(column.not_null_name);
        continue;
      }
      if (column.inherited) column.not_null_name = handed_down_not_null_name(*table, column.name);
      if (column.not_null_name.empty()) column.not_null_name = choose_constraint_name(*table, column.name, "not_null");
      constraint_names_[current.schema].insert(column.not_null_name);
    }
    // ALTER TABLE reaches the tables that inherit from this one.
    if (parent_keys_.contains(table_key(current)))
      for (const Table& other : schema_.tables)
        if (inherits_from(other, current)) pending.push_back(other.name);
  }
}

bool SchemaBuilder::rename_not_null_constraint(Table& table, const std::string& from, const std::string& to) {
  if (from.empty()) return false;
  bool found = false;
  for (Column& column : table.columns)
    if (column.not_null_name == from) {
      release_constraint_name(table, from);
      constraint_names_[table.name.schema].insert(to);
      column.not_null_name = to;
      found = true;
      // The copies the tables inheriting from it hold go with it.
      if (parent_keys_.contains(table_key(table.name)))
        for (Table& other : schema_.tables)
          if (inherits_from(other, table.name))
            if (Column* c = other.find_column(column.name); c && c->inherited && c->not_null_name == from) c->not_null_name = to;
    }
  return found;
}

}  // namespace schemac::pg
