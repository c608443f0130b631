#pragma once
// Column types chosen for a conversion other than by the declared type: from
// the values a live database holds (infer_types) or from the user's
// --type-map (which wins).
#include <map>
#include <string>

namespace schemac {

struct TypeChoice {
  std::string type;  // PostgreSQL's canonical spelling, e.g. "timestamp with time zone"
  std::string why;   // the evidence, or "--type-map"
};

// Keyed by "table.column", lower case.
using ColumnTypes = std::map<std::string, TypeChoice>;

std::string column_key(const std::string& table, const std::string& column);

}  // namespace schemac
