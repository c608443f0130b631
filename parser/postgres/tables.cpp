// CREATE TABLE: columns, inline and table constraints, serial columns.
#include <algorithm>
#include <unordered_set>

#include "model/implicit_names.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"
#include "parser/postgres/options.hpp"
#include "parser/postgres/quote.hpp"
#include "model/rename_hints.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

std::vector<std::string> string_list(List items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (element item : items) out.emplace_back(string_value(item));
  return out;
}

FkAction fk_action(std::string_view code) {
  switch (code.empty() ? 'a' : code.front()) {
    case 'r': return FkAction::Restrict;
    case 'c': return FkAction::Cascade;
    case 'n': return FkAction::SetNull;
    case 'd': return FkAction::SetDefault;
    default: return FkAction::NoAction;
  }
}

void unsupported_if(bool condition, std::int64_t location, const std::string& what) {
  if (condition) throw ParseFailure{location, what + " is not supported yet", {}, true};
}

Deferrability deferral_of(object constraint) {
  return Deferrability{boolean(constraint, "deferrable"), boolean(constraint, "initdeferred")};
}

}  // namespace

void SchemaBuilder::create_table(object stmt) {
  const object relation = required_object(stmt, "relation");
  const auto loc = location(relation);
  unsupported_if(str(relation, "relpersistence") == "t", loc, "CREATE TEMPORARY TABLE");
  unsupported_if(has(stmt, "ofTypename"), loc, "typed tables (OF type)");
  unsupported_if(has(stmt, "tablespacename"), loc, "TABLESPACE");

  const QualifiedName name = qualify(relation);
  require_namespace(name.schema, loc);
  if (find_table(name)) {
    if (boolean(stmt, "if_not_exists")) return warn(loc, "relation \"" + to_string(name) + "\" already exists, skipping");
    throw ParseFailure{loc, "relation \"" + to_string(name) + "\" already exists"};
  }
  // The table does not exist yet while its parents are looked up.
  for (element parent : list(stmt, "inhRelations"))
    if (qualify(Node::of(parent).fields) == name) throw ParseFailure{location(Node::of(parent).fields), "relation \"" + name.name + "\" does not exist"};
  claim_relation_name(name.schema, name.name, loc);

  Table created;
  created.name = name;
  created.unlogged = str(relation, "relpersistence") == "u";
  apply_options(created.options, list(stmt, "options"), chunk_text());
  if (auto spec = object_field(stmt, "partspec")) created.partition_by = partition_key(*spec);
  for (element parent : list(stmt, "inhRelations")) created.inherits.push_back(qualify(Node::of(parent).fields));
  if (auto bound = object_field(stmt, "partbound")) {
    created.partition_of = created.inherits.at(0);
    created.inherits.clear();
    created.partition_bound = partition_bound(*bound);
  }
  created.where = statement_position();
  // A rename hint stands in the comments before the statement or before the table's name.
  if (file_) {
    const std::string_view file_text(file_->text);
    const auto start = static_cast<std::size_t>(statement_location_);
    const std::size_t name_at = chunk_offset_ + static_cast<std::size_t>(std::max<std::int64_t>(loc, 0));
    created.renamed_from = renamed_from_in(comments_before(file_text, start));
    if (created.renamed_from.empty() && name_at > start) created.renamed_from = renamed_from_in(file_text.substr(start, name_at - start));
  }
  schema_.tables.push_back(std::move(created));
  table_by_name_[table_key(name)] = schema_.tables.size() - 1;
  // Index, not reference: serial columns add sequences, which never moves tables.
  const std::size_t index = schema_.tables.size() - 1;
  const std::size_t sequences_before = schema_.sequences.size();
  try {
    std::vector<object> table_constraints;
    // Sized once: tables are many, and growth by doubling left a quarter of the columns' memory unused.
    // Copied out once: a parse-tree List is reached by walking it, so
    // indexing it in the loop would make a wide table quadratic.
    std::vector<Node> elements;
    for (element item : list(stmt, "tableElts")) elements.push_back(Node::of(item));
    schema_.tables[index].columns.reserve(elements.size());
    // Names seen so far, so that a table of n columns is read in time linear in n.
    std::unordered_set<std::string_view> column_names;
    std::vector<object> column_options;  // PARTITION OF t (column WITH OPTIONS ...): on a column the parent hands down
    for (std::size_t i = 0; i < elements.size(); ++i) {
      const Node& item = elements[i];
      if (item.is("ColumnDef") && !has(item.fields, "typeName") && schema_.tables[index].partition_of) {
        column_options.push_back(item.fields);
      } else if (item.is("ColumnDef")) {
        const std::string_view column = str(item.fields, "colname");
        if (!column_names.insert(column).second)
          throw ParseFailure{location(item.fields), "column \"" + std::string(column) + "\" specified more than once"};
        const std::int64_t next = i + 1 < elements.size() ? location(elements[i + 1].fields) : -1;
        add_column(schema_.tables[index], item.fields, ColumnPlace{.next_element = next, .name_is_new = true});
      } else if (item.is("Constraint")) {
        table_constraints.push_back(item.fields);
      } else {
        throw ParseFailure{location(item.fields), "CREATE TABLE ... (LIKE ...) is not supported yet", {}, true};
      }
    }
    if (!schema_.tables[index].inherits.empty() || schema_.tables[index].partition_of) inherit_columns(schema_.tables[index], true);
    for (object options : column_options) {
      Column* column = schema_.tables[index].find_column(str(options, "colname"));
      if (!column) throw ParseFailure{location(options), "column \"" + std::string(str(options, "colname")) + "\" does not exist"};
      for (element item : list(options, "constraints"))
        unsupported_if(str(Node::of(item).fields, "contype") != "CONSTR_NOTNULL", location(Node::of(item).fields),
                       "column options in PARTITION OF other than NOT NULL");
      apply_column_constraints(schema_.tables[index], *column, list(options, "constraints"));
    }
    check_column_count(schema_.tables[index], loc);
    for (object constraint : table_constraints) add_table_constraint(schema_.tables[index], constraint);
    for (CheckConstraint& check : schema_.tables[index].checks) check.valid = true;
    for (ForeignKey& fk : schema_.tables[index].foreign_keys) fk.valid = true;
  } catch (const ParseFailure&) {
    // A statement applies whole or not at all: undo the half-built table.
    Table& table = schema_.tables[index];
    if (table.primary_key) release_relation_name(name.schema, table.primary_key->name);
    for (const auto& unique : table.uniques) release_relation_name(name.schema, unique.name);
    for (const auto& c : table.uniques) release_constraint_name(table, c.name);
    for (const auto& c : table.checks) release_constraint_name(table, c.name);
    for (const auto& c : table.foreign_keys) release_constraint_name(table, c.name);
    if (table.primary_key) release_constraint_name(table, table.primary_key->name);
    for (const Column& column : table.columns)
      if (column.identity) release_relation_name(column.identity->sequence.name.schema, column.identity->sequence.name.name);
    for (std::size_t i = sequences_before; i < schema_.sequences.size(); ++i)
      release_relation_name(schema_.sequences[i].name.schema, schema_.sequences[i].name.name);
    schema_.sequences.resize(sequences_before);
    release_relation_name(name.schema, name.name);
    schema_.tables.pop_back();
    table_by_name_.erase(table_key(name));
    throw;
  }
}

