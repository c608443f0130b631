#include "inspect/duckdb/duckdb_sql_text.hpp"

namespace schemac::duckdb {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == ';')) text.remove_suffix(1);
  return text;
}

// The end of the quoted run starting at `at` (a ' or "), doubled quotes inside.
std::size_t skip_quoted(std::string_view text, std::size_t at) {
  const char quote = text[at];
  for (std::size_t i = at + 1; i < text.size(); ++i) {
    if (text[i] != quote) continue;
    if (i + 1 < text.size() && text[i + 1] == quote) {
      ++i;
      continue;
    }
    return i;
  }
  return text.size() - 1;
}

// The position of the ')' that closes the '(' at `open`.
std::size_t closing(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t i = open; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'' || c == '"') i = skip_quoted(text, i);
    else if (c == '(') ++depth;
    else if (c == ')' && --depth == 0) return i;
  }
  return std::string_view::npos;
}

// Where the leading identifier (quoted or bare) of `text` ends.
std::size_t identifier_end(std::string_view text) {
  if (!text.empty() && text.front() == '"') return skip_quoted(text, 0) + 1;
  std::size_t i = 0;
  while (i < text.size() && text[i] != ' ' && text[i] != '(' && text[i] != ',') ++i;
  return i;
}

}  // namespace

std::vector<std::string> split_top_level(std::string_view text) {
  std::vector<std::string> parts;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\'' || c == '"') i = skip_quoted(text, i);
    else if (c == '(' || c == '[') ++depth;
    else if (c == ')' || c == ']') --depth;
    else if (c == ',' && depth == 0) {
      parts.emplace_back(trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (!trim(text.substr(start)).empty()) parts.emplace_back(trim(text.substr(start)));
  return parts;
}

std::string unquote_identifier(std::string_view text) {
  if (text.size() < 2 || text.front() != '"') return std::string(text);
  std::string out;
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    out += text[i];
    if (text[i] == '"') ++i;
  }
  return out;
}

std::string strip_outer_parentheses(std::string_view text) {
  text = trim(text);
  while (text.size() >= 2 && text.front() == '(' && closing(text, 0) == text.size() - 1) text = trim(text.substr(1, text.size() - 2));
  return std::string(text);
}

std::map<std::string, std::string> generated_columns(std::string_view create_table) {
  std::map<std::string, std::string> out;
  // CREATE TABLE name(<definitions>); the name may be quoted and qualified.
  std::size_t open = std::string_view::npos;
  for (std::size_t i = 0; i < create_table.size(); ++i) {
    const char c = create_table[i];
    if (c == '"') i = skip_quoted(create_table, i);
    else if (c == '(') {
      open = i;
      break;
    }
  }
  if (open == std::string_view::npos) return out;
  const std::size_t close = closing(create_table, open);
  if (close == std::string_view::npos) return out;
  constexpr std::string_view kGenerated = " GENERATED ALWAYS AS(";
  for (const std::string& definition : split_top_level(create_table.substr(open + 1, close - open - 1))) {
    const std::string_view def(definition);
    const std::size_t name_end = identifier_end(def);
    // The marker at the top level of this definition (not inside a DEFAULT string).
    for (std::size_t i = name_end; i < def.size(); ++i) {
      const char c = def[i];
      if (c == '\'' || c == '"') {
        i = skip_quoted(def, i);
        continue;
      }
      if (c == '(') {
        i = closing(def, i);
        if (i == std::string_view::npos) break;
        continue;
      }
      if (def.substr(i, kGenerated.size()) == kGenerated) {
        const std::size_t paren = i + kGenerated.size() - 1;
        const std::size_t end = closing(def, paren);
        if (end != std::string_view::npos)
          out[unquote_identifier(def.substr(0, name_end))] = strip_outer_parentheses(def.substr(paren + 1, end - paren - 1));
        break;
      }
    }
  }
  return out;
}

std::optional<ViewText> read_view(std::string_view create_view) {
  constexpr std::string_view kCreate = "CREATE VIEW ";
  if (!create_view.starts_with(kCreate)) return std::nullopt;
  std::string_view rest = create_view.substr(kCreate.size());
  // The (maybe qualified) name.
  while (true) {
    rest.remove_prefix(identifier_end(rest));
    if (!rest.starts_with(".")) break;
    rest.remove_prefix(1);
  }
  ViewText view;
  rest = trim(rest);
  if (rest.starts_with("(")) {
    const std::size_t end = closing(rest, 0);
    if (end == std::string_view::npos) return std::nullopt;
    for (const std::string& column : split_top_level(rest.substr(1, end - 1))) view.columns.push_back(unquote_identifier(column));
    rest = trim(rest.substr(end + 1));
  }
  if (!rest.starts_with("AS ")) return std::nullopt;
  view.query = std::string(trim(rest.substr(3)));
  return view;
}

std::vector<IndexKeyText> read_index_keys(std::string_view expressions) {
  std::vector<IndexKeyText> keys;
  expressions = trim(expressions);
  if (expressions.starts_with("[") && expressions.ends_with("]")) expressions = expressions.substr(1, expressions.size() - 2);
  for (const std::string& part : split_top_level(expressions)) {
    if (part.size() >= 2 && part.front() == '\'') {
      std::string text;
      for (std::size_t i = 1; i + 1 < part.size(); ++i) {
        text += part[i];
        if (part[i] == '\'') ++i;
      }
      keys.push_back(IndexKeyText{strip_outer_parentheses(text), true});
    } else {
      keys.push_back(IndexKeyText{unquote_identifier(part), false});
    }
  }
  return keys;
}

std::optional<std::vector<IndexKeyText>> read_index_sql(std::string_view text) {
  // CREATE [UNIQUE] INDEX <name> ON <table>(<keys>);
  auto skip_word = [&](std::string_view word) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    if (!text.starts_with(word)) return false;
    text.remove_prefix(word.size());
    return true;
  };
  if (!skip_word("CREATE ")) return std::nullopt;
  skip_word("UNIQUE ");
  if (!skip_word("INDEX ")) return std::nullopt;
  text.remove_prefix(identifier_end(text));  // the index name
  if (!skip_word("ON ")) return std::nullopt;
  while (true) {  // the (maybe qualified) table name
    text.remove_prefix(identifier_end(text));
    if (!text.starts_with(".")) break;
    text.remove_prefix(1);
  }
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (!text.starts_with("(")) return std::nullopt;
  const std::size_t end = closing(text, 0);
  if (end == std::string_view::npos) return std::nullopt;
  std::vector<IndexKeyText> keys;
  for (const std::string& part : split_top_level(text.substr(1, end - 1))) {
    if (part.starts_with("(")) keys.push_back(IndexKeyText{strip_outer_parentheses(part), true});
    else keys.push_back(IndexKeyText{unquote_identifier(part), false});
  }
  return keys;
}

}  // namespace schemac::duckdb
