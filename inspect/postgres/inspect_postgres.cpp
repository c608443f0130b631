#include "inspect/postgres/inspect_postgres.hpp"

#include <fnmatch.h>

#include <set>

#include "inspect/postgres/catalog_queries.hpp"
#include "parser/postgres/quote.hpp"

namespace schemac::pg {
namespace {

// One row of a result, read in place.
struct Row {
  const db::Rows& rows;
  std::size_t index;

  std::string_view view(std::size_t column) const { return rows.get(index, column).value_or(std::string_view{}); }
};

std::string text(const Row& row, std::size_t i) { return std::string(row.view(i)); }
bool has(const Row& row, std::size_t i) { return row.rows.get(row.index, i).has_value(); }
bool truth(const Row& row, std::size_t i) { return row.view(i) == "t"; }

// Rows of a result, as Row values.
struct EachRow {
  const db::Rows& rows;
  struct Iterator {
    const db::Rows& rows;
    std::size_t index;
    Row operator*() const { return Row{rows, index}; }
    Iterator& operator++() { return ++index, *this; }
    bool operator!=(const Iterator& other) const { return index != other.index; }
  };
  Iterator begin() const { return {rows, 0}; }
  Iterator end() const { return {rows, rows.size()}; }
};

std::string with_filter(const char* sql) {
  std::string out(sql);
  const std::string marker = "%FILTER%";
  if (const auto at = out.find(marker); at != std::string::npos) out.replace(at, marker.size(), catalog::kSchemaFilter);
  return out;
}

// A text[] literal for the schema filter parameter.
std::string array_literal(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += ",";
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

class ScriptWriter {
 public:
  explicit ScriptWriter(const InspectOptions& options) : options_(options) {}

  bool excluded(const std::string& table) const {
    for (const auto& pattern : options_.exclude)
      if (fnmatch(pattern.c_str(), table.c_str(), 0) == 0) return true;
    return false;
  }

  void namespaces(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      if (text(row, 0) == "public") continue;  // exists everywhere; its comment is the server's
      head_ += "CREATE SCHEMA " + quote_ident(text(row, 0)) + ";\n";
      if (has(row, 1)) comment("SCHEMA " + quote_ident(text(row, 0)), text(row, 1));
    }
  }

  // Extensions come first: the types they define are used by tables.
  void extensions(const db::Rows& rows) {
    for (const Row row : EachRow{rows})
      extensions_ += "CREATE EXTENSION IF NOT EXISTS " + quote_ident(text(row, 0)) + " WITH SCHEMA " + quote_ident(text(row, 1)) + ";\n";
  }

  void enums(const db::Rows& rows) {
    std::string current;
    for (const Row row : EachRow{rows}) {
      const std::string name = quote_qualified({text(row, 0), text(row, 1)});
      if (name != current) {
        if (!current.empty()) head_ += ");\n";
        head_ += "CREATE TYPE " + name + " AS ENUM (";
        current = name;
        if (has(row, 3)) comment("TYPE " + name, text(row, 3));
      } else {
        head_ += ", ";
      }
      head_ += quote_literal(text(row, 2));
    }
    if (!current.empty()) head_ += ");\n";
  }

  void sequences(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      if (has(row, 9) && excluded(text(row, 10))) continue;  // goes with the table that owns it
      const std::string name = quote_qualified({text(row, 0), text(row, 1)});
      head_ += "CREATE SEQUENCE " + name + " AS " + text(row, 2) + " INCREMENT BY " + text(row, 3) + " MINVALUE " +
               text(row, 4) + " MAXVALUE " + text(row, 5) + " START WITH " + text(row, 6) + " CACHE " + text(row, 7) +
               (truth(row, 8) ? " CYCLE" : "") + ";\n";
      if (has(row, 9)) owners_.push_back({text(row, 9) + "." + text(row, 10),
                                          "ALTER SEQUENCE " + name + " OWNED BY " + quote_qualified({text(row, 9), text(row, 10)}) +
                                              "." + quote_ident(text(row, 11)) + ";\n"});
      if (has(row, 12)) comment("SEQUENCE " + name, text(row, 12));
    }
  }

  void columns(const db::Rows& rows) {
    std::string current;
    bool first_column = true;
    for (const Row row : EachRow{rows}) {
      if (excluded(text(row, 1))) continue;
      const std::string table = quote_qualified({text(row, 0), text(row, 1)});
      if (table != current) {
        if (!current.empty()) tables_ += ");\n";
        tables_ += "CREATE TABLE " + table + " (";
        current = table;
        first_column = true;
        tables_seen_.insert(text(row, 0) + "." + text(row, 1));
        if (has(row, 10)) comment("TABLE " + table, text(row, 10));
      }
      if (!has(row, 2)) continue;  // a table without columns
      if (!first_column) tables_ += ", ";
      first_column = false;
      tables_ += quote_ident(text(row, 2)) + " " + text(row, 3);
      if (has(row, 6)) tables_ += " COLLATE " + text(row, 6);
      const std::string& identity = text(row, 7);
      const std::string& generated = text(row, 8);
      if (generated == "s") tables_ += " GENERATED ALWAYS AS (" + text(row, 5) + ") STORED";
      else if (has(row, 5)) tables_ += " DEFAULT " + text(row, 5);
      if (identity == "a") tables_ += " GENERATED ALWAYS AS IDENTITY";
      if (identity == "d") tables_ += " GENERATED BY DEFAULT AS IDENTITY";
      if (truth(row, 4)) tables_ += " NOT NULL";
      if (has(row, 9)) comment("COLUMN " + table + "." + quote_ident(text(row, 2)), text(row, 9));
    }
    if (!current.empty()) tables_ += ");\n";
  }

