#include "transfer/table_pairs.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "model/ascii_case.hpp"

namespace schemac {
namespace {

Diagnostic error(std::string message, std::string hint = {}) { return Diagnostic{{}, std::move(message), std::move(hint), {}}; }

// Tarjan's strongly connected components over "references" edges: a group
// is emitted after every group it references, so parents come first.
std::vector<std::vector<std::size_t>> components(const std::vector<std::set<std::size_t>>& references) {
  const std::size_t n = references.size();
  std::vector<int> index(n, -1), low(n, 0);
  std::vector<bool> on_stack(n, false);
  std::vector<std::size_t> stack;
  std::vector<std::vector<std::size_t>> out;
  int next = 0;
  std::function<void(std::size_t)> visit = [&](std::size_t v) {
    index[v] = low[v] = next++;
    stack.push_back(v);
    on_stack[v] = true;
    for (std::size_t w : references[v]) {
      if (index[w] < 0) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack[w]) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] != index[v]) return;
    std::vector<std::size_t> group;
    std::size_t w = 0;
    do {
      w = stack.back();
      stack.pop_back();
      on_stack[w] = false;
      group.push_back(w);
    } while (w != v);
    std::sort(group.begin(), group.end());
    out.push_back(std::move(group));
  };
  for (std::size_t v = 0; v < n; ++v)
    if (index[v] < 0) visit(v);
  return out;
}

}  // namespace

Result<TransferPlan> plan_transfer(const Schema& sqlite, const Schema& postgres, const std::vector<std::string>& only) {
  TransferPlan plan;
  std::vector<Diagnostic> errors;
  std::set<std::string> wanted;
  for (const std::string& name : only) wanted.insert(ascii_lower(name));
  std::map<std::string, const Table*> targets;  // lower-case name -> PostgreSQL table
  for (const Table& table : postgres.tables)
    if (!table.partition_of) targets.emplace(ascii_lower(table.name.name), &table);

  std::vector<TablePair> pairs;
  std::vector<const Table*> target_of;
  std::set<std::string> found_wanted;
  auto pair_up = [&](const std::string& source, const Table* source_table) {
    const auto found = targets.find(ascii_lower(source));
    if (found == targets.end()) {
      errors.push_back(error("SQLite table " + source + " has no PostgreSQL table to go to",
                             "convert the schema and load it first, or leave the table out with --tables"));
      return;
    }
    const Table& target = *found->second;
    TablePair pair{source, target.name, {}, !source_table || !source_table->without_rowid, {}};
    auto add_column = [&](const std::string& name) {
      const Column* column = target.find_column(ascii_lower(name));
      if (!column) column = target.find_column(name);
      if (!column || column->generated) {
        errors.push_back(error("SQLite column " + source + "." + name + (column ? " is generated in PostgreSQL" : " has no PostgreSQL column to go to") +
                               " (" + to_string(target.name) + ")"));
        return;
      }
      pair.columns.push_back(ColumnPair{name, column->name, value_kind(column->type)});
    };
    if (source_table) {
      for (const Column& column : source_table->columns)
        if (!column.generated) add_column(column.name);
    } else {
      // An FTS5 table holding its own text: its columns are the converted table's.
      for (const Column& column : target.columns)
        if (!column.generated) add_column(column.name);
    }
    for (const Column& column : target.columns)
      if (column.identity) pair.identity_columns.push_back(column.name);
    pairs.push_back(std::move(pair));
    target_of.push_back(&target);
  };

  auto is_wanted = [&](const std::string& name) {
    if (wanted.empty()) return true;
    if (!wanted.contains(ascii_lower(name))) return false;
    found_wanted.insert(ascii_lower(name));
    return true;
  };
  for (const Table& table : sqlite.tables)
    if (table.name.schema != "temp" && is_wanted(table.name.name)) pair_up(table.name.name, &table);
  for (const VirtualTable& fts : sqlite.virtual_tables) {
    if (!is_wanted(fts.name.name)) continue;
    if (targets.contains(ascii_lower(fts.name.name))) pair_up(fts.name.name, nullptr);
    else plan.notes.push_back(fts.name.name + " (" + fts.module + "): an index over other tables' text, not copied");
  }
  for (const std::string& name : wanted)
    if (!found_wanted.contains(name)) errors.push_back(error("--tables names " + name + ", which the SQLite database does not have"));
  if (!errors.empty()) return errors;

  std::map<QualifiedName, std::size_t> position;
  for (std::size_t i = 0; i < pairs.size(); ++i) position.emplace(pairs[i].target, i);
  std::vector<std::set<std::size_t>> references(pairs.size());
  for (std::size_t i = 0; i < pairs.size(); ++i)
    for (const ForeignKey& fk : target_of[i]->foreign_keys)
      if (auto parent = position.find(fk.ref_table); parent != position.end()) references[i].insert(parent->second);
  for (const std::vector<std::size_t>& members : components(references)) {
    CopyGroup group;
    for (std::size_t i : members) group.tables.push_back(pairs[i]);
    plan.groups.push_back(std::move(group));
  }
  return plan;
}

}  // namespace schemac
