#pragma once
// Source positions of a schema that was read back from a database: a
// database has no file positions, and a file loaded into a scratch database
// keeps the positions of its own text.
#include "model/schema.hpp"

namespace schemac {

void clear_positions(Schema& schema);
// Copies positions from `original` (the file parsed offline) onto the objects
// of `inspected` with the same names.
void adopt_positions(Schema& inspected, const Schema& original);

}  // namespace schemac
