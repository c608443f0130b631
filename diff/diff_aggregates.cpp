// Aggregates, matched by name and argument types: created after the
// functions they run, dropped before them; a changed one is made again.
#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

bool same_aggregate(const Aggregate& a, const Aggregate& b) {
  return a.state_function == b.state_function && a.state_type == b.state_type && a.final_function == b.final_function &&
         a.combine_function == b.combine_function && a.initial_condition == b.initial_condition && a.parallel == b.parallel;
}

}  // namespace

void Differ::aggregates() {
  using Key = std::pair<QualifiedName, std::string>;
  std::map<Key, const Aggregate*> from, to;
  for (const Aggregate& a : from_.aggregates) from.emplace(Key{a.name, a.signature()}, &a);
  for (const Aggregate& a : to_.aggregates) to.emplace(Key{a.name, a.signature()}, &a);
  for (const auto& [key, aggregate] : to) {
    const ObjectKey object{ObjectKind::Aggregate, aggregate->name, aggregate->signature()};
    auto old = from.find(key);
    if (old != from.end() && same_aggregate(*old->second, *aggregate)) {
      comment(object, old->second->comment, aggregate->comment);
      continue;
    }
    if (old != from.end()) emit(kDropChangedFunctions, DropAggregate{*old->second}, object);
    emit(kCreateLateFunctions, CreateAggregate{*aggregate}, object, aggregate->where, {}, 1);  // after the functions it runs
    comment(object, std::nullopt, aggregate->comment);
  }
  for (const auto& [key, aggregate] : from)
    if (!to.contains(key))
      emit(kDropFunctions, DropAggregate{*aggregate}, {ObjectKind::Aggregate, aggregate->name, aggregate->signature()});
}

}  // namespace schemac::detail
