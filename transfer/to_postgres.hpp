#pragma once
// SQLite values in PostgreSQL's input syntax for the column they go to:
// 0/1 as booleans, ISO-8601 text and epoch numbers as timestamps, hex text
// and 16-byte blobs as uuids, blobs as bytea. A value that has no meaning in
// the column is refused with the reason, never guessed at.
#include <string>

#include "transfer/sqlite_value.hpp"
#include "transfer/value_kind.hpp"

namespace schemac {

// Appends the (unescaped) input text for a non-NULL `value` to `out`; false
// with `why` ("is not a whole number") when it cannot go into `kind`.
bool to_postgres_text(ValueKind kind, const SqliteValue& value, std::string& out, std::string& why);

}  // namespace schemac
