#pragma once
// Types the values of a live SQLite database show, better than their
// declared ones: TEXT holding only UUIDs -> uuid; TEXT or INTEGER holding
// only ISO-8601 or epoch values in a column named *_at -> timestamptz;
// INTEGER holding only 0 and 1 -> boolean. Every value is read (the copy
// converts each one the same way, so a single exception would stop it) and
// the evidence goes with each choice. A column that expressions use (a
// CHECK, an index, a view, a trigger) keeps its type: those expressions
// were written for it.
#include <string>
#include <vector>

#include "convert/column_types.hpp"
#include "db/sqlite_connection.hpp"
#include "model/schema.hpp"

namespace schemac {

struct Inference {
  ColumnTypes types;
  std::vector<std::string> notes;  // inferences declined, with the reason
};

Result<Inference> infer_column_types(db::SqliteConnection& sqlite, const Schema& schema);

}  // namespace schemac
