#pragma once
// Identity of an object for matching, ordering and messages.
#include <string>

#include "model/schema.hpp"

namespace schemac {

enum class ObjectKind { Namespace, Extension, Enum, Sequence, Table, View, MaterializedView, Function, Procedure, Column, PrimaryKey, Unique, Check, ForeignKey, Index, Trigger, Policy, Collation, Operator, Domain, CompositeType, Aggregate, RangeType,
                        TextSearchDictionary, TextSearchConfiguration, Privilege,
                        Exclusion, EventTrigger, VirtualTable };

struct ObjectKey {
  ObjectKind kind;
  QualifiedName name;  // the object, or for members (columns, constraints, indexes) their table
  std::string member;  // column, constraint or index name; a function's signature; empty for other top-level objects

  auto operator<=>(const ObjectKey&) const = default;
  bool operator==(const ObjectKey&) const = default;
};

std::string_view kind_name(ObjectKind kind);  // "table", "foreign key", ...
std::string describe(const ObjectKey& key);   // "column public.users.email"

}  // namespace schemac
