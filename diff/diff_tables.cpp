// Tables and what hangs off them: columns, constraints, indexes, comments.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "diff/differ.hpp"
#include "diff/table_order.hpp"
#include "diff/type_change.hpp"
#include "model/implicit_names.hpp"

namespace schemac::detail {
namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  return names;
}

template <class T>
const T* find_named(const std::vector<T>& items, const std::string& name) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.name == name; });
  return it == items.end() ? nullptr : &*it;
}

// The constraint of `items` that `item` is compared with: by name, or for an
// unnamed one (SQLite's usually are) one of the same definition.
template <class T>
const T* counterpart(const std::vector<T>& items, const T& item) {
  if (!item.name.empty()) return find_named(items, item.name);
  auto it = std::find_if(items.begin(), items.end(), [&](const T& other) { return other.name.empty() && same_definition(item, other); });
  return it == items.end() ? nullptr : &*it;
}

// Defaults PostgreSQL must compute row by row when a column is added (the
// others it stores once, without a rewrite).
bool volatile_default(const Expr& value) {
  for (std::string_view call : {"nextval(", "random(", "clock_timestamp(", "gen_random_uuid(", "uuid_generate_v", "timeofday(", "txid_current("})
    if (value.text.find(call) != std::string::npos) return true;
  return false;
}

ObjectKey member_key(ObjectKind kind, const QualifiedName& table, const std::string& member) { return {kind, table, member}; }

// What SET (...) and RESET (...) take `from` to `to`.
std::pair<StorageOptions, std::vector<std::string>> option_changes(const StorageOptions& from, const StorageOptions& to) {
  StorageOptions set;
  std::vector<std::string> reset;
  for (const auto& option : to)
    if (std::find(from.begin(), from.end(), option) == from.end()) set.push_back(option);
  for (const auto& option : from)
    if (std::none_of(to.begin(), to.end(), [&](const auto& o) { return o.first == option.first; })) reset.push_back(option.first);
  return {std::move(set), std::move(reset)};
}

}  // namespace

// Statistics targets and options of a column, after it is added or as they change.
void Differ::column_settings(const QualifiedName& table, const Column* from, const Column& to, int phase) {
  const ObjectKey key = member_key(ObjectKind::Column, table, to.name);
  if ((from ? from->statistics : -1) != to.statistics)
    emit(phase, SetColumnStatistics{table, to.name, to.statistics}, key, to.where);
  auto [set, reset] = option_changes(from ? from->options : StorageOptions{}, to.options);
  if (!set.empty() || !reset.empty()) emit(phase, SetColumnOptions{table, to.name, std::move(set), std::move(reset)}, key, to.where);
}

// An index's storage parameters and tablespace, changed in place (an index
// of its own, or the one a primary key or unique constraint is kept in).
void Differ::index_storage(const QualifiedName& table, const IndexStorage& from, const IndexStorage& to, const ObjectKey& key,
                           const SourceRange& where, int phase, std::size_t rank) {
  const QualifiedName index{table.schema, to.name};
  if (auto [set, reset] = option_changes(from.options, to.options); !set.empty() || !reset.empty())
    emit(phase, SetIndexOptions{index, std::move(set), std::move(reset)}, key, where, {}, rank);
  if (from.tablespace != to.tablespace)
    emit(phase, SetIndexTablespace{index, to.tablespace}, key, where,
         {Hazard{HazardKind::LongLock, "moves index " + to.name + " to another tablespace: it is copied while holding an "
                                       "ACCESS EXCLUSIVE lock on " + to_string(table)}},
         rank);
}

// Statistics targets of an index's expression keys, after it is created or as they change.
void Differ::index_settings(const QualifiedName& table, const Index* from, const Index& to, int phase, std::size_t rank) {
  // A new index is made with its storage parameters and tablespace.
  if (from)
    index_storage(table, IndexStorage{to.name, from->options, from->tablespace}, IndexStorage{to.name, to.options, to.tablespace},
                  member_key(ObjectKind::Index, table, to.name), to.where, phase, rank);
  for (std::size_t i = 0; i < to.keys.size(); ++i) {
    const int before = from && i < from->keys.size() ? from->keys[i].statistics : -1;
    if (before != to.keys[i].statistics)
      emit(phase, SetIndexStatistics{{table.schema, to.name}, i + 1, to.keys[i].statistics}, member_key(ObjectKind::Index, table, to.name),
           to.where, {}, rank);
  }
}

