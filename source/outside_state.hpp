#pragma once
// What the target database has that the schema files presume rather than
// make: schemas created outside them, and the search_path of the role the
// migration runs as. A scratch database is given both before files are run
// on it, so they load there as they will on the target.
#include <string>
#include <vector>

#include "model/schema.hpp"

namespace schemac {

// CREATE SCHEMA IF NOT EXISTS for each schema `parsed` marks external; "" when none.
std::string create_external_schemas(const Schema& parsed);

// SET search_path TO the given schemas, ending in a newline; "" for an empty list.
std::string set_search_path(const std::vector<std::string>& search_path);

// Marks external in `inspected` the schemas `parsed` (the same files, read offline) marks so.
void mark_external_schemas(Schema& inspected, const Schema& parsed);

}  // namespace schemac
