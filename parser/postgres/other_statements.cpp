// CREATE SCHEMA / TYPE ... AS ENUM / SEQUENCE, COMMENT ON, DROP, SET.
#include <algorithm>
#include <limits>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"
#include "model/rename_objects.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

std::int64_t numeric_argument(object def_elem, std::string_view source) {
  Node value = required_node(def_elem, "arg");
  if (value.is("Integer")) {
    if (has(value.fields, "ival")) return integer(value.fields, "ival");
    return integer_in_source(source, location(def_elem)).value_or(0);
  }
  if (value.is("Float")) {
    const std::string text(str(value.fields, "fval"));
    try {
      return std::stoll(text);
    } catch (...) {
      throw ParseFailure{location(def_elem), "value " + text + " is out of range for a sequence option"};
    }
  }
  throw ParseFailure{location(def_elem), "sequence option " + std::string(str(def_elem, "defname")) + " needs an integer"};
}

std::vector<std::string> split_search_path(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string part(text.substr(start, comma - start));
    part.erase(0, part.find_first_not_of(" \t"));
    part.erase(part.find_last_not_of(" \t") + 1);
    if (part.size() >= 2 && part.front() == '"' && part.back() == '"') part = part.substr(1, part.size() - 2);
    if (!part.empty()) out.push_back(part);
    start = comma + 1;
  }
  return out;
}

}  // namespace

void SchemaBuilder::create_schema(object stmt) {
  const std::string name(str(stmt, "schemaname"));
  if (name.empty()) throw ParseFailure{-1, "CREATE SCHEMA AUTHORIZATION without a name is not supported", {}, true};
  if (has(stmt, "schemaElts")) throw ParseFailure{-1, "CREATE SCHEMA with nested statements is not supported yet", {}, true};
  if (auto made_outside = std::find_if(schema_.namespaces.begin(), schema_.namespaces.end(),
                                       [&](const Namespace& n) { return n.external && n.name == name; });
      made_outside != schema_.namespaces.end()) {
    // Used before (or presumed through the search_path), made here after all.
    made_outside->external = false;
    made_outside->where = statement_position();
    if (auto role = object_field(stmt, "authrole")) set_owner(Privilege::On::Schema, {"", name}, {}, *role);
    return;
  }
  if (namespace_exists(name)) {
    if (boolean(stmt, "if_not_exists") || name == "public") return;
    throw ParseFailure{-1, "schema \"" + name + "\" already exists"};
  }
  schema_.namespaces.push_back(Namespace{name, std::nullopt, statement_position()});
  if (auto role = object_field(stmt, "authrole")) set_owner(Privilege::On::Schema, {"", name}, {}, *role);
}

void SchemaBuilder::create_enum(object stmt) {
  const QualifiedName name = qualify_list(list(stmt, "typeName"));
  require_namespace(name.schema, -1);
  if (find_enum(name)) throw ParseFailure{-1, "type \"" + to_string(name) + "\" already exists"};
  EnumType created;
  created.name = name;
  created.where = statement_position();
  for (element value : list(stmt, "vals")) {
    std::string label(string_value(value));
    if (std::find(created.labels.begin(), created.labels.end(), label) != created.labels.end())
      throw ParseFailure{-1, "enum label \"" + label + "\" used more than once"};
    created.labels.push_back(std::move(label));
  }
  reset_privileges(Privilege::On::Type, created.name, {});
  schema_.enums.push_back(std::move(created));
}

void SchemaBuilder::alter_enum(object stmt) {
  const QualifiedName name = qualify_list(list(stmt, "typeName"));
  EnumType* type = find_enum(name);
  if (!type) throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
  auto& labels = type->labels;
  if (has(stmt, "oldVal")) {  // RENAME VALUE
    auto it = std::find(labels.begin(), labels.end(), str(stmt, "oldVal"));
    if (it == labels.end()) throw ParseFailure{-1, "\"" + std::string(str(stmt, "oldVal")) + "\" is not an existing enum label"};
    *it = std::string(str(stmt, "newVal"));
    return;
  }
  const std::string value(str(stmt, "newVal"));
  if (std::find(labels.begin(), labels.end(), value) != labels.end()) {
    if (boolean(stmt, "skipIfNewValExists")) return;
    throw ParseFailure{-1, "enum label \"" + value + "\" already exists"};
  }
  if (!has(stmt, "newValNeighbor")) {
    labels.push_back(value);
    return;
  }
  auto neighbor = std::find(labels.begin(), labels.end(), str(stmt, "newValNeighbor"));
  if (neighbor == labels.end())
    throw ParseFailure{-1, "\"" + std::string(str(stmt, "newValNeighbor")) + "\" is not an existing enum label"};
  labels.insert(boolean(stmt, "newValIsAfter") ? neighbor + 1 : neighbor, value);
}

