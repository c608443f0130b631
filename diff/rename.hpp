#pragma once
// Renames the user vouches for. Without one, a renamed table or column looks
// like a drop and an add, and its data would go; with one the plan renames it.
// They come from --rename or from `-- schemac:renamed-from OLD` comments in
// the desired files (the frontends record those on the objects).
#include <string>

#include "model/result.hpp"
#include "model/schema.hpp"

namespace schemac {

struct Rename {
  enum class Kind { Table, Column } kind = Kind::Table;
  QualifiedName table;      // the table as it is now (its old name, for a table rename)
  std::string old_name;     // column: its old name; table: the old table name
  std::string new_name;     // column: its new name; table: the new table name (same schema)
};

// "table:app.users=app.accounts", "table:users=accounts" (schema `default_schema`),
// "column:app.users.mail=email"; a message naming the expected form otherwise.
Result<Rename> parse_rename(const std::string& text, const std::string& default_schema);

}  // namespace schemac
