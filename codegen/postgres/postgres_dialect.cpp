#include "codegen/postgres/postgres_dialect.hpp"

#include <algorithm>
#include <stdexcept>
#include "model/overloaded.hpp"

#include "codegen/postgres/sql_text.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac {
namespace {

}  // namespace

namespace pg_sql {

std::string ident(std::string_view name) { return pg::quote_ident(name); }
std::string qualified(const QualifiedName& name) { return pg::quote_qualified(name); }
std::string literal(std::string_view text) { return pg::quote_literal(text); }

std::string ident_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) {
    if (!out.empty()) out += ", ";
    out += ident(name);
  }
  return out;
}

std::string default_clause(const Expr& value) { return value.atomic ? "DEFAULT " + value.text : "DEFAULT (" + value.text + ")"; }

}  // namespace pg_sql

std::string PostgresDialect::quote_ident(std::string_view name) const { return pg::quote_ident(name); }
std::string PostgresDialect::quote_literal(std::string_view text) const { return pg::quote_literal(text); }

TransactionStart PostgresDialect::transaction_start(std::string_view lock_timeout) const {
  return TransactionStart{"BEGIN", {"SET LOCAL lock_timeout = " + pg::quote_literal(lock_timeout)}};
}

// An advisory lock for the whole run (a number of schemac's own); waiting for
// it obeys lock_timeout like any lock wait.
std::vector<std::string> PostgresDialect::runner_lock(bool take, std::string_view wait) const {
  constexpr const char* kKey = "7231486917";
  if (!take) return {std::string("SELECT pg_advisory_unlock(") + kKey + ")"};
  return {"SET lock_timeout = " + pg::quote_literal(wait), std::string("SELECT pg_advisory_lock(") + kKey + ")", "SET lock_timeout = 0"};
}

// Session-wide, so that statements run after the transaction (CREATE INDEX
// CONCURRENTLY) wait no longer than the rest.
std::vector<Statement> PostgresDialect::session_settings(std::string_view lock_timeout, std::string_view statement_timeout) const {
  std::vector<Statement> out;
  if (!lock_timeout.empty())
    out.push_back(Statement{"SET lock_timeout = " + pg::quote_literal(lock_timeout), Placement::BeforeTransaction, {}, {}, {}});
  if (!statement_timeout.empty())
    out.push_back(Statement{"SET statement_timeout = " + pg::quote_literal(statement_timeout), Placement::BeforeTransaction, {}, {}, {}});
  return out;
}

// Function bodies are checked when created against the migration's own
// search_path, not the one they run under; like pg_dump, do not check them.
std::vector<Statement> PostgresDialect::prologue(const ChangeSet& changes) const {
  const bool creates_functions = std::any_of(changes.changes.begin(), changes.changes.end(),
                                             [](const Change& c) { return std::holds_alternative<CreateFunction>(c.what); });
  if (!creates_functions) return {};
  return {Statement{"SET check_function_bodies = false", Placement::InTransaction, {}, {}, {}}};
}

namespace {

// Most changes are one statement; a text search configuration is made with its mappings.
struct Texts {
  std::vector<std::string> texts;
  Texts(std::string text) : texts{std::move(text)} {}  // NOLINT: implicit on purpose
  Texts(std::vector<std::string> many) : texts(std::move(many)) {}  // NOLINT
};

}  // namespace

