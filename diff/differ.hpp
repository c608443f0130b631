#pragma once
// Internal state of one diff run, shared by the files that compare each
// object kind. Changes are collected with a phase and a rank and sorted once
// at the end; phases follow the dependency layers of the object graph:
// everything a change needs is created in an earlier phase, everything that
// needs what a change removes is removed in an earlier phase.
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

#include "diff/change.hpp"
#include "diff/diff.hpp"
#include "diff/same_definition.hpp"
#include "diff/table_rules.hpp"
#include "model/schema.hpp"

namespace schemac::detail {

enum Phase : int {
  kCreateNamespaces = 1,
  kCreateExtensions,
  kDropViews,  // before anything they read changes
  kDropTriggers,          // and policies: before the functions they run and the columns they read
  kRenames,               // tables and columns the user says were renamed: before anything uses the new names
  kDropChangedFunctions,  // functions made again under the same signature
  kDropChangedTypes,      // types made again under the same name (no ALTER TYPE)
  kCreateTypes,
  kDropIdentities,  // before sequences: a new sequence may take the name an identity's sequence frees
  kCreateSequences,
  kCreateFunctions,
  kDropForeignKeys,
  kReleaseSequences,
  kDropIndexesAndConstraints,
  kDropTables,
  kMovePartitionBounds,  // a partition given new bounds is attached again before its parent's columns change: detached, it would miss them
  kDropColumns,
  kCreateTables,
  kAlterColumns,
  kCreateLateFunctions,  // functions naming a table's row type
  kAddConstraintsAndIndexes,
  kAddForeignKeys,
  kOwnSequences,
  kDropSequences,
  kAddIdentities,  // after sequences: an identity's sequence may take the name a dropped sequence frees
  kCreateViews,    // after everything they read is in place
  kCreateTriggers,  // and policies
  kPrivileges,      // once every object they are on is made (again)
  kDropFunctions,
  kDropTypes,
  kDropExtensions,
  kDropNamespaces,
  kComments,
};

// Where a change goes in the plan; the change itself waits in planned_.
struct Planned {
  int phase;
  std::size_t rank;
  std::size_t sequence;  // generation order (and index in planned_): stable within a phase and rank
};

template <class T>
using ByName = std::map<QualifiedName, const T*>;

// An object privileges and owners are on: kind, name, signature.
using ObjectId = std::tuple<Privilege::On, QualifiedName, std::string>;

template <class T>
ByName<T> index_by_name(const std::vector<T>& items) {
  ByName<T> out;
  for (const T& item : items) out.emplace(item.name, &item);
  return out;
}

// Objects named within their table (triggers, policies), by (table, name).
template <class T>
std::map<std::pair<QualifiedName, std::string>, const T*> index_by_table(const std::vector<T>& items) {
  std::map<std::pair<QualifiedName, std::string>, const T*> out;
  for (const T& item : items) out.emplace(std::pair{item.table, item.name}, &item);
  return out;
}

template <class T>
const T* lookup(const ByName<T>& map, const QualifiedName& name) {
  auto it = map.find(name);
  return it == map.end() ? nullptr : it->second;
}

class Differ {
 public:
  // `from` has the renames made already; `renames` says which (for their changes).
  Differ(const Schema& from, const Schema& to, const DiffOptions& options, std::vector<Rename> renames = {});
  std::vector<Diagnostic> run();  // returns problems; the plan is in changes()
  ChangeSet changes();

