#include "model/rename_hints.hpp"

#include <cctype>

namespace schemac {
namespace {

constexpr std::string_view kMarker = "schemac:renamed-from";

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || (c & 0x80); }

// One name at `at`: "quoted ""like"" this", [bracketed], `backquoted` or a bare word.
std::string name_at(std::string_view text, std::size_t& at) {
  std::string out;
  if (at < text.size() && (text[at] == '"' || text[at] == '`' || text[at] == '[')) {
    const char close = text[at] == '[' ? ']' : text[at];
    for (++at; at < text.size(); ++at) {
      if (text[at] == close) {
        if (close != ']' && at + 1 < text.size() && text[at + 1] == close) {
          out += close, ++at;
          continue;
        }
        ++at;
        break;
      }
      out += text[at];
    }
    return out;
  }
  while (at < text.size() && word_char(text[at])) out += text[at++];
  return out;
}

}  // namespace

std::string renamed_from_in(std::string_view text) {
  const std::size_t marker = text.find(kMarker);
  if (marker == std::string_view::npos) return "";
  std::size_t at = marker + kMarker.size();
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  std::string name = name_at(text, at);
  // schema.name: the schema stays the object's own.
  while (at < text.size() && text[at] == '.') name = name_at(text, ++at);
  return name;
}

std::string_view comments_before(std::string_view file_text, std::size_t offset) {
  std::size_t start = std::min(offset, file_text.size());
  while (start > 0) {
    std::size_t line_start = file_text.rfind('\n', start - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    std::string_view line = file_text.substr(line_start, start - line_start);
    const std::size_t first = line.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && line.substr(first, 2) != "--") break;
    if (line_start == 0) {
      start = 0;
      break;
    }
    start = line_start - 1;  // the newline before it
  }
  return file_text.substr(start, offset - start);
}

std::string_view rest_of_line(std::string_view file_text, std::size_t offset, std::size_t until) {
  if (offset >= file_text.size()) return {};
  const std::string_view rest = file_text.substr(offset, until > offset ? until - offset : 0);
  return rest.substr(0, rest.find('\n'));
}

}  // namespace schemac
