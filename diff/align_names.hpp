#pragma once
// For databases whose names ignore case (SQLite): the current schema's names
// spelled as the desired schema spells them, so that `Users` in one and
// `users` in the other are one object, not a table dropped and another made.
#include <optional>

#include "model/schema.hpp"

namespace schemac {

// nullopt when every name that matches without regard to case is spelled alike.
std::optional<Schema> with_desired_spelling(const Schema& current, const Schema& desired);

}  // namespace schemac
