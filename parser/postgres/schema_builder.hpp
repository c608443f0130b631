#pragma once
// Applies parsed statements, one at a time, to a Schema under construction.
// Internal to the PostgreSQL frontend; one file per statement family.
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/schema.hpp"
#include "model/source_file.hpp"
#include "parser/postgres/expressions.hpp"
#include "parser/postgres/parse_tree.hpp"
#include "parser/postgres/type_names.hpp"

namespace schemac::pg {

using NameParts = std::vector<std::string>;

// The column name PostgreSQL gives an index key (IndexElem): its column, or
// a name figured from its expression, else "expr".
std::string index_column_name(object index_elem);  // a possibly qualified name: {schema, name} or {name}

// Where a column stands among its table's elements: the next one's start
// bounds its trailing comment; CREATE TABLE has checked its name already.
struct ColumnPlace {
  std::int64_t next_element = -1;
  bool name_is_new = false;
};

class SchemaBuilder {
 public:
  SchemaBuilder();

  // The text of the statement about to be applied (for statements kept as text).
  void begin_statement(std::string_view text) { statement_text_ = text, statistics_read_ = 0; }
  // Where the statements being applied come from, for positions in the IR.
  void begin_file(const SourceFile& file, const LineIndex& lines);
  // Node locations in the statements that follow are relative to `offset`.
  void begin_chunk(std::size_t offset) { chunk_offset_ = offset; }
  // The file is gone: nothing may point into it any more.
  void end_file() { file_ = nullptr, lines_ = nullptr; }
  // GRANT / REVOKE build the schema's privileges (--privileges); otherwise they are ignored.
  void model_privileges(bool on) {
    privileges_ = on;
    reset_privileges(Privilege::On::Schema, {"", "public"}, {});
  }
  // ALTER ... OWNER TO builds the schema's owners (--owners); otherwise it is ignored.
  void model_owners(bool on) { owners_ = on; }
  // The PostgreSQL major the schema is for (ParseOptions::major).
  // 0: none named - 15's rules, and what a newer major added is accepted.
  void target_major(int major) {
    major_ = major ? major : 15;
    major_named_ = major != 0;
  }
  // Refuses what `object` uses when the migration is for a major older than `since`.
  void require_major(int since, const std::string& feature, const std::string& object, std::int64_t location) const;
  // The search_path each file starts with (the target role's, --search-path);
  // its schemas other than public are presumed to exist (external).
  void start_search_path(std::vector<std::string> path);
  // Throws ParseFailure for statements it cannot apply.
  void apply(Node statement, std::int64_t statement_location);
  // A statement was skipped (--skip-unsupported): what it defines is
  // remembered, so statements that use it are skipped too instead of failing.
  void note_skipped(Node statement);
  bool was_skipped(const std::string& object) const { return !object.empty() && skipped_objects_.contains(object); }
  // A skipped CREATE EXTENSION may define any type: unknown types are then presumed to be its.
  bool skipped_an_extension() const { return skipped_an_extension_; }
  void note_skipped(const QualifiedName& object);

  // A table built outside the statement loop (from catalog rows), every name explicit.
  void add_table(Table table);
  // Tables an inspector will add once their columns are canonical: their row types exist meanwhile.
  void expect_tables(std::vector<QualifiedName> names) { expected_tables_.insert(names.begin(), names.end()); }
  // Server text pieces in canonical form (see Session::canonicalize).
  std::string type_of(object type_name) const;
  Expr expression(element node) const;
  std::string partition_key(object partspec) const;  // "RANGE (created_at)"
  // A collation name: one the schema creates is qualified (found through the
  // search_path); the server's own are written bare.
  std::string collation_name(List parts) const;
  std::string partition_bound(object bound) const;   // "FOR VALUES IN (1, 2)", "DEFAULT"

  // Resolves references that may point forward (foreign keys) and checks them.
  // Returns the problems found; the schema is complete afterwards.
  std::vector<Diagnostic> finish();
  Schema take() { return std::move(schema_); }
  std::vector<Diagnostic> take_warnings() { return std::move(warnings_); }

