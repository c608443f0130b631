// Domains and composite types. A domain's default, NOT NULL and checks change
// in place; so do a composite type's attributes. A new base type cannot be
// reached in place and is reported, not guessed at.
#include <algorithm>

#include "diff/differ.hpp"
#include "model/implicit_names.hpp"

namespace schemac::detail {

void Differ::domains() {
  const auto from = index_by_name(from_.domains), to = index_by_name(to_.domains);
  for (const auto& [name, domain] : to) {
    const ObjectKey key{ObjectKind::Domain, name, {}};
    const Domain* old = lookup(from, name);
    if (!old) {
      emit(kCreateTypes, CreateDomain{*domain}, key, domain->where, {}, 1);  // after enums, which it may be over
      comment(key, std::nullopt, domain->comment);
      for (const CheckConstraint& check : domain->checks) comment({ObjectKind::Domain, name, check.name}, std::nullopt, check.comment);
      continue;
    }
    if (old->type != domain->type || old->collation != domain->collation) {
      rebuild_domain(*old, *domain);
      continue;
    }
    comment(key, old->comment, domain->comment);
    if (old->default_value != domain->default_value) emit(kCreateTypes, AlterDomain{name, AlterDomain::Default, *domain, {}}, key, domain->where);
    if (old->not_null != domain->not_null) emit(kCreateTypes, AlterDomain{name, AlterDomain::NotNull, *domain, {}}, key, domain->where);
    for (const CheckConstraint& check : old->checks) {
      auto same = std::find_if(domain->checks.begin(), domain->checks.end(), [&](const auto& c) { return c.name == check.name; });
      if (same == domain->checks.end() || !same_definition(check, *same))
        emit(kDropIndexesAndConstraints, AlterDomain{name, AlterDomain::DropCheck, *domain, check}, key);
    }
    for (const CheckConstraint& check : domain->checks) {
      auto same = std::find_if(old->checks.begin(), old->checks.end(), [&](const auto& c) { return c.name == check.name; });
      const bool kept = same != old->checks.end() && same_definition(check, *same);
      if (!kept) emit(kAddConstraintsAndIndexes, AlterDomain{name, AlterDomain::AddCheck, *domain, check}, key, check.where);
      comment({ObjectKind::Domain, name, check.name}, kept ? same->comment : std::nullopt, check.comment);
    }
  }
  for (const auto& [name, domain] : from)
    if (!lookup(to, name)) emit(kDropTypes, DropDomain{*domain}, {ObjectKind::Domain, name, {}}, {}, {}, 2);
}

// A new base type cannot be altered in: the old domain is renamed away, the
// new one made under the name, columns converted through their text form
// (tables.cpp, rebuilt_types_), and the old one dropped.
void Differ::rebuild_domain(const Domain& from, const Domain& to) {
  const ObjectKey key{ObjectKind::Domain, to.name, {}};
  const std::string old_name = truncate_identifier(to.name.name + "__schemac_old");
  emit(kCreateTypes, RenameEnum{to.name, old_name, true}, key, to.where,
       {Hazard{HazardKind::TableRewrite, "rebuilds domain " + to_string(to.name) + " over " + to.type +
                                             ": columns of it are rewritten, and values the new type or its checks reject make the "
                                             "migration fail"}});
  emit(kCreateTypes, CreateDomain{to}, key, to.where, {}, 1);
  comment(key, std::nullopt, to.comment);
  for (const CheckConstraint& check : to.checks) comment({ObjectKind::Domain, to.name, check.name}, std::nullopt, check.comment);
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