void SchemaBuilder::add_table(Table table) {
  const QualifiedName& name = table.name;
  if (find_table(name)) throw ParseFailure{-1, "relation \"" + to_string(name) + "\" already exists"};
  claim_relation_name(name.schema, name.name, -1);
  auto& constraint_names = constraint_names_[name.schema];
  if (table.primary_key) {
    claim_relation_name(name.schema, table.primary_key->name, -1);
    constraint_names.insert(table.primary_key->name);
  }
  for (const auto& unique : table.uniques) {
    claim_relation_name(name.schema, unique.name, -1);
    constraint_names.insert(unique.name);
  }
  for (const auto& check : table.checks) constraint_names.insert(check.name);
  for (const auto& fk : table.foreign_keys) constraint_names.insert(fk.name);
  for (const auto& index : table.indexes) claim_relation_name(name.schema, index.name, -1);
  for (const auto& column : table.columns)
    if (column.identity) claim_relation_name(column.identity->sequence.name.schema, column.identity->sequence.name.name, -1);
  table_by_name_[table_key(name)] = schema_.tables.size();
  note_parents(table);
  schema_.tables.push_back(std::move(table));
}

// PostgreSQL's MaxHeapAttributeNumber: a table has at most 1600 columns.
void SchemaBuilder::check_column_count(const Table& table, std::int64_t location) {
  constexpr std::size_t kMaxColumns = 1600;
  if (table.columns.size() > kMaxColumns)
    throw ParseFailure{location, "tables can have at most 1600 columns (\"" + table.name.name + "\" has " +
                                     std::to_string(table.columns.size()) + ")"};
}