void Differ::tables() {
  find_repartitioned_tables();
  std::vector<const Table*> created, dropped;
  for (const auto& [name, table] : to_tables_)
    if (!lookup(from_tables_, name) || remade_tables_.contains(name)) created.push_back(table);
  for (const auto& [name, table] : from_tables_) {
    const bool remade = remade_tables_.contains(name);
    if (lookup(to_tables_, name) && !remade) continue;
    dropped.push_back(table);
    reshaped_tables_.insert(name);
    if (remade) {
      // Tables pointing at its keys let go of them while it is made again.
      if (table->primary_key) replaced_keys_.insert({name, sorted(table->primary_key->columns)});
      for (const UniqueConstraint& u : table->uniques) replaced_keys_.insert({name, sorted(u.columns)});
      for (const Index& index : table->indexes)
        if (index.unique && !index.predicate && std::none_of(index.keys.begin(), index.keys.end(), [](const IndexKey& k) { return k.expression.has_value(); })) {
          std::vector<std::string> columns;
          for (const IndexKey& k : index.keys) columns.push_back(k.column);
          replaced_keys_.insert({name, sorted(columns)});
        }
      continue;
    }
    for (const Column& column : table->columns) dropped_columns_.insert({name, column.name});
  }
  move_repartitioned_rows();
  rebuild_or_alter_tables();

  auto not_remade = [&](std::vector<const Table*> tables) {
    std::erase_if(tables, [&](const Table* t) { return remade_tables_.contains(t->name); });
    return tables;
  };
  suggest_renames(not_remade(dropped), not_remade(created));
  const TableOrder create_order = order_by_foreign_keys(created);
  for (std::size_t i = 0; i < create_order.order.size(); ++i)
    create_table(*create_order.order[i], i, create_order.cycle_foreign_keys);

  // Drop in the reverse of the order the tables could have been created in.
  const TableOrder drop_order = order_by_foreign_keys(dropped);
  for (const auto& [table_name, fk_name] : drop_order.cycle_foreign_keys) {
    if (foreign_keys_checked_late()) break;  // no key is checked while the tables go
    const Table* table = lookup(from_tables_, table_name);
    emit(kDropForeignKeys, DropConstraint{table_name, *find_named(table->foreign_keys, fk_name)},
         member_key(ObjectKind::ForeignKey, table_name, fk_name));
  }
  const std::size_t count = drop_order.order.size();
  for (std::size_t i = 0; i < count; ++i) drop_table(*drop_order.order[i], count - i);
}

// A table dropped and another made with the same columns, or a column
// dropped and another added with the same type, is likely a rename the user
// has not told about: the plan says which hint would make it one.
void Differ::suggest_renames(const std::vector<const Table*>& dropped, const std::vector<const Table*>& created) {
  auto same_columns = [](const Table& a, const Table& b) {
    return std::equal(a.columns.begin(), a.columns.end(), b.columns.begin(), b.columns.end(),
                      [](const Column& x, const Column& y) { return x.name == y.name && x.type == y.type; });
  };
  for (const Table* gone : dropped)
    for (const Table* made : created)
      if (gone->name.schema == made->name.schema && !gone->columns.empty() && same_columns(*gone, *made))
        suggestions_.push_back("table " + to_string(gone->name) + " looks renamed to " + made->name.name + ": --rename table:" +
                               to_string(gone->name) + "=" + to_string(made->name) + ", or `-- schemac:renamed-from " + gone->name.name +
                               "` before CREATE TABLE " + made->name.name);
}

void Differ::suggest_column_renames(const Table& from, const Table& to) {
  std::set<std::string> taken;
  for (const Column& gone : from.columns) {
    if (to.find_column(gone.name) || gone.inherited) continue;
    for (const Column& made : to.columns) {
      if (from.find_column(made.name) || made.type != gone.type || !taken.insert(made.name).second) continue;
      suggestions_.push_back("column " + to_string(to.name) + "." + gone.name + " looks renamed to " + made.name + ": --rename column:" +
                             to_string(to.name) + "." + gone.name + "=" + made.name + ", or `-- schemac:renamed-from " + gone.name +
                             "` after column " + made.name);
      break;
    }
  }
}

