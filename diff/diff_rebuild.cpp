// Tables a database cannot alter in place (the dialect's TableRules say so)
// are made again with their rows, and SQLite's virtual tables, which have no
// ALTER at all, are made again when their definition changes.
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {

// What rebuilding `from` as `to` costs, for the plan, with the bookkeeping
// later changes look at (dropped columns, tables made anew).
std::vector<Hazard> Differ::rebuild_hazards(const Table& from, const Table& to) {
  const QualifiedName& name = to.name;
  std::vector<Hazard> hazards{Hazard{HazardKind::TableRewrite, "rebuilds " + to_string(name) +
                                                                   ": every row is copied into a new table, which takes its place"}};
  for (const Column& column : from.columns) {
    const Column* kept = to.find_column(column.name);
    if (!kept) {
      dropped_columns_.insert({name, column.name});
      hazards.push_back(Hazard{HazardKind::DataLoss, "drops column " + to_string(name) + "." + column.name + " and its data"});
    } else if (kept->generated && !column.generated) {
      hazards.push_back(Hazard{HazardKind::DataLoss, "replaces the values of " + to_string(name) + "." + column.name + " with generated ones"});
    }
  }
  suggest_column_renames(from, to);
  reshaped_tables_.insert(name);
  rebuilt_tables_.insert(name);
  return hazards;
}

// The rebuild itself is one change; what the new table loses by being new
// (its indexes and triggers, views reading it) is made again by changes of
// their own, so the plan shows each of them.
void Differ::rebuild_table(const Table& from, const Table& to) {
  std::vector<Hazard> hazards = rebuild_hazards(from, to);
  emit(kAlterColumns, RebuildTable{from, to}, {ObjectKind::Table, to.name, {}}, to.where, std::move(hazards));
  for (const Index& index : to.indexes)
    emit(kAddConstraintsAndIndexes, CreateIndex{to.name, index}, {ObjectKind::Index, to.name, index.name}, index.where);
}

// Tables foreign keys tie together, rebuilt as one change (parents first).
void Differ::rebuild_tables(const std::vector<std::pair<const Table*, const Table*>>& group) {
  RebuildTables change;
  std::vector<Hazard> hazards;
  for (const auto& [from, to] : group) {
    std::vector<Hazard> own = rebuild_hazards(*from, *to);
    hazards.insert(hazards.end(), own.begin(), own.end());
    change.tables.push_back(RebuildTable{*from, *to});
  }
  const Table& first = *group.front().second;
  emit(kAlterColumns, std::move(change), {ObjectKind::Table, first.name, {}}, first.where, std::move(hazards));
  for (const auto& [from, to] : group)
    for (const Index& index : to->indexes)
      emit(kAddConstraintsAndIndexes, CreateIndex{to->name, index}, {ObjectKind::Index, to->name, index.name}, index.where);
}

void Differ::virtual_tables() {
  const auto from = index_by_name(from_.virtual_tables), to = index_by_name(to_.virtual_tables);
  // After the tables they index and the columns added to them.
  constexpr std::size_t kAfterTables = 1'000'000;
  for (const auto& [name, table] : to) {
    const VirtualTable* old = lookup(from, name);
    if (old && old->module == table->module && old->arguments == table->arguments) continue;
    const ObjectKey key{ObjectKind::VirtualTable, name, {}};
    if (old) {
      emit(kDropTables, DropVirtualTable{*old}, key, {},
           {Hazard{HazardKind::DataLoss, "makes virtual table " + to_string(name) + " again: what it stores itself is lost"}});
      reshaped_tables_.insert(name);
    }
    emit(kAlterColumns, CreateVirtualTable{*table}, key, table->where, {}, kAfterTables);
  }
  for (const auto& [name, table] : from) {
    if (lookup(to, name)) continue;
    emit(kDropTables, DropVirtualTable{*table}, {ObjectKind::VirtualTable, name, {}}, {},
         {Hazard{HazardKind::DataLoss, "drops virtual table " + to_string(name) + " and what it stores"}});
    reshaped_tables_.insert(name);
  }
}

}  // namespace schemac::detail
