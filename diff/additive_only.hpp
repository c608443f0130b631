#pragma once
// --additive-only (as ent's auto-migration does by default): the plan never
// drops or narrows anything. What it leaves out is listed, not lost.
#include "diff/change.hpp"

namespace schemac {

// Moves out of `changes` every change that drops an object for good or may
// lose data, with the other changes to the same objects (a type narrowed and
// its new default go together), into `changes.skipped`.
void keep_additive(ChangeSet& changes);

}  // namespace schemac