 private:
  // statements (tables.cpp)
  void create_table(object stmt);
  // PostgreSQL 18's NOT NULL constraint names (not_null_names.cpp): given to
  // the NOT NULL columns of `table` and of the tables inheriting from it
  // that have none yet; taken from columns no longer NOT NULL.
  void name_not_null_constraints(const QualifiedName& table);
  std::string handed_down_not_null_name(const Table& table, const std::string& column);
  // ALTER TABLE ... RENAME CONSTRAINT on a NOT NULL constraint; false: none is named `from`.
  bool rename_not_null_constraint(Table& table, const std::string& from, const std::string& to);
  void add_column(Table& table, object column_def, ColumnPlace place = {});
  void check_column_count(const Table& table, std::int64_t location);
  void add_table_constraint(Table& table, object constraint);
  void apply_column_constraints(Table& table, Column& column, List constraints);
  void add_identity(Table& table, Column& column, object constraint);
  // partitions.cpp
  void inherit_columns(Table& child, bool creating = false);
  void check_fits_parent(const Table& child, const Table& parent, bool partition) const;
  void note_parents(const Table& child);  // for pass_down_columns
  // statements (alter_table.cpp)
  void alter_table(object stmt);
  void alter_table_command(Table& table, object command);
  void drop_column(Table& table, const std::string& column, bool cascade);
  void drop_table(const QualifiedName& name, bool cascade);
  bool drops_temporary_table(List items);
  void alter_index(const QualifiedName& name, List commands);
  void pass_down_columns(const QualifiedName& parent);
  void leave_parent(Table& child, const Table& parent);
  bool descends_from(const QualifiedName& table, const QualifiedName& ancestor);
  int statistics_target(object integer_node);
  void drop_constraint(Table& table, const std::string& name, bool missing_ok);
  // statements (indexes.cpp)
  void create_index(object stmt);
  IndexKey index_key(object elem, const QualifiedName& relation, const Table* table, std::int64_t loc,
                     std::vector<std::string>& read_columns) const;
  void add_exclusion(Table& table, object constraint, const std::string& given_name);
  void add_constraint_using_index(Table& table, object constraint, std::string name);
  Index build_index(const QualifiedName& relation, const Table* table, object stmt);
  // statements (functions.cpp)
  void create_function(object stmt);
  Function* find_function(const QualifiedName& name, const std::string& signature);
  Function* function_named(object object_with_args, bool missing_ok);
  void drop_function(object object_with_args, bool missing_ok);
  void change_owner(object stmt);
  // statements (domains.cpp)
  void create_domain(object stmt);
  void alter_domain(object stmt);
  void create_composite(object stmt);
  void alter_composite(const QualifiedName& name, List commands);
  Column attribute(object column_def);
  void add_domain_check(Domain& domain, object constraint);
  Domain* find_domain(const QualifiedName& name);
  CompositeType* find_composite(const QualifiedName& name);
  bool type_name_taken(const QualifiedName& name);
  void create_range(object stmt);
  RangeType* find_range(const QualifiedName& name);
  // statements (define.cpp)
  void define(object stmt);
  void copy_collation(Collation& into, List names, std::int64_t location);
  void create_collation(object stmt);
  void create_operator(object stmt);
  Collation* find_collation(const QualifiedName& name);
  Operator* find_operator(const QualifiedName& name, const std::string& signature);
  Operator* operator_named(object object_with_args, bool missing_ok);
  std::string operator_reference(Node arg, const std::string& own_schema) const;
  std::string function_reference(Node arg) const;
  void create_aggregate(object stmt);
  bool aggregate_named_exists(const QualifiedName& name, const std::string& signature) const;
  Aggregate* aggregate_named(object object_with_args, bool missing_ok);
  // statements (text_search.cpp)
  void create_text_search_dictionary(object stmt);
  void alter_text_search_dictionary(object stmt);
  void create_text_search_configuration(object stmt);
  void alter_text_search_configuration(object stmt);
  TextSearchDictionary* find_text_search_dictionary(const QualifiedName& name);
  TextSearchConfiguration* find_text_search_configuration(const QualifiedName& name);
  std::optional<TextSearchConfiguration> text_search_configuration_named(const NameParts& names);
  QualifiedName text_search_dictionary_name(List names) const;
  QualifiedName text_search_object(const NameParts& names, const char* what, bool (*builtin)(std::string_view),
                                   const std::function<bool(const QualifiedName&)>& defined) const;
  // statements (privileges.cpp)
  void grant(object stmt);
  void reset_privileges(Privilege::On on, const QualifiedName& object, const std::string& signature);  // a new object's defaults
  void settle_privileges();
  void set_owner(Privilege::On on, const QualifiedName& target, const std::string& signature, object role);
  // statements (policies.cpp)
  void create_policy(object stmt);
  void alter_policy(object stmt);
  void drop_policy(List names, bool missing_ok);
  Policy* find_policy(const QualifiedName& table, const std::string& name);
  void policy_expressions(Policy& policy, bool keep_missing);
  // statements (triggers.cpp)
  void create_trigger(object stmt);
  QualifiedName trigger_function(List function) const;
  void create_event_trigger(object stmt);
  void alter_event_trigger(object stmt);
  EventTrigger* find_event_trigger(std::string_view name);
  Trigger* find_trigger(const QualifiedName& table, const std::string& name);
  void drop_trigger(List names, bool missing_ok);
  // statements (views.cpp)
  void create_view(object stmt);
  void create_materialized_view(object stmt);
  void add_view(View view, bool replace, bool if_not_exists, std::int64_t location);
  View* find_view(const QualifiedName& name);
  std::optional<std::string> relation_schema(std::string_view name) const;  // through the search_path
  std::optional<std::string> function_schema(std::string_view name) const;  // user functions and aggregates only
  void note_routine(const QualifiedName& name);    // a function or aggregate was added...
  void forget_routine(const QualifiedName& name);  // ...or dropped (one per overload)
  // What depends on a relation about to be dropped goes with it (CASCADE) or stops the drop.
  void drop_dependent_views(const QualifiedName& relation, bool cascade);
  // statements (other_statements.cpp)
  void create_schema(object stmt);
  // statements (extensions.cpp)
  void create_extension(object stmt);
  void alter_extension(object stmt);
  void set_extension_schema(object stmt);
  void drop_extension(const std::string& name, bool missing_ok);
  Extension* find_extension(std::string_view name);
  void create_enum(object stmt);
  void alter_enum(object stmt);
  void rename(object stmt);
  void rename_sequence(object stmt);
  void rename_in_table(object stmt, std::string_view kind);
  void create_sequence(object stmt);
  void alter_sequence(object stmt);
  void comment(object stmt);
  void drop(object stmt);
  void drop_objects(object stmt);
  // Whether the object a privilege or owner names is in the schema.
  bool grantee_object_exists(Privilege::On on, const QualifiedName& object, const std::string& signature);
  void set_variable(object stmt);
  void select_statement(object stmt);
  void apply_sequence_options(SequenceOptions& sequence, const QualifiedName& name_for_messages,
                              std::optional<SequenceOwner>* owned_by, List options, bool creating);

