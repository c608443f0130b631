#pragma once
// --type-map FILE: column types that override the mapping and the inference.
//   [users]
//   is_admin = "integer"
//   last_seen_at = "timestamptz"
// Tables and columns must exist in the SQLite schema; types must be ones
// PostgreSQL knows. Errors point at the line in the file.
#include <string>

#include "convert/column_types.hpp"
#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac {

Result<ColumnTypes> read_type_map(const std::string& path, const Schema& sqlite);

}  // namespace schemac
