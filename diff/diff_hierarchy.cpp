// Where a table sits among partitions and parents (INHERITS, PARTITION OF),
// and what a table that changes parents must hold on its own meanwhile.
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

std::vector<QualifiedName> parents_of(const Table& table) {
  if (table.partition_of) return {*table.partition_of};
  return table.inherits;
}

bool contains(const std::vector<QualifiedName>& names, const QualifiedName& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool hands_down_column(const std::vector<const Table*>& parents, const std::string& name) {
  return std::any_of(parents.begin(), parents.end(), [&](const Table* parent) { return parent->find_column(name) != nullptr; });
}

bool hands_down_check(const std::vector<const Table*>& parents, const std::string& name) {
  return std::any_of(parents.begin(), parents.end(), [&](const Table* parent) {
    return std::any_of(parent->checks.begin(), parent->checks.end(),
                       [&](const CheckConstraint& check) { return check.name == name && !check.no_inherit; });
  });
}

bool has_check(const Table& table, const std::string& name) {
  return std::any_of(table.checks.begin(), table.checks.end(), [&](const CheckConstraint& check) { return check.name == name; });
}

}  // namespace

// The columns and checks a table holds on its own, before and after, for a
// table with parents. A parent it keeps goes on handing down what it has (its
// own changes reach the table); everything else is the table's to change:
// - NO INHERIT and DETACH PARTITION leave what the parent handed down as the
//   table's own (PostgreSQL sets attislocal and conislocal), so those columns
//   and checks are dropped or changed like any other;
// - INHERIT and ATTACH PARTITION want the parent's columns (same type, NOT
//   NULL where the parent's is) and inheritable checks already in place, so
//   the table gets them first, as its own.
// A check that a kept parent hands down is left out on both sides: the table
// may hold it as its own too (added before it joined, or declared in both),
// and no statement can take that away from an inherited constraint.
std::optional<std::pair<Table, Table>> Differ::own_parts(const Table& from, const Table& to) {
  const std::vector<QualifiedName> parents_before = parents_of(from), parents_after = parents_of(to);
  if (parents_before.empty() && parents_after.empty()) return std::nullopt;
  std::vector<const Table*> kept_before, kept_after, left, joined;
  for (const QualifiedName& name : parents_before)
    if (const Table* parent = lookup(from_tables_, name)) (contains(parents_after, name) ? kept_before : left).push_back(parent);
  for (const QualifiedName& name : parents_after)
    if (const Table* parent = lookup(to_tables_, name)) (contains(parents_before, name) ? kept_after : joined).push_back(parent);

  // Handed down by a parent kept, in either version of it.
  auto kept_check = [&](const std::string& name) { return hands_down_check(kept_before, name) || hands_down_check(kept_after, name); };
  auto take_over = [&](Table& table, const std::vector<const Table*>& kept, const std::vector<const Table*>& others) {
    for (Column& column : table.columns)
      if (column.inherited && !hands_down_column(kept, column.name)) column.inherited = false;
    std::erase_if(table.checks, [&](const CheckConstraint& check) { return kept_check(check.name); });
    for (const Table* parent : others)
      for (const CheckConstraint& check : parent->checks)
        if (!check.no_inherit && !has_check(table, check.name) && !kept_check(check.name)) table.checks.push_back(check);
  };
  std::pair<Table, Table> own{from, to};
  take_over(own.first, kept_before, left);
  take_over(own.second, kept_after, joined);
  // A NOT VALID check on the child would not do: INHERIT refuses it ("conflicts with NOT VALID constraint").
  for (const Table* parent : joined)
    for (const CheckConstraint& check : parent->checks)
      if (!check.no_inherit && check.valid) checked_at_once_.insert({to.name, check.name});
  return own;
}

// Leaving parents comes first: the columns and checks they handed down are
// the table's own from then on.
void Differ::leave_parents(const Table& from, const Table& to) {
  const ObjectKey key{ObjectKind::Table, to.name, {}};
  if (from.partition_of && (from.partition_of != to.partition_of || from.partition_bound != to.partition_bound))
    emit(kDropIndexesAndConstraints, DetachPartition{*from.partition_of, to.name}, key);
  // Before any of the parent's checks go: a check dropped from the parent
  // goes from the child too while the child still inherits it.
  for (const QualifiedName& parent : from.inherits)
    if (!contains(to.inherits, parent)) emit(kDropForeignKeys, SetInherit{to.name, parent, false}, key);
}

// Joining parents comes last, once the table's columns and checks match theirs.
void Differ::join_parents(const Table& from, const Table& to) {
  const ObjectKey key{ObjectKind::Table, to.name, {}};
  if (to.partition_of && (from.partition_of != to.partition_of || from.partition_bound != to.partition_bound)) {
    const bool new_bounds_only = from.partition_of == to.partition_of;
    emit(new_bounds_only ? kMovePartitionBounds : kAddConstraintsAndIndexes, AttachPartition{*to.partition_of, to.name, to.partition_bound},
         key, to.where, {Hazard{HazardKind::LongLock, "attaching " + to_string(to.name) + " scans it to check the partition bound"}});
  }
  for (const QualifiedName& parent : to.inherits)
    if (!contains(from.inherits, parent)) emit(kAddConstraintsAndIndexes, SetInherit{to.name, parent, true}, key, to.where);
}

}  // namespace schemac::detail
