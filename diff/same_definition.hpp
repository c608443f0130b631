#pragma once
// Equality of object definitions, ignoring where they came from and their
// comments (comments are diffed on their own). Shared with the dialects'
// table rules, which decide what can change in place.
#include "model/schema.hpp"

namespace schemac {

bool same_definition(const Column& a, const Column& b);
bool same_definition(const PrimaryKey& a, const PrimaryKey& b);
bool same_definition(const UniqueConstraint& a, const UniqueConstraint& b);
bool same_definition(const CheckConstraint& a, const CheckConstraint& b);
bool same_definition(const ForeignKey& a, const ForeignKey& b);
bool same_definition(const ExclusionConstraint& a, const ExclusionConstraint& b);
bool same_definition(const Index& a, const Index& b);
bool same_options(const SequenceOptions& a, const SequenceOptions& b);

// The same constraints, in any order (matched by definition, names aside).
template <class T>
bool same_set(const std::vector<T>& a, const std::vector<T>& b) {
  if (a.size() != b.size()) return false;
  for (const T& item : a) {
    bool found = false;
    for (const T& other : b) found = found || same_definition(item, other);
    if (!found) return false;
  }
  return true;
}

}  // namespace schemac
