// Tables whose partitioning changes (a new partition key, a plain table made
// partitioned or back): PostgreSQL has no ALTER for that, so the table and
// its partitions are made again and the rows move through a temporary table.
// Everything else about the new tables (indexes, triggers, views reading
// them, grants, foreign keys pointing at them) is made again by the changes
// that make any new table.
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

// Rows come back once every table is made and has its new columns (rank 0).
constexpr std::size_t kAfterNewTables = 1'000'000;

bool descends_from(const ByName<Table>& tables, const Table& table, const QualifiedName& root) {
  const Table* at = &table;
  for (int depth = 0; at && at->partition_of && depth < 100; ++depth) {
    if (*at->partition_of == root) return true;
    at = lookup(tables, *at->partition_of);
  }
  return false;
}

std::string describe_partitioning(const Table& table) {
  return table.partition_by.empty() ? "not partitioned" : "partitioned by " + table.partition_by;
}

}  // namespace

// Decides which tables are made again, before any table is compared.
void Differ::find_repartitioned_tables() {
  std::vector<std::pair<const Table*, const Table*>> roots;
  for (const auto& [name, to] : to_tables_)
    if (const Table* from = lookup(from_tables_, name); from && from->partition_by != to->partition_by) roots.emplace_back(from, to);
  // A table under another one made again goes with it.
  std::erase_if(roots, [&](const auto& root) {
    return std::any_of(roots.begin(), roots.end(), [&](const auto& other) {
      return other.first != root.first && (descends_from(from_tables_, *root.first, other.first->name) ||
                                           descends_from(to_tables_, *root.second, other.second->name));
    });
  });
  for (const auto& root : roots) {
    const Table* from = root.first;  // not a structured binding: lambdas below use it (clang 14)
    const Table* to = root.second;
    std::set<QualifiedName> before{from->name}, after{to->name};
    for (const auto& [name, table] : from_tables_)
      if (descends_from(from_tables_, *table, from->name)) before.insert(name);
    for (const auto& [name, table] : to_tables_)
      if (descends_from(to_tables_, *table, to->name)) after.insert(name);
    auto refuse = [&](const std::string& why) {
      problems_.push_back(Diagnostic{to->where, "cannot make " + to_string(to->name) + " again (" + describe_partitioning(*from) + " to " +
                                                    describe_partitioning(*to) + "): " + why,
                                     "make the change in two steps, or by hand", {}});
    };
    bool refused = false;
    for (const auto& [name, table] : from_tables_)
      for (const QualifiedName& parent : table->inherits)
        if (before.contains(parent)) {
          refuse(to_string(name) + " inherits from it, and DROP TABLE would take it along");
          refused = true;
        }
    for (const QualifiedName& name : before)
      if (lookup(to_tables_, name) && !after.contains(name)) {
        refuse(to_string(name) + " is one of its partitions now and a table of its own after: detach it in a migration of its own first");
        refused = true;
      }
    for (const QualifiedName& name : after)
      if (lookup(from_tables_, name) && !before.contains(name)) {
        refuse(to_string(name) + " is a table of its own now and one of its partitions after: attach it in a migration of its own after");
        refused = true;
      }
    if (refused) continue;
    remade_tables_.insert(before.begin(), before.end());
    remade_tables_.insert(after.begin(), after.end());
    repartitioned_.emplace_back(from, to);
  }
}

// The rows of each table made again wait for the new tables and their
// partitions; sequences its columns own are let go of first, so that DROP
// TABLE leaves them (and their next values), and owned again after.
void Differ::move_repartitioned_rows() {
  for (const auto& [from, to] : repartitioned_) {
    const ObjectKey key{ObjectKind::Table, to->name, {}};
    const std::string hold = "schemac_rows_" + to->name.name;
    std::vector<Hazard> hazards{Hazard{HazardKind::TableRewrite,
                                       "makes " + to_string(to->name) + " again, " + describe_partitioning(*to) + " (" +
                                           describe_partitioning(*from) + " before): every row is copied to a temporary table and back, "
                                           "under an ACCESS EXCLUSIVE lock; a row no new partition takes stops the migration"}};
    for (const Column& column : from->columns)
      if (!to->find_column(column.name)) {
        dropped_columns_.insert({to->name, column.name});
        hazards.push_back(Hazard{HazardKind::DataLoss, "drops column " + to_string(to->name) + "." + column.name + " and its data"});
      }
    emit(kDropViews, HoldRows{*from, hold}, key, to->where, std::move(hazards));
    emit(kAlterColumns, RestoreRows{*from, *to, hold}, key, to->where, {}, kAfterNewTables);
  }
  for (const auto& [name, sequence] : from_sequences_) {
    const Sequence* kept = lookup(to_sequences_, name);
    if (!kept || !sequence->owned_by || !remade_tables_.contains(sequence->owned_by->table)) continue;
    if (dropped_columns_.contains({sequence->owned_by->table, sequence->owned_by->column})) continue;
    const ObjectKey key{ObjectKind::Sequence, name, {}};
    emit(kReleaseSequences, SetSequenceOwner{name, std::nullopt}, key, kept->where);
    if (kept->owned_by == sequence->owned_by) emit(kOwnSequences, SetSequenceOwner{name, kept->owned_by}, key, kept->where);
  }
}

}  // namespace schemac::detail
