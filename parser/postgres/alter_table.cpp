// ALTER TABLE: the subcommands pg_dump and migration files use.
#include <algorithm>
#include <set>

#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/options.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

template <class Container, class Predicate>
bool erase_if_any(Container& items, Predicate predicate) {
  return std::erase_if(items, predicate) > 0;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

void SchemaBuilder::alter_table(object stmt) {
  const std::string_view kind = str(stmt, "objtype");
  const object relation = required_object(stmt, "relation");
  const QualifiedName name = qualify(relation);
  // ALTER TABLE / VIEW / SEQUENCE ... OWNER TO (pg_dump writes one per
  // object): an owner with --owners, else nothing.
  const List commands = list(stmt, "cmds");
  const bool only_owner = std::all_of(commands.begin(), commands.end(), [](element command) {
    return str(Node::of(command).fields, "subtype") == "AT_ChangeOwner";
  });
  if (only_owner && (find_table(name) || find_view(name) || find_sequence(name))) {
    const auto on = find_sequence(name) ? Privilege::On::Sequence : Privilege::On::Table;
    for (element command : commands) set_owner(on, name, {}, required_object(Node::of(command).fields, "newowner"));
    return;
  }
  if (kind == "OBJECT_INDEX") return alter_index(name, commands);
  if (kind == "OBJECT_TYPE") return alter_composite(name, commands);
  if (kind != "OBJECT_TABLE") throw ParseFailure{-1, "ALTER " + std::string(kind.substr(7)) + " is not supported yet", {}, true};
  Table* table = find_table(name);
  if (!table) {
    if (boolean(stmt, "missing_ok")) return warn(location(relation), "relation \"" + to_string(name) + "\" does not exist, skipping");
    throw ParseFailure{location(relation), "relation \"" + to_string(name) + "\" does not exist", {}, false, to_string(name)};
  }
  for (element command : list(stmt, "cmds")) alter_table_command(*table, Node::of(command).fields);
}

void SchemaBuilder::alter_table_command(Table& table, object command) {
  const std::string_view subtype = str(command, "subtype");
  const std::string column_name(str(command, "name"));
  const bool missing_ok = boolean(command, "missing_ok");
  auto column = [&]() -> Column& {
    Column* found = table.find_column(column_name);
    if (!found)
      throw ParseFailure{-1, "column \"" + column_name + "\" of relation \"" + table.name.name + "\" does not exist"};
    return *found;
  };

  if (subtype == "AT_AddColumn") {
    const object def = Node::of(required_field(command, "def")).fields;
    if (missing_ok && table.find_column(str(def, "colname"))) return;
    add_column(table, def);
    check_column_count(table, location(def));
    return pass_down_columns(table.name);
  }
  if (subtype == "AT_DropColumn") {
    if (missing_ok && !table.find_column(column_name)) return;
    if (column().inherited) throw ParseFailure{-1, "cannot drop inherited column \"" + column_name + "\""};
    drop_column(table, column_name, str(command, "behavior") == "DROP_CASCADE");
    return pass_down_columns(table.name);
  }
  if (subtype == "AT_AttachPartition" || subtype == "AT_DetachPartition") {
    const object partition_command = Node::of(required_field(command, "def")).fields;
    const QualifiedName child_name = qualify(required_object(partition_command, "name"));
    Table& child = require_table(child_name, -1);
    const QualifiedName parent = table.name;
    if (subtype == "AT_DetachPartition") {
      if (child.partition_of != parent) throw ParseFailure{-1, "relation \"" + child_name.name + "\" is not a partition of relation \"" + parent.name + "\""};
      child.partition_of.reset();
      child.partition_bound.clear();
      leave_parent(child, table);
      return;
    }
    if (table.partition_by.empty()) throw ParseFailure{-1, "table \"" + parent.name + "\" is not partitioned"};
    if (child.partition_of) throw ParseFailure{-1, "\"" + child_name.name + "\" is already a partition"};
    check_fits_parent(child, table, true);
    child.partition_of = parent;
    child.partition_bound = partition_bound(required_object(partition_command, "bound"));
    note_parents(child);
    // A partition's columns are its parent's, as if created with PARTITION OF.
    for (Column& c : child.columns)
      if (table.find_column(c.name)) c.inherited = true;
    return;
  }
  if (subtype == "AT_AddInherit" || subtype == "AT_DropInherit") {
    const QualifiedName parent = qualify(Node::of(required_field(command, "def")).fields);
    const Table& parent_table = require_table(parent, -1);
    if (subtype == "AT_AddInherit") {
      if (!parent_table.partition_by.empty()) throw ParseFailure{-1, "cannot inherit from partitioned table \"" + parent.name + "\""};
      if (!table.partition_by.empty()) throw ParseFailure{-1, "cannot change inheritance of partitioned table"};
      if (table.partition_of) throw ParseFailure{-1, "cannot change inheritance of a partition"};
      if (std::find(table.inherits.begin(), table.inherits.end(), parent) != table.inherits.end())
        throw ParseFailure{-1, "relation \"" + parent.name + "\" would be inherited from more than once"};
      if (descends_from(parent, table.name))
        throw ParseFailure{-1, "circular inheritance not allowed: \"" + parent.name + "\" is already a child of \"" + table.name.name + "\""};
      check_fits_parent(table, parent_table, false);
      table.inherits.push_back(parent);
      note_parents(table);
      return pass_down_columns(parent);
    }
    const auto before = table.inherits.size();
    std::erase(table.inherits, parent);
    if (before == table.inherits.size()) throw ParseFailure{-1, "relation \"" + parent.name + "\" is not a parent of relation \"" + table.name.name + "\""};
    leave_parent(table, parent_table);
    return;
  }
  if (subtype == "AT_ColumnDefault") {
    if (auto def = field(command, "def")) column().default_value = expression(*def);
    else column().default_value.reset();
    return;
  }
  if (subtype == "AT_SetNotNull") {
    column().not_null = true;
    return;
  }
  if (subtype == "AT_DropNotNull") {
    Column& c = column();
    if (table.primary_key && contains(table.primary_key->columns, c.name))
      throw ParseFailure{-1, "column \"" + c.name + "\" is in a primary key"};
    c.not_null = false;
    return;
  }
  if (subtype == "AT_AlterColumnType") {
    const object def = Node::of(required_field(command, "def")).fields;
    Column& c = column();
    c.type = type_of(required_object(def, "typeName"));
    // Without COLLATE the column takes the new type's default collation.
    const auto collate = object_field(def, "collClause");
    c.collation = collate ? collation_name(list(*collate, "collname")) : std::string{};
    if (c.identity) {
      if (c.type != "smallint" && c.type != "integer" && c.type != "bigint")
        throw ParseFailure{-1, "identity column type must be smallint, integer, or bigint"};
      retype(c.identity->sequence, c.type);
    }
    return;
  }
  if (subtype == "AT_AddIdentity") {
    Column& c = column();
    if (c.identity) throw ParseFailure{-1, "column \"" + c.name + "\" of relation \"" + table.name.name + "\" is already an identity column"};
    if (c.default_value) throw ParseFailure{-1, "column \"" + c.name + "\" of relation \"" + table.name.name + "\" already has a default value"};
    if (!c.not_null) throw ParseFailure{-1, "column \"" + c.name + "\" of relation \"" + table.name.name + "\" must be declared NOT NULL before identity can be added"};
    return add_identity(table, c, Node::of(required_field(command, "def")).fields);
  }
  if (subtype == "AT_SetIdentity") {
    Column& c = column();
    if (!c.identity) throw ParseFailure{-1, "column \"" + c.name + "\" of relation \"" + table.name.name + "\" is not an identity column"};
    const List options = list(Node::of(required_field(command, "def")).fields, "items");
    for (element option : options) {
      const object def = Node::of(option).fields;
      if (str(def, "defname") == "generated") c.identity->always = integer(Node::of(required_field(def, "arg")).fields, "ival") == 'a';
    }
    return apply_sequence_options(c.identity->sequence, c.identity->sequence.name, nullptr, options, false);
  }
  if (subtype == "AT_DropIdentity") {
    Column& c = column();
    if (!c.identity) {
      if (missing_ok) return;
      throw ParseFailure{-1, "column \"" + c.name + "\" of relation \"" + table.name.name + "\" is not an identity column"};
    }
    release_relation_name(c.identity->sequence.name.schema, c.identity->sequence.name.name);
    c.identity.reset();
    return;
  }
  if (subtype == "AT_DropExpression") {
    Column& c = column();
    if (!c.generated) {
      if (missing_ok) return;
      throw ParseFailure{-1, "column \"" + c.name + "\" of relation \"" + table.name.name + "\" is not a stored generated column"};
    }
    c.generated.reset();
    return;
  }
  if (subtype == "AT_SetRelOptions" || subtype == "AT_ResetRelOptions")
    return apply_options(table.options, list(Node::of(required_field(command, "def")).fields, "items"), chunk_text(),
                         subtype == "AT_ResetRelOptions");
  if (subtype == "AT_EnableRowSecurity" || subtype == "AT_DisableRowSecurity") {
    table.row_security = subtype == "AT_EnableRowSecurity";
    return;
  }
  if (subtype == "AT_ForceRowSecurity" || subtype == "AT_NoForceRowSecurity") {
    table.force_row_security = subtype == "AT_ForceRowSecurity";
    return;
  }
  if (subtype == "AT_SetLogged" || subtype == "AT_SetUnLogged") {
    table.unlogged = subtype == "AT_SetUnLogged";
    return;
  }
  if (subtype == "AT_SetStatistics") {
    column().statistics = statistics_target(Node::of(required_field(command, "def")).fields);
    return;
  }
  if (subtype == "AT_SetOptions" || subtype == "AT_ResetOptions")
    return apply_options(column().options, list(Node::of(required_field(command, "def")).fields, "items"), chunk_text(),
                         subtype == "AT_ResetOptions");
  if (subtype == "AT_AddConstraint") return add_table_constraint(table, Node::of(required_field(command, "def")).fields);
  if (subtype == "AT_DropConstraint") return drop_constraint(table, column_name, missing_ok);
  if (subtype == "AT_ValidateConstraint") {
    for (CheckConstraint& check : table.checks)
      if (check.name == column_name) return void(check.valid = true);
    for (ForeignKey& fk : table.foreign_keys)
      if (fk.name == column_name) return void(fk.valid = true);
    throw ParseFailure{-1, "constraint \"" + column_name + "\" of relation \"" + table.name.name + "\" does not exist"};
  }
  if (subtype == "AT_ChangeOwner") return set_owner(Privilege::On::Table, table.name, {}, required_object(command, "newowner"));
  throw ParseFailure{-1, "ALTER TABLE subcommand " + std::string(subtype.substr(3)) + " is not supported yet", {}, true};
}

// NO INHERIT and DETACH PARTITION: what the parent handed down and no other
// parent still does stays with the child, as its own (PostgreSQL sets
// attislocal and conislocal once nothing hands them down any more).
void SchemaBuilder::leave_parent(Table& child, const Table& parent) {
  std::vector<const Table*> others;
  for (const QualifiedName& name : child.inherits)
    if (const Table* other = find_table(name)) others.push_back(other);
  auto handed_down = [&](auto&& has) { return std::any_of(others.begin(), others.end(), has); };
  for (Column& column : child.columns)
    if (column.inherited && !handed_down([&](const Table* other) { return other->find_column(column.name) != nullptr; }))
      column.inherited = false;
  for (const CheckConstraint& check : parent.checks) {
    if (check.no_inherit) continue;
    auto named = [&](const CheckConstraint& c) { return c.name == check.name; };
    if (std::any_of(child.checks.begin(), child.checks.end(), named)) continue;
    if (handed_down([&](const Table* other) { return std::any_of(other->checks.begin(), other->checks.end(), named); })) continue;
    child.checks.push_back(check);
  }
}

// Whether `table` is `ancestor` or inherits from it, through any number of parents.
bool SchemaBuilder::descends_from(const QualifiedName& table, const QualifiedName& ancestor) {
  std::vector<QualifiedName> pending{table};
  std::set<QualifiedName> seen;
  while (!pending.empty()) {
    const QualifiedName name = pending.back();
    pending.pop_back();
    if (name == ancestor) return true;
    if (!seen.insert(name).second) continue;
    if (const Table* t = find_table(name)) pending.insert(pending.end(), t->inherits.begin(), t->inherits.end());
  }
  return false;
}

// Children follow their parent's columns: added ones arrive, dropped ones go.
void SchemaBuilder::pass_down_columns(const QualifiedName& parent_name) {
  std::vector<QualifiedName> parents{parent_name};
  for (std::size_t i = 0; i < parents.size(); ++i) {
    if (!parent_keys_.contains(table_key(parents[i]))) continue;  // no children: nothing to scan for
    for (Table& child : schema_.tables) {
      const bool is_child = child.partition_of == parents[i] ||
                            std::find(child.inherits.begin(), child.inherits.end(), parents[i]) != child.inherits.end();
      if (!is_child) continue;
      std::erase_if(child.columns, [&](const Column& c) {
        if (!c.inherited) return false;
        for (const QualifiedName& p : child.partition_of ? std::vector<QualifiedName>{*child.partition_of} : child.inherits)
          if (const Table* t = find_table(p); t && t->find_column(c.name)) return false;
        return true;
      });
      inherit_columns(child);
      parents.push_back(child.name);
    }
  }
}

// SET STATISTICS n. libpg_query leaves a zero or negative n out of the tree,
// and the node has no location: read the statement's next SET STATISTICS.
int SchemaBuilder::statistics_target(object integer_node) {
  const std::size_t index = statistics_read_++;
  if (has(integer_node, "ival")) return static_cast<int>(integer(integer_node, "ival"));
  std::string lower(statement_text_);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::size_t at = 0;
  for (std::size_t seen = 0; (at = lower.find("statistics", at)) != std::string::npos; ++seen, at += 10)
    if (seen == index) break;
  return static_cast<int>(integer_in_source(statement_text_, at == std::string::npos ? -1 : static_cast<std::int64_t>(at)).value_or(0));
}

// ALTER INDEX ... ALTER COLUMN n SET STATISTICS (the one pg_dump writes),
// SET / RESET (storage parameters) and SET TABLESPACE.
void SchemaBuilder::alter_index(const QualifiedName& name, List commands) {
  Index* index = nullptr;
  // Storage of the index: its own, or that of the primary key or unique constraint it backs.
  std::vector<std::pair<std::string, std::string>>* options = nullptr;
  std::string* tablespace = nullptr;
  for (Table& table : schema_.tables) {
    if (table.name.schema != name.schema || index || options) continue;
    for (Index& candidate : table.indexes)
      if (!index && candidate.name == name.name) index = &candidate;
    if (table.primary_key && table.primary_key->name == name.name)
      options = &table.primary_key->index_options, tablespace = &table.primary_key->index_tablespace;
    for (UniqueConstraint& unique : table.uniques)
      if (unique.name == name.name) options = &unique.index_options, tablespace = &unique.index_tablespace;
  }
  for (View& view : schema_.views)
    for (Index& candidate : view.indexes)
      if (!index && !options && view.name.schema == name.schema && candidate.name == name.name) index = &candidate;
  if (index) options = &index->options, tablespace = &index->tablespace;
  if (!options) throw ParseFailure{-1, "relation \"" + to_string(name) + "\" does not exist"};
  for (element command_node : commands) {
    const object command = Node::of(command_node).fields;
    // A partition's index belongs to its parent's index by definition: the
    // server attaches matching ones when the parent's index is created.
    const std::string_view subtype = str(command, "subtype");
    if (subtype == "AT_AttachPartition") continue;
    if (subtype == "AT_SetRelOptions" || subtype == "AT_ResetRelOptions") {
      apply_options(*options, list(Node::of(required_field(command, "def")).fields, "items"), chunk_text(), subtype == "AT_ResetRelOptions");
      continue;
    }
    if (subtype == "AT_SetTableSpace") {
      *tablespace = canonical_tablespace(str(command, "name"));
      continue;
    }
    if (subtype != "AT_SetStatistics" || !index)
      throw ParseFailure{-1, "ALTER INDEX ... " + std::string(str(command, "subtype").substr(3)) + " is not supported yet", {}, true};
    const std::int64_t number = integer(command, "num");
    if (number < 1 || static_cast<std::size_t>(number) > index->keys.size())
      throw ParseFailure{-1, "column number " + std::to_string(number) + " of relation \"" + name.name + "\" does not exist"};
    IndexKey& key = index->keys[static_cast<std::size_t>(number - 1)];
    if (!key.expression)
      throw ParseFailure{-1, "cannot alter statistics on non-expression column \"" + key.column + "\" of index \"" + name.name + "\"",
                         "alter statistics on table column instead"};
    key.statistics = statistics_target(Node::of(required_field(command, "def")).fields);
  }
}

void SchemaBuilder::drop_column(Table& table, const std::string& column, bool cascade) {
  if (const Column* dropped = table.find_column(column);
      dropped && !dropped->not_null_name.empty() && dropped->not_null_name != handed_down_not_null_name(table, column))
    release_constraint_name(table, dropped->not_null_name);
  const std::string prefix = table_key(table.name) + '\0';
  auto reads_column = [&](const std::string& object_name) {
    auto it = expression_columns_.find(prefix + object_name);
    return it != expression_columns_.end() && contains(it->second, column);
  };
  // Other tables' foreign keys to this column need CASCADE, as in PostgreSQL.
  for (Table& other : schema_.tables) {
    for (auto it = other.foreign_keys.begin(); it != other.foreign_keys.end();) {
      if (it->ref_table == table.name && contains(it->ref_columns, column) && &other != &table) {
        if (!cascade)
          throw ParseFailure{-1, "cannot drop column " + column + " of table " + table.name.name + " because constraint " +
                                     it->name + " on table " + other.name.name + " depends on it",
                             "use DROP COLUMN ... CASCADE"};
        release_constraint_name(other, it->name);
        it = other.foreign_keys.erase(it);
      } else {
        ++it;
      }
    }
  }
  // What depends on the column goes with it.
  if (table.primary_key && contains(table.primary_key->columns, column)) {
    release_relation_name(table.name.schema, table.primary_key->name);
    release_constraint_name(table, table.primary_key->name);
    table.primary_key.reset();
  }
  std::erase_if(table.uniques, [&](const UniqueConstraint& u) {
    const bool uses = contains(u.columns, column) || contains(u.include, column);
    if (uses) {
      release_relation_name(table.name.schema, u.name);
      release_constraint_name(table, u.name);
    }
    return uses;
  });
  std::erase_if(table.checks, [&](const CheckConstraint& c) {
    const bool uses = reads_column(c.name);
    if (uses) release_constraint_name(table, c.name);
    return uses;
  });
  std::erase_if(table.foreign_keys, [&](const ForeignKey& fk) {
    const bool uses = contains(fk.columns, column) || (fk.ref_table == table.name && contains(fk.ref_columns, column));
    if (uses) release_constraint_name(table, fk.name);
    return uses;
  });
  std::erase_if(table.indexes, [&](const Index& index) {
    const bool uses = reads_column(index.name);
    if (uses) release_relation_name(table.name.schema, index.name);
    return uses;
  });
  // A sequence owned by the column is dropped with it.
  std::erase_if(schema_.sequences, [&](const Sequence& s) {
    const bool owned = s.owned_by && s.owned_by->table == table.name && s.owned_by->column == column;
    if (owned) release_relation_name(s.name.schema, s.name.name);
    return owned;
  });
  if (const Column* dropped = table.find_column(column); dropped && dropped->identity)
    release_relation_name(dropped->identity->sequence.name.schema, dropped->identity->sequence.name.name);
  std::erase_if(table.columns, [&](const Column& c) { return c.name == column; });
}

void SchemaBuilder::drop_constraint(Table& table, const std::string& name, bool missing_ok) {
  if (table.primary_key && table.primary_key->name == name) {
    // Foreign keys that rely on the key's index need CASCADE in PostgreSQL.
    release_relation_name(table.name.schema, name);
    release_constraint_name(table, name);
    table.primary_key.reset();
    return;
  }
  auto named = [&](const auto& c) { return c.name == name; };
  if (erase_if_any(table.uniques, named) || erase_if_any(table.exclusions, named)) {
    release_relation_name(table.name.schema, name);
    release_constraint_name(table, name);
    return;
  }
  if (erase_if_any(table.checks, named) || erase_if_any(table.foreign_keys, named)) {
    release_constraint_name(table, name);
    return;
  }
  for (Column& column : table.columns)
    if (!column.not_null_name.empty() && column.not_null_name == name) {  // PostgreSQL 18: DROP NOT NULL
      release_constraint_name(table, name);
      column.not_null = false;
      column.not_null_name.clear();
      return;
    }
  if (missing_ok) return warn(-1, "constraint \"" + name + "\" of relation \"" + table.name.name + "\" does not exist, skipping");
  throw ParseFailure{-1, "constraint \"" + name + "\" of relation \"" + table.name.name + "\" does not exist"};
}

}  // namespace schemac::pg