void SchemaBuilder::rename(object stmt) {
  const std::string_view kind = str(stmt, "renameType");
  if (kind == "OBJECT_SEQUENCE") return rename_sequence(stmt);
  if (kind == "OBJECT_TABLE" || kind == "OBJECT_COLUMN" || kind == "OBJECT_TABCONSTRAINT" || kind == "OBJECT_INDEX")
    return rename_in_table(stmt, kind);
  if (kind != "OBJECT_TYPE" && kind != "OBJECT_DOMAIN")
    throw ParseFailure{-1, "ALTER " + std::string(kind.substr(7)) + " ... RENAME is not supported yet", {}, true};
  const QualifiedName name = qualify_list(list(Node::of(required_field(stmt, "object")).fields, "items"));
  EnumType* type = kind == "OBJECT_TYPE" ? find_enum(name) : nullptr;
  Domain* domain = kind == "OBJECT_DOMAIN" ? find_domain(name) : nullptr;
  if (!type && !domain) throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
  const QualifiedName renamed{name.schema, std::string(str(stmt, "newname"))};
  if (find_enum(renamed) || find_domain(renamed) || find_composite(renamed) || find_range(renamed))
    throw ParseFailure{-1, "type \"" + to_string(renamed) + "\" already exists"};
  (type ? type->name : domain->name) = renamed;
  // Columns refer to the type itself, not to its name.
  for (Table& table : schema_.tables)
    for (Column& column : table.columns)
      if (named_type(column.type) == name)
        column.type = quote_qualified(renamed) + (column.type.ends_with("[]") ? "[]" : "");
}

// Tables, columns, constraints and indexes (migration files rename them).
// The server finds what depends on them by oid: references follow the new
// name; implicit names (t_pkey) stay as they were, as they do in the server.
void SchemaBuilder::rename_in_table(object stmt, std::string_view kind) {
  const object relation = required_object(stmt, "relation");
  const auto loc = location(relation);
  const std::string new_name(str(stmt, "newname"));
  if (kind == "OBJECT_INDEX") {
    const QualifiedName index = qualify(relation);
    for (Table& table : schema_.tables) {
      if (table.name.schema != index.schema) continue;
      for (Index& i : table.indexes)
        if (i.name == index.name) {
          claim_relation_name(index.schema, new_name, loc);
          release_relation_name(index.schema, index.name);
          i.name = new_name;
          return;
        }
    }
    if (boolean(stmt, "missing_ok")) return warn(loc, "relation \"" + to_string(index) + "\" does not exist, skipping");
    throw ParseFailure{loc, "index \"" + to_string(index) + "\" does not exist"};
  }
  const QualifiedName name = qualify(relation);
  Table* table = find_table(name);
  if (!table) {
    if (boolean(stmt, "missing_ok")) return warn(loc, "relation \"" + to_string(name) + "\" does not exist, skipping");
    throw ParseFailure{loc, "relation \"" + to_string(name) + "\" does not exist"};
  }
  const std::string old_name(str(stmt, "subname"));
  if (kind == "OBJECT_TABLE") {
    claim_relation_name(name.schema, new_name, loc);
    release_relation_name(name.schema, name.name);
    const std::size_t position = table_by_name_.at(table_key(name));
    table_by_name_.erase(table_key(name));
    table_by_name_[table_key({name.schema, new_name})] = position;
    rename_table_everywhere(schema_, name, new_name);
    return;
  }
  if (kind == "OBJECT_COLUMN") {
    if (!table->find_column(old_name)) throw ParseFailure{loc, "column \"" + old_name + "\" does not exist"};
    if (table->find_column(new_name)) throw ParseFailure{loc, "column \"" + new_name + "\" of relation \"" + name.name + "\" already exists"};
    rename_column_everywhere(schema_, name, old_name, new_name);
    return;
  }
  auto rename = [&](auto& items) {
    for (auto& item : items)
      if (item.name == old_name) return item.name = new_name, true;
    return false;
  };
  bool found = table->primary_key && table->primary_key->name == old_name;
  if (found) table->primary_key->name = new_name;
  found = found || rename(table->uniques) || rename(table->checks) || rename(table->foreign_keys) || rename(table->exclusions) ||
          rename_not_null_constraint(*table, old_name, new_name);
  if (!found) throw ParseFailure{loc, "constraint \"" + old_name + "\" of relation \"" + name.name + "\" does not exist"};
}

