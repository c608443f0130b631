#include "parser/postgres/schema_builder.hpp"

#include <algorithm>
#include <unordered_map>

#include "model/implicit_names.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/failure.hpp"

namespace schemac::pg {
namespace {

// Statement kinds the frontend does not model yet, named as a user writes them.
std::string statement_title(std::string_view tag) {
  static const std::unordered_map<std::string_view, std::string_view> titles = {
      {"ViewStmt", "CREATE VIEW"}, {"CreateFunctionStmt", "CREATE FUNCTION"},
      {"CreateTrigStmt", "CREATE TRIGGER"}, {"CreateExtensionStmt", "CREATE EXTENSION"},
      {"CreateDomainStmt", "CREATE DOMAIN"}, {"CompositeTypeStmt", "CREATE TYPE ... AS (...)"},
      {"CreateRangeStmt", "CREATE TYPE ... AS RANGE"}, {"CreateTableAsStmt", "CREATE MATERIALIZED VIEW / CREATE TABLE AS"},
      {"CreatePolicyStmt", "CREATE POLICY"}, {"GrantStmt", "GRANT/REVOKE"}, {"RenameStmt", "ALTER ... RENAME"},
      {"AlterOwnerStmt", "ALTER ... OWNER TO"}, {"DoStmt", "DO"}, {"InsertStmt", "INSERT"},
      {"UpdateStmt", "UPDATE"}, {"DeleteStmt", "DELETE"}, {"CreateRoleStmt", "CREATE ROLE"},
      {"CreateEventTrigStmt", "CREATE EVENT TRIGGER"}, {"RuleStmt", "CREATE RULE"},
      {"AlterDomainStmt", "ALTER DOMAIN"}, {"AlterFunctionStmt", "ALTER FUNCTION"},
      {"AlterObjectSchemaStmt", "ALTER ... SET SCHEMA"}, {"CreateCastStmt", "CREATE CAST"},
      {"AlterTSConfigurationStmt", "ALTER TEXT SEARCH CONFIGURATION"}, {"CreatePublicationStmt", "CREATE PUBLICATION"},
      {"AlterDefaultPrivilegesStmt", "ALTER DEFAULT PRIVILEGES"}, {"CreateStatsStmt", "CREATE STATISTICS"},
      {"CreateForeignTableStmt", "CREATE FOREIGN TABLE"}, {"CreateConversionStmt", "CREATE CONVERSION"},
      {"CreateOpClassStmt", "CREATE OPERATOR CLASS"}, {"CreateSchemaStmt", "CREATE SCHEMA"},
  };
  auto it = titles.find(tag);
  return it == titles.end() ? std::string(tag) : std::string(it->second);
}

}  // namespace

std::string table_key(const QualifiedName& name) { return name.schema + '\0' + name.name; }

std::vector<std::string> referenced_columns(element expression) {
  std::vector<std::string> columns;
  auto visit = [&](auto&& self, element e) -> void {
    if (e.is_array()) {
      const simdjson::dom::array children = e.get_array().value_unsafe();
      for (element child : children) self(self, child);
      return;
    }
    if (!e.is_object()) return;
    object o = e.get_object().value_unsafe();
    if (auto ref = o.at_key("ColumnRef"); !ref.error()) {
      const object column_ref = ref.value_unsafe().get_object().value_unsafe();
      List fields = list(column_ref, "fields");
      if (!fields.empty()) {
        Node last = Node::of(fields[fields.size() - 1]);
        if (last.is("String")) {
          std::string name(str(last.fields, "sval"));
          if (std::find(columns.begin(), columns.end(), name) == columns.end()) columns.push_back(name);
        }
      }
      return;
    }
    for (auto [key, value] : o) self(self, value);
  };
  visit(visit, expression);
  return columns;
}

SchemaBuilder::SchemaBuilder() {
  type_resolver_ = [this](std::string_view schema, std::string_view name) { return resolve_type(schema, name); };
  relation_qualifier_ = [this](std::string_view schema, std::string_view name) { return qualify(schema, name); };
  function_qualifier_ = [this](std::string_view name) { return function_schema(name); };
}

void SchemaBuilder::begin_file(const SourceFile& file, const LineIndex& lines) {
  file_ = &file;
  lines_ = &lines;
  chunk_offset_ = 0;
  search_path_ = start_search_path_;  // each file starts a new session, as psql -f would
}

void SchemaBuilder::apply(Node statement, std::int64_t statement_location) {
  statement_location_ = statement_location;
  const object stmt = statement.fields;
  const std::string_view tag = statement.tag;
  if (tag == "CreateStmt") {
    create_table(stmt);
    if (major_ >= 18 && str(required_object(stmt, "relation"), "relpersistence") != "t")
      name_not_null_constraints(qualify(required_object(stmt, "relation")));
    return;
  }
  if (tag == "ViewStmt") return create_view(stmt);
  if (tag == "CreateFunctionStmt") return create_function(stmt);
  if (tag == "CreateTrigStmt") return create_trigger(stmt);
  if (tag == "CreateEventTrigStmt") return create_event_trigger(stmt);
  if (tag == "AlterEventTrigStmt") return alter_event_trigger(stmt);
  if (tag == "DefineStmt") return define(stmt);
  if (tag == "AlterTSConfigurationStmt") return alter_text_search_configuration(stmt);
  if (tag == "AlterTSDictionaryStmt") return alter_text_search_dictionary(stmt);
  if (tag == "GrantStmt") return grant(stmt);
  if (tag == "AlterDefaultPrivilegesStmt" && !privileges_) return;  // privileges are not modelled unless asked for
  if (tag == "CreateDomainStmt") return create_domain(stmt);
  if (tag == "AlterDomainStmt") return alter_domain(stmt);
  if (tag == "CompositeTypeStmt") return create_composite(stmt);
  if (tag == "CreateRangeStmt") return create_range(stmt);
  if (tag == "CreatePolicyStmt") return create_policy(stmt);
  if (tag == "AlterPolicyStmt") return alter_policy(stmt);
  if (tag == "AlterOwnerStmt") return change_owner(stmt);
  if (tag == "CreateTableAsStmt" && str(stmt, "objtype") == "OBJECT_MATVIEW") return create_materialized_view(stmt);
  if (tag == "CreateTableAsStmt" && str(required_object(required_object(stmt, "into"), "rel"), "relpersistence") == "t")
    return void(temporary_tables_.insert(std::string(str(required_object(required_object(stmt, "into"), "rel"), "relname"))));
  if (tag == "AlterTableStmt") {
    alter_table(stmt);
    if (major_ >= 18 && has(stmt, "relation")) name_not_null_constraints(qualify(required_object(stmt, "relation")));
    return;
  }
  if (tag == "IndexStmt") return create_index(stmt);
  if (tag == "CreateSchemaStmt") return create_schema(stmt);
  if (tag == "CreateExtensionStmt") return create_extension(stmt);
  if (tag == "AlterExtensionStmt") return alter_extension(stmt);
  if (tag == "AlterObjectSchemaStmt" && str(stmt, "objectType") == "OBJECT_EXTENSION") return set_extension_schema(stmt);
  if (tag == "CreateEnumStmt") return create_enum(stmt);
  if (tag == "AlterEnumStmt") return alter_enum(stmt);
  if (tag == "RenameStmt") return rename(stmt);
  if (tag == "CreateSeqStmt") return create_sequence(stmt);
  if (tag == "AlterSeqStmt") return alter_sequence(stmt);
  if (tag == "CommentStmt") return comment(stmt);
  if (tag == "DropStmt") return drop(stmt);
  if (tag == "VariableSetStmt") return set_variable(stmt);
  if (tag == "SelectStmt") return select_statement(stmt);
  if (tag == "TransactionStmt") return;  // BEGIN/COMMIT in migration files: no schema effect
  // Rows are data: seed rows in a schema file are skipped on purpose, and said so.
  if (tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt")
    return warn(-1, statement_title(tag) + " ignored: schemac compares schemas, not the rows in them");
  throw ParseFailure{-1, statement_title(tag) + " is not supported yet",
                     "pass --skip-unsupported to skip such statements with a warning", true};
}

void SchemaBuilder::require_major(int since, const std::string& feature, const std::string& object, std::int64_t location) const {
  if (major_ >= since || !major_named_) return;
  throw ParseFailure{location, object + " uses " + feature + ", which PostgreSQL " + std::to_string(since) +
                                   " added; the migration is for PostgreSQL " + std::to_string(major_),
                     "against a database its server's version counts; offline, --pg-version says which"};
}

QualifiedName SchemaBuilder::qualify(object range_var) const {
  return qualify(str(range_var, "schemaname"), str(range_var, "relname"));
}

QualifiedName SchemaBuilder::qualify(std::string_view schema, std::string_view name) const {
  if (!schema.empty()) return QualifiedName{std::string(schema), std::string(name)};
  // Unqualified names go to the first schema of the search_path that exists.
  for (const auto& candidate : search_path_)
    if (namespace_exists(candidate)) return QualifiedName{candidate, std::string(name)};
  throw ParseFailure{-1, "no schema has been selected to create in (search_path is empty) for \"" + std::string(name) + "\""};
}

std::pair<QualifiedName, std::string> SchemaBuilder::table_member(List names) const {
  if (names.size() < 2 || names.size() > 3) throw ParseFailure{-1, "improper name: expected [schema.]table.name"};
  const std::string member(string_value(names[names.size() - 1]));
  const QualifiedName table = names.size() == 2 ? qualify({}, string_value(names[0]))
                                                : qualify(string_value(names[0]), string_value(names[1]));
  return {table, member};
}

QualifiedName SchemaBuilder::qualify_list(List names) const {
  if (names.size() == 1) return qualify({}, string_value(names[0]));
  if (names.size() == 2) return qualify(string_value(names[0]), string_value(names[1]));
  throw ParseFailure{-1, "improper qualified name (too many dotted names)"};
}

Table* SchemaBuilder::find_table(const QualifiedName& name) {
  auto it = table_by_name_.find(table_key(name));
  return it == table_by_name_.end() ? nullptr : &schema_.tables[it->second];
}

Table& SchemaBuilder::require_table(const QualifiedName& name, std::int64_t location) {
  if (Table* table = find_table(name)) return *table;
  throw ParseFailure{location, "relation \"" + to_string(name) + "\" does not exist", {}, false, to_string(name)};
}

void SchemaBuilder::note_skipped(Node statement) {
  if (statement.is("CreateExtensionStmt")) skipped_an_extension_ = true;
  std::optional<QualifiedName> defined;
  try {
    const object s = statement.fields;
    if (auto relation = object_field(s, statement.is("ViewStmt") ? "view" : statement.is("CompositeTypeStmt") ? "typevar" : "relation");
        relation && !statement.is("IndexStmt") && !statement.is("AlterTableStmt")) {
      defined = qualify(*relation);
    } else if (auto into = object_field(s, "into")) {
      if (auto rel = object_field(*into, "rel")) defined = qualify(*rel);
    } else if (has(s, "domainname")) {
      defined = qualify_list(list(s, "domainname"));
    } else if (statement.is("CreateRangeStmt") || statement.is("CreateEnumStmt")) {
      defined = qualify_list(list(s, "typeName"));
    }
  } catch (const ParseFailure&) {
    return;  // no schema to qualify with: nothing to remember
  }
  if (defined) note_skipped(*defined);
}

void SchemaBuilder::note_skipped(const QualifiedName& object) {
  skipped_objects_.insert(to_string(object));
  skipped_objects_.insert(object.name);
}

EnumType* SchemaBuilder::find_enum(const QualifiedName& name) {
  auto it = std::find_if(schema_.enums.begin(), schema_.enums.end(), [&](const EnumType& e) { return e.name == name; });
  return it == schema_.enums.end() ? nullptr : &*it;
}

// Sequences are looked up once per OWNED BY and DROP: an index keeps that
// linear. It follows appends as they come; anything else (an erase moves
// entries) is noticed by the check and answered by reindexing.
Sequence* SchemaBuilder::find_sequence(const QualifiedName& name) {
  auto& sequences = schema_.sequences;
  auto lookup = [&]() -> Sequence* {
    auto it = sequence_index_.find(table_key(name));
    if (it == sequence_index_.end() || it->second >= sequences.size() || sequences[it->second].name != name) return nullptr;
    return &sequences[it->second];
  };
  if (sequences_indexed_ > sequences.size()) sequence_index_.clear(), sequences_indexed_ = 0;
  for (; sequences_indexed_ < sequences.size(); ++sequences_indexed_)
    sequence_index_[table_key(sequences[sequences_indexed_].name)] = sequences_indexed_;
  if (Sequence* found = lookup()) return found;
  sequence_index_.clear();  // missing, or moved by an erase: make sure
  for (sequences_indexed_ = 0; sequences_indexed_ < sequences.size(); ++sequences_indexed_)
    sequence_index_[table_key(sequences[sequences_indexed_].name)] = sequences_indexed_;
  return lookup();
}

bool SchemaBuilder::namespace_exists(std::string_view name) const {
  return name == "public" || std::any_of(schema_.namespaces.begin(), schema_.namespaces.end(),
                                         [&](const Namespace& n) { return n.name == name; });
}

void SchemaBuilder::start_search_path(std::vector<std::string> path) {
  start_search_path_ = std::move(path);
  search_path_ = start_search_path_;
  for (const std::string& schema : start_search_path_)
    if (!namespace_exists(schema) && schema != "pg_catalog" && schema != "$user") add_external_namespace(schema, -1, false);
}

void SchemaBuilder::require_namespace(std::string_view name, std::int64_t location) {
  if (!namespace_exists(name)) add_external_namespace(name, location, true);
}

void SchemaBuilder::add_external_namespace(std::string_view name, std::int64_t location, bool warn_about_it) {
  if (name == "pg_catalog" || name == "information_schema" || name.starts_with("pg_"))
    throw ParseFailure{location, "cannot create objects in system schema \"" + std::string(name) + "\""};
  Namespace external{std::string(name), std::nullopt, position(location)};
  external.external = true;
  schema_.namespaces.push_back(std::move(external));
  if (warn_about_it)
    warn(location, "schema \"" + std::string(name) + "\" is not created in these files: presumed to exist already, "
                   "so the migration neither creates nor drops it (add CREATE SCHEMA " + std::string(name) + "; to manage it)");
}

std::optional<QualifiedName> SchemaBuilder::resolve_type(std::string_view schema, std::string_view name) const {
  // Every table and view is also a row type.
  auto exists = [&](const QualifiedName& q) {
    return std::any_of(schema_.enums.begin(), schema_.enums.end(), [&](const EnumType& e) { return e.name == q; }) ||
           table_by_name_.contains(table_key(q)) || expected_tables_.contains(q) ||
           std::any_of(schema_.domains.begin(), schema_.domains.end(), [&](const Domain& d) { return d.name == q; }) ||
           std::any_of(schema_.composite_types.begin(), schema_.composite_types.end(), [&](const CompositeType& t) { return t.name == q; }) ||
           std::any_of(schema_.range_types.begin(), schema_.range_types.end(),
                       [&](const RangeType& r) { return r.name == q || QualifiedName{r.name.schema, r.multirange} == q; }) ||
           std::any_of(schema_.views.begin(), schema_.views.end(), [&](const View& v) { return v.name == q; });
  };
  // Types extensions define are not modelled: a type no one else defines is
  // presumed to be an extension's when one lives in the schema searched.
  if (!schema.empty()) {
    QualifiedName q{std::string(schema), std::string(name)};
    return exists(q) || extension_in(schema) ? std::optional(q) : std::nullopt;
  }
  for (const auto& candidate : search_path_) {
    QualifiedName q{candidate, std::string(name)};
    if (exists(q)) return q;
  }
  for (const auto& candidate : search_path_)
    if (extension_in(candidate)) return QualifiedName{candidate, std::string(name)};
  return std::nullopt;
}

bool SchemaBuilder::extension_in(std::string_view schema) const {
  return std::any_of(schema_.extensions.begin(), schema_.extensions.end(), [&](const Extension& e) { return e.schema == schema; });
}

std::string SchemaBuilder::type_of(object type_name) const { return canonical_type(type_name, type_resolver_); }

Expr SchemaBuilder::expression(element node) const {
  return write_expression(node, ExpressionContext{type_resolver_, relation_qualifier_, function_qualifier_,
                                                  std::string_view(file_->text).substr(chunk_offset_)});
}

SourceRange SchemaBuilder::position(std::int64_t location) const {
  if (!lines_) return {};
  return lines_->position(location >= 0 ? chunk_offset_ + static_cast<std::size_t>(location)
                                        : static_cast<std::size_t>(statement_location_));
}

SourceRange SchemaBuilder::statement_position() const {
  if (!lines_) return {};
  return lines_->position(static_cast<std::size_t>(statement_location_));
}

bool SchemaBuilder::relation_name_taken(const std::string& schema, const std::string& name) const {
  auto it = relation_names_.find(schema);
  return it != relation_names_.end() && it->second.contains(name);
}

void SchemaBuilder::claim_relation_name(const std::string& schema, const std::string& name, std::int64_t location) {
  if (!relation_names_[schema].insert(name).second)
    throw ParseFailure{location, "relation \"" + schema + "." + name + "\" already exists"};
}

void SchemaBuilder::release_relation_name(const std::string& schema, const std::string& name) {
  relation_names_[schema].erase(name);
}

std::string SchemaBuilder::choose_relation_name(const QualifiedName& table, const std::string& addition,
                                                const std::string& label) {
  std::string name = choose_object_name(table.name, addition, label, [&](const std::string& candidate) {
    return relation_name_taken(table.schema, candidate);
  });
  return name;
}

std::string SchemaBuilder::choose_constraint_name(const Table& table, const std::string& addition,
                                                  const std::string& label) {
  const auto& taken = constraint_names_[table.name.schema];
  return choose_object_name(table.name.name, addition, label,
                            [&](const std::string& candidate) { return taken.contains(candidate); });
}

void SchemaBuilder::claim_constraint_name(const Table& table, const std::string& name, std::int64_t location) {
  auto same_name = [&](const auto& c) { return c.name == name; };
  const bool on_table = (table.primary_key && table.primary_key->name == name) ||
                        std::any_of(table.uniques.begin(), table.uniques.end(), same_name) ||
                        std::any_of(table.checks.begin(), table.checks.end(), same_name) ||
                        std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), same_name);
  if (on_table)
    throw ParseFailure{location, "constraint \"" + name + "\" for relation \"" + table.name.name + "\" already exists"};
  constraint_names_[table.name.schema].insert(name);
}