  void constraints(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      if (!tables_seen_.contains(text(row, 0) + "." + text(row, 1))) continue;
      const std::string definition = text(row, 4);
      if (text(row, 3) == "f" && references_excluded(definition)) continue;
      std::string& target = text(row, 3) == "f" ? foreign_keys_ : constraints_;
      target += "ALTER TABLE ONLY " + quote_qualified({text(row, 0), text(row, 1)}) + " ADD CONSTRAINT " +
                quote_ident(text(row, 2)) + " " + definition + ";\n";
    }
  }

  void indexes(const db::Rows& rows) {
    for (const Row row : EachRow{rows}) {
      if (!tables_seen_.contains(text(row, 0) + "." + text(row, 1))) continue;
      constraints_ += text(row, 3) + ";\n";
      if (has(row, 4)) comment("INDEX " + quote_qualified({text(row, 0), text(row, 2)}), text(row, 4));
    }
  }

  std::string script() const {
    std::string owned_by;
    // Only tables that were read can own a sequence here (partitioned tables are not read yet).
    for (const auto& [table, statement] : owners_)
      if (tables_seen_.contains(table)) owned_by += statement;
    return "SELECT pg_catalog.set_config('search_path', '', false);\n" + extensions_ + head_ + tables_ + constraints_ + foreign_keys_ +
           owned_by + comments_;
  }

 private:
  void comment(const std::string& target, const std::string& value) {
    comments_ += "COMMENT ON " + target + " IS " + quote_literal(value) + ";\n";
  }

  // Foreign keys to excluded tables go with them.
  bool references_excluded(const std::string& definition) const {
    if (options_.exclude.empty()) return false;
    const auto at = definition.find("REFERENCES ");
    if (at == std::string::npos) return false;
    std::string target = definition.substr(at + 11, definition.find('(', at) - at - 11);
    const auto dot = target.rfind('.');
    if (dot != std::string::npos) target = target.substr(dot + 1);
    if (!target.empty() && target.front() == '"') target = target.substr(1, target.size() - 2);
    return excluded(target);
  }

  const InspectOptions& options_;
  std::set<std::string> tables_seen_;
  std::vector<std::pair<std::string, std::string>> owners_;  // ("schema.table", ALTER SEQUENCE ... OWNED BY)
  std::string extensions_, head_, tables_, constraints_, foreign_keys_, comments_;
};

}  // namespace

Result<std::string> catalog_script(db::Connection& connection, const InspectOptions& options) {
  // With an empty search_path the server writes every name schema-qualified.
  if (auto error = connection.execute("SELECT pg_catalog.set_config('search_path', '', false)"))
    return Diagnostic{{}, *error, {}, {}};
  const std::vector<std::optional<std::string>> params{
      options.schemas.empty() ? std::nullopt : std::optional(array_literal(options.schemas))};
  ScriptWriter writer(options);
  struct Step {
    const char* sql;
    void (ScriptWriter::*read)(const db::Rows&);
  };
  // Order matters: constraints and indexes are kept only for tables read before them.
  // (A second connection running half of these was measured no faster: each
  // backend warms its own catalog cache.)
  const Step steps[] = {{catalog::kExtensions, &ScriptWriter::extensions}, {catalog::kNamespaces, &ScriptWriter::namespaces},
                        {catalog::kEnums, &ScriptWriter::enums},           {catalog::kSequences, &ScriptWriter::sequences},
                        {catalog::kColumns, &ScriptWriter::columns},       {catalog::kConstraints, &ScriptWriter::constraints},
                        {catalog::kIndexes, &ScriptWriter::indexes}};
  for (const Step& step : steps) {
    auto rows = connection.query(with_filter(step.sql), params);
    if (!rows) return rows.errors();
    (writer.*step.read)(*rows.value());
  }
  return writer.script();
}

Result<Parsed> inspect_postgres(db::Connection& connection, const InspectOptions& options, const std::string& source_name) {
  auto script = catalog_script(connection, options);
  if (!script) return script.errors();
  return parse_postgres({SourceFile{source_name, std::move(script).value()}}, ParseOptions{options.skip_unsupported});
}

}  // namespace schemac::pg