// A sequence is found by oid in the server: defaults that call nextval on it
// follow the new name.
void SchemaBuilder::rename_sequence(object stmt) {
  const object relation = required_object(stmt, "relation");
  const QualifiedName name = qualify(relation);
  const QualifiedName renamed{name.schema, std::string(str(stmt, "newname"))};
  // A sequence of its own, or an identity column's.
  QualifiedName* sequence = nullptr;
  if (Sequence* plain = find_sequence(name)) sequence = &plain->name;
  for (Table& table : schema_.tables)
    for (Column& column : table.columns)
      if (!sequence && column.identity && column.identity->sequence.name == name) sequence = &column.identity->sequence.name;
  if (!sequence) {
    if (boolean(stmt, "missing_ok")) return warn(location(relation), "relation \"" + to_string(name) + "\" does not exist, skipping");
    throw ParseFailure{location(relation), "relation \"" + to_string(name) + "\" does not exist"};
  }
  claim_relation_name(renamed.schema, renamed.name, location(relation));
  release_relation_name(name.schema, name.name);
  *sequence = renamed;
  const std::string old_call = "nextval(" + quote_literal(quote_qualified(name)) + "::regclass)";
  const std::string new_call = "nextval(" + quote_literal(quote_qualified(renamed)) + "::regclass)";
  for (Table& table : schema_.tables)
    for (Column& column : table.columns)
      if (column.default_value && column.default_value->text == old_call) column.default_value->text = new_call;
}

void SchemaBuilder::apply_sequence_options(SequenceOptions& sequence, const QualifiedName& name_for_messages,
                                           std::optional<SequenceOwner>* owned_by, List options, bool creating) {
  std::optional<std::int64_t> min_value, max_value, start;
  bool min_given = false, max_given = false;
  for (element option : options) {
    const object def = Node::of(option).fields;
    const std::string_view name = str(def, "defname");
    if (name == "as") {
      const std::string type = type_of(Node::of(required_field(def, "arg")).fields);
      if (type != "smallint" && type != "integer" && type != "bigint")
        throw ParseFailure{location(def), "sequence type must be smallint, integer, or bigint"};
      retype(sequence, type);
    } else if (name == "increment") {
      sequence.increment = numeric_argument(def, std::string_view(file_->text).substr(chunk_offset_));
      if (sequence.increment == 0) throw ParseFailure{location(def), "INCREMENT must not be zero"};
    } else if (name == "minvalue") {
      min_given = true;
      if (has(def, "arg")) min_value = numeric_argument(def, std::string_view(file_->text).substr(chunk_offset_));
    } else if (name == "maxvalue") {
      max_given = true;
      if (has(def, "arg")) max_value = numeric_argument(def, std::string_view(file_->text).substr(chunk_offset_));
    } else if (name == "start") {
      start = numeric_argument(def, std::string_view(file_->text).substr(chunk_offset_));
    } else if (name == "cache") {
      sequence.cache = numeric_argument(def, std::string_view(file_->text).substr(chunk_offset_));
    } else if (name == "cycle") {
      sequence.cycle = boolean(Node::of(required_field(def, "arg")).fields, "boolval");
    } else if (name == "owned_by") {
      if (!owned_by) throw ParseFailure{location(def), "an identity column's sequence is owned by its column"};
      List names = list(Node::of(required_field(def, "arg")).fields, "items");
      if (names.size() == 1 && string_value(names[0]) == "none") {
        owned_by->reset();
      } else if (names.size() >= 2) {
        std::vector<std::string_view> parts;
        for (element part : names) parts.push_back(string_value(part));
        const std::string column(parts.back());
        parts.pop_back();
        QualifiedName table = parts.size() == 1 ? qualify({}, parts[0]) : qualify(parts[0], parts[1]);
        Table& owner = require_table(table, location(def));
        if (!owner.find_column(column))
          throw ParseFailure{location(def), "column \"" + column + "\" of relation \"" + table.name + "\" does not exist"};
        *owned_by = SequenceOwner{table, column};
      } else {
        throw ParseFailure{location(def), "invalid OWNED BY option"};
      }
    } else if (name == "generated") {
      // ALTER COLUMN ... SET GENERATED: read by the caller.
    } else if (name == "sequence_name") {
      // An identity column's sequence: named by the caller.
    } else if (name == "restart") {
      // RESTART changes the current value, which is data, not schema.
    } else {
      throw ParseFailure{location(def), "sequence option " + std::string(name) + " is not supported"};
    }
  }
  const auto [low, high] = integer_range(sequence.type);
  if (min_given) sequence.min_value = min_value.value_or(sequence.increment > 0 ? 1 : low);
  else if (creating) sequence.min_value = sequence.increment > 0 ? 1 : low;
  if (max_given) sequence.max_value = max_value.value_or(sequence.increment > 0 ? high : -1);
  else if (creating) sequence.max_value = sequence.increment > 0 ? high : -1;
  if (start) sequence.start = *start;
  else if (creating) sequence.start = sequence.increment > 0 ? sequence.min_value : sequence.max_value;
  if (sequence.min_value >= sequence.max_value)
    throw ParseFailure{-1, "MINVALUE must be less than MAXVALUE for sequence " + to_string(name_for_messages)};
  if (sequence.start < sequence.min_value || sequence.start > sequence.max_value)
    throw ParseFailure{-1, "START value of sequence " + to_string(name_for_messages) + " is outside its bounds"};
}