 private:
  // diff.cpp
  void namespaces();
  void renames();
  void extensions();
  void enums();
  bool renamed_enum_values(const EnumType& from, const EnumType& to);
  void rebuild_enum(const EnumType& from, const EnumType& to);
  void sequences();
  // diff_tables.cpp
  void tables();
  void create_table(const Table& table, std::size_t rank, const std::set<std::pair<QualifiedName, std::string>>& deferred);
  void drop_table(const Table& table, std::size_t rank);
  void alter_table(const Table& from, const Table& to);
  void rebuild_table(const Table& from, const Table& to);
  void rebuild_tables(const std::vector<std::pair<const Table*, const Table*>>& group);
  std::vector<Hazard> rebuild_hazards(const Table& from, const Table& to);
  void rebuild_or_alter_tables();
  bool foreign_keys_checked_late() const { return rules_ && rules_->foreign_keys_checked_late(); }
  void virtual_tables();
  void columns(const Table& from, const Table& to);
  void suggest_renames(const std::vector<const Table*>& dropped, const std::vector<const Table*>& created);
  void suggest_column_renames(const Table& from, const Table& to);
  void column_settings(const QualifiedName& table, const Column* from, const Column& to, int phase);
  void index_settings(const QualifiedName& table, const Index* from, const Index& to, int phase, std::size_t rank = 0);
  struct IndexStorage {
    std::string name;
    const std::vector<std::pair<std::string, std::string>>& options;
    const std::string& tablespace;
  };
  void index_storage(const QualifiedName& table, const IndexStorage& from, const IndexStorage& to, const ObjectKey& key,
                     const SourceRange& where, int phase, std::size_t rank = 0);
  template <class Key>
  void key_storage(const QualifiedName& table, const Key& from, const Key& to, const ObjectKey& key);
  void recreate_generated_column(const QualifiedName& table, const Column& from, const Column& to);
  void identity(const QualifiedName& table, const Column& from, const Column& to, bool type_changed);
  void constraints(const Table& from, const Table& to);
  std::optional<Table> renamed_constraints(const Table& from, const Table& to);
  void add_constraint_to_existing(const QualifiedName& table, const Constraint& constraint, const ObjectKey& key, const SourceRange& where);
  void set_not_null_online(const QualifiedName& table, const Column& column);
  void indexes(const Table& from, const Table& to);
  void recreate_dependent_foreign_keys();
  // diff_hierarchy.cpp
  void leave_parents(const Table& from, const Table& to);
  void join_parents(const Table& from, const Table& to);
  std::optional<std::pair<Table, Table>> own_parts(const Table& from, const Table& to);
  // diff_repartition.cpp
  void find_repartitioned_tables();
  void move_repartitioned_rows();
  // diff_functions.cpp
  void function_fates();
  void functions();
  bool names_relation(const Function& function, const ByName<Table>& tables, const std::vector<View>& views) const;
  // diff_domains.cpp
  void domains();
  void create_domain(const Domain& domain, const ObjectKey& key);
  void drop_domain_default(const Domain& domain);
  void release_domain_calls(const Domain& domain);
  void rebuild_domain(const Domain& from, const Domain& to);
  void composite_types();
  void range_types();
  // diff_define.cpp
  void collations();
  void operators();
  // diff_text_search.cpp
  void text_search();
  // diff_privileges.cpp
  void privileges();
  void owners();
  bool made_here(const ObjectId& id, const std::set<ObjectId>& before_objects) const;
  // diff_aggregates.cpp
  void aggregates();
  // diff_policies.cpp
  void policies();
  void row_security(const Table* from, const Table& to);
  // diff_triggers.cpp
  void triggers();
  void event_triggers();
  // diff_views.cpp
  void views();
  void view_indexes(const View& from, const View& to);
  bool serial_sequence(const Table& table, const Column& column) const;
  bool key_is_stable(const QualifiedName& table, const std::vector<std::string>& columns) const;
  std::size_t index_rank(const Table& table) const;
  bool key_is_constraint(const QualifiedName& table, const std::vector<std::string>& columns) const;
  void comment(const ObjectKey& target, const std::optional<std::string>& from, const std::optional<std::string>& to);

  void emit(int phase, ChangeKind what, ObjectKey subject, SourceRange where = {}, std::vector<Hazard> hazards = {},
            std::size_t rank = 0);

  const Schema& from_;
  const Schema& to_;
  const TableRules* rules_;  // the database's limits on ALTER TABLE; none: everything alters in place
  const DiffOptions& options_;
  std::vector<Rename> renames_;
  bool emit_after_commit_ = false;  // changes emitted meanwhile run after the transaction
  ByName<Table> from_tables_, to_tables_;
  ByName<Sequence> from_sequences_, to_sequences_;
  std::set<QualifiedName> folded_sequences_;          // created implicitly by a serial column
  std::set<std::pair<QualifiedName, std::string>> dropped_columns_;  // (table, column), incl. dropped tables' columns
  std::set<std::pair<QualifiedName, std::string>> dropped_foreign_keys_, added_foreign_keys_;
  std::set<std::pair<QualifiedName, std::vector<std::string>>> replaced_keys_;  // (table, sorted key columns)
  std::set<QualifiedName> rebuilt_types_;  // enums and domains made again under their name: columns of them are converted
  std::set<QualifiedName> reshaped_tables_;  // dropped, rebuilt, or a column dropped or retyped
  std::set<QualifiedName> remade_tables_;  // made again with their rows, partitions and all (a new partition key)
  std::vector<std::pair<const Table*, const Table*>> repartitioned_;  // the top of each such tree: (from, to)
  std::set<std::pair<QualifiedName, std::string>> checked_at_once_;  // checks a parent being joined wants valid: never NOT VALID first
  std::set<QualifiedName> rebuilt_tables_;   // made again with their rows: their indexes and triggers are gone
  std::set<QualifiedName> recreated_functions_;
  std::set<QualifiedName> made_functions_, unmade_functions_;  // by function_fates(): made (again) here; dropped here (for a while)
  std::set<QualifiedName> recreated_views_;  // views dropped, to come back or not  // dropped (for good or to come back): views calling them are recreated  // dropped, or a column dropped or retyped: views reading them are recreated
  std::vector<std::string> suggestions_;  // drops and adds that look like renames
  std::vector<Change> planned_;
  std::vector<Planned> order_;
  std::vector<Diagnostic> problems_;
};


}  // namespace schemac::detail
