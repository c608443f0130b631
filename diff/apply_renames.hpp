#pragma once
// Renames, from the user's hints, made before the diff compares: the current
// schema is taken to have its tables and columns under their new names, so
// what is compared next is what changed besides the name.
#include <vector>

#include "diff/rename.hpp"
#include "model/schema.hpp"

namespace schemac {

// The renames that apply from `from` to `to`: those given (either way round:
// the same hint serves the down migration) and those the schemas record
// (renamed_from on the desired side; on the current side, read backwards).
// A given rename that fits neither way is a problem.
std::vector<Rename> applicable_renames(const Schema& from, const Schema& to, const std::vector<Rename>& given,
                                       std::vector<Diagnostic>& problems);

// `from` with the renames made (tables first, then columns under the new table names).
Schema with_renames(const Schema& from, const std::vector<Rename>& renames);

}  // namespace schemac
