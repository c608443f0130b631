#pragma once
// A change is a small type named for what it does. The diff produces them in
// execution order; codegen turns each into statements for one dialect.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "model/object_key.hpp"
#include "model/schema.hpp"

namespace schemac {

enum class HazardKind { DataLoss, TableRewrite, LongLock, Irreversible, BackwardIncompatible };

struct Hazard {
  HazardKind kind;
  std::string reason;  // one line naming the object, e.g. "drops column public.users.email and its data"
};

std::string_view hazard_name(HazardKind kind);  // "data-loss", ...

struct CreateNamespace { Namespace ns; };
struct DropNamespace { Namespace ns; };
struct CreateExtension { Extension extension; };
struct DropExtension { Extension extension; };
struct SetExtensionSchema { std::string extension, schema; };
struct UpdateExtension { std::string extension, version; };
struct CreateEnum { EnumType type; };
struct DropEnum { EnumType type; };
struct RenameEnum {  // first step of rebuilding an enum (values removed or reordered) or a domain (new base type)
  QualifiedName type;
  std::string new_name;
  bool domain = false;
};
struct RenameEnumValue {  // a value replaced in place by another: rows holding it follow
  QualifiedName type;
  std::string from, to;
};
struct AddEnumValue {
  QualifiedName type;
  std::string value;
  std::string neighbor;  // empty: append at the end
  bool after = false;    // AFTER neighbor, else BEFORE neighbor
};
struct CreateSequence { Sequence sequence; };  // without its owner: see SetSequenceOwner
struct DropSequence { Sequence sequence; };
struct AlterSequence { Sequence from, to; };  // options only
struct RenameSequence {
  QualifiedName sequence;
  std::string new_name;
};
struct SetSequenceOwner {
  QualifiedName sequence;
  std::optional<SequenceOwner> owner;  // nullopt: OWNED BY NONE
};
struct CreateTable {
  Table table;  // foreign keys that must wait for other tables are left out and added later
  std::vector<std::string> serial_columns;  // columns written as serial (their sequence is implied)
  // PostgreSQL 18: a partition's columns whose NOT NULL constraint is not
  // named as the parent's, which it would take (column, name).
  std::vector<std::pair<std::string, std::string>> not_null_names;
};
struct DropTable { Table table; };
// Renames: only from hints (--rename, renamed-from comments), or for
// constraints and indexes whose definition is unchanged.
struct RenameTable { QualifiedName table; std::string new_name; };
struct RenameColumn { QualifiedName table; std::string from, to; };
struct RenameConstraint { QualifiedName table; std::string from, to; };
struct RenameIndex { QualifiedName index; std::string new_name; };  // in its table's schema
// Made again with the rows copied over (SQLite: what ALTER TABLE cannot do).
// Columns in both keep their values; columns only in `to` take their default.
// Indexes and triggers are made again by changes of their own.
struct RebuildTable { Table from, to; };
// Tables rebuilt together because foreign keys tie them (DuckDB cannot drop
// a table other tables reference): every one's rows held in a temporary
// table, all dropped (children first), made again (parents first), refilled.
struct RebuildTables { std::vector<RebuildTable> tables; };  // parents first
// A PostgreSQL table made again where ALTER TABLE cannot go (a new partition
// key; a plain table made partitioned, or back): its rows wait in a
// temporary table (`hold`) while it and its partitions are dropped and made
// anew, and come back once the new partitions exist. Columns in both keep
// their values; identity sequences go on after the highest value.
struct HoldRows { Table table; std::string hold; };
struct RestoreRows { Table from, to; std::string hold; };
struct CreateVirtualTable { VirtualTable table; };
struct DropVirtualTable { VirtualTable table; };
struct CreateFunction {
  Function function;
  bool replace = false;  // CREATE OR REPLACE over the existing one
};
struct DropFunction { Function function; };
struct CreateTrigger {
  Trigger trigger;
  bool replace = false;  // CREATE OR REPLACE over the existing one
};
struct DropTrigger { Trigger trigger; };
struct CreateEventTrigger { EventTrigger trigger; };  // with its enabled state
struct DropEventTrigger { EventTrigger trigger; };
struct SetEventTriggerEnabled { EventTrigger trigger; };
struct SetRowSecurity {  // ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY, as far as they change
  QualifiedName table;
  std::optional<bool> enable, force;
};
struct CreatePolicy { Policy policy; };
struct AlterPolicy { Policy from, to; };  // roles and expressions
struct DropPolicy { Policy policy; };
struct CreateDomain { Domain domain; };
struct DropDomain { Domain domain; };
struct AlterDomain {
  enum What { Default, NotNull, AddCheck, DropCheck } what;
  QualifiedName name;
  Domain to;              // the desired domain (default, NOT NULL)
  CheckConstraint check;  // for AddCheck / DropCheck
  AlterDomain(QualifiedName n, What w, Domain d, CheckConstraint c) : what(w), name(std::move(n)), to(std::move(d)), check(std::move(c)) {}
};
struct CreateRangeType { RangeType range; };
struct DropRangeType { RangeType range; };
struct CreateCompositeType { CompositeType type; };
struct DropCompositeType { CompositeType type; };
struct AlterCompositeType {
  QualifiedName name;
  enum What { Add, Drop, Retype } what;
  Column attribute;
};
struct CreateCollation { Collation collation; };
struct DropCollation { Collation collation; };
struct CreateTextSearchDictionary { TextSearchDictionary dictionary; };
struct DropTextSearchDictionary { TextSearchDictionary dictionary; };
struct AlterTextSearchDictionary {  // options set or removed, in one statement
  QualifiedName name;
  std::vector<std::pair<std::string, std::string>> set;
  std::vector<std::string> removed;
};
struct CreateTextSearchConfiguration { TextSearchConfiguration configuration; };  // with its mappings
struct DropTextSearchConfiguration { TextSearchConfiguration configuration; };
struct AlterTextSearchMapping {  // token types mapped to the same dictionaries
  QualifiedName configuration;
  std::vector<std::string> tokens;
  std::vector<QualifiedName> dictionaries;  // empty: DROP MAPPING
};
// Privileges of one grantee on one object, changed together.
struct PrivilegeSet {
  Privilege::On on;
  QualifiedName object;
  std::string signature;
  std::string grantee;
  std::vector<std::pair<std::string, std::string>> privileges;  // (privilege, column or empty)
};
struct GrantPrivileges {
  PrivilegeSet set;
  bool with_grant_option = false;
};
struct RevokePrivileges {
  PrivilegeSet set;
  bool grant_option_only = false;  // REVOKE GRANT OPTION FOR: the privileges stay
};
struct SetOwner {
  Privilege::On on;
  QualifiedName object;
  std::string signature;
  std::string owner;  // empty: the role that runs the migration (CURRENT_USER)
};
struct CreateAggregate { Aggregate aggregate; };
struct DropAggregate { Aggregate aggregate; };
struct CreateOperator { Operator op; };
struct DropOperator { Operator op; };
struct CreateView { View view; };  // without its indexes: see CreateIndex
struct DropView { View view; };
struct AddColumn {
  QualifiedName table;
  Column column;
  bool serial = false;
};
struct DropColumn { QualifiedName table; Column column; };
// How existing values reach a column's new type.
enum class CastPath {
  Assignment,   // PostgreSQL converts on its own: no USING clause
  Explicit,     // USING column::new_type
  ThroughText,  // USING column::text::new_type (an enum rebuilt under the same name)
};
// What a type change needs of a column: kept small, as changes are many.
struct ColumnType {
  std::string name, type, collation;
  explicit ColumnType(const Column& column) : name(column.name), type(column.type), collation(column.collation) {}
};
struct AlterColumnType {
  QualifiedName table;
  ColumnType from, to;
  CastPath cast = CastPath::Assignment;
};
struct SetColumnDefault {
  QualifiedName table;
  std::string column;
  std::optional<Expr> value;  // nullopt: DROP DEFAULT
};
struct SetColumnNotNull {
  QualifiedName table;
  std::string column;
  bool not_null = true;
  std::string constraint;  // PostgreSQL 18: the NOT NULL constraint's name
};
// Identity columns: the sequence comes and goes with the identity.
struct AddIdentity {
  QualifiedName table;
  std::string column;
  Identity identity;
};
struct DropIdentity {
  QualifiedName table;
  std::string column;
  Identity identity;
};
struct AlterIdentity {  // ALWAYS / BY DEFAULT and sequence options; a new name renames the sequence
  QualifiedName table;
  std::string column;
  Identity from, to;
};
// Storage and planner settings.
using StorageOptions = std::vector<std::pair<std::string, std::string>>;
struct SetTableLogged {
  QualifiedName table;
  bool unlogged = false;
};
struct SetTableOptions {  // SET (...) what is new or changed, RESET (...) what is gone
  QualifiedName table;
  StorageOptions set;
  std::vector<std::string> reset;
};
struct SetColumnStatistics {
  QualifiedName table;
  std::string column;
  int statistics = -1;
};
struct SetColumnOptions {
  QualifiedName table;
  std::string column;
  StorageOptions set;
  std::vector<std::string> reset;
};
struct SetIndexOptions {  // SET (...) what is new or changed, RESET (...) what is gone
  QualifiedName index;    // in its table's schema
  StorageOptions set;
  std::vector<std::string> reset;
};
struct SetIndexTablespace {
  QualifiedName index;     // in its table's schema
  std::string tablespace;  // "": the database's default
};
struct SetIndexStatistics {
  QualifiedName index;  // in its table's schema
  std::size_t key = 1;  // 1-based
  int statistics = -1;
};
// Partitions and inheritance.
struct AttachPartition {
  QualifiedName parent, partition;
  std::string bound;
};
struct DetachPartition { QualifiedName parent, partition; };
struct SetInherit {  // INHERIT parent, or NO INHERIT parent
  QualifiedName table, parent;
  bool inherit = true;
};
// A stored generated column becomes a plain one, keeping its values.
struct DropExpression {
  QualifiedName table;
  std::string column;
};
using Constraint = std::variant<PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey, ExclusionConstraint>;
struct AddConstraint { QualifiedName table; Constraint constraint; };
struct DropConstraint { QualifiedName table; Constraint constraint; };
struct ValidateConstraint { QualifiedName table; std::string name; };  // of one added NOT VALID
struct CreateIndex {
  QualifiedName table;
  Index index;
  bool concurrently = false;  // PostgreSQL: CREATE INDEX CONCURRENTLY (the change runs after the transaction)
};
struct DropIndex { QualifiedName table; Index index; };
struct SetComment {
  ObjectKey target;
  std::optional<std::string> text;  // nullopt: remove the comment
};

using ChangeKind =
    std::variant<CreateNamespace, DropNamespace, CreateExtension, DropExtension, SetExtensionSchema, UpdateExtension, CreateEnum, DropEnum, RenameEnum, RenameEnumValue, AddEnumValue, CreateSequence, DropSequence,
                 AlterSequence, RenameSequence, SetSequenceOwner, CreateTable, DropTable, RenameTable, RenameColumn, RenameConstraint, RenameIndex, RebuildTable, RebuildTables, HoldRows, RestoreRows, CreateVirtualTable, DropVirtualTable, CreateView, DropView, CreateFunction, DropFunction, CreateCollation, DropCollation,
                 CreateTextSearchDictionary, DropTextSearchDictionary, AlterTextSearchDictionary, CreateTextSearchConfiguration,
                 DropTextSearchConfiguration, AlterTextSearchMapping, CreateDomain, DropDomain, AlterDomain, CreateCompositeType,
                 DropCompositeType, AlterCompositeType, CreateRangeType, DropRangeType, CreateOperator, DropOperator, CreateAggregate, DropAggregate, CreateTrigger, DropTrigger, SetRowSecurity, CreatePolicy, AlterPolicy, DropPolicy, AddColumn, DropColumn, AlterColumnType,
                 SetColumnDefault, SetColumnNotNull, AddIdentity, DropIdentity, AlterIdentity, DropExpression, SetTableLogged, SetTableOptions, AttachPartition, DetachPartition, SetInherit,
                 SetColumnStatistics, SetColumnOptions, SetIndexStatistics, SetIndexOptions, SetIndexTablespace, AddConstraint, DropConstraint, CreateIndex, DropIndex, SetComment, GrantPrivileges, RevokePrivileges, SetOwner, ValidateConstraint,
                 CreateEventTrigger, DropEventTrigger, SetEventTriggerEnabled>;

struct Change {
  ChangeKind what;
  ObjectKey subject;
  std::vector<Hazard> hazards;
  SourceRange where;  // the desired-state definition behind the change, when there is one
  bool after_commit = false;  // runs after the plan's transaction commits (CONCURRENTLY, validation)

  bool has_hazard(HazardKind kind) const;
  bool destructive() const { return has_hazard(HazardKind::DataLoss); }
};

struct ChangeSet {
  std::vector<Change> changes;  // in execution order
  std::vector<std::string> skipped;      // changes left out (--additive-only), one line each
  std::vector<std::string> suggestions;  // a drop and an add that look like a rename, and the hint that would say so

  bool empty() const { return changes.empty(); }
  std::size_t destructive_count() const;
};

// Constraint helpers shared by diff and codegen.
const std::string& constraint_name(const Constraint& constraint);
ObjectKind constraint_kind(const Constraint& constraint);

// One line for plans and messages: "add column public.users.email".
std::string summarize(const Change& change);

}  // namespace schemac
