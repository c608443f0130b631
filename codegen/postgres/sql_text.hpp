#pragma once
// SQL text builders for PostgreSQL, one file per object kind. Each returns
// statement text without the trailing semicolon.
#include <string>
#include <vector>

#include "diff/change.hpp"

namespace schemac::pg_sql {

std::string ident(std::string_view name);            // quoted where needed
std::string index_key(const IndexKey& key);          // column or (expression), with collation, opclass, order
std::string qualified(const QualifiedName& name);    // schema.name, quoted where needed
std::string literal(std::string_view text);          // 'text'
std::string ident_list(const std::vector<std::string>& names);  // a, "B", c
std::string default_clause(const Expr& value);       // DEFAULT expr, parenthesised when the grammar needs it

// render_tables.cpp
std::string create_table(const CreateTable& change);
std::string drop_table(const DropTable& change);
std::string attach_partition(const AttachPartition& change);
std::string hold_rows(const HoldRows& change);
std::vector<std::string> restore_rows(const RestoreRows& change);
std::string detach_partition(const DetachPartition& change);
std::string set_inherit(const SetInherit& change);
// render_functions.cpp
std::string create_function(const CreateFunction& change);
std::string drop_function(const DropFunction& change);
std::string dollar_quoted(std::string_view text, std::string_view tag);  // $tag$text$tag$, the tag made unique
// render_triggers.cpp
std::string create_trigger(const CreateTrigger& change);
std::string drop_trigger(const DropTrigger& change);
std::vector<std::string> create_event_trigger(const CreateEventTrigger& change);
std::string drop_event_trigger(const DropEventTrigger& change);
std::string set_event_trigger_enabled(const SetEventTriggerEnabled& change);
// render_storage.cpp
std::string storage_options(const std::vector<std::pair<std::string, std::string>>& options);  // a=1, b='x y'
std::string set_table_logged(const SetTableLogged& change);
std::string set_table_options(const SetTableOptions& change);
std::string set_column_statistics(const SetColumnStatistics& change);
std::string set_column_options(const SetColumnOptions& change);
std::string set_index_statistics(const SetIndexStatistics& change);
std::string set_index_options(const SetIndexOptions& change);
std::string set_index_tablespace(const SetIndexTablespace& change);
// render_policies.cpp
std::string set_row_security(const SetRowSecurity& change);
std::string create_policy(const CreatePolicy& change);
std::string alter_policy(const AlterPolicy& change);
std::string drop_policy(const DropPolicy& change);
// render_domains.cpp
std::string create_domain(const CreateDomain& change);
std::string drop_domain(const DropDomain& change);
std::string alter_domain(const AlterDomain& change);
std::string create_composite_type(const CreateCompositeType& change);
std::string create_range_type(const CreateRangeType& change);
std::string drop_range_type(const DropRangeType& change);
std::string drop_composite_type(const DropCompositeType& change);
std::string alter_composite_type(const AlterCompositeType& change);
// render_define.cpp
std::string create_collation(const CreateCollation& change);
std::string drop_collation(const DropCollation& change);
std::string create_operator(const CreateOperator& change);
std::string create_aggregate(const CreateAggregate& change);
std::string drop_aggregate(const DropAggregate& change);
std::string drop_operator(const DropOperator& change);
// render_text_search.cpp
std::string create_text_search_dictionary(const CreateTextSearchDictionary& change);
std::string drop_text_search_dictionary(const DropTextSearchDictionary& change);
std::string alter_text_search_dictionary(const AlterTextSearchDictionary& change);
std::vector<std::string> create_text_search_configuration(const CreateTextSearchConfiguration& change);
std::string drop_text_search_configuration(const DropTextSearchConfiguration& change);
std::string alter_text_search_mapping(const AlterTextSearchMapping& change);
// render_privileges.cpp
std::string set_owner(const SetOwner& change);
std::string validate_constraint(const ValidateConstraint& change);
std::string grant_privileges(const GrantPrivileges& change);
std::string revoke_privileges(const RevokePrivileges& change);
// render_views.cpp
std::string create_view(const CreateView& change);
std::string drop_view(const DropView& change);
// render_columns.cpp
std::string column_definition(const QualifiedName& table, const Column& column, bool serial);
// PostgreSQL 18: whether a NOT NULL constraint's name is not the one the server would choose.
bool own_not_null_name(const QualifiedName& table, const std::string& column, const std::string& constraint);
std::string add_column(const AddColumn& change);
std::string drop_column(const DropColumn& change);
std::string alter_column_type(const AlterColumnType& change);
std::string set_column_default(const SetColumnDefault& change);
std::vector<std::string> set_column_not_null(const SetColumnNotNull& change);
std::string add_identity(const AddIdentity& change);
std::string drop_identity(const DropIdentity& change);
std::vector<std::string> alter_identity(const AlterIdentity& change);
std::string drop_expression(const DropExpression& change);
// render_constraints.cpp
std::string constraint_body(const Constraint& constraint);  // PRIMARY KEY (a) / CHECK (...) / FOREIGN KEY ...
std::string references_clause(const ForeignKey& fk);        // REFERENCES t (c) ON DELETE ...
std::string add_constraint(const AddConstraint& change);
std::string drop_constraint(const DropConstraint& change);
// render_indexes.cpp
std::string create_index(const CreateIndex& change);
std::string drop_index(const DropIndex& change);
// render_types.cpp
std::string create_namespace(const CreateNamespace& change);
std::string drop_namespace(const DropNamespace& change);
std::string create_extension(const CreateExtension& change);
std::string drop_extension(const DropExtension& change);
std::string set_extension_schema(const SetExtensionSchema& change);
std::string update_extension(const UpdateExtension& change);
std::string create_enum(const CreateEnum& change);
std::string drop_enum(const DropEnum& change);
std::string rename_enum(const RenameEnum& change);
std::string rename_enum_value(const RenameEnumValue& change);
std::string add_enum_value(const AddEnumValue& change);
// render_sequences.cpp
std::string create_sequence(const CreateSequence& change);
std::string drop_sequence(const DropSequence& change);
std::vector<std::string> alter_sequence(const AlterSequence& change);
std::string set_sequence_owner(const SetSequenceOwner& change);
std::string rename_sequence(const RenameSequence& change);
// Options that differ from what PostgreSQL picks for the type and direction, each with a leading space.
std::string non_default_options(const SequenceOptions& sequence, bool with_type);
// Options of `b` that differ from `a` ("INCREMENT BY 2"); a type change states the bounds too.
std::vector<std::string> changed_options(const SequenceOptions& a, const SequenceOptions& b);
// `alter` (ALTER SEQUENCE s / ALTER TABLE t ALTER COLUMN c), then
// `first_clause` once, then each changed option after `each`; a narrower
// range takes three statements (see there).
std::vector<std::string> option_changes(const std::string& alter, std::string_view each, const QualifiedName& sequence,
                                        const SequenceOptions& a, const SequenceOptions& b, const std::string& first_clause);
// render_comments.cpp
std::string set_comment(const SetComment& change);

}  // namespace schemac::pg_sql