void SchemaBuilder::create_sequence(object stmt) {
  const object relation = required_object(stmt, "sequence");
  const QualifiedName name = qualify(relation);
  require_namespace(name.schema, location(relation));
  if (relation_name_taken(name.schema, name.name)) {
    if (boolean(stmt, "if_not_exists")) return warn(location(relation), "relation \"" + to_string(name) + "\" already exists, skipping");
    throw ParseFailure{location(relation), "relation \"" + to_string(name) + "\" already exists"};
  }
  Sequence sequence;
  sequence.name = name;
  sequence.where = statement_position();
  apply_sequence_options(sequence, sequence.name, &sequence.owned_by, list(stmt, "options"), true);
  claim_relation_name(name.schema, name.name, location(relation));
  schema_.sequences.push_back(std::move(sequence));
}

void SchemaBuilder::alter_sequence(object stmt) {
  const object relation = required_object(stmt, "sequence");
  const QualifiedName name = qualify(relation);
  Sequence* sequence = find_sequence(name);
  if (!sequence) {
    if (boolean(stmt, "missing_ok")) return;
    throw ParseFailure{location(relation), "relation \"" + to_string(name) + "\" does not exist"};
  }
  apply_sequence_options(*sequence, sequence->name, &sequence->owned_by, list(stmt, "options"), false);
}