void Differ::create_table(const Table& table, std::size_t rank, const std::set<std::pair<QualifiedName, std::string>>& deferred) {
  const ObjectKey key{ObjectKind::Table, table.name, {}};
  CreateTable create{table, {}, {}};
  create.table.foreign_keys.clear();
  create.table.indexes.clear();
  // Made NOT VALID in the desired state: added after the table, NOT VALID
  // again, so the database ends up as the desired state's own would.
  std::erase_if(create.table.checks, [](const CheckConstraint& c) { return !c.valid; });
  for (const CheckConstraint& check : table.checks)
    if (!check.valid)
      emit(kAddConstraintsAndIndexes, AddConstraint{table.name, check}, member_key(ObjectKind::Check, table.name, check.name), check.where);
  for (const ForeignKey& fk : table.foreign_keys) {
    // Inside CREATE TABLE the referenced key must exist already: a key of a
    // table created before (or this one), not a unique index made later.
    const bool new_key = fk.ref_table == table.name || !lookup(from_tables_, fk.ref_table);
    const bool inline_ok = foreign_keys_checked_late() ||
                           (!deferred.contains({table.name, fk.name}) &&
                            (new_key ? key_is_constraint(fk.ref_table, fk.ref_columns) : key_is_stable(fk.ref_table, fk.ref_columns)));
    if (inline_ok && fk.valid) create.table.foreign_keys.push_back(fk);
    else emit(kAddForeignKeys, AddConstraint{table.name, fk}, member_key(ObjectKind::ForeignKey, table.name, fk.name), fk.where);
  }
  for (const Column& column : table.columns) {
    // A table made again keeps its sequences (released, not dropped): no `serial` makes new ones.
    if (remade_tables_.contains(table.name) || !serial_sequence(table, column)) continue;
    create.serial_columns.push_back(column.name);
    folded_sequences_.insert({table.name.schema, make_object_name(table.name.name, column.name, "seq")});
  }
  if (table.partition_of)
    if (const Table* parent = lookup(to_tables_, *table.partition_of))
      for (const Column& column : table.columns) {
        const Column* handed_down = parent->find_column(column.name);
        if (column.inherited && column.not_null && handed_down && handed_down->not_null_name != column.not_null_name)
          create.not_null_names.emplace_back(column.name, column.not_null_name);
      }
  emit(kCreateTables, std::move(create), key, table.where, {}, rank);
  for (const Column& column : table.columns) column_settings(table.name, nullptr, column, kAlterColumns);
  row_security(nullptr, table);
  for (const Index& index : table.indexes) {
    emit(kAddConstraintsAndIndexes, CreateIndex{table.name, index}, member_key(ObjectKind::Index, table.name, index.name), index.where,
         {}, index_rank(table));
    index_settings(table.name, nullptr, index, kAddConstraintsAndIndexes, index_rank(table));
    comment(member_key(ObjectKind::Index, table.name, index.name), std::nullopt, index.comment);
  }
  comment(key, std::nullopt, table.comment);
  for (const Column& column : table.columns)
    comment(member_key(ObjectKind::Column, table.name, column.name), std::nullopt, column.comment);
  if (table.primary_key) comment(member_key(ObjectKind::PrimaryKey, table.name, table.primary_key->name), std::nullopt, table.primary_key->comment);
  for (const UniqueConstraint& u : table.uniques) comment(member_key(ObjectKind::Unique, table.name, u.name), std::nullopt, u.comment);
  for (const CheckConstraint& c : table.checks) comment(member_key(ObjectKind::Check, table.name, c.name), std::nullopt, c.comment);
  for (const ExclusionConstraint& x : table.exclusions)
    comment(member_key(ObjectKind::Exclusion, table.name, x.name), std::nullopt, x.comment);
  for (const ForeignKey& fk : table.foreign_keys)
    comment(member_key(ObjectKind::ForeignKey, table.name, fk.name), std::nullopt, fk.comment);
}

void Differ::drop_table(const Table& table, std::size_t rank) {
  std::vector<Hazard> hazards;  // a table made again has its rows held (HoldRows)
  if (!remade_tables_.contains(table.name))
    hazards.push_back(Hazard{HazardKind::DataLoss, "drops table " + to_string(table.name) + " and all its rows"});
  emit(kDropTables, DropTable{table}, {ObjectKind::Table, table.name, {}}, {}, std::move(hazards), rank);
}

void Differ::alter_table(const Table& from, const Table& to) {
  const ObjectKey key{ObjectKind::Table, to.name, {}};
  if (from.unlogged != to.unlogged)
    emit(kAlterColumns, SetTableLogged{to.name, to.unlogged}, key, to.where,
         {Hazard{HazardKind::TableRewrite, "rewrites table " + to_string(to.name) + (to.unlogged ? " as unlogged" : " into the WAL")}});
  if (auto [set, reset] = option_changes(from.options, to.options); !set.empty() || !reset.empty())
    emit(kAlterColumns, SetTableOptions{to.name, std::move(set), std::move(reset)}, key, to.where);
  row_security(&from, to);
  leave_parents(from, to);
  const std::optional<std::pair<Table, Table>> own = own_parts(from, to);
  const Table& own_from = own ? own->first : from;
  const Table& own_to = own ? own->second : to;
  columns(own_from, own_to);
  const std::optional<Table> renamed = renamed_constraints(own_from, own_to);
  constraints(renamed ? *renamed : own_from, own_to);
  indexes(renamed ? *renamed : own_from, own_to);
  join_parents(from, to);
  comment({ObjectKind::Table, to.name, {}}, from.comment, to.comment);
}

