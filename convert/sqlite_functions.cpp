#include "convert/sqlite_functions.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "model/ascii_case.hpp"

namespace schemac {
namespace {

bool word_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }

// Past a quoted run starting at `i` (the opening quote), doubled closers kept inside.
std::size_t skip_quoted(std::string_view sql, std::size_t i, char close) {
  for (++i; i < sql.size(); ++i)
    if (sql[i] == close) {
      if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) ++i;
      else return i + 1;
    }
  return sql.size();
}

std::size_t skip_space(std::string_view sql, std::size_t i) {
  while (i < sql.size()) {
    if (std::isspace(static_cast<unsigned char>(sql[i]))) ++i;
    else if (sql.substr(i, 2) == "--") i = std::min(sql.find('\n', i), sql.size());
    else if (sql.substr(i, 2) == "/*") i = std::min(sql.find("*/", i + 2), sql.size() - 2) + 2;
    else break;
  }
  return i;
}

// Past the parenthesised run starting at `i` (an opening parenthesis).
std::size_t skip_parentheses(std::string_view sql, std::size_t i) {
  int depth = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"' || c == '`') i = skip_quoted(sql, i, c);
    else if (c == '[') i = skip_quoted(sql, i, ']');
    else {
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return i + 1;
      ++i;
    }
  }
  return i;
}

bool word_at(std::string_view sql, std::size_t i, std::string_view word) {
  return i + word.size() <= sql.size() && ascii_lower(std::string(sql.substr(i, word.size()))) == word &&
         (i + word.size() == sql.size() || !word_char(sql[i + word.size()]));
}

// `name (columns) AS (` or `AS [NOT] MATERIALIZED`: a common table
// expression's column list, not a call.
bool names_cte(std::string_view sql, std::size_t open) {
  std::size_t i = skip_space(sql, skip_parentheses(sql, open));
  if (!word_at(sql, i, "as")) return false;
  i = skip_space(sql, i + 2);
  return (i < sql.size() && sql[i] == '(') || word_at(sql, i, "not") || word_at(sql, i, "materialized");
}

// SQLite's built-in scalar, aggregate, window, date, math and JSON functions
// (sqlite.org/lang_corefunc.html and its siblings) that PostgreSQL also has.
constexpr std::array kInPostgres = {
    "abs",        "acos",      "acosh",       "asin",         "asinh",      "atan",        "atan2",       "atanh",
    "avg",        "ceil",      "ceiling",     "coalesce",     "concat",     "concat_ws",   "cos",         "cosh",
    "count",      "cume_dist", "degrees",     "dense_rank",   "exp",        "first_value", "floor",       "format",
    "lag",        "last_value", "lead",       "length",       "ln",         "log",         "log10",       "lower",
    "ltrim",      "max",       "min",         "mod",          "nth_value",  "ntile",       "nullif",      "octet_length",
    "percent_rank", "pi",      "power",       "radians",      "random",     "rank",        "replace",     "round",
    "row_number", "rtrim",     "sign",        "sin",          "sinh",       "sqrt",        "string_agg",  "substr",
    "substring",  "sum",       "tan",         "tanh",         "trim",       "trunc",       "upper",
};

// The rest of SQLite's built-ins: PostgreSQL has no function of that name
// (or one that means something else).
constexpr std::array kSqliteOnly = {
    "bm25",          "changes",      "char",          "date",           "datetime",        "glob",
    "group_concat",  "hex",          "highlight",     "ifnull",         "iif",             "instr",
    "json",          "json_array",   "json_array_length", "json_each",  "json_error_position", "json_extract",
    "json_group_array", "json_group_object", "json_insert", "json_object", "json_patch",   "json_pretty",
    "json_quote",    "json_remove",  "json_replace",  "json_set",       "json_tree",       "json_type",
    "json_valid",    "jsonb",        "jsonb_array",   "jsonb_extract",  "jsonb_group_array", "jsonb_group_object",
    "jsonb_insert",  "jsonb_object", "jsonb_patch",   "jsonb_remove",   "jsonb_replace",   "jsonb_set",
    "julianday",     "last_insert_rowid", "like",     "likelihood",     "likely",          "load_extension",
    "log2",          "match",        "pow",           "printf",         "quote",           "randomblob",
    "snippet",       "soundex",      "sqlite_compileoption_get", "sqlite_compileoption_used", "sqlite_offset", "sqlite_source_id",
    "sqlite_version", "strftime",    "time",          "timediff",       "total",           "total_changes",
    "typeof",        "unhex",        "unicode",       "unixepoch",      "unlikely",        "zeroblob",
};

template <std::size_t N>
bool listed(const std::array<const char*, N>& names, std::string_view name) {
  return std::any_of(names.begin(), names.end(), [&](const char* listed_name) { return name == listed_name; });
}

}  // namespace

SqliteFunction classify_sqlite_function(std::string_view name) {
  if (listed(kInPostgres, name)) return SqliteFunction::InPostgres;
  // pragma_table_info(...) and the other eponymous tables of PRAGMAs.
  if (listed(kSqliteOnly, name) || name.starts_with("pragma_")) return SqliteFunction::SqliteOnly;
  return SqliteFunction::Application;
}

std::vector<std::string> called_functions(std::string_view sql) {
  std::vector<std::string> calls;
  std::size_t i = 0;
  char previous = ' ';  // the last significant character before a name
  while (i < sql.size()) {
    i = skip_space(sql, i);
    if (i >= sql.size()) break;
    const char c = sql[i];
    std::string name;
    bool quoted = false;
    if (c == '\'') {
      i = skip_quoted(sql, i, c);
      previous = c;
      continue;
    }
    if (c == '"' || c == '`' || c == '[') {
      const std::size_t end = skip_quoted(sql, i, c == '[' ? ']' : c);
      name = std::string(sql.substr(i + 1, end - i - 2));
      quoted = true;
      i = end;
    } else if (word_start(c)) {
      const std::size_t start = i;
      while (i < sql.size() && word_char(sql[i])) ++i;
      name = std::string(sql.substr(start, i - start));
    } else {
      previous = c;
      ++i;
      continue;
    }
    const std::size_t next = skip_space(sql, i);
    const bool qualified = previous == '.';
    previous = 'a';
    if (next >= sql.size() || sql[next] != '(' || qualified) continue;
    const std::string lower = ascii_lower(name);
    // Keywords before a parenthesis (IN, EXISTS, VALUES, OVER, AS, CAST, ...)
    // are syntax; the few built-ins that are also keywords are calls.
    const bool keyword = !quoted && sqlite3_keyword_check(name.data(), static_cast<int>(name.size())) != 0;
    if (keyword && lower != "replace" && lower != "like" && lower != "glob" && lower != "match") continue;
    if (names_cte(sql, next)) continue;
    if (std::find(calls.begin(), calls.end(), lower) == calls.end()) calls.push_back(lower);
  }
  return calls;
}

}  // namespace schemac
