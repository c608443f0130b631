#include "model/rename_objects.hpp"

#include <algorithm>

namespace schemac {

void rename_table_everywhere(Schema& schema, const QualifiedName& old_name, const std::string& new_name) {
  const QualifiedName renamed{old_name.schema, new_name};
  auto fix = [&](QualifiedName& name) {
    if (name == old_name) name = renamed;
  };
  for (Table& table : schema.tables) {
    fix(table.name);
    for (ForeignKey& fk : table.foreign_keys) fix(fk.ref_table);
    if (table.partition_of) fix(*table.partition_of);
    for (QualifiedName& parent : table.inherits) fix(parent);
  }
  for (Trigger& trigger : schema.triggers) {
    fix(trigger.table);
    for (QualifiedName& read : trigger.reads) fix(read);
  }
  for (View& view : schema.views)
    for (QualifiedName& read : view.reads) fix(read);
  for (Sequence& sequence : schema.sequences)
    if (sequence.owned_by) fix(sequence.owned_by->table);
  for (Policy& policy : schema.policies) fix(policy.table);
  for (Privilege& privilege : schema.privileges) fix(privilege.object);
  for (Ownership& owner : schema.owners) fix(owner.object);
}

void rename_column_everywhere(Schema& schema, const QualifiedName& table_name, const std::string& old_name, const std::string& new_name) {
  auto fix = [&](std::vector<std::string>& columns) { std::replace(columns.begin(), columns.end(), old_name, new_name); };
  for (Table& table : schema.tables) {
    for (ForeignKey& fk : table.foreign_keys)
      if (fk.ref_table == table_name) fix(fk.ref_columns);
    if (table.name != table_name) continue;
    if (Column* column = table.find_column(old_name)) column->name = new_name;
    if (table.primary_key) fix(table.primary_key->columns);
    for (UniqueConstraint& unique : table.uniques) fix(unique.columns);
    for (ForeignKey& fk : table.foreign_keys) fix(fk.columns);
    for (Index& index : table.indexes)
      for (IndexKey& key : index.keys)
        if (!key.expression && key.column == old_name) key.column = new_name;
  }
  for (Trigger& trigger : schema.triggers)
    if (trigger.table == table_name) fix(trigger.update_columns);
  for (Sequence& sequence : schema.sequences)
    if (sequence.owned_by && sequence.owned_by->table == table_name && sequence.owned_by->column == old_name) sequence.owned_by->column = new_name;
}

}  // namespace schemac
