#include "convert/type_map.hpp"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

#include "model/ascii_case.hpp"
#include "parser/postgres/parse_postgres.hpp"

namespace schemac {
namespace {

Diagnostic at(const std::string& path, const toml::source_region& where, std::string message, std::string hint = {}) {
  return Diagnostic{SourceRange{path, where.begin.line, where.begin.column}, std::move(message), std::move(hint), {}};
}

// The type as PostgreSQL's parser reads it, in schemac's canonical spelling.
std::optional<std::string> canonical_column_type(const std::string& type, std::string& error) {
  auto parsed = pg::parse_postgres({SourceFile{"--type-map", "CREATE TABLE t (c " + type + ");"}}, {});
  if (!parsed || parsed->schema.tables.size() != 1 || parsed->schema.tables.front().columns.size() != 1) {
    error = parsed ? "not one type" : parsed.errors().front().message;
    return std::nullopt;
  }
  return parsed->schema.tables.front().columns.front().type;
}

}  // namespace

std::string column_key(const std::string& table, const std::string& column) { return ascii_lower(table) + "." + ascii_lower(column); }

Result<ColumnTypes> read_type_map(const std::string& path, const Schema& sqlite) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Diagnostic{{path, 0, 0}, "cannot read the type map " + path, {}, {}};
  std::stringstream text;
  text << in.rdbuf();
  toml::table document;
  try {
    document = toml::parse(text.str(), path);
  } catch (const toml::parse_error& error) {
    return at(path, error.source(), std::string(error.description()));
  }
  ColumnTypes types;
  std::vector<Diagnostic> errors;
  for (const auto& [table_key, node] : document) {
    const std::string table_name(table_key.str());
    const Table* table = nullptr;
    for (const Table& t : sqlite.tables)
      if (ascii_lower(t.name.name) == ascii_lower(table_name)) table = &t;
    const toml::table* columns = node.as_table();
    if (!columns) {
      errors.push_back(at(path, node.source(), "expected a table of columns: [" + table_name + "] then column = \"type\" lines"));
      continue;
    }
    if (!table) {
      errors.push_back(at(path, node.source(), "the SQLite schema has no table " + table_name));
      continue;
    }
    for (const auto& [column_key_text, value] : *columns) {
      const std::string column(column_key_text.str());
      const std::optional<std::string> type = value.value<std::string>();
      if (!type) {
        errors.push_back(at(path, value.source(), "expected a type in quotes for " + table_name + "." + column));
        continue;
      }
      if (!table->find_column(column) && !table->find_column(ascii_lower(column))) {
        errors.push_back(at(path, value.source(), "table " + table_name + " has no column " + column));
        continue;
      }
      std::string why;
      const auto canonical = canonical_column_type(*type, why);
      if (!canonical) {
        errors.push_back(at(path, value.source(), "'" + *type + "' is not a PostgreSQL type: " + why));
        continue;
      }
      types[column_key(table_name, column)] = TypeChoice{*canonical, "--type-map"};
    }
  }
  if (!errors.empty()) return errors;
  return types;
}

}  // namespace schemac
