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
  struct Frame {
    const Table* table;
    std::vector<const ForeignKey*> keys;  // sorted by name, for a deterministic order
    std::size_t next = 0;
  };
  auto start = [&](const Table* table) {
    Frame frame{table, {}, 0};
    for (const ForeignKey& fk : table->foreign_keys) frame.keys.push_back(&fk);
    std::sort(frame.keys.begin(), frame.keys.end(), [](auto* a, auto* b) { return a->name < b->name; });
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
      const ForeignKey* fk = top.keys[top.next++];
      if (fk->ref_table == top.table->name) continue;  // a self reference is fine inside CREATE TABLE
      auto target = nodes.find(fk->ref_table);
      if (target == nodes.end()) continue;
      if (target->second.second == State::InProgress) {
        result.cycle_foreign_keys.emplace(top.table->name, fk->name);
      } else if (target->second.second == State::Unvisited) {
        stack.push_back(start(target->second.first));
      }
    }
  }
  return result;
}

}  // namespace schemac
