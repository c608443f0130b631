#pragma once
// Orders tables so that each comes after its parent tables, the tables whose
// row types its columns have, and the tables its foreign keys reference. Foreign keys that close a cycle are reported instead: they are
// added once all tables of the cycle exist (or dropped before any is dropped).
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "model/schema.hpp"

namespace schemac {

struct TableOrder {
  std::vector<const Table*> order;
  std::set<std::pair<QualifiedName, std::string>> cycle_foreign_keys;  // (table, constraint name)
};

// `tables` must be sorted by name; only references among them count.
TableOrder order_by_foreign_keys(const std::vector<const Table*>& tables);

}  // namespace schemac