void SchemaBuilder::add_column(Table& table, object column_def, ColumnPlace place) {
  const auto loc = location(column_def);
  Column column;
  column.name = std::string(str(column_def, "colname"));
  column.where = position(loc);
  if (loc >= 0) {
    const auto until = place.next_element >= 0 ? static_cast<std::size_t>(place.next_element) : std::string_view::npos;
    column.renamed_from = renamed_from_in(rest_of_line(chunk_text(), static_cast<std::size_t>(loc), until));
  }
  if (!place.name_is_new && table.find_column(column.name))
    throw ParseFailure{loc, "column \"" + column.name + "\" specified more than once"};
  const object type_name = required_object(column_def, "typeName");
  const auto serial_type = serial_base_type(type_name);
  column.type = serial_type ? *serial_type : type_of(type_name);
  if (auto collate = object_field(column_def, "collClause"))
    column.collation = collation_name(list(*collate, "collname"));
  unsupported_if(has(column_def, "storage") || has(column_def, "compression"), loc, "column STORAGE/COMPRESSION");

  table.columns.push_back(std::move(column));
  // Constraints add to the table's constraint lists, never to its columns,
  // so this reference stays valid.
  Column& added = table.columns.back();
  const QualifiedName& table_name = table.name;
  apply_column_constraints(table, added, list(column_def, "constraints"));

  if (added.identity && added.default_value)
    throw ParseFailure{loc, "both default and identity specified for column \"" + added.name + "\" of table \"" + table_name.name + "\""};
  if (added.generated && (added.default_value || added.identity))
    throw ParseFailure{loc, std::string("both ") + (added.identity ? "identity" : "default") +
                                " and generation expression specified for column \"" + added.name + "\" of table \"" +
                                table_name.name + "\""};
  if (serial_type) {
    Column& serial = added;
    if (serial.default_value) throw ParseFailure{loc, "multiple default values specified for column \"" + serial.name + "\""};
    Sequence sequence;
    sequence.name = QualifiedName{table_name.schema, choose_relation_name(table_name, serial.name, "seq")};
    claim_relation_name(sequence.name.schema, sequence.name.name, loc);
    sequence.type = *serial_type;
    sequence.max_value = integer_range(*serial_type).max;
    sequence.owned_by = SequenceOwner{table_name, serial.name};
    sequence.where = serial.where;
    serial.not_null = true;
    serial.default_value = Expr{"nextval(" + quote_literal(quote_qualified(sequence.name)) + "::regclass)", true, {}};
    schema_.sequences.push_back(std::move(sequence));
  }
}

void SchemaBuilder::apply_column_constraints(Table& table, Column& column, List constraints) {
  // DEFERRABLE / INITIALLY DEFERRED arrive as separate items after the
  // constraint they modify.
  Deferrability* last_deferrable = nullptr;
  bool saw_default = false;
  for (element item : constraints) {
    const object c = Node::of(item).fields;
    const std::string_view type = str(c, "contype");
    const auto loc = location(c);
    if (type == "CONSTR_NOTNULL") {
      column.not_null = true;
      // PostgreSQL 18 keeps the name (CONSTRAINT n NOT NULL); older majors drop it.
      if (major_ >= 18 && has(c, "conname")) column.not_null_name = std::string(str(c, "conname"));
    } else if (type == "CONSTR_NULL") {
      column.not_null = false;
    } else if (type == "CONSTR_DEFAULT") {
      if (saw_default) throw ParseFailure{loc, "multiple default values specified for column \"" + column.name + "\""};
      saw_default = true;
      column.default_value = expression(required_field(c, "raw_expr"));
    } else if (type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE" || type == "CONSTR_CHECK" || type == "CONSTR_FOREIGN") {
      // Column constraints are table constraints on this one column.
      const std::size_t uniques = table.uniques.size(), fks = table.foreign_keys.size();
      add_table_constraint(table, c);
      if (type == "CONSTR_PRIMARY") last_deferrable = &table.primary_key->deferral;
      else if (type == "CONSTR_UNIQUE" && table.uniques.size() > uniques) last_deferrable = &table.uniques.back().deferral;
      else if (type == "CONSTR_FOREIGN" && table.foreign_keys.size() > fks) last_deferrable = &table.foreign_keys.back().deferral;
      else last_deferrable = nullptr;
    } else if (type == "CONSTR_ATTR_DEFERRABLE" || type == "CONSTR_ATTR_NOT_DEFERRABLE" ||
               type == "CONSTR_ATTR_DEFERRED" || type == "CONSTR_ATTR_IMMEDIATE") {
      if (!last_deferrable) throw ParseFailure{loc, "misplaced DEFERRABLE clause"};
      if (type == "CONSTR_ATTR_DEFERRABLE") last_deferrable->deferrable = true;
      if (type == "CONSTR_ATTR_NOT_DEFERRABLE") last_deferrable->deferrable = false;
      if (type == "CONSTR_ATTR_DEFERRED") last_deferrable->initially_deferred = last_deferrable->deferrable = true;
      if (type == "CONSTR_ATTR_IMMEDIATE") last_deferrable->initially_deferred = false;
    } else if (type == "CONSTR_IDENTITY") {
      if (column.identity) throw ParseFailure{loc, "multiple identity specifications for column \"" + column.name + "\""};
      add_identity(table, column, c);
    } else if (type == "CONSTR_GENERATED") {
      if (column.generated) throw ParseFailure{loc, "multiple generation clauses specified for column \"" + column.name + "\""};
      column.generated = expression(required_field(c, "raw_expr"));
    } else {
      throw ParseFailure{loc, "column constraint " + std::string(type) + " is not supported yet", {}, true};
    }
  }
}

