#include "parser/sqlite/expression_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "model/ascii_case.hpp"

namespace schemac::sqlite {
namespace {

// https://www.sqlite.org/lang_keywords.html (SQLite 3.40)
constexpr std::array<std::string_view, 147> kKeywords = {
    "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "AS", "ASC", "ATTACH", "AUTOINCREMENT",
    "BEFORE", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "COMMIT", "CONFLICT",
    "CONSTRAINT", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE", "DEFAULT",
    "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO", "DROP", "EACH", "ELSE", "END", "ESCAPE", "EXCEPT",
    "EXCLUDE", "EXCLUSIVE", "EXISTS", "EXPLAIN", "FAIL", "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL",
    "GENERATED", "GLOB", "GROUP", "GROUPS", "HAVING", "IF", "IGNORE", "IMMEDIATE", "IN", "INDEX", "INDEXED", "INITIALLY",
    "INNER", "INSERT", "INSTEAD", "INTERSECT", "INTO", "IS", "ISNULL", "JOIN", "KEY", "LAST", "LEFT", "LIKE", "LIMIT", "MATCH",
    "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING", "NOTNULL", "NULL", "NULLS", "OF", "OFFSET", "ON", "OR", "ORDER",
    "OTHERS", "OUTER", "OVER", "PARTITION", "PLAN", "PRAGMA", "PRECEDING", "PRIMARY", "QUERY", "RAISE", "RANGE", "RECURSIVE",
    "REFERENCES", "REGEXP", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURNING", "RIGHT", "ROLLBACK", "ROW",
    "ROWS", "SAVEPOINT", "SELECT", "SET", "TABLE", "TEMP", "TEMPORARY", "THEN", "TIES", "TO", "TRANSACTION", "TRIGGER",
    "UNBOUNDED", "UNION", "UNIQUE", "UPDATE", "USING", "VACUUM", "VALUES", "VIEW", "VIRTUAL", "WHEN", "WHERE", "WINDOW",
    "WITH", "WITHOUT"};

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); }

enum class Kind { Word, Keyword, Name, String, Number, Open, Close, Comma, Semicolon, Operator };

struct Token {
  Kind kind;
  std::string text;
};

std::size_t closing_quote(std::string_view text, std::size_t start, char quote) {
  for (std::size_t i = start + 1; i < text.size(); ++i) {
    if (text[i] != quote) continue;
    if (quote != ']' && i + 1 < text.size() && text[i + 1] == quote) {
      ++i;
      continue;
    }
    return i;
  }
  return text.size() - 1;
}

std::vector<Token> tokens_of(std::string_view text) {
  static constexpr std::array<std::string_view, 10> kOperators = {"->>", "||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"};
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (text.compare(i, 2, "--") == 0) {
      i = text.find('\n', i);
      if (i == std::string_view::npos) i = text.size();
    } else if (text.compare(i, 2, "/*") == 0) {
      i = text.find("*/", i + 2);
      i = i == std::string_view::npos ? text.size() : i + 2;
    } else if (c == '\'') {
      const std::size_t end = closing_quote(text, i, '\'');
      out.push_back({Kind::String, std::string(text.substr(i, end - i + 1))});
      i = end + 1;
    } else if (c == '"' || c == '`' || c == '[') {
      const std::size_t end = closing_quote(text, i, c == '[' ? ']' : c);
      out.push_back({Kind::Name, unquoted(text.substr(i, end - i + 1))});
      i = end + 1;
    } else if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
      std::size_t end = i;
      while (end < text.size() && (word_char(text[end]) || text[end] == '.' ||
                                   ((text[end] == '+' || text[end] == '-') && end > i && (text[end - 1] == 'e' || text[end - 1] == 'E'))))
        ++end;
      out.push_back({Kind::Number, ascii_lower(text.substr(i, end - i))});
      i = end;
    } else if ((c == 'x' || c == 'X') && i + 1 < text.size() && text[i + 1] == '\'') {  // blob literal
      const std::size_t end = closing_quote(text, i + 1, '\'');
      out.push_back({Kind::String, "X" + ascii_upper(text.substr(i + 1, end - i))});
      i = end + 1;
    } else if (word_char(c)) {
      std::size_t end = i;
      while (end < text.size() && word_char(text[end])) ++end;
      const std::string_view word = text.substr(i, end - i);
      if (is_keyword(word)) out.push_back({Kind::Keyword, ascii_upper(word)});
      else out.push_back({Kind::Word, ascii_lower(word)});
      i = end;
    } else if (c == '(') {
      out.push_back({Kind::Open, "("}), ++i;
    } else if (c == ')') {
      out.push_back({Kind::Close, ")"}), ++i;
    } else if (c == ',') {
      out.push_back({Kind::Comma, ","}), ++i;
    } else if (c == ';') {
      out.push_back({Kind::Semicolon, ";"}), ++i;
    } else {
      std::string_view op = text.substr(i, 1);
      for (std::string_view candidate : kOperators)
        if (text.compare(i, candidate.size(), candidate) == 0) {
          op = candidate;
          break;
        }
      out.push_back({Kind::Operator, std::string(op == "==" ? "=" : op == "!=" ? "<>" : op)});
      i += op.size();
    }
  }
  return out;
}

