#pragma once
// schemac.sum: a hash of every migration file and of them all in order (as
// atlas.sum does), so that a file edited, added by hand or reordered after
// it was written is caught before anything runs.
#include <optional>

#include "migrate/folder.hpp"

namespace schemac {

std::string sum_text(const Folder& folder);
// Writes the folder's schemac.sum afresh.
std::optional<Diagnostic> write_sum(const Folder& folder);
// An error naming the first file that does not match, when one does not.
std::optional<Diagnostic> verify_sum(const Folder& folder);

}  // namespace schemac