// The sequence an identity column owns: named by SEQUENCE NAME or by
// PostgreSQL's rule (table_column_seq), typed like the column.
void SchemaBuilder::add_identity(Table& table, Column& column, object constraint) {
  const auto loc = location(constraint);
  if (column.type != "smallint" && column.type != "integer" && column.type != "bigint")
    throw ParseFailure{loc, "identity column type must be smallint, integer, or bigint"};
  Identity identity;
  identity.always = str(constraint, "generated_when") == "a";
  IdentitySequence& sequence = identity.sequence;
  sequence.type = column.type;
  const List options = list(constraint, "options");
  for (element option : options) {
    const object def = Node::of(option).fields;
    if (str(def, "defname") == "sequence_name") sequence.name = qualify_list(list(Node::of(required_field(def, "arg")).fields, "items"));
  }
  if (sequence.name.name.empty()) sequence.name = {table.name.schema, choose_relation_name(table.name, column.name, "seq")};
  apply_sequence_options(sequence, sequence.name, nullptr, options, true);
  sequence.type = column.type;  // AS is not for identity sequences
  claim_relation_name(sequence.name.schema, sequence.name.name, loc);
  column.not_null = true;
  column.identity = std::move(identity);
}

void SchemaBuilder::add_table_constraint(Table& table, object c) {
  const std::string_view type = str(c, "contype");
  const auto loc = location(c);
  std::string name(str(c, "conname"));
  const bool keyed = type == "CONSTR_PRIMARY" || type == "CONSTR_UNIQUE";
  unsupported_if(!keyed && (has(c, "options") || has(c, "indexspace")), loc, "exclusion constraint storage options");
  if (has(c, "indexname")) return add_constraint_using_index(table, c, name);
  // NOT VALID (ALTER TABLE ... ADD): rows already there are not checked. In
  // CREATE TABLE there are none, and create_table marks the constraint valid.
  const bool valid = !boolean(c, "skip_validation");
  // A column constraint has no key list: it is on the column being defined.
  auto keys_or_column = [&](std::string_view key) {
    std::vector<std::string> keys = string_list(list(c, key));
    if (keys.empty() && !table.columns.empty()) keys.push_back(table.columns.back().name);
    return keys;
  };
  auto require_columns = [&](const std::vector<std::string>& columns) {
    for (const auto& column : columns)
      if (!table.find_column(column))
        throw ParseFailure{loc, "column \"" + column + "\" named in key does not exist"};
  };

  if (type == "CONSTR_PRIMARY") {
    if (table.primary_key) throw ParseFailure{loc, "multiple primary keys for table \"" + table.name.name + "\" are not allowed"};
    PrimaryKey pk;
    pk.columns = keys_or_column("keys");
    pk.include = string_list(list(c, "including"));
    require_columns(pk.columns);
    require_columns(pk.include);
    pk.name = name.empty() ? choose_relation_name(table.name, "", "pkey") : name;
    claim_constraint_name(table, pk.name, loc);
    claim_relation_name(table.name.schema, pk.name, loc);
    pk.deferral = deferral_of(c);
    apply_options(pk.index_options, list(c, "options"), chunk_text());
    pk.index_tablespace = canonical_tablespace(str(c, "indexspace"));
    pk.where = position(loc);
    for (const auto& column : pk.columns) table.find_column(column)->not_null = true;
    table.primary_key = std::move(pk);
  } else if (type == "CONSTR_UNIQUE") {
    UniqueConstraint unique;
    unique.columns = keys_or_column("keys");
    unique.include = string_list(list(c, "including"));
    require_columns(unique.columns);
    require_columns(unique.include);
    unique.nulls_not_distinct = boolean(c, "nulls_not_distinct");
    if (unique.nulls_not_distinct) require_major(15, "NULLS NOT DISTINCT", "a unique constraint of " + to_string(table.name), loc);
    std::vector<std::string> all = unique.columns;
    all.insert(all.end(), unique.include.begin(), unique.include.end());
    unique.name = name.empty() ? choose_relation_name(table.name, join_column_names(all), "key") : name;
    claim_constraint_name(table, unique.name, loc);
    claim_relation_name(table.name.schema, unique.name, loc);
    unique.deferral = deferral_of(c);
    apply_options(unique.index_options, list(c, "options"), chunk_text());
    unique.index_tablespace = canonical_tablespace(str(c, "indexspace"));
    unique.where = position(loc);
    table.uniques.push_back(std::move(unique));
  } else if (type == "CONSTR_CHECK") {
    CheckConstraint check;
    const element raw = required_field(c, "raw_expr");
    check.expr = expression(raw);
    const std::vector<std::string> columns = referenced_columns(raw);
    require_columns(columns);
    check.name = name.empty() ? choose_constraint_name(table, columns.size() == 1 ? columns[0] : "", "check") : name;
    claim_constraint_name(table, check.name, loc);
    check.no_inherit = boolean(c, "is_no_inherit");
    check.valid = valid;
    check.where = position(loc);
    expression_columns_[table_key(table.name) + '\0' + check.name] = columns;
    table.checks.push_back(std::move(check));
  } else if (type == "CONSTR_FOREIGN") {
    ForeignKey fk;
    fk.columns = keys_or_column("fk_attrs");
    require_columns(fk.columns);
    fk.ref_table = qualify(required_object(c, "pktable"));
    fk.ref_columns = string_list(list(c, "pk_attrs"));
    fk.on_delete = fk_action(str(c, "fk_del_action"));
    fk.on_update = fk_action(str(c, "fk_upd_action"));
    const std::string_view match = str(c, "fk_matchtype");
    fk.match = match == "f" ? FkMatch::Full : match == "p" ? FkMatch::Partial : FkMatch::Simple;
    unsupported_if(has(c, "fk_del_set_cols"), loc, "ON DELETE SET NULL (columns)");
    fk.name = name.empty() ? choose_constraint_name(table, join_column_names(fk.columns), "fkey") : name;
    claim_constraint_name(table, fk.name, loc);
    fk.deferral = deferral_of(c);
    fk.valid = valid;
    fk.where = position(loc);
    table.foreign_keys.push_back(std::move(fk));
  } else if (type == "CONSTR_EXCLUSION") {
    add_exclusion(table, c, name);
  } else {
    throw ParseFailure{loc, "constraint " + std::string(type) + " is not supported here"};
  }
}