// Constraints and indexes whose definition stayed but whose name did not
// (a table renamed, implicit names following it) are renamed in place where
// the database can, instead of being dropped and built again. Returns `from`
// with the new names, or nullopt when there are none.
std::optional<Table> Differ::renamed_constraints(const Table& from, const Table& to) {
  if (rules_ && !rules_->renames_indexes_and_constraints()) return std::nullopt;
  std::optional<Table> out;
  const QualifiedName& table = to.name;
  auto pair_up = [&](auto& old_items, const auto& new_items, auto&& rename) {
    std::vector<bool> taken(new_items.size(), false);
    for (std::size_t i = 0; i < old_items.size(); ++i) {
      const auto& item = old_items[i];
      if (item.name.empty() || find_named(new_items, item.name)) continue;
      for (std::size_t j = 0; j < new_items.size(); ++j) {
        if (taken[j] || new_items[j].name.empty() || find_named(old_items, new_items[j].name)) continue;
        auto probe = item;
        probe.name = new_items[j].name;
        if (!same_definition(probe, new_items[j])) continue;
        taken[j] = true;
        rename(item.name, new_items[j].name);
        if (!out) out = from;
        break;
      }
    }
  };
  auto constraint = [&](const std::string& old_name, const std::string& new_name) {
    emit(kRenames, RenameConstraint{table, old_name, new_name}, member_key(ObjectKind::Table, table, new_name), {}, {}, 2);
  };
  auto index = [&](const std::string& old_name, const std::string& new_name) {
    emit(kRenames, RenameIndex{{table.schema, old_name}, new_name}, member_key(ObjectKind::Index, table, new_name), {}, {}, 2);
  };
  std::vector<std::pair<std::string, std::string>> names;  // (old, new) of every rename
  auto record = [&](auto&& emit_rename) {
    return [&, emit_rename](const std::string& old_name, const std::string& new_name) {
      emit_rename(old_name, new_name);
      names.emplace_back(old_name, new_name);
    };
  };
  if (from.primary_key && to.primary_key) {
    const std::vector<PrimaryKey> old_key{*from.primary_key}, new_key{*to.primary_key};
    pair_up(old_key, new_key, record(constraint));
  }
  pair_up(from.uniques, to.uniques, record(constraint));
  pair_up(from.checks, to.checks, record(constraint));
  pair_up(from.exclusions, to.exclusions, record(constraint));
  pair_up(from.foreign_keys, to.foreign_keys, record(constraint));
  pair_up(from.indexes, to.indexes, record(index));
  if (!out) return std::nullopt;
  auto respell = [&](auto& items) {
    for (auto& item : items)
      for (const auto& [old_name, new_name] : names)
        if (item.name == old_name) item.name = new_name;
  };
  if (out->primary_key)
    for (const auto& [old_name, new_name] : names)
      if (out->primary_key->name == old_name) out->primary_key->name = new_name;
  respell(out->uniques);
  respell(out->checks);
  respell(out->exclusions);
  respell(out->foreign_keys);
  respell(out->indexes);
  return out;
}

void Differ::columns(const Table& from, const Table& to) {
  const QualifiedName& table = to.name;
  for (const Column& column : to.columns) {
    const ObjectKey key = member_key(ObjectKind::Column, table, column.name);
    const Column* old = from.find_column(column.name);
    if (column.inherited || (old && old->inherited)) continue;  // changed through the parent
    if (!old) {
      const bool serial = serial_sequence(to, column);
      if (serial) folded_sequences_.insert({table.schema, make_object_name(table.name, column.name, "seq")});
      std::vector<Hazard> hazards;
      if (column.identity || column.generated || serial || (column.default_value && volatile_default(*column.default_value)))
        hazards.push_back(Hazard{HazardKind::TableRewrite, "fills " + to_string(table) + "." + column.name +
                                                               " in every row, rewriting the table (ACCESS EXCLUSIVE lock)"});
      emit(kAlterColumns, AddColumn{table, column, serial}, key, column.where, std::move(hazards));
      column_settings(table, nullptr, column, kAlterColumns);
      comment(key, std::nullopt, column.comment);
      continue;
    }
    if (column.generated && old->generated != column.generated) {
      recreate_generated_column(table, *old, column);
      continue;
    }
    if (old->generated && !column.generated) emit(kAlterColumns, DropExpression{table, column.name}, key, column.where);
    if (old->identity && !column.identity)
      emit(kDropIdentities, DropIdentity{table, column.name, *old->identity}, key, column.where);
    const bool type_changed = old->type != column.type || old->collation != column.collation;
    const auto user_type = named_type(column.type);
    const bool type_rebuilt = !type_changed && user_type && rebuilt_types_.contains(*user_type);
    if (type_changed || type_rebuilt) {
      // A default is typed: it must go before the type changes and come back after.
      if (old->default_value) emit(kAlterColumns, SetColumnDefault{table, column.name, std::nullopt}, key, column.where);
      reshaped_tables_.insert(table);
      AlterColumnType change{table, ColumnType(*old), ColumnType(column), CastPath::Assignment};
      std::vector<Hazard> hazards;
      const auto rewrite = [&] {
        hazards.push_back(Hazard{HazardKind::TableRewrite, "ALTER COLUMN TYPE " + column.type + " rewrites " + to_string(table) +
                                                               " and rebuilds its indexes (ACCESS EXCLUSIVE lock)"});
      };
      if (type_rebuilt) {
        change.cast = CastPath::ThroughText;
        rewrite();
      } else {
        const TypeChangeEffect effect = classify_type_change(old->type, column.type);
        if (effect.rewrites && old->type != column.type) rewrite();
        change.cast = effect.needs_using ? CastPath::Explicit : CastPath::Assignment;
        // User-defined types (enums) have no casts to other types but through their text form.
        if (effect.needs_using && (named_type(old->type) || named_type(column.type))) change.cast = CastPath::ThroughText;
        if (effect.may_lose_data)
          hazards.push_back(Hazard{HazardKind::DataLoss, "changing " + to_string(table) + "." + column.name + " from " +
                                                             old->type + " to " + column.type + " may lose or reject values"});
      }
      emit(kAlterColumns, std::move(change), key, column.where, std::move(hazards));
      if (column.default_value) emit(kAlterColumns, SetColumnDefault{table, column.name, column.default_value}, key, column.where);
    } else if (old->default_value != column.default_value) {
      emit(kAlterColumns, SetColumnDefault{table, column.name, column.default_value}, key, column.where);
    }
    if (old->not_null != column.not_null) {
      if (column.not_null && options_.online_constraints) {
        set_not_null_online(table, column);
      } else {
        std::vector<Hazard> hazards;
        if (column.not_null)
          hazards.push_back(Hazard{HazardKind::LongLock, "SET NOT NULL scans every row of " + to_string(table) +
                                                             " while blocking reads and writes (ACCESS EXCLUSIVE lock)"});
        emit(kAlterColumns, SetColumnNotNull{table, column.name, column.not_null, column.not_null_name}, key, column.where,
             std::move(hazards));
      }
    } else if (column.not_null && old->not_null_name != column.not_null_name && !old->not_null_name.empty() &&
               !column.not_null_name.empty()) {
      // PostgreSQL 18 keeps a NOT NULL constraint's name through renames of its table and column.
      emit(kRenames, RenameConstraint{table, old->not_null_name, column.not_null_name},
           member_key(ObjectKind::Table, table, column.not_null_name), {}, {}, 2);
    }
    if (column.identity) identity(table, *old, column, type_changed);
    column_settings(table, old, column, kAlterColumns);
    comment(key, old->comment, column.comment);
  }
  suggest_column_renames(from, to);
  for (const Column& column : from.columns) {
    if (to.find_column(column.name) || column.inherited) continue;
    dropped_columns_.insert({table, column.name});
    reshaped_tables_.insert(table);
    emit(kDropColumns, DropColumn{table, column}, member_key(ObjectKind::Column, table, column.name), {},
         {Hazard{HazardKind::DataLoss, "drops column " + to_string(table) + "." + column.name + " and its data"}});
  }
}

