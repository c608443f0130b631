#pragma once
// What a saved plan was made against: a hash of the current schema's
// canonical form (the script that makes it, without source positions), so
// that `apply --plan` runs it only on a database that still looks the same.
// FNV-1a: it detects drift, it is not a security measure.
#include <string>

#include "codegen/dialect.hpp"
#include "model/schema.hpp"

namespace schemac {

// "fnv1a64:0123456789abcdef"
std::string schema_fingerprint(const Schema& schema, const Dialect& dialect);

}  // namespace schemac
