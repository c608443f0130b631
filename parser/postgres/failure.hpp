#pragma once
// Raised inside the frontend when a statement cannot be turned into IR; the
// statement loop catches it and turns it into a positioned Diagnostic.
#include <cstdint>
#include <string>

namespace schemac::pg {

struct ParseFailure {
  std::int64_t location;  // byte offset into the file, or -1 for "the statement"
  std::string message;
  std::string hint = {};
  bool unsupported = false;  // a statement kind not handled yet (may be skipped on request)
  std::string missing_object = {};  // "schema.name" of the relation or type that does not exist
  bool missing_is_type = false;
};

}  // namespace schemac::pg
