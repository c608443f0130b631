#pragma once
// Reading the SQL text DuckDB keeps in its catalog (duckdb_tables().sql,
// duckdb_views().sql, duckdb_indexes().expressions). That text is DuckDB's
// own rendering, not what a person wrote: one spacing, names quoted only
// when they must be, expressions fully parenthesized. These helpers read
// just the parts the catalog functions do not give in columns.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::duckdb {

// `text` split at top-level commas (outside quotes and parentheses), each part trimmed.
std::vector<std::string> split_top_level(std::string_view text);

// An identifier as DuckDB renders it: "Weird ""col" or bare; unquoted.
std::string unquote_identifier(std::string_view text);

// Outer parentheses that enclose the whole expression removed: "((b + 1))" -> "b + 1".
std::string strip_outer_parentheses(std::string_view text);

// The generated columns of a CREATE TABLE as DuckDB renders it: column name -> expression.
std::map<std::string, std::string> generated_columns(std::string_view create_table);

struct ViewText {
  std::vector<std::string> columns;  // CREATE VIEW v (a, b) AS ...
  std::string query;                 // without the trailing ';'
};
std::optional<ViewText> read_view(std::string_view create_view);

// An index's keys from duckdb_indexes().expressions, "[b, '((c + 1))']":
// a column name, or an expression (quoted in the list).
struct IndexKeyText {
  std::string text;
  bool expression = false;
};
std::vector<IndexKeyText> read_index_keys(std::string_view expressions);
// The same from duckdb_indexes().sql, "CREATE INDEX i ON t(b, ((c + 1)));",
// where names keep SQL's own quoting (the expressions list escapes them again).
std::optional<std::vector<IndexKeyText>> read_index_sql(std::string_view create_index);

}  // namespace schemac::duckdb