// A generation expression cannot be added or changed in place: the column is made again.
void Differ::recreate_generated_column(const QualifiedName& table, const Column& from, const Column& to) {
  const ObjectKey key = member_key(ObjectKind::Column, table, to.name);
  const std::string name = to_string(table) + "." + to.name;
  reshaped_tables_.insert(table);
  const Hazard hazard = from.generated ? Hazard{HazardKind::TableRewrite, "recomputes generated column " + name + " for every row"}
                                       : Hazard{HazardKind::DataLoss, "replaces the values of " + name + " with generated ones"};
  emit(kDropColumns, DropColumn{table, from}, key, {}, {hazard});
  emit(kAlterColumns, AddColumn{table, to, false}, key, to.where, {hazard});
  column_settings(table, nullptr, to, kAlterColumns);
  comment(key, std::nullopt, to.comment);
}

// Identity added, or its kind and options changed. A column type change has
// already retyped the sequence, as PostgreSQL does.
void Differ::identity(const QualifiedName& table, const Column& from, const Column& to, bool type_changed) {
  const ObjectKey key = member_key(ObjectKind::Column, table, to.name);
  const Identity& wanted = *to.identity;
  if (!from.identity || from.identity->sequence.name.schema != wanted.sequence.name.schema) {
    if (from.identity) emit(kDropIdentities, DropIdentity{table, to.name, *from.identity}, key, to.where);
    emit(kAddIdentities, AddIdentity{table, to.name, wanted}, key, to.where);
    return;
  }
  Identity current = *from.identity;
  if (type_changed) retype(current.sequence, to.type);
  if (current.sequence.name != wanted.sequence.name) {
    emit(kAddIdentities, RenameSequence{current.sequence.name, wanted.sequence.name.name}, key, to.where);
    current.sequence.name = wanted.sequence.name;
  }
  if (current.always != wanted.always || !same_options(current.sequence, wanted.sequence))
    emit(kAddIdentities, AlterIdentity{table, to.name, current, wanted}, key, to.where);
}

template <class Key>
void Differ::key_storage(const QualifiedName& table, const Key& from, const Key& to, const ObjectKey& key) {
  index_storage(table, IndexStorage{to.name, from.index_options, from.index_tablespace}, IndexStorage{to.name, to.index_options, to.index_tablespace},
                key, to.where, kAddConstraintsAndIndexes);
}