// ALTER TABLE ... ADD [CONSTRAINT name] PRIMARY KEY | UNIQUE USING INDEX idx:
// the index becomes the constraint's, renamed to the constraint's name when
// one is given. PostgreSQL takes only an index the constraint could have made
// itself (transformIndexConstraint), so the result is the constraint alone.
void SchemaBuilder::add_constraint_using_index(Table& table, object c, std::string name) {
  const auto loc = location(c);
  const bool primary = str(c, "contype") == "CONSTR_PRIMARY";
  const std::string index_name(str(c, "indexname"));
  auto refuse = [&](const std::string& why) {
    throw ParseFailure{loc, "index \"" + index_name + "\" " + why};
  };
  if (!table.partition_by.empty())
    throw ParseFailure{loc, "ALTER TABLE / ADD CONSTRAINT USING INDEX is not supported on partitioned tables"};
  const auto found = std::find_if(table.indexes.begin(), table.indexes.end(),
                                  [&](const Index& index) { return index.name == index_name; });
  if (found == table.indexes.end())
    throw ParseFailure{loc, "index \"" + index_name + "\" for table \"" + table.name.name + "\" does not exist"};
  const Index& index = *found;
  if (!index.unique) refuse("is not a unique index");
  if (index.predicate) refuse("is a partial index: it cannot back a constraint");
  if (index.method != "btree") refuse("is not a btree");
  if (primary && index.nulls_not_distinct) refuse("with NULLS NOT DISTINCT cannot back a primary key");
  std::vector<std::string> columns;
  for (const IndexKey& key : index.keys) {
    if (key.expression) refuse("contains expressions");
    const Column* column = table.find_column(key.column);
    const bool default_collation = key.collation.empty() || (column && key.collation == column->collation);
    if (key.descending || key.nulls != NullsOrder::Default || !key.opclass.empty() || !default_collation)
      refuse("does not have default sorting behavior");
    columns.push_back(key.column);
  }
  if (index.comment)
    throw ParseFailure{loc, "constraints USING INDEX of an index with a comment are not supported yet", {}, true};
  const std::vector<std::string> include = index.include;
  const auto index_options = index.options;
  const std::string index_tablespace = index.tablespace;
  const bool nulls_not_distinct = index.nulls_not_distinct;
  if (name.empty()) name = index_name;
  release_relation_name(table.name.schema, index_name);
  table.indexes.erase(found);
  claim_constraint_name(table, name, loc);
  claim_relation_name(table.name.schema, name, loc);
  if (primary) {
    if (table.primary_key) throw ParseFailure{loc, "multiple primary keys for table \"" + table.name.name + "\" are not allowed"};
    PrimaryKey pk{.name = name, .columns = columns, .include = include, .deferral = deferral_of(c), .where = position(loc), .comment = {},
                  .index_options = index_options, .index_tablespace = index_tablespace};
    for (const auto& column : pk.columns) table.find_column(column)->not_null = true;
    table.primary_key = std::move(pk);
    return;
  }
  UniqueConstraint unique{.name = name, .columns = columns, .include = include,
                          .nulls_not_distinct = nulls_not_distinct, .deferral = deferral_of(c), .where = position(loc), .comment = {},
                          .index_options = index_options, .index_tablespace = index_tablespace};
  table.uniques.push_back(std::move(unique));
}

