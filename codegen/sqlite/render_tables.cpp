// CREATE TABLE, ADD/DROP COLUMN and the rebuild that stands in for every
// other ALTER TABLE.
#include <algorithm>

#include "codegen/sqlite/sql_text.hpp"
#include "model/ascii_case.hpp"

namespace schemac::sqlite_sql {
namespace {

std::string_view conflict_word(OnConflict resolution) {
  switch (resolution) {
    case OnConflict::Abort: return "ABORT";
    case OnConflict::Rollback: return "ROLLBACK";
    case OnConflict::Fail: return "FAIL";
    case OnConflict::Ignore: return "IGNORE";
    case OnConflict::Replace: return "REPLACE";
  }
  return "ABORT";
}

// ABORT is what no clause means: left out.
std::string on_conflict(OnConflict resolution) {
  return resolution == OnConflict::Abort ? "" : " ON CONFLICT " + std::string(conflict_word(resolution));
}

std::string constraint_prefix(const std::string& name) { return name.empty() ? "" : "CONSTRAINT " + ident(name) + " "; }

std::string default_clause(const Expr& value) { return value.atomic ? " DEFAULT " + value.text : " DEFAULT (" + value.text + ")"; }

// A one-column key is written on its column, as people write it (and
// SQLite only accepts AUTOINCREMENT there).
bool key_on_column(const Table& table) {
  return table.primary_key && table.primary_key->columns.size() == 1 && table.find_column(table.primary_key->columns.front());
}

std::string column_definition(const Table& table, const Column& column) {
  std::string out = ident(column.name);
  if (!column.type.empty()) out += " " + column.type;
  if (key_on_column(table) && table.primary_key->columns.front() == column.name) {
    const PrimaryKey& key = *table.primary_key;
    out += " " + constraint_prefix(key.name) + "PRIMARY KEY";
    if (key.descending) out += " DESC";
    out += on_conflict(key.on_conflict);
    if (key.autoincrement) out += " AUTOINCREMENT";
  }
  if (column.not_null) out += " NOT NULL" + on_conflict(column.not_null_on_conflict);
  if (column.default_value) out += default_clause(*column.default_value);
  if (!column.collation.empty()) out += " COLLATE " + ident(column.collation);
  if (column.generated)
    out += " GENERATED ALWAYS AS (" + column.generated->text + ")" + (column.virtual_generated ? " VIRTUAL" : " STORED");
  return out;
}

std::string foreign_key(const ForeignKey& fk) {
  std::string out = constraint_prefix(fk.name) + "FOREIGN KEY (" + ident_list(fk.columns) + ") REFERENCES " + ident(fk.ref_table.name);
  if (!fk.ref_columns.empty()) out += " (" + ident_list(fk.ref_columns) + ")";
  if (fk.on_delete != FkAction::NoAction) out += " ON DELETE " + std::string(fk_action_words(fk.on_delete));
  if (fk.on_update != FkAction::NoAction) out += " ON UPDATE " + std::string(fk_action_words(fk.on_update));
  if (fk.deferral.deferrable) out += fk.deferral.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE INITIALLY IMMEDIATE";
  return out;
}

// The name SQLite reads `rowid` as in both tables (none when every alias is a column).
std::string rowid_name(const Table& from, const Table& to) {
  for (std::string_view alias : {"rowid", "_rowid_", "oid"}) {
    const auto taken = [&](const Table& t) {
      return std::any_of(t.columns.begin(), t.columns.end(), [&](const Column& c) { return ascii_lower(c.name) == alias; });
    };
    if (!taken(from) && !taken(to)) return std::string(alias);
  }
  return "";
}

// An INTEGER PRIMARY KEY column stands for the rowid (unless written DESC on the column).
const Column* rowid_alias(const Table& table) {
  if (table.without_rowid || !table.primary_key || table.primary_key->columns.size() != 1 || table.primary_key->descending) return nullptr;
  const Column* column = table.find_column(table.primary_key->columns.front());
  return column && ascii_upper(column->type) == "INTEGER" ? column : nullptr;
}

}  // namespace

std::string create_table(const Table& table, const QualifiedName& name) {
  std::vector<std::string> parts;
  for (const Column& column : table.columns) parts.push_back(column_definition(table, column));
  if (table.primary_key && !key_on_column(table)) {
    const PrimaryKey& key = *table.primary_key;
    parts.push_back(constraint_prefix(key.name) + "PRIMARY KEY (" + ident_list(key.columns) + ")" + on_conflict(key.on_conflict));
  }
  for (const UniqueConstraint& unique : table.uniques)
    parts.push_back(constraint_prefix(unique.name) + "UNIQUE (" + ident_list(unique.columns) + ")" + on_conflict(unique.on_conflict));
  for (const CheckConstraint& check : table.checks) parts.push_back(constraint_prefix(check.name) + "CHECK (" + check.expr.text + ")");
  for (const ForeignKey& fk : table.foreign_keys) parts.push_back(foreign_key(fk));
  std::string out = "CREATE TABLE " + qualified(name) + " (\n";
  for (std::size_t i = 0; i < parts.size(); ++i) out += "  " + parts[i] + (i + 1 < parts.size() ? ",\n" : "\n");
  out += ")";
  if (table.without_rowid) out += " WITHOUT ROWID";
  if (table.strict) out += table.without_rowid ? ", STRICT" : " STRICT";
  return out;
}

std::string add_column(const AddColumn& change) {
  // The table is needed only to place a key on the column; an added column never is one.
  return "ALTER TABLE " + qualified(change.table) + " ADD COLUMN " + column_definition(Table{}, change.column);
}

std::string drop_column(const DropColumn& change) {
  return "ALTER TABLE " + qualified(change.table) + " DROP COLUMN " + ident(change.column.name);
}

// SQLite's documented procedure (https://sqlite.org/lang_altertable.html#otheralter):
// the new table under a temporary name, the rows copied, the old table
// dropped, the new one renamed into place. Foreign keys are off meanwhile
// (see SqliteDialect::prologue). Values reach a new type through the new
// column's affinity, not a CAST: a text that is no number stays text (or a
// STRICT table refuses it and nothing is changed) instead of becoming 0.
std::vector<std::string> rebuild_table(const RebuildTable& change) {
  const Table& from = change.from;
  const Table& to = change.to;
  const QualifiedName temporary{to.name.schema, "schemac_new_" + to.name.name};
  std::vector<std::string> out{create_table(to, temporary)};

  std::vector<std::string> targets, sources;
  for (const Column& column : to.columns) {
    if (column.generated) continue;  // computed, never written
    const Column* old = from.find_column(column.name);
    if (!old) continue;  // takes its default
    targets.push_back(ident(column.name));
    sources.push_back(ident(old->name));
  }
  // Rows keep their rowid: external-content FTS indexes and anything else
  // holding rowids still find them. An INTEGER PRIMARY KEY copied over is the rowid already.
  const Column* alias = rowid_alias(to);
  const bool alias_copied = alias && from.find_column(alias->name);
  if (!from.without_rowid && !to.without_rowid && !alias_copied) {
    if (const std::string rowid = rowid_name(from, to); !rowid.empty()) {
      targets.insert(targets.begin(), rowid);
      sources.insert(sources.begin(), rowid);
    }
  }
  if (!targets.empty()) {
    std::string columns, values;
    for (std::size_t i = 0; i < targets.size(); ++i) {
      columns += (i ? ", " : "") + targets[i];
      values += (i ? ", " : "") + sources[i];
    }
    out.push_back("INSERT INTO " + qualified(temporary) + " (" + columns + ") SELECT " + values + " FROM " + qualified(from.name));
  }
  // AUTOINCREMENT never hands out a number twice: the counter moves over too.
  if (from.primary_key && from.primary_key->autoincrement && to.primary_key && to.primary_key->autoincrement) {
    out.push_back("DELETE FROM sqlite_sequence WHERE name = " + literal(temporary.name));
    out.push_back("INSERT INTO sqlite_sequence (name, seq) SELECT " + literal(temporary.name) +
                  ", seq FROM sqlite_sequence WHERE name = " + literal(from.name.name));
  }
  out.push_back("DROP TABLE " + qualified(from.name));
  out.push_back("ALTER TABLE " + qualified(temporary) + " RENAME TO " + ident(to.name.name));
  return out;
}

}  // namespace schemac::sqlite_sql
