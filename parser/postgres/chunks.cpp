#include "parser/postgres/chunks.hpp"

namespace schemac::pg {
namespace {

bool is_identifier_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         (static_cast<unsigned char>(c) & 0x80);
}

// Index just past the lexical element starting at `i` (a quoted string,
// identifier, dollar-quoted body or comment), or i + 1 for anything else.
std::size_t skip_element(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '-' && i + 1 < text.size() && text[i + 1] == '-') {
    const auto end = text.find('\n', i);
    return end == std::string_view::npos ? text.size() : end;
  }
  if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
    int depth = 0;
    for (std::size_t j = i; j + 1 < text.size(); ++j) {
      if (text[j] == '/' && text[j + 1] == '*') ++depth, ++j;
      else if (text[j] == '*' && text[j + 1] == '/' && --depth == 0) return j + 2;
      else if (text[j] == '*' && text[j + 1] == '/') ++j;
    }
    return text.size();
  }
  if (c == '\'' || c == '"') {
    const bool escapes = c == '\'' && i > 0 && (text[i - 1] == 'E' || text[i - 1] == 'e') &&
                         (i < 2 || !is_identifier_char(text[i - 2]));
    for (std::size_t j = i + 1; j < text.size(); ++j) {
      if (escapes && text[j] == '\\') {
        ++j;
      } else if (text[j] == c) {
        if (j + 1 < text.size() && text[j + 1] == c) ++j;  // doubled quote
        else return j + 1;
      }
    }
    return text.size();
  }
  if (c == '$' && (i == 0 || !is_identifier_char(text[i - 1]))) {
    std::size_t j = i + 1;
    while (j < text.size() && is_identifier_char(text[j]) && !(text[j] >= '0' && text[j] <= '9' && j == i + 1)) ++j;
    if (j < text.size() && text[j] == '$') {
      const std::string_view tag = text.substr(i, j - i + 1);
      const auto end = text.find(tag, j + 1);
      return end == std::string_view::npos ? text.size() : end + tag.size();
    }
  }
  return i + 1;
}

}  // namespace

std::vector<Chunk> split_into_chunks(std::string_view text, std::size_t target_size) {
  std::vector<Chunk> chunks;
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ';' && i + 1 - start >= target_size) {
      chunks.push_back(Chunk{start, i + 1 - start});
      start = i + 1;
      ++i;
      continue;
    }
    i = skip_element(text, i);
  }
  if (start < text.size()) chunks.push_back(Chunk{start, text.size() - start});
  return chunks;
}

std::optional<std::string> blank_psql_meta_commands(std::string_view text) {
  // Most files have none: a backslash at a line start is rare, and cheap to look for.
  if (!text.starts_with('\\') && text.find("\n\\") == std::string_view::npos) return std::nullopt;
  std::optional<std::string> out;
  bool statement_start = true;  // only whitespace and comments since the last ';'
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\\' && statement_start && (i == 0 || text[i - 1] == '\n')) {
      if (!out) out = std::string(text);
      std::size_t end = text.find('\n', i);
      if (end == std::string_view::npos) end = text.size();
      for (std::size_t k = i; k < end; ++k) (*out)[k] = ' ';
      i = end;
      continue;
    }
    const std::size_t next = skip_element(text, i);
    const bool comment = next > i + 1 && (c == '-' || c == '/');
    if (c == ';') statement_start = true;
    else if (!comment && c != ' ' && c != '\t' && c != '\r' && c != '\n') statement_start = false;
    i = next;
  }
  return out;
}

}  // namespace schemac::pg
