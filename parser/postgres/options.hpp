#pragma once
// Storage parameters (WITH (...), SET (...)) as the server keeps them in
// reloptions / attoptions: "name" or "namespace.name" = value as written.
#include <string>
#include <utility>
#include <vector>

#include "parser/postgres/parse_tree.hpp"

namespace schemac::pg {

using Options = std::vector<std::pair<std::string, std::string>>;  // sorted by name

// Sets (or, with `reset`, removes) the named options in `options`. `source`
// is the text node locations point into (negative integers are read from it).
void apply_options(Options& options, List definitions, std::string_view source, bool reset = false);

// A tablespace as the catalog holds it: pg_default, the database's default
// (presumed: schemac does not model databases), is no tablespace of its own.
std::string canonical_tablespace(std::string_view name);

}  // namespace schemac::pg
