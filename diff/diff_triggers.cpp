// Triggers, matched by table and name. A trigger goes before the function it
// runs is dropped, and comes back on a view that was made again.
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

ObjectKey trigger_key(const Trigger& t) { return {ObjectKind::Trigger, t.table, t.name}; }

bool same_trigger(const Trigger& a, const Trigger& b) {
  return a.timing == b.timing && a.on_insert == b.on_insert && a.on_update == b.on_update && a.on_delete == b.on_delete &&
         a.on_truncate == b.on_truncate && a.update_columns == b.update_columns && a.for_each_row == b.for_each_row &&
         a.when == b.when && a.function == b.function && a.arguments == b.arguments && a.old_table == b.old_table &&
         a.new_table == b.new_table && a.constraint == b.constraint && a.deferral == b.deferral && a.body == b.body;
}

}  // namespace

void Differ::triggers() {
  const auto from = index_by_table(from_.triggers), to = index_by_table(to_.triggers);
  auto relation_kept = [&](const QualifiedName& name) {
    return lookup(to_tables_, name) || std::any_of(to_.views.begin(), to_.views.end(), [&](const View& v) { return v.name == name; });
  };
  // A trigger whose table is made again, or whose body names a relation that
  // is (SQLite checks bodies when a table is renamed into place), goes first
  // and comes back after.
  auto disturbed = [&](const Trigger& trigger) {
    return std::any_of(trigger.reads.begin(), trigger.reads.end(),
                       [&](const QualifiedName& read) { return reshaped_tables_.contains(read) || recreated_views_.contains(read); });
  };
  // A view or table made again has lost its triggers.
  auto made_again = [&](const QualifiedName& relation) { return recreated_views_.contains(relation) || remade_tables_.contains(relation); };
  for (const auto& [key, trigger] : to) {
    const ObjectKey object = trigger_key(*trigger);
    auto old = from.find(key);
    if (old != from.end() && !made_again(trigger->table) && disturbed(*old->second)) {
      emit(kDropTriggers, DropTrigger{*old->second}, object);
      emit(kCreateTriggers, CreateTrigger{*trigger, false}, object, trigger->where);
      continue;
    }
    // A dropped function took its triggers' ground away.
    const bool gone = old == from.end() || made_again(trigger->table);
    const bool function_remade = old != from.end() && recreated_functions_.contains(old->second->function);
    if (gone) {
      emit(kCreateTriggers, CreateTrigger{*trigger, false}, object, trigger->where);
      comment(object, std::nullopt, trigger->comment);
      continue;
    }
    const Trigger& before = *old->second;
    if (!same_trigger(before, *trigger) || function_remade) {
      // CREATE OR REPLACE cannot replace a constraint trigger, nor outlive its function.
      if (trigger->constraint || before.constraint || function_remade) {
        emit(kDropTriggers, DropTrigger{before}, object);
        emit(kCreateTriggers, CreateTrigger{*trigger, false}, object, trigger->where);
        comment(object, std::nullopt, trigger->comment);
        continue;
      }
      emit(kCreateTriggers, CreateTrigger{*trigger, true}, object, trigger->where);
    }
    comment(object, before.comment, trigger->comment);
  }
  for (const auto& [key, trigger] : from)
    if (!to.contains(key) && relation_kept(trigger->table) && !made_again(trigger->table))
      emit(kDropTriggers, DropTrigger{*trigger}, trigger_key(*trigger));
}

// Event triggers, matched by name: made again when what they fire on or run
// changes (or their function is made again), switched on and off in place.
void Differ::event_triggers() {
  std::map<std::string, const EventTrigger*> from, to;
  for (const EventTrigger& e : from_.event_triggers) from.emplace(e.name, &e);
  for (const EventTrigger& e : to_.event_triggers) to.emplace(e.name, &e);
  for (const auto& [name, trigger] : to) {
    const ObjectKey key{ObjectKind::EventTrigger, {"", name}, {}};
    auto old = from.find(name);
    const bool same = old != from.end() && old->second->event == trigger->event && old->second->tags == trigger->tags &&
                      old->second->function == trigger->function && !recreated_functions_.contains(trigger->function);
    if (same) {
      if (old->second->enabled != trigger->enabled) emit(kCreateTriggers, SetEventTriggerEnabled{*trigger}, key, trigger->where);
      comment(key, old->second->comment, trigger->comment);
      continue;
    }
    if (old != from.end()) emit(kDropTriggers, DropEventTrigger{*old->second}, key);
    emit(kCreateTriggers, CreateEventTrigger{*trigger}, key, trigger->where);
    comment(key, std::nullopt, trigger->comment);
  }
  for (const auto& [name, trigger] : from)
    if (!to.contains(name)) emit(kDropTriggers, DropEventTrigger{*trigger}, {ObjectKind::EventTrigger, {"", name}, {}});
}

}  // namespace schemac::detail
