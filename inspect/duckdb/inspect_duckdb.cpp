#include "inspect/duckdb/inspect_duckdb.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <pg_query.h>

#include "inspect/duckdb/duckdb_sql_text.hpp"

namespace schemac::duckdb {
namespace {

constexpr const char* kThisDatabase = "database_name = current_database()";

struct Reader {
  db::Connection& connection;
  const std::string& source;
  std::vector<Diagnostic> errors;

  std::unique_ptr<db::Rows> rows(const std::string& sql) {
    auto result = connection.query(sql);
    if (!result) {
      errors.push_back(Diagnostic{{}, "reading the catalog of " + source + ": " + result.errors().front().message, {}, {}});
      return nullptr;
    }
    return std::move(result).value();
  }
};

std::string text(const db::Rows& rows, std::size_t row, std::size_t column) { return std::string(rows.get(row, column).value_or("")); }
std::optional<std::string> maybe(const db::Rows& rows, std::size_t row, std::size_t column) {
  auto value = rows.get(row, column);
  return value ? std::optional<std::string>(*value) : std::nullopt;
}

std::vector<std::string> json_strings(const std::string& json) {
  std::vector<std::string> out;
  auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed) out.push_back(item.is_string() ? item.get<std::string>() : "");
  return out;
}

// The relations a view's query names, when PostgreSQL's grammar reads it
// (DuckDB's is a superset: a query it cannot read has no known reads, and
// only ordering falls back to names).
void collect_reads(const nlohmann::json& node, const std::string& default_schema, std::vector<QualifiedName>& out) {
  if (node.is_object()) {
    if (auto it = node.find("RangeVar"); it != node.end() && it->contains("relname")) {
      const std::string schema = it->value("schemaname", default_schema);
      out.push_back(QualifiedName{schema, (*it)["relname"].get<std::string>()});
    }
    for (const auto& [key, value] : node.items()) collect_reads(value, default_schema, out);
  } else if (node.is_array()) {
    for (const auto& value : node) collect_reads(value, default_schema, out);
  }
}

std::vector<QualifiedName> view_reads(const std::string& query, const std::string& schema) {
  std::vector<QualifiedName> reads;
  PgQueryParseResult parsed = pg_query_parse(query.c_str());
  if (!parsed.error && parsed.parse_tree) {
    auto tree = nlohmann::json::parse(parsed.parse_tree, nullptr, false);
    if (!tree.is_discarded()) collect_reads(tree, schema, reads);
  }
  pg_query_free_parse_result(parsed);
  std::sort(reads.begin(), reads.end());
  reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
  return reads;
}

std::string quoted(const std::string& name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void read_tables(Reader& reader, Schema& schema, std::map<QualifiedName, std::size_t>& table_at) {
  auto tables = reader.rows(std::string("SELECT schema_name, table_name, sql FROM duckdb_tables() WHERE ") + kThisDatabase +
                            " AND NOT internal AND NOT temporary ORDER BY table_oid");
  auto columns = reader.rows(std::string("SELECT c.schema_name, c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default "
                                         "FROM duckdb_columns() c JOIN duckdb_tables() t USING (table_oid) WHERE c.") +
                             kThisDatabase + " AND NOT t.internal AND NOT t.temporary ORDER BY c.table_oid, c.column_index");
  auto constraints = reader.rows(std::string("SELECT schema_name, table_name, constraint_type, constraint_name, "
                                             "to_json(constraint_column_names)::VARCHAR, expression, referenced_table, "
                                             "to_json(referenced_column_names)::VARCHAR FROM duckdb_constraints() WHERE ") +
                                 kThisDatabase + " AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'CHECK', 'FOREIGN KEY') "
                                                 "ORDER BY table_oid, constraint_index");
  auto indexes = reader.rows(std::string("SELECT schema_name, table_name, index_name, is_unique, expressions, sql FROM duckdb_indexes() WHERE ") +
                             kThisDatabase + " AND NOT is_primary ORDER BY index_oid");
  if (!tables || !columns || !constraints || !indexes) return;
  std::map<QualifiedName, std::map<std::string, std::string>> generated;
  for (std::size_t i = 0; i < tables->size(); ++i) {
    Table table;
    table.name = QualifiedName{text(*tables, i, 0), text(*tables, i, 1)};
    generated[table.name] = generated_columns(text(*tables, i, 2));
    table_at[table.name] = schema.tables.size();
    schema.tables.push_back(std::move(table));
  }
  auto table_named = [&](const db::Rows& rows, std::size_t i) -> Table* {
    auto it = table_at.find(QualifiedName{text(rows, i, 0), text(rows, i, 1)});
    return it == table_at.end() ? nullptr : &schema.tables[it->second];
  };
  for (std::size_t i = 0; i < columns->size(); ++i) {
    Table* table = table_named(*columns, i);
    if (!table) continue;
    Column column;
    column.name = text(*columns, i, 2);
    column.type = text(*columns, i, 3);
    column.not_null = text(*columns, i, 4) == "false";
    const auto& generated_here = generated[table->name];
    if (auto g = generated_here.find(column.name); g != generated_here.end()) {
      column.generated = Expr{g->second, false, {}};
      column.virtual_generated = true;  // DuckDB computes generated columns when read
    } else if (auto value = maybe(*columns, i, 5)) {
      column.default_value = Expr{*value, false, {}};
    }
    table->columns.push_back(std::move(column));
  }
  for (std::size_t i = 0; i < constraints->size(); ++i) {
    Table* table = table_named(*constraints, i);
    if (!table) continue;
    const std::string kind = text(*constraints, i, 2), name = text(*constraints, i, 3);
    const std::vector<std::string> names = json_strings(text(*constraints, i, 4));
    if (kind == "PRIMARY KEY") {
      PrimaryKey key;
      key.name = name;
      key.columns = names;
      table->primary_key = key;
    } else if (kind == "UNIQUE") {
      UniqueConstraint unique;
      unique.name = name;
      unique.columns = names;
      table->uniques.push_back(unique);
    } else if (kind == "CHECK") {
      CheckConstraint check;
      check.name = name;
      check.expr = Expr{strip_outer_parentheses(text(*constraints, i, 5)), false, {}};
      table->checks.push_back(check);
    } else {
      ForeignKey fk;
      fk.name = name;
      fk.columns = names;
      fk.ref_table = QualifiedName{table->name.schema, text(*constraints, i, 6)};
      fk.ref_columns = json_strings(text(*constraints, i, 7));
      table->foreign_keys.push_back(fk);
    }
  }
  for (std::size_t i = 0; i < indexes->size(); ++i) {
    Table* table = table_named(*indexes, i);
    if (!table) continue;
    Index index;
    index.name = text(*indexes, i, 2);
    index.unique = text(*indexes, i, 3) == "true";
    index.method = "art";
    // The keys from the index's SQL, where names keep SQL's quoting; from the
    // expressions list when that cannot be read.
    const auto from_sql = read_index_sql(text(*indexes, i, 5));
    for (const IndexKeyText& key : from_sql ? *from_sql : read_index_keys(text(*indexes, i, 4))) {
      IndexKey k;
      if (key.expression) k.expression = Expr{key.text, false, {}};
      else k.column = key.text;
      index.keys.push_back(std::move(k));
    }
    table->indexes.push_back(std::move(index));
  }
}

void read_views(Reader& reader, Schema& schema) {
  auto views = reader.rows(std::string("SELECT schema_name, view_name, sql FROM duckdb_views() WHERE ") + kThisDatabase +
                           " AND NOT internal AND NOT temporary ORDER BY view_oid");
  if (!views) return;
  for (std::size_t i = 0; i < views->size(); ++i) {
    View view;
    view.name = QualifiedName{text(*views, i, 0), text(*views, i, 1)};
    auto parsed = read_view(text(*views, i, 2));
    if (!parsed) {
      reader.errors.push_back(Diagnostic{{}, "cannot read the definition DuckDB keeps for view " + to_string(view.name), {}, {}});
      continue;
    }
    view.columns = parsed->columns;
    view.query = parsed->query;
    view.reads = view_reads(view.query, view.name.schema);
    schema.views.push_back(std::move(view));
  }
}

void read_sequences(Reader& reader, Schema& schema) {
  auto sequences = reader.rows(std::string("SELECT schema_name, sequence_name, start_value, increment_by, min_value, max_value, cycle "
                                           "FROM duckdb_sequences() WHERE ") + kThisDatabase + " AND NOT temporary ORDER BY sequence_oid");
  if (!sequences) return;
  for (std::size_t i = 0; i < sequences->size(); ++i) {
    Sequence sequence;
    sequence.name = QualifiedName{text(*sequences, i, 0), text(*sequences, i, 1)};
    sequence.start = std::stoll(text(*sequences, i, 2));
    sequence.increment = std::stoll(text(*sequences, i, 3));
    sequence.min_value = std::stoll(text(*sequences, i, 4));
    sequence.max_value = std::stoll(text(*sequences, i, 5));
    sequence.cycle = text(*sequences, i, 6) == "true";
    schema.sequences.push_back(std::move(sequence));
  }
}

void read_enums(Reader& reader, Schema& schema) {
  auto types = reader.rows(std::string("SELECT schema_name, type_name FROM duckdb_types() WHERE ") + kThisDatabase +
                           " AND logical_type = 'ENUM' AND NOT internal ORDER BY type_oid");
  if (!types || types->size() == 0) return;
  // The labels of every enum in one query.
  std::string sql;
  for (std::size_t i = 0; i < types->size(); ++i)
    sql += (i ? " UNION ALL " : "") + std::string("SELECT ") + std::to_string(i) + ", to_json(enum_range(NULL::" + quoted(text(*types, i, 0)) + "." +
           quoted(text(*types, i, 1)) + "))::VARCHAR";
  auto labels = reader.rows(sql + " ORDER BY 1");
  if (!labels) return;
  for (std::size_t i = 0; i < types->size(); ++i) {
    EnumType type;
    type.name = QualifiedName{text(*types, i, 0), text(*types, i, 1)};
    type.labels = json_strings(text(*labels, i, 1));
    schema.enums.push_back(std::move(type));
  }
}

void read_macros(Reader& reader, Schema& schema) {
  auto macros = reader.rows(std::string("SELECT schema_name, function_name, function_type, to_json(parameters)::VARCHAR, macro_definition "
                                        "FROM duckdb_functions() WHERE ") + kThisDatabase +
                            " AND function_type IN ('macro', 'table_macro') AND NOT internal ORDER BY function_oid");
  if (!macros) return;
  for (std::size_t i = 0; i < macros->size(); ++i) {
    Function macro;
    macro.name = QualifiedName{text(*macros, i, 0), text(*macros, i, 1)};
    macro.language = text(*macros, i, 2);  // macro or table_macro
    for (const std::string& parameter : json_strings(text(*macros, i, 3))) macro.arguments.push_back(FunctionArgument{ArgumentMode::In, parameter, "", {}});
    macro.body = text(*macros, i, 4);
    schema.functions.push_back(std::move(macro));
  }
}

}  // namespace

Result<Inspected> inspect_duckdb(db::Connection& connection, const std::string& source_name) {
  Reader reader{connection, source_name, {}};
  Inspected out;
  if (auto schemas = reader.rows(std::string("SELECT schema_name FROM duckdb_schemas() WHERE ") + kThisDatabase +
                                 " AND NOT internal AND schema_name NOT IN ('main', 'pg_catalog', 'information_schema') ORDER BY schema_name"))
    for (std::size_t i = 0; i < schemas->size(); ++i) out.schema.namespaces.push_back(Namespace{text(*schemas, i, 0), {}, {}});
  read_enums(reader, out.schema);
  read_sequences(reader, out.schema);
  std::map<QualifiedName, std::size_t> table_at;
  read_tables(reader, out.schema, table_at);
  read_views(reader, out.schema);
  read_macros(reader, out.schema);
  if (!reader.errors.empty()) return reader.errors;
  return out;
}

}  // namespace schemac::duckdb
