#pragma once
// The IR as JSON (`schemac inspect --format json`): a stable, versioned shape
// for tools that want the schema as data.
#include <string>

#include "model/schema.hpp"

namespace schemac {

std::string schema_to_json(const Schema& schema);

}  // namespace schemac
