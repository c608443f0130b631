#include "diff/same_definition.hpp"

#include <algorithm>

namespace schemac {
namespace {

bool same_keys(const IndexKey& a, const IndexKey& b) {
  return a.column == b.column && a.expression == b.expression && a.collation == b.collation && a.opclass == b.opclass &&
         a.descending == b.descending && a.nulls == b.nulls;
}

}  // namespace

bool same_definition(const PrimaryKey& a, const PrimaryKey& b) {
  return a.name == b.name && a.columns == b.columns && a.include == b.include && a.deferral == b.deferral &&
         a.autoincrement == b.autoincrement && a.descending == b.descending && a.on_conflict == b.on_conflict;
}

bool same_definition(const UniqueConstraint& a, const UniqueConstraint& b) {
  return a.name == b.name && a.columns == b.columns && a.include == b.include &&
         a.nulls_not_distinct == b.nulls_not_distinct && a.deferral == b.deferral && a.on_conflict == b.on_conflict;
}

// Whether rows were validated (NOT VALID) is not part of a check's or a
// foreign key's definition: see Differ::constraints.
bool same_definition(const CheckConstraint& a, const CheckConstraint& b) {
  return a.name == b.name && a.expr == b.expr && a.no_inherit == b.no_inherit && a.enforced == b.enforced;
}

bool same_definition(const ForeignKey& a, const ForeignKey& b) {
  return a.name == b.name && a.columns == b.columns && a.ref_table == b.ref_table && a.ref_columns == b.ref_columns &&
         a.on_delete == b.on_delete && a.on_update == b.on_update && a.match == b.match && a.deferral == b.deferral &&
         a.enforced == b.enforced;
}

bool same_definition(const ExclusionConstraint& a, const ExclusionConstraint& b) {
  return a.name == b.name && a.method == b.method && a.operators == b.operators && a.include == b.include &&
         a.predicate == b.predicate && a.deferral == b.deferral && std::equal(a.keys.begin(), a.keys.end(), b.keys.begin(), b.keys.end(), same_keys);
}

bool same_definition(const Index& a, const Index& b) {
  return a.name == b.name && a.unique == b.unique && a.nulls_not_distinct == b.nulls_not_distinct && a.method == b.method &&
         a.invalid == b.invalid && a.include == b.include && a.predicate == b.predicate &&
         std::equal(a.keys.begin(), a.keys.end(), b.keys.begin(), b.keys.end(), same_keys);
}

// A column as declared, apart from its comment and planner settings (and
// identity options, which only PostgreSQL has and alters in place).
bool same_definition(const Column& a, const Column& b) {
  return a.name == b.name && a.type == b.type && a.not_null == b.not_null && a.default_value == b.default_value &&
         bool(a.identity) == bool(b.identity) && a.generated == b.generated && a.virtual_generated == b.virtual_generated &&
         a.not_null_on_conflict == b.not_null_on_conflict && a.collation == b.collation;
}

bool same_options(const SequenceOptions& a, const SequenceOptions& b) {
  return a.type == b.type && a.increment == b.increment && a.min_value == b.min_value && a.max_value == b.max_value &&
         a.start == b.start && a.cache == b.cache && a.cycle == b.cycle;
}

}  // namespace schemac
