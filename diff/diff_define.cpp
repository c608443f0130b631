// Collations and operators: created before what uses them, dropped after;
// a changed one is dropped and created again (neither can be altered).
#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

bool same_collation(const Collation& a, const Collation& b) {
  return a.provider == b.provider && a.locale == b.locale && a.lc_collate == b.lc_collate && a.lc_ctype == b.lc_ctype &&
         a.deterministic == b.deterministic;
}

bool same_operator(const Operator& a, const Operator& b) {
  return a.function == b.function && a.commutator == b.commutator && a.negator == b.negator &&
         a.restrict_estimator == b.restrict_estimator && a.join_estimator == b.join_estimator && a.hashes == b.hashes &&
         a.merges == b.merges;
}

}  // namespace

void Differ::collations() {
  const auto from = index_by_name(from_.collations), to = index_by_name(to_.collations);
  for (const auto& [name, collation] : to) {
    const ObjectKey key{ObjectKind::Collation, name, {}};
    const Collation* old = lookup(from, name);
    if (old && same_collation(*old, *collation)) {
      comment(key, old->comment, collation->comment);
      continue;
    }
    if (old) emit(kDropViews, DropCollation{*old}, key, {}, {Hazard{HazardKind::BackwardIncompatible, "makes collation " + to_string(name) + " again"}});
    emit(kCreateTypes, CreateCollation{*collation}, key, collation->where, {}, 0);
    comment(key, std::nullopt, collation->comment);
  }
  for (const auto& [name, collation] : from)
    if (!lookup(to, name)) emit(kDropTypes, DropCollation{*collation}, {ObjectKind::Collation, name, {}}, {}, {}, 9);
}

void Differ::operators() {
  using Key = std::pair<QualifiedName, std::string>;
  std::map<Key, const Operator*> from, to;
  for (const Operator& o : from_.operators) from.emplace(Key{o.name, o.signature()}, &o);
  for (const Operator& o : to_.operators) to.emplace(Key{o.name, o.signature()}, &o);
  for (const auto& [key, op] : to) {
    const ObjectKey object{ObjectKind::Operator, op->name, op->signature()};
    auto old = from.find(key);
    if (old != from.end() && same_operator(*old->second, *op)) {
      comment(object, old->second->comment, op->comment);
      continue;
    }
    if (old != from.end()) emit(kDropChangedFunctions, DropOperator{*old->second}, object);
    emit(kCreateFunctions, CreateOperator{*op}, object, op->where, {}, 1);  // after the functions it runs
    comment(object, std::nullopt, op->comment);
  }
  for (const auto& [key, op] : from)
    if (!to.contains(key)) emit(kDropFunctions, DropOperator{*op}, {ObjectKind::Operator, op->name, op->signature()});
}

}  // namespace schemac::detail
