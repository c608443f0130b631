#pragma once
// A migration as a file: its statements, with the few that must run outside
// the transaction (committed first: a new enum value used later, SQLite's
// PRAGMA foreign_keys; after it: CREATE INDEX CONCURRENTLY) each under a
// marker line, so that schemac's runner runs the file as `apply` would.
// Other runners read the markers as comments.
#include <string>
#include <vector>

#include "codegen/dialect.hpp"

namespace schemac {

inline constexpr const char* kBeforeTransactionMarker = "-- schemac:before-transaction";
inline constexpr const char* kAfterTransactionMarker = "-- schemac:after-transaction";
inline constexpr const char* kNoTransactionMarker = "-- schemac:no-transaction";

std::string migration_script(const std::vector<Statement>& statements);

struct ScriptParts {
  std::vector<std::string> before;  // each on its own, before the transaction
  std::string in_transaction;
  std::vector<std::string> after;   // each on its own, after it (also: the whole file when marked no-transaction)
};

ScriptParts split_migration_script(const std::string& text);

}  // namespace schemac
