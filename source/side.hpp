#pragma once
// One side of a comparison while it loads: the schema, or what went wrong.
// Shared by the loaders of each dialect.
#include <optional>
#include <string>
#include <vector>

#include "source/load_source.hpp"

namespace schemac::detail {

struct Side {
  std::optional<Schema> schema;
  std::string display;
  LoadReport report;
};

inline void take(LoadReport& into, const std::vector<Diagnostic>& errors, const std::vector<Diagnostic>& warnings = {}) {
  into.errors.insert(into.errors.end(), errors.begin(), errors.end());
  into.warnings.insert(into.warnings.end(), warnings.begin(), warnings.end());
}

inline Diagnostic message(std::string text) { return Diagnostic{{}, std::move(text), {}, {}}; }

}  // namespace schemac::detail
