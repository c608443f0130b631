#pragma once
// Quoting shared by the dialects that write names bare when they can (SQLite,
// DuckDB): in double quotes (doubled inside) unless the name reads back
// unchanged - letters, digits and '_', not starting with a digit, not a word
// the dialect reserves. Literals in single quotes, doubled inside.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "model/schema.hpp"

namespace schemac {

struct NameQuoting {
  std::function<bool(char)> bare_char;             // characters a bare name may hold
  std::function<bool(std::string_view)> reserved;  // words that must be quoted

  std::string ident(std::string_view name) const;
  std::string qualified(const QualifiedName& name, std::string_view default_schema) const;  // the schema only when it is not the default
  std::string ident_list(const std::vector<std::string>& names) const;
};

std::string single_quoted(std::string_view text);

}  // namespace schemac