  // names and lookups (schema_builder.cpp)
  QualifiedName qualify(object range_var) const;  // a RangeVar node's fields
  QualifiedName qualify(std::string_view schema, std::string_view name) const;
  QualifiedName qualify_list(List names) const;   // ["schema",] "name"
  // ["schema",] "table", "member": a trigger or policy in DROP and COMMENT ON.
  std::pair<QualifiedName, std::string> table_member(List names) const;
  Table* find_table(const QualifiedName& name);
  Table& require_table(const QualifiedName& name, std::int64_t location);
  EnumType* find_enum(const QualifiedName& name);
  Sequence* find_sequence(const QualifiedName& name);
  bool namespace_exists(std::string_view name) const;
  // A schema these files never create is presumed to exist outside them
  // (external): noted, with one warning, instead of refused.
  void require_namespace(std::string_view name, std::int64_t location);
  void add_external_namespace(std::string_view name, std::int64_t location, bool warn_about_it);
  std::optional<QualifiedName> resolve_type(std::string_view schema, std::string_view name) const;
  // Whether an extension lives in `schema`: what it defines there is not modelled.
  bool extension_in(std::string_view schema) const;
  SourceRange position(std::int64_t location) const;  // a node location (relative to the chunk)
  SourceRange statement_position() const;            // where the current statement starts
  std::string_view chunk_text() const { return std::string_view(file_->text).substr(chunk_offset_); }