void SchemaBuilder::release_constraint_name(const Table& table, const std::string& name) {
  constraint_names_[table.name.schema].erase(name);
}

void SchemaBuilder::reindex_tables() {
  table_by_name_.clear();
  for (std::size_t i = 0; i < schema_.tables.size(); ++i) table_by_name_[table_key(schema_.tables[i].name)] = i;
}

void SchemaBuilder::warn(std::int64_t location, std::string message) {
  if (!lines_) return warnings_.push_back(Diagnostic{{}, std::move(message), {}, {}});
  warnings_.push_back(lines_->diagnose(location >= 0 ? chunk_offset_ + static_cast<std::size_t>(location)
                                                    : static_cast<std::size_t>(statement_location_),
                                       std::move(message)));
}

std::vector<Diagnostic> SchemaBuilder::finish() {
  std::vector<Diagnostic> problems;
  settle_privileges();
  for (Table& table : schema_.tables) {
    for (ForeignKey& fk : table.foreign_keys) {
      Table* target = find_table(fk.ref_table);
      auto fail = [&](std::string message) { problems.push_back(Diagnostic{fk.where, std::move(message), {}, {}}); };
      if (!target) {
        if (was_skipped(to_string(fk.ref_table))) continue;  // dropped below, with a warning
        fail("foreign key " + fk.name + " references missing table \"" + to_string(fk.ref_table) + "\"");
        continue;
      }
      if (fk.ref_columns.empty()) {
        if (!target->primary_key) {
          fail("there is no primary key for referenced table \"" + to_string(fk.ref_table) + "\"");
          continue;
        }
        fk.ref_columns = target->primary_key->columns;
      }
      for (const auto& column : fk.ref_columns)
        if (!target->find_column(column))
          fail("column \"" + column + "\" referenced in foreign key " + fk.name + " does not exist in " +
               to_string(fk.ref_table));
      if (fk.ref_columns.size() != fk.columns.size())
        fail("number of referencing and referenced columns for foreign key " + fk.name + " disagree");
    }
  }
  for (Table& table : schema_.tables) {
    std::erase_if(table.foreign_keys, [&](const ForeignKey& fk) {
      if (find_table(fk.ref_table) || !was_skipped(to_string(fk.ref_table))) return false;
      warnings_.push_back(Diagnostic{fk.where, "foreign key " + fk.name + " skipped: it references the skipped table " +
                                                   to_string(fk.ref_table), {}, {}});
      return true;
    });
  }
  for (const Sequence& sequence : schema_.sequences) {
    if (!sequence.owned_by) continue;
    const Table* owner = find_table(sequence.owned_by->table);
    if (!owner || !owner->find_column(sequence.owned_by->column))
      problems.push_back(Diagnostic{sequence.where, "sequence " + to_string(sequence.name) + " is owned by missing column " +
                                                        to_string(sequence.owned_by->table) + "." + sequence.owned_by->column,
                                    {}, {}});
  }
  return problems;
}

}  // namespace schemac::pg
