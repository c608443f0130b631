#include "diff/change.hpp"
#include "model/overloaded.hpp"

#include <algorithm>

namespace schemac {

std::string_view hazard_name(HazardKind kind) {
  switch (kind) {
    case HazardKind::DataLoss: return "data-loss";
    case HazardKind::TableRewrite: return "table-rewrite";
    case HazardKind::LongLock: return "long-lock";
    case HazardKind::Irreversible: return "irreversible";
    case HazardKind::BackwardIncompatible: return "backward-incompatible";
  }
  return "hazard";
}

bool Change::has_hazard(HazardKind kind) const {
  return std::any_of(hazards.begin(), hazards.end(), [&](const Hazard& h) { return h.kind == kind; });
}

std::size_t ChangeSet::destructive_count() const {
  return static_cast<std::size_t>(std::count_if(changes.begin(), changes.end(), [](const Change& c) { return c.destructive(); }));
}

const std::string& constraint_name(const Constraint& constraint) {
  return std::visit([](const auto& c) -> const std::string& { return c.name; }, constraint);
}

ObjectKind constraint_kind(const Constraint& constraint) {
  switch (constraint.index()) {
    case 0: return ObjectKind::PrimaryKey;
    case 1: return ObjectKind::Unique;
    case 2: return ObjectKind::Check;
    case 4: return ObjectKind::Exclusion;
    default: return ObjectKind::ForeignKey;
  }
}

namespace {

std::string column_of(const QualifiedName& table, const std::string& column) { return to_string(table) + "." + column; }

std::string privileges_target(const PrivilegeSet& set) {
  switch (set.on) {
    case Privilege::On::Schema: return "schema " + set.object.name;
    case Privilege::On::Function: return "function " + to_string(set.object) + "(" + set.signature + ")";
    case Privilege::On::Procedure: return "procedure " + to_string(set.object) + "(" + set.signature + ")";
    case Privilege::On::Sequence: return "sequence " + to_string(set.object);
    case Privilege::On::Type: return "type " + to_string(set.object);
    case Privilege::On::Table: break;
  }
  return to_string(set.object);
}

}  // namespace

std::string summarize(const Change& change) {
  return std::visit(
      overloaded{
          [](const CreateNamespace& c) { return "create schema " + c.ns.name; },
          [](const DropNamespace& c) { return "drop schema " + c.ns.name; },
          [](const CreateExtension& c) { return "create extension " + c.extension.name; },
          [](const DropExtension& c) { return "drop extension " + c.extension.name; },
          [](const SetExtensionSchema& c) { return "move extension " + c.extension + " to schema " + c.schema; },
          [](const UpdateExtension& c) { return "update extension " + c.extension + " to version " + c.version; },
          [](const CreateEnum& c) { return "create enum type " + to_string(c.type.name); },
          [](const DropEnum& c) { return "drop enum type " + to_string(c.type.name); },
          [](const RenameEnum& c) { return std::string(c.domain ? "rename domain " : "rename enum type ") + to_string(c.type) + " to " + c.new_name; },
          [](const RenameEnumValue& c) { return "rename value '" + c.from + "' of enum type " + to_string(c.type) + " to '" + c.to + "'"; },
          [](const AddEnumValue& c) { return "add value '" + c.value + "' to enum type " + to_string(c.type); },
          [](const CreateSequence& c) { return "create sequence " + to_string(c.sequence.name); },
          [](const DropSequence& c) { return "drop sequence " + to_string(c.sequence.name); },
          [](const AlterSequence& c) { return "alter sequence " + to_string(c.to.name); },
          [](const RenameSequence& c) { return "rename sequence " + to_string(c.sequence) + " to " + c.new_name; },
          [](const SetSequenceOwner& c) {
            return "set owner of sequence " + to_string(c.sequence) + " to " +
                   (c.owner ? column_of(c.owner->table, c.owner->column) : std::string("none"));
          },
          [](const CreateTable& c) { return "create table " + to_string(c.table.name); },
          [](const DropTable& c) { return "drop table " + to_string(c.table.name); },
          [](const CreateFunction& c) {
            return std::string(c.replace ? "replace " : "create ") + (c.function.procedure ? "procedure " : "function ") +
                   to_string(c.function.name) + "(" + c.function.signature() + ")";
          },
          [](const DropFunction& c) {
            return std::string(c.function.procedure ? "drop procedure " : "drop function ") + to_string(c.function.name) + "(" +
                   c.function.signature() + ")";
          },
          [](const CreateTrigger& c) {
            return std::string(c.replace ? "replace trigger " : "create trigger ") + c.trigger.name + " on " + to_string(c.trigger.table);
          },
          [](const DropTrigger& c) { return "drop trigger " + c.trigger.name + " on " + to_string(c.trigger.table); },
          [](const SetRowSecurity& c) { return "change row level security of table " + to_string(c.table); },
          [](const CreatePolicy& c) { return "create policy " + c.policy.name + " on " + to_string(c.policy.table); },
          [](const AlterPolicy& c) { return "alter policy " + c.to.name + " on " + to_string(c.to.table); },
          [](const DropPolicy& c) { return "drop policy " + c.policy.name + " on " + to_string(c.policy.table); },
          [](const CreateDomain& c) { return "create domain " + to_string(c.domain.name); },
          [](const DropDomain& c) { return "drop domain " + to_string(c.domain.name); },
          [](const AlterDomain& c) { return "alter domain " + to_string(c.name); },
          [](const CreateRangeType& c) { return "create range type " + to_string(c.range.name); },
          [](const DropRangeType& c) { return "drop range type " + to_string(c.range.name); },
          [](const CreateCompositeType& c) { return "create type " + to_string(c.type.name); },
          [](const DropCompositeType& c) { return "drop type " + to_string(c.type.name); },
          [](const AlterCompositeType& c) { return "alter attribute " + c.attribute.name + " of type " + to_string(c.name); },
          [](const CreateCollation& c) { return "create collation " + to_string(c.collation.name); },
          [](const DropCollation& c) { return "drop collation " + to_string(c.collation.name); },
          [](const SetOwner& c) {
            return "set owner of " + privileges_target(PrivilegeSet{c.on, c.object, c.signature, {}, {}}) + " to " +
                   (c.owner.empty() ? "the current user" : c.owner);
          },
          [](const GrantPrivileges& c) { return "grant privileges on " + privileges_target(c.set) + " to " + c.set.grantee; },
          [](const RevokePrivileges& c) {
            return std::string(c.grant_option_only ? "revoke grant option on " : "revoke privileges on ") + privileges_target(c.set) +
                   " from " + c.set.grantee;
          },
          [](const CreateTextSearchDictionary& c) { return "create text search dictionary " + to_string(c.dictionary.name); },
          [](const DropTextSearchDictionary& c) { return "drop text search dictionary " + to_string(c.dictionary.name); },
          [](const AlterTextSearchDictionary& c) { return "alter options of text search dictionary " + to_string(c.name); },
          [](const CreateTextSearchConfiguration& c) { return "create text search configuration " + to_string(c.configuration.name); },
          [](const DropTextSearchConfiguration& c) { return "drop text search configuration " + to_string(c.configuration.name); },
          [](const AlterTextSearchMapping& c) {
            return std::string(c.dictionaries.empty() ? "drop" : "set") + " mapping of text search configuration " +
                   to_string(c.configuration);
          },
          [](const CreateAggregate& c) { return "create aggregate " + to_string(c.aggregate.name) + "(" + c.aggregate.signature() + ")"; },
          [](const DropAggregate& c) { return "drop aggregate " + to_string(c.aggregate.name) + "(" + c.aggregate.signature() + ")"; },
          [](const CreateOperator& c) { return "create operator " + to_string(c.op.name) + " (" + c.op.signature() + ")"; },
          [](const DropOperator& c) { return "drop operator " + to_string(c.op.name) + " (" + c.op.signature() + ")"; },
          [](const CreateView& c) { return std::string(c.view.materialized ? "create materialized view " : "create view ") + to_string(c.view.name); },
          [](const DropView& c) { return std::string(c.view.materialized ? "drop materialized view " : "drop view ") + to_string(c.view.name); },
          [](const AddColumn& c) { return "add column " + column_of(c.table, c.column.name); },
          [](const DropColumn& c) { return "drop column " + column_of(c.table, c.column.name); },
          [](const AlterColumnType& c) {
            if (c.from.type == c.to.type && c.from.collation == c.to.collation)
              return "move column " + column_of(c.table, c.to.name) + " to the rebuilt type " + c.to.type;
            return "change type of column " + column_of(c.table, c.to.name) + " from " + c.from.type + " to " + c.to.type;
          },
          [](const SetColumnDefault& c) {
            return (c.value ? "set default of column " : "drop default of column ") + column_of(c.table, c.column);
          },
          [](const SetColumnNotNull& c) {
            return (c.not_null ? "set not null on column " : "drop not null on column ") + column_of(c.table, c.column);
          },
          [](const AddIdentity& c) { return "make column " + column_of(c.table, c.column) + " an identity column"; },
          [](const DropIdentity& c) { return "drop identity of column " + column_of(c.table, c.column); },
          [](const AlterIdentity& c) { return "alter identity of column " + column_of(c.table, c.column); },
          [](const SetTableLogged& c) { return std::string(c.unlogged ? "make table unlogged " : "make table logged ") + to_string(c.table); },
          [](const AttachPartition& c) { return "attach partition " + to_string(c.partition) + " to " + to_string(c.parent); },
          [](const DetachPartition& c) { return "detach partition " + to_string(c.partition) + " from " + to_string(c.parent); },
          [](const SetInherit& c) {
            return std::string(c.inherit ? "make " : "stop ") + to_string(c.table) + (c.inherit ? " inherit from " : " inheriting from ") +
                   to_string(c.parent);
          },
          [](const SetTableOptions& c) { return "set storage parameters of table " + to_string(c.table); },
          [](const SetColumnStatistics& c) { return "set statistics target of column " + column_of(c.table, c.column); },
          [](const SetColumnOptions& c) { return "set options of column " + column_of(c.table, c.column); },
          [](const SetIndexStatistics& c) { return "set statistics target of index " + to_string(c.index); },
          [](const SetIndexOptions& c) { return "set storage parameters of index " + to_string(c.index); },
          [](const SetIndexTablespace& c) { return "move index " + to_string(c.index) + " to tablespace " +
                                                   (c.tablespace.empty() ? std::string("pg_default") : c.tablespace); },
          [](const DropExpression& c) { return "drop generation expression of column " + column_of(c.table, c.column); },
          [](const AddConstraint& c) {
            return "add " + std::string(kind_name(constraint_kind(c.constraint))) + " " + constraint_name(c.constraint) +
                   " on " + to_string(c.table);
          },
          [](const DropConstraint& c) {
            return "drop " + std::string(kind_name(constraint_kind(c.constraint))) + " " + constraint_name(c.constraint) +
                   " on " + to_string(c.table);
          },
          [](const RenameTable& c) { return "rename table " + to_string(c.table) + " to " + c.new_name; },
          [](const RenameColumn& c) { return "rename column " + column_of(c.table, c.from) + " to " + c.to; },
          [](const RenameConstraint& c) { return "rename constraint " + c.from + " on " + to_string(c.table) + " to " + c.to; },
          [](const RenameIndex& c) { return "rename index " + to_string(c.index) + " to " + c.new_name; },
          [](const RebuildTable& c) { return "rebuild table " + to_string(c.to.name) + " (rows copied)"; },
          [](const RebuildTables& c) {
            std::string names;
            for (const RebuildTable& t : c.tables) names += (names.empty() ? "" : ", ") + to_string(t.to.name);
            return "rebuild tables " + names + " together (rows copied)";
          },
          [](const HoldRows& c) { return "hold the rows of " + to_string(c.table.name) + " while it is made again"; },
          [](const RestoreRows& c) { return "put the rows of " + to_string(c.to.name) + " back"; },
          [](const CreateVirtualTable& c) { return "create virtual table " + to_string(c.table.name) + " using " + c.table.module; },
          [](const DropVirtualTable& c) { return "drop virtual table " + to_string(c.table.name); },
          [](const CreateEventTrigger& c) { return "create event trigger " + c.trigger.name; },
          [](const DropEventTrigger& c) { return "drop event trigger " + c.trigger.name; },
          [](const SetEventTriggerEnabled& c) { return "enable or disable event trigger " + c.trigger.name; },
          [](const ValidateConstraint& c) { return "validate constraint " + c.name + " on " + to_string(c.table); },
          [](const CreateIndex& c) { return "create index " + c.index.name + " on " + to_string(c.table); },
          [](const DropIndex& c) { return "drop index " + c.index.name + " on " + to_string(c.table); },
          [](const SetComment& c) { return (c.text ? "set comment on " : "remove comment on ") + describe(c.target); },
      },
      change.what);
}

}  // namespace schemac
