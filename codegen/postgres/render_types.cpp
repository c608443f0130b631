#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {

std::string create_namespace(const CreateNamespace& change) { return "CREATE SCHEMA " + ident(change.ns.name); }
std::string drop_namespace(const DropNamespace& change) { return "DROP SCHEMA " + ident(change.ns.name); }

std::string create_extension(const CreateExtension& change) {
  const Extension& e = change.extension;
  std::string out = "CREATE EXTENSION IF NOT EXISTS " + ident(e.name) + " WITH SCHEMA " + ident(e.schema);
  if (!e.version.empty()) out += " VERSION " + literal(e.version);
  return out;
}

std::string drop_extension(const DropExtension& change) { return "DROP EXTENSION " + ident(change.extension.name); }

std::string set_extension_schema(const SetExtensionSchema& change) {
  return "ALTER EXTENSION " + ident(change.extension) + " SET SCHEMA " + ident(change.schema);
}

std::string update_extension(const UpdateExtension& change) {
  return "ALTER EXTENSION " + ident(change.extension) + " UPDATE TO " + literal(change.version);
}

std::string create_enum(const CreateEnum& change) {
  std::string out = "CREATE TYPE " + qualified(change.type.name) + " AS ENUM (";
  for (std::size_t i = 0; i < change.type.labels.size(); ++i) out += (i ? ", " : "") + literal(change.type.labels[i]);
  return out + ")";
}

std::string drop_enum(const DropEnum& change) { return "DROP TYPE " + qualified(change.type.name); }

std::string rename_enum(const RenameEnum& change) {
  return std::string(change.domain ? "ALTER DOMAIN " : "ALTER TYPE ") + qualified(change.type) + " RENAME TO " + ident(change.new_name);
}

std::string rename_enum_value(const RenameEnumValue& change) {
  return "ALTER TYPE " + qualified(change.type) + " RENAME VALUE " + literal(change.from) + " TO " + literal(change.to);
}

// IF NOT EXISTS: the statement may be committed on its own before the rest
// of a migration, which a crash can then leave unrecorded; run again, it must
// not fail.
std::string add_enum_value(const AddEnumValue& change) {
  std::string out = "ALTER TYPE " + qualified(change.type) + " ADD VALUE IF NOT EXISTS " + literal(change.value);
  if (!change.neighbor.empty()) out += (change.after ? " AFTER " : " BEFORE ") + literal(change.neighbor);
  return out;
}

}  // namespace schemac::pg_sql