void SchemaBuilder::comment(object stmt) {
  const std::string_view kind = str(stmt, "objtype");
  std::optional<std::string> text;
  if (has(stmt, "comment") && !str(stmt, "comment").empty()) text = std::string(str(stmt, "comment"));
  const Node object_node = required_node(stmt, "object");
  auto names = [&]() { return list(object_node.fields, "items"); };

  if (kind == "OBJECT_VIEW" || kind == "OBJECT_MATVIEW") {
    const QualifiedName name = qualify_list(names());
    View* view = find_view(name);
    if (!view || view->materialized != (kind == "OBJECT_MATVIEW"))
      throw ParseFailure{-1, "relation \"" + to_string(name) + "\" does not exist"};
    view->comment = text;
    return;
  }
  if (kind == "OBJECT_TABLE" || kind == "OBJECT_INDEX" || kind == "OBJECT_SEQUENCE") {
    const QualifiedName name = qualify_list(names());
    if (kind == "OBJECT_TABLE") {
      require_table(name, -1).comment = text;
    } else if (kind == "OBJECT_SEQUENCE") {
      Sequence* sequence = find_sequence(name);
      if (!sequence) throw ParseFailure{-1, "relation \"" + to_string(name) + "\" does not exist"};
      sequence->comment = text;
    } else {
      for (Table& table : schema_.tables)
        for (Index& index : table.indexes)
          if (table.name.schema == name.schema && index.name == name.name) return void(index.comment = text);
      for (View& view : schema_.views)
        for (Index& index : view.indexes)
          if (view.name.schema == name.schema && index.name == name.name) return void(index.comment = text);
      throw ParseFailure{-1, "relation \"" + to_string(name) + "\" does not exist"};
    }
    return;
  }
  if (kind == "OBJECT_COLUMN") {
    List parts = names();
    if (parts.size() < 2 || parts.size() > 3) throw ParseFailure{-1, "column name must be qualified"};
    const std::string column(string_value(parts[parts.size() - 1]));
    const QualifiedName table = parts.size() == 2 ? qualify({}, string_value(parts[0]))
                                                  : qualify(string_value(parts[0]), string_value(parts[1]));
    Column* target = require_table(table, -1).find_column(column);
    if (!target) throw ParseFailure{-1, "column \"" + column + "\" of relation \"" + table.name + "\" does not exist"};
    target->comment = text;
    return;
  }
  if (kind == "OBJECT_SCHEMA") {
    const std::string name(str(object_node.fields, "sval"));
    auto it = std::find_if(schema_.namespaces.begin(), schema_.namespaces.end(), [&](const Namespace& n) { return n.name == name; });
    if (it == schema_.namespaces.end())
      throw ParseFailure{-1, name == "public" ? "comments on schema public are not supported" : "schema \"" + name + "\" does not exist", {}, name == "public"};
    it->comment = text;
    return;
  }
  if (kind == "OBJECT_COLLATION") {
    const QualifiedName name = qualify_list(names());
    Collation* collation = find_collation(name);
    if (!collation) throw ParseFailure{-1, "collation \"" + to_string(name) + "\" does not exist"};
    collation->comment = text;
    return;
  }
  if (kind == "OBJECT_EVENT_TRIGGER") {
    const std::string name(str(object_node.fields, "sval"));
    EventTrigger* trigger = find_event_trigger(name);
    if (!trigger) throw ParseFailure{-1, "event trigger \"" + name + "\" does not exist"};
    trigger->comment = text;
    return;
  }
  if (kind == "OBJECT_DOMCONSTRAINT") {  // names: the domain's type name, then the constraint
    const List parts = names();
    const QualifiedName domain_name = qualify_list(list(Node::of(parts[0]).fields, "names"));
    const std::string constraint(string_value(parts[1]));
    Domain* domain = find_domain(domain_name);
    if (!domain) throw ParseFailure{-1, "type \"" + to_string(domain_name) + "\" does not exist"};
    for (CheckConstraint& check : domain->checks)
      if (check.name == constraint) return void(check.comment = text);
    throw ParseFailure{-1, "constraint \"" + constraint + "\" for domain " + to_string(domain_name) + " does not exist"};
  }
  if (kind == "OBJECT_TABCONSTRAINT") {
    const auto member = table_member(names());  // not a structured binding: clang 14 cannot capture those
    const QualifiedName& table_name = member.first;
    const std::string& constraint = member.second;
    Table& table = require_table(table_name, -1);
    std::optional<std::string>* target = nullptr;
    if (table.primary_key && table.primary_key->name == constraint) target = &table.primary_key->comment;
    auto look = [&](auto& items) {
      for (auto& item : items)
        if (item.name == constraint) target = &item.comment;
    };
    look(table.uniques), look(table.checks), look(table.foreign_keys), look(table.exclusions);
    if (!target) throw ParseFailure{-1, "constraint \"" + constraint + "\" for table \"" + table_name.name + "\" does not exist"};
    *target = text;
    return;
  }
  if (kind == "OBJECT_TSDICTIONARY") {
    const QualifiedName name = qualify_list(names());
    TextSearchDictionary* dictionary = find_text_search_dictionary(name);
    if (!dictionary) throw ParseFailure{-1, "text search dictionary \"" + to_string(name) + "\" does not exist"};
    dictionary->comment = text;
    return;
  }
  if (kind == "OBJECT_TSCONFIGURATION") {
    const QualifiedName name = qualify_list(names());
    TextSearchConfiguration* config = find_text_search_configuration(name);
    if (!config) throw ParseFailure{-1, "text search configuration \"" + to_string(name) + "\" does not exist"};
    config->comment = text;
    return;
  }
  if (kind == "OBJECT_AGGREGATE") {
    aggregate_named(object_node.fields, false)->comment = text;
    return;
  }
  if (kind == "OBJECT_OPERATOR") {
    operator_named(object_node.fields, false)->comment = text;
    return;
  }
  if (kind == "OBJECT_POLICY") {
    const auto [table, name] = table_member(names());
    Policy* policy = find_policy(table, name);
    if (!policy) throw ParseFailure{-1, "policy \"" + name + "\" for table \"" + table.name + "\" does not exist"};
    policy->comment = text;
    return;
  }
  if (kind == "OBJECT_TRIGGER") {
    const auto [table, name] = table_member(names());
    Trigger* trigger = find_trigger(table, name);
    if (!trigger) throw ParseFailure{-1, "trigger \"" + name + "\" for table \"" + table.name + "\" does not exist"};
    trigger->comment = text;
    return;
  }
  if (kind == "OBJECT_FUNCTION" || kind == "OBJECT_PROCEDURE") {
    function_named(object_node.fields, false)->comment = text;
    return;
  }
  if (kind == "OBJECT_EXTENSION") {
    const std::string name(str(object_node.fields, "sval"));
    // Accepted and ignored: CREATE EXTENSION sets the comment from the
    // extension's control file, so it belongs to the extension like its types.
    if (!find_extension(name)) throw ParseFailure{-1, "extension \"" + name + "\" does not exist"};
    return;
  }
  if (kind == "OBJECT_TYPE" || kind == "OBJECT_DOMAIN") {
    const QualifiedName name = qualify_list(list(object_node.fields, "names"));
    if (EnumType* type = find_enum(name)) return void(type->comment = text);
    if (Domain* domain = find_domain(name)) return void(domain->comment = text);
    if (CompositeType* type = find_composite(name)) return void(type->comment = text);
    if (RangeType* range = find_range(name)) return void(range->comment = text);
    throw ParseFailure{-1, "type \"" + to_string(name) + "\" does not exist"};
  }
  throw ParseFailure{-1, "COMMENT ON " + std::string(kind.substr(7)) + " is not supported yet", {}, true};
}