// Whether tokens[first..last] is one parenthesized group.
bool wrapped(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  if (last <= first || tokens[first].kind != Kind::Open || tokens[last].kind != Kind::Close) return false;
  int depth = 0;
  for (std::size_t i = first; i <= last; ++i) {
    if (tokens[i].kind == Kind::Open) ++depth;
    if (tokens[i].kind == Kind::Close && --depth == 0 && i != last) return false;
  }
  return true;
}

std::string printed(const Token& t) {
  if (t.kind == Kind::Word || t.kind == Kind::Name) return quote_identifier(t.text);
  return t.text;
}

}  // namespace

bool is_keyword(std::string_view word) {
  const std::string key = ascii_upper(word);
  return std::binary_search(kKeywords.begin(), kKeywords.end(), std::string_view(key));
}

std::string unquoted(std::string_view name) {
  if (name.size() < 2) return std::string(name);
  const char first = name.front();
  const char quote = first == '[' ? ']' : first;
  if ((first != '"' && first != '`' && first != '\'' && first != '[') || name.back() != quote) return std::string(name);
  std::string out;
  for (std::size_t i = 1; i + 1 < name.size(); ++i) {
    out += name[i];
    if (quote != ']' && name[i] == quote && i + 2 < name.size() && name[i + 1] == quote) ++i;
  }
  return out;
}

std::string quote_identifier(std::string_view name) {
  const std::string folded = ascii_lower(name);
  const bool bare = !folded.empty() && !std::isdigit(static_cast<unsigned char>(folded[0])) &&
                    std::all_of(folded.begin(), folded.end(), [](char c) { return word_char(c); }) && !is_keyword(folded);
  if (bare) return folded;
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

Expr canonical_expression(std::string_view text) {
  std::vector<Token> tokens = tokens_of(text);
  std::size_t first = 0, last = tokens.empty() ? 0 : tokens.size() - 1;
  while (wrapped(tokens, first, last)) ++first, --last;
  std::string out;
  const Token* previous = nullptr;
  bool previous_was_sign = false;
  for (std::size_t i = first; !tokens.empty() && i <= last; ++i) {
    const Token& t = tokens[i];
    const bool dot = t.text == "." || (previous && previous->text == ".");  // schema.table, table.column
    const bool glue = !previous || dot || previous->kind == Kind::Open || t.kind == Kind::Close || t.kind == Kind::Comma || t.kind == Kind::Semicolon ||
                      (t.kind == Kind::Open && (previous->kind == Kind::Word || previous->kind == Kind::Name)) || previous_was_sign;
    if (!glue) out += ' ';
    out += printed(t);
    // A sign where an operand is expected binds to what follows.
    previous_was_sign = t.kind == Kind::Operator && (t.text == "-" || t.text == "+") &&
                        (!previous || previous->kind == Kind::Open || previous->kind == Kind::Comma ||
                         previous->kind == Kind::Operator || previous->kind == Kind::Keyword);
    previous = &t;
  }
  const bool atomic = last == first && !tokens.empty();
  return Expr{out, atomic, {}};
}

std::vector<std::string> relations_read(std::string_view query) {
  const std::vector<Token> tokens = tokens_of(query);
  std::vector<std::string> out;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].kind != Kind::Keyword) continue;
    const std::string& word = tokens[i].text;
    if (word != "FROM" && word != "JOIN" && word != "INTO" && word != "UPDATE") continue;
    // UPDATE OR IGNORE t: the resolution comes between the keyword and the name
    if (word == "UPDATE" && i + 3 < tokens.size() && tokens[i + 1].text == "OR") i += 2;
    // FROM a, b: every name of a comma list (aliases and subqueries skipped)
    for (std::size_t j = i + 1; j < tokens.size();) {
      if (tokens[j].kind != Kind::Word && tokens[j].kind != Kind::Name) break;
      std::string name = tokens[j].text;
      if (j + 2 < tokens.size() && tokens[j + 1].kind == Kind::Operator && tokens[j + 1].text == ".") name = tokens[j += 2].text;
      out.push_back(ascii_lower(name));
      while (j + 1 < tokens.size() && tokens[j + 1].kind != Kind::Comma && tokens[j + 1].kind != Kind::Keyword &&
             tokens[j + 1].kind != Kind::Close)
        ++j;  // an alias
      if (j + 1 >= tokens.size() || tokens[j + 1].kind != Kind::Comma) break;
      j += 2;  // past the comma, to the next name
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace schemac::sqlite
