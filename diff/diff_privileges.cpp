// Owners (--owners) and privileges (--privileges): set once every object is
// in place, owners first (a new owner takes the old one's privileges). An
// object made here, or made again (a view or function dropped and created,
// an enum rebuilt), starts owned by the role running the migration, with
// PostgreSQL's default privileges for its kind, so what it had is set again.
#include <algorithm>
#include <tuple>

#include "diff/differ.hpp"

namespace schemac::detail {
namespace {

using On = Privilege::On;

ObjectId id_of(const Privilege& p) { return {p.on, p.object, p.signature}; }

std::set<ObjectId> objects_of(const Schema& schema) {
  std::set<ObjectId> out;
  for (const Table& t : schema.tables) out.insert({On::Table, t.name, {}});
  for (const View& v : schema.views) out.insert({On::Table, v.name, {}});
  for (const Sequence& s : schema.sequences) out.insert({On::Sequence, s.name, {}});
  for (const Namespace& n : schema.namespaces) out.insert({On::Schema, {"", n.name}, {}});
  out.insert({On::Schema, {"", "public"}, {}});
  for (const Function& f : schema.functions) out.insert({f.procedure ? On::Procedure : On::Function, f.name, f.signature()});
  for (const EnumType& e : schema.enums) out.insert({On::Type, e.name, {}});
  for (const Domain& d : schema.domains) out.insert({On::Type, d.name, {}});
  for (const CompositeType& c : schema.composite_types) out.insert({On::Type, c.name, {}});
  for (const RangeType& r : schema.range_types) {
    out.insert({On::Type, r.name, {}});
    out.insert({On::Type, {r.name.schema, r.multirange}, {}});
  }
  return out;
}

// PostgreSQL's defaults for a new object, beyond its owner's.
std::vector<Privilege> defaults(const ObjectId& id) {
  const auto& [on, name, signature] = id;
  if (on == On::Function || on == On::Procedure) return {{on, name, signature, {}, "PUBLIC", "EXECUTE", false}};
  if (on == On::Type) return {{on, name, signature, {}, "PUBLIC", "USAGE", false}};
  return {};
}

// A privilege without its grant option, to match one held with it against one without.
std::tuple<ObjectId, std::string, std::string, std::string> held(const Privilege& p) {
  return {id_of(p), p.column, p.grantee, p.privilege};
}

}  // namespace

bool Differ::made_here(const ObjectId& id, const std::set<ObjectId>& before_objects) const {
  const auto& [on, name, signature] = id;
  return !before_objects.contains(id) || (on == On::Table && (recreated_views_.contains(name) || remade_tables_.contains(name))) ||
         ((on == On::Function || on == On::Procedure) && recreated_functions_.contains(name)) ||
         (on == On::Type && rebuilt_types_.contains(name));
}

void Differ::owners() {
  if (from_.owners.empty() && to_.owners.empty()) return;  // not read (--owners) or none set
  const std::set<ObjectId> before_objects = objects_of(from_);
  std::map<ObjectId, std::string> before, after;
  for (const Ownership& o : from_.owners) before[{o.on, o.object, o.signature}] = o.owner;
  for (const Ownership& o : to_.owners) after[{o.on, o.object, o.signature}] = o.owner;
  for (const ObjectId& id : objects_of(to_)) {
    auto wanted = after.find(id);
    auto had = before.find(id);
    const std::string want = wanted == after.end() ? "" : wanted->second;
    const std::string have = had == before.end() || made_here(id, before_objects) ? "" : had->second;
    if (want == have) continue;
    const auto& [on, name, signature] = id;
    emit(kPrivileges, SetOwner{on, name, signature, want}, {ObjectKind::Privilege, name, "owner"}, {}, {}, 0);
  }
}

void Differ::privileges() {
  if (from_.privileges.empty() && to_.privileges.empty()) return;  // not read (--privileges) or none
  const std::set<ObjectId> before_objects = objects_of(from_), after_objects = objects_of(to_);
  const auto made_here = [&](const ObjectId& id) { return Differ::made_here(id, before_objects); };

  // What each object will hold before any GRANT or REVOKE runs, keyed without the grant option.
  std::map<std::tuple<ObjectId, std::string, std::string, std::string>, bool> before, after;
  for (const Privilege& p : from_.privileges)
    if (after_objects.contains(id_of(p)) && !made_here(id_of(p))) before[held(p)] = p.grantable;
  for (const ObjectId& id : after_objects)
    if (made_here(id))
      for (const Privilege& p : defaults(id)) before[held(p)] = p.grantable;
  for (const Privilege& p : to_.privileges) after[held(p)] = p.grantable;

  // Grouped per object, grantee and kind of statement, in a stable order.
  enum Action { kRevoke, kRevokeGrantOption, kGrant, kGrantWithOption };
  std::map<std::tuple<ObjectId, std::string, int>, PrivilegeSet> statements;
  auto add = [&](const auto& key, Action action) {
    const auto& [id, column, grantee, privilege] = key;
    PrivilegeSet& set = statements[{id, grantee, action}];
    std::tie(set.on, set.object, set.signature) = id;
    set.grantee = grantee;
    set.privileges.emplace_back(privilege, column);
  };
  for (const auto& [key, grantable] : before) {
    auto now = after.find(key);
    if (now == after.end()) add(key, kRevoke);
    else if (grantable && !now->second) add(key, kRevokeGrantOption);
  }
  for (const auto& [key, grantable] : after) {
    auto was = before.find(key);
    if (was == before.end()) add(key, grantable ? kGrantWithOption : kGrant);
    else if (grantable && !was->second) add(key, kGrantWithOption);
  }
  for (auto& [key, set] : statements) {
    const auto action = static_cast<Action>(std::get<2>(key));
    const ObjectKey subject{ObjectKind::Privilege, set.object, "to " + set.grantee};
    if (action == kGrant || action == kGrantWithOption) {
      emit(kPrivileges, GrantPrivileges{std::move(set), action == kGrantWithOption}, subject, {}, {}, 1);
      continue;
    }
    std::string reason = "revokes";
    for (const auto& [privilege, column] : set.privileges) reason += " " + privilege + (column.empty() ? "" : " (" + column + ")");
    reason += (action == kRevokeGrantOption ? " grant option from " : " from ") + set.grantee;
    emit(kPrivileges, RevokePrivileges{std::move(set), action == kRevokeGrantOption}, subject,
         {}, {Hazard{HazardKind::BackwardIncompatible, reason}}, 1);
  }
}

}  // namespace schemac::detail