// EXCLUDE USING method (key WITH operator, ...) [INCLUDE (...)] [WHERE (...)]:
// named like an index on those keys, with "excl".
void SchemaBuilder::add_exclusion(Table& table, object c, const std::string& given_name) {
  const auto loc = location(c);
  ExclusionConstraint exclusion;
  exclusion.method = has(c, "access_method") ? std::string(str(c, "access_method")) : "btree";
  std::vector<std::string> read_columns;
  std::vector<object> elements;
  for (element pair : list(c, "exclusions")) {
    const List items = list(Node::of(pair).fields, "items");
    const object elem = Node::of(items[0]).fields;
    elements.push_back(elem);
    exclusion.keys.push_back(index_key(elem, table.name, &table, loc, read_columns));
    const List op = list(Node::of(items[1]).fields, "items");
    if (op.size() == 1) exclusion.operators.emplace_back(string_value(op[0]));
    else if (string_value(op[0]) == "pg_catalog") exclusion.operators.emplace_back(string_value(op[1]));
    else exclusion.operators.push_back("OPERATOR(" + write_dotted_name(op) + ")");
  }
  exclusion.include = string_list(list(c, "including"));
  for (const auto& column : exclusion.include)
    if (!table.find_column(column)) throw ParseFailure{loc, "column \"" + column + "\" named in key does not exist"};
  if (auto where = field(c, "where_clause")) exclusion.predicate = expression(*where);
  exclusion.deferral = deferral_of(c);
  exclusion.where = position(loc);
  if (given_name.empty()) {
    std::vector<std::string> names;
    for (object elem : elements) {
      const std::string original = index_column_name(elem);
      std::string candidate = original;
      for (int i = 1; std::find(names.begin(), names.end(), candidate) != names.end(); ++i) candidate = original + std::to_string(i);
      names.push_back(candidate);
    }
    for (const auto& column : exclusion.include) names.push_back(column);
    exclusion.name = choose_relation_name(table.name, join_column_names(names), "excl");
  } else {
    exclusion.name = given_name;
  }
  claim_constraint_name(table, exclusion.name, loc);
  claim_relation_name(table.name.schema, exclusion.name, loc);
  table.exclusions.push_back(std::move(exclusion));
}

}  // namespace schemac::pg
