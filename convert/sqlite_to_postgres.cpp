#include "convert/sqlite_to_postgres.hpp"

#include <algorithm>
#include <map>
#include <regex>

#include "convert/sqlite_functions.hpp"
#include "model/ascii_case.hpp"
#include "model/implicit_names.hpp"

namespace schemac {
namespace {

constexpr const char* kSchema = "public";

QualifiedName pg_name(const QualifiedName& name) { return {kSchema, name.name}; }

// SQLite's type affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity),
// refined by the declared name where PostgreSQL has a closer type.
std::string pg_type(const std::string& declared, std::string& note) {
  const std::string t = ascii_upper(declared);
  const auto has = [&](const char* part) { return t.find(part) != std::string::npos; };
  if (t.empty()) {
    note = "has no declared type (SQLite stores anything there): text";
    return "text";
  }
  if (t == "BOOLEAN" || t == "BOOL") return "boolean";
  if (t == "UUID") return "uuid";
  if (t == "JSON" || t == "JSONB") return "jsonb";
  if (t == "DATE") return "date";
  if (t == "TIME") return "time without time zone";
  if (t.starts_with("DATETIME") || t.starts_with("TIMESTAMP")) return "timestamp with time zone";
  if (has("INT")) {
    if (t == "TINYINT" || t == "SMALLINT" || t == "INT2") return "smallint";
    if (t == "MEDIUMINT" || t == "INT4") return "integer";
    return "bigint";  // SQLite integers are 64-bit
  }
  if (has("CHAR") || has("CLOB") || has("TEXT")) {
    if (t.find('(') != std::string::npos) note = "is " + declared + ", which SQLite never enforced: text";
    return "text";
  }
  if (has("BLOB")) return "bytea";
  if (has("REAL") || has("FLOA") || has("DOUB")) return "double precision";
  if (t.starts_with("NUMERIC") || t.starts_with("DECIMAL")) {
    const auto open = t.find('(');
    if (open == std::string::npos) return "numeric";
    std::string args = t.substr(open);
    args.erase(std::remove(args.begin(), args.end(), ' '), args.end());
    return "numeric" + args;
  }
  note = "is " + declared + " (numeric affinity in SQLite): numeric";
  return "numeric";
}

// SQLite spellings PostgreSQL does not know, in defaults and expressions.
std::optional<Expr> pg_default(const Expr& value, const std::string& type, std::string& note) {
  const std::string upper = ascii_upper(value.text);
  if (upper == "CURRENT_TIMESTAMP" || upper == "DATETIME('NOW')" || upper == "DATETIME ('NOW')") return Expr{"now()", true, {}};
  if (upper == "CURRENT_DATE" || upper == "DATE('NOW')") return Expr{"CURRENT_DATE", true, {}};
  if (upper.find("RANDOMBLOB(16)") != std::string::npos || upper.find("RANDOMBLOB (16)") != std::string::npos)
    return Expr{type == "uuid" ? "gen_random_uuid()" : "(gen_random_uuid())::text", false, {}};
  if (type == "boolean") {
    if (upper == "0" || upper == "FALSE") return Expr{"false", true, {}};
    if (upper == "1" || upper == "TRUE") return Expr{"true", true, {}};
  }
  for (const char* sqlite_only : {"STRFTIME", "DATETIME", "JULIANDAY", "RANDOMBLOB", "TYPEOF", "UNIXEPOCH"})
    if (upper.find(sqlite_only) != std::string::npos) {
      note = "default " + value.text + " uses SQLite's " + ascii_lower(sqlite_only) + "(): left out, set one by hand";
      return std::nullopt;
    }
  return value;
}

bool sqlite_only(const std::string& text) {
  const std::string upper = ascii_upper(text);
  for (const char* word : {"TYPEOF(", "GLOB ", "STRFTIME(", "JULIANDAY(", "RANDOMBLOB(", "UNIXEPOCH(", "LIKELIHOOD(", "INSTR("})
    if (upper.find(word) != std::string::npos) return true;
  return false;
}

// Why PostgreSQL could not run a query: the functions it calls that it
// lacks, by kind; empty when it has them all.
std::string missing_functions(const std::string& query) {
  std::vector<std::string> application, sqlite;
  for (const std::string& name : called_functions(query)) {
    const SqliteFunction kind = classify_sqlite_function(name);
    if (kind == SqliteFunction::Application) application.push_back(name + "()");
    if (kind == SqliteFunction::SqliteOnly) sqlite.push_back(name + "()");
  }
  auto listing = [](const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
  };
  std::string why;
  if (!application.empty())
    why = "calls " + listing(application) + ", which the application registers in SQLite at run time (PostgreSQL has no such function)";
  if (!sqlite.empty()) why += (why.empty() ? "calls " : "; and ") + listing(sqlite) + ", SQLite functions PostgreSQL does not have";
  return why;
}

// An FTS5 argument: a column name, or an option (content = 'x').
struct FtsSpec {
  std::vector<std::string> columns;
  std::string content;  // the content table; empty: the FTS table holds its own text
};

FtsSpec fts_spec(const VirtualTable& table) {
  FtsSpec spec;
  static const std::regex option(R"(^\s*([a-z_]+)\s*=\s*'?([^']*)'?\s*$)");
  for (const std::string& argument : table.arguments) {
    std::smatch match;
    if (std::regex_match(argument, match, option)) {
      if (match[1] == "content") spec.content = match[2];
      continue;
    }
    std::string column = argument.substr(0, argument.find(' '));  // "title UNINDEXED"
    if (argument.find("unindexed") == std::string::npos && argument.find("UNINDEXED") == std::string::npos) spec.columns.push_back(column);
  }
  return spec;
}

void name_constraints(Table& table) {
  const std::string& t = table.name.name;
  if (table.primary_key && table.primary_key->name.empty()) table.primary_key->name = make_object_name(t, "", "pkey");
  std::map<std::string, int> used;
  auto unique_name = [&](std::string base) {
    const int n = used[base]++;
    return n == 0 ? base : make_object_name(base, "", std::to_string(n));
  };
  for (UniqueConstraint& u : table.uniques)
    if (u.name.empty()) u.name = unique_name(make_object_name(t, u.columns.empty() ? "" : u.columns.front(), "key"));
  for (CheckConstraint& c : table.checks)
    if (c.name.empty()) c.name = unique_name(make_object_name(t, "", "check"));
  for (ForeignKey& fk : table.foreign_keys)
    if (fk.name.empty()) fk.name = unique_name(make_object_name(t, fk.columns.empty() ? "" : fk.columns.front(), "fkey"));
}

// SQLite ignores the case of names, and its expressions are kept with names
// in lower case; PostgreSQL folds unquoted names to lower case. Lower case
// throughout keeps names and expressions agreeing (and spares quoting).
void lower_names(Schema& schema) {
  auto lower = [](std::string& name) { name = ascii_lower(name); };
  auto lower_all = [&](std::vector<std::string>& names) { std::for_each(names.begin(), names.end(), lower); };
  for (Table& table : schema.tables) {
    lower(table.name.name);
    for (Column& column : table.columns) {
      lower(column.name);
      if (column.identity) lower(column.identity->sequence.name.name);
    }
    if (table.primary_key) lower_all(table.primary_key->columns), lower(table.primary_key->name);
    for (UniqueConstraint& u : table.uniques) lower_all(u.columns), lower(u.name);
    for (CheckConstraint& c : table.checks) lower(c.name);
    for (ForeignKey& fk : table.foreign_keys) lower_all(fk.columns), lower_all(fk.ref_columns), lower(fk.ref_table.name), lower(fk.name);
    for (Index& index : table.indexes) {
      lower(index.name);
      for (IndexKey& key : index.keys) lower(key.column);
    }
  }
  for (View& view : schema.views) {
    lower(view.name.name);
    lower_all(view.columns);
    for (QualifiedName& read : view.reads) lower(read.name);
  }
}

// A foreign key's columns take the type of the key they reference (SQLite
// lets them differ, PostgreSQL does not).
void match_key_types(Schema& schema, std::vector<std::string>& notes) {
  std::map<std::string, const Table*> by_name;
  for (const Table& table : schema.tables) by_name[table.name.name] = &table;
  for (Table& table : schema.tables)
    for (const ForeignKey& fk : table.foreign_keys) {
      auto parent = by_name.find(fk.ref_table.name);
      if (parent == by_name.end()) continue;
      for (std::size_t i = 0; i < fk.columns.size() && i < fk.ref_columns.size(); ++i) {
        Column* column = table.find_column(fk.columns[i]);
        const Column* referenced = parent->second->find_column(fk.ref_columns[i]);
        if (!column || !referenced || column->type == referenced->type) continue;
        notes.push_back(table.name.name + "." + column->name + ": " + column->type + " -> " + referenced->type + ", the type of the key it references (" +
                        parent->second->name.name + "." + referenced->name + ")");
        column->type = referenced->type;
      }
    }
}

}  // namespace

Converted sqlite_to_postgres(const Schema& sqlite, const ConvertOptions& options) {
  Converted out;
  auto note = [&](std::string line) { out.notes.push_back(std::move(line)); };
  std::map<std::string, std::size_t> table_at;  // lower-case name -> position in out.schema.tables
  for (const Table& source : sqlite.tables) {
    if (source.name.schema == "temp") continue;
    Table table = source;
    table.name = pg_name(source.name);
    const std::string label = source.name.name;
    if (table.without_rowid) note(label + ": WITHOUT ROWID has no PostgreSQL counterpart: a plain table");
    table.without_rowid = table.strict = false;
    for (Column& column : table.columns) {
      std::string why;
      column.type = pg_type(source.find_column(column.name)->type, why);
      if (!why.empty()) note(label + "." + column.name + " " + why);
      column.not_null_on_conflict = OnConflict::Abort;
      column.collation.clear();  // NOCASE / RTRIM have no PostgreSQL collation
      // A text column that defaults to the current time holds timestamps.
      if (column.type == "text" && column.default_value) {
        const std::string upper = ascii_upper(column.default_value->text);
        if (upper == "CURRENT_TIMESTAMP" || upper.starts_with("DATETIME('NOW'")) {
          column.type = "timestamp with time zone";
          note(label + "." + column.name + " is TEXT with a " + column.default_value->text + " default: timestamp with time zone");
        }
      }
      if (auto chosen = options.column_types.find(column_key(label, column.name)); chosen != options.column_types.end() && chosen->second.type != column.type) {
        const std::string& declared = source.find_column(column.name)->type;
        note(label + "." + column.name + ": " + (declared.empty() ? "no declared type" : declared) + " -> " + chosen->second.type + ": " + chosen->second.why);
        column.type = chosen->second.type;
      }
      if (column.default_value) {
        std::string default_note;
        column.default_value = pg_default(*column.default_value, column.type, default_note);
        if (!default_note.empty()) note(label + "." + column.name + ": " + default_note);
      }
      if (column.generated) {
        if (sqlite_only(column.generated->text)) note(label + "." + column.name + ": the generation expression uses SQLite-only functions: review it");
        column.virtual_generated = false;  // PostgreSQL 15 has STORED only
      }
      if (!source.find_column(column.name)->collation.empty())
        note(label + "." + column.name + ": COLLATE " + source.find_column(column.name)->collation + " dropped (compare with lower() or citext)");
    }
    // INTEGER PRIMARY KEY (the rowid) and AUTOINCREMENT: an identity that keeps the copied values.
    if (table.primary_key && table.primary_key->columns.size() == 1) {
      Column* key = table.find_column(table.primary_key->columns.front());
      if (key && ascii_upper(source.find_column(key->name)->type) == "INTEGER") {
        key->type = "bigint";
        key->not_null = true;
        key->default_value.reset();
        Identity identity;
        identity.always = false;
        identity.sequence.type = "bigint";
        identity.sequence.max_value = INT64_MAX;
        identity.sequence.name = {kSchema, make_object_name(label, key->name, "seq")};
        key->identity = identity;
        note(label + "." + key->name + ": INTEGER PRIMARY KEY" + (table.primary_key->autoincrement ? " AUTOINCREMENT" : "") +
             " -> bigint GENERATED BY DEFAULT AS IDENTITY (copied ids kept; restart the sequence at max(id) + 1 after copying)");
      }
      table.primary_key->autoincrement = table.primary_key->descending = false;
    }
    if (table.primary_key) table.primary_key->on_conflict = OnConflict::Abort;
    for (UniqueConstraint& u : table.uniques) u.on_conflict = OnConflict::Abort;
    std::erase_if(table.checks, [&](const CheckConstraint& c) {
      if (!sqlite_only(c.expr.text)) return false;
      note(label + ": CHECK (" + c.expr.text + ") uses SQLite-only functions: left out");
      return true;
    });
    for (ForeignKey& fk : table.foreign_keys) fk.ref_table = pg_name(fk.ref_table);
    name_constraints(table);
    for (Index& index : table.indexes)
      for (IndexKey& key : index.keys) key.collation.clear();
    table_at[ascii_lower(table.name.name)] = out.schema.tables.size();
    out.schema.tables.push_back(std::move(table));
  }

  // FTS5 tables: a generated tsvector column with a GIN index on the content table.
  std::vector<std::string> fts_tables;
  bool trigram = false;
  for (const VirtualTable& fts : sqlite.virtual_tables) {
    if (fts.module != "fts5") {
      note(fts.name.name + ": virtual table using " + fts.module + " has no PostgreSQL counterpart: left out");
      continue;
    }
    fts_tables.push_back(ascii_lower(fts.name.name));
    const FtsSpec spec = fts_spec(fts);
    Table* target = nullptr;
    if (auto it = table_at.find(ascii_lower(spec.content)); !spec.content.empty() && it != table_at.end()) {
      target = &out.schema.tables[it->second];
    } else {
      Table plain;
      plain.name = pg_name(fts.name);
      for (const std::string& c : spec.columns) {
        Column column;
        column.name = c;
        column.type = "text";
        plain.columns.push_back(column);
      }
      out.schema.tables.push_back(std::move(plain));
      target = &out.schema.tables.back();
      note(fts.name.name + ": an FTS5 table holding its own text: a plain table with a tsvector column");
    }
    std::string document;
    for (const std::string& c : spec.columns) document += (document.empty() ? "" : " || ' ' || ") + std::string("COALESCE(") + c + ", '')";
    Column vector;
    // One FTS table over a table: search_vector; more: one vector each, named after them.
    vector.name = target->find_column("search_vector") ? ascii_lower(fts.name.name) + "_vector" : "search_vector";
    vector.type = "tsvector";
    vector.generated = Expr{"to_tsvector('" + options.text_search_config + "'::regconfig, " + document + ")", false, {}};
    const std::string vector_name = vector.name;
    target->columns.push_back(std::move(vector));
    Index gin;
    gin.name = make_object_name(target->name.name, vector_name, "idx");
    gin.method = "gin";
    gin.keys.push_back(IndexKey{vector_name, std::nullopt, "", "", false, NullsOrder::Default, -1});
    target->indexes.push_back(gin);
    note(fts.name.name + " (FTS5) -> " + target->name.name + "." + vector_name + " tsvector (" + options.text_search_config +
         ") with a GIN index; query with " + vector_name + " @@ plainto_tsquery('" + options.text_search_config + "', ...)");
    if (options.fts != ConvertOptions::Fts::Tsvector) {
      trigram = true;
      for (const std::string& c : spec.columns) {
        Index index;
        index.name = make_object_name(target->name.name, c, "trgm_idx");
        index.method = "gin";
        index.keys.push_back(IndexKey{c, std::nullopt, "", "public.gin_trgm_ops", false, NullsOrder::Default, -1});
        target->indexes.push_back(index);
      }
    }
  }
  if (trigram) {
    Extension pg_trgm;
    pg_trgm.name = "pg_trgm";
    pg_trgm.schema = kSchema;
    out.schema.extensions.push_back(pg_trgm);
  }

  // Views are kept as written unless they call a function PostgreSQL does
  // not have, which would stop the whole schema loading (review the rest);
  // triggers are not: PostgreSQL runs trigger functions, and the FTS5 sync
  // triggers are replaced by the generated column.
  std::vector<std::string> left_out_views;
  for (const View& source : sqlite.views) {
    const std::string why = missing_functions(source.query);
    const auto reads_left_out = std::find_if(source.reads.begin(), source.reads.end(), [&](const QualifiedName& read) {
      return std::find(left_out_views.begin(), left_out_views.end(), ascii_lower(read.name)) != left_out_views.end();
    });
    if (!why.empty() || reads_left_out != source.reads.end()) {
      note("view " + source.name.name + ": " + (why.empty() ? "reads view " + reads_left_out->name + ", which is left out" : why) +
           ": left out");
      left_out_views.push_back(ascii_lower(source.name.name));
      continue;
    }
    View view = source;
    view.name = pg_name(source.name);
    for (QualifiedName& read : view.reads) read = pg_name(read);
    if (sqlite_only(view.query)) note(source.name.name + ": the view uses SQLite-only syntax: review it");
    out.schema.views.push_back(std::move(view));
  }
  for (const Trigger& trigger : sqlite.triggers) {
    const bool syncs_fts = std::any_of(trigger.reads.begin(), trigger.reads.end(), [&](const QualifiedName& read) {
      return std::find(fts_tables.begin(), fts_tables.end(), ascii_lower(read.name)) != fts_tables.end();
    });
    note("trigger " + trigger.name + (syncs_fts ? ": kept the FTS5 index in step; the generated tsvector column does that now: left out"
                                                : ": SQLite trigger bodies do not run in PostgreSQL (write a trigger function): left out"));
  }
  lower_names(out.schema);
  match_key_types(out.schema, out.notes);
  return out;
}

}  // namespace schemac