std::vector<Statement> PostgresDialect::render(const Change& change, const RenderContext&) const {
  using namespace pg_sql;
  std::vector<std::string> texts = std::visit<Texts>(overloaded{
                                   [](const CreateNamespace& c) { return create_namespace(c); },
                                   [](const DropNamespace& c) { return drop_namespace(c); },
                                   [](const CreateExtension& c) { return create_extension(c); },
                                   [](const DropExtension& c) { return drop_extension(c); },
                                   [](const SetExtensionSchema& c) { return set_extension_schema(c); },
                                   [](const UpdateExtension& c) { return update_extension(c); },
                                   [](const CreateEnum& c) { return create_enum(c); },
                                   [](const DropEnum& c) { return drop_enum(c); },
                                   [](const RenameEnum& c) { return rename_enum(c); },
                                   [](const RenameEnumValue& c) { return rename_enum_value(c); },
                                   [](const AddEnumValue& c) { return add_enum_value(c); },
                                   [](const CreateSequence& c) { return create_sequence(c); },
                                   [](const DropSequence& c) { return drop_sequence(c); },
                                   [](const AlterSequence& c) { return alter_sequence(c); },
                                   [](const RenameSequence& c) { return rename_sequence(c); },
                                   [](const SetSequenceOwner& c) { return set_sequence_owner(c); },
                                   [](const CreateTable& c) { return create_table(c); },
                                   [](const DropTable& c) { return drop_table(c); },
                                   [](const RenameTable& c) { return "ALTER TABLE " + qualified(c.table) + " RENAME TO " + ident(c.new_name); },
                                   [](const RenameColumn& c) {
                                     return "ALTER TABLE " + qualified(c.table) + " RENAME COLUMN " + ident(c.from) + " TO " + ident(c.to);
                                   },
                                   [](const RenameConstraint& c) {
                                     return "ALTER TABLE " + qualified(c.table) + " RENAME CONSTRAINT " + ident(c.from) + " TO " + ident(c.to);
                                   },
                                   [](const RenameIndex& c) { return "ALTER INDEX " + qualified(c.index) + " RENAME TO " + ident(c.new_name); },
                                   // PostgreSQL alters tables in place (no TableRules) and has no virtual tables.
                                   [](const RebuildTable&) -> Texts { throw std::logic_error("PostgreSQL does not rebuild tables"); },
                                   [](const RebuildTables&) -> Texts { throw std::logic_error("PostgreSQL does not rebuild tables"); },
                                   [](const HoldRows& c) { return hold_rows(c); },
                                   [](const RestoreRows& c) { return restore_rows(c); },
                                   [](const CreateVirtualTable&) -> Texts { throw std::logic_error("PostgreSQL has no virtual tables"); },
                                   [](const DropVirtualTable&) -> Texts { throw std::logic_error("PostgreSQL has no virtual tables"); },
                                   [](const CreateView& c) { return create_view(c); },
                                   [](const CreateCollation& c) { return create_collation(c); },
                                   [](const CreateDomain& c) { return create_domain(c); },
                                   [](const DropDomain& c) { return drop_domain(c); },
                                   [](const AlterDomain& c) { return alter_domain(c); },
                                   [](const CreateCompositeType& c) { return create_composite_type(c); },
                                   [](const CreateRangeType& c) { return create_range_type(c); },
                                   [](const DropRangeType& c) { return drop_range_type(c); },
                                   [](const DropCompositeType& c) { return drop_composite_type(c); },
                                   [](const AlterCompositeType& c) { return alter_composite_type(c); },
                                   [](const DropCollation& c) { return drop_collation(c); },
                                   [](const CreateTextSearchDictionary& c) { return create_text_search_dictionary(c); },
                                   [](const DropTextSearchDictionary& c) { return drop_text_search_dictionary(c); },
                                   [](const AlterTextSearchDictionary& c) { return alter_text_search_dictionary(c); },
                                   [](const CreateTextSearchConfiguration& c) { return create_text_search_configuration(c); },
                                   [](const DropTextSearchConfiguration& c) { return drop_text_search_configuration(c); },
                                   [](const AlterTextSearchMapping& c) { return alter_text_search_mapping(c); },
                                   [](const CreateOperator& c) { return create_operator(c); },
                                   [](const CreateAggregate& c) { return create_aggregate(c); },
                                   [](const DropAggregate& c) { return drop_aggregate(c); },
                                   [](const DropOperator& c) { return drop_operator(c); },
                                   [](const SetRowSecurity& c) { return set_row_security(c); },
                                   [](const CreatePolicy& c) { return create_policy(c); },
                                   [](const AlterPolicy& c) { return alter_policy(c); },
                                   [](const DropPolicy& c) { return drop_policy(c); },
                                   [](const CreateTrigger& c) { return create_trigger(c); },
                                   [](const DropTrigger& c) { return drop_trigger(c); },
                                   [](const CreateFunction& c) { return create_function(c); },
                                   [](const DropFunction& c) { return drop_function(c); },
                                   [](const DropView& c) { return drop_view(c); },
                                   [](const AddColumn& c) { return add_column(c); },
                                   [](const DropColumn& c) { return drop_column(c); },
                                   [](const AlterColumnType& c) { return alter_column_type(c); },
                                   [](const SetColumnDefault& c) { return set_column_default(c); },
                                   [](const SetColumnNotNull& c) { return set_column_not_null(c); },
                                   [](const AddIdentity& c) { return add_identity(c); },
                                   [](const DropIdentity& c) { return drop_identity(c); },
                                   [](const AlterIdentity& c) { return alter_identity(c); },
                                   [](const DropExpression& c) { return drop_expression(c); },
                                   [](const SetTableLogged& c) { return set_table_logged(c); },
                                   [](const SetTableOptions& c) { return set_table_options(c); },
                                   [](const AttachPartition& c) { return attach_partition(c); },
                                   [](const DetachPartition& c) { return detach_partition(c); },
                                   [](const SetInherit& c) { return set_inherit(c); },
                                   [](const SetColumnStatistics& c) { return set_column_statistics(c); },
                                   [](const SetColumnOptions& c) { return set_column_options(c); },
                                   [](const SetIndexStatistics& c) { return set_index_statistics(c); },
                                   [](const SetIndexOptions& c) { return set_index_options(c); },
                                   [](const SetIndexTablespace& c) { return set_index_tablespace(c); },
                                   [](const AddConstraint& c) { return add_constraint(c); },
                                   [](const DropConstraint& c) { return drop_constraint(c); },
                                   [](const CreateIndex& c) { return create_index(c); },
                                   [](const DropIndex& c) { return drop_index(c); },
                                   [](const SetComment& c) { return set_comment(c); },
                                   [](const SetOwner& c) { return set_owner(c); },
                                   [](const CreateEventTrigger& c) { return create_event_trigger(c); },
                                   [](const DropEventTrigger& c) { return drop_event_trigger(c); },
                                   [](const SetEventTriggerEnabled& c) { return set_event_trigger_enabled(c); },
                                   [](const ValidateConstraint& c) { return validate_constraint(c); },
                                   [](const GrantPrivileges& c) { return grant_privileges(c); },
                                   [](const RevokePrivileges& c) { return revoke_privileges(c); },
                               },
                               change.what).texts;
  std::vector<Statement> statements;
  const Placement placement = change.after_commit ? Placement::AfterTransaction : Placement::InTransaction;
  for (std::string& sql : texts) statements.push_back(Statement{std::move(sql), placement, change.hazards, change.subject, {}});
  // A new enum value cannot be used in the transaction that adds it: if the
  // plan uses it, it is committed first (settle_placements).
  if (const auto* add = std::get_if<AddEnumValue>(&change.what)) statements.front().commit_first_if_used = pg_sql::literal(add->value);
  return statements;
}

}  // namespace schemac
