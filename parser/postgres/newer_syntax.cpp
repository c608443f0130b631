#include "parser/postgres/newer_syntax.hpp"

#include <array>
#include <cctype>

#include "model/ascii_case.hpp"

namespace schemac::pg {
namespace {

struct NewerWord {
  std::string_view word;  // where PostgreSQL 15's grammar stops
  int major;
  std::string_view feature;
};

constexpr std::array kNewerWords{
    NewerWord{"STORAGE", 16, "STORAGE on a column in CREATE TABLE"},
    NewerWord{"EXPRESSION", 17, "ALTER COLUMN ... SET EXPRESSION"},
    NewerWord{"VIRTUAL", 18, "virtual generated columns"},
    NewerWord{"ENFORCED", 18, "NOT ENFORCED constraints"},
    NewerWord{"OVERLAPS", 18, "WITHOUT OVERLAPS (temporal keys)"},
    NewerWord{"PERIOD", 18, "PERIOD in foreign keys (temporal keys)"},
};

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

std::string newer_syntax_hint(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return {};
  std::size_t end = offset;
  while (end < text.size() && word_char(text[end])) ++end;
  const std::string word = ascii_upper(text.substr(offset, end - offset));
  for (const NewerWord& newer : kNewerWords)
    if (word == newer.word)
      return std::string(newer.feature) + " came in PostgreSQL " + std::to_string(newer.major) +
             "; the bundled parser reads PostgreSQL 15's grammar. Compared with a PostgreSQL " + std::to_string(newer.major) +
             " database, or with --dev-url on such a server, the files are read by the server";
  return {};
}

}  // namespace schemac::pg
