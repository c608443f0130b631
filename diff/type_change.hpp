#pragma once
// What PostgreSQL does when a column's type changes: whether it needs an
// explicit USING cast and whether values can be lost or rejected.
#include <string>

namespace schemac {

struct TypeChangeEffect {
  bool needs_using = false;   // no implicit or assignment cast exists
  bool may_lose_data = false;  // narrowing: values may be cut, rounded or rejected
  bool rewrites = true;        // PostgreSQL rewrites the table (and rebuilds its indexes)
};

// Types in canonical form ("character varying(20)", "numeric(10,2)").
TypeChangeEffect classify_type_change(const std::string& from, const std::string& to);

}  // namespace schemac
