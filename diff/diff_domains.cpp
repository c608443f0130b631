// Domains and composite types. A domain's default, NOT NULL and checks change
// in place; so do a composite type's attributes. A new base type cannot be
// reached in place and is reported, not guessed at.
#include <algorithm>

#include "diff/differ.hpp"
#include "model/implicit_names.hpp"

namespace schemac::detail {
namespace {

bool calls_any(const Expr& expr, const std::set<QualifiedName>& functions) {
  return std::any_of(expr.calls.begin(), expr.calls.end(), [&](const QualifiedName& f) { return functions.contains(f); });
}

// Domains by how many domains lie beneath them (one over another is made
// after it and dropped before it), by name within a level.
std::vector<const Domain*> in_depth_order(const std::vector<Domain>& domains, bool deepest_first) {
  const auto by_name = index_by_name(domains);
  std::map<QualifiedName, std::size_t> depth;
  auto depth_of = [&](auto& self, const Domain& domain) -> std::size_t {
    if (auto known = depth.find(domain.name); known != depth.end()) return known->second;
    depth[domain.name] = 0;  // a guard: a base is always made first, so there are no cycles to follow
    std::size_t d = 0;
    if (auto base = named_type(domain.type))
      if (const Domain* over = lookup(by_name, *base)) d = self(self, *over) + 1;
    return depth[domain.name] = d;
  };
  std::vector<const Domain*> out;
  for (const auto& [name, domain] : by_name) {
    depth_of(depth_of, *domain);
    out.push_back(domain);
  }
  std::stable_sort(out.begin(), out.end(), [&](const Domain* a, const Domain* b) {
    return deepest_first ? depth[a->name] > depth[b->name] : depth[a->name] < depth[b->name];
  });
  return out;
}

}  // namespace

void Differ::domains() {
  const auto from = index_by_name(from_.domains), to = index_by_name(to_.domains);
  for (const Domain* domain : in_depth_order(to_.domains, false)) {
    const QualifiedName& name = domain->name;
    const ObjectKey key{ObjectKind::Domain, name, {}};
    const Domain* old = lookup(from, name);
    if (!old) {
      create_domain(*domain, key);
      continue;
    }
    if (old->type != domain->type || old->collation != domain->collation) {
      rebuild_domain(*old, *domain);
      continue;
    }
    comment(key, old->comment, domain->comment);
    // A default or check calling a function that is dropped (to be made again)
    // is taken off before it, and one calling a function made here put on after.
    const bool default_released = old->default_value && calls_any(*old->default_value, unmade_functions_);
    if (old->default_value != domain->default_value || default_released) {
      if (default_released) drop_domain_default(*domain);
      if (domain->default_value && calls_any(*domain->default_value, made_functions_))
        emit(kCreateLateFunctions, AlterDomain{name, AlterDomain::Default, *domain, {}}, key, domain->where, {}, 1);
      else if (domain->default_value || !default_released)
        emit(kCreateTypes, AlterDomain{name, AlterDomain::Default, *domain, {}}, key, domain->where);
    }
    if (old->not_null != domain->not_null) emit(kCreateTypes, AlterDomain{name, AlterDomain::NotNull, *domain, {}}, key, domain->where);
    for (const CheckConstraint& check : old->checks) {
      auto same = std::find_if(domain->checks.begin(), domain->checks.end(), [&](const auto& c) { return c.name == check.name; });
      const bool released = calls_any(check.expr, unmade_functions_);
      if (same == domain->checks.end() || !same_definition(check, *same) || released)
        emit(released ? kDropTriggers : kDropIndexesAndConstraints, AlterDomain{name, AlterDomain::DropCheck, *domain, check}, key);
    }
    for (const CheckConstraint& check : domain->checks) {
      auto same = std::find_if(old->checks.begin(), old->checks.end(), [&](const auto& c) { return c.name == check.name; });
      const bool kept = same != old->checks.end() && same_definition(check, *same);
      if (!kept || calls_any(same->expr, unmade_functions_))
        emit(kAddConstraintsAndIndexes, AlterDomain{name, AlterDomain::AddCheck, *domain, check}, key, check.where);
      comment({ObjectKind::Domain, name, check.name}, kept ? same->comment : std::nullopt, check.comment);
    }
  }
  for (const Domain* dropped : in_depth_order(from_.domains, true)) {
    const Domain& domain = *dropped;
    if (lookup(to, domain.name)) continue;
    release_domain_calls(domain);
    emit(kDropTypes, DropDomain{domain}, {ObjectKind::Domain, domain.name, {}}, {}, {}, 2);
  }
}

// Made with what it can have at once; a check or default calling a function
// this migration makes is added once the function is there (a function over
// the domain may come between).
void Differ::create_domain(const Domain& domain, const ObjectKey& key) {
  Domain first = domain;
  std::vector<CheckConstraint> later;
  std::erase_if(first.checks, [&](const CheckConstraint& check) {
    if (!calls_any(check.expr, made_functions_)) return false;
    later.push_back(check);
    return true;
  });
  const bool default_later = first.default_value && calls_any(*first.default_value, made_functions_);
  if (default_later) first.default_value.reset();
  emit(kCreateTypes, CreateDomain{std::move(first)}, key, domain.where, {}, 1);  // after enums, which it may be over
  if (default_later) emit(kCreateLateFunctions, AlterDomain{domain.name, AlterDomain::Default, domain, {}}, key, domain.where, {}, 1);
  for (const CheckConstraint& check : later)
    emit(kCreateLateFunctions, AlterDomain{domain.name, AlterDomain::AddCheck, domain, check}, key, check.where, {}, 1);
  comment(key, std::nullopt, domain.comment);
  for (const CheckConstraint& check : domain.checks) comment({ObjectKind::Domain, domain.name, check.name}, std::nullopt, check.comment);
}

// A domain about to go loses, before the functions go, the checks and the
// default that call them (PostgreSQL refuses to drop a function they use).
void Differ::release_domain_calls(const Domain& domain) {
  const ObjectKey key{ObjectKind::Domain, domain.name, {}};
  for (const CheckConstraint& check : domain.checks)
    if (calls_any(check.expr, unmade_functions_)) emit(kDropTriggers, AlterDomain{domain.name, AlterDomain::DropCheck, domain, check}, key);
  if (domain.default_value && calls_any(*domain.default_value, unmade_functions_)) drop_domain_default(domain);
}

// DROP DEFAULT, before the functions a default calls go.
void Differ::drop_domain_default(const Domain& domain) {
  Domain without = domain;
  without.default_value.reset();
  emit(kDropTriggers, AlterDomain{domain.name, AlterDomain::Default, std::move(without), {}}, {ObjectKind::Domain, domain.name, {}});
}

// A new base type cannot be altered in: the old domain is renamed away, the
// new one made under the name, columns converted through their text form
// (tables.cpp, rebuilt_types_), and the old one dropped.
void Differ::rebuild_domain(const Domain& from, const Domain& to) {
  const ObjectKey key{ObjectKind::Domain, to.name, {}};
  const std::string old_name = truncate_identifier(to.name.name + "__schemac_old");
  release_domain_calls(from);
  emit(kCreateTypes, RenameEnum{to.name, old_name, true}, key, to.where,
       {Hazard{HazardKind::TableRewrite, "rebuilds domain " + to_string(to.name) + " over " + to.type +
                                             ": columns of it are rewritten, and values the new type or its checks reject make the "
                                             "migration fail"}});
  create_domain(to, key);
  rebuilt_types_.insert(to.name);
  Domain renamed = from;
  renamed.name.name = old_name;
  emit(kDropTypes, DropDomain{renamed}, key, {}, {}, 2);
}

// A range type cannot be altered: a changed one is made again. One whose
// subtype_diff is the schema's own function (qualified) comes after the
// functions and goes before them.
void Differ::range_types() {
  auto uses_own_function = [](const RangeType& r) { return r.subtype_diff.find('.') != std::string::npos; };
  const auto from = index_by_name(from_.range_types), to = index_by_name(to_.range_types);
  auto same = [](const RangeType& a, const RangeType& b) {
    return a.subtype == b.subtype && a.subtype_diff == b.subtype_diff && a.multirange == b.multirange;
  };
  for (const auto& [name, range] : to) {
    const ObjectKey key{ObjectKind::RangeType, name, {}};
    const RangeType* old = lookup(from, name);
    if (old && same(*old, *range)) {
      comment(key, old->comment, range->comment);
      continue;
    }
    if (old) emit(kDropViews, DropRangeType{*old}, key, {}, {Hazard{HazardKind::BackwardIncompatible, "makes range type " + to_string(name) + " again"}});
    if (uses_own_function(*range)) emit(kCreateFunctions, CreateRangeType{*range}, key, range->where, {}, 2);
    else emit(kCreateTypes, CreateRangeType{*range}, key, range->where, {}, 1);
    comment(key, std::nullopt, range->comment);
  }
  for (const auto& [name, range] : from)
    if (!lookup(to, name))
      emit(uses_own_function(*range) ? kDropFunctions : kDropTypes, DropRangeType{*range}, {ObjectKind::RangeType, name, {}}, {}, {},
           uses_own_function(*range) ? 0 : 2);
}

void Differ::composite_types() {
  const auto from = index_by_name(from_.composite_types), to = index_by_name(to_.composite_types);
  for (const auto& [name, type] : to) {
    const ObjectKey key{ObjectKind::CompositeType, name, {}};
    const CompositeType* old = lookup(from, name);
    if (!old) {
      emit(kCreateTypes, CreateCompositeType{*type}, key, type->where, {}, 2);  // after the domains its attributes may use
      comment(key, std::nullopt, type->comment);
      continue;
    }
    comment(key, old->comment, type->comment);
    auto find = [](const std::vector<Column>& attributes, const std::string& attribute) {
      auto it = std::find_if(attributes.begin(), attributes.end(), [&](const Column& a) { return a.name == attribute; });
      return it == attributes.end() ? nullptr : &*it;
    };
    for (const Column& attribute : old->attributes)
      if (!find(type->attributes, attribute.name))
        emit(kAlterColumns, AlterCompositeType{name, AlterCompositeType::Drop, attribute}, key, {},
             {Hazard{HazardKind::DataLoss, "drops attribute " + attribute.name + " of type " + to_string(name) + " and its values"}});
    for (const Column& attribute : type->attributes) {
      const Column* before = find(old->attributes, attribute.name);
      if (!before) emit(kAlterColumns, AlterCompositeType{name, AlterCompositeType::Add, attribute}, key, attribute.where);
      else if (before->type != attribute.type || before->collation != attribute.collation)
        emit(kAlterColumns, AlterCompositeType{name, AlterCompositeType::Retype, attribute}, key, attribute.where);
    }
  }
  for (const auto& [name, type] : from)
    if (!lookup(to, name)) emit(kDropTypes, DropCompositeType{*type}, {ObjectKind::CompositeType, name, {}}, {}, {}, 1);
}

}  // namespace schemac::detail
