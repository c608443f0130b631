#pragma once
// A table or column renamed throughout a schema: the object and every place
// that names it (foreign keys, triggers, views' dependencies, sequence
// owners, policies, privileges, keys and indexes). Expressions are text and
// keep the old name. Used for ALTER ... RENAME in files and for renames
// the diff is told about.
#include <string>

#include "model/schema.hpp"

namespace schemac {

void rename_table_everywhere(Schema& schema, const QualifiedName& old_name, const std::string& new_name);
void rename_column_everywhere(Schema& schema, const QualifiedName& table, const std::string& old_name, const std::string& new_name);

}  // namespace schemac
