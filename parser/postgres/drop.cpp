// DROP TABLE / INDEX / TYPE / SEQUENCE / SCHEMA, with PostgreSQL's
// dependency rules: what others depend on needs CASCADE.
#include <algorithm>
#include <set>
#include <tuple>

#include "parser/postgres/failure.hpp"
#include "parser/postgres/quote.hpp"
#include "parser/postgres/schema_builder.hpp"

namespace schemac::pg {
namespace {

std::string column_type_base(const std::string& type) {
  return type.ends_with("[]") ? type.substr(0, type.size() - 2) : type;
}

}  // namespace

// Privileges and owners go with what a DROP removes, as in PostgreSQL: an
// object made again under the name starts with none. (Those the schema holds
// on objects it does not define stay.)
void SchemaBuilder::drop(object stmt) {
  using Key = std::tuple<Privilege::On, QualifiedName, std::string>;
  std::set<Key> existed;
  auto note = [&](const auto& grants) {
    for (const auto& g : grants)
      if (grantee_object_exists(g.on, g.object, g.signature)) existed.insert({g.on, g.object, g.signature});
  };
  note(schema_.privileges);
  note(schema_.owners);
  drop_objects(stmt);
  auto dropped = [&](const auto& g) { return existed.contains({g.on, g.object, g.signature}) && !grantee_object_exists(g.on, g.object, g.signature); };
  std::erase_if(schema_.privileges, dropped);
  std::erase_if(schema_.owners, dropped);
}

bool SchemaBuilder::grantee_object_exists(Privilege::On on, const QualifiedName& object, const std::string& signature) {
  switch (on) {
    case Privilege::On::Table: return find_table(object) || find_view(object);
    case Privilege::On::Sequence: return find_sequence(object) != nullptr;
    case Privilege::On::Function:
    case Privilege::On::Procedure: return find_function(object, signature) != nullptr;
    case Privilege::On::Schema:
    case Privilege::On::Type: return true;  // not followed: schemas and types keep theirs here
  }
  return true;
}

void SchemaBuilder::drop_objects(object stmt) {
  const std::string_view kind = str(stmt, "removeType");
  const bool cascade = str(stmt, "behavior") == "DROP_CASCADE";
  const bool missing_ok = boolean(stmt, "missing_ok");
  auto skip_missing = [&](const std::string& what) {
    if (!missing_ok) throw ParseFailure{-1, what + " does not exist"};
    warn(-1, what + " does not exist, skipping");
  };

  static constexpr std::string_view kSupported[] = {"OBJECT_SCHEMA", "OBJECT_TYPE", "OBJECT_TABLE", "OBJECT_INDEX",
                                                    "OBJECT_SEQUENCE", "OBJECT_EXTENSION", "OBJECT_VIEW",
                                                    "OBJECT_MATVIEW", "OBJECT_FUNCTION", "OBJECT_PROCEDURE",
                                                    "OBJECT_ROUTINE", "OBJECT_TRIGGER", "OBJECT_POLICY",
                                                    "OBJECT_COLLATION", "OBJECT_OPERATOR", "OBJECT_DOMAIN",
                                                    "OBJECT_AGGREGATE", "OBJECT_TSDICTIONARY", "OBJECT_TSCONFIGURATION",
                                                    "OBJECT_EVENT_TRIGGER"};
  if (std::find(std::begin(kSupported), std::end(kSupported), kind) == std::end(kSupported))
    throw ParseFailure{-1, "DROP " + std::string(kind.substr(7)) + " is not supported yet", {}, true};
  for (element object_node : list(stmt, "objects")) {
    const Node target = Node::of(object_node);
    if (kind == "OBJECT_FUNCTION" || kind == "OBJECT_PROCEDURE" || kind == "OBJECT_ROUTINE") {
      drop_function(target.fields, missing_ok);
      continue;
    }
    if (kind == "OBJECT_AGGREGATE") {
      if (const Aggregate* aggregate = aggregate_named(target.fields, missing_ok)) {
        forget_routine(aggregate->name);
        std::erase_if(schema_.aggregates, [&](const Aggregate& a) { return &a == aggregate; });
      } else {
        warn(-1, "aggregate does not exist, skipping");
      }
      continue;
    }
    if (kind == "OBJECT_OPERATOR") {
      if (const Operator* op = operator_named(target.fields, missing_ok)) {
        std::erase_if(schema_.operators, [&](const Operator& o) { return &o == op; });
      } else {
        warn(-1, "operator does not exist, skipping");
      }
      continue;
    }
    if (kind == "OBJECT_COLLATION") {
      const QualifiedName name = qualify_list(list(target.fields, "items"));
      if (!find_collation(name)) {
        skip_missing("collation \"" + to_string(name) + "\"");
        continue;
      }
      std::erase_if(schema_.collations, [&](const Collation& c) { return c.name == name; });
      continue;
    }
    if (kind == "OBJECT_EVENT_TRIGGER") {
      const std::string name(str(target.fields, "sval"));
      if (!find_event_trigger(name)) {
        skip_missing("event trigger \"" + name + "\"");
        continue;
      }
      std::erase_if(schema_.event_triggers, [&](const EventTrigger& e) { return e.name == name; });
      continue;
    }
    if (kind == "OBJECT_TSCONFIGURATION") {
      const QualifiedName name = qualify_list(list(target.fields, "items"));
      if (!find_text_search_configuration(name)) {
        skip_missing("text search configuration \"" + to_string(name) + "\"");
        continue;
      }
      std::erase_if(schema_.text_search_configurations, [&](const TextSearchConfiguration& c) { return c.name == name; });
      continue;
    }
    if (kind == "OBJECT_TSDICTIONARY") {
      const QualifiedName name = qualify_list(list(target.fields, "items"));
      if (!find_text_search_dictionary(name)) {
        skip_missing("text search dictionary \"" + to_string(name) + "\"");
        continue;
      }
      // A configuration depends on the dictionaries it maps to: CASCADE drops it whole.
      const auto uses = [&](const TextSearchConfiguration& config) {
        return std::any_of(config.mappings.begin(), config.mappings.end(), [&](const auto& mapping) {
          return std::find(mapping.second.begin(), mapping.second.end(), name) != mapping.second.end();
        });
      };
      auto& configs = schema_.text_search_configurations;
      if (auto user = std::find_if(configs.begin(), configs.end(), uses); user != configs.end() && !cascade)
        throw ParseFailure{-1, "cannot drop text search dictionary " + to_string(name) + " because text search configuration " +
                                   to_string(user->name) + " depends on it",
                           "use DROP ... CASCADE"};
      std::erase_if(configs, uses);
      std::erase_if(schema_.text_search_dictionaries, [&](const TextSearchDictionary& d) { return d.name == name; });
      continue;
    }
    if (kind == "OBJECT_POLICY") {
      drop_policy(list(target.fields, "items"), missing_ok);
      continue;
    }
    if (kind == "OBJECT_TRIGGER") {
      drop_trigger(list(target.fields, "items"), missing_ok);
      continue;
    }
    if (kind == "OBJECT_EXTENSION") {
      drop_extension(std::string(str(target.fields, "sval")), missing_ok);
      continue;
    }
    if (kind == "OBJECT_SCHEMA") {
      const std::string name(str(target.fields, "sval"));
      auto it = std::find_if(schema_.namespaces.begin(), schema_.namespaces.end(), [&](const Namespace& n) { return n.name == name; });
      if (it == schema_.namespaces.end()) {
        skip_missing("schema \"" + name + "\"");
        continue;
      }
      const auto in_schema = [&](const auto& object) { return object.name.schema == name; };
      const auto on_table_in_schema = [&](const auto& object) { return object.table.schema == name; };
      const auto contents = [&](auto&& each) {
        each(schema_.tables), each(schema_.enums), each(schema_.sequences), each(schema_.views), each(schema_.functions),
            each(schema_.collations), each(schema_.domains), each(schema_.composite_types), each(schema_.range_types),
            each(schema_.operators), each(schema_.aggregates), each(schema_.text_search_dictionaries),
            each(schema_.text_search_configurations);
      };
      bool empty = true;
      contents([&](const auto& objects) { empty = empty && std::none_of(objects.begin(), objects.end(), in_schema); });
      if (!empty && !cascade)
        throw ParseFailure{-1, "cannot drop schema " + name + " because other objects depend on it", "use DROP SCHEMA ... CASCADE"};
      for (const Function& function : schema_.functions)
        if (in_schema(function)) forget_routine(function.name);
      for (const Aggregate& aggregate : schema_.aggregates)
        if (in_schema(aggregate)) forget_routine(aggregate.name);
      contents([&](auto& objects) { std::erase_if(objects, in_schema); });
      std::erase_if(schema_.triggers, on_table_in_schema);
      std::erase_if(schema_.policies, on_table_in_schema);
      for (Table& table : schema_.tables)
        std::erase_if(table.foreign_keys, [&](const ForeignKey& fk) { return fk.ref_table.schema == name; });
      relation_names_.erase(name);
      constraint_names_.erase(name);
      schema_.namespaces.erase(it);
      reindex_tables();
      continue;
    }
    if (kind == "OBJECT_TYPE" || kind == "OBJECT_DOMAIN") {
      const QualifiedName name = qualify_list(list(target.fields, "names"));
      // Domains and composite types: columns of them go with them (CASCADE) or stop the drop.
      if (find_domain(name) || find_composite(name) || find_range(name)) {
        const std::string type_text = quote_qualified(name);
        for (Table& table : schema_.tables) {
          std::vector<std::string> doomed;
          for (const Column& column : table.columns)
            if (column_type_base(column.type) == type_text) doomed.push_back(column.name);
          if (!doomed.empty() && !cascade)
            throw ParseFailure{-1, "cannot drop type " + to_string(name) + " because column " + table.name.name + "." + doomed[0] +
                                       " depends on it",
                               "use DROP ... CASCADE"};
          for (const auto& column : doomed) drop_column(table, column, true);
        }
        if (const Domain* domain = find_domain(name))
          for (const CheckConstraint& check : domain->checks) constraint_names_[name.schema].erase(check.name);
        std::erase_if(schema_.domains, [&](const Domain& d) { return d.name == name; });
        std::erase_if(schema_.composite_types, [&](const CompositeType& t) { return t.name == name; });
        std::erase_if(schema_.range_types, [&](const RangeType& r) { return r.name == name; });
        continue;
      }
      auto it = std::find_if(schema_.enums.begin(), schema_.enums.end(), [&](const EnumType& e) { return e.name == name; });
      if (it == schema_.enums.end()) {
        skip_missing("type \"" + to_string(name) + "\"");
        continue;
      }
      const std::string type_text = quote_qualified(name);
      for (Table& table : schema_.tables) {
        for (const Column& column : table.columns) {
          if (column_type_base(column.type) != type_text) continue;
          if (!cascade)
            throw ParseFailure{-1, "cannot drop type " + to_string(name) + " because column " + table.name.name + "." +
                                       column.name + " depends on it",
                               "use DROP TYPE ... CASCADE"};
        }
      }
      if (cascade) {
        for (Table& table : schema_.tables) {
          std::vector<std::string> doomed;
          for (const Column& column : table.columns)
            if (column_type_base(column.type) == type_text) doomed.push_back(column.name);
          for (const auto& column : doomed) drop_column(table, column, true);
        }
      }
      schema_.enums.erase(std::find_if(schema_.enums.begin(), schema_.enums.end(), [&](const EnumType& e) { return e.name == name; }));
      continue;
    }

    const QualifiedName name = qualify_list(list(target.fields, "items"));
    if (kind == "OBJECT_VIEW" || kind == "OBJECT_MATVIEW") {
      const bool materialized = kind == "OBJECT_MATVIEW";
      View* view = find_view(name);
      if (!view || view->materialized != materialized) {
        skip_missing(std::string(materialized ? "materialized view" : "view") + " \"" + to_string(name) + "\"");
        continue;
      }
      drop_dependent_views(name, cascade);
      view = find_view(name);
      for (const Index& index : view->indexes) release_relation_name(name.schema, index.name);
      release_relation_name(name.schema, name.name);
      std::erase_if(schema_.views, [&](const View& v) { return v.name == name; });
      continue;
    }
    if (kind == "OBJECT_TABLE") {
      Table* table = find_table(name);
      if (!table && drops_temporary_table(list(target.fields, "items"))) continue;
      if (!table) {
        skip_missing("table \"" + to_string(name) + "\"");
        continue;
      }
      drop_table(name, cascade);
      continue;
    }
    if (kind == "OBJECT_INDEX") {
      bool found = false;
      for (Table& table : schema_.tables) {
        if (table.name.schema != name.schema) continue;
        auto it = std::find_if(table.indexes.begin(), table.indexes.end(), [&](const Index& i) { return i.name == name.name; });
        if (it == table.indexes.end()) {
          const bool backs_constraint =
              (table.primary_key && table.primary_key->name == name.name) ||
              std::any_of(table.uniques.begin(), table.uniques.end(), [&](const UniqueConstraint& u) { return u.name == name.name; });
          if (backs_constraint)
            throw ParseFailure{-1, "cannot drop index " + to_string(name) + " because constraint " + name.name + " on table " +
                                       to_string(table.name) + " requires it",
                               "drop the constraint with ALTER TABLE ... DROP CONSTRAINT"};
          continue;
        }
        table.indexes.erase(it);
        release_relation_name(name.schema, name.name);
        found = true;
        break;
      }
      for (View& view : schema_.views) {
        if (found || view.name.schema != name.schema) continue;
        found = std::erase_if(view.indexes, [&](const Index& i) { return i.name == name.name; }) > 0;
        if (found) release_relation_name(name.schema, name.name);
      }
      if (!found) skip_missing("index \"" + to_string(name) + "\"");
      continue;
    }
    if (kind == "OBJECT_SEQUENCE") {
      auto it = std::find_if(schema_.sequences.begin(), schema_.sequences.end(), [&](const Sequence& s) { return s.name == name; });
      if (it == schema_.sequences.end()) {
        skip_missing("sequence \"" + to_string(name) + "\"");
        continue;
      }
      const std::string nextval = "nextval(" + quote_literal(quote_qualified(name)) + "::regclass)";
      for (Table& table : schema_.tables) {
        for (Column& column : table.columns) {
          if (!column.default_value || column.default_value->text != nextval) continue;
          if (!cascade)
            throw ParseFailure{-1, "cannot drop sequence " + to_string(name) + " because default value for column " +
                                       column.name + " of table " + to_string(table.name) + " depends on it",
                               "use DROP SEQUENCE ... CASCADE"};
          column.default_value.reset();
        }
      }
      schema_.sequences.erase(it);
      release_relation_name(name.schema, name.name);
      continue;
    }
    throw ParseFailure{-1, "DROP " + std::string(kind.substr(7)) + " is not supported yet", {}, true};
  }
  // Triggers go with the table or view they are on.
  std::erase_if(schema_.triggers, [&](const Trigger& t) { return !find_table(t.table) && !find_view(t.table); });
  std::erase_if(schema_.policies, [&](const Policy& p) { return !find_table(p.table); });
}


// Partitions go with their table; inheritance children need CASCADE.
void SchemaBuilder::drop_table(const QualifiedName& name, bool cascade) {
  std::vector<QualifiedName> children;
  for (const Table& other : schema_.tables) {
    const bool inherits = std::find(other.inherits.begin(), other.inherits.end(), name) != other.inherits.end();
    if (inherits && !cascade)
      throw ParseFailure{-1, "cannot drop table " + to_string(name) + " because table " + to_string(other.name) + " inherits from it",
                         "use DROP TABLE ... CASCADE"};
    if (inherits || other.partition_of == name) children.push_back(other.name);
  }
  for (const QualifiedName& child : children) drop_table(child, cascade);
  drop_dependent_views(name, cascade);
  Table* table = find_table(name);
  for (Table& other : schema_.tables) {
    if (&other == table) continue;
    for (auto it = other.foreign_keys.begin(); it != other.foreign_keys.end();) {
      if (it->ref_table != name) {
        ++it;
        continue;
      }
      if (!cascade)
        throw ParseFailure{-1, "cannot drop table " + to_string(name) + " because constraint " + it->name + " on table " +
                                   to_string(other.name) + " depends on it",
                           "use DROP TABLE ... CASCADE"};
      release_constraint_name(other, it->name);
      it = other.foreign_keys.erase(it);
    }
  }
  // Dropping every column releases the table's indexes, constraints and owned sequences.
  std::vector<std::string> columns;
  for (const Column& column : table->columns) columns.push_back(column.name);
  for (const auto& column : columns) drop_column(*table, column, true);
  for (const Index& index : table->indexes) release_relation_name(name.schema, index.name);
  for (const CheckConstraint& check : table->checks) release_constraint_name(*table, check.name);
  release_relation_name(name.schema, name.name);
  std::erase_if(schema_.tables, [&](const Table& t) { return t.name == name; });
  reindex_tables();
}

// A temporary table (CREATE TEMPORARY TABLE ... AS, as schemac's own
// migrations hold rows in) is the session's, not the schema's: dropping it
// changes nothing here.
bool SchemaBuilder::drops_temporary_table(List items) {
  std::vector<std::string> parts;
  for (element item : items) parts.emplace_back(str(Node::of(item).fields, "sval"));
  if (parts.empty() || parts.size() > 2 || (parts.size() == 2 && parts[0] != "pg_temp")) return false;
  return temporary_tables_.erase(parts.back()) > 0;
}

}  // namespace schemac::pg