void Differ::constraints(const Table& from, const Table& to) {
  const QualifiedName& table = to.name;
  auto replace_key = [&](const std::vector<std::string>& columns) { replaced_keys_.insert({table, sorted(columns)}); };

  if (from.primary_key && (!to.primary_key || !same_definition(*from.primary_key, *to.primary_key))) {
    emit(kDropIndexesAndConstraints, DropConstraint{table, *from.primary_key},
         member_key(ObjectKind::PrimaryKey, table, from.primary_key->name));
    replace_key(from.primary_key->columns);
  }
  if (to.primary_key) {
    const ObjectKey key = member_key(ObjectKind::PrimaryKey, table, to.primary_key->name);
    const bool kept = from.primary_key && same_definition(*from.primary_key, *to.primary_key);
    if (!kept) add_constraint_to_existing(table, Constraint{*to.primary_key}, key, to.primary_key->where);
    if (kept) key_storage(table, *from.primary_key, *to.primary_key, key);
    comment(key, kept ? from.primary_key->comment : std::nullopt, to.primary_key->comment);
  }

  // A constraint validated in the database but NOT VALID in the desired
  // state is added again NOT VALID (no rows are read for that), so that the
  // database ends up as the desired state's own would.
  auto unvalidated = [](const auto& from_item, const auto& to_item) {
    if constexpr (requires { to_item.valid; }) return from_item.valid && !to_item.valid;
    return false;
  };
  auto compare = [&](const auto& old_items, const auto& new_items, ObjectKind kind, int drop_phase, int add_phase) {
    for (const auto& item : old_items) {
      const auto* match = counterpart(new_items, item);
      if (match && same_definition(item, *match) && !unvalidated(item, *match)) continue;
      emit(drop_phase, DropConstraint{table, item}, member_key(kind, table, item.name));
      if constexpr (std::is_same_v<std::decay_t<decltype(item)>, UniqueConstraint>) replace_key(item.columns);
      if constexpr (std::is_same_v<std::decay_t<decltype(item)>, ForeignKey>) dropped_foreign_keys_.insert({table, item.name});
    }
    for (const auto& item : new_items) {
      const ObjectKey key = member_key(kind, table, item.name);
      const auto* match = counterpart(old_items, item);
      if (match && same_definition(*match, item) && !unvalidated(*match, item)) {
        comment(key, match->comment, item.comment);
        if constexpr (std::is_same_v<std::decay_t<decltype(item)>, UniqueConstraint>) key_storage(table, *match, item, key);
        // NOT VALID -> valid: existing rows are checked, without blocking writes.
        if constexpr (requires { item.valid; })
          if (!match->valid && item.valid) emit(add_phase, ValidateConstraint{table, item.name}, key, item.where);
        continue;
      }
      add_constraint_to_existing(table, Constraint{item}, key, item.where);
      comment(key, std::nullopt, item.comment);
      if constexpr (std::is_same_v<std::decay_t<decltype(item)>, ForeignKey>) added_foreign_keys_.insert({table, item.name});
    }
  };
  compare(from.uniques, to.uniques, ObjectKind::Unique, kDropIndexesAndConstraints, kAddConstraintsAndIndexes);
  compare(from.checks, to.checks, ObjectKind::Check, kDropIndexesAndConstraints, kAddConstraintsAndIndexes);
  compare(from.exclusions, to.exclusions, ObjectKind::Exclusion, kDropIndexesAndConstraints, kAddConstraintsAndIndexes);
  compare(from.foreign_keys, to.foreign_keys, ObjectKind::ForeignKey, kDropForeignKeys, kAddForeignKeys);
}

void Differ::indexes(const Table& from, const Table& to) {
  const QualifiedName& table = to.name;
  for (const Index& index : from.indexes) {
    const Index* match = find_named(to.indexes, index.name);
    if (match && same_definition(index, *match)) continue;
    emit(kDropIndexesAndConstraints, DropIndex{table, index}, member_key(ObjectKind::Index, table, index.name));
    if (index.unique && !index.predicate) {
      std::vector<std::string> columns;
      for (const IndexKey& key : index.keys) columns.push_back(key.column);
      replaced_keys_.insert({table, sorted(columns)});
    }
  }
  for (const Index& index : to.indexes) {
    const ObjectKey key = member_key(ObjectKind::Index, table, index.name);
    const Index* match = find_named(from.indexes, index.name);
    if (match && same_definition(index, *match)) {
      index_settings(table, match, index, kAddConstraintsAndIndexes);
      comment(key, match->comment, index.comment);
      continue;
    }
    // CONCURRENTLY cannot run in a transaction, nor build the index of a partitioned table.
    const bool concurrently = options_.concurrent_indexes && to.partition_by.empty();
    std::vector<Hazard> hazards;
    if (!concurrently)
      hazards.push_back(Hazard{HazardKind::LongLock, "builds index " + index.name + " on existing table " + to_string(table) +
                                                         " while blocking writes to it (SHARE lock)"});
    emit_after_commit_ = concurrently;
    emit(kAddConstraintsAndIndexes, CreateIndex{table, index, concurrently}, key, index.where, std::move(hazards), index_rank(to));
    index_settings(table, nullptr, index, kAddConstraintsAndIndexes, index_rank(to));
    if (concurrently && index.comment) emit(kAddConstraintsAndIndexes, SetComment{key, index.comment}, key, index.where, {}, index_rank(to));
    emit_after_commit_ = false;
    if (!concurrently) comment(key, std::nullopt, index.comment);
  }
}