void SchemaBuilder::set_variable(object stmt) {
  if (str(stmt, "name") != "search_path") return;  // session settings (pg_dump's SET lines) do not shape the schema
  const std::string_view kind = str(stmt, "kind");
  if (kind == "VAR_SET_DEFAULT" || kind == "VAR_RESET") {
    search_path_ = start_search_path_;
    return;
  }
  std::vector<std::string> path;
  for (element arg : list(stmt, "args")) {
    Node value = Node::of(arg);
    if (auto s = object_field(value.fields, "sval")) {
      for (auto& part : split_search_path(str(*s, "sval"))) path.push_back(part);
    }
  }
  search_path_ = std::move(path);
}

void SchemaBuilder::select_statement(object stmt) {
  // pg_dump writes: SELECT pg_catalog.set_config('search_path', '', false);
  List targets = list(stmt, "targetList");
  if (targets.size() == 1) {
    auto value = node_field(Node::of(targets[0]).fields, "val");
    if (value && value->is("FuncCall")) {
      List name = list(value->fields, "funcname");
      List args = list(value->fields, "args");
      if (name.size() >= 1 && string_value(name[name.size() - 1]) == "set_config" && args.size() >= 2) {
        auto setting = object_field(Node::of(args[0]).fields, "sval");
        auto setting_value = object_field(Node::of(args[1]).fields, "sval");
        if (setting && str(*setting, "sval") == "search_path") {
          search_path_ = split_search_path(setting_value ? str(*setting_value, "sval") : std::string_view{});
        }
        return;
      }
      // pg_dump --data writes SELECT pg_catalog.setval(...): a sequence's
      // current value is data, deliberately not compared.
      if (name.size() >= 1 && string_value(name[name.size() - 1]) == "setval") return;
    }
  }
  throw ParseFailure{-1, "SELECT statements are not part of a schema", {}, true};
}

}  // namespace schemac::pg
