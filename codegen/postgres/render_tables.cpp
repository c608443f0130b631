#include <algorithm>

#include "codegen/postgres/sql_text.hpp"
#include "model/implicit_names.hpp"

namespace schemac::pg_sql {
namespace {

// Single-column keys whose name is the one PostgreSQL would choose anyway are
// written on the column, as a person would write them.
bool plain_single_column(const std::vector<std::string>& columns, const std::vector<std::string>& include,
                         const Deferrability& deferral) {
  return columns.size() == 1 && include.empty() && !deferral.deferrable;
}

}  // namespace

std::string create_table(const CreateTable& change) {
  const Table& table = change.table;
  const std::string& t = table.name.name;
  std::vector<std::string> items;
  std::vector<bool> used_inline_unique(table.uniques.size(), false);
  std::vector<bool> used_inline_fk(table.foreign_keys.size(), false);
  const bool pk_inline = table.primary_key &&
                         plain_single_column(table.primary_key->columns, table.primary_key->include, table.primary_key->deferral) &&
                         table.primary_key->name == make_object_name(t, "", "pkey") && table.primary_key->index_options.empty() &&
                         table.primary_key->index_tablespace.empty() &&
                         !table.find_column(table.primary_key->columns[0])->inherited;

  for (const Column& column : table.columns) {
    if (column.inherited) continue;  // the parent's
    const bool serial = std::find(change.serial_columns.begin(), change.serial_columns.end(), column.name) != change.serial_columns.end();
    std::string item = column_definition(table.name, column, serial);
    const bool is_pk = pk_inline && table.primary_key->columns[0] == column.name;
    if (is_pk) {
      // PRIMARY KEY implies NOT NULL; drop the redundant words (unless they name it).
      if (!own_not_null_name(table.name, column.name, column.not_null_name)) {
        if (item.ends_with(" NOT NULL")) item.resize(item.size() - 9);
        else if (auto at = item.find(" NOT NULL "); at != std::string::npos) item.erase(at, 9);
      }
      item += " PRIMARY KEY";
    }
    for (std::size_t i = 0; i < table.uniques.size(); ++i) {
      const UniqueConstraint& u = table.uniques[i];
      if (plain_single_column(u.columns, u.include, u.deferral) && !u.nulls_not_distinct && u.columns[0] == column.name &&
          u.name == make_object_name(t, column.name, "key") && u.index_options.empty() && u.index_tablespace.empty()) {
        item += " UNIQUE";
        used_inline_unique[i] = true;
      }
    }
    for (std::size_t i = 0; i < table.foreign_keys.size(); ++i) {
      const ForeignKey& fk = table.foreign_keys[i];
      if (plain_single_column(fk.columns, {}, fk.deferral) && fk.enforced && fk.columns[0] == column.name &&
          fk.name == make_object_name(t, column.name, "fkey")) {
        item += " " + references_clause(fk);
        used_inline_fk[i] = true;
      }
    }
    items.push_back(std::move(item));
  }
  for (const auto& [column, constraint] : change.not_null_names)
    items.push_back(ident(column) + " CONSTRAINT " + ident(constraint) + " NOT NULL");
  if (table.primary_key && !pk_inline)
    items.push_back("CONSTRAINT " + ident(table.primary_key->name) + " " + constraint_body(*table.primary_key));
  for (std::size_t i = 0; i < table.uniques.size(); ++i)
    if (!used_inline_unique[i]) items.push_back("CONSTRAINT " + ident(table.uniques[i].name) + " " + constraint_body(table.uniques[i]));
  for (const CheckConstraint& check : table.checks)
    items.push_back("CONSTRAINT " + ident(check.name) + " " + constraint_body(check));
  for (const ExclusionConstraint& exclusion : table.exclusions)
    items.push_back("CONSTRAINT " + ident(exclusion.name) + " " + constraint_body(exclusion));
  for (std::size_t i = 0; i < table.foreign_keys.size(); ++i)
    if (!used_inline_fk[i])
      items.push_back("CONSTRAINT " + ident(table.foreign_keys[i].name) + " " + constraint_body(table.foreign_keys[i]));

  std::string sql = std::string(table.unlogged ? "CREATE UNLOGGED TABLE " : "CREATE TABLE ") + qualified(table.name);
  if (table.partition_of) sql += " PARTITION OF " + qualified(*table.partition_of);
  if (!table.partition_of || !items.empty()) {
    sql += " (";
    for (std::size_t i = 0; i < items.size(); ++i) sql += (i ? ", " : "") + items[i];
    sql += ")";
  }
  if (table.partition_of) sql += " " + table.partition_bound;
  if (!table.inherits.empty()) {
    sql += " INHERITS (";
    for (std::size_t i = 0; i < table.inherits.size(); ++i) sql += (i ? ", " : "") + qualified(table.inherits[i]);
    sql += ")";
  }
  if (!table.partition_by.empty()) sql += " PARTITION BY " + table.partition_by;
  if (!table.options.empty()) sql += " WITH (" + storage_options(table.options) + ")";
  return sql;
}

std::string drop_table(const DropTable& change) { return "DROP TABLE " + qualified(change.table.name); }

std::string attach_partition(const AttachPartition& change) {
  return "ALTER TABLE " + qualified(change.parent) + " ATTACH PARTITION " + qualified(change.partition) + " " + change.bound;
}

std::string detach_partition(const DetachPartition& change) {
  return "ALTER TABLE " + qualified(change.parent) + " DETACH PARTITION " + qualified(change.partition);
}

std::string set_inherit(const SetInherit& change) {
  return "ALTER TABLE " + qualified(change.table) + (change.inherit ? " INHERIT " : " NO INHERIT ") + qualified(change.parent);
}

std::string hold_rows(const HoldRows& change) {
  return "CREATE TEMPORARY TABLE " + ident(change.hold) + " AS SELECT * FROM " + qualified(change.table.name);
}

// The rows come back through the new table's partitions (a row no partition
// takes fails the migration, which then changes nothing); values change type
// as ALTER COLUMN TYPE would cast them, and identities go on after the
// highest value held.
std::vector<std::string> restore_rows(const RestoreRows& change) {
  const std::string table = qualified(change.to.name), hold = "pg_temp." + ident(change.hold);
  std::vector<std::string> names, values;
  for (const Column& column : change.to.columns) {
    const Column* old = change.from.find_column(column.name);
    if (column.generated || !old || old->generated) continue;
    names.push_back(ident(column.name));
    values.push_back(old->type == column.type ? ident(column.name) : "CAST(" + ident(column.name) + " AS " + column.type + ")");
  }
  std::vector<std::string> out;
  if (!names.empty()) {
    std::string insert = "INSERT INTO " + table + " (", select;
    for (std::size_t i = 0; i < names.size(); ++i) {
      insert += (i ? ", " : "") + names[i];
      select += (i ? ", " : "") + values[i];
    }
    out.push_back(insert + ") OVERRIDING SYSTEM VALUE SELECT " + select + " FROM " + hold);
  }
  for (const Column& column : change.to.columns)
    if (column.identity && change.from.find_column(column.name))
      out.push_back("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(" + literal(table) + ", " + literal(column.name) + "), max(" +
                    ident(column.name) + ")) FROM " + table + " HAVING max(" + ident(column.name) + ") IS NOT NULL");
  out.push_back("DROP TABLE " + hold);
  return out;
}

}  // namespace schemac::pg_sql