// A constraint added to a table that exists (and has rows): what it locks
// while it checks them; with --online-constraints, foreign keys and checks
// go in NOT VALID and are validated after the transaction, which takes a
// lock that lets reads and writes go on.
void Differ::add_constraint_to_existing(const QualifiedName& table, const Constraint& constraint, const ObjectKey& key,
                                        const SourceRange& where) {
  const std::string name = constraint_name(constraint);
  const auto* check = std::get_if<CheckConstraint>(&constraint);
  const auto* fk = std::get_if<ForeignKey>(&constraint);
  const bool validated = (check && check->valid) || (fk && fk->valid);
  if (validated && options_.online_constraints && !(check && checked_at_once_.contains({table, name}))) {
    Constraint unvalidated = constraint;
    if (auto* c = std::get_if<CheckConstraint>(&unvalidated)) c->valid = false;
    if (auto* f = std::get_if<ForeignKey>(&unvalidated)) f->valid = false;
    emit(fk ? kAddForeignKeys : kAddConstraintsAndIndexes, AddConstraint{table, std::move(unvalidated)}, key, where);
    emit_after_commit_ = true;
    emit(kComments, ValidateConstraint{table, name}, key, where);
    emit_after_commit_ = false;
    return;
  }
  std::vector<Hazard> hazards;
  if (fk && validated)
    hazards.push_back(Hazard{HazardKind::LongLock, "validating foreign key " + name + " reads every row of " + to_string(table) +
                                                       " while blocking writes to it and to " + to_string(fk->ref_table) +
                                                       " (SHARE ROW EXCLUSIVE lock)"});
  else if (check && validated)
    hazards.push_back(Hazard{HazardKind::LongLock, "validating check " + name + " reads every row of " + to_string(table) +
                                                       " while blocking reads and writes (ACCESS EXCLUSIVE lock)"});
  else if (!check && !fk)
    hazards.push_back(Hazard{HazardKind::LongLock, "builds the index of " + std::string(kind_name(constraint_kind(constraint))) + " " +
                                                       name + " on " + to_string(table) + " while blocking reads and writes (ACCESS EXCLUSIVE lock)"});
  emit(fk ? kAddForeignKeys : kAddConstraintsAndIndexes, AddConstraint{table, constraint}, key, where, std::move(hazards));
}

