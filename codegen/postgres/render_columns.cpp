#include "codegen/postgres/sql_text.hpp"

namespace schemac::pg_sql {
namespace {

std::string alter_column(const QualifiedName& table, const std::string& column) {
  return "ALTER TABLE " + qualified(table) + " ALTER COLUMN " + ident(column);
}

std::string serial_type(const std::string& type) {
  return type == "bigint" ? "bigserial" : type == "smallint" ? "smallserial" : "serial";
}

}  // namespace

std::string column_definition(const Column& column, bool serial) {
  std::string out = ident(column.name) + " " + (serial ? serial_type(column.type) : column.type);
  if (!column.collation.empty()) out += " COLLATE " + column.collation;
  if (serial) return out;  // serial implies NOT NULL and the nextval default
  if (column.not_null) out += " NOT NULL";
  if (column.default_value) out += " " + default_clause(*column.default_value);
  return out;
}

std::string add_column(const AddColumn& change) {
  return "ALTER TABLE " + qualified(change.table) + " ADD COLUMN " + column_definition(change.column, change.serial);
}

std::string drop_column(const DropColumn& change) {
  return "ALTER TABLE " + qualified(change.table) + " DROP COLUMN " + ident(change.column.name);
}

std::string alter_column_type(const AlterColumnType& change) {
  std::string out = alter_column(change.table, change.to.name) + " TYPE " + change.to.type;
  if (!change.to.collation.empty()) out += " COLLATE " + change.to.collation;
  if (change.cast == CastPath::Explicit) out += " USING " + ident(change.to.name) + "::" + change.to.type;
  if (change.cast == CastPath::ThroughText)
    out += " USING " + ident(change.to.name) + "::" + (change.to.type.ends_with("[]") ? "text[]" : "text") + "::" + change.to.type;
  return out;
}

std::string set_column_default(const SetColumnDefault& change) {
  if (!change.value) return alter_column(change.table, change.column) + " DROP DEFAULT";
  return alter_column(change.table, change.column) + " SET DEFAULT " + change.value->text;
}

std::string set_column_not_null(const SetColumnNotNull& change) {
  return alter_column(change.table, change.column) + (change.not_null ? " SET NOT NULL" : " DROP NOT NULL");
}

}  // namespace schemac::pg_sql