  // Relation names (tables, sequences, indexes) and constraint names are
  // unique per namespace; implicit names must avoid both, as in PostgreSQL.
  bool relation_name_taken(const std::string& schema, const std::string& name) const;
  void claim_relation_name(const std::string& schema, const std::string& name, std::int64_t location);
  void release_relation_name(const std::string& schema, const std::string& name);
  std::string choose_relation_name(const QualifiedName& table, const std::string& addition, const std::string& label);
  std::string choose_constraint_name(const Table& table, const std::string& addition, const std::string& label);
  void claim_constraint_name(const Table& table, const std::string& name, std::int64_t location);
  void release_constraint_name(const Table& table, const std::string& name);

  void reindex_tables();
  void warn(std::int64_t location, std::string message);

  Schema schema_;
  std::unordered_map<std::string, std::size_t> table_by_name_;  // key: schema + '\0' + name
  std::unordered_map<std::string, std::size_t> sequence_index_;  // see find_sequence
  std::size_t sequences_indexed_ = 0;
  // Function and aggregate names -> the schema of each one (an entry per overload), for function_schema.
  std::unordered_map<std::string, std::vector<std::string>> routine_schemas_;
  // Tables that are (or were) a parent (INHERITS, PARTITION OF): ADD and DROP
  // COLUMN look for children only there. A stale entry costs only a scan.
  std::unordered_set<std::string> parent_keys_;
  std::unordered_map<std::string, std::unordered_set<std::string>> relation_names_;    // per namespace
  std::unordered_set<std::string> temporary_tables_;  // made with CREATE TEMPORARY TABLE ... AS: the session's, not the schema's
  std::unordered_map<std::string, std::unordered_set<std::string>> constraint_names_;  // per namespace
  // Columns each check constraint and expression index reads, so DROP COLUMN
  // can drop what depends on the column as PostgreSQL does.
  std::unordered_map<std::string, std::vector<std::string>> expression_columns_;  // key: schema\0table\0object
  std::unordered_set<std::string> skipped_objects_;  // "schema.name" and bare "name"
  bool skipped_an_extension_ = false;
  std::vector<std::string> search_path_{"public"};
  std::vector<std::string> start_search_path_{"public"};
  std::vector<Diagnostic> warnings_;
  TypeResolver type_resolver_;
  std::set<QualifiedName> expected_tables_;
  RelationQualifier relation_qualifier_;
  FunctionQualifier function_qualifier_;

  const SourceFile* file_ = nullptr;
  const LineIndex* lines_ = nullptr;
  std::int64_t statement_location_ = 0;  // absolute
  std::string_view statement_text_;
  std::size_t statistics_read_ = 0;  // SET STATISTICS clauses of the statement read so far
  std::size_t chunk_offset_ = 0;
  bool privileges_ = false;
  bool owners_ = false;
  int major_ = 15;
  bool major_named_ = true;
};

std::string table_key(const QualifiedName& name);

// Column names an expression reads (ColumnRef nodes), in order of appearance, without duplicates.
std::vector<std::string> referenced_columns(element expression);

}  // namespace schemac::pg