// SET NOT NULL without a long lock: a CHECK (column IS NOT NULL) added NOT
// VALID and validated after the transaction lets SET NOT NULL skip its scan;
// the check goes again once it has served.
void Differ::set_not_null_online(const QualifiedName& table, const Column& column) {
  const ObjectKey key = member_key(ObjectKind::Column, table, column.name);
  // PostgreSQL 18 names the NOT NULL constraint itself "<table>_<column>_not_null":
  // the check must not take that name (SET NOT NULL would pick another).
  const std::string name = make_object_name(table.name, column.name, column.not_null_name.empty() ? "not_null" : "not_null_check");
  CheckConstraint check;
  check.name = name;
  std::string quoted = "\"";  // quoted whatever the name: right for every name
  for (char c : column.name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  check.expr = Expr{quoted + "\" IS NOT NULL", false, {}};
  check.valid = false;
  emit(kAlterColumns, AddConstraint{table, check}, key, column.where);
  emit_after_commit_ = true;
  emit(kComments, ValidateConstraint{table, name}, key, column.where);
  emit(kComments, SetColumnNotNull{table, column.name, true, column.not_null_name}, key, column.where);
  emit(kComments, DropConstraint{table, check}, key, column.where);
  emit_after_commit_ = false;
}

// A foreign key depends on the unique index of the key it references: when
// that key is dropped and added again, the foreign key must go first and come back after.
void Differ::recreate_dependent_foreign_keys() {
  if (replaced_keys_.empty() || foreign_keys_checked_late()) return;
  for (const auto& [name, table] : from_tables_) {
    if (remade_tables_.contains(name)) continue;  // its keys go with it and come back with it
    // Tables being dropped count too: their foreign keys would block the key's drop.
    const Table* kept = lookup(to_tables_, name);
    for (const ForeignKey& fk : table->foreign_keys) {
      if (!replaced_keys_.contains({fk.ref_table, sorted(fk.ref_columns)})) continue;
      if (dropped_foreign_keys_.contains({name, fk.name})) continue;
      const ObjectKey key = member_key(ObjectKind::ForeignKey, name, fk.name);
      emit(kDropForeignKeys, DropConstraint{name, fk}, key);
      if (!kept) continue;
      const ForeignKey* again = find_named(kept->foreign_keys, fk.name);
      if (again && !added_foreign_keys_.contains({name, fk.name})) emit(kAddForeignKeys, AddConstraint{name, *again}, key, again->where);
    }
  }
}

// An index on a partitioned table takes over the matching indexes of its
// partitions (or makes them): those go first, the deepest partitions first.
std::size_t Differ::index_rank(const Table& table) const {
  if (table.partition_by.empty()) return 0;
  std::size_t depth = 0;
  for (const Table* t = &table; t->partition_of && depth < 100; ++depth) {
    t = lookup(to_tables_, *t->partition_of);
    if (!t) break;
  }
  return 100 - depth;
}

// Whether `columns` are the primary key or a unique constraint of the desired
// table: created with the table, unlike a unique index.
bool Differ::key_is_constraint(const QualifiedName& table_name, const std::vector<std::string>& columns) const {
  const Table* table = lookup(to_tables_, table_name);
  if (!table) return false;
  const auto wanted = sorted(columns);
  if (table->primary_key && sorted(table->primary_key->columns) == wanted) return true;
  return std::any_of(table->uniques.begin(), table->uniques.end(), [&](const UniqueConstraint& u) { return sorted(u.columns) == wanted; });
}

// Whether a foreign key to `columns` of an existing table can be created
// before anything else in the plan runs: a unique key on exactly those columns
// exists now and is left alone.
bool Differ::key_is_stable(const QualifiedName& table_name, const std::vector<std::string>& columns) const {
  const Table* before = lookup(from_tables_, table_name);
  const Table* after = lookup(to_tables_, table_name);
  if (!before || !after) return false;
  const auto wanted = sorted(columns);
  if (before->primary_key && sorted(before->primary_key->columns) == wanted)
    return after->primary_key && same_definition(*before->primary_key, *after->primary_key);
  for (const UniqueConstraint& unique : before->uniques) {
    if (sorted(unique.columns) != wanted) continue;
    const UniqueConstraint* same = find_named(after->uniques, unique.name);
    if (same && same_definition(unique, *same)) return true;
  }
  return false;
}

// Tables kept from one side to the other: altered in place, or rebuilt where
// the dialect's rules say ALTER cannot do it. Where a table can only be
// rebuilt with the tables that reference it (DuckDB), those join it, and
// each set of tables tied by foreign keys is rebuilt as one change.
void Differ::rebuild_or_alter_tables() {
  std::set<QualifiedName> referenced;
  if (rules_)
    for (const auto& [name, table] : from_tables_)
      for (const ForeignKey& fk : table->foreign_keys) referenced.insert(fk.ref_table);
  std::vector<std::pair<const Table*, const Table*>> kept;  // (from, to), by name
  std::set<QualifiedName> rebuilt;
  for (const auto& [name, table] : to_tables_)
    if (const Table* old = lookup(from_tables_, name); old && !remade_tables_.contains(name)) {
      kept.emplace_back(old, table);
      if (rules_ && !rules_->alters_in_place(*old, *table, referenced.contains(old->name))) rebuilt.insert(old->name);
    }
  const bool together = rules_ && rules_->rebuilds_referencing_tables();
  for (bool grew = together; grew;) {
    grew = false;
    for (const auto& [from, to] : kept)
      if (!rebuilt.contains(from->name))
        for (const ForeignKey& fk : from->foreign_keys)
          if (rebuilt.contains(fk.ref_table) && fk.ref_table != from->name) {
            rebuilt.insert(from->name);
            grew = true;
            break;
          }
  }
  // Sets of rebuilt tables tied by foreign keys (in either schema).
  std::map<QualifiedName, QualifiedName> parent;
  const std::function<QualifiedName(const QualifiedName&)> root = [&](const QualifiedName& n) {
    auto it = parent.find(n);
    return it == parent.end() || it->second == n ? n : root(it->second);
  };
  if (together)
    for (const auto& [from, to] : kept)
      if (rebuilt.contains(from->name))
        for (const Table* side : {from, to})
          for (const ForeignKey& fk : side->foreign_keys)
            if (rebuilt.contains(fk.ref_table)) parent[root(from->name)] = root(fk.ref_table);
  std::map<QualifiedName, std::vector<const Table*>> groups;  // root -> desired tables
  std::map<QualifiedName, const Table*> from_of;
  for (const auto& [from, to] : kept)
    if (rebuilt.contains(from->name)) {
      groups[root(from->name)].push_back(to);
      from_of[to->name] = from;
    }
  // In the tables' order, each group where its first table comes.
  std::set<QualifiedName> done;
  for (const auto& [from, to] : kept) {
    if (!rebuilt.contains(from->name)) {
      alter_table(*from, *to);
      continue;
    }
    std::vector<const Table*>& members = groups[root(from->name)];
    if (members.size() == 1) {
      rebuild_table(*from, *to);
      continue;
    }
    if (!done.insert(root(from->name)).second) continue;
    std::sort(members.begin(), members.end(), [](const Table* a, const Table* b) { return a->name < b->name; });
    std::vector<std::pair<const Table*, const Table*>> ordered;
    for (const Table* member : order_by_foreign_keys(members).order) ordered.emplace_back(from_of[member->name], member);
    rebuild_tables(ordered);
  }
}

}  // namespace schemac::detail
