// Row-level security: the table switches and the policies. A policy on (or
// reading) a table whose columns are dropped or retyped goes first and comes
// back after, as the server will not change a column a policy uses.
#include <algorithm>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

ObjectKey policy_key(const Policy& p) { return {ObjectKind::Policy, p.table, p.name}; }

bool same_policy(const Policy& a, const Policy& b) {
  return a.permissive == b.permissive && a.command == b.command && a.roles == b.roles &&
         a.using_expression == b.using_expression && a.check_expression == b.check_expression;
}

// ALTER POLICY changes roles and expressions, but cannot take an expression away.
bool alterable(const Policy& from, const Policy& to) {
  return from.permissive == to.permissive && from.command == to.command &&
         (from.using_expression.empty() || !to.using_expression.empty()) &&
         (from.check_expression.empty() || !to.check_expression.empty());
}

}  // namespace

void Differ::row_security(const Table* from, const Table& to) {
  const bool enabled = from && from->row_security, forced = from && from->force_row_security;
  if (enabled == to.row_security && forced == to.force_row_security) return;
  SetRowSecurity change{to.name, std::nullopt, std::nullopt};
  if (enabled != to.row_security) change.enable = to.row_security;
  if (forced != to.force_row_security) change.force = to.force_row_security;
  emit(kAlterColumns, std::move(change), {ObjectKind::Table, to.name, {}}, to.where);
}

void Differ::policies() {
  const auto from = index_by_table(from_.policies), to = index_by_table(to_.policies);
  auto disturbed = [&](const Policy& p) {
    return reshaped_tables_.contains(p.table) ||
           std::any_of(p.reads.begin(), p.reads.end(), [&](const QualifiedName& r) { return reshaped_tables_.contains(r); });
  };
  for (const auto& [key, policy] : to) {
    const ObjectKey object = policy_key(*policy);
    auto old = from.find(key);
    const bool table_dropped = old != from.end() && !lookup(to_tables_, policy->table);
    if (old == from.end() || table_dropped) {
      emit(kCreateTriggers, CreatePolicy{*policy}, object, policy->where);
      comment(object, std::nullopt, policy->comment);
      continue;
    }
    const Policy& before = *old->second;
    const bool same = same_policy(before, *policy);
    if (disturbed(before) || (!same && !alterable(before, *policy))) {
      emit(kDropTriggers, DropPolicy{before}, object);
      emit(kCreateTriggers, CreatePolicy{*policy}, object, policy->where);
      comment(object, std::nullopt, policy->comment);
      continue;
    }
    if (!same) emit(kCreateTriggers, AlterPolicy{before, *policy}, object, policy->where);
    comment(object, before.comment, policy->comment);
  }
  for (const auto& [key, policy] : from)
    if (!to.contains(key) && lookup(to_tables_, policy->table))  // a dropped table takes its policies along
      emit(kDropTriggers, DropPolicy{*policy}, policy_key(*policy), {},
           {Hazard{HazardKind::BackwardIncompatible, "drops " + describe(policy_key(*policy)) + "; rows it let through may be hidden"}});
}

}  // namespace schemac::detail
