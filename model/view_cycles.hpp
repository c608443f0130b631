#pragma once
// Views that read each other (a reads b, b reads a): no database can make
// them, and no order of statements creates them. Schema files with such a
// cycle are bad input, reported at the first view of the cycle.
#include <optional>

#include "model/schema.hpp"
#include "model/source_range.hpp"

namespace schemac {

std::optional<Diagnostic> find_view_cycle(const Schema& schema);

}  // namespace schemac
