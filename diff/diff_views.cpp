// Views and materialized views. A view is never altered in place: when its
// definition changes, or something it reads changes shape underneath it, it
// is dropped before anything else happens and created again after
// everything else, with the views that read it.
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

ObjectKey view_key(const View& view) {
  return {view.materialized ? ObjectKind::MaterializedView : ObjectKind::View, view.name, {}};
}

bool same_view(const View& a, const View& b) {
  return a.materialized == b.materialized && a.columns == b.columns && a.query == b.query && a.options == b.options;
}

// Views in an order they can be created in: what a view reads among `views`
// comes before it; otherwise by name, so plans are stable.
std::vector<const View*> creation_order(const std::vector<const View*>& views) {
  std::map<QualifiedName, const View*> by_name;
  for (const View* view : views) by_name.emplace(view->name, view);
  std::vector<const View*> order;
  std::set<QualifiedName> placed, visiting;
  auto visit = [&](auto&& self, const View* view) -> void {
    if (placed.contains(view->name) || !visiting.insert(view->name).second) return;  // a cycle cannot load: leave it
    for (const QualifiedName& read : view->reads)
      if (auto it = by_name.find(read); it != by_name.end()) self(self, it->second);
    placed.insert(view->name);
    order.push_back(view);
  };
  for (const auto& [name, view] : by_name) visit(visit, view);
  return order;
}

}  // namespace

void Differ::views() {
  const auto from = index_by_name(from_.views), to = index_by_name(to_.views);
  std::set<QualifiedName> dropping;  // from-side views that go (for good or to come back)
  for (const auto& [name, view] : from) {
    const View* wanted = lookup(to, name);
    if (!wanted || !same_view(*view, *wanted)) dropping.insert(name);
  }
  // Whatever reads a view that goes, or a table that changes shape, goes too (and comes back).
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, view] : from) {
      if (dropping.contains(name)) continue;
      const bool disturbed = std::any_of(view->reads.begin(), view->reads.end(), [&](const QualifiedName& read) {
        return dropping.contains(read) || reshaped_tables_.contains(read);
      }) || std::any_of(view->calls.begin(), view->calls.end(), [&](const QualifiedName& f) { return recreated_functions_.contains(f); });
      if (disturbed) grew = dropping.insert(name).second;
    }
  }

  recreated_views_ = dropping;
  std::vector<const View*> dropped, created;
  for (const auto& name : dropping) dropped.push_back(lookup(from, name));
  for (const auto& [name, view] : to)
    if (!lookup(from, name) || dropping.contains(name)) created.push_back(view);

  const auto drop_order = creation_order(dropped);
  for (std::size_t i = 0; i < drop_order.size(); ++i) {
    const View& view = *drop_order[i];
    std::vector<Hazard> hazards;
    if (!lookup(to, view.name))
      hazards.push_back(Hazard{HazardKind::BackwardIncompatible, "drops " + describe(view_key(view)) + "; queries that read it fail"});
    emit(kDropViews, DropView{view}, view_key(view), {}, std::move(hazards), drop_order.size() - i);
  }
  const auto create_order = creation_order(created);
  for (std::size_t i = 0; i < create_order.size(); ++i) {
    const View& view = *create_order[i];
    const View* old = lookup(from, view.name);
    std::vector<Hazard> hazards;
    if (view.materialized && old)
      hazards.push_back(Hazard{HazardKind::LongLock, "refills materialized view " + to_string(view.name) + " while creating it"});
    emit(kCreateViews, CreateView{view}, view_key(view), view.where, std::move(hazards), i);
    for (const Index& index : view.indexes)
    {
      emit(kCreateViews, CreateIndex{view.name, index}, {ObjectKind::Index, view.name, index.name}, index.where, {}, i);
      index_settings(view.name, nullptr, index, kCreateViews, i);
    }
  }

  for (const auto& [name, view] : to) {
    const View* old = lookup(from, name);
    const bool recreated = !old || dropping.contains(name);
    comment(view_key(*view), recreated ? std::nullopt : old->comment, view->comment);
    if (!recreated) view_indexes(*old, *view);
    for (const Index& index : view->indexes) {
      const Index* before = nullptr;
      if (!recreated)
        for (const Index& candidate : old->indexes)
          if (candidate.name == index.name && same_definition(candidate, index)) before = &candidate;
      comment({ObjectKind::Index, name, index.name}, before ? before->comment : std::nullopt, index.comment);
    }
  }
}

// A kept materialized view: its indexes change like a table's.
void Differ::view_indexes(const View& from, const View& to) {
  auto find = [](const std::vector<Index>& indexes, const std::string& name) -> const Index* {
    auto it = std::find_if(indexes.begin(), indexes.end(), [&](const Index& i) { return i.name == name; });
    return it == indexes.end() ? nullptr : &*it;
  };
  for (const Index& index : from.indexes) {
    const Index* match = find(to.indexes, index.name);
    if (!match || !same_definition(index, *match))
      emit(kDropIndexesAndConstraints, DropIndex{to.name, index}, {ObjectKind::Index, to.name, index.name});
  }
  for (const Index& index : to.indexes) {
    const Index* match = find(from.indexes, index.name);
    if (!match || !same_definition(index, *match)) {
      emit(kAddConstraintsAndIndexes, CreateIndex{to.name, index}, {ObjectKind::Index, to.name, index.name}, index.where);
      index_settings(to.name, nullptr, index, kAddConstraintsAndIndexes);
    } else {
      index_settings(to.name, match, index, kAddConstraintsAndIndexes);
    }
  }
}

}  // namespace schemac::detail
