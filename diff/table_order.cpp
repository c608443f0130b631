#include "diff/table_order.hpp"

#include <algorithm>
#include <map>

namespace schemac {

TableOrder order_by_foreign_keys(const std::vector<const Table*>& tables) {
  enum class State { Unvisited, InProgress, Done };
  std::map<QualifiedName, std::pair<const Table*, State>> nodes;
  for (const Table* table : tables) nodes[table->name] = {table, State::Unvisited};

  TableOrder result;
  // Iterative depth-first search: schemas with thousands of chained tables must not exhaust the stack.
  // What a table needs first: its parents (partition or inheritance), then
  // what its foreign keys reference; `fk` is null for a parent.
  struct Need {
    QualifiedName table;
    const ForeignKey* fk;
  };
  struct Frame {
    const Table* table;
    std::vector<Need> keys;  // foreign keys sorted by name, for a deterministic order
    std::size_t next = 0;
  };
  auto start = [&](const Table* table) {
    Frame frame{table, {}, 0};
    if (table->partition_of) frame.keys.push_back({*table->partition_of, nullptr});
    for (const QualifiedName& parent : table->inherits) frame.keys.push_back({parent, nullptr});
    // A column whose type is another table's row type needs that table made first.
    for (const Column& column : table->columns)
      if (auto type = named_type(column.type)) frame.keys.push_back({*type, nullptr});
    std::vector<const ForeignKey*> fks;
    for (const ForeignKey& fk : table->foreign_keys) fks.push_back(&fk);
    std::sort(fks.begin(), fks.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const ForeignKey* fk : fks) frame.keys.push_back({fk->ref_table, fk});
    nodes[table->name].second = State::InProgress;
    return frame;
  };
  for (const Table* root : tables) {
    if (nodes[root->name].second != State::Unvisited) continue;
    std::vector<Frame> stack{start(root)};
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next == top.keys.size()) {
        nodes[top.table->name].second = State::Done;
        result.order.push_back(top.table);
        stack.pop_back();
        continue;
      }
      const Need need = top.keys[top.next++];
      if (need.table == top.table->name) continue;  // a self reference is fine inside CREATE TABLE
      auto target = nodes.find(need.table);
      if (target == nodes.end()) continue;
      if (target->second.second == State::InProgress) {
        if (need.fk) result.cycle_foreign_keys.emplace(top.table->name, need.fk->name);
      } else if (target->second.second == State::Unvisited) {
        stack.push_back(start(target->second.first));
      }
    }
  }
  return result;
}

}  // namespace schemac
